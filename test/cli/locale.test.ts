/** --locale and `locale:` in .claimcheck.yaml: the language of messages in every output format. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ARTICLE, cc, REGISTER, tree } from './run';

const ARABIC = /[\u0600-\u06FF]/;
const AR_DATE = '«2012» لا يوافق تاريخ الادعاء "last-meeting" (2013-08-09).';
const EN_DATE = '"2012" does not match the date of claim "last-meeting" (2013-08-09).';

function workspace(config?: string): string {
  return tree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    ...(config ? { '.claimcheck.yaml': config } : {}),
    'claims.yaml': REGISTER + '  bad-entry:\n    statement: { en: x }\n    place: atlantis\n    status: verified\n',
    'articles/en/meetings.md': ARTICLE,
    'articles/ar/meeting.md': '---\nlang: ar\npublished: 2018-01-20\n---\n\nعقد آخر لقاء في واشنطن في عام 2012.\n\n```claim\nref: last-meeting\n```\n',
  });
}

type Sarif = { runs: Array<{ results: Array<{ message: { text: string }; partialFingerprints: Record<string, string>; fixes?: Array<{ description: { text: string } }> }> }> };

describe('--locale', () => {
  test('text: English by default; --locale ar writes every message in Arabic, codes and severities stay as they are', () => {
    const ws = workspace();
    const en = cc(['--level', 'hint'], ws);
    assert.equal(en.status, 1, en.stderr);
    assert.ok(en.stdout.includes(`articles/ar/meeting.md:6:31: error date-mismatch ${EN_DATE}`), en.stdout);
    assert.ok(!ARABIC.test(en.stdout.replace(/^articles\/ar\/.*$/gm, '')), 'no Arabic outside the Arabic article');

    const ar = cc(['--level', 'hint', '--locale', 'ar'], ws);
    assert.equal(ar.status, 1, ar.stderr);
    assert.ok(ar.stdout.includes(`articles/ar/meeting.md:6:31: error date-mismatch ${AR_DATE}`), ar.stdout);
    assert.ok(ar.stdout.includes('error unknown-ref لا يوجد ادعاء "last-meetin" في السجل؛ هل تقصد "last-meeting"؟'), ar.stdout);
    assert.ok(ar.stdout.includes('error dangling-ref الادعاء "bad-entry": المكان "atlantis" ليس كيانا في السجل.'), 'register findings too');
    const lines = ar.stdout.trim().split('\n');
    assert.equal(lines.length, en.stdout.trim().split('\n').length, 'the same findings');
    for (const line of lines) assert.match(line, /^\S+:\d+:\d+: (error|warning|info|hint) [a-z-]+ .*[\u0600-\u06FF]/);
  });

  test('json, github, junit and sarif carry the Arabic messages; SARIF fingerprints do not depend on the locale', () => {
    const ws = workspace();
    const json = JSON.parse(cc(['--format', 'json', '--level', 'hint', '--locale', 'ar'], ws).stdout) as { files: Array<{ diagnostics: Array<Record<string, unknown>> }> };
    const diagnostics = json.files.flatMap(f => f.diagnostics);
    assert.ok(diagnostics.length >= 6);
    for (const d of diagnostics) {
      assert.match(String(d.message), ARABIC);
      assert.deepEqual(Object.keys(d).filter(k => !['code', 'severity', 'message', 'ref', 'range'].includes(k)), []);
    }
    assert.ok(cc(['--format', 'github', '--locale', 'ar'], ws).stdout.includes(`::${AR_DATE}`));
    assert.ok(cc(['--format', 'junit', '--locale', 'ar'], ws).stdout.includes(AR_DATE.replace(/"/g, '&quot;')));

    const sarif = (locale: string) => JSON.parse(cc(['--format', 'sarif', '--level', 'hint', '--locale', locale], ws).stdout) as Sarif;
    const ar = sarif('ar').runs[0].results, en = sarif('en').runs[0].results;
    assert.ok(ar.some(r => r.message.text === AR_DATE));
    assert.ok(ar.some(r => r.fixes?.[0].description.text === 'تغيير إلى «last-meeting»'), 'fix descriptions too');
    assert.deepEqual(ar.map(r => r.partialFingerprints), en.map(r => r.partialFingerprints));
  });

  test('`locale:` in .claimcheck.yaml; the flag wins; anything but en or ar is a usage error', () => {
    const ws = workspace('locale: ar\n');
    assert.ok(cc([], ws).stdout.includes(AR_DATE));
    assert.ok(cc(['--locale', 'en'], ws).stdout.includes(EN_DATE));
    const bad = cc(['--locale', 'fr'], ws);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--locale must be one of en, ar/);
    fs.writeFileSync(path.join(ws, '.claimcheck.yaml'), 'locale: fr\n');
    const badConfig = cc([], ws);
    assert.equal(badConfig.status, 2);
    assert.match(badConfig.stderr, /locale must be one of en, ar/);
  });
});
