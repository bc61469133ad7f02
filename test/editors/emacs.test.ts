/**
 * Claimcheck in Emacs: Emacs 28 (Debian 12) with Eglot 1.9 and markdown-mode from Debian's ELPA
 * packages loads docs/editors/emacs-eglot.el — the configuration the README gives — opens an
 * article in a copy of examples/ (a git repository, so project.el finds its root), and Eglot starts
 * `claimcheck-language-server --stdio` from PATH; test/editors/emacs-diagnostics.el writes what
 * Flymake then holds. Once for the English draft, once for the Arabic one (Eastern digits,
 * right-to-left text: LSP's UTF-16 columns must land on the same characters in Emacs).
 *
 * Emacs is required, not optional: without it these tests fail and say how to install it
 * (`apt-get install emacs-nox elpa-eglot elpa-markdown-mode`, which `scripts/editor-test.sh
 * install-system` does for CI). CLAIMCHECK_EMACS names another binary.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO } from '../helpers/repo';
import { editorScratch } from './scratch';

const EMACS = process.env.CLAIMCHECK_EMACS ?? 'emacs';
const SCRIPT = path.join(REPO, 'test', 'editors', 'emacs-diagnostics.el');
const DOCS_CONFIG = path.join(REPO, 'docs', 'editors', 'emacs-eglot.el');

interface EmacsDiagnostic { line: number; col: number; end_line: number; end_col: number; type: string; text: string }
interface Report { server: string; root: string; diagnostics: EmacsDiagnostic[] }

/** Fails the test, saying how to install them, when Emacs, Eglot or markdown-mode is missing. */
function requireEmacs(): void {
  const r = spawnSync(EMACS, ['--batch', '--eval', '(progn (package-initialize) (require (quote eglot)) (require (quote markdown-mode)) (princ emacs-version))'], { encoding: 'utf8', timeout: 20_000 });
  if (r.status !== 0) {
    assert.fail(`Emacs (${EMACS}) with Eglot and markdown-mode is not installed or does not run${r.error ? ` (${r.error.message})` : ''}: ${r.stderr?.trim().split('\n').pop() ?? ''}. `
      + 'This test needs them: install with `apt-get install -y emacs-nox elpa-eglot elpa-markdown-mode` (Debian/Ubuntu), '
      + 'or run `bash scripts/editor-test.sh install-system` as root, or set CLAIMCHECK_EMACS to the emacs binary.');
  }
  assert.ok(fs.existsSync(path.join(REPO, 'server', 'out', 'lsp', 'server.js')), 'the language server is not built: run `npm run build`');
}

/** Runs batch Emacs with the README's configuration on a fresh copy of examples/ and returns the report. */
function runEmacs(article: string): Report {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-emacs-'));
  try {
    const { workspace, bin } = editorScratch(dir);
    const git = spawnSync('git', ['init', '-q'], { cwd: workspace, encoding: 'utf8' });
    assert.equal(git.status, 0, `git init: ${git.stderr}`);
    const out = path.join(dir, 'diagnostics.json');
    const started = Date.now();
    // Batch Emacs reads no init file; Debian's site-start (which activates the ELPA packages) runs.
    const r = spawnSync(EMACS, ['--batch', '-l', SCRIPT], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 20_000,
      env: {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        HOME: dir, // no user configuration is read or written
        CLAIMCHECK_CONFIG: DOCS_CONFIG,
        CLAIMCHECK_WORKSPACE: workspace,
        CLAIMCHECK_ARTICLE: article,
        CLAIMCHECK_OUT: out,
        CLAIMCHECK_WAIT_MS: '10000',
      },
    });
    const ms = Date.now() - started;
    assert.equal(r.status, 0, `emacs exited with ${r.status ?? r.signal ?? r.error?.message} after ${ms} ms\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
    assert.ok(fs.existsSync(out), `emacs wrote no diagnostics file\nstderr: ${r.stderr}`);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
    return { ...report, root: path.relative(fs.realpathSync(workspace), fs.realpathSync(report.root)) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Where `words` is on its line of the article: 0-based line, column in characters (as Emacs counts). */
function place(article: string, words: string): { line: number; col: number; end_line: number; end_col: number } {
  const lines = fs.readFileSync(path.join(REPO, 'examples', article), 'utf8').split('\n');
  const line = lines.findIndex(l => l.includes(words));
  assert.ok(line >= 0, `"${words}" is in ${article}`);
  const col = [...lines[line].slice(0, lines[line].indexOf(words))].length;
  return { line, col, end_line: line, end_col: col + [...words].length };
}

const one = (report: Report, code: string) => {
  const found = report.diagnostics.filter(d => d.text.startsWith(`claimcheck [${code}]`));
  assert.equal(found.length, 1, `expected one ${code}, got: ${JSON.stringify(report.diagnostics, null, 1)}`);
  return found[0];
};
const range = (d: EmacsDiagnostic) => ({ line: d.line, col: d.col, end_line: d.end_line, end_col: d.end_col });

test('Emacs + Eglot with docs/editors/emacs-eglot.el: the English draft\'s date-mismatch on "August 2012", and its other findings', () => {
  requireEmacs();
  const article = 'articles/en/relations-draft.md';
  const report = runEmacs(article);
  assert.match(report.server, /claimcheck-language-server --stdio/);
  assert.equal(report.root, '', 'Eglot\'s project is the workspace');
  const d = one(report, 'date-mismatch');
  assert.deepEqual(range(d), place(article, 'August 2012'));
  assert.equal(d.type, 'eglot-error');
  assert.match(d.text, /"August 2012" does not match the date of claim "last-2plus2-meeting" \(2013-08-09\)/);
  assert.equal(one(report, 'unknown-ref').type, 'eglot-error', 'the mistyped claim id');
  assert.equal(one(report, 'claim-status').type, 'eglot-error', 'the false claim');
  // The configuration's workspace settings reached the server: staleReviewDays 365 turns on stale-review.
  assert.ok(report.diagnostics.some(x => x.text.startsWith('claimcheck [stale-review]')), 'eglot-workspace-configuration is read');
});

test('Emacs + Eglot: the Arabic draft\'s date-mismatch covers "شباط/ فبراير ٢٠١٤" exactly (UTF-16 columns on right-to-left text)', () => {
  requireEmacs();
  const article = 'articles/ar/crimea-draft.md';
  const report = runEmacs(article);
  const d = one(report, 'date-mismatch');
  assert.deepEqual(range(d), place(article, 'شباط/ فبراير ٢٠١٤'));
  assert.match(d.text, /does not match the date of claim "crimea-accession" \(2014-03-18\)/);
});
