/**
 * What the checks read from one prose text (a block or passage with its markup blanked): its
 * folded copy, the words of that copy, which scripts and digits it has, and whatever the other
 * modules derive from it (dates, names, quotes, sentences, speech cues), each computed once, on
 * first use, and shared by every check that reads the text.
 *
 * checkArticle makes one TextFacts per block and hands it to every check, so a block is folded,
 * tokenised and searched once however many checks read it. The public functions that take a plain
 * text (findDates, NameIndex.find, …) go through `factsOf`, a cache by text, so an editor that
 * re-checks an article on every keystroke reuses the facts of the blocks that did not change.
 */
import { ARABIC_SCRIPT, Folded, foldText } from './fold';
import { memoByText } from './memo';
import { Token, tokenize } from './tokens';

export class TextFacts {
  private foldedCopy?: Folded;
  private words?: Token[];
  private slots?: Map<unknown, unknown>;

  constructor(readonly text: string) {}

  /** The folded copy (text/fold.ts) with its map back to the text. Not through fold()'s cache: these facts are the cache. */
  get folded(): Folded {
    return (this.foldedCopy ??= foldText(this.text));
  }

  /** The word tokens of the folded copy (offsets into the folded text). */
  get tokens(): Token[] {
    return (this.words ??= tokenize(this.folded.text));
  }

  /**
   * Drops the tokens, which the checks read while they run but which no result keeps: a text's
   * facts stay cached (factsOf) with what was found in it, not with every word of it. They are
   * made again if asked for.
   */
  release(): void {
    this.words = undefined;
  }

  /**
   * The longest run of consecutive ASCII digits in the folded copy (0: no digit). Folding turns
   * Eastern Arabic and Persian digits into ASCII ones, so "٢٠١٣" is a run of 4; number words
   * ("ألفين") are no digits.
   */
  get digitRun(): number {
    if (this.longestRun >= 0) return this.longestRun;
    const f = this.folded.text;
    let longest = 0, run = 0;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c >= 48 && c <= 57) { if (++run > longest) longest = run; } else run = 0;
    }
    return (this.longestRun = longest);
  }
  private longestRun = -1;

  /**
   * Whether the text has a character of the Arabic script blocks (ARABIC_SCRIPT). Folding maps no
   * other character into them, so a folded copy without one has none either.
   */
  get hasArabicScript(): boolean {
    return (this.arabic ??= ARABIC_SCRIPT.test(this.text));
  }
  private arabic?: boolean;

  /**
   * The value `compute` derives from these facts, computed on first use and kept under `key` (a
   * string naming the derivation and its settings, or an object such as a register's name index).
   * Callers must not modify what they get.
   */
  get<T>(key: unknown, compute: (facts: TextFacts) => T): T {
    const slots = (this.slots ??= new Map());
    const known = slots.get(key);
    if (known !== undefined || slots.has(key)) return known as T;
    const value = compute(this);
    slots.set(key, value);
    return value;
  }
}

/**
 * Slot keys for results that depend on the rule sets a text is read with ('ar', 'en', both,
 * neither), made once so that a lookup does not build and hash a new key string.
 */
export function langSlots(name: string): (langs: ReadonlySet<string>) => string {
  const keys = ['', 'ar', 'en', 'ar,en'].map(k => `${name}:${k}`);
  return langs => keys[(langs.has('ar') ? 1 : 0) + (langs.has('en') ? 2 : 0)];
}

/** The facts of a text (cached by text; texts over 50 000 characters get fresh facts on each call). */
export const factsOf = memoByText((text: string) => new TextFacts(text));
