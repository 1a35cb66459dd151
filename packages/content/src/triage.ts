import { DEFAULT_RULES } from './rules.js';
import type { RuleSet, Tier } from './rules.js';

/** What a set of ticked flags means. */
export interface TriageResult {
  /** The most urgent tier any ticked flag raises; 'self-care' when none. */
  tier: Tier;
  /** The known ticked flag ids, without duplicates, in the rule set's order. */
  flags: string[];
  /**
   * The most urgent route (first in the set's `routes`) that a ticked flag of `tier` leads to;
   * absent for self-care and for sets without routes.
   */
  route?: string;
}

/**
 * Splits ids into those the rule set knows (deduplicated, in rule order) and the rest
 * (deduplicated, in the order given). Values that are not strings are dropped.
 */
export function partitionFlags(
  ids: Iterable<string>,
  rules: RuleSet = DEFAULT_RULES,
): { known: string[]; unknown: string[] } {
  const ticked = new Set<string>();
  const unknown: string[] = [];
  const ruleIds = new Set(rules.flags.map((flag) => flag.id));
  for (const id of ids) {
    if (typeof id !== 'string') continue;
    if (ruleIds.has(id)) ticked.add(id);
    else if (!unknown.includes(id)) unknown.push(id);
  }
  const known = rules.flags.filter((flag) => ticked.has(flag.id)).map((flag) => flag.id);
  return { known, unknown };
}

/**
 * Pure triage: the tier is 'emergency' if any ticked flag is an emergency flag, else 'seek-help'
 * if any known flag is ticked, else 'self-care'; the route is the most urgent one of that tier's
 * ticked flags. Unknown ids are ignored; the order in which
 * flags were ticked never matters.
 */
export function triage(flags: Iterable<string>, rules: RuleSet = DEFAULT_RULES): TriageResult {
  const { known } = partitionFlags(flags, rules);
  const tiers = new Set(rules.flags.filter((flag) => known.includes(flag.id)).map((flag) => flag.tier));
  const tier: Tier = tiers.has('emergency') ? 'emergency' : tiers.has('seek-help') ? 'seek-help' : 'self-care';
  const routes = new Set(
    rules.flags.filter((flag) => known.includes(flag.id) && flag.tier === tier).map((flag) => flag.route),
  );
  const route = rules.routes?.find((candidate) => routes.has(candidate.id))?.id;
  return route === undefined ? { tier, flags: known } : { tier, flags: known, route };
}
