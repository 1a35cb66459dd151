import type { WorkContent } from '../../types/work.js';
import common from './common.js';

const content: WorkContent = {
  common,
  title: 'Work with your back',
  ui: {
    keyMessage: 'Normal work usually helps the back get better. Graded sick leave should always be considered first.',
    viewLabel: 'Text for',
    patientView: 'For you, with back pain',
    clinicianView: 'For whoever writes the sick note',
    itemsHeading: 'Worth knowing about work and sick leave',
    clinicianHeading: 'When assessing fitness for work',
    showChecklist: 'Show the work plan',
    hideChecklist: 'Hide the work plan',
    percentError: 'Enter a whole number from 0 to 100, or leave the field empty.',
    cleared: 'The form has been cleared.',
  },
  items: [
    {
      id: 'work-helps',
      text: 'For most people, carrying on with normal work is good for healing.',
      section: 7,
    },
    {
      id: 'no-need-to-wait',
      text: 'You do not need to wait until the pain is completely gone before going back to work.',
      section: 7,
    },
    {
      id: 'adjust-tasks',
      text: 'When you and your employer adjust your tasks sensibly together, many people get back to work quickly.',
      section: 7,
    },
    {
      id: 'some-adjustment',
      text: 'You may need your employer to adapt your tasks a little for a while.',
      section: 5,
    },
    {
      id: 'full-or-graded',
      text: 'If you cannot work for a period, you can get full or partial (graded) sick leave.',
      section: 7,
    },
    {
      id: 'graded-first',
      text: 'Graded sick leave should always be considered before full sick leave.',
      section: 7,
    },
    {
      id: 'agree-early',
      text: 'You and your clinician agree early on what kind of sick leave you need, and for how long.',
      section: 7,
    },
    {
      id: 'dose',
      text: 'Sick leave is like medicine: it can be given in too large a dose, and it can have side effects.',
      section: 7,
    },
    {
      id: 'partial-or-active',
      text: 'In some cases, partial (graded) sick leave can be a solution. (The 2007 brochure also names “active sick leave”, a scheme that no longer exists.)',
      section: 5,
    },
    {
      id: 'who-can',
      text: 'Doctors, chiropractors and manual therapists can all issue sick notes.',
      section: 7,
    },
  ],
  clinician: [
    {
      id: 'c-graded-first',
      text: 'Always consider graded sick leave as the first option.',
      section: 7,
    },
    {
      id: 'c-agree-early',
      text: 'Agree type and duration early, together with the patient.',
      section: 7,
    },
    {
      id: 'c-dose',
      text: 'Like medicines, sick leave has a dose and side effects: avoid too high a dose.',
      section: 7,
    },
    {
      id: 'c-adjustment',
      text: 'Sensible workplace adjustment together with the employer gives many patients a quick return.',
      section: 7,
    },
    {
      id: 'c-not-pain-free',
      text: 'Being pain-free is not a condition for returning to work; ordinary work usually promotes healing.',
      section: 7,
    },
    {
      id: 'c-partial-active',
      text: 'Partial (graded) sick leave can be a solution in some cases. (“Active sick leave”, named in the 2007 brochure, no longer exists.)',
      section: 5,
    },
    {
      id: 'c-who',
      text: 'Doctors, chiropractors and manual therapists can certify sick leave.',
      section: 7,
    },
  ],
  checklist: {
    heading: 'Work plan',
    intro: 'You may want to fill this in with your clinician or your employer.',
    tasksThatWork: 'Tasks I can do now',
    tasksToAdjust: 'Tasks that need adjusting for a while',
    gradedPercentage: 'Graded sick leave (percentage)',
    gradedPercentageHint: 'Your sick-leave percentage, for example 50. Leave it empty if you are not on sick leave.',
    followUpDate: 'Follow-up date',
    notes: 'Notes',
    nothingStored: 'Nothing you enter here is stored or sent anywhere.',
    print: 'Print the plan',
    clear: 'Clear the form',
  },
};

export default content;
