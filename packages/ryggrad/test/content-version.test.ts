// Every widget's plain text names the content version, so a note or a printout says which
// signed-off wording it came from (issue 14).
import { expect, fixture } from '@open-wc/testing';
import { CONTENT_VERSION } from '../src/index.js';
import '../src/all.js';

const TAGS = ['rygg-red-flag-checklist', 'rygg-spine-diagram', 'rygg-activity-advice', 'rygg-return-to-work'];
const WORD = { nb: 'Innholdsversjon', nn: 'Innhaldsversjon', en: 'Content version' } as const;

describe('content version', () => {
  it('is one calendar-style version', () => {
    expect(CONTENT_VERSION).to.match(/^\d{4}\.\d+$/);
  });

  for (const [locale, word] of Object.entries(WORD)) {
    for (const tag of TAGS) {
      it(`appears in the plain text of <${tag}> (${locale})`, async () => {
        const element = await fixture<HTMLElement & { toPlainText(): string; updateComplete: Promise<unknown> }>(
          `<${tag} lang="${locale}"></${tag}>`,
        );
        await element.updateComplete;
        expect(element.toPlainText()).to.contain(`${word} ${CONTENT_VERSION}`);
      });
    }
  }
});
