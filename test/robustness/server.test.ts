/**
 * The language server under abuse, spawned over stdio (test/protocol/lspClient.ts): malformed
 * JSON-RPC (garbage bytes, bad Content-Length, invalid JSON, JSON that is not a message, unknown
 * methods), requests about documents never opened, a burst of 1 000 edits, and cancelled slow
 * requests. After each, the server must still be running and answer a later request; after the
 * burst its memory (VmRSS of the process, from /proc) must come back near where it was.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, test } from 'node:test';
import type { Hover } from 'vscode-languageserver';
import type { LspClient } from '../protocol/lspClient';
import { withServer } from '../protocol/session';
import { EN, positionIn, type Workspace } from '../protocol/workspace';

/** Resident memory of a process in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for ${pid}`);
  return Number(m[1]) / 1024;
}

/** A hover on the English seed article, which the server must answer. */
async function stillAnswers(client: LspClient, ws: Workspace): Promise<void> {
  const text = ws.read(EN);
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: ws.uri(EN) }, position: positionIn(text, 'ref: last-2plus2-meeting', 'last-2plus2-meeting', 3) });
  assert.ok(hover && JSON.stringify(hover.contents).includes('2+2'), `a hover on the claim id: ${JSON.stringify(hover)}`);
  assert.ok(client.running, 'the server is still running');
}

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe('the language server under abuse', () => {
  test('malformed JSON-RPC and unknown methods: the server keeps answering', () => withServer(async (client, ws) => {
    const opened = client.diagnostics(ws.uri(EN));
    client.open(ws.uri(EN), ws.read(EN));
    await opened;
    const abuse: Array<[string, string | Buffer]> = [
      ['garbage bytes', Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x0d, 0x0a, 0x0d, 0x0a])],
      ['a header without Content-Length', 'Content-Type: application/json\r\n\r\n'],
      ['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n'],
      ['invalid JSON', frame('{"jsonrpc": "2.0", "id": 99, "method": ')],
      ['JSON that is not an object', frame('[1, 2, 3]')],
      ['a string', frame('"just text"')],
      ['a message with no method and no id', frame('{"jsonrpc": "2.0"}')],
      ['a notification with wrong params', frame('{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": 42}')],
      ['a didOpen without a document', frame('{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {}}')],
      ['a request with wrong params', frame('{"jsonrpc": "2.0", "id": 98, "method": "textDocument/hover", "params": "nonsense"}')],
      ['a UTF-8 BOM and NULs in a body', frame('\uFEFF{"jsonrpc": "2.0", "method": "x\u0000y"}')],
    ];
    for (const [what, bytes] of abuse) {
      await client.writeRaw(bytes);
      // vscode-jsonrpc drops a malformed header and goes on at the next chunk of input: what came in the
      // same chunk waits for more. An editor always sends more; so does this test, a moment later.
      const nudge = setTimeout(() => client.notify('claimcheck/nudge', {}), 300);
      await stillAnswers(client, ws).catch(e => { throw new Error(`after ${what}: ${(e as Error).message}`); }).finally(() => clearTimeout(nudge));
    }
    await assert.rejects(client.request('claimcheck/noSuchMethod', {}), (e: { code?: number }) => e.code === -32601, 'an unknown request is answered with MethodNotFound');
    client.notify('claimcheck/noSuchNotification', { x: 1 });
    await stillAnswers(client, ws);
  }));

  test('requests about a document never opened are answered, not crashed on', () => withServer(async (client, ws) => {
    const textDocument = { uri: ws.uri('articles/never-opened.md') };
    const ghost = { uri: 'file:///no/such/folder/ghost.md' };
    const odd = { uri: 'untitled:Untitled-1' };
    const position = { line: 3, character: 5 };
    const range = { start: position, end: { line: 4, character: 0 } };
    for (const doc of [textDocument, ghost, odd]) {
      for (const [method, params] of [
        ['textDocument/hover', { textDocument: doc, position }],
        ['textDocument/definition', { textDocument: doc, position }],
        ['textDocument/references', { textDocument: doc, position, context: { includeDeclaration: true } }],
        ['textDocument/codeAction', { textDocument: doc, range, context: { diagnostics: [{ range, message: 'x', code: 'unknown-ref', source: 'claimcheck' }] } }],
        ['textDocument/completion', { textDocument: doc, position }],
        ['textDocument/codeLens', { textDocument: doc }],
        ['textDocument/documentSymbol', { textDocument: doc }],
        ['textDocument/prepareRename', { textDocument: doc, position }],
        ['textDocument/rename', { textDocument: doc, position, newName: 'x' }],
        ['textDocument/diagnostic', { textDocument: doc }],
      ] as const) {
        await client.request(method, params).catch((e: { code?: number; message?: string }) => {
          // An error response is an answer too, as long as it is not an internal crash.
          assert.notEqual(e.code, -32603, `${method} on ${doc.uri}: internal error ${e.message}`);
        });
      }
    }
    client.close(textDocument.uri); // closing what was never opened
    client.change(ghost.uri, 2, { text: 'x' }); // changing it
    const opened = client.diagnostics(ws.uri(EN));
    client.open(ws.uri(EN), ws.read(EN));
    await opened;
    await stillAnswers(client, ws);
  }));

  test('a burst of 1 000 edits: the last version is checked, and memory comes back near its baseline', t => withServer(async (client, ws) => {
    const uri = ws.uri(EN);
    const text = ws.read(EN);
    const settle = async (version: number) => {
      const p = client.diagnostics(uri, d => d.version === version);
      return p;
    };
    // Warm up: a few edit rounds, so lazily built state exists before the baseline.
    let version = 1;
    const first = settle(version);
    client.open(uri, text, 'markdown', version);
    await first;
    for (let i = 0; i < 20; i++) { const p = settle(++version); client.change(uri, version, { text: text + `\nEdit ${i}.\n` }); await p; }
    await stillAnswers(client, ws);
    const baseline = rssMb(client.pid);
    const lastVersion = version + 1000;
    const last = settle(lastVersion);
    for (let i = 0; i < 1000; i++) {
      version++;
      // Whole-text and incremental changes, with dates that change the findings.
      if (i % 2) client.change(uri, version, { text: text.replace('2013', String(2000 + (i % 30))) + `\nEdit ${i} in ${1990 + (i % 40)}.\n` });
      else client.change(uri, version, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' });
    }
    const published = await last;
    assert.equal(published.version, lastVersion, 'diagnostics of the last version');
    await stillAnswers(client, ws);
    const peak = rssMb(client.pid);
    client.close(uri);
    // Idle a little, so the collector runs; then a request, so the server is known to be awake.
    await new Promise(r => setTimeout(r, 1500));
    const reopened = settle(1);
    client.open(uri, text, 'markdown', 1);
    await reopened;
    const after = rssMb(client.pid);
    t.diagnostic(`server RSS: ${baseline.toFixed(0)} MB before the burst, ${peak.toFixed(0)} MB after 1 000 edits, ${after.toFixed(0)} MB after closing`);
    assert.ok(after <= baseline * 1.5 + 20, `RSS ${baseline.toFixed(0)} MB before the burst, ${peak.toFixed(0)} MB after it, ${after.toFixed(0)} MB after closing`);
  }));

  test('cancelled slow requests: the server answers the next request, and every cancelled one is settled', () => withServer(async (client, ws) => {
    // A large article makes pulls, symbols and lenses slow enough to be cancelled while queued.
    const big = ws.read(EN).repeat(60);
    const uri = ws.uri('articles/big.md');
    const opened = client.diagnostics(uri);
    client.open(uri, big);
    await opened;
    const slow = [] as Array<{ result: Promise<unknown>; cancel(): void }>;
    for (let i = 0; i < 30; i++) {
      const method = ['textDocument/diagnostic', 'textDocument/documentSymbol', 'textDocument/codeLens'][i % 3];
      slow.push(client.cancellable(method, { textDocument: { uri } }));
      if (i % 3 === 0) client.change(uri, i + 2, { text: big + `\nIn ${2000 + i}.\n` });
    }
    for (const s of slow) s.cancel();
    const t = Date.now();
    await stillAnswers(client, ws).catch(async () => {
      const opened2 = client.diagnostics(ws.uri(EN));
      client.open(ws.uri(EN), ws.read(EN));
      await opened2;
      await stillAnswers(client, ws);
    });
    const settled = await Promise.allSettled(slow.map(s => s.result));
    for (const s of settled) {
      if (s.status === 'rejected') assert.equal((s.reason as { code?: number }).code, -32800, `a cancelled request fails only as cancelled: ${String(s.reason)}`);
    }
    assert.ok(Date.now() - t < 30_000);
  }));
});
