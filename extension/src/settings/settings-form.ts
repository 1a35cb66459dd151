import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { AUDIENCE_KEYS, LANGUAGE_NAMES, msg } from '../ui.js';
import { allowedValues, type ResolvedSettings, type SettingKey, type Settings } from './settings.js';
import { loadSettings, saveSetting, watchSettings } from './store.js';

/** The message key of each setting's legend and of each of its values (languages show their own names). */
const LEGEND_KEYS: Record<SettingKey, string> = {
  defaultLanguage: 'settingDefaultLanguage',
  defaultAudience: 'settingDefaultAudience',
  theme: 'settingTheme',
  textSize: 'settingTextSize',
};
const THEME_KEYS: Record<Settings['theme'], string> = { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' };
const TEXT_SIZE_KEYS: Record<Settings['textSize'], string> = {
  100: 'textSize100',
  125: 'textSize125',
  150: 'textSize150',
};

function valueLabel(key: SettingKey, value: string | number): TemplateResult {
  switch (key) {
    case 'defaultLanguage':
      return html`<span lang=${value}>${LANGUAGE_NAMES[value as Settings['defaultLanguage']]}</span>`;
    case 'defaultAudience':
      return html`${msg(AUDIENCE_KEYS[value as Settings['defaultAudience']])}`;
    case 'theme':
      return html`${msg(THEME_KEYS[value as Settings['theme']])}`;
    case 'textSize':
      return html`${msg(TEXT_SIZE_KEYS[value as Settings['textSize']])}`;
  }
}

/**
 * The preferences form, used by the options page and the panel's settings section. It reads and
 * saves storage.sync itself; a setting the organisation manages through policy is shown with its
 * managed value, disabled, and marked "set by your organisation".
 *
 * Light DOM: the page's stylesheet styles it, and no inline styles are needed under the CSP.
 */
export class RyggradSettings extends LitElement {
  static override properties = {
    resolved: { state: true, attribute: false },
    status: { state: true, attribute: false },
  };
  private resolved: ResolvedSettings | undefined;
  private status = '';

  private stopWatching: (() => void) | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadSettings().then((resolved) => {
      this.resolved = resolved;
    });
    this.stopWatching = watchSettings((resolved) => {
      this.resolved = resolved;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
  }

  private async change<Key extends SettingKey>(key: Key, value: Settings[Key]): Promise<void> {
    if (!this.resolved) return;
    try {
      const saved = await saveSetting(key, value, this.resolved.managedKeys);
      this.status = saved ? msg('saved') : msg('saveFailed');
    } catch {
      this.status = msg('saveFailed');
    }
  }

  private renderSetting(key: SettingKey, resolved: ResolvedSettings): TemplateResult {
    const managed = resolved.managedKeys.includes(key);
    const noteId = `setting-${key}-managed`;
    const legendId = `setting-${key}-legend`;
    // Named by reference as well: inside the panel's closed <details> the legend is not rendered,
    // and IBM Equal Access then finds the group unnamed; aria-labelledby names it either way.
    return html`<fieldset
      class="setting"
      ?disabled=${managed}
      aria-labelledby=${legendId}
      aria-describedby=${managed ? noteId : nothing}
    >
      <legend id=${legendId}>${msg(LEGEND_KEYS[key])}</legend>
      <div class="choices">
        ${allowedValues(key).map(
          (value) =>
            html`<label class="choice">
              <input
                type="radio"
                name="setting-${key}"
                value=${String(value)}
                .checked=${resolved.settings[key] === value}
                @change=${() => void this.change(key, value)}
              />
              ${valueLabel(key, value)}
            </label>`,
        )}
      </div>
      ${managed ? html`<p class="managed-note" id=${noteId}>${msg('managedNote')}</p>` : nothing}
    </fieldset>`;
  }

  protected override render(): TemplateResult {
    const resolved = this.resolved;
    return html`<form
      class="settings-form"
      @submit=${(event: Event) => {
        event.preventDefault();
      }}
    >
      <p class="settings-intro">${msg('settingsIntro')}</p>
      ${
        resolved
          ? html`${this.renderSetting('defaultLanguage', resolved)} ${this.renderSetting('defaultAudience', resolved)}
            ${this.renderSetting('theme', resolved)} ${this.renderSetting('textSize', resolved)}`
          : nothing
      }
      <p class="settings-status" role="status">${this.status}</p>
    </form>`;
  }
}

if (!customElements.get('ryggrad-settings')) customElements.define('ryggrad-settings', RyggradSettings);

declare global {
  interface HTMLElementTagNameMap {
    'ryggrad-settings': RyggradSettings;
  }
}
