/**
 * What the server says, in English and Arabic: hover labels, status names, code lens text, action
 * titles and errors. The UI language is the `claimcheck.locale` setting, else the client's locale;
 * what describes an article (hover, code lens) follows the article's language when it is one of these.
 */
export type Locale = 'en' | 'ar';

/** 'ar', 'ar-EG'… → ar; anything else → en. */
export function localeOf(tag: string | undefined): Locale {
  return tag && /^ar(?:[-_]|$)/i.test(tag) ? 'ar' : 'en';
}

/** The labels for an article: its own language when supported, else the UI locale. */
export function labelsLocale(articleLang: string | undefined, ui: Locale): Locale {
  if (!articleLang) return ui;
  const l = articleLang.toLowerCase();
  return l === 'ar' || l.startsWith('ar-') ? 'ar' : l === 'en' || l.startsWith('en-') ? 'en' : ui;
}

export interface Texts {
  claim: string; entity: string; role: string;
  statement: string; date: string; place: string; speaker: string; quote: string; status: string;
  lastReview: string; sources: string; participants: string; note: string;
  type: string; names: string; roles: string; holders: string; now: string;
  statuses: Record<string, string>;
  types: Record<string, string>;
  dateAgrees(written: string, id: string, date: string): string;
  dateDiffers(written: string, id: string, date: string): string;
  lens(status: string, reviewed: string | undefined, articles: number): string;
  notInRegister: string;
  unregisteredClaim: string;
  disableNextLine(code: string): string;
  addToRegister: string;
  linkToClaim(id: string): string;
  fixAll(code: string): string;
  fixAllInFile: string;
  renameNotKebab(name: string): string;
  renameTaken(kind: string, name: string): string;
  renameNothing: string;
  renameMention: string;
}

const en: Texts = {
  claim: 'claim', entity: 'entity', role: 'role',
  statement: 'Statement', date: 'Date', place: 'Place', speaker: 'Speaker', quote: 'Quote', status: 'Status',
  lastReview: 'Last review', sources: 'Sources', participants: 'Participants', note: 'Note',
  type: 'Type', names: 'Names', roles: 'Offices', holders: 'Held by', now: 'now',
  statuses: { verified: 'verified', unverified: 'unverified', disputed: 'disputed', false: 'false', retracted: 'retracted' },
  types: { person: 'person', organization: 'organization', place: 'place', event: 'event', other: 'other' },
  dateAgrees: (w, id, d) => `✓ "${w}" agrees with the date of claim \`${id}\` (${d}).`,
  dateDiffers: (w, id, d) => `✗ "${w}" does not match the date of claim \`${id}\` (${d}).`,
  lens: (status, reviewed, n) => [status, reviewed ? `reviewed ${reviewed}` : 'never reviewed', `cited by ${n} ${n === 1 ? 'article' : 'articles'}`].join(' · '),
  notInRegister: 'not in the register',
  unregisteredClaim: 'unregistered claim',
  disableNextLine: code => `Disable ${code} for the next line`,
  addToRegister: 'Add to the register as unverified',
  linkToClaim: id => `Link to claim ${id}`,
  fixAll: code => `Fix all ${code} in this file`,
  fixAllInFile: 'Fix all Claimcheck problems in this file',
  renameNotKebab: name => `"${name}" is not a kebab-case id: use lower-case letters, digits and hyphens (e.g. last-2plus2-meeting).`,
  renameTaken: (kind, name) => `The register already has a ${kind} "${name}".`,
  renameNothing: 'Only a claim, entity or role id can be renamed here.',
  renameMention: 'This is a name in the prose, not an id: rename the id in the register or in a claim block.',
};

const ar: Texts = {
  claim: 'ادعاء', entity: 'كيان', role: 'منصب',
  statement: 'البيان', date: 'التاريخ', place: 'المكان', speaker: 'المتحدث', quote: 'الاقتباس', status: 'الحالة',
  lastReview: 'آخر مراجعة', sources: 'المصادر', participants: 'المشاركون', note: 'ملاحظة',
  type: 'النوع', names: 'الأسماء', roles: 'المناصب', holders: 'يشغله', now: 'الآن',
  statuses: { verified: 'موثق', unverified: 'غير موثق', disputed: 'متنازع عليه', false: 'خاطئ', retracted: 'مسحوب' },
  types: { person: 'شخص', organization: 'منظمة', place: 'مكان', event: 'حدث', other: 'آخر' },
  dateAgrees: (w, id, d) => `✓ «${w}» يوافق تاريخ الادعاء \`${id}\` (${d}).`,
  dateDiffers: (w, id, d) => `✗ «${w}» لا يوافق تاريخ الادعاء \`${id}\` (${d}).`,
  lens: (status, reviewed, n) => [status, reviewed ? `آخر مراجعة ${reviewed}` : 'لم يراجع', `تستشهد به ${arabicArticles(n)}`].join(' · '),
  notInRegister: 'ليس في السجل',
  unregisteredClaim: 'ادعاء غير مسجل',
  disableNextLine: code => `تعطيل ${code} للسطر التالي`,
  addToRegister: 'إضافة إلى السجل بحالة غير موثق',
  linkToClaim: id => `ربط بالادعاء ${id}`,
  fixAll: code => `إصلاح كل ${code} في هذا الملف`,
  fixAllInFile: 'إصلاح كل مشكلات Claimcheck في هذا الملف',
  renameNotKebab: name => `«${name}» ليس معرفا بصيغة kebab-case: استخدم حروفا لاتينية صغيرة وأرقاما وشرطات (مثل last-2plus2-meeting).`,
  renameTaken: (kind, name) => `في السجل ${kind === 'claim' ? 'ادعاء' : kind === 'role' ? 'منصب' : 'كيان'} باسم «${name}» من قبل.`,
  renameNothing: 'لا يعاد هنا تسمية إلا معرف ادعاء أو كيان أو منصب.',
  renameMention: 'هذا اسم في النص وليس معرفا: أعد تسمية المعرف في السجل أو في كتلة الادعاء.',
};

/** "مقالة واحدة", "مقالتان", "3 مقالات", "11 مقالة". */
function arabicArticles(n: number): string {
  if (n === 1) return 'مقالة واحدة';
  if (n === 2) return 'مقالتان';
  if (n >= 3 && n <= 10) return `${n} مقالات`;
  return `${n} مقالة`;
}

const TABLES: Record<Locale, Texts> = { en, ar };

export function texts(locale: Locale): Texts { return TABLES[locale]; }
