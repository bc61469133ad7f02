/**
 * Messages in English and Arabic: the engine runs over every input the other tests use (the engine
 * cases with their registers, the register cases, the shared fixtures, the examples, the evaluation
 * corpus) plus a few inputs for the rarer messages; every finding must name a messageId whose
 * Arabic template renders completely, and every template must be reached.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import {
  checkArticle, Finding, loadRegister, localize, localizeFixTitle, MESSAGE_IDS, parseIsoDate, Register,
} from '../../server/out/engine/index.js';
import { strip } from '../helpers/markers';
import { fsHost, REPO, SHARED, tempTree } from '../helpers/repo';
import { CASES } from './check.cases';
import { NAME_CASES } from './names.cases';
import { PROSE_CASES } from './prose.cases';
import { REGISTER_CASES } from './register.cases';
import { CHECKS as RELATIVE_CHECKS } from './relative.cases';

const ARABIC = /[\u0600-\u06FF]/;
const load = (file: string) => loadRegister(file, fsHost(path.dirname(file)));
const fixture = (...p: string[]) => path.join(REPO, 'test', 'fixtures', ...p);
/** A review policy that makes every cited claim stale, so stale-review messages are rendered too. */
const STALE = { today: parseIsoDate('2031-01-01')!.lo, maxAgeDays: 30 };

interface Input { where: string; text: string; findings: Finding[] }

function articles(): Input[] {
  const out: Input[] = [];
  const run = (where: string, text: string, register: Register | undefined, review = true) => {
    out.push({ where, text, findings: checkArticle(text, register, review ? { review: STALE } : {}).findings });
  };
  const registerFindings = (where: string, reg: Register) => {
    for (const [file, findings] of reg.findings) {
      const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      out.push({ where: `${where} ${path.basename(file)}`, text, findings });
    }
  };

  const newsroom = load(fixture('engine', 'newsroom.yaml'));
  for (const c of CASES) run(`check: ${c.name}`, strip(c.article).text, c.register === false ? undefined : newsroom);

  const prose = load(fixture('prose', 'register.yaml'));
  for (const c of PROSE_CASES) {
    const lang = c.lang ?? (ARABIC.test(c.article) ? 'ar' : 'en');
    run(`prose: ${c.name}`, strip(`---\nlang: ${lang}\npublished: ${c.published ?? '2018-01-17'}\n---\n${c.article}`).text, prose);
  }

  const relative = load(fixture('relative', 'register.yaml'));
  for (const c of RELATIVE_CHECKS) run(`relative: ${c.name}`, strip(c.article).text, relative);

  const names = load(fixture('names', 'world.yaml'));
  for (const c of NAME_CASES) run(`names: ${c.why}`, strip(`---\nlang: ${c.lang}\n---\n\n${c.text}\n`).text, names);

  for (const c of REGISTER_CASES) {
    const outer = tempTree(c.outside ?? {});
    const root = path.join(outer, 'ws');
    for (const [rel, marked] of Object.entries(c.files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), strip(marked).text);
    }
    registerFindings(`register: ${c.name}`, loadRegister(path.join(root, Object.keys(c.files)[0]), fsHost(root)));
  }

  const seed = load(path.join(SHARED, 'fixtures', 'seed', 'claims.yaml'));
  for (const dir of [path.join(SHARED, 'fixtures', 'seed', 'articles'), path.join(SHARED, 'fixtures', 'variants')]) {
    for (const name of fs.readdirSync(dir).filter(n => n.endsWith('.md'))) run(`shared: ${name}`, fs.readFileSync(path.join(dir, name), 'utf8'), seed);
  }
  const examples = load(path.join(REPO, 'examples', 'claims.yaml'));
  for (const lang of ['ar', 'en']) {
    const dir = path.join(REPO, 'examples', 'articles', lang);
    for (const name of fs.readdirSync(dir)) run(`examples: ${lang}/${name}`, fs.readFileSync(path.join(dir, name), 'utf8'), examples);
  }

  // The evaluation corpus (and the held-out one, when present), built as scripts/eval.mjs builds it.
  for (const dir of [path.join(REPO, 'test', 'corpus'), path.join(REPO, 'test', 'corpus', 'holdout')]) {
    if (!fs.existsSync(path.join(dir, 'register.yaml'))) continue;
    const reg = load(path.join(dir, 'register.yaml'));
    for (const lang of ['ar', 'en']) {
      const file = path.join(dir, `${lang}.yaml`);
      if (!fs.existsSync(file)) continue;
      const doc = parseYaml(fs.readFileSync(file, 'utf8')) as { published?: string; items: Array<{ id: string; text: string; published?: string; claim?: unknown }> };
      for (const item of doc.items) {
        const claims = item.claim === undefined ? [] : Array.isArray(item.claim) ? item.claim : [item.claim];
        const published = String(item.published ?? doc.published ?? '');
        let text = `---\nlang: ${lang}\n${published ? `published: ${published}\n` : ''}---\n\n${item.text.trimEnd()}\n`;
        if (claims.length) text += '\n```claim\n' + toYaml(claims.length === 1 ? claims[0] : claims).trimEnd() + '\n```\n';
        run(`corpus: ${item.id}`, text, reg);
      }
    }
  }

  // Rarer messages, each written once here.
  const fm = (body: string, extra = '') => `---\nlang: en\npublished: 2018-01-17\n${extra}---\n\n${body}\n`;
  const fence = (yaml: string) => '\n\n```claim\n' + yaml + '\n```\n';
  run('no register', `Britain voted in 2016.${fence('ref: brexit-referendum')}`, undefined);
  run('front matter not closed', '---\nlang: en\npublished: 2018-01-17\n\nText.\n', newsroom);
  run('front matter values', '---\nlang: english language\npublished: 2018\n---\n\nText.\n', newsroom);
  run('front matter not a mapping', '---\n- a\n- b\n---\n\nText.\n', newsroom);
  run('claim comment not closed', fm('Britain voted in 2016.\n\n<!-- claim ref: brexit-referendum'), newsroom);
  run('claim block shapes', fm(`Text one.${fence('')}\nText two.${fence('- just a string')}\nText three.${fence('ref: brexit-referendum\ndate: 2016-13\nignore: [no-such-code]\nwho: x\nquote: ""')}\nText four.${fence('ref: { a: 1 }\nref: brexit-referendum')}`), newsroom);
  run('block facts', fm(`Britain voted.${fence('ref: brexit-referendum\ndate: 2015\nplace: nowhere-at-all\nspeaker: nobody-at-all')}`), newsroom);
  run('a Hijri date that does not agree', fm(`Beirut's port exploded in رمضان 1440 هـ.${fence('ref: beirut-port-explosion')}`), newsroom);
  run('relative dates without published', `---\nlang: en\n---\n\nBritain voted last week.${fence('ref: brexit-referendum')}`, newsroom);
  run('block speaker, quote and place', fm(`"We can do this," Merkel said in Berlin.${fence('ref: merkel-we-can-do-this\nspeaker: lavrov\nquote: We cannot do anything at all today\nplace: moscow')}`, ''), prose);
  run('"former" said of the office holder', fm(`Former German Chancellor Angela Merkel visited Vienna.${fence('ref: iran-deal-vienna')}`), prose);
  run('a YAML warning in a claim block', fm(`Britain voted in 2016.${fence('ref: !unknown-tag brexit-referendum')}`), newsroom);
  run('a claim block with more problems than are shown', fm(`Britain voted in 2016.${fence(Array.from({ length: 60 }, (_, i) => `key${i}: x`).join('\n') + '\nref: brexit-referendum')}`), newsroom);
  const noisy = tempTree({ 'claims.yaml': `version: 1\nclaims:\n${'  - ]: [ }: "\n'.repeat(300)}` });
  registerFindings('a register with more YAML errors than are shown', loadRegister(path.join(noisy, 'claims.yaml'), fsHost(noisy)));
  registerFindings('a register that cannot be read', loadRegister(path.join(tempTree({}), 'claims.yaml'), fsHost('/')));
  const odd = tempTree({
    'claims.yaml': 'version: 1\ninclude: [missing.yaml, ../outside.yaml, people.yaml]\nentities:\n  Bad_Id:\n    type: person\n    names: { english: [X], en: [] }\n  nameless: { type: person }\n  nowhere:\n    type: place\n    names: { en: [Nowhere] }\n    roles: [{ from: 2013 }, "x"]\n    wikidata: Q1\n  flat: { type: person, names: { en: [Flat] }, roles: not-a-list }\nroles:\n  r1: { names: { en: [R] }, colour: red }\nclaims:\n  c1:\n    statement: { en: [a, b] }\n    place: lavrov-person\n    reviewed: { by: desk, on: 2018-01-01, at: noon }\n    source: [{ name: A, page: 3 }]\n    tags: [1, {}]\n  c2: "just a string"\n  c3: { status: verified, ? [a, b] : c }\n',
    'people.yaml': 'version: 1\nentities:\n  lavrov-person: { type: person, names: { en: [Lavrov] } }\n',
  });
  registerFindings('odd register', loadRegister(path.join(odd, 'claims.yaml'), fsHost(odd)));
  return out;
}

const INPUTS = articles();

/** messageIds the engine never produces (the language server's own finding, rendered below). */
const NOT_ENGINE = new Set(['register-not-found']);

describe('messages', () => {
  test('every finding has a messageId with an Arabic template that renders completely', () => {
    let count = 0;
    const problems: string[] = [];
    for (const { where, text, findings } of INPUTS) {
      for (const f of findings) {
        count++;
        const at = `${where}: ${f.code} ${JSON.stringify(text.slice(f.start, f.end))}: ${f.message}`;
        if (!f.messageId) { problems.push(`no messageId — ${at}`); continue; }
        if (!MESSAGE_IDS.includes(f.messageId)) { problems.push(`no Arabic template for ${f.messageId} — ${at}`); continue; }
        assert.equal(localize(f, 'en'), f.message);
        const ar = localize(f, 'ar');
        if (ar === f.message) problems.push(`fell back to English (a missing arg?) — ${at}`);
        if (!ARABIC.test(ar)) problems.push(`no Arabic script in "${ar}" — ${at}`);
        if (/\{[A-Za-z_]\w*\}|\bundefined\b|\bNaN\b|\[object /.test(ar)) problems.push(`unfilled placeholder in "${ar}" — ${at}`);
        if (f.fix && !ARABIC.test(localizeFixTitle(f.fix.title, 'ar'))) problems.push(`fix title "${f.fix.title}" has no Arabic form — ${at}`);
      }
    }
    assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
    assert.ok(count > 1000, `only ${count} findings: the inputs were not read`);
  });

  test('every Arabic template is reached by some input', () => {
    const seen = new Set(INPUTS.flatMap(i => i.findings.map(f => f.messageId)));
    assert.deepEqual(MESSAGE_IDS.filter(id => !seen.has(id) && !NOT_ENGINE.has(id)), []);
  });

  test('every messageId written in the source has an Arabic template', () => {
    const ids = new Set<string>();
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts')) {
          for (const m of fs.readFileSync(p, 'utf8').matchAll(/messageId: ([^,}\n]+)/g)) for (const q of m[1].matchAll(/'([a-z0-9-]+)'/g)) ids.add(q[1]);
        }
      }
    };
    walk(path.join(REPO, 'server', 'src'));
    assert.ok(ids.size > 40, `found ${ids.size} ids`);
    assert.deepEqual([...ids].filter(id => !MESSAGE_IDS.includes(id)), []);
  });

  test('the Arabic messages read as the desk writes them', () => {
    const f = (messageId: string, args: Record<string, string | number>, message = 'English') => localize({ message, messageId, args }, 'ar');
    assert.equal(f('date-mismatch', { written: 'آذار/ مارس 2015', claim: 'crimea-accession', date: '2014-03-18' }),
      '«آذار/ مارس 2015» لا يوافق تاريخ الادعاء "crimea-accession" (2014-03-18).');
    assert.equal(f('unknown-claim', { id: 'last-2plus2-meting', near: 'last-2plus2-meeting' }), 'لا يوجد ادعاء "last-2plus2-meting" في السجل؛ هل تقصد "last-2plus2-meeting"؟');
    assert.equal(f('unknown-claim', { id: 'x' }), 'لا يوجد ادعاء "x" في السجل.');
    assert.equal(f('claim-status', { id: '2plus2-meeting-2016', status: 'false', note: 'No such meeting.' }), 'الادعاء "2plus2-meeting-2016" مصنف «خاطئ» في السجل: No such meeting.');
    assert.equal(f('yaml-error', { detail: 'Flow sequence in block collection must be sufficiently indented and end with a ]' }),
      'خطأ في YAML: Flow sequence in block collection must be sufficiently indented and end with a ]');
    assert.equal(f('review-stale', { id: 'c1', on: '2017-01-01', age: 400, days: 365 }), 'آخر مراجعة للادعاء "c1" كانت في 2017-01-01 (قبل 400 يوم؛ والسياسة مراجعته كل 365 يوما).');
    assert.equal(f('register-not-found', { where: 'setting', file: '/ws/nope.yaml' }), 'السجل المذكور في الإعداد claimcheck.register غير موجود: /ws/nope.yaml. لا تُفحص كتل الادعاء.');
    assert.equal(f('not-string', { what: 'each item of names of "lavrov".en' }), 'يجب أن تكون قيمة كل عنصر في أسماء "lavrov" (en) نصا غير فارغ.');
    assert.equal(f('not-string', { what: 'reviewed.on' }), 'يجب أن تكون قيمة reviewed.on نصا غير فارغ.');
    assert.equal(f('block-more-findings', { count: 2 }), 'مشكلتان أخريان في كتلة الادعاء هذه لا تظهر هنا؛ أصلح ما فوقها أولا.');
    assert.equal(f('block-more-findings', { count: 7 }), '7 مشكلات أخرى في كتلة الادعاء هذه لا تظهر هنا؛ أصلح ما فوقها أولا.');
    assert.equal(f('yaml-more-findings', { count: 113 }), 'YAML: 113 مشكلة أخرى في هذا الملف لا تظهر هنا؛ أصلح ما فوقها أولا.');
    assert.equal(localizeFixTitle('Change to "Tillerson"', 'ar'), 'تغيير إلى «Tillerson»');
    assert.equal(localizeFixTitle('Set date to 2013-08-09', 'ar'), 'جعل التاريخ 2013-08-09');
  });

  test('English is the message as written; without an id, a template or an arg, Arabic falls back to it', () => {
    const message = 'Some English message.';
    assert.equal(localize({ message, messageId: 'date-mismatch', args: { written: 'x', claim: 'c', date: '2013' } }, 'en'), message);
    assert.equal(localize({ message }, 'ar'), message);
    assert.equal(localize({ message, messageId: 'no-such-message' }, 'ar'), message);
    assert.equal(localize({ message, messageId: 'date-mismatch', args: { written: 'x' } }, 'ar'), message);
    assert.equal(localizeFixTitle('Do something else', 'ar'), 'Do something else');
    assert.equal(localizeFixTitle('Change to "b"', 'en'), 'Change to "b"');
  });
});
