/**
 * Trust and recovery in the editor: in an untrusted workspace the extension only reads (package.json
 * declares limited support with the path setting restricted, and neither the extension nor the
 * server writes a file or starts a program); a crashed server is restarted and the user is told
 * once (client/src/restart.ts, wired into the LanguageClient's errorHandler).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { crashPolicy, GAVE_UP_MESSAGE, RESTARTED_MESSAGE } from '../../client/out/restart.js';
import { REPO } from '../helpers/repo';

const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));

describe('untrusted workspaces', () => {
  test('package.json declares limited support, with every path setting restricted', () => {
    const untrusted = pkg.capabilities?.untrustedWorkspaces;
    assert.equal(untrusted?.supported, 'limited');
    assert.match(untrusted.description, /untrusted/i);
    assert.ok(untrusted.restrictedConfigurations.includes('claimcheck.register'));
    // Any setting that names a file or folder is one a hostile workspace could point elsewhere.
    const properties = pkg.contributes.configuration.properties as Record<string, { type: string; description: string }>;
    const paths = Object.entries(properties).filter(([, p]) => p.type === 'string' && /\b(path|file|folder)\b/i.test(p.description)).map(([k]) => k);
    assert.ok(paths.length >= 1);
    for (const p of paths) assert.ok(untrusted.restrictedConfigurations.includes(p), `${p} names a path and must be restricted`);
    assert.equal(pkg.capabilities.virtualWorkspaces, false);
  });

  test('neither the extension nor the language server writes files or starts programs', () => {
    const WRITES = /\b(?:writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|mkdir|mkdirSync|rmSync|rmdir|unlink|unlinkSync|renameSync|copyFile|symlink|chmod|truncate)\s*\(|\bfs\.promises\.(?:writeFile|appendFile|rm|mkdir|rename)|(?:from\s+|require\(\s*)['"](?:node:)?child_process['"]|\bworkspace\.fs\.(?:writeFile|delete|rename|createDirectory|copy)\b|\bapplyEdit\s*\(/;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts')) {
          const code = fs.readFileSync(p, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
          const m = WRITES.exec(code);
          if (m) offenders.push(`${path.relative(REPO, p)}: ${m[0]}`);
        }
      }
    };
    for (const dir of ['client/src', 'server/src/lsp', 'server/src/node', 'server/src/engine']) walk(path.join(REPO, dir));
    // Edits reach files only as WorkspaceEdits the editor applies when the user picks a quick fix or a rename.
    assert.deepEqual(offenders, []);
  });
});

describe('a crashed server', () => {
  test('is restarted, and the user is told once', () => {
    const told: string[] = [];
    const logged: string[] = [];
    let clock = 0;
    const policy = crashPolicy(m => told.push(m), m => logged.push(m), 4, 180_000, () => clock);
    assert.equal(policy.closed(), 'restart');
    assert.deepEqual(told, [RESTARTED_MESSAGE]);
    clock += 1000;
    assert.equal(policy.closed(), 'restart');
    assert.deepEqual(told, [RESTARTED_MESSAGE], 'a second restart is logged, not announced again');
    assert.equal(logged.length, 2);
  });

  test('crashing over and over: it stops after 4 restarts in 3 minutes, and says so once', () => {
    const told: string[] = [];
    let clock = 0;
    const policy = crashPolicy(m => told.push(m), () => undefined, 4, 180_000, () => clock);
    const actions = Array.from({ length: 7 }, () => { clock += 10_000; return policy.closed(); });
    assert.deepEqual(actions, ['restart', 'restart', 'restart', 'restart', 'stop', 'stop', 'stop']);
    assert.deepEqual(told, [RESTARTED_MESSAGE, GAVE_UP_MESSAGE]);
  });

  test('crashes far apart keep being restarted', () => {
    let clock = 0;
    const policy = crashPolicy(() => undefined, () => undefined, 4, 180_000, () => clock);
    for (let i = 0; i < 20; i++) { clock += 60_000; assert.equal(policy.closed(), 'restart', `crash ${i + 1}`); }
  });

  test('connection errors are tolerated a few times in a row, then the connection is shut down', () => {
    const policy = crashPolicy(() => undefined, () => undefined);
    assert.deepEqual([1, 2, 3, 4, undefined].map(c => policy.error(c)), ['continue', 'continue', 'continue', 'shutdown', 'continue']);
  });

  test('the extension hands the policy to the LanguageClient as its errorHandler', () => {
    const src = fs.readFileSync(path.join(REPO, 'client', 'src', 'extension.ts'), 'utf8');
    assert.match(src, /errorHandler:/);
    assert.match(src, /crashPolicy\(/);
    assert.match(src, /CloseAction\.Restart/);
  });
});
