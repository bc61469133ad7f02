/**
 * Safe fixes: applying the engine's fixes (what `--fix` does: server/src/cli/fix.ts) never drops or
 * reorders text outside the fixed ranges. Random articles cite the example register with injected
 * wrong dates, places, speakers and mistyped ids (and hostile Unicode around them); after one pass
 * of fixes, the text outside every candidate edit range must be there byte for byte and in order,
 * and each edited stretch must be what some choice of the non-overlapping edits in it gives. The
 * fixed-point loop (`fixText`) must end, and leave the same outside text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkArticle, loadRegister } from '../../server/out/engine/index.js';
import { applyEdits, Edit, fixText, safeEdits } from '../../server/out/cli/fix.js';
import { fsHost } from '../helpers/repo';
import { EXAMPLES, REGISTER_FILE, show, UNICODE_HOSTILE } from './hostile';

const register = loadRegister(REGISTER_FILE, fsHost(EXAMPLES));
const CASES = Math.max(50, Math.round((Number(process.env.CLAIMCHECK_FUZZ_CASES) || 2000) / 5));
const SEED = Number(process.env.CLAIMCHECK_FUZZ_SEED) || 20181117;

// Passages whose claim is in the register, with a slot for a wrong value.
const PASSAGES: Array<[string, string, string[]]> = [
  ['The last 2+2 meeting was held in Washington in {}.', 'ref: last-2plus2-meeting', ['2012', 'August 2012', '9 August 2011', '2014', '2013']],
  ['The last 2+2 meeting was held in {} in 2013.', 'ref: last-2plus2-meeting', ['Vienna', 'Moscow', 'Washington']],
  ['وعقد آخر لقاء بصيغة 2+2 في واشنطن في عام {}.', 'ref: last-2plus2-meeting', ['2012', '٢٠١٢', '2013', '١٩٩٩']],
  ['Held in Washington in {}.', 'ref: last-2plus2-meetin', ['2013', '2012']],
  ['Held in Washington in 2013.', 'ref: {}', ['last-2plus2-meetng', 'last-2plus-meeting', 'last-2plus2-meeting', 'lst-2plus2-meeting']],
  ['Held in Washington.', 'ref: last-2plus2-meeting\ndate: {}', ['2012', '2013-08-09', '2011-01']],
  ['Held in Washington in 2013.', 'ref: last-2plus2-meeting\nplace: {}', ['vienna', 'washington', 'moscow', 'viena']],
  ['"We are trying to intensify the bilateral dialogue," {} said.', 'ref: huntsman-gaidar-dialogue', ['Lavrov', 'Huntsman', 'Tillerson']],
];

const filler = fc.constantFrom('', ' ', '\n', 'Text. ', 'نص. ', '**bold** ', '`code` ', ...UNICODE_HOSTILE);

const article = fc.tuple(
  fc.constantFrom('', '---\nlang: en\npublished: 2018-01-17\n---\n\n', '---\r\nlang: ar\r\n---\r\n', '\uFEFF'),
  fc.array(fc.tuple(fc.integer({ min: 0, max: PASSAGES.length - 1 }), fc.nat(), filler, filler, fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 6 }),
).map(([fm, parts]) => fm + parts.map(([p, w, before, after, comment, crlf]) => {
  const [prose, block, wrong] = PASSAGES[p];
  const value = wrong[w % wrong.length];
  const text = before + prose.replace('{}', value) + after + '\n\n' + (comment ? `<!-- claim ${block.replace('{}', value)} -->` : '```claim\n' + block.replace('{}', value) + '\n```') + '\n\n';
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}).join(''));

/** Every way of applying a set of non-overlapping edits chosen among `edits` to text[from, to) (edits relative to the text). */
function outcomes(text: string, from: number, to: number, edits: Edit[]): Set<string> {
  const out = new Set<string>();
  const go = (i: number, pos: number, acc: string) => {
    if (i === edits.length) { out.add(acc + text.slice(pos, to)); return; }
    const e = edits[i];
    go(i + 1, pos, acc); // skip it
    if (e.start >= pos) go(i + 1, e.end, acc + text.slice(pos, e.start) + e.newText); // apply it
  };
  go(0, from, '');
  return out;
}

/** Whether `fixed` is `text` with only the candidate edit ranges changed, each as some choice of its edits. */
function onlyEditsChanged(text: string, edits: Edit[], fixed: string): string | undefined {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  // Merge overlapping (and touching-at-a-point insertion) ranges into stretches.
  const stretches: Array<{ from: number; to: number; edits: Edit[] }> = [];
  for (const e of sorted) {
    const last = stretches[stretches.length - 1];
    if (last && e.start <= last.to) { last.to = Math.max(last.to, e.end); last.edits.push(e); } else stretches.push({ from: e.start, to: e.end, edits: [e] });
  }
  if (stretches.some(s => s.edits.length > 10)) return undefined; // too many to enumerate (not generated here)
  const outside = [text.slice(0, stretches[0]?.from ?? text.length)];
  stretches.forEach((s, i) => outside.push(text.slice(s.to, stretches[i + 1]?.from ?? text.length)));
  const options = stretches.map(s => outcomes(text, s.from, s.to, s.edits));
  // fixed = outside[0] y1 outside[1] y2 … with each yi one of options[i-1].
  const match = (i: number, pos: number): boolean => {
    if (!fixed.startsWith(outside[i], pos)) return false;
    pos += outside[i].length;
    if (i === stretches.length) return pos === fixed.length;
    for (const y of options[i]) if (fixed.startsWith(y, pos) && match(i + 1, pos + y.length)) return true;
    return false;
  };
  return match(0, 0) ? undefined : 'the text outside the edits changed, moved or went missing';
}

test(`applying the fixes keeps every character outside the fixed ranges, in order (${CASES} articles)`, () => {
  let withEdits = 0;
  fc.assert(fc.property(article, text => {
    const findings = checkArticle(text, register).findings;
    const edits = safeEdits(text, findings);
    for (const e of edits) assert.ok(0 <= e.start && e.start <= e.end && e.end <= text.length, `edit ${e.start}-${e.end} outside ${show(text)}`);
    const { text: fixed } = applyEdits(text, edits);
    if (edits.length) withEdits++;
    const problem = onlyEditsChanged(text, edits, fixed);
    assert.equal(problem, undefined, `${problem}\nbefore: ${show(text)}\nafter:  ${show(fixed)}\nedits: ${JSON.stringify(edits)}`);
    // The fixed-point loop ends, and a second run changes nothing.
    const once = fixText(text, t => checkArticle(t, register).findings);
    const twice = fixText(once.text, t => checkArticle(t, register).findings);
    assert.equal(twice.text, once.text, `a second --fix changed ${show(once.text)}`);
  }), { numRuns: CASES, seed: SEED });
  assert.ok(withEdits > CASES / 4, `only ${withEdits} of ${CASES} articles had fixes: the generator no longer injects errors the engine fixes`);
});
