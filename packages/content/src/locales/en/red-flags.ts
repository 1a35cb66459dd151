import type { RedFlagContent } from '../../types/red-flags.js';
import common from './common.js';

const content: RedFlagContent = {
  common,
  section: 6,
  ui: {
    title: common.sectionHeadings[6],
    reset: 'Clear answers',
    resultHeading: 'What should you do now?',
    answerYes: 'Yes',
    answerNo: 'No',
    call: 'Call',
    contactsHeading: 'Who can you contact?',
    plainTextTitle: 'Back pain – when should you seek help?',
    plainTextDate: 'Date',
    plainTextNone: 'None of the signs on the list apply to me.',
    plainTextNotAnswered: 'None of the questions have been answered yet.',
    plainTextAdvice: 'Advice',
    plainTextRules: 'Rule set',
    privacyNote: 'Your answers are not stored or sent anywhere.',
    resultPlaceholder: 'Once you have answered, you will see here what to do.',
  },
  intro:
    'Even when back pain is strong, it is seldom a sign of anything serious. Still, there are some signs you should know about.',
  legend: 'Does any of this apply to you now? Tick what fits.',
  emergencyGroupLabel: 'If you have back pain and also any of these, contact a doctor at once:',
  seekHelpGroupLabel: 'Seek help if any of these apply to you:',
  noneOfThese: 'None of these apply to me',
  flags: {
    urination: {
      label: 'Have you started having bladder problems – difficulty passing urine, or leaking urine (incontinence)?',
      section: 6,
    },
    'saddle-numbness': {
      label: 'Have you become numb around your genitals, bottom or inner thighs (the saddle area)?',
      section: 6,
    },
    unsure: {
      label: 'Are you unsure what it could be, or worried that it is something dangerous?',
      section: 6,
    },
    'uncontrolled-pain': {
      label: 'Is the pain strong, and do painkillers or resting your back not help enough?',
      section: 6,
    },
    weakness: {
      label: 'Have you noticed less strength in your thigh, calf or foot?',
      section: 6,
    },
    'weight-loss': {
      label: 'Have you lost weight without meaning to?',
      section: 6,
    },
    fever: {
      label: 'Do you have a fever?',
      section: 6,
    },
    'feeling-ill': {
      label: 'Do you feel generally unwell?',
      section: 6,
    },
    accident: {
      label: 'Are you in a lot of pain after hurting your back in an accident?',
      section: 6,
    },
  },
  contacts: {
    emergency: [
      { id: 'legevakt', label: 'Out-of-hours doctor (legevakt)', number: '116 117' },
      {
        id: 'emergency',
        label: 'Medical emergency number',
        number: '113',
        description: 'Call 113 when it is life-threatening.',
      },
    ],
    'seek-help': [
      { id: 'gp', label: 'Your GP (fastlege)' },
      {
        id: 'legevakt',
        label: 'Out-of-hours doctor (legevakt)',
        number: '116 117',
        description: 'When your GP surgery is closed',
      },
      {
        id: 'health-personnel',
        label: 'Another authorised health professional',
        description: 'Doctor, physiotherapist, chiropractor or manual therapist',
      },
    ],
  },
  sourceNote:
    'The list follows section 6 of the 2007 Norwegian brochure. The health service where you live may use a newer or longer list.',
};

export default content;
