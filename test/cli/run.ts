/** Helpers of the CLI tests: the built bin run with a chosen environment, and a newsroom workspace in a temporary folder. */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO, SHARED, tempTree } from '../helpers/repo';

export const BIN = path.join(REPO, 'bin', 'claimcheck.js');
export const FIXTURES = path.join(REPO, 'test', 'fixtures', 'cli');
const seed = path.join(SHARED, 'fixtures', 'seed');

export interface Run { status: number | null; stdout: string; stderr: string }

/** Runs `claimcheck` in `cwd`; `env` is added to a clean environment (no GITHUB_* from the outer CI). */
export function cc(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('CLAIMCHECK_')));
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...base, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `claimcheck` without waiting (for the kill test). */
export function ccAsync(args: string[], cwd: string, env: Record<string, string> = {}) {
  return spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

export const seedText = (name: string) => fs.readFileSync(path.join(seed, name), 'utf8');

/** A newsroom repository: .git marker, the seed register at the root, the seed articles below. */
export function newsroom(extra: Record<string, string> = {}): string {
  return tempTree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'claims.yaml': seedText('claims.yaml'),
    'articles/ar/huntsman.md': seedText('articles/huntsman-2plus2.ar.md'),
    'articles/en/huntsman.md': seedText('articles/huntsman-2plus2.en.md'),
    ...extra,
  });
}

/** A small register and articles with known findings, independent of the seed. */
export const REGISTER = `version: 1
entities:
  washington: { type: place, names: { en: [Washington], ar: [واشنطن] } }
  vienna: { type: place, names: { en: [Vienna], ar: [فيينا] } }
  huntsman: { type: person, names: { en: [Jon Huntsman, Huntsman], ar: [جون هانتسمان, هانتسمان] } }
claims:
  last-meeting:
    statement: { en: The last meeting was held in Washington in 2013., ar: عقد آخر لقاء في واشنطن عام 2013. }
    date: 2013-08-09
    place: washington
    status: verified
    reviewed: { by: world-desk, on: 2018-01-16 }
  vienna-talks:
    statement: { en: Talks were held in Vienna in 2017. }
    date: 2017-12-07
    place: vienna
    status: disputed
    reviewed: { by: world-desk, on: 2017-12-08 }
  meeting-2016:
    statement: { en: A meeting was held in 2016. }
    date: 2016
    status: false
    reviewed: { by: politics-desk, on: 2018-01-16 }
  huntsman-quote:
    speaker: huntsman
    date: 2018-01
    quote: { en: "We are trying to intensify the dialogue." }
    status: verified
    reviewed: { by: world-desk, on: 2018-01-17 }
  never-reviewed:
    statement: { en: Nobody has looked at this yet. }
    status: unverified
`;

/** An article with an unknown ref (fixable), a wrong year (not fixable) and a false claim. */
export const ARTICLE = `---
lang: en
published: 2018-01-20
url: https://news.example/2018/meetings
title: Meetings
---

# Meetings

The last meeting was held in Washington in 2013.

\`\`\`claim
ref: last-meetin
\`\`\`

Another meeting was held in 2016.

\`\`\`claim
ref: meeting-2016
\`\`\`

Talks were held in Vienna in 2015.

\`\`\`claim
ref: vienna-talks
\`\`\`
`;

export function tree(files: Record<string, string | Buffer>): string {
  const dir = tempTree({});
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return dir;
}

/** Every file under `dir` (relative, "/"), with its bytes. */
export function snapshot(dir: string, skip = /^\.git(\/|$)/): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      const rel = path.relative(dir, abs).split(path.sep).join('/');
      if (skip.test(rel)) continue;
      if (e.isDirectory()) walk(abs); else out.set(rel, fs.readFileSync(abs));
    }
  };
  walk(dir);
  return out;
}

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd, encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Desk', GIT_AUTHOR_EMAIL: 'desk@example.org', GIT_COMMITTER_NAME: 'Desk', GIT_COMMITTER_EMAIL: 'desk@example.org', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
