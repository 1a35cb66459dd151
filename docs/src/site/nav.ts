/**
 * On a phone the full navigation would fill the first screen, so the script folds it behind a
 * "Menu" button (a disclosure: aria-expanded on a real button). Without the script, or on a wide
 * screen, the links are simply there.
 */
import { el } from './dom.js';

export function setUpNavigation(): void {
  const nav = document.querySelector<HTMLElement>('nav.site-nav');
  const lists = nav?.querySelector<HTMLElement>('.nav-lists');
  if (!nav || !lists || nav.querySelector('.nav-toggle')) return;
  lists.id ||= 'nav-lists';
  const current = nav.querySelector('a[aria-current="page"]')?.textContent.trim();
  const button = el(
    'button',
    { type: 'button', class: 'nav-toggle', 'aria-expanded': 'false', 'aria-controls': lists.id },
    'Menu',
    current ? el('span', { class: 'nav-current' }, current) : null,
  );
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    nav.toggleAttribute('data-open', open);
  });
  nav.prepend(button);
  nav.setAttribute('data-enhanced', '');
}
