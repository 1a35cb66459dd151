/**
 * On a phone the full navigation would fill the first screen, so it folds behind a "Menu" button
 * (a disclosure: aria-expanded on a real button), written into every page by the page shell and
 * shown only when scripting is on (docs.css). Without the script, or on a wide screen, the links
 * are simply there.
 */
export function setUpNavigation(): void {
  const nav = document.querySelector<HTMLElement>('nav.site-nav');
  const button = nav?.querySelector<HTMLButtonElement>('.nav-toggle');
  if (!nav || !button) return;
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    nav.toggleAttribute('data-open', open);
  });
}
