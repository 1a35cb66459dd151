// The clinical changelog's tables (docs/clinical-changelog.html): every wording change of a content
// version is a row of data in docs/data/clinical-changelog.json, written into the page at build
// and serve time from `<!-- rygg:changelog version="2026.2" labelledby="HEADING-ID" -->`.
//
// A row: { languages: 'nb' | 'nn' | 'en' | 'en nb nn', item: content id, detail, before, now, why },
// all plain text. The quoted wording of a row in one Norwegian language carries that `lang`.
import { readFileSync } from 'node:fs';
import { escapeHtml } from './html.mjs';

const CHANGELOG = new URL('../data/clinical-changelog.json', import.meta.url);

const COLUMNS = ['Language', 'Item', 'Before', 'Now', 'Why'];

function row({ languages, item, detail, before, now, why }) {
  const lang = languages === 'nb' || languages === 'nn' ? ` lang="${languages}"` : '';
  return [
    '      <tr>',
    `        <td>${languages}</td>`,
    `        <td><code>${escapeHtml(item)}</code> ${escapeHtml(detail)}</td>`,
    `        <td${lang}>${escapeHtml(before)}</td>`,
    `        <td${lang}>${escapeHtml(now)}</td>`,
    `        <td>${escapeHtml(why)}</td>`,
    '      </tr>',
  ].join('\n');
}

/** The table of one content version's changes, named by the heading `labelledby`, in a scroll region. */
export function changelogTable(version, labelledby) {
  const { versions } = JSON.parse(readFileSync(CHANGELOG, 'utf8'));
  const rows = versions.find((entry) => entry.version === version)?.rows;
  if (!rows) throw new Error(`docs/data/clinical-changelog.json has no content version ${version}`);
  return `<div class="table-scroll" role="region" aria-labelledby="${labelledby}" tabindex="0">
  <table aria-labelledby="${labelledby}">
    <thead>
      <tr>
${COLUMNS.map((column) => `        <th scope="col">${column}</th>`).join('\n')}
      </tr>
    </thead>
    <tbody>
${rows.map(row).join('\n')}
    </tbody>
  </table>
</div>`;
}
