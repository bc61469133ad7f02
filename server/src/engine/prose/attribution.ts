/**
 * Reported speech and offices in news prose, Arabic and English.
 *
 * A speech cue is a verb (قال/قالت/يقول/قائلا with و ف وقد كما; said, told, added…) or a phrase
 * (بحسب، نقلا عن، على لسان; according to). Its speaker is, in order:
 * - the name or office written right after it (Arabic verb–subject order; English "…," said X;
 *   every "according to X"), an office followed by a name in apposition naming that person;
 * - else the nearest name or office before it in the same sentence (subject–verb order);
 * - else, for verbs that take a pronoun subject ("he added", "وأضاف", "كما أعرب عن أمله"), the
 *   most recent speaker in the article.
 * An office title resolves to whoever held it at the date that applies (the claim's, else the
 * article's). Names inside quotes are never speakers.
 */
import type { DateSpan } from '../dates/calendar';
import raw from '../data/lexicon.json';
import type { Block } from '../markdown/article';
import type { Register } from '../register/model';
import { NameHit, nameIndex } from '../register/names';
import { holdersAt } from '../register/roles';
import { CharClass, LETTERS } from '../text/chars';
import type { TextFacts } from '../text/facts';
import { ARABIC_SCRIPT, foldKey } from '../text/fold';
import { quotesOf } from './quotes';
import { sentenceAt, sentencesOf, Span } from './sentences';

export interface Attribution {
  /** The block it is in, and the cue (verb or phrase) as offsets into the article. */
  block: Block;
  start: number;
  end: number;
  /** Register entities it may be (an office held by several people at that date gives several). */
  speakers: string[];
  /** The words that name the speaker (a name, an office, a descriptor); absent for pronouns. */
  speakerStart?: number;
  speakerEnd?: number;
  /** How the speaker was found ('unknown': reported speech whose speaker is not in the register). */
  via: 'name' | 'office' | 'pronoun' | 'unknown';
  /** The quoted words attributed, if any (offsets into the article). */
  quote?: Span;
  /** For a pronoun: the attribution it refers back to. */
  antecedent?: Attribution;
}

export interface Office {
  block: Block;
  person: string;
  role: string;
  /** The person's name as written, and the office title (offsets into the article). */
  start: number;
  end: number;
  roleStart: number;
  roleEnd: number;
  /** "former …", "… السابق": the office was held before; "then-", "آنذاك": at the claim's date. */
  qualifier?: 'former' | 'then';
}

export interface ProseBlock { block: Block; text: string; facts: TextFacts }

// ---------- lexicon

/** Forms that are far more often something else ("بين" between, "رد" a reply) are not cues at all. */
const NOT_CUES = new Set(['بين', 'رد'].map(foldKey));
/** Forms that are often something else: cues only with an explicit speaker, never a pronoun. */
const AMBIGUOUS_AR = new Set(['يبين', 'ردت', 'ذكر', 'يذكر', 'نقل', 'ينقل', 'تابع', 'يتابع', 'علق', 'راي', 'يري',
  'دعا', 'يدعو', 'توقع', 'يتوقع', 'اقر', 'ادعي', 'ادعت', 'قيل', 'كشف', 'يكشف', 'ابدي', 'وصف', 'يصف'].map(foldKey));
/** Relaying verbs: "نقلت الوكالة عن X قوله", the speaker is after "عن". */
const AR_RELAY = new Set(['نقل', 'نقلت', 'نقلوا', 'ينقل', 'تنقل'].map(foldKey));
/** Verbs the lexicon does not list that introduce quoted words in news ("ووصف X الاتفاق بأنه «…»"). */
const AR_EXTRA: Record<string, string[]> = { وصف: ['وصف', 'وصفت', 'وصفوا', 'يصف', 'تصف', 'واصفا', 'واصفة'], ردا: ['بالقول'] };
/** Circumstantial forms (حال) and "بالقول": the speaker is the subject of the clause they close. */
const AR_CIRCUMSTANTIAL = /^(?:م\S+[اه]|قائل[اه]|ذاكر[اه]|كاشف[اه]|نافي[اه]|لافت[اه]|داعي[اه]|رائي[اه]|واصف[اه]|بالقول)$/u;

type CueKind = 'verb' | 'phrase' | 'relay' | 'circumstantial';

const AR_VERBS = new Map<string, { pronounOk: boolean; kind: CueKind }>();
for (const [lemma, forms] of [...Object.entries(raw.attributionVerbs as Record<string, string | string[]>), ...Object.entries(AR_EXTRA)]) {
  if (lemma.startsWith('_') || lemma === 'passive' || lemma === 'نقل') continue;
  for (const f of forms as string[]) {
    const k = foldKey(f);
    if (NOT_CUES.has(k)) continue;
    AR_VERBS.set(k, { pronounOk: !AMBIGUOUS_AR.has(k), kind: AR_CIRCUMSTANTIAL.test(k) ? 'circumstantial' : 'verb' });
  }
}
for (const k of AR_RELAY) AR_VERBS.set(k, { pronounOk: false, kind: 'relay' });
const AR_PREFIXES = ['وقد', 'فقد', 'و', 'ف'];
const AR_PHRASES = ['بحسب', 'حسب', 'وفقا ل', 'طبقا ل', 'نقلا عن', 'علي لسان', 'استنادا الي', 'وبحسب', 'وحسب', 'ونقلا عن', 'وفقا لـ'].map(foldKey);

const EN_PRONOUN_VERBS = ['said', 'says', 'told', 'added', 'noted', 'stated', 'stressed', 'emphasized', 'emphasised', 'explained',
  'concluded', 'insisted', 'argued', 'warned', 'acknowledged', 'admitted', 'replied', 'remarked', 'commented', 'announced',
  'confirmed', 'pointed out', 'expressed hope', 'expressed the hope', 'denied', 'claimed', 'described', 'called'];
const EN_EXPLICIT_VERBS = ['reported', 'wrote', 'tweeted', 'posted', 'declared', 'asked', 'continued', 'cited'];
const EN_CIRCUMSTANTIAL = ['saying', 'adding', 'noting', 'stressing', 'warning', 'insisting', 'arguing', 'calling it', 'describing it as'];
const alt = (words: string[]) => words.sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
const EN_CUE_RE = new RegExp(`(?<![\\p{L}'’])(?:(${alt([...EN_PRONOUN_VERBS, ...EN_EXPLICIT_VERBS])})|(according\\s+to)|(quoted)|(${alt(EN_CIRCUMSTANTIAL)}))(?![\\p{L}])`, 'giu');
/**
 * An English cue needs an ASCII letter in the text: every cue has a letter other than s and k, the
 * only ASCII letters that a non-ASCII character (ſ, the Kelvin sign) matches case-insensitively.
 * Checked here so that a new cue word cannot make the shortcut wrong.
 */
const EN_CUES_NEED_ASCII = [...EN_PRONOUN_VERBS, ...EN_EXPLICIT_VERBS, ...EN_CIRCUMSTANTIAL, 'according to', 'quoted'].every(w => /[a-jl-rt-z]/i.test(w));
/** Likewise an Arabic cue needs a character of the Arabic script (see TextFacts.hasArabicScript). */
const arabicScript = (s: string) => ARABIC_SCRIPT.test(s);

const EN_PRONOUN_BEFORE = /(?:^|[^\p{L}])(he|she|they)\s+(?:also\s+|later\s+|then\s+|further\s+|had\s+|has\s+)?$/iu;

interface Cue { start: number; end: number; pronounOk: boolean; kind: CueKind; lang: 'ar' | 'en' }

/** Speech cues in a block's text (offsets relative to the text; computed once per text, read only). */
const cuesOf = (facts: TextFacts): Cue[] => facts.get(CUES, findCues);
const CUES = 'attribution:cues';

/** What an Arabic verb cue is made of (the words of /[\p{L}\p{M}]+/u). */
const CUE_WORD = new CharClass('[\\p{L}\\p{M}]');
/** A word is read as written, then without each prefix. */
const AR_READINGS = ['', ...AR_PREFIXES];
/**
 * The code units a verb cue can start with, with or without a prefix: any other word is skipped
 * without being sliced and looked up (English words, most Arabic ones).
 */
const AR_CUE_FIRST = new Set([...AR_VERBS.keys(), ...AR_PREFIXES].map(k => k.charCodeAt(0)));
/** No word longer than the longest verb form with the longest prefix is one. */
const AR_CUE_MAX = Math.max(...[...AR_VERBS.keys()].map(k => k.length)) + Math.max(...AR_PREFIXES.map(p => p.length));

/** A word read as a verb cue: as written, else without a prefix. Words recur: cached per word. */
function verbCue(word: string): { skip: number; pronounOk: boolean; kind: CueKind } | null {
  let cue = verbCues.get(word);
  if (cue !== undefined) return cue;
  cue = null;
  for (const p of AR_READINGS) {
    if (p && !word.startsWith(p)) continue;
    const v = AR_VERBS.get(word.slice(p.length));
    if (v) { cue = { skip: p.length, pronounOk: v.pronounOk, kind: v.kind }; break; }
  }
  if (verbCues.size >= 50_000) verbCues.clear();
  verbCues.set(word, cue);
  return cue;
}
const verbCues = new Map<string, { skip: number; pronounOk: boolean; kind: CueKind } | null>();

/**
 * Words of which every phrase holds one: a text with none of them is not searched phrase by phrase.
 * Checked against the phrases when the module loads (a phrase without one disables the shortcut).
 */
const AR_PHRASE_WORDS = ['حسب', 'وفقا', 'طبقا', 'نقلا', 'لسان', 'استنادا'].map(foldKey);
const AR_PHRASE_HINT = AR_PHRASES.every(p => AR_PHRASE_WORDS.some(w => p.includes(w)))
  ? new RegExp(AR_PHRASE_WORDS.join('|'), 'u')
  : /(?:)/;

/** Every Arabic cue word and phrase starts with a character of the Arabic script (checked, not assumed). */
const AR_CUES_NEED_SCRIPT = [...AR_CUE_FIRST].every(c => arabicScript(String.fromCharCode(c))) && AR_PHRASES.every(p => arabicScript(p[0]));

function findCues(facts: TextFacts): Cue[] {
  const out: Cue[] = [];
  const { text } = facts;
  if (!AR_CUES_NEED_SCRIPT || facts.hasArabicScript) findArabicCues(facts, out);
  if (!EN_CUES_NEED_ASCII || /[A-Za-z]/.test(text)) findEnglishCues(text, out);
  return out.sort((a, b) => a.start - b.start);
}

function findArabicCues(facts: TextFacts, out: Cue[]): void {
  const { folded } = facts;
  const f = folded.text;
  for (let i = 0; i < f.length;) {
    if (!CUE_WORD.widthAt(f, i)) { i++; continue; }
    const start = i;
    let w: number;
    while ((w = CUE_WORD.widthAt(f, i))) i += w;
    if (i - start > AR_CUE_MAX || !AR_CUE_FIRST.has(f.charCodeAt(start))) continue;
    const cue = verbCue(f.slice(start, i));
    if (cue) out.push({ start: folded.map[start + cue.skip], end: folded.map[i], pronounOk: cue.pronounOk, kind: cue.kind, lang: 'ar' });
  }
  if (!AR_PHRASE_HINT.test(f)) return;
  for (const p of AR_PHRASES) {
    let i = -1;
    while ((i = f.indexOf(p, i + 1)) >= 0) {
      if (i > 0 && LETTERS.hasUnit(f.charCodeAt(i - 1))) continue;
      const e = i + p.length;
      if (e < f.length && LETTERS.hasUnit(f.charCodeAt(e)) && !p.endsWith('ل')) continue;
      out.push({ start: folded.map[i], end: folded.map[e], pronounOk: false, kind: 'phrase', lang: 'ar' });
    }
  }
}

function findEnglishCues(text: string, out: Cue[]): void {
  let m: RegExpExecArray | null;
  EN_CUE_RE.lastIndex = 0;
  while ((m = EN_CUE_RE.exec(text))) {
    if (m[4] && !afterComma(text, m.index)) continue; // "…, saying": not a lookbehind (?<=,\s*), quadratic in a run of blanks
    const kind: CueKind = m[2] ? 'phrase' : m[3] ? 'relay' : m[4] ? 'circumstantial' : 'verb';
    const pronounOk = kind === 'circumstantial' || (kind === 'verb' && EN_PRONOUN_VERBS.includes(m[1].toLowerCase().replace(/\s+/g, ' ')));
    out.push({ start: m.index, end: m.index + m[0].length, pronounOk, kind, lang: 'en' });
  }
}

function afterComma(text: string, at: number): boolean {
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  return text[at - 1] === ',';
}

// ---------- speakers

const SPEAKER_TYPES = new Set(['person', 'organization']);
const AFTER_GAP = /^[\s،,:]*(?:(?:the|أمس|اليوم|مساء|صباح|ايضا|أيضا)[\s،,]+)*$/iu;
/** "X, the Y", "X, a former Y", "Y X", "Y السابق X": a name and an office that describe one person. */
const APPOSITION_GAP = /^[\s،,]*(?:(?:the|a|an|former|then|current|new|outgoing|ex-|وهو|السابق|السابقة|الأسبق|الاسبق|آنذاك|انذاك|الحالي|الحالية|الجديد|الجديدة)[\s،,]+)*$/iu;
/** A name after a preposition ("talks with Zarif", "مع ظريف") is not the subject of the verb. */
const OBJECT_BEFORE = /(?:^|[^\p{L}])(?:with|to|from|for|by|than|about|against|toward|towards|on|of|مع|الى|إلى|عن|ضد|لدى|على|قرار)\s+(?:the\s+)?$/iu;
const FORMER_BEFORE = /(?:^|[^\p{L}])(?:former|ex-|late)\s*$/iu;
const FORMER_AFTER = /^[\s،,]*(?:السابق|السابقة|الاسبق|الأسبق|الراحل)(?![\p{L}])/u;

function isSpeakerHit(register: Register, h: NameHit): boolean {
  return h.entry.kind === 'role' || SPEAKER_TYPES.has(register.entities.get(h.entry.id)?.type ?? '');
}

interface Resolved { ids: string[]; start: number; end: number; via: 'name' | 'office' }

/** A hit's entities; an office with a name in apposition is that person; a former office is nobody now. */
function resolveHit(register: Register, text: string, hits: NameHit[], i: number, at: DateSpan | undefined): Resolved | undefined {
  const h = hits[i];
  if (h.entry.kind === 'entity') return { ids: [h.entry.id], start: h.start, end: h.end, via: 'name' };
  const isPerson = (x?: NameHit) => !!x && x.entry.kind === 'entity' && register.entities.get(x.entry.id)?.type === 'person';
  const next = hits[i + 1], prev = hits[i - 1];
  if (isPerson(next) && APPOSITION_GAP.test(text.slice(h.end, next.start))) return { ids: [next.entry.id], start: next.start, end: next.end, via: 'name' };
  if (isPerson(prev) && /[،,]/.test(text.slice(prev.end, h.start)) && APPOSITION_GAP.test(text.slice(prev.end, h.start))) {
    return { ids: [prev.entry.id], start: prev.start, end: prev.end, via: 'name' };
  }
  if (!at || h.formerInside || FORMER_BEFORE.test(text.slice(Math.max(0, h.start - 10), h.start)) || FORMER_AFTER.test(text.slice(h.end, h.end + 12))) return undefined;
  const ids = holdersAt(register, h.entry.id, at);
  return ids.length ? { ids, start: h.start, end: h.end, via: 'office' } : undefined;
}

export interface AttributionInput {
  prose: ProseBlock[];
  register: Register;
  /** The date at which offices are resolved in a block (the claim's date, else the article's). */
  dateFor(block: Block): DateSpan | undefined;
}

/** "أن/إن/that" or a quote right after a cue: reported speech even when the speaker is unknown. */
const COMPLEMENT_AFTER = /^[\s،,:]*(?:[«"“]|(?:[وف]?(?:إن|أن|ان|بأن|بان)|that)(?![\p{L}]))/u;
/** …or a few words later, after an unregistered speaker ("وأوضحت المتحدثة باسم الخارجية أن …"). */
const COMPLEMENT_LATER = /^[^.!?؟"«»“”]{0,80}?(?:^|[\s،,])(?:[وف]?(?:إن|أن|بأن)(?:ه|ها|هم|هما)?|that)\s/u;
/** …or quoted words just before it: `"…," a senior official told reporters`. */
const QUOTE_BEFORE = /["”»][\s،,]*(?:[\p{L}\p{M}.'’-]+\s+){0,7}$/u;

export function findAttributions({ prose, register, dateFor }: AttributionInput): Attribution[] {
  const out: Attribution[] = [];
  let focus: Focus | undefined;
  for (const p of prose) {
    const r = attributeBlock(p, register, dateFor(p.block), focus);
    for (const a of r.attributions) out.push(a);
    focus = r.focus;
  }
  return out;
}

/** Who "he", "she" or a subject-less Arabic verb refers to: the latest speaker (and the attribution that named them) or sentence subject. */
export interface Focus { speakers: string[]; att?: Attribution }

/** What attributeBlock found in a block, and how the focus went through it. */
export interface BlockAttributions {
  attributions: readonly Attribution[];
  /** The focus when the block ends. */
  focus: Focus | undefined;
  /** Whether what was found depends on the focus the block started with (a cue that may take a pronoun subject). */
  readsFocus: boolean;
  /** Whether the block set the focus (else it ends with the one it started with). */
  setsFocus: boolean;
}

/**
 * The reported speech of one block, given the focus when it starts (the article's blocks before
 * it). `at`: the date offices are resolved at in the block.
 */
export function attributeBlock({ block, text, facts }: ProseBlock, register: Register, at: DateSpan | undefined, focus: Focus | undefined): BlockAttributions {
  const index = nameIndex(register);
  const qs = quotesOf(facts);
  // Quotes, names, cues and sentences are sorted and do not overlap: lookups are binary searches
  // and each sentence takes its own names and cues, so a long paragraph or sentence stays linear.
  const inQuote = (o: number) => { const k = firstIndex(qs.length, i => qs[i].end > o); return k < qs.length && qs[k].start <= o; };
  const hits = index.findIn(facts).filter(h => !inQuote(h.start) && isSpeakerHit(register, h));
  const allCues = cuesOf(facts).filter(c => !inQuote(c.start));
  // Without a speech cue or a speaker's name outside quotes, a block attributes nothing and
  // leaves the focus as it was.
  if (!hits.length && !allCues.length) return { attributions: NO_ATTRIBUTIONS, focus, readsFocus: false, setsFocus: false };
  let readsFocus = false, setsFocus = false;
  const blockAtts: Attribution[] = [];
  let nextHit = 0, nextCue = 0;
  const anAfter = anFinder(text);
  const sents = sentencesOf(facts);
  for (const sent of sents) {
    while (nextHit < hits.length && hits[nextHit].start < sent.start) nextHit++;
    const inSent: NameHit[] = [];
    for (; nextHit < hits.length && hits[nextHit].start < sent.end; nextHit++) if (hits[nextHit].end <= sent.end) inSent.push(hits[nextHit]);
    while (nextCue < allCues.length && allCues[nextCue].start < sent.start) nextCue++;
    const sentCues: Cue[] = [];
    for (; nextCue < allCues.length && allCues[nextCue].start < sent.end; nextCue++) sentCues.push(allCues[nextCue]);
    if (!inSent.length && !sentCues.length) continue; // likewise for a sentence
    const subjectAt = (i: number) => !OBJECT_BEFORE.test(text.slice(Math.max(0, inSent[i].start - 16), inSent[i].start));
    const resolve = (i: number) => resolveHit(register, text, inSent, i, at);
    let subjects: number[] | undefined; // indices of the names that are subjects, in order
    let sentAtt = false;
    for (const cue of sentCues) {
      const after = (from = cue.end) => {
        const i = firstIndex(inSent.length, k => inSent[k].start >= from);
        return i < inSent.length && AFTER_GAP.test(text.slice(from, inSent[i].start)) ? resolve(i) : undefined;
      };
      const before = (first = false) => {
        // The first or last subject among the names that end before the cue.
        subjects ??= inSent.map((_, k) => k).filter(subjectAt);
        const n = firstIndex(subjects.length, j => inSent[subjects![j]].end > cue.start);
        const i = n === 0 ? -1 : first ? subjects[0] : subjects[n - 1];
        return i >= 0 ? resolve(i) : undefined;
      };
      let who: Resolved | undefined;
      let pronoun: { start: number; end: number } | undefined;
      // An Arabic verb that would take a pronoun subject, with an unregistered subject written after it.
      let subject: boolean | undefined;
      const writtenSubject = () => cue.lang === 'ar' && cue.kind === 'verb' && cue.pronounOk && subjectWritten(text, cue.end, sent.end);
      const lead = text.slice(Math.max(sent.start, cue.start - 24), cue.start);
      const p = cue.lang === 'en' ? EN_PRONOUN_BEFORE.exec(lead) : null;
      if (p) {
        const s = cue.start - lead.length + p.index + p[0].indexOf(p[1]);
        pronoun = { start: s, end: s + p[1].length };
      }
      if (cue.kind === 'phrase') who = after();
      else if (cue.kind === 'relay') {
        const an = cue.lang === 'ar' ? anAfter(cue.end, sent.end) : -1;
        who = an >= 0 ? after(an) : after() ?? before();
      } else if (cue.kind === 'circumstantial') who = before(true);
      else if (!pronoun) {
        if (cue.lang === 'ar') who = after() ?? before();
        else {
          const inverted = /[,،]["”»']?\s*$|["”»']\s*$/.test(text.slice(Math.max(0, cue.start - 4), cue.start));
          who = inverted ? after() ?? before() : before() ?? after();
        }
      }
      // Objects written out rather than spread from a common base: spreading is slow, and the
      // keys stay those of each kind (a pronoun without a written pronoun has no speakerStart).
      const start = block.start + cue.start, end = block.start + cue.end;
      let att: Attribution | undefined;
      const mayBePronoun = !who && (cue.pronounOk || pronoun) && cue.kind !== 'phrase';
      if (mayBePronoun) readsFocus = true;
      if (who) {
        att = { block, start, end, speakers: who.ids, speakerStart: block.start + who.start, speakerEnd: block.start + who.end, via: who.via };
      } else if (mayBePronoun && focus && !(subject ??= writtenSubject())) {
        att = pronoun
          ? { block, start, end, speakers: focus.speakers, via: 'pronoun', antecedent: focus.att, speakerStart: block.start + pronoun.start, speakerEnd: block.start + pronoun.end }
          : { block, start, end, speakers: focus.speakers, via: 'pronoun', antecedent: focus.att };
      } else if (cue.kind === 'phrase' || (subject ??= writtenSubject()) || COMPLEMENT_AFTER.test(text.slice(cue.end, cue.end + 12))
        || COMPLEMENT_LATER.test(text.slice(cue.end, Math.min(sent.end, cue.end + 90)))
        || QUOTE_BEFORE.test(text.slice(Math.max(sent.start, cue.start - 60), cue.start))) {
        att = { block, start, end, speakers: [], via: 'unknown' };
      }
      if (!att) continue;
      blockAtts.push(att);
      if (att.speakers.length) { focus = { speakers: att.speakers, att }; sentAtt = setsFocus = true; }
    }
    if (!sentAtt) {
      // No attribution here: the sentence's first name or office (its subject, usually) becomes the focus.
      for (let i = 0; i < inSent.length; i++) {
        if (!subjectAt(i)) continue;
        const r = resolve(i);
        if (r && r.ids.length) { focus = { speakers: r.ids }; setsFocus = true; break; }
      }
    }
  }
  assignQuotes(text, block, qs, sents, blockAtts);
  return { attributions: blockAtts, focus, readsFocus, setsFocus };
}
const NO_ATTRIBUTIONS: Attribution[] = [];

/**
 * Whether an Arabic speech verb has its subject written after it (verb–subject order) though the
 * register does not know it: "وقال مسؤولون إن", "بحسب ما أفاد به مصدر دبلوماسي", "وأكدت الوزارة
 * أن". Then the verb has no pronoun subject and does not continue the previous speaker. The word
 * after the verb is read past what may stand between a verb and its subject (a preposition with an
 * attached pronoun: به، لها، عنه; time words; adverbs in -ا: مجددا، موضحا); it is not a subject when
 * it opens what was said (أن، إن، بأن، a colon or quote), a prepositional phrase (في، على، إلى، عن،
 * للصحفيين، لوكالة…), or is a circumstantial or time word.
 */
function subjectWritten(text: string, from: number, to: number): boolean {
  SUBJECT_WORD.lastIndex = from;
  for (let skipped = 0; skipped < 4; skipped++) {
    const m = SUBJECT_WORD.exec(text);
    if (!m || m.index + m[0].length > to) return false;
    if (m[1] === undefined) return false; // punctuation, a quote or a colon: what was said follows
    const word = foldKey(m[1]);
    if (NOT_SUBJECT.has(word) || (word.startsWith('لل') && word.length > 3)
      || (/^[وف]/.test(word) && NOT_SUBJECT.has(word.slice(1)))) return false;
    if (!BETWEEN_VERB_AND_SUBJECT.has(word) && !/^\S{3,}ا$/.test(word)) return true;
    from = m.index + m[0].length;
  }
  return false;
}
/** From where it is set (sticky): spaces and commas, then a word (group 1) or another visible character. */
const SUBJECT_WORD = /[\s،,]*(?:([\p{L}\p{M}]+)|\S)/uy;
/** Words after which what was said, or a phrase about how, comes: the verb's subject is a pronoun. */
const NOT_SUBJECT = new Set(['ان', 'إن', 'أن', 'بان', 'بأن', 'انه', 'إنه', 'أنه', 'انها', 'إنها', 'أنها', 'انهم', 'إنهم', 'أنهم', 'بانه', 'بأنه', 'بانها', 'بأنها',
  'في', 'فى', 'على', 'علي', 'الى', 'إلى', 'عن', 'من', 'مع', 'خلال', 'عبر', 'امام', 'أمام', 'لدى', 'لدي', 'حول', 'بعد', 'قبل', 'عقب', 'اثناء', 'أثناء', 'ل',
  'لوكالة', 'لقناة', 'لصحيفة', 'لشبكة', 'لتلفزيون', 'لموقع', 'لإذاعة', 'لاذاعة', 'لمراسل', 'لوسائل', 'لنا', 'لي', 'ما', 'حين', 'عندما', 'بينما', 'كما', 'لكن',
  'بالقول', 'بدوره', 'بدورها', 'بوضوح', 'بصراحة'].map(foldKey));
/** Words that may stand between a verb and its subject, read past. */
const BETWEEN_VERB_AND_SUBJECT = new Set(['به', 'بها', 'بهم', 'له', 'لها', 'لهم', 'عنه', 'عنها', 'امس', 'أمس', 'اليوم', 'ايضا', 'أيضا', 'كذلك', 'مساء', 'صباح', 'يوم',
  'ليل', 'ليلة', 'ظهر', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الاحد', 'الأحد', 'حينها', 'وقتها', 'انذاك', 'آنذاك'].map(foldKey));

/** The first index in [0, n) where `past` holds (false before it, true from it on), else n. */
function firstIndex(n: number, past: (i: number) => boolean): number {
  let lo = 0, hi = n;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (past(mid)) hi = mid; else lo = mid + 1; }
  return lo;
}

/**
 * For one text: the end of the first "عن" in text[from, to), or -1. Remembers the last search, so
 * many relay verbs in one sentence do not each search the rest of it.
 */
function anFinder(text: string): (from: number, to: number) => number {
  let last: { from: number; to: number; at: number } | undefined;
  return (from, to) => {
    const c = last;
    if (c && c.to === to && c.from <= from && (c.at < 0 || c.at - 2 >= from)) {
      return /^عن(?![\p{L}])/u.test(text.slice(from, Math.min(to, from + 4))) ? from + 2 : c.at;
    }
    const m = /(?:^|[^\p{L}])عن(?![\p{L}])/u.exec(text.slice(from, to));
    last = { from, to, at: m ? from + m.index + m[0].length : -1 };
    return last.at;
  };
}

/** Each quote goes to the nearest attribution in its sentence, else in its block; longer quotes first. */
function assignQuotes(text: string, block: Block, qs: Span[], sents: Span[], atts: Attribution[]): void {
  const words = (q: Span) => text.slice(q.start, q.end).split(/\s+/).length;
  const ordered = [...qs].sort((a, b) => Number(words(a) < 3) - Number(words(b) < 3));
  // `atts` are in text order. The free ones are found by skipping taken runs (union-find with path
  // halving: `up[i]` leads to the first free index ≥ i, `down[i + 1]` to the last free one ≤ i, shifted by one).
  const rel = (i: number) => atts[i].start - block.start;
  const up = Array.from({ length: atts.length + 1 }, (_, i) => i), down = up.slice();
  const find = (p: number[], i: number) => { while (p[i] !== i) { p[i] = p[p[i]]; i = p[i]; } return i; };
  /** The free attribution in atts[lo, hi) nearest to `at` (the earlier one on a tie). */
  const nearest = (lo: number, hi: number, at: number): number => {
    const k = lo + firstIndex(hi - lo, i => rel(lo + i) >= at);
    const r = find(up, k), l = find(down, k) - 1;
    const okR = r < hi, okL = l >= lo;
    if (!okL) return okR ? r : -1;
    return okR && Math.abs(rel(r) - at) < Math.abs(rel(l) - at) ? r : l;
  };
  for (const q of ordered) {
    const sent = sents[sentenceAt(sents, q.start)] as Span | undefined;
    let i = -1;
    if (sent) i = nearest(firstIndex(atts.length, j => rel(j) >= sent.start), firstIndex(atts.length, j => rel(j) >= sent.end), q.start);
    if (i < 0) i = nearest(0, atts.length, q.start);
    if (i < 0) continue;
    atts[i].quote = { start: block.start + q.start, end: block.start + q.end };
    up[i] = i + 1;
    down[i + 1] = i;
  }
}

// ---------- offices

/** Between a title and the name it precedes: nothing, a comma, or a qualifier ("السابق", "آنذاك", "الجديد"). */
const ROLE_NAME_GAP = /^[\s،,]*(?:(?:السابق|السابقة|الاسبق|الأسبق|آنذاك|انذاك|حينها|حينذاك|وقتها|الحالي|الحالية|الجديد|الجديدة)[\s،,]*)?$/u;
/** Between a name and the title after it: a comma, then "the", "a former", "وهو"… */
const NAME_ROLE_GAP = /^\s*[،,]\s*(?:(?:the|a|an|former|then|current|new|ex-|وهو|وهي)[\s-]+)*$/iu;

const EN_FORMER = /(?:^|[^\p{L}])(former|ex-|then-|then|late)\s*$/iu;
const AR_FORMER_AFTER = /^[\s،,]*(السابق|السابقة|الاسبق|الأسبق)(?![\p{L}])/u;
const AR_THEN_AFTER = /^[\s،,]*(انذاك|آنذاك|حينها|حينذاك|وقتها|وقتذاك)(?![\p{L}])/u;

/** "The US ambassador to Russia, Jon Huntsman", "وزير الخارجية الروسي سيرغي لافروف", "Huntsman, the US ambassador". */
export function findOffices(prose: ProseBlock[], register: Register): Office[] {
  const out: Office[] = [];
  for (const p of prose) for (const o of officesIn(p, register)) out.push(o);
  return out;
}

/** Persons named with an office in one block. */
export function officesIn({ block, text, facts }: ProseBlock, register: Register): Office[] {
  const index = nameIndex(register);
  const out: Office[] = [];
  const qs = quotesOf(facts);
  const hits = index.findIn(facts).filter(h => !qs.some(q => h.start >= q.start && h.start < q.end));
  for (let i = 0; i + 1 < hits.length; i++) {
    const a = hits[i], b = hits[i + 1];
    const gap = text.slice(a.end, b.start);
    let role: NameHit | undefined, person: NameHit | undefined;
    if (a.entry.kind === 'role' && b.entry.kind === 'entity' && ROLE_NAME_GAP.test(gap)) { role = a; person = b; }
    else if (a.entry.kind === 'entity' && b.entry.kind === 'role' && NAME_ROLE_GAP.test(gap)) { person = a; role = b; }
    if (!role || !person || register.entities.get(person.entry.id)?.type !== 'person') continue;
    const beforeRole = text.slice(Math.max(0, role.start - 12), role.start);
    const afterRole = role === a ? gap : text.slice(role.end, role.end + 16);
    const qualifier = EN_FORMER.test(beforeRole) ? (/then/i.test(EN_FORMER.exec(beforeRole)![1]) ? 'then' : 'former')
      : role.formerInside || AR_FORMER_AFTER.test(afterRole) ? 'former' : AR_THEN_AFTER.test(afterRole) ? 'then' : undefined;
    out.push({
      block, person: person.entry.id, role: role.entry.id,
      start: block.start + person.start, end: block.start + person.end,
      roleStart: block.start + role.start, roleEnd: block.start + role.end, qualifier,
    });
    i++;
  }
  return out;
}
