// Part of npm test: the content must be in Ryggrad's own words — no run of 9 or more words
// copied from the brochure (when the brochure is beside the repository, as in CI).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { it } from 'node:test';

it('no content text repeats 9 or more consecutive words of the brochure', () => {
  const script = new URL('../scripts/check-own-words.mjs', import.meta.url).pathname;
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /no run of 9 or more words|nothing to check/);
});
