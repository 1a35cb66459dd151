/**
 * Fetches custom-elements.json once per page. The built site has a copy beside its pages
 * (dist/docs/custom-elements.json); `npm start` redirects the same address to
 * packages/ryggrad/custom-elements.json, so both use one relative URL.
 */
let pending: Promise<unknown> | undefined;

export function loadManifest(): Promise<unknown> {
  pending ??= fetch(new URL('./custom-elements.json', document.baseURI)).then((response) => {
    if (!response.ok) throw new Error(`custom-elements.json: HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  });
  return pending;
}
