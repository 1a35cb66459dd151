/**
 * Words for <rygg-spine-diagram>, all taken from the anatomy content: the names of the parts
 * (also their accessible names), the model of the text alternative, and the plain text of
 * `toPlainText()`. Pure: no DOM.
 */
import { plainBlocks, plainHeading, plainList } from '@ryggrad/core';
import { sourceLine } from '@ryggrad/content';
import type { AnatomyContent, ConditionId, SpineRegion } from '@ryggrad/content';
import {
  REGIONS,
  SACRUM_LABEL,
  VERTEBRAE,
  VERTEBRA_BY_LABEL,
  type DiagramPart,
  type DiagramStructure,
  type SpineView,
} from './anatomy.js';
import { isHighlighted, type Highlight } from './highlight.js';

const isRegion = (structure: DiagramStructure): structure is SpineRegion =>
  (REGIONS as readonly string[]).includes(structure);

/** A vertebra label as the locale writes it (its prefix letters + number), e.g. `L4`. */
export function vertebraText(content: AnatomyContent, label: string): string {
  const vertebra = VERTEBRA_BY_LABEL.get(label);
  return vertebra ? `${content.ui.vertebraPrefix[vertebra.region]}${vertebra.number}` : label;
}

/** A disc level as the locale writes it, with an en dash: `L4–L5`, `L5–S1`. */
export function levelText(content: AnatomyContent, level: string): string {
  return level
    .split('-')
    .map((label) => (label === SACRUM_LABEL ? label : vertebraText(content, label)))
    .join('–');
}

/** The first and last vertebra of a region as the locale writes them: `C1–C7`. */
export function regionRange(content: AnatomyContent, region: SpineRegion): string {
  const members = VERTEBRAE.filter((vertebra) => vertebra.region === region);
  const first = members[0];
  const last = members[members.length - 1];
  return first && last ? `${vertebraText(content, first.label)}–${vertebraText(content, last.label)}` : '';
}

/** The name of a part: "Virvel L4", "Mellomvirvelskive L4–L5", "Nakken (7 virvler)", "Ryggmarg". */
export function partName(content: AnatomyContent, part: DiagramPart): string {
  if (part.structure === 'vertebra' && part.vertebra)
    return `${content.ui.vertebraLabel} ${vertebraText(content, part.vertebra)}`;
  const name = content.structures[part.structure].name;
  if (part.vertebra) return `${name} ${vertebraText(content, part.vertebra)}`;
  if (part.level) return `${name} ${levelText(content, part.level)}`;
  return name;
}

/** The short label type-ahead matches: `L4` for a vertebra, `L4–L5` for a disc, else the part's name. */
export function shortLabel(content: AnatomyContent, part: DiagramPart): string {
  if (part.structure === 'vertebra' && part.vertebra) return vertebraText(content, part.vertebra);
  if (part.structure === 'disc' && part.level) return levelText(content, part.level);
  return partName(content, part);
}

/**
 * The accessible name of a part's button: its name, plus "uthevet" when highlighted. A region is
 * named by the words it shows in the drawing ("7 nakkevirvler"), so speech users can say what
 * they see (WCAG 2.5.3).
 */
export function accessibleName(content: AnatomyContent, part: DiagramPart, highlighted: boolean): string {
  const name = isRegion(part.structure) ? content.ui.regionCount[part.structure] : partName(content, part);
  return highlighted ? `${name}, ${content.ui.highlighted}` : name;
}

/** What a part does beyond its structure's explanation: the role of a close-up nerve root, or ''. */
export function partNote(content: AnatomyContent, part: DiagramPart): string {
  return part.role ? content.ui.rootRoles[part.role] : '';
}

export interface ExplainedItem {
  readonly id: string;
  readonly name: string;
  readonly text: string;
  /** For regions: the vertebrae they span, e.g. `C1–C7`. */
  readonly range?: string;
}

/** Everything the drawing says, in words: the text alternative and the plain text are built from it. */
export interface DiagramDescription {
  readonly title: string;
  readonly viewName: string;
  /** "Tegningen viser: Prolaps" */
  readonly conditionLine: string;
  /** "Uthevet på tegningen: Virvel L4, Prolaps L4–L5", or '' when nothing is highlighted. */
  readonly highlightLine: string;
  readonly condition: {
    readonly id: ConditionId;
    readonly name: string;
    readonly explanation: readonly string[];
    readonly source: string;
  };
  /** The regions (spine view only). */
  readonly regions: readonly ExplainedItem[];
  /** The other structures the view draws, in keyboard order. */
  readonly structures: readonly ExplainedItem[];
  readonly source: string;
}

/** Describes the current view, condition and highlight of the drawing. */
export function describeDiagram(
  content: AnatomyContent,
  view: SpineView,
  conditionId: ConditionId,
  parts: readonly DiagramPart[],
  highlight: Highlight,
): DiagramDescription {
  const { ui, structures } = content;
  const condition = content.conditions[conditionId];
  const shown = [...new Set(parts.map((part) => part.structure))];
  // Parts with a note of their own (the close-up's roots) add it to their structure's line.
  const notes = (id: DiagramStructure): string[] =>
    parts
      .filter((part) => part.structure === id && part.role)
      .map((part) => `${partName(content, part)}: ${partNote(content, part)}`);
  const explain = (id: DiagramStructure): ExplainedItem => ({
    id,
    name: structures[id].name,
    text: [structures[id].explanation, ...notes(id)].join(' '),
    ...(isRegion(id) ? { range: regionRange(content, id) } : {}),
  });
  const highlighted = parts.filter((part) => isHighlighted(highlight, part)).map((part) => partName(content, part));
  const sections = [...shown.map((id) => structures[id].section), condition.section];
  return {
    title: ui.title,
    viewName: ui.views[view],
    conditionLine: `${ui.shownCondition}: ${condition.name}`,
    highlightLine: highlighted.length > 0 ? `${ui.highlightedParts}: ${highlighted.join(', ')}` : '',
    condition: {
      id: conditionId,
      name: condition.name,
      explanation: condition.explanation,
      source: sourceLine(content.common, condition.section),
    },
    regions: shown.filter(isRegion).map(explain),
    structures: shown.filter((id) => !isRegion(id)).map(explain),
    source: sourceLine(content.common, sections),
  };
}

function itemLine(item: ExplainedItem): string {
  return `${item.name}${item.range ? ` (${item.range})` : ''}: ${item.text}`;
}

/**
 * The drawing as plain text for a journal note or an e-mail: what it shows (view, condition,
 * highlighted parts), the condition's explanation, the selected part, and every part drawn.
 */
export function diagramPlainText(
  content: AnatomyContent,
  description: DiagramDescription,
  selected?: DiagramPart,
): string {
  const { ui } = content;
  const selectedBlock = selected
    ? `${plainHeading(`${ui.selectedHeading}: ${partName(content, selected)}`, '-')}\n${[content.structures[selected.structure].explanation, partNote(content, selected)].filter(Boolean).join(' ')}`
    : undefined;
  return plainBlocks([
    plainHeading(description.title),
    [description.viewName, description.conditionLine, description.highlightLine].filter(Boolean).join('\n'),
    `${plainHeading(description.condition.name, '-')}\n${description.condition.explanation.join(' ')}`,
    selectedBlock,
    description.regions.length > 0
      ? `${plainHeading(ui.regionsHeading, '-')}\n${plainList(description.regions.map(itemLine))}`
      : undefined,
    `${plainHeading(ui.structuresHeading, '-')}\n${plainList(description.structures.map(itemLine))}`,
    description.source,
  ]);
}
