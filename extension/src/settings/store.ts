import { platform } from '../platform.js';
import {
  SETTING_KEYS,
  parseSetting,
  resolveSettings,
  type ResolvedSettings,
  type SettingKey,
  type Settings,
} from './settings.js';

const reported = new Set<string>();

/** Warns once per problem, so a bad policy value does not flood the console on every change. */
function reportProblems(problems: readonly string[]): void {
  for (const problem of problems) {
    if (reported.has(problem)) continue;
    reported.add(problem);
    console.warn(`Ryggrad settings: ignoring ${problem}`);
  }
}

/** Reads the settings in force: defaults ← storage.sync ← storage.managed. */
export async function loadSettings(): Promise<ResolvedSettings> {
  const [sync, managed] = await Promise.all([platform().readSync(SETTING_KEYS), platform().readManaged(SETTING_KEYS)]);
  const resolved = resolveSettings(sync, managed);
  reportProblems(resolved.problems);
  return resolved;
}

/**
 * Saves one preference to storage.sync. Refuses invalid values and settings the organisation
 * manages (the form disables them; this is the second lock). Returns whether it saved.
 */
export async function saveSetting<Key extends SettingKey>(
  key: Key,
  value: Settings[Key],
  managedKeys: readonly SettingKey[],
): Promise<boolean> {
  if (managedKeys.includes(key) || parseSetting(key, value) === undefined) return false;
  await platform().writeSync({ [key]: value });
  return true;
}

/** Calls `listener` with fresh settings whenever the user's or the organisation's settings change. */
export function watchSettings(listener: (resolved: ResolvedSettings) => void): () => void {
  return platform().onStorageChanged(() => {
    void loadSettings().then(listener);
  });
}
