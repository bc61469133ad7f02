import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { LspClient, uriOf, withCode } from './lspClient';

// A multi-root workspace: two desks, each folder with its own register. An article is checked
// against the register of the folder it is in, never the other desk's.
test('multi-root: each workspace folder uses its own register', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-multi-'));
  const desk = (name: string, year: number) => {
    const dir = path.join(root, name);
    fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'claims.yaml'), `version: 1\nclaims:\n  summit: { date: ${year}, status: verified }\n`);
    return dir;
  };
  const world = desk('world-desk', 2013), sport = desk('sport-desk', 2016);
  const article = 'The summit was held in 2013.\n\n```claim\nref: summit\n```\n';
  fs.writeFileSync(path.join(world, 'articles', 'a.md'), article);
  fs.writeFileSync(path.join(sport, 'articles', 'a.md'), article);
  const client = await LspClient.start({ folder: world, moreFolders: [sport] });
  try {
    const worldUri = uriOf(path.join(world, 'articles', 'a.md')), sportUri = uriOf(path.join(sport, 'articles', 'a.md'));
    const w = client.diagnostics(worldUri), s = client.diagnostics(sportUri);
    client.open(worldUri, article);
    client.open(sportUri, article);
    assert.deepEqual(withCode(await w, 'date-mismatch'), [], 'the world desk register dates the summit 2013');
    const mismatch = withCode(await s, 'date-mismatch');
    assert.equal(mismatch.length, 1, 'the sport desk register dates it 2016');
    const line = article.split('\n')[0];
    assert.deepEqual(mismatch[0].range, { start: { line: 0, character: line.indexOf('2013') }, end: { line: 0, character: line.indexOf('2013') + 4 } });
  } finally {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
