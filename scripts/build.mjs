// `npm run build`: everything into dist/ (see README "Build outputs").
//   0. the ready themes (scripts/themes.mjs) into packages/ryggrad/themes, which the later steps copy;
//   1. the npm package: unbundled ESM + .d.ts (rollup, tsc; scripts/build-package.mjs) into packages/ryggrad/dist,
//      and the Custom Elements Manifest is generated from the JSDoc;
//   2. rollup (rollup.config.mjs): dist/cdn, dist/extension/{chrome,firefox}, dist/docs;
//   3. the package becomes its own CDN: dist/cdn is copied into packages/ryggrad/cdn (the
//      `jsdelivr`/`unpkg` entry), and its README (with this version's loader address and
//      integrity) and LICENSE are written beside it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cdnUrl, loaderIntegrity, release } from './release.mjs';
import { writeThemes } from './themes.mjs';

const root = new URL('..', import.meta.url).pathname;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function step(label, command, args) {
  console.log(`  • ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build failed at: ${label}`);
    process.exit(result.status ?? 1);
  }
}

rmSync(`${root}dist`, { recursive: true, force: true });
rmSync(`${root}packages/ryggrad/dist`, { recursive: true, force: true });
rmSync(`${root}packages/ryggrad/cdn`, { recursive: true, force: true });

console.log('  • themes: packages/ryggrad/themes/*.css');
await writeThemes();
step('npm package: modules (rollup + tsc) and types (tsc)', process.execPath, ['scripts/build-package.mjs']);
step('npm package: custom-elements.json', process.execPath, ['scripts/manifest.mjs']);
step('CDN, extension and docs (rollup)', npx, ['rollup', '-c', 'rollup.config.mjs']);
console.log('  • npm package: cdn/, README.md, LICENSE');
cpSync(`${root}dist/cdn`, `${root}packages/ryggrad/cdn`, { recursive: true });
const readme = readFileSync(`${root}packages/ryggrad/npm-readme.template.md`, 'utf8')
  .replaceAll('{{version}}', release().version)
  .replaceAll('{{loader}}', cdnUrl('ryggrad.js'))
  .replaceAll('{{themes}}', cdnUrl('themes/'))
  .replaceAll('{{integrity}}', loaderIntegrity());
writeFileSync(`${root}packages/ryggrad/README.md`, readme);
copyFileSync(`${root}LICENSE`, `${root}packages/ryggrad/LICENSE`);
console.log('build done: dist/ and packages/ryggrad/{dist,cdn}/');
