/**
 * The README's Editor section against the files it shows: each configuration in docs/editors/ is
 * quoted verbatim, and every screenshot it shows exists in docs/images/ (and none there is unused),
 * each small enough to commit.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO } from '../helpers/repo';

const README = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
const EDITORS = path.join(REPO, 'docs', 'editors');
const IMAGES = path.join(REPO, 'docs', 'images');
const MAX_IMAGE_BYTES = 150 * 1024;

test('the README quotes each editor configuration in docs/editors/ verbatim', () => {
  const files = fs.readdirSync(EDITORS).sort();
  assert.deepEqual(files, ['emacs-eglot.el', 'helix-languages.toml', 'neovim-0.7.lua', 'neovim.lua']);
  const fences = [...README.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map(m => m[1]);
  for (const f of files) {
    const body = fs.readFileSync(path.join(EDITORS, f), 'utf8');
    assert.ok(fences.includes(body.endsWith('\n') ? body : `${body}\n`), `README.md does not show docs/editors/${f} as it is (copy the file into its code block)`);
    assert.ok(README.includes(`(docs/editors/${f})`), `README.md does not link docs/editors/${f}`);
  }
});

test('every screenshot the README shows is in docs/images/, none is unused, each under 150 KB', () => {
  const shown = new Set([...README.matchAll(/!\[[^\]]*\]\((docs\/images\/[^)\s]+)\)/g)].map(m => m[1]));
  assert.ok(shown.size >= 14, `only ${shown.size} screenshots in README.md`);
  for (const rel of shown) assert.ok(fs.existsSync(path.join(REPO, rel)), `README.md shows ${rel}, which does not exist (npm run docs:screenshots)`);
  for (const f of fs.readdirSync(IMAGES)) {
    assert.ok(shown.has(`docs/images/${f}`), `docs/images/${f} is not shown in README.md`);
    const size = fs.statSync(path.join(IMAGES, f)).size;
    assert.ok(size < MAX_IMAGE_BYTES, `docs/images/${f} is ${Math.round(size / 1024)} KB; crop it below ${MAX_IMAGE_BYTES / 1024} KB`);
  }
});
