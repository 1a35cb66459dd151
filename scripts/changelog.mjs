// Pure: gathers the newest release's lines marked "[clinical]" (.changeset/changelog.cjs) into
// a "### Clinical wording changes" section placed first in that release, so a reviewer finds
// every change to what the widgets say in one place.
export function clinicalSection(changelog) {
  const start = changelog.search(/^## /m);
  if (start < 0) return changelog;
  const next = changelog.slice(start + 3).search(/^## /m);
  const end = next < 0 ? changelog.length : start + 3 + next;
  const release = changelog.slice(start, end);
  const clinical = [...release.matchAll(/^- \[clinical\] (.*(?:\n {2}.*)*)$/gm)].map((match) => `- ${match[1]}`);
  if (clinical.length === 0) return changelog;
  const rest = release
    .replace(/^- \[clinical\] .*(?:\n {2}.*)*\n?/gm, '')
    // A bump-type heading left with no lines under it goes too.
    .replace(/^### [^\n]+\n\n(?=### |$)/gm, '');
  const [heading, ...body] = rest.split('\n');
  const section = `\n### Clinical wording changes\n\n${clinical.join('\n')}\n`;
  return `${changelog.slice(0, start)}${heading}\n${section}${body.join('\n').replace(/\n*$/, '\n\n')}${changelog.slice(end)}`.replace(
    /\n{3,}/g,
    '\n\n',
  );
}
