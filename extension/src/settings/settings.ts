/**
 * The extension's preferences, as pure functions: what a valid value is, and how the defaults,
 * the user's choices (`storage.sync`) and the organisation's policy (`storage.managed`) combine.
 * Preferences only — nothing about a patient is ever a setting.
 */
import { AUDIENCES, type Audience } from '@ryggrad/core';

export { AUDIENCES, type Audience };
export const PATIENT_LANGUAGES = ['nb', 'nn', 'en'] as const;
export const UI_THEMES = ['auto', 'light', 'dark'] as const;
export const TEXT_SIZES = [100, 125, 150] as const;

export type PatientLanguage = (typeof PATIENT_LANGUAGES)[number];
export type UiTheme = (typeof UI_THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];

/** The storage keys are these names, in sync storage and in the managed policy alike. */
export interface Settings {
  /** The language the widgets open in; the panel's switch changes it for one patient only. */
  defaultLanguage: PatientLanguage;
  /** Who the widgets speak to when the panel opens. */
  defaultAudience: Audience;
  theme: UiTheme;
  /** Text size in per cent of the normal size. */
  textSize: TextSize;
}

export type SettingKey = keyof Settings;

export const SETTING_KEYS: readonly SettingKey[] = ['defaultLanguage', 'defaultAudience', 'theme', 'textSize'];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  defaultLanguage: 'nb',
  defaultAudience: 'patient',
  theme: 'auto',
  textSize: 100,
});

const ALLOWED: { readonly [Key in SettingKey]: readonly Settings[Key][] } = {
  defaultLanguage: PATIENT_LANGUAGES,
  defaultAudience: AUDIENCES,
  theme: UI_THEMES,
  textSize: TEXT_SIZES,
};

/** The values a setting may take, in the order the settings form offers them. */
export function allowedValues<Key extends SettingKey>(key: Key): readonly Settings[Key][] {
  return ALLOWED[key];
}

/**
 * Reads one stored value: returns it when valid, otherwise undefined. Text sizes may arrive as
 * numeric strings (Windows registry policy, hand-written JSON), so "125" counts as 125.
 */
export function parseSetting<Key extends SettingKey>(key: Key, value: unknown): Settings[Key] | undefined {
  const allowed = ALLOWED[key] as readonly unknown[];
  if (key === 'textSize') {
    const size = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return allowed.includes(size) ? (size as Settings[Key]) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const normalised = value.trim().toLowerCase();
  return allowed.includes(normalised) ? (normalised as Settings[Key]) : undefined;
}

/**
 * Keeps the valid settings of a stored object and describes the rest. Unknown keys are ignored
 * (a newer version may have written them); missing keys are simply absent.
 */
export function validateSettings(stored: unknown): { values: Partial<Settings>; problems: string[] } {
  const values: Partial<Settings> = {};
  const problems: string[] = [];
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    if (stored !== undefined && stored !== null) problems.push('stored settings are not an object');
    return { values, problems };
  }
  const record = stored as Record<string, unknown>;
  for (const key of SETTING_KEYS) {
    if (!(key in record) || record[key] === undefined) continue;
    const parsed = parseSetting(key, record[key]);
    if (parsed === undefined) {
      problems.push(`${key}: ${JSON.stringify(record[key])} is not one of ${ALLOWED[key].join(', ')}`);
    } else {
      (values as Record<SettingKey, unknown>)[key] = parsed;
    }
  }
  return { values, problems };
}

/** The settings in force, and which of them the organisation has set (and so locked). */
export interface ResolvedSettings {
  settings: Settings;
  managedKeys: SettingKey[];
  problems: string[];
}

/**
 * defaults ← the user's choices (sync) ← the organisation's policy (managed). A valid managed
 * value always wins and locks the setting; invalid values at either level are skipped.
 */
export function resolveSettings(
  sync: unknown,
  managed: unknown,
  defaults: Readonly<Settings> = DEFAULT_SETTINGS,
): ResolvedSettings {
  const fromSync = validateSettings(sync);
  const fromManaged = validateSettings(managed);
  return {
    settings: { ...defaults, ...fromSync.values, ...fromManaged.values },
    managedKeys: SETTING_KEYS.filter((key) => fromManaged.values[key] !== undefined),
    problems: [
      ...fromSync.problems.map((problem) => `sync ${problem}`),
      ...fromManaged.problems.map((problem) => `policy ${problem}`),
    ],
  };
}
