import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO } from '../helpers/repo';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const tokens = require(path.join(REPO, 'server/out/engine/text/tokens.js')) as {
  nearest(word: string, ids: Iterable<string>): string | undefined;
  nearestId(word: string, ids: ReadonlyMap<string, unknown>): string | undefined;
  editDistance(a: string, b: string): number;
};

test('the indexed "did you mean" finds what comparing against every id finds', () => {
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
  const words = ['meeting', 'summit', 'talks', 'crimea', 'vienna', 'lavrov', 'tillerson', 'accession', 'ceasefire', 'sanctions'];
  const ids = new Map<string, true>();
  while (ids.size < 3000) ids.set(`${words[Math.floor(rnd() * 10)]}-${words[Math.floor(rnd() * 10)]}-${Math.floor(rnd() * 400)}`, true);
  const all = [...ids.keys()];
  let compared = 0;
  for (let i = 0; i < 300; i++) {
    const id = all[Math.floor(rnd() * all.length)];
    const k = Math.floor(rnd() * id.length);
    const typo = rnd() < 0.5 ? id.slice(0, k) + id.slice(k + 1) : id.slice(0, k) + 'x' + id.slice(k);
    const brute = tokens.nearest(typo, all);
    const fast = tokens.nearestId(typo, ids);
    if (brute !== undefined) compared++;
    assert.equal(fast === undefined ? undefined : tokens.editDistance(typo, fast), brute === undefined ? undefined : tokens.editDistance(typo, brute), typo);
  }
  assert.ok(compared > 250);
});
