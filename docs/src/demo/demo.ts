/**
 * Live demos. Each `[data-demo]` block holds real form controls, the demo element and a snippet:
 *
 *   <select data-attribute="lang">…</select>          sets or (for value "") removes an attribute
 *   <input type="radio" data-attribute="audience">     one group per attribute
 *   <input type="checkbox" data-attribute="checklist"> a boolean attribute
 *   <rygg-… data-demo-element>                         the element the controls change
 *   <code data-demo-snippet>                           rewritten after every change
 *   <pre data-event-log="rygg-triage-change">          the last event the element fired
 *   <button data-plain-text> + <pre data-plain-text-output>   shows element.toPlainText()
 *
 * A control may name another target with `data-target="#id"` (the Languages page sets `lang` on
 * a wrapper, to show inheritance).
 */
import { pageSnippet } from './snippet.js';

type Control = HTMLInputElement | HTMLSelectElement;

const IGNORED_ATTRIBUTES = /^(id|class|style|data-.*)$/;

function controlsOf(demo: Element): Control[] {
  return [...demo.querySelectorAll<Control>('input[data-attribute], select[data-attribute]')];
}

function targetOf(control: Control, demo: Element, element: Element): Element | null {
  const selector = control.dataset.target;
  return selector ? demo.ownerDocument.querySelector(selector) : element;
}

function apply(control: Control, target: Element): void {
  const name = control.dataset.attribute;
  if (!name) return;
  if (control instanceof HTMLInputElement && control.type === 'checkbox') {
    target.toggleAttribute(name, control.checked);
    return;
  }
  if (control instanceof HTMLInputElement && control.type === 'radio' && !control.checked) return;
  if (control.value === '') target.removeAttribute(name);
  else target.setAttribute(name, control.value);
}

/** The element's attributes for the snippet: controlled ones in the controls' order, then the rest. */
function snippetAttributes(element: Element, controls: Control[]): [string, string | boolean | null][] {
  const booleans = new Set(
    controls
      .filter((c) => c instanceof HTMLInputElement && c.type === 'checkbox')
      .flatMap((c) => c.dataset.attribute ?? []),
  );
  const names = [...new Set(controls.filter((c) => !c.dataset.target).flatMap((c) => c.dataset.attribute ?? []))];
  for (const attribute of element.attributes) {
    if (!IGNORED_ATTRIBUTES.test(attribute.name) && !names.includes(attribute.name)) names.push(attribute.name);
  }
  return names.map((name) => [name, booleans.has(name) ? element.hasAttribute(name) : element.getAttribute(name)]);
}

function describeEvent(event: Event): string {
  const detail: unknown = event instanceof CustomEvent ? event.detail : undefined;
  return `${event.type}\n${detail === undefined ? 'undefined' : JSON.stringify(detail, null, 2)}`;
}

function setUpDemo(demo: HTMLElement): void {
  const element = demo.querySelector('[data-demo-element]');
  if (!element) return;
  const controls = controlsOf(demo);
  const snippet = demo.querySelector<HTMLElement>('[data-demo-snippet]');

  const refreshSnippet = () => {
    if (snippet) snippet.textContent = pageSnippet(element.localName, snippetAttributes(element, controls));
  };

  for (const control of controls) {
    // The markup's initial state wins over a browser's restored form state after a reload.
    const target = targetOf(control, demo, element);
    if (target) apply(control, target);
    control.addEventListener('change', () => {
      const current = targetOf(control, demo, element);
      if (!current) return;
      apply(control, current);
      refreshSnippet();
    });
  }
  refreshSnippet();

  for (const log of demo.querySelectorAll<HTMLElement>('[data-event-log]')) {
    const type = log.dataset.eventLog;
    if (!type) continue;
    element.addEventListener(type, (event) => {
      log.textContent = describeEvent(event);
    });
  }

  const plainButton = demo.querySelector<HTMLButtonElement>('[data-plain-text]');
  const plainOutput = demo.querySelector<HTMLElement>('[data-plain-text-output]');
  if (plainButton && plainOutput) {
    const showPlainText = async () => {
      const widget = element as Element & { toPlainText?: () => string; updateComplete?: Promise<unknown> };
      await widget.updateComplete;
      plainOutput.textContent = typeof widget.toPlainText === 'function' ? widget.toPlainText() : '';
      plainOutput.hidden = false;
    };
    plainButton.addEventListener('click', () => void showPlainText());
  }
}

/** Wires every demo on the page. */
export function setUpDemos(root: ParentNode = document): void {
  for (const demo of root.querySelectorAll<HTMLElement>('[data-demo]')) setUpDemo(demo);
}
