// The professional wording is a chunk of its own: a page for patients never downloads it, and a
// checklist switched to the clinician audience loads it and shows it. Its own test file, so no
// other test has loaded the module into this page before.
import { expect, fixture, html } from '@open-wc/testing';
import { loadRedFlags, loadRedFlagsClinician } from '@ryggrad/content';
import '../src/define.js';
import type { RyggRedFlagChecklist } from '../src/red-flag-checklist.js';
import { checkbox, labelOf, query, text } from './helpers.js';

/** Module URLs of the professional wording this page has requested so far. */
function clinicianWordingRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('red-flags-clinician'));
}

describe('<rygg-red-flag-checklist>: professional wording on demand', () => {
  it('does not download the professional wording for patients, and loads it when the audience becomes clinician', async () => {
    const element = await fixture<RyggRedFlagChecklist>(
      html`<rygg-red-flag-checklist lang="en"></rygg-red-flag-checklist>`,
    );
    await element.updateComplete;
    const patient = await loadRedFlags('en');
    expect(text(labelOf(checkbox(element, 'fever')))).to.equal(patient.flags.fever.label);
    expect(clinicianWordingRequests()).to.deep.equal([]);

    element.audience = 'clinician';
    await element.updateComplete;
    const wording = await loadRedFlagsClinician('en');
    expect(clinicianWordingRequests().some((url) => url.includes('/en/'))).to.equal(true);
    expect(text(labelOf(checkbox(element, 'fever')))).to.equal(wording.flags.fever);
    expect(text(query(element, '[part~="questions"] > legend'))).to.equal(wording.legend);
    expect(element.toPlainText().split('\n')[0]).to.contain(wording.plainTextTitle);
  });

  it('loads the wording of the new language when a clinician checklist changes language', async () => {
    const element = await fixture<RyggRedFlagChecklist>(
      html`<rygg-red-flag-checklist lang="en" audience="clinician"></rygg-red-flag-checklist>`,
    );
    await element.updateComplete;
    element.lang = 'nn';
    await element.updateComplete;
    const wording = await loadRedFlagsClinician('nn');
    expect(text(labelOf(checkbox(element, 'weakness')))).to.equal(wording.flags.weakness);
    expect(clinicianWordingRequests().some((url) => url.includes('/nn/'))).to.equal(true);
  });
});
