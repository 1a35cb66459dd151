import { expect } from '@open-wc/testing';
import { checklistPlainText, type PlainTextInput } from '../src/plain-text.js';

// Neutral test words, so these tests check the layout of the text, not the content package.
const words: PlainTextInput['words'] = {
  date: 'Date',
  yes: 'YES',
  no: 'NO',
  resultHeading: 'What now?',
  contactsHeading: 'Whom to call',
  adviceHeading: 'Advice',
  noneChosen: 'None of the signs apply.',
  notAnswered: 'Not answered yet.',
  rules: 'Rule set',
};

const date = new Date(2026, 10, 26);

function input(overrides: Partial<PlainTextInput> = {}): PlainTextInput {
  return {
    locale: 'en',
    audience: 'patient',
    date,
    title: 'When to seek help',
    legend: 'Does any of this apply?',
    questions: [
      { label: 'Question one?', section: 'section 6', answer: true },
      { label: 'Second sign', section: 'section 6', answer: false },
    ],
    noneChosen: false,
    result: {
      levelText: 'Immediate action required',
      heading: 'Call now',
      action: 'Call the out-of-hours doctor.',
      contacts: [
        { label: 'Doctor', number: '116 117' },
        { label: 'Ambulance', number: '113', description: 'when life is in danger' },
        { label: 'Your GP' },
      ],
      advice: [],
    },
    source: 'Source: The brochure (FORMI, 2007), section 6',
    rules: 'set-1 1.0.0 (2007-01-01)',
    words,
    ...overrides,
  };
}

describe('checklistPlainText (patient)', () => {
  it('writes the title, the date, each question with its answer, the result, the numbers and the source', () => {
    const text = checklistPlainText(input());
    expect(text).to.equal(
      [
        'When to seek help',
        '=================',
        'Date: 26 November 2026',
        '',
        'Does any of this apply?',
        '- Question one? YES',
        '- Second sign: NO',
        '',
        'What now?',
        '---------',
        'Immediate action required: Call now',
        'Call the out-of-hours doctor.',
        '',
        'Whom to call',
        '- Doctor: 116 117',
        '- Ambulance: 113 (when life is in danger)',
        '- Your GP',
        '',
        'Source: The brochure (FORMI, 2007), section 6',
      ].join('\n'),
    );
  });

  it('lists the questions without answers and without a result before any answer', () => {
    const text = checklistPlainText(
      input({ questions: [{ label: 'Question one?', answer: undefined }], result: undefined }),
    );
    expect(text).to.contain('- Question one?\n');
    expect(text).not.to.contain('YES').and.not.to.contain('NO').and.not.to.contain('What now?');
    expect(text).to.contain('Not answered yet.');
    expect(text).to.contain('Source: The brochure');
  });

  it('says so when "none of these" was chosen, and gives the advice', () => {
    const text = checklistPlainText(
      input({
        questions: [{ label: 'Question one?', answer: false }],
        noneChosen: true,
        result: {
          levelText: 'Self-care',
          heading: 'Stay active',
          action: 'Keep moving.',
          contacts: [],
          advice: ['Move.', 'Rest less.'],
        },
      }),
    );
    expect(text).to.contain('- Question one? NO');
    expect(text).to.contain('None of the signs apply.');
    expect(text).to.contain('Self-care: Stay active\nKeep moving.');
    expect(text).to.contain('Advice\n- Move.\n- Rest less.');
    expect(text).not.to.contain('Whom to call');
  });

  it('leaves out the rule set reference, which is for clinicians', () => {
    expect(checklistPlainText(input())).not.to.contain('set-1');
  });

  it('writes the date in the reader’s language', () => {
    expect(checklistPlainText(input({ locale: 'nb' }))).to.contain('Date: 26. november 2026');
  });
});

describe('checklistPlainText (clinician)', () => {
  it('is a compact note: dated title, answers, result with numbers, source and rule set', () => {
    const text = checklistPlainText(input({ audience: 'clinician' }));
    expect(text).to.equal(
      [
        'When to seek help – 26 November 2026',
        '',
        '- Question one?: YES',
        '- Second sign: NO',
        '',
        'Call now (Immediate action required)',
        'Call the out-of-hours doctor.',
        'Doctor 116 117; Ambulance 113',
        '',
        'Source: The brochure (FORMI, 2007), section 6',
        'Rule set: set-1 1.0.0 (2007-01-01)',
      ].join('\n'),
    );
  });

  it('names each question’s source when the questions come from different sections', () => {
    const text = checklistPlainText(
      input({
        audience: 'clinician',
        questions: [
          { label: 'A', section: 'section 6', answer: true },
          { label: 'B', section: 'section 7', answer: false },
          { label: 'C', answer: false },
        ],
      }),
    );
    expect(text).to.contain('- A (section 6): YES\n- B (section 7): NO\n- C: NO');
  });

  it('lists the questions without answers before any answer', () => {
    const text = checklistPlainText(
      input({ audience: 'clinician', result: undefined, questions: [{ label: 'A', answer: undefined }] }),
    );
    expect(text).to.contain('- A\n');
    expect(text).to.contain('Not answered yet.');
    expect(text).not.to.contain('Call now');
  });
});
