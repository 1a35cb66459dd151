import { expect } from '@open-wc/testing';
import { loadTopic } from '@ryggrad/content';
import { EMPTY_ENTRIES, checkPercentage, formatPercentage, hasEntries, parseIsoDate } from '../src/checklist.js';
import { checklistPlainText, returnToWorkPlainText } from '../src/plain-text.js';

describe('return-to-work checklist helpers', () => {
  it('accepts an empty percentage and whole numbers from 0 to 100', () => {
    expect(checkPercentage('')).to.deep.equal({ value: null, valid: true });
    expect(checkPercentage('  ')).to.deep.equal({ value: null, valid: true });
    expect(checkPercentage('0')).to.deep.equal({ value: 0, valid: true });
    expect(checkPercentage('40')).to.deep.equal({ value: 40, valid: true });
    expect(checkPercentage(' 100 ')).to.deep.equal({ value: 100, valid: true });
  });

  it('rejects values outside 0–100, fractions, and text the browser could not read as a number', () => {
    for (const bad of ['-1', '101', '150', '12.5', 'abc', '1e3']) {
      expect(checkPercentage(bad), bad).to.deep.equal({ value: null, valid: false });
    }
    expect(checkPercentage('', true)).to.deep.equal({ value: null, valid: false });
  });

  it('formats a percentage the way each language writes it', () => {
    expect(formatPercentage(50, 'en')).to.equal('50%');
    expect(formatPercentage(50, 'nb').replace(/\s/g, ' ')).to.equal('50 %');
  });

  it('reads a date field value as that calendar day, and refuses impossible dates', () => {
    const date = parseIsoDate('2026-12-03');
    expect([date?.getFullYear(), date?.getMonth(), date?.getDate()]).to.deep.equal([2026, 11, 3]);
    expect(parseIsoDate('2026-02-30')).to.equal(undefined);
    expect(parseIsoDate('03.12.2026')).to.equal(undefined);
    expect(parseIsoDate('')).to.equal(undefined);
  });

  it('knows when anything is filled in', () => {
    expect(hasEntries(EMPTY_ENTRIES)).to.equal(false);
    expect(hasEntries({ ...EMPTY_ENTRIES, notes: '   ' })).to.equal(false);
    expect(hasEntries({ ...EMPTY_ENTRIES, gradedPercentage: 0 })).to.equal(true);
    expect(hasEntries({ ...EMPTY_ENTRIES, followUpDate: '2026-12-03' })).to.equal(true);
  });

  it('writes only the answered fields, in the order of the form', async () => {
    const content = await loadTopic('work', 'en');
    const labels = content.checklist;
    expect(checklistPlainText(labels, EMPTY_ENTRIES, 'en')).to.equal('');
    const text = checklistPlainText(labels, { ...EMPTY_ENTRIES, notes: 'Call on Monday', gradedPercentage: 20 }, 'en');
    expect(text.split('\n')).to.deep.equal([
      labels.heading,
      '-'.repeat(labels.heading.length),
      `${labels.gradedPercentage}: 20%`,
      `${labels.notes}: Call on Monday`,
    ]);
  });

  it('adds the checklist to the advice only when entries are given', async () => {
    const content = await loadTopic('work', 'nn');
    const withoutEntries = returnToWorkPlainText(content, 'patient');
    const withEmpty = returnToWorkPlainText(content, 'patient', EMPTY_ENTRIES);
    expect(withEmpty).to.equal(withoutEntries);
    const filled = returnToWorkPlainText(content, 'patient', { ...EMPTY_ENTRIES, tasksThatWork: 'Kontorarbeid' });
    expect(filled).to.contain(`${content.checklist.tasksThatWork}: Kontorarbeid`);
    expect(filled.startsWith(withoutEntries.slice(0, withoutEntries.lastIndexOf('\n\n')))).to.equal(true);
  });
});
