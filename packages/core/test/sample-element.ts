// A minimal widget used to test the base element on its own, without any clinical content.
import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { RyggElement } from '../src/ryggrad-element.js';
import type { Locale } from '../src/locale.js';

const GREETINGS: Record<Locale, string> = { nb: 'Hei, rygg', nn: 'Hei, rygg (nynorsk)', en: 'Hello, back' };
const NOTES: Record<Locale, string> = { nb: 'Notat', nn: 'Notat (nynorsk)', en: 'Note' };

export class SampleElement extends RyggElement<{ greeting: string }> {
  static override version = '9.9.9-sample';
  static override properties = { withNote: { type: Boolean, attribute: 'with-note' } };
  /** Every locale the element has loaded content for, in order. */
  loads: Locale[] = [];
  /** When set, loading content rejects with this message. */
  failNextLoad: string | undefined;
  /** Shows a note that is optional content, loaded only when this is true. */
  withNote = false;
  /** Every locale the note was loaded for, in order. */
  noteLoads: Locale[] = [];
  /** When set, loading the note rejects with this message. */
  failNextNote: string | undefined;
  /** How often the on-demand part was imported, and whether the next import fails. */
  partImports = 0;
  failNextPart: string | undefined;
  /** A part whose code loads on demand (`showPart()`), like a widget's optional view. */
  readonly extraPart = this.onDemand('the sample part', async () => {
    this.partImports += 1;
    if (this.failNextPart) {
      const message = this.failNextPart;
      this.failNextPart = undefined;
      throw new Error(message);
    }
    return {
      words: 'Part loaded',
      styles: css`
        .part {
          outline: 3px solid rgb(1, 2, 3);
        }
      `,
    };
  });

  private async loadNote(locale: Locale): Promise<string> {
    this.noteLoads.push(locale);
    if (this.failNextNote) {
      const message = this.failNextNote;
      this.failNextNote = undefined;
      throw new Error(message);
    }
    return NOTES[locale];
  }

  protected override async loadContent(locale: Locale): Promise<{ greeting: string }> {
    this.loads.push(locale);
    if (this.failNextLoad) {
      const message = this.failNextLoad;
      this.failNextLoad = undefined;
      throw new Error(message);
    }
    return { greeting: GREETINGS[locale] };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const part = this.extraPart.value;
    if (part) {
      // Twice, as a widget may on every update: the styles are adopted once.
      this.adoptOnDemandStyles(part.styles);
      this.adoptOnDemandStyles(part.styles);
    }
  }

  protected override renderContent(content: { greeting: string }): TemplateResult {
    const note = this.withNote
      ? this.optionalContent('note', this.locale, (locale) => this.loadNote(locale))
      : undefined;
    return html`<p class="greeting" part="greeting">${content.greeting}</p>
      ${note === undefined ? '' : html`<p class="note">${note}</p>`}
      ${this.extraPart.value ? html`<p class="part">${this.extraPart.value.words}</p>` : this.extraPart.problem ? html`<p class="part-problem">${this.extraPart.problem}</p>` : ''}
      <a href="#somewhere" class="link">Link</a>`;
  }

  toPlainText(): string {
    return this.content?.greeting ?? '';
  }

  /** Lets a test report a broken configuration the way a widget would. */
  reportBrokenConfig(detail: string): void {
    this.failWith('config', detail);
  }
}

SampleElement.define('rygg-sample');

declare global {
  interface HTMLElementTagNameMap {
    'rygg-sample': SampleElement;
  }
}
