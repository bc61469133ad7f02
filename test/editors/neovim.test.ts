/**
 * Claimcheck in another LSP client: Neovim's built-in client (Debian 12 ships 0.7.2, which has
 * `vim.lsp.start_client`) starts claimcheck-language-server over stdio on a copy of examples/,
 * opens the English draft and reports the diagnostics it received (test/editors/neovim-diagnostics.lua).
 * Once with the client started by the test script, once with docs/editors/neovim-0.7.lua — the
 * configuration the README gives — as the init file.
 *
 * Neovim is required, not optional: without it these tests fail and say how to install it
 * (`apt-get install neovim`, which `scripts/editor-test.sh install-system` does for CI).
 * CLAIMCHECK_NVIM names another binary.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO } from '../helpers/repo';
import { editorScratch, SERVER } from './scratch';

const NVIM = process.env.CLAIMCHECK_NVIM ?? 'nvim';
const SCRIPT = path.join(REPO, 'test', 'editors', 'neovim-diagnostics.lua');
const DOCS_CONFIG = path.join(REPO, 'docs', 'editors', 'neovim-0.7.lua');
const ARTICLE = 'articles/en/relations-draft.md';

interface NvimDiagnostic {
  lnum: number; col: number; end_lnum: number; end_col: number;
  severity: number; source?: string; code?: string; message: string;
}
interface Report { client: string; root: string; diagnostics: NvimDiagnostic[] }

/** Fails the test, saying how to install Neovim, when there is no usable nvim. */
function requireNvim(): void {
  const r = spawnSync(NVIM, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  const m = r.status === 0 ? /NVIM v(\d+)\.(\d+)\.(\d+)/.exec(r.stdout) : null;
  if (!m) {
    assert.fail(`Neovim (${NVIM}) is not installed or does not run${r.error ? ` (${r.error.message})` : ''}. `
      + 'This test needs it: install it with `apt-get install -y neovim` (Debian/Ubuntu; 0.7 or newer), '
      + 'or run `bash scripts/editor-test.sh install-system` as root, or set CLAIMCHECK_NVIM to the nvim binary.');
  }
  const [major, minor] = [Number(m[1]), Number(m[2])];
  assert.ok(major > 0 || minor >= 7, `Neovim ${m.slice(1).join('.')} is too old: the built-in client with vim.diagnostic needs 0.7 or newer`);
  assert.ok(fs.existsSync(path.join(REPO, 'server', 'out', 'lsp', 'server.js')), 'the language server is not built: run `npm run build`');
}

/**
 * Runs headless Neovim on a fresh copy of examples/ with `init` as its init file ('NONE': none, the
 * script starts the client) and returns what neovim-diagnostics.lua wrote, and the client's root.
 */
function runNeovim(init: string): { report: Report; root: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-nvim-'));
  try {
    const { workspace, bin } = editorScratch(dir);
    const out = path.join(dir, 'diagnostics.json');
    const started = Date.now();
    const r = spawnSync(NVIM, ['--headless', '-u', init, '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 15_000,
      env: {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        // A scratch HOME and XDG folders: no user config, log or state is read or written.
        HOME: dir, XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'data'),
        XDG_STATE_HOME: path.join(dir, 'state'), XDG_CACHE_HOME: path.join(dir, 'cache'),
        ...(init === 'NONE' ? { CLAIMCHECK_SERVER: JSON.stringify([process.execPath, SERVER, '--stdio']) } : {}),
        CLAIMCHECK_WORKSPACE: workspace,
        CLAIMCHECK_ARTICLE: ARTICLE,
        CLAIMCHECK_OUT: out,
        CLAIMCHECK_WAIT_MS: '8000',
      },
    });
    const ms = Date.now() - started;
    assert.equal(r.status, 0, `nvim exited with ${r.status ?? r.signal ?? r.error?.message} after ${ms} ms\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
    assert.ok(fs.existsSync(out), `nvim wrote no diagnostics file\nstderr: ${r.stderr}`);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
    // The client's root, relative to the workspace ('' when it is the workspace).
    const root = typeof report.root === 'string' ? path.relative(fs.realpathSync(workspace), fs.realpathSync(report.root)) : String(report.root);
    return { report, root };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The draft's date-mismatch covers "August 2012", in Neovim's 0-based lines and byte columns (the line is ASCII). */
function assertDateMismatch(report: Report): void {
  const lines = fs.readFileSync(path.join(REPO, 'examples', ARTICLE), 'utf8').split('\n');
  const lnum = lines.findIndex(l => l.includes('in August 2012.'));
  const col = Buffer.byteLength(lines[lnum].slice(0, lines[lnum].indexOf('August 2012')));
  const found = report.diagnostics.filter(d => d.code === 'date-mismatch');
  assert.equal(found.length, 1, `expected one date-mismatch, got: ${JSON.stringify(report.diagnostics, null, 1)}`);
  const [d] = found;
  assert.deepEqual({ lnum: d.lnum, col: d.col, end_lnum: d.end_lnum, end_col: d.end_col },
    { lnum, col, end_lnum: lnum, end_col: col + 'August 2012'.length }, 'the date-mismatch covers "August 2012"');
  assert.equal(d.severity, 1, 'an error (vim.diagnostic.severity.ERROR)');
  assert.equal(d.source, 'claimcheck');
  assert.match(d.message, /"August 2012" does not match the date of claim "last-2plus2-meeting" \(2013-08-09\)/);
  // The rest of the draft's findings came through too.
  assert.ok(report.diagnostics.some(x => x.code === 'unknown-ref'), 'the mistyped claim id is reported');
  assert.ok(report.diagnostics.some(x => x.code === 'claim-status'), 'the false claim is reported');
}

test('Neovim\'s built-in LSP client (vim.lsp.start_client) gets the date-mismatch for "August 2012" from claimcheck-language-server', () => {
  requireNvim();
  const { report } = runNeovim('NONE');
  assert.equal(report.client, 'claimcheck');
  assertDateMismatch(report);
});

test('docs/editors/neovim-0.7.lua, as the README gives it, attaches claimcheck-language-server to a Markdown article', () => {
  requireNvim();
  const { report, root } = runNeovim(DOCS_CONFIG);
  assert.equal(report.client, 'claimcheck');
  assert.equal(root, '', 'the workspace root is the folder of claims.yaml (no .git above it)');
  assertDateMismatch(report);
});
