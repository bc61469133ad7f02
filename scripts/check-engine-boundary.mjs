#!/usr/bin/env node
// Build-time guard: the engine (server/src/engine) must stay pure: no editor, file system,
// process or network access. It may import only its own files and the packages listed below.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../server/src/engine/', import.meta.url).pathname;
const ALLOWED = new Set(['yaml', 'markdown-it']);
const FORBIDDEN_GLOBALS = /\b(process|require|Buffer|__dirname|__filename|globalThis\.process|fetch|XMLHttpRequest|WebSocket)\b\s*[.(\[]/;
const bad = [];
const walk = dir => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.ts')) {
      const src = readFileSync(p, 'utf8');
      const code = src.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const m of code.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)) {
        const spec = m[1] ?? m[2] ?? m[3];
        if (spec.startsWith('.')) continue;
        if (!ALLOWED.has(spec)) bad.push(`${relative(process.cwd(), p)}: imports "${spec}" (allowed: relative files, ${[...ALLOWED].join(', ')})`);
      }
      const g = FORBIDDEN_GLOBALS.exec(code);
      if (g) bad.push(`${relative(process.cwd(), p)}: uses "${g[1]}"`);
    }
  }
};
walk(root);
if (bad.length) {
  console.error('The engine must stay pure (no vscode, fs, process or network):\n  ' + bad.join('\n  '));
  process.exit(1);
}
