// Median time of checkArticle on the seed articles with every block new each run (cold, as in CI).
// usage: node bench/seed-time.cjs REPO_ROOT   (run it on two checkouts to compare before/after)
const path = require('path'), fs = require('fs');
const [, , root] = process.argv;
const e = require(path.join(root, 'server/out/engine/index.js'));
const host = { read: p => { try { return fs.readFileSync(p, 'utf8'); } catch { return undefined; } }, resolve: (f, r) => path.resolve(path.dirname(f), r), allowed: () => true };
const reg = e.loadRegister('/work/shared/fixtures/seed/claims.yaml', host);
const out = {};
let n = 0;
for (const lang of ['ar', 'en']) {
  const text = fs.readFileSync(`/work/shared/fixtures/seed/articles/huntsman-2plus2.${lang}.md`, 'utf8');
  // Every run sees new text in every block (no cache can help): a cold check, as in CI.
  const fresh = () => text.replace(/\n\n(?=[^`\n<-])/g, () => `\n\n${'\u200B'.repeat(1 + (n++ % 7))}`) + `\n<!-- ${n} -->\n`;
  for (let i = 0; i < 50; i++) e.checkArticle(fresh(), reg);
  const runs = [];
  for (let r = 0; r < 15; r++) { const texts = Array.from({ length: 50 }, fresh); const t = performance.now(); for (const x of texts) e.checkArticle(x, reg); runs.push((performance.now() - t) / 50); }
  runs.sort((a, b) => a - b); out[lang] = runs[7].toFixed(2) + ' ms';
}
console.log(root, 'cold', JSON.stringify(out));
