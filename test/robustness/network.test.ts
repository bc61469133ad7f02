/**
 * Trust: Claimcheck never opens a network connection and sends no telemetry. The CLI (every
 * command) and the language server (a whole editing session) run on the examples under
 * `node --require test/robustness/no-network.cjs`, which turns every socket, DNS lookup, HTTP(S),
 * TLS, HTTP/2, UDP, fetch and WebSocket call into a recorded error: the record must stay empty. A
 * control program that does try each of them must be caught every time, so the preload is known to
 * work. And the sources import no networking module at all.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { LspClient, uriOf } from '../protocol/lspClient';
import { REPO } from '../helpers/repo';

const PRELOAD = path.join(REPO, 'test', 'robustness', 'no-network.cjs');
const EXAMPLES = path.join(REPO, 'examples');

function logFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-net-')), 'attempts.jsonl');
}
const attempts = (log: string): Array<{ api: string; detail: string }> =>
  fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l)) : [];

function node(args: string[], log: string, cwd = REPO) {
  return spawnSync(process.execPath, ['--require', PRELOAD, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CLAIMCHECK_NET_LOG: log }, timeout: 60_000 });
}

describe('no network', () => {
  test('control: the preload catches every kind of connection attempt', () => {
    const log = logFile();
    const program = `
      const tries = {
        'net.Socket.connect': () => new (require('net').Socket)().connect(9, '127.0.0.1'),
        'net.connect': () => require('net').connect(9, '127.0.0.1'),
        'net.createConnection': () => require('net').createConnection({ host: '127.0.0.1', port: 9 }),
        'tls.connect': () => require('tls').connect(9, '127.0.0.1'),
        'dns.lookup': () => require('dns').lookup('localhost', () => {}),
        'dns.promises.lookup': () => require('dns').promises.lookup('localhost'),
        'dns.resolve4': () => require('dns').resolve4('localhost', () => {}),
        'http.request': () => require('http').request('http://127.0.0.1:9/'),
        'http.get': () => require('http').get('http://127.0.0.1:9/'),
        'https.request': () => require('https').request('https://127.0.0.1:9/'),
        'http2.connect': () => require('http2').connect('http://127.0.0.1:9'),
        'dgram.send': () => require('dgram').createSocket('udp4').send('x', 9, '127.0.0.1'),
        'fetch': () => fetch('http://127.0.0.1:9/'),
        'WebSocket': () => new WebSocket('ws://127.0.0.1:9/'),
      };
      const caught = [];
      for (const [name, f] of Object.entries(tries)) {
        try { f(); } catch (e) { if (e.code === 'ENETDENIED') caught.push(name); }
      }
      console.log(JSON.stringify(caught));`;
    const r = node(['-e', program], log);
    assert.equal(r.status, 0, r.stderr);
    const caught = JSON.parse(r.stdout) as string[];
    assert.deepEqual(caught.sort(), ['WebSocket', 'dgram.send', 'dns.lookup', 'dns.promises.lookup', 'dns.resolve4', 'fetch', 'http.get', 'http.request', 'http2.connect',
      'https.request', 'net.Socket.connect', 'net.connect', 'net.createConnection', 'tls.connect'].sort());
    assert.equal(attempts(log).length, caught.length, 'each attempt is recorded');
  });

  test('the CLI, every command, on the examples: no attempt', () => {
    const log = logFile();
    const bin = path.join(REPO, 'bin', 'claimcheck.js');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-net-out-'));
    const runs: Array<[string[], number]> = [
      [['examples', '--format', 'json'], 1], [['examples', '--format', 'sarif'], 1], [['examples', '--format', 'github'], 1],
      [['examples', '--format', 'junit'], 1], [['examples', '--fix-dry-run'], 1], [['examples', '--cache=' + path.join(out, 'cache.json')], 1],
      [['report', 'examples', '--format', 'html'], 0], [['export', '--claimreview', 'examples'], 0], [['strip', 'examples', '--out', out], 0],
      [['--version'], 0],
    ];
    for (const [args, status] of runs) {
      const r = node([bin, ...args], log);
      assert.equal(r.status, status, `claimcheck ${args.join(' ')}: ${r.stderr}`);
    }
    assert.deepEqual(attempts(log), []);
  });

  test('the language server, a whole session on the examples: no attempt', async () => {
    const log = logFile();
    const saved = { options: process.env.NODE_OPTIONS, log: process.env.CLAIMCHECK_NET_LOG };
    process.env.NODE_OPTIONS = `${saved.options ?? ''} --require ${JSON.stringify(PRELOAD)}`.trim();
    process.env.CLAIMCHECK_NET_LOG = log;
    let client: LspClient | undefined;
    try {
      client = await LspClient.start({ folder: EXAMPLES, diagnosticRefresh: true });
    } finally {
      // Only the server spawned above runs with the preload.
      if (saved.options === undefined) delete process.env.NODE_OPTIONS; else process.env.NODE_OPTIONS = saved.options;
      if (saved.log === undefined) delete process.env.CLAIMCHECK_NET_LOG; else process.env.CLAIMCHECK_NET_LOG = saved.log;
    }
    try {
      const files = ['articles/en/huntsman-2plus2.md', 'articles/ar/huntsman-2plus2.md', 'articles/en/relations-draft.md', 'articles/ar/crimea-draft.md', 'claims.yaml'];
      for (const rel of files) {
        const uri = uriOf(path.join(EXAMPLES, rel));
        const text = fs.readFileSync(path.join(EXAMPLES, rel), 'utf8');
        const published = client.diagnostics(uri);
        client.open(uri, text, rel.endsWith('.yaml') ? 'yaml' : 'markdown');
        await published;
        const position = { line: 10, character: 4 };
        const range = { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } };
        for (const [method, params] of [
          ['textDocument/hover', { textDocument: { uri }, position }], ['textDocument/definition', { textDocument: { uri }, position }],
          ['textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }],
          ['textDocument/completion', { textDocument: { uri }, position }], ['textDocument/codeLens', { textDocument: { uri } }],
          ['textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }], ['textDocument/documentSymbol', { textDocument: { uri } }],
          ['textDocument/diagnostic', { textDocument: { uri } }], ['workspace/diagnostic', { previousResultIds: [] }], ['claimcheck/claims', {}],
        ] as const) await client.request(method, params).catch(() => undefined);
        const changed = client.diagnostics(uri);
        client.change(uri, 2, { text: text + '\nIn 2012.\n' });
        await changed;
        client.close(uri);
      }
      client.filesChanged({ uri: uriOf(path.join(EXAMPLES, 'claims.yaml')), type: 2 });
      await client.request('claimcheck/claims', {}).catch(() => undefined);
      const pid = client.pid;
      assert.ok(fs.readFileSync(`/proc/${pid}/environ`, 'utf8').includes('no-network.cjs'), 'the server ran with the preload');
    } finally {
      await client.stop();
    }
    assert.deepEqual(attempts(log), []);
  });

  test('no source file imports a networking module or sends telemetry', () => {
    const NETWORK = /(?:from\s+|require\(\s*)['"](?:node:)?(?:net|tls|dns|dgram|http|https|http2|undici|ws|axios|node-fetch|@vscode\/extension-telemetry|applicationinsights)['"]|(?<![.\w])(?<!async\s)(?<!function\s)fetch\s*\((?!\))|\bXMLHttpRequest\b|\bWebSocket\b|TelemetryReporter|\btelemetry\./;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(ts|mjs|cjs|js)$/.test(e.name) && !e.name.endsWith('.d.ts')) {
          const code = fs.readFileSync(p, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
          if (NETWORK.test(code)) offenders.push(path.relative(REPO, p));
        }
      }
    };
    for (const dir of ['server/src', 'client/src', 'bin']) walk(path.join(REPO, dir));
    assert.deepEqual(offenders, []);
  });
});
