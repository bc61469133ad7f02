/**
 * Character classes as table lookups, for hot loops that would otherwise run a Unicode property
 * regex (`/[\p{L}\p{M}\p{N}]/u`) once per character. Each class is defined by that very regex:
 * its table is filled a 256-unit page at a time, on first use, by running the regex over the
 * page, so a lookup agrees with the regex by construction (same Unicode version, same rules) and
 * a text that only uses ASCII and Arabic costs a handful of pages. Code points outside the BMP
 * (surrogate pairs) ask the regex directly; a lone surrogate is in no class, as with the `u` flag.
 */
export class CharClass {
  /** Per code unit: 1 = in the class. Meaningful only on pages already filled. */
  private readonly table = new Uint8Array(0x10000);
  private readonly filled = new Uint8Array(0x100);
  private readonly one: RegExp;
  private readonly run: RegExp;

  /** `cls` is a bracketed class or a property escape, e.g. "[\\p{L}\\p{N}]" or "\\p{Lu}". */
  constructor(cls: string) {
    this.one = new RegExp(`^${cls}$`, 'u');
    this.run = new RegExp(`${cls}+`, 'gu');
  }

  /** Whether the BMP code unit `c` is in the class (surrogate halves never are). */
  hasUnit(c: number): boolean {
    if (!this.filled[c >> 8]) this.fill(c >> 8);
    return this.table[c] === 1;
  }

  /**
   * How many code units the character at `i` takes if it is in the class: 1, 2 (a surrogate
   * pair), or 0 when it is not in the class (or i is out of range).
   */
  widthAt(text: string, i: number): number {
    const c = text.charCodeAt(i);
    if (c !== c) return 0; // NaN: past the end
    if (c < 0xd800 || c > 0xdbff) return this.hasUnit(c) ? 1 : 0;
    const d = text.charCodeAt(i + 1);
    if (!(d >= 0xdc00 && d <= 0xdfff)) return 0; // a lone high surrogate
    return this.one.test(text.slice(i, i + 2)) ? 2 : 0;
  }

  /** Whether the code point starting at `i` is in the class. */
  at(text: string, i: number): boolean {
    return this.widthAt(text, i) > 0;
  }

  private fill(page: number): void {
    const base = page << 8;
    const units = new Array<number>(256);
    // Surrogate halves are written as spaces: alone, they are in no class.
    for (let k = 0; k < 256; k++) { const c = base + k; units[k] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c; }
    const s = String.fromCharCode(...units);
    this.run.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.run.exec(s))) for (let k = m.index; k < m.index + m[0].length; k++) this.table[base + k] = 1;
    this.filled[page] = 1;
  }
}

/** Letters, marks and digits of any script: what a word is made of. */
export const WORD_CHARS = new CharClass('[\\p{L}\\p{M}\\p{N}]');
/** Letters of any script. */
export const LETTERS = new CharClass('\\p{L}');
/** Letters and digits of any script. */
export const LETTERS_DIGITS = new CharClass('[\\p{L}\\p{N}]');
