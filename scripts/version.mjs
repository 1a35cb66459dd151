// `npm run version-packages` runs this after `changeset version` has raised the version in
// packages/ryggrad/package.json (the one version source): the running code needs the version as
// a literal (`RyggElement.version`, the loader's duplicate check, the docs' snippet), so
// packages/core/src/version.ts is written from it. packages/ryggrad/test/release.e2e.mjs checks
// that they agree. Everything else reads the version at build time (scripts/release.mjs).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { clinicalSection } from './changelog.mjs';
import { release } from './release.mjs';

const file = new URL('../packages/core/src/version.ts', import.meta.url);
writeFileSync(
  file,
  `/** The library version, written from packages/ryggrad/package.json by scripts/version.mjs. */\nexport const VERSION = '${release().version}';\n`,
);

// The newest release's clinical wording changes, in their own section.
const changelogFile = new URL('../packages/ryggrad/CHANGELOG.md', import.meta.url);
if (existsSync(changelogFile)) writeFileSync(changelogFile, clinicalSection(readFileSync(changelogFile, 'utf8')));
