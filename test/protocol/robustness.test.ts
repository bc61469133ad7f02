/** Bad input never takes the server down: every document still gets diagnostics with ranges inside it. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Range } from 'vscode-languageserver';
import { withServer } from './session';
import { EN, positionAt, REGISTER } from './workspace';

const inside = (text: string, r: Range) => {
  const end = positionAt(text, text.length);
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(r.start, r.end) && before(r.end, end) && r.start.line >= 0 && r.start.character >= 0;
};

const BAD_ARTICLES: Record<string, string> = {
  'empty.md': '',
  'unclosed-front-matter.md': '---\nlang: [en\npublished: 2018-13-45\n',
  'front-matter-list.md': '---\n- a\n- b\n---\nText in 2013.\n',
  'bad-claim-yaml.md': 'The last 2+2 meeting was held in Washington in 2012.\n\n```claim\nref: [last-2plus2-meeting\ndate: : :\n```\n',
  'unclosed-fence.md': 'In 2013.\n\n```claim\nref: last-2plus2-meeting\n',
  'comment-claim.md': 'Held in 2011.\n<!-- claim ref: last-2plus2-meeting\n',
  'odd-refs.md': 'In 2013.\n\n```claim\n- ref: {a: 1}\n  date: 2013-02-30\n  ignore: 5\n- 42\n- ref: [null, ~, "", 7]\n```\n',
  'crlf-and-surrogates.md': '---\r\nlang: ar\r\n---\r\n😀 عقد في عام ٢٠١٢ 😀\r\n\r\n```claim\r\nref: last-2plus2-meeting\r\n```\r\n',
  'binary.md': '\u0000\u0001\uFFFF\uD800 ``` claim \n\u0000',
  'suppressions.md': '<!-- claimcheck-disable -->\n<!-- claimcheck-enable -->\n<!-- claimcheck-disable-next-line -->\n',
};

test('malformed articles get diagnostics inside the text and the server keeps answering', () => withServer(async (client, ws) => {
  let version = 0;
  for (const [name, text] of Object.entries(BAD_ARTICLES)) {
    const uri = ws.uri(`articles/${name}`);
    const published = client.diagnostics(uri);
    client.open(uri, text, 'markdown', ++version);
    const p = await published;
    for (const d of p.diagnostics) {
      assert.ok(inside(text, d.range), `${name}: ${JSON.stringify(d.range)} lies inside the text`);
      assert.notEqual(d.code, 'internal-error', `${name}: ${d.message}`);
    }
  }
  const english = client.diagnostics(ws.uri(EN));
  client.open(ws.uri(EN), ws.read(EN));
  await english;
}));

test('a register that is not a mapping is reported in the register, and articles are still checked', () => withServer(async (client, ws) => {
  const uri = ws.uri(EN);
  const register = client.diagnostics(ws.uri(REGISTER), p => p.diagnostics.length > 0);
  const article = client.diagnostics(uri);
  client.open(uri, ws.read(EN));
  const r = await register;
  assert.ok(r.diagnostics.every(d => d.code !== 'internal-error'));
  assert.ok((await article).diagnostics.every(d => d.code !== 'internal-error'));
}, { prepare: ws => ws.write(REGISTER, '- just\n- a list\n- "unclosed\n') }));
