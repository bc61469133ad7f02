/** The claimcheck/claims request (the VS Code client's Claims view) over the protocol. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Location } from 'vscode-languageserver';
import { withServer } from './session';
import { AR, EN, rangeOf, REGISTER } from './workspace';

interface ClaimInfo { id: string; status?: string; statement?: string; date?: string; location: Location; citations: Location[] }

test('claimcheck/claims lists every claim of the workspace registers with its key and every citation', () => withServer(async (client, ws) => {
  const { claims } = await client.request<{ claims: ClaimInfo[] }>('claimcheck/claims', {});
  assert.equal(claims.length, 14);
  const last = claims.find(c => c.id === 'last-2plus2-meeting')!;
  assert.equal(last.status, 'verified');
  assert.equal(last.date, '2013-08-09');
  assert.match(last.statement!, /^The most recent Russia–US/);
  assert.deepEqual(last.location, { uri: ws.uri(REGISTER), range: rangeOf(ws.read(REGISTER), '  last-2plus2-meeting:\n', 'last-2plus2-meeting') });
  assert.deepEqual(
    last.citations.map(l => `${l.uri}|${JSON.stringify(l.range)}`).sort(),
    [
      { uri: ws.uri(EN), range: rangeOf(ws.read(EN), 'ref: last-2plus2-meeting', 'last-2plus2-meeting') },
      { uri: ws.uri(AR), range: rangeOf(ws.read(AR), 'ref: last-2plus2-meeting', 'last-2plus2-meeting') },
    ].map(l => `${l.uri}|${JSON.stringify(l.range)}`).sort(),
  );
  assert.equal(claims.find(c => c.id === '2plus2-meeting-2016')!.status, 'false');
  assert.deepEqual(claims.find(c => c.id === 'huntsman-syria-north-korea')!.citations, []);

  const forArabic = await client.request<{ claims: ClaimInfo[] }>('claimcheck/claims', { uri: ws.uri(AR) });
  assert.match(forArabic.claims.find(c => c.id === 'last-2plus2-meeting')!.statement!, /^عقد آخر لقاء/, 'in the article language');
}));
