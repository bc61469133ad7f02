/**
 * Finding messages in English and Arabic. Each finding is written in English where it is made
 * (`message`) and named by a stable `messageId` with the values it mentions (`args`); `localize`
 * renders it in the reader's language. An id without an Arabic template, a finding without an id
 * (e.g. one read from an older cache) or a missing arg falls back to the English message.
 *
 * Arabic conventions: words from the article in «…», register ids and YAML keys as written in
 * "…" or plain (writers type them in Latin letters), dates as in the register (ISO).
 */
import type { Finding } from './types';

export type MessageLocale = 'en' | 'ar';
type Args = Record<string, string | number>;

class MissingArg extends Error {}

/** A required arg (a missing one makes `localize` fall back to English). */
function v(a: Args, key: string): string {
  const x = a[key];
  if (x === undefined) throw new MissingArg(key);
  return String(x);
}

/** A list arg (joined with " / " by the engine) joined for Arabic. */
const list = (a: Args, key: string, sep = '، ') => v(a, key).split(' / ').join(sep);

/** Arabic plural agreement: "يوم واحد", "يومين", "3 أيام", "30 يوما", "100 يوم". */
function days(n: number): string {
  if (n === 1) return 'يوم واحد';
  if (n === 2) return 'يومين';
  const r = n % 100;
  if (r >= 3 && r <= 10) return `${n} أيام`;
  if (r >= 11) return `${n} يوما`;
  return `${n} يوم`;
}

/** "مشكلتان أخريان", "5 مشكلات أخرى", "51 مشكلة أخرى". */
function problems(n: number): string {
  if (n === 2) return 'مشكلتان أخريان';
  const r = n % 100;
  return r >= 3 && r <= 10 ? `${n} مشكلات أخرى` : `${n} مشكلة أخرى`;
}

const STATUS: Record<string, string> = { verified: 'موثق', unverified: 'غير موثق', disputed: 'متنازع عليه', false: 'خاطئ', retracted: 'مسحوب' };
const TYPE: Record<string, string> = { person: 'شخص', organization: 'منظمة', place: 'مكان', event: 'حدث', other: 'آخر' };
const KIND: Record<string, string> = { entity: 'الكيان', role: 'المنصب', claim: 'الادعاء' };
const REF_KEY: Record<string, string> = { place: 'المكان', speaker: 'المتحدث', participants: 'المشارك' };
const SECTION: Record<string, string> = {
  'the register': 'السجل', 'front matter': 'الترويسة', 'claim block': 'كتلة الادعاء', 'a claim block': 'كتلة الادعاء',
  'a role': 'منصب', entities: 'الكيانات (entities)', roles: 'المناصب (roles)', claims: 'الادعاءات (claims)',
};

/**
 * What a schema message is about, as the engine names it in English (`entity "x"`, `names of "x".en`,
 * `each item of ref`…), in Arabic; a YAML key (`date`, `reviewed.on`) stays as written.
 */
function arabicWhat(what: string): string {
  if (SECTION[what]) return SECTION[what];
  let m: RegExpExecArray | null;
  if ((m = /^each item of (.+)$/.exec(what))) return `كل عنصر في ${arabicWhat(m[1])}`;
  if ((m = /^(.+) \(a string or a list of strings\)$/.exec(what))) return `${arabicWhat(m[1])} (نص أو قائمة نصوص)`;
  if ((m = /^(entity|role|claim) "(.*)"$/.exec(what))) return `${KIND[m[1]]} "${m[2]}"`;
  if ((m = /^names of role "(.*)"$/.exec(what))) return `أسماء المنصب "${m[1]}"`;
  if ((m = /^names of "(.*)"$/.exec(what))) return `أسماء "${m[1]}"`;
  if ((m = /^a role of "(.*)"$/.exec(what))) return `منصب من مناصب "${m[1]}"`;
  if ((m = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)$/.exec(what)) && arabicWhat(m[1]) !== m[1]) return `${arabicWhat(m[1])} (${m[2]})`;
  return what;
}

const near = (a: Args) => (a.near !== undefined ? `؛ هل تقصد "${a.near}"؟` : '.');
const open = (a: Args, from: string, to: string) => `من ${a[from] || '…'} حتى ${a[to] || 'الآن'}`;

/** Arabic templates by messageId. */
const AR: Record<string, (a: Args) => string> = {
  // ---- YAML and schema (claim blocks, front matter, register files)
  'yaml-error': a => `خطأ في YAML: ${v(a, 'detail')}`,
  'yaml-warning': a => `تنبيه في YAML: ${v(a, 'detail')}`,
  'front-matter-unclosed': () => 'تبدأ الترويسة بسطر "---" ولا يغلقها سطر "---"؛ فتُقرأ على أنها نص Markdown.',
  'claim-comment-unclosed': () => 'تعليق <!-- claim هذا لا يغلقه "-->"؛ فلا يُقرأ.',
  'lang-not-tag': a => `قيمة lang «${v(a, 'value')}» ليست وسم لغة وفق BCP 47 (ar، en، ...).`,
  'published-not-day': () => 'يجب أن تكون قيمة published تاريخا كاملا بصيغة ISO، مثل 2018-01-17.',
  'front-matter-not-mapping': () => 'يجب أن تكون الترويسة مجموعة من المفاتيح والقيم.',
  'not-mapping': a => `يجب أن يكون ${arabicWhat(v(a, 'what'))} مجموعة من المفاتيح والقيم.`,
  'flow-comma': a => `صار «${v(a, 'key')}» مفتاحا بلا قيمة: داخل { … } تنهي الفاصلة القيمة. ضع قيمة "${v(a, 'previous')}" كاملة بين علامتي تنصيص إن كانت الفاصلة منها.`,
  'key-not-string': a => `${arabicWhat(v(a, 'what'))}: يجب أن تكون المفاتيح نصوصا بسيطة.`,
  'duplicate-key': a => `المعرف "${v(a, 'id')}" مكرر في ${arabicWhat(v(a, 'what'))} (عُرّف أول مرة عند الموضع ${v(a, 'offset')}).`,
  'not-string': a => `يجب أن تكون قيمة ${arabicWhat(v(a, 'what'))} نصا غير فارغ.`,
  'not-language-tag': a => `${arabicWhat(v(a, 'what'))}: «${v(a, 'key')}» ليس وسم لغة (مثل ar، en).`,
  'yaml-more-findings': a => `YAML: ${problems(Number(v(a, 'count')))} في هذا الملف لا تظهر هنا؛ أصلح ما فوقها أولا.`,
  'block-more-findings': a => `${problems(Number(v(a, 'count')))} في كتلة الادعاء هذه لا تظهر هنا؛ أصلح ما فوقها أولا.`,
  'block-empty': () => 'كتلة ادعاء فارغة: اذكر فيها على الأقل `ref:` (معرف ادعاء في السجل).',
  'block-not-mapping': () => 'تحوي كتلة الادعاء مجموعة مفاتيح (ref، date، place، speaker، quote، ignore) أو قائمة من هذه المجموعات.',
  'date-invalid': a => `قيمة ${arabicWhat(v(a, 'what'))} ليست تاريخا: استخدم 2013 أو 2013-08 أو 2013-08-09 أو FROM/TO.`,
  'ignore-unknown-code': a => `ignore: «${v(a, 'value')}» ليس رمز فحص.`,
  'unknown-key': a => `مفتاح غير معروف «${v(a, 'key')}» في ${arabicWhat(v(a, 'where'))}؛ المفاتيح الممكنة: ${list(a, 'allowed')}.`,
  'register-unreadable': a => `تعذرت قراءة ملف السجل ${v(a, 'file')}.`,
  'version-not-1': () => 'يجب أن تكون قيمة version هي 1.',
  'id-not-kebab': a => `يُستحسن أن يُكتب معرف ${KIND[v(a, 'kind')] ?? v(a, 'kind')} "${v(a, 'id')}" بصيغة kebab-case (حروف لاتينية صغيرة وأرقام وشرطات).`,
  'duplicate-id': a => `معرف ${KIND[v(a, 'kind')] ?? v(a, 'kind')} "${v(a, 'id')}" مكرر: عُرّف من قبل في ${v(a, 'file')}.`,
  'span-reversed': a => `${arabicWhat(v(a, 'what'))}: تنتهي المدة قبل أن تبدأ (${v(a, 'value')}).`,
  'entity-type': a => `يجب أن تكون قيمة type واحدة من: ${list(a, 'allowed')}.`,
  'roles-not-list': () => 'يجب أن تكون roles قائمة من { role, from, to }.',
  'role-needs-id': a => `منصب من مناصب "${v(a, 'id')}" يحتاج إلى معرف منصب (role).`,
  'role-term-reversed': a => `ينتهي المنصب ${v(a, 'role')} لـ"${v(a, 'id')}" قبل أن يبدأ.`,
  'entity-no-names': a => `لا أسماء للكيان "${v(a, 'id')}".`,
  'status-invalid': a => `يجب أن تكون قيمة status واحدة من: ${list(a, 'allowed')}.`,
  'claim-no-status': a => `الادعاء "${v(a, 'id')}" بلا حالة (verified أو unverified أو disputed أو false أو retracted)؛ فيُعامل على أنه غير موثق.`,
  'include-outside': a => `الملف المضمّن «${v(a, 'path')}» خارج جذر مساحة العمل؛ لم يُقرأ.`,
  'include-cycle': a => `الملف المضمّن «${v(a, 'path')}» يُحدث حلقة (${v(a, 'chain')})؛ لم يُقرأ مرة أخرى.`,
  'include-missing': a => `الملف المضمّن «${v(a, 'path')}» غير موجود أو تتعذر قراءته.`,
  // ---- register integrity
  'dangling-entity': a => `الادعاء "${v(a, 'claim')}": ${REF_KEY[v(a, 'key')] ?? v(a, 'key')} "${v(a, 'id')}" ليس كيانا في السجل${near(a)}`,
  'place-not-place': a => `الادعاء "${v(a, 'claim')}": المكان "${v(a, 'id')}" كيان من نوع «${TYPE[v(a, 'type')] ?? v(a, 'type')}» وليس مكانا.`,
  'dangling-role': a => `الكيان "${v(a, 'entity')}": المنصب "${v(a, 'role')}" غير معرّف تحت roles${near(a)}`,
  'role-overlap': a => `يشغل "${v(a, 'entity')}" المنصب "${v(a, 'role')}" (${open(a, 'from', 'to')}) في حين يشغله "${v(a, 'other')}" (${open(a, 'otherFrom', 'otherTo')}).`,
  'no-register': () => 'لم يُعثر على سجل ادعاءات لهذه المقالة (claims.yaml في مجلدها أو في مجلد أعلى، أو `register:` في الترويسة، أو الإعداد claimcheck.register)؛ لذا لا تُفحص كتل الادعاء.',
  'register-not-found': a => `السجل المذكور في ${v(a, 'where') === 'front-matter' ? 'الترويسة (`register:`)' : 'الإعداد claimcheck.register'} غير موجود: ${v(a, 'file')}. لا تُفحص كتل الادعاء.`,
  // ---- claim blocks and the claims they name
  'unregistered': () => 'كتلة الادعاء هذه بلا `ref`: الادعاء ليس في السجل بعد.',
  'unknown-claim': a => `لا يوجد ادعاء "${v(a, 'id')}" في السجل${near(a)}`,
  'unknown-entity': a => `لا يوجد كيان "${v(a, 'id')}" في السجل${near(a)}`,
  'claim-status': a => `الادعاء "${v(a, 'id')}" مصنف «${STATUS[v(a, 'status')] ?? v(a, 'status')}» في السجل${a.note !== undefined ? `: ${a.note}` : '.'}`,
  'review-missing': a => `لا تاريخ مراجعة للادعاء "${v(a, 'id')}" (reviewed: { by, on })؛ والسياسة مراجعته كل ${days(Number(v(a, 'days')))}.`,
  'review-stale': a => `آخر مراجعة للادعاء "${v(a, 'id')}" كانت في ${v(a, 'on')} (قبل ${days(Number(v(a, 'age')))}؛ والسياسة مراجعته كل ${days(Number(v(a, 'days')))}).`,
  'block-date-mismatch': a => `تاريخ الكتلة ${v(a, 'value')} لا يوافق الادعاء "${v(a, 'claim')}" (${v(a, 'date')}).`,
  'block-speaker-mismatch': a => `المتحدث في الكتلة "${v(a, 'value')}" لا يوافق الادعاء "${v(a, 'claim')}"، وقائله ${v(a, 'speaker')}.`,
  'block-quote-mismatch': a => `الاقتباس في الكتلة يختلف عن النص المسجل للادعاء "${v(a, 'claim')}".`,
  'block-place-mismatch': a => `المكان في الكتلة "${v(a, 'value')}" لا يوافق الادعاء "${v(a, 'claim')}" (${v(a, 'place')}).`,
  // ---- the prose
  'date-mismatch': a => `«${v(a, 'written')}» لا يوافق تاريخ الادعاء "${v(a, 'claim')}" (${v(a, 'date')}).`,
  'date-mismatch-hijri': a => `«${v(a, 'written')}» (تاريخ هجري يقابله ${v(a, 'gregorian')} بالتقويم الميلادي) لا يوافق تاريخ الادعاء "${v(a, 'claim')}" (${v(a, 'date')}).`,
  'relative-no-published': () => 'لا تاريخ `published` في الترويسة: لا تُفحص التواريخ النسبية.',
  'relative-date-mismatch': a => `«${v(a, 'written')}» يعني ${list(a, 'readings', ' أو ')} (تاريخ النشر ${v(a, 'published')})، لكن تاريخ الادعاء "${v(a, 'claim')}" هو ${v(a, 'date')}.`,
  'elapsed-mismatch': a => `«${v(a, 'written')}» يضع الحدث ${a.before !== undefined ? `قبل ${a.before}` : `بين ${v(a, 'from')} و${v(a, 'to')}`} (تاريخ النشر ${v(a, 'published')})، لكن تاريخ الادعاء "${v(a, 'claim')}" هو ${v(a, 'date')}.`,
  'attribution-mismatch': a => `يُنسب هذا الكلام إلى ${list(a, 'speakers', ' أو ')}${a.via === 'office' ? ' (شاغل المنصب في ذلك التاريخ)' : a.via === 'pronoun' ? ' (بدلالة الضمير)' : ''}، لكن قائل الادعاء "${v(a, 'claim')}" هو ${v(a, 'speaker')}.`,
  'quote-mismatch': a => `يختلف الكلام المقتبس عن النص المسجل للادعاء "${v(a, 'claim')}": «${v(a, 'quote')}».`,
  'place-mismatch': a => `«${v(a, 'written')}» لا يوافق مكان الادعاء "${v(a, 'claim')}" (${v(a, 'place')}).`,
  'role-former-current': a => `كان «${v(a, 'person')}» لا يزال يشغل منصب «${v(a, 'role')}» في ${v(a, 'at')}، فلا يصح وصفه بالسابق.`,
  'role-anachronism': a => `لم يكن منصب «${v(a, 'role')}» بيد «${v(a, 'person')}» في ${v(a, 'at')}${a.holders !== undefined ? `؛ كان يشغله ${list(a, 'holders')}` : ''}.`,
  'name-variant': a => `«${v(a, 'written')}» يبدو خطأ في كتابة ${v(a, 'spelling')} (الكيان "${v(a, 'entity')}"، ${TYPE[v(a, 'type')] ?? v(a, 'type')})؛ الأسماء المسجلة: ${list(a, 'listed')}.`,
  'unlinked-claim': () => 'تذكر هذه الجملة تاريخا أو تنسب قولا، ولا تربطها كتلة ادعاء بالسجل.',
};

/** Every messageId with an Arabic template. */
export const MESSAGE_IDS: readonly string[] = Object.keys(AR);

/** A finding's message in `locale`: the English message, or the Arabic template for its messageId. */
export function localize(f: Pick<Finding, 'message' | 'messageId' | 'args'>, locale: MessageLocale): string {
  if (locale === 'en' || !f.messageId) return f.message;
  const template = AR[f.messageId];
  if (!template) return f.message;
  try {
    return template(f.args ?? {});
  } catch (e) {
    if (e instanceof MissingArg) return f.message;
    throw e;
  }
}

/** Fix titles the engine writes, with their Arabic form ($1: the new text, as written). */
const FIX_TITLES: Array<[RegExp, string]> = [
  [/^Change to "([\s\S]*)"$/, 'تغيير إلى «$1»'],
  [/^Set date to ([\s\S]*)$/, 'جعل التاريخ $1'],
  [/^Set speaker to ([\s\S]*)$/, 'جعل المتحدث $1'],
  [/^Set place to ([\s\S]*)$/, 'جعل المكان $1'],
];

/** A fix title in `locale` (localised by its English pattern; unknown titles stay English). */
export function localizeFixTitle(title: string, locale: MessageLocale): string {
  if (locale === 'en') return title;
  for (const [re, ar] of FIX_TITLES) {
    const m = re.exec(title);
    if (m) return ar.replace('$1', () => m[1]);
  }
  return title;
}
