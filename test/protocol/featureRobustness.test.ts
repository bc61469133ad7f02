/** Every editor feature on malformed articles and registers: answers (possibly empty), never an internal error. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { withServer } from './session';
import { positionAt, REGISTER } from './workspace';

const ARTICLES: Record<string, string> = {
  'empty.md': '',
  'unclosed-front-matter.md': '---\nlang: [en\npublished: 2018-13-45\n',
  'bad-claim-yaml.md': 'Held in Washington in 2012.\n\n```claim\nref: [last-2plus2-meeting\ndate: : :\n```\n',
  'unclosed-fence.md': 'In 2013.\n\n```claim\nref: last-2plus2-meeting\n',
  'comment-claim.md': 'Held in 2011.\n<!-- claim ref: last-2plus2-meeting\n',
  'odd-refs.md': 'In 2013.\n\n```claim\n- ref: {a: 1}\n  date: 2013-02-30\n  ignore: 5\n- 42\n- ref: [null, ~, "", 7]\n- {date: 2013}\n```\n',
  'crlf-and-surrogates.md': '---\r\nlang: ar\r\n---\r\n😀 عقد في واشنطن عام ٢٠١٢ 😀\r\n\r\n```claim\r\nspeaker: "huntsman"\r\n```\r\n',
  'empty-block.md': 'Lavrov spoke.\n\n```claim\n```\n\n<!-- claim -->\n',
};

/** Positions worth asking about: each line's start, middle and end. */
function positions(text: string): Array<{ line: number; character: number }> {
  const out: Array<{ line: number; character: number }> = [];
  let start = 0;
  for (const line of text.split(/(?<=\n)/)) {
    const len = line.replace(/\r?\n$/, '').length;
    for (const k of new Set([0, len >> 1, len])) out.push(positionAt(text, start + k));
    start += line.length;
  }
  return out.length ? out : [{ line: 0, character: 0 }];
}

test('hover, definition, references, completion, rename, code actions, lenses and symbols answer on malformed input', () => withServer(async (client, ws) => {
  const files = { ...ARTICLES, [REGISTER]: ws.read(REGISTER).replace('claims:\n', 'claims:\n  broken: [\n  "quoted-id":\n    status: confirmed\n') };
  let version = 0;
  for (const [name, text] of Object.entries(files)) {
    const rel = name === REGISTER ? REGISTER : `articles/${name}`;
    const uri = ws.uri(rel);
    ws.write(rel, text);
    client.open(uri, text, rel.endsWith('.md') ? 'markdown' : 'yaml', ++version);
    const textDocument = { uri };
    for (const request of ['textDocument/documentSymbol', 'textDocument/codeLens', 'textDocument/diagnostic']) {
      await client.request(request, { textDocument });
    }
    for (const position of positions(text)) {
      for (const request of ['textDocument/hover', 'textDocument/definition', 'textDocument/completion']) {
        await client.request(request, { textDocument, position });
      }
      await client.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
      await client.request('textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } });
      for (const request of ['textDocument/prepareRename', 'textDocument/rename']) {
        await client.request(request, { textDocument, position, newName: 'new-id' }).catch((e: { code?: number; message: string }) => {
          assert.equal(e.code, -32803, `${name} ${request} at ${JSON.stringify(position)}: only "cannot rename here" (${e.message})`);
        });
      }
    }
  }
  await client.request('workspace/diagnostic', { previousResultIds: [] });
}));
