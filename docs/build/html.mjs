// Small helpers for the HTML the docs build writes.

/** `text` as HTML text (quotes stay: the builders put such text only between tags). */
export const escapeHtml = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
