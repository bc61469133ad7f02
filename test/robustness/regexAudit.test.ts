/**
 * The regular-expression audit (scripts/regex-audit.mjs, REGEX-AUDIT.md) stays true: every
 * `new RegExp` call site of the engine is reached, scslre finds no exponential backtracking, and
 * every regex it flags for polynomial backtracking is one the audit reviewed and explained. A new
 * flagged regex fails here until it is fixed or added to REGEX-AUDIT.md and REVIEWED below.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO } from '../helpers/repo';

/** Flagged by scslre, safe for the reason REGEX-AUDIT.md gives: file, and how the source starts. */
const REVIEWED: Array<[string, string]> = [
  ['server/src/engine/dates/patterns.ts', ''], // run on whitespace-squeezed text; every other repetition bounded
  ['server/src/engine/dates/relative.ts', '^\\s*[,،]?\\s*'], // dateFollows: a 30-character slice
  ['server/src/engine/dates/words.ts', '^dhu'], // one month token
  ['server/src/engine/markdown/claimBlock.ts', '^([a-z]+):[ \\t]+(.*?)[ \\t]*$'], // blocks of at most 2 000 characters
];

interface Row { regex: string; sites: string[]; backtracking: Array<{ type: string; exponential: boolean }>; error?: string }

test('the regex audit: all call sites reached, nothing exponential, every flagged regex reviewed', () => {
  const r = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'regex-audit.mjs'), '--json'], { cwd: REPO, encoding: 'utf8', maxBuffer: 32 * 2 ** 20 });
  assert.equal(r.status, 0, r.stderr);
  const { regexes, unseen } = JSON.parse(r.stdout) as { regexes: Row[]; unseen: string[] };
  assert.deepEqual(unseen, []);
  assert.ok(regexes.length > 150, `${regexes.length} regexes found`);
  assert.deepEqual(regexes.filter(x => x.error).map(x => `${x.sites[0]} ${x.error}`), []);
  assert.deepEqual(regexes.filter(x => x.backtracking.some(b => b.exponential)).map(x => x.sites.join(', ')), []);
  const unreviewed = regexes.filter(x => x.backtracking.length).filter(x => !x.sites.every(site => REVIEWED.some(([file, start]) => site.startsWith(`${file}:`) && x.regex.startsWith(`/${start}`))));
  assert.deepEqual(unreviewed.map(x => `${x.sites.join(', ')} ${x.regex}`), []);
});
