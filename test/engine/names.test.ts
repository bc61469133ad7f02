import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { checkArticle, extract, loadRegister } from '../../server/out/engine/index.js';
import { strip } from '../helpers/markers';
import { fsHost, REPO, SHARED, tempTree } from '../helpers/repo';
import { NAME_CASES } from './names.cases';

const registerPath = path.join(REPO, 'test', 'fixtures', 'names', 'world.yaml');
const register = loadRegister(registerPath, fsHost(path.dirname(registerPath)));

const article = (lang: string, body: string) => `---\nlang: ${lang}\n---\n\n${body}\n`;
const variants = (text: string, reg = register) => checkArticle(text, reg).findings.filter(f => f.code === 'name-variant');

describe('name-variant', () => {
  test('the names register itself is clean', () => {
    assert.deepEqual(register.findings.get(registerPath), []);
  });

  for (const c of NAME_CASES) {
    test(`${c.lang}: ${c.why}`, () => {
      const { text, expected } = strip(article(c.lang, c.text));
      const found = variants(text);
      assert.deepEqual(
        found.map(f => ({ text: text.slice(f.start, f.end), start: f.start, end: f.end })),
        expected.map(e => ({ text: e.text, start: e.start, end: e.end })),
        found.map(f => `  ${f.message}`).join('\n'),
      );
      for (const f of found) {
        assert.equal(f.severity, 'warning');
        assert.deepEqual({ start: f.fix?.start, end: f.fix?.end }, { start: f.start, end: f.end });
        if (c.fix) assert.equal(f.fix?.newText, c.fix);
      }
    });
  }

  test('message and fix name the registered spelling and the register entry', () => {
    const { text } = strip(article('en', 'Officials close to Tilerson said nothing.'));
    const [f] = variants(text);
    assert.equal(f.message, '"Tilerson" looks like a misspelling of Tillerson (person entity "tillerson"); the register lists: Rex Tillerson, Tillerson.');
    assert.equal(f.ref, 'tillerson');
    assert.deepEqual(f.fix, { title: 'Change to "Tillerson"', start: f.start, end: f.end, newText: 'Tillerson' });
  });

  test('Arabic message lists the Arabic names; the fix keeps the proclitic', () => {
    const text = article('ar', 'التقى لافروف وتيرلسون في فيينا.');
    const [f] = variants(text);
    assert.equal(text.slice(f.start, f.end), 'تيرلسون');
    assert.equal(f.message, '"تيرلسون" looks like a misspelling of تيلرسون (person entity "tillerson"); the register lists: ريكس تيلرسون, تيلرسون.');
    const fixed = text.slice(0, f.fix!.start) + f.fix!.newText + text.slice(f.fix!.end);
    assert.ok(fixed.includes('وتيلرسون في فيينا'));
  });

  test('ignore: [name-variant] in a claim block silences the passage it annotates', () => {
    const text = article('en', 'Aides to Tilerson declined to comment.\n\n```claim\nignore: [name-variant]\n```\n\nAides to Tilerson declined again.');
    const found = variants(text);
    assert.equal(found.length, 1);
    assert.ok(found[0].start > text.indexOf('declined again') - 20);
  });

  test('claimcheck-disable-next-line name-variant', () => {
    const text = article('ar', '<!-- claimcheck-disable-next-line name-variant -->\nالتقى لافروف وتيرلسون في فيينا.');
    assert.deepEqual(variants(text), []);
  });

  test('extract() reports exact names and variants with article offsets', () => {
    const text = article('en', 'Sergey Lavrov met Rex Tilerson in Vienna.');
    const names = extract(text, register).names.map(n => ({ text: text.slice(n.start, n.end), entity: n.entity, variant: n.variant, registered: n.registered }));
    assert.deepEqual(names, [
      { text: 'Sergey Lavrov', entity: 'lavrov', variant: false, registered: 'Sergey Lavrov' },
      { text: 'Tilerson', entity: 'tillerson', variant: true, registered: 'Tillerson' },
      { text: 'Vienna', entity: 'vienna', variant: false, registered: 'Vienna' },
    ]);
  });

  test('the seed articles: exactly the expected misspellings', () => {
    const seed = path.join(SHARED, 'fixtures', 'seed');
    const reg = loadRegister(path.join(seed, 'claims.yaml'), fsHost(seed));
    for (const [file, word] of [['huntsman-2plus2.ar.md', 'تيرلسون'], ['huntsman-2plus2.en.md', 'Tilerson']]) {
      const text = fs.readFileSync(path.join(seed, 'articles', file), 'utf8');
      assert.deepEqual(variants(text, reg).map(f => text.slice(f.start, f.end)), [word], file);
    }
  });

  test('a register of 10 000 entities does not slow the scan down much', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz', arabic = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    let seed = 7;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const word = (abc: string, n: number) => Array.from({ length: n }, () => abc[rnd(abc.length)]).join('');
    const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
    const lines = ['version: 1', 'entities:'];
    for (let i = 0; i < 10_000; i++) {
      const en = cap(word(letters, 5 + rnd(6))), ar = word(arabic, 4 + rnd(5));
      lines.push(`  e${i}: { type: ${i % 5 ? 'person' : 'place'}, names: { en: [${cap(word(letters, 4 + rnd(4)))} ${en}, ${en}], ar: [${word(arabic, 3 + rnd(4))} ${ar}, ${ar}] } }`);
    }
    const world = fs.readFileSync(registerPath, 'utf8').split('\n');
    lines.push(...world.slice(world.indexOf('entities:') + 1));
    const dir = tempTree({ 'big.yaml': lines.join('\n') });
    const big = loadRegister(path.join(dir, 'big.yaml'), fsHost(dir));
    const text = fs.readFileSync(path.join(SHARED, 'fixtures', 'seed', 'articles', 'huntsman-2plus2.ar.md'), 'utf8');
    const time = (reg: typeof register) => {
      checkArticle(text, reg);
      const runs: number[] = [];
      for (let i = 0; i < 7; i++) { const t0 = performance.now(); checkArticle(text, reg); runs.push(performance.now() - t0); }
      return runs.sort((a, b) => a - b)[3];
    };
    const small = time(register), large = time(big);
    assert.ok(large < small * 5 + 10, `10 000 entities: ${large.toFixed(2)} ms per article, world register: ${small.toFixed(2)} ms`);
    assert.deepEqual(variants(text, big).map(f => text.slice(f.start, f.end)), ['تيرلسون']);
  });
});
