#!/usr/bin/env node
// Bundles the extension client and the language server with esbuild, so activation loads one
// small file and the VSIX carries no node_modules. Writes dist/extension.js and dist/server.js
// and prints their sizes.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, sourcemap: 'linked', logLevel: 'warning', absWorkingDir: root };
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' }),
]);
for (const f of ['dist/extension.js', 'dist/server.js']) {
  console.log(`${f}: ${(fs.statSync(path.join(root, f)).size / 1024).toFixed(0)} KB`);
}
