/**
 * Copy buttons for every code block (`<figure class="code">`): one click copies the code and a
 * polite live region says "Copied", so screen-reader users hear that it worked.
 */
import { el } from './dom.js';

let announcer: HTMLElement | undefined;
let codeBlocks = 0;

/** One polite status region per page, created before anything is announced. */
export function announce(message: string): void {
  if (!announcer) return;
  // Clear first so the same message twice in a row is announced again.
  announcer.textContent = '';
  requestAnimationFrame(() => {
    if (announcer) announcer.textContent = message;
  });
}

function ensureAnnouncer(): void {
  announcer = document.querySelector<HTMLElement>('#announcer') ?? undefined;
  if (announcer) return;
  announcer = el('div', { id: 'announcer', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  document.body.append(announcer);
}

/**
 * Copies through the Clipboard API. Where the browser refuses, selects the text so the reader can
 * copy it with the keyboard (the older `execCommand('copy')` is deprecated).
 */
async function copyText(text: string, fallbackNode: Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const selection = window.getSelection();
    if (!selection) return false;
    const range = document.createRange();
    range.selectNodeContents(fallbackNode);
    selection.removeAllRanges();
    selection.addRange(range);
    return false;
  }
}

function addCopyButton(figure: HTMLElement): void {
  const code = figure.querySelector('pre code') ?? figure.querySelector('pre');
  if (!code || figure.querySelector(':scope > .copy-button')) return;
  const figcaption = figure.querySelector('figcaption');
  const caption = figcaption?.textContent.trim() ?? 'code';
  // Long lines scroll sideways; a focusable, named region lets keyboard users scroll them too.
  const pre = figure.querySelector('pre');
  if (pre && figcaption) {
    figcaption.id ||= `code-${++codeBlocks}`;
    pre.setAttribute('tabindex', '0');
    pre.setAttribute('role', 'region');
    pre.setAttribute('aria-labelledby', figcaption.id);
  }
  const label = el('span', { class: 'copy-label' }, 'Copy');
  const button = el(
    'button',
    { type: 'button', class: 'button copy-button' },
    label,
    el('span', { class: 'visually-hidden' }, ` ${caption}`),
  );
  const copyAndAnnounce = async () => {
    const copied = await copyText(code.textContent, code);
    announce(copied ? 'Copied' : 'Could not copy. The code is selected: press Control+C or Command+C to copy it.');
    if (copied) {
      label.textContent = 'Copied';
      window.setTimeout(() => (label.textContent = 'Copy'), 2000);
    }
  };
  button.addEventListener('click', () => void copyAndAnnounce());
  figure.append(button);
}

export function setUpCopyButtons(root: ParentNode = document): void {
  ensureAnnouncer();
  for (const figure of root.querySelectorAll<HTMLElement>('figure.code')) addCopyButton(figure);
}
