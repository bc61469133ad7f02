/** What the tests of the Markdown parsing (pieces, the simple fast path) share: token views, articles, generated texts. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO, SHARED } from './repo';
import type { Gen } from '../robustness/yamlGen';

/** The fields of a block token that parseArticle reads, and tag, markup and hidden. */
export type Tok = { type: string; tag: string; nesting: number; level: number; map: [number, number] | null; content: string; info: string; markup: string; hidden: boolean };

/** A token as plain data, its line map shifted by `shift` lines. */
export const tokenView = (t: Tok, shift = 0) => [t.type, t.tag, t.nesting, t.level, t.map && [t.map[0] + shift, t.map[1] + shift], t.content, t.info, t.markup, t.hidden];

/** Every file of examples/, test/ and the shared fixtures whose name `keep` accepts: [name, text]. */
export function repositoryTexts(keep: (name: string) => boolean): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const dir of [path.join(REPO, 'examples'), path.join(REPO, 'test'), path.join(SHARED, 'fixtures')]) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) if (keep(f)) out.push([f, fs.readFileSync(path.join(dir, f), 'utf8')]);
  }
  return out;
}

export const BREAKS = ['\n', '\n', '\n', '\r\n', '\r'];

/**
 * A text of 1 to `maxLines` lines from `line()`: mostly one kind of line break (another with
 * `mixed` chance, or any per line with `stray` chance), the last break dropped with `cut` chance.
 */
export function generatedMarkdown(g: Gen, line: () => string, o: { maxLines: number; mixed: number; stray: number; cut: number }): string {
  const n = 1 + g.int(o.maxLines);
  const br = g.chance(1 - o.mixed) ? '\n' : g.pick(BREAKS);
  let s = '';
  for (let i = 0; i < n; i++) s += line() + (g.chance(o.stray) ? g.pick(BREAKS) : br);
  return g.chance(o.cut) ? s.slice(0, -br.length) : s;
}
