/** Temporary workspaces for protocol tests, seeded from the shared fixtures, and text positions computed from text. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Range } from 'vscode-languageserver';

/** The repository root: the nearest folder above this file holding package.json and bin/. */
export const REPO = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'bin'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = up;
  }
  return dir;
})();

export const SEED = path.resolve(REPO, '..', 'shared', 'fixtures', 'seed');

export const EN = 'articles/huntsman-2plus2.en.md';
export const AR = 'articles/huntsman-2plus2.ar.md';
export const REGISTER = 'claims.yaml';

export interface Workspace {
  dir: string;
  path(rel: string): string;
  uri(rel: string): string;
  read(rel: string): string;
  write(rel: string, text: string): void;
  delete(rel: string): void;
  remove(): void;
}

/** A fresh folder with the seed register at its root and the seed articles under articles/. */
export function seedWorkspace(): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-lsp-'));
  const ws: Workspace = {
    dir,
    path: rel => path.join(dir, rel),
    uri: rel => pathToFileURL(path.join(dir, rel)).href,
    read: rel => fs.readFileSync(path.join(dir, rel), 'utf8'),
    write: (rel, text) => { fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true }); fs.writeFileSync(path.join(dir, rel), text); },
    delete: rel => fs.rmSync(path.join(dir, rel)),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
  ws.write(REGISTER, fs.readFileSync(path.join(SEED, 'claims.yaml'), 'utf8'));
  for (const rel of [EN, AR]) ws.write(rel, fs.readFileSync(path.join(SEED, rel), 'utf8'));
  return ws;
}

/** Line and UTF-16 character of an offset, counted here rather than by the engine. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/**
 * The range of `needle` inside the first occurrence of `context` (which must occur once), so
 * tests name the text they mean rather than copying positions from the server's output.
 */
export function rangeOf(text: string, context: string, needle = context): Range {
  const at = text.indexOf(context);
  if (at < 0 || text.indexOf(context, at + 1) >= 0) throw new Error(`"${context}" must occur exactly once`);
  const inner = context.indexOf(needle);
  if (inner < 0) throw new Error(`"${needle}" is not in "${context}"`);
  return { start: positionAt(text, at + inner), end: positionAt(text, at + inner + needle.length) };
}

/** `text` with the one occurrence of `from` (inside `context`) replaced. */
export function replaceIn(text: string, context: string, from: string, to: string): string {
  const at = text.indexOf(context);
  if (at < 0) throw new Error(`"${context}" not found`);
  return text.slice(0, at) + context.replace(from, to) + text.slice(at + context.length);
}

/** A position inside `needle` (`into` characters in, so it is on the token, not before it) within the one `context`. */
export function positionIn(text: string, context: string, needle = context, into = 1): { line: number; character: number } {
  const { start } = rangeOf(text, context, needle);
  return { line: start.line, character: start.character + into };
}
