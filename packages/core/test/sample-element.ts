// A minimal widget used to test the base element on its own, without any clinical content.
import { html, type TemplateResult } from 'lit';
import { RyggElement } from '../src/ryggrad-element.js';
import type { Locale } from '../src/locale.js';

const GREETINGS: Record<Locale, string> = { nb: 'Hei, rygg', nn: 'Hei, rygg (nynorsk)', en: 'Hello, back' };

export class SampleElement extends RyggElement<{ greeting: string }> {
  static override version = '9.9.9-sample';
  /** Every locale the element has loaded content for, in order. */
  loads: Locale[] = [];
  /** When set, loading content rejects with this message. */
  failNextLoad: string | undefined;

  protected override async loadContent(locale: Locale): Promise<{ greeting: string }> {
    this.loads.push(locale);
    if (this.failNextLoad) {
      const message = this.failNextLoad;
      this.failNextLoad = undefined;
      throw new Error(message);
    }
    return { greeting: GREETINGS[locale] };
  }

  protected override renderContent(content: { greeting: string }): TemplateResult {
    return html`<p class="greeting" part="greeting">${content.greeting}</p>
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
