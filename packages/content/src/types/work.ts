import type { CommonStrings, SourcedText } from './common.js';

/** Labels of the fill-in work plan. Nothing entered is stored. */
export interface WorkChecklist {
  readonly heading: string;
  readonly intro: string;
  readonly tasksThatWork: string;
  readonly tasksToAdjust: string;
  readonly gradedPercentage: string;
  readonly gradedPercentageHint: string;
  readonly followUpDate: string;
  readonly notes: string;
  readonly nothingStored: string;
  readonly print: string;
  readonly clear: string;
}

export interface WorkUi {
  /**
   * The two messages to remember (keep working; graded sick leave first), shown with emphasis
   * under the title. Worded for patient and clinician alike (section 7).
   */
  readonly keyMessage: string;
  readonly viewLabel: string;
  readonly patientView: string;
  readonly clinicianView: string;
  readonly itemsHeading: string;
  readonly clinicianHeading: string;
  readonly showChecklist: string;
  readonly hideChecklist: string;
  /** Shown when the percentage is not a whole number from 0 to 100. */
  readonly percentError: string;
  /** Announced after the form has been cleared. */
  readonly cleared: string;
}

export interface WorkContent {
  readonly common: CommonStrings;
  /** "Jobb med ryggen din" / "Work with your back" */
  readonly title: string;
  readonly ui: WorkUi;
  /** Patient wording (sections 7 and 5). */
  readonly items: readonly SourcedText[];
  /** Concise guidance for whoever writes the sick note. */
  readonly clinician: readonly SourcedText[];
  readonly checklist: WorkChecklist;
}
