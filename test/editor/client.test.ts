/**
 * Unit tests (node, part of `npm test`) for the client's vscode-free modules: the Markdown
 * preview's claim badges (rendered with markdown-it, as VS Code's preview does) and the Claims
 * view's grouping. They load the compiled client (client/out), as the extension host does.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import MarkdownIt from 'markdown-it';
import { REPO } from '../helpers/repo';

interface Location { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }
interface Claim { id: string; status?: string; date?: string; location: Location; citations: Location[] }

// The client is its own TypeScript project; its compiled modules are loaded as the extension host loads them.
const preview = require(path.join(REPO, 'client', 'out', 'previewPlugin.js')) as {
  claimBadges(md: MarkdownIt.MarkdownIt, options?: { statusOf?: (id: string) => string | undefined }): void;
  claimRefs(yaml: string): { refs: string[]; valid: boolean };
};
const model = require(path.join(REPO, 'client', 'out', 'claimsModel.js')) as {
  groupByStatus(claims: Claim[]): Array<{ status: string; claims: Claim[] }>;
  citingArticles(claim: Claim): Array<{ uri: string; citations: Location[] }>;
};

function render(markdown: string, statusOf?: (id: string) => string | undefined): string {
  const md = new MarkdownIt();
  md.use(preview.claimBadges, { statusOf });
  return md.render(markdown);
}

const ARTICLE = 'The last meeting was held in Washington in 2013.\n\n```claim\nref: last-2plus2-meeting\n```\n';

test('preview: a claim block renders as a badge with the ref id, not as code', () => {
  const html = render(ARTICLE);
  assert.doesNotMatch(html, /<pre|<code/);
  assert.match(html, /<div class="claimcheck-claims"><span class="claimcheck-claim claimcheck-status-unknown" data-claim="last-2plus2-meeting" title="Claim last-2plus2-meeting" style="[^"]*var\(--vscode-badge-background[^"]*">last-2plus2-meeting<\/span><\/div>/);
  assert.match(html, /<p>The last meeting was held in Washington in 2013\.<\/p>/);
});

test('preview: a known status colours the badge and marks it', () => {
  const html = render(ARTICLE, id => (id === 'last-2plus2-meeting' ? 'verified' : undefined));
  assert.match(html, /class="claimcheck-claim claimcheck-status-verified"[^>]*title="Claim last-2plus2-meeting: verified"[^>]*>✓ last-2plus2-meeting</);
  assert.match(render(ARTICLE, () => 'false'), /claimcheck-status-false[^>]*>✗ last-2plus2-meeting</);
});

test('preview: several refs, a list of blocks, a block without ref, invalid YAML', () => {
  const many = render('Text.\n\n```claim\n- ref: [a-claim, b-claim]\n- ref: c-claim\n```\n');
  assert.deepEqual([...many.matchAll(/data-claim="([^"]+)"/g)].map(m => m[1]), ['a-claim', 'b-claim', 'c-claim']);
  assert.match(render('Text.\n\n```claim\ndate: 2013\n```\n'), /claimcheck-status-unregistered[^>]*>unregistered claim</);
  assert.match(render('Text.\n\n```claim\nref: [unclosed\n```\n'), /claimcheck-status-invalid[^>]*>claim: invalid YAML</);
});

test('preview: ids are escaped and other fences are left alone', () => {
  const html = render('```claim\nref: "<b>x</b>"\n```\n\n```yaml\nref: y\n```\n');
  assert.match(html, /data-claim="&lt;b&gt;x&lt;\/b&gt;"/);
  assert.doesNotMatch(html, /<b>x<\/b>/);
  assert.match(html, /<pre><code class="language-yaml">ref: y\n<\/code><\/pre>/);
});

test('preview: the fence token keeps its attributes (VS Code\'s data-line for scroll sync)', () => {
  const md = new MarkdownIt();
  md.use(preview.claimBadges);
  md.core.ruler.push('data-line', state => {
    for (const t of state.tokens) if (t.map && t.block) t.attrSet('data-line', String(t.map[0]));
  });
  assert.match(md.render(ARTICLE), /<div data-line="2" class="claimcheck-claims">/);
});

test('claims view model: groups by status, problems first, ids sorted; articles once each', () => {
  const at = (uri: string, line: number): Location => ({ uri, range: { start: { line, character: 5 }, end: { line, character: 9 } } });
  const reg = 'file:///ws/claims.yaml';
  const claims: Claim[] = [
    { id: 'zeta', status: 'verified', location: at(reg, 1), citations: [at('file:///ws/b.md', 9), at('file:///ws/a.md', 4), at('file:///ws/b.md', 2)] },
    { id: 'alpha', status: 'verified', location: at(reg, 2), citations: [] },
    { id: 'gamma', status: 'false', location: at(reg, 3), citations: [] },
    { id: 'delta', location: at(reg, 4), citations: [] },
    { id: 'odd', status: 'bogus', location: at(reg, 5), citations: [] },
  ];
  const groups = model.groupByStatus(claims);
  assert.deepEqual(groups.map(g => [g.status, g.claims.map(c => c.id)]), [
    ['false', ['gamma']], ['verified', ['alpha', 'zeta']], ['none', ['delta', 'odd']],
  ]);
  const articles = model.citingArticles(claims[0]);
  assert.deepEqual(articles.map(a => [a.uri, a.citations.map(c => c.range.start.line)]), [
    ['file:///ws/a.md', [4]], ['file:///ws/b.md', [2, 9]],
  ]);
});
