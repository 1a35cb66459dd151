/**
 * The Clinical content page's example of a site's own rule set: one JSON file
 * (examples/site-rules.json) that the page shows as code and applies to a live checklist
 * through its `rules` property — so what you read is exactly what runs.
 */
export async function setUpCustomRules(figureCode: HTMLElement | null, checklists: Iterable<Element>): Promise<void> {
  const response = await fetch(new URL('./examples/site-rules.json', document.baseURI));
  if (!response.ok) throw new Error(`examples/site-rules.json: HTTP ${response.status}`);
  const rules: unknown = await response.json();
  if (figureCode) {
    figureCode.textContent =
      `const checklist = document.querySelector('rygg-red-flag-checklist');\n` + `checklist.rules = ${JSON.stringify(rules, null, 2)};`;
  }
  for (const checklist of checklists) (checklist as Element & { rules: unknown }).rules = rules;
}
