/** Register-wide commands: report (markdown, json, html), export --claimreview, strip. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ARTICLE, cc, REGISTER, snapshot, tree } from './run';

const AR_ARTICLE = '---\nlang: ar\npublished: 2018-01-20\n---\n\nعقد آخر لقاء في واشنطن عام 2013.\n\n<!-- claim ref: last-meeting -->\n\nوقال هانتسمان إنه يحاول تكثيف الحوار.\n\n```claim\nref: huntsman-quote\n```\n';

function newsroom(extra: Record<string, string> = {}) {
  return tree({ '.git/HEAD': 'x', 'claims.yaml': REGISTER, 'articles/en/meetings.md': ARTICLE.replace('ref: last-meetin\n', 'ref: last-meeting\n'), 'articles/ar/liqa.md': AR_ARTICLE, ...extra });
}

describe('claimcheck report', () => {
  test('JSON: every claim with status, last review and citing articles; flagged, stale and uncited claims', () => {
    const ws = newsroom({ '.claimcheck.yaml': 'staleReviewDays: 30\n' });
    const r = cc(['report', '--format', 'json', '--today', '2018-02-10'], ws);
    assert.equal(r.status, 0, r.stderr);
    const rep = JSON.parse(r.stdout);
    assert.equal(rep.staleDays, 30, 'staleReviewDays from the config file');
    assert.deepEqual(rep.registers, [{ path: 'claims.yaml', claims: 5 }]);
    const byId = new Map(rep.claims.map((c: { id: string }) => [c.id, c]));
    const last = byId.get('last-meeting') as { status: string; reviewed: object; citedBy: Array<{ path: string; line: number; url?: string }> };
    assert.equal(last.status, 'verified');
    assert.deepEqual(last.reviewed, { by: 'world-desk', on: '2018-01-16' });
    assert.deepEqual(last.citedBy, [{ path: 'articles/ar/liqa.md', line: 8 }, { path: 'articles/en/meetings.md', line: 13, url: 'https://news.example/2018/meetings' }]);
    assert.deepEqual(rep.flagged.map((f: { claim: string; status: string; path: string }) => `${f.path} ${f.claim} ${f.status}`),
      ['articles/en/meetings.md meeting-2016 false', 'articles/en/meetings.md vienna-talks disputed']);
    // 30 days before 2018-02-10 is 2018-01-11: reviews of 2018-01-16/17 are fresh, 2017-12-08 and never are stale.
    assert.deepEqual(rep.stale.map((s: { id: string }) => s.id), ['never-reviewed', 'vienna-talks']);
    assert.deepEqual(rep.uncited.map((s: { id: string }) => s.id), ['never-reviewed']);
    const flag = JSON.parse(cc(['report', '--format', 'json', '--today', '2018-02-10', '--stale-days', '1000'], ws).stdout);
    assert.deepEqual(flag.stale.map((s: { id: string }) => s.id), ['never-reviewed'], '--stale-days overrides the config file');
  });

  test('Markdown has the four sections', () => {
    const r = cc(['report', '--today', '2018-02-10'], newsroom());
    assert.equal(r.status, 0);
    for (const h of ['# Claims register report', '## Articles citing false, disputed or retracted claims', '## Stale reviews', '## Claims cited by no article', '## All claims']) assert.ok(r.stdout.includes(h), h);
    assert.match(r.stdout, /\| `articles\/en\/meetings\.md:19` \| `meeting-2016` \| \*\*false\*\* \|/);
  });

  test('HTML is one self-contained file, with dir="rtl" on Arabic text', () => {
    const r = cc(['report', '--format', 'html', '--today', '2018-02-10'], newsroom());
    assert.equal(r.status, 0);
    const html = r.stdout;
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<meta charset="utf-8">/);
    assert.ok(html.includes('<p lang="ar" dir="rtl">عقد آخر لقاء في واشنطن عام 2013.</p>'), 'the Arabic statement is right-to-left');
    assert.ok(html.includes('<p lang="en" dir="auto">The last meeting was held in Washington in 2013.</p>'));
    assert.ok(!/<(script|link|img|iframe)\b/i.test(html), 'no scripts or external assets');
    assert.ok(!/\bsrc=|url\(|@import/i.test(html), 'nothing loaded from elsewhere');
    assert.ok(html.includes('<a href="https://news.example/2018/meetings" dir="ltr">articles/en/meetings.md:13</a>'), 'front matter url links the article');
  });

  test('escapes HTML in register text', () => {
    const reg = REGISTER.replace('A meeting was held in 2016.', '<script>alert(1)</script> & "more"');
    const r = cc(['report', '--format', 'html'], newsroom({ 'claims.yaml': reg }));
    assert.ok(!r.stdout.includes('<script>'));
    assert.ok(r.stdout.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;'));
  });
});

describe('claimcheck export --claimreview', () => {
  test('schema.org ClaimReview JSON-LD for reviewed claims, with ratings, desk, speaker and appearances', () => {
    const r = cc(['export', '--claimreview'], newsroom());
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc['@context'], 'https://schema.org');
    const reviews = new Map(doc['@graph'].map((x: { identifier: string }) => [x.identifier, x]));
    assert.deepEqual([...reviews.keys()].sort(), ['huntsman-quote', 'last-meeting', 'meeting-2016', 'vienna-talks'], 'unverified claims are skipped');
    const last = reviews.get('last-meeting') as Record<string, any>;
    assert.equal(last['@type'], 'ClaimReview');
    assert.equal(last.claimReviewed, 'The last meeting was held in Washington in 2013.');
    assert.equal(last.datePublished, '2018-01-16');
    assert.deepEqual(last.author, { '@type': 'Organization', name: 'world-desk' });
    assert.deepEqual(last.reviewRating, { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' });
    assert.equal(last.itemReviewed['@type'], 'Claim');
    assert.deepEqual(last.itemReviewed.appearance.map((a: { url: string }) => a.url).sort(), ['articles/ar/liqa.md', 'https://news.example/2018/meetings']);
    assert.equal((reviews.get('meeting-2016') as Record<string, any>).reviewRating.alternateName, 'False');
    assert.equal((reviews.get('vienna-talks') as Record<string, any>).reviewRating.alternateName, 'Mixed');
    const quote = reviews.get('huntsman-quote') as Record<string, any>;
    assert.deepEqual(quote.itemReviewed.author, { '@type': 'Person', name: 'Jon Huntsman' });
    assert.equal(quote.claimReviewed, 'We are trying to intensify the dialogue.');
    const ar = JSON.parse(cc(['export', '--claimreview', '--lang', 'ar'], newsroom()).stdout);
    const arLast = ar['@graph'].find((x: { identifier: string }) => x.identifier === 'last-meeting');
    assert.equal(arLast.claimReviewed, 'عقد آخر لقاء في واشنطن عام 2013.');
    assert.equal(arLast.inLanguage, 'ar');
    const retracted = JSON.parse(cc(['export', '--claimreview'], newsroom({ 'claims.yaml': REGISTER.replace('status: disputed', 'status: retracted') })).stdout);
    assert.equal(retracted['@graph'].find((x: { identifier: string }) => x.identifier === 'vienna-talks').reviewRating.alternateName, 'Retracted');
    assert.equal(cc(['export'], newsroom()).status, 2, 'a format is required');
  });
});

describe('claimcheck strip', () => {
  const SOURCE = [
    '---', 'title: T', '---', '', '# Title', '',
    'First paragraph, kept as it is  ', '',
    '```claim', 'ref: last-meeting', '```', '',
    '<!-- claimcheck-disable-next-line date-mismatch -->', 'Second paragraph in 2012.', '',
    '- item one', '', '  ```claim', '  ref: vienna-talks', '  ```', '- item two <!-- claimcheck-disable place-mismatch --> inline', '',
    '> quoted', '>', '> <!-- claim ref: meeting-2016 -->', '',
    '```yaml', '# a fence that only looks like a claim is kept', '<!-- claimcheck-enable -->', '```', '',
    '```claim', '- ref: last-meeting', '- ref: vienna-talks', '```', '',
    '<!--', 'an ordinary comment is kept', '-->', '',
    'Last paragraph.', '',
    '<!-- claim', 'ref: huntsman-quote', '-->', '',
  ].join('\n');
  const EXPECTED = [
    '---', 'title: T', '---', '', '# Title', '',
    'First paragraph, kept as it is  ', '',
    'Second paragraph in 2012.', '',
    '- item one', '', '- item two inline', '',
    '> quoted', '',
    '```yaml', '# a fence that only looks like a claim is kept', '<!-- claimcheck-enable -->', '```', '',
    '<!--', 'an ordinary comment is kept', '-->', '',
    'Last paragraph.', '',
  ].join('\n');

  test('removes claim blocks (both forms) and suppression comments, and nothing else', () => {
    const ws = tree({ 'a.md': SOURCE });
    const r = cc(['strip', 'a.md'], ws);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, EXPECTED);
    assert.ok(!/```claim|<!--\s*claim\s|claimcheck-disable/.test(r.stdout), "no claim block or suppression is left (the yaml fence is code)");
  });

  test('keeps CRLF and BOM; --out writes the tree and leaves the sources alone', () => {
    const crlf = '\uFEFF' + SOURCE.replace(/\n/g, '\r\n');
    const ws = tree({ 'articles/a.md': SOURCE, 'articles/ar/b.md': crlf, 'articles/c.md': 'No blocks at all.\n' });
    const before = snapshot(ws);
    const r = cc(['strip', 'articles', '--out', 'public'], ws);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(fs.readFileSync(path.join(ws, 'public/articles/a.md'), 'utf8'), EXPECTED);
    assert.ok(fs.readFileSync(path.join(ws, 'public/articles/ar/b.md')).equals(Buffer.from('\uFEFF' + EXPECTED.replace(/\n/g, '\r\n'))));
    assert.equal(fs.readFileSync(path.join(ws, 'public/articles/c.md'), 'utf8'), 'No blocks at all.\n');
    for (const [k, v] of before) assert.ok(fs.readFileSync(path.join(ws, k)).equals(v), k);
    assert.equal(cc(['strip', 'articles'], ws).status, 2, 'several articles need --out');
  });
});
