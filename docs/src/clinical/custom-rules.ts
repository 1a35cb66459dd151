/**
 * The Clinical content page's example of a site's own rule set: one JSON file
 * (examples/site-rules.json) that the page shows as code and applies to a live checklist
 * through its `rules` property — so what you read is exactly what runs.
 */
/** JSON on one line, with a space after each colon and comma: `{ "id": "fever", "tier": "seek-help" }`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{ ${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}: ${inline(item)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** A rule set as readable code: one line per top-level field, and one line per flag. */
export function formatRules(rules: unknown): string {
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) return JSON.stringify(rules, null, 2);
  const fields = Object.entries(rules).map(([key, value]) =>
    Array.isArray(value) && value.some((item) => typeof item === 'object')
      ? `  ${JSON.stringify(key)}: [\n${value.map((item) => `    ${inline(item)}`).join(',\n')}\n  ]`
      : `  ${JSON.stringify(key)}: ${inline(value)}`,
  );
  return `{\n${fields.join(',\n')}\n}`;
}

export async function setUpCustomRules(figureCode: HTMLElement | null, checklists: Iterable<Element>): Promise<void> {
  const response = await fetch(new URL('./examples/site-rules.json', document.baseURI));
  if (!response.ok) throw new Error(`examples/site-rules.json: HTTP ${response.status}`);
  const rules: unknown = await response.json();
  if (figureCode) {
    figureCode.textContent =
      `const checklist = document.querySelector('rygg-red-flag-checklist');\n` +
      `checklist.rules = ${formatRules(rules)};`;
  }
  for (const checklist of checklists) (checklist as Element & { rules: unknown }).rules = rules;
}
