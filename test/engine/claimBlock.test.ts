import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as path from 'node:path';
import { REPO } from '../helpers/repo';
import { frontMatterRegister, parseFrontMatter } from '../../server/out/engine/index.js';

// The fast reader for simple blocks must give exactly what the YAML reader gives, or nothing.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cb = require(path.join(REPO, 'server/out/engine/markdown/claimBlock.js')) as {
  readSimple(b: unknown): unknown; readYaml(b: unknown): unknown;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseArticle } = require(path.join(REPO, 'server/out/engine/index.js')) as { parseArticle(t: string): { claimBlocks: unknown[] } };

/** The claim block of a real article (fenced or in a comment) holding `yaml`. */
const block = (yaml: string, form = 'fence') => {
  const text = form === 'fence' ? `Britain voted in 2016.\n\n\`\`\`claim\n${yaml}\`\`\`\n` : `Britain voted in 2016.\n\n<!-- claim\n${yaml}-->\n`;
  return parseArticle(text).claimBlocks[0];
};

const VALUES = ['last-2plus2-meeting', 'a', 'x1', '2016', 'ussr-dissolution', 'A.B', 'null', 'true', 'No', '007', '1e3', '0x1F', '1.5', '~', 'on', 'a_b'];
const DATES = ['2013', '2013-08', '2013-08-09', '2017-08-31/2017-09-02', '2013-13', '2013-02-30', 'soon'];

function* blocks(): Generator<string> {
  for (const v of VALUES) {
    yield `ref: ${v}\n`;
    yield `ref: [${v}, ussr-dissolution]\n`;
    yield `ref: [ ${v} ,b ]\n`;
    yield `ref:  ${v}  \n`;
    yield `ref: ${v}\r\n`;
    yield `place: ${v}\nspeaker: ${v}\n`;
  }
  for (const d of DATES) {
    yield `ref: last-2plus2-meeting\ndate: ${d}\nplace: washington\n`;
    yield `date: ${d}\n`;
  }
  yield 'ref: a\nignore: [date-mismatch, claim-status]\n';
  yield 'ref: a\nignore: [no-such-code]\n';
  yield 'ref: a\nref: b\n';
  yield '\nref: a\n\n';
  yield 'ref: []\n';
  yield 'ref: [a,]\n';
  yield 'quote: hello\n';
  yield 'ref: a # comment\n';
  yield 'when: 2016\n';
}

describe('claim blocks: the fast reader agrees with the YAML reader', () => {
  let fast = 0;
  for (const yaml of blocks()) {
    test(JSON.stringify(yaml), () => {
      for (const form of ['fence', 'comment']) {
        const simple = cb.readSimple(block(yaml, form));
        if (simple === undefined) continue; // left to the YAML reader
        fast++;
        assert.deepEqual(simple, cb.readYaml(block(yaml, form)), form);
      }
    });
  }
  test('the fast reader takes the common blocks', () => assert.ok(fast >= 60, `only ${fast} blocks were read fast`));
});

describe('front matter register: without reading YAML that cannot name one', () => {
  const rows: Array<[string, string | undefined]> = [
    ['---\nregister: ../alt/claims.yaml\n---\nText.', '../alt/claims.yaml'],
    ['\uFEFF---\nlang: ar\nregister: "r.yaml"\n---\nنص.', 'r.yaml'],
    ['---\n"register": quoted.yaml\n---\n', 'quoted.yaml'],
    ['---\n"\\x72egister": escaped.yaml\n---\n', 'escaped.yaml'],
    ['---\n? register\n: complex.yaml\n---\n', 'complex.yaml'],
    ['---\nlang: en\npublished: 2018-01-17\n---\nregister: not front matter\n', undefined],
    ['---\nlang: en\n', undefined],
    ['No front matter.\nregister: x\n', undefined],
    ['---\nregisters: [a]\n---\n', undefined],
  ];
  for (const [text, want] of rows) {
    test(JSON.stringify(text.slice(0, 40)), () => {
      assert.equal(frontMatterRegister(text), want);
      assert.equal(frontMatterRegister(text), parseFrontMatter(text).fm?.register, 'as the full front matter reader');
    });
  }
});
