/**
 * Reading and writing articles byte-exactly: UTF-8 (with or without BOM) and UTF-16 with a BOM.
 * The decoded text keeps the BOM as U+FEFF (engine offsets count it), so encoding it again gives
 * the same bytes; `exact` says whether that round trip holds (it does not for invalid UTF-8).
 */
import { isUtf8 } from 'node:buffer';

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

export interface Decoded { text: string; encoding: Encoding; exact: boolean }

export function decode(buf: Buffer): Decoded {
  let encoding: Encoding = 'utf8';
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) encoding = 'utf16le';
  else if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) encoding = 'utf16be';
  const text = encoding === 'utf16be' ? swap16(buf).toString('utf16le') : buf.toString(encoding);
  // Valid UTF-8 decodes and encodes back to the same bytes, and only valid UTF-8 does (anything else
  // becomes U+FFFD): the native check answers without encoding the text again.
  return { text, encoding, exact: encoding === 'utf8' ? isUtf8(buf) : encode(text, encoding).equals(buf) };
}

export function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf16be') return swap16(Buffer.from(text, 'utf16le'));
  return Buffer.from(text, encoding);
}

function swap16(buf: Buffer): Buffer {
  const copy = Buffer.from(buf.subarray(0, buf.length - (buf.length % 2)));
  return copy.swap16();
}

/**
 * Why decoded bytes are not an article's text, or undefined when they are: invalid UTF-8 (outside a
 * UTF-16 file with its BOM), or a NUL character, which no text file has (git's test for binary).
 * Says where, as line and column (1-based, in bytes).
 */
export function notText(buf: Buffer, decoded: Decoded): string | undefined {
  const where = (offset: number) => {
    let line = 1, lineStart = 0;
    for (let i = buf.indexOf(10); i >= 0 && i < offset; i = buf.indexOf(10, i + 1)) { line++; lineStart = i + 1; }
    return `line ${line}, column ${offset - lineStart + 1}`;
  };
  if (decoded.encoding === 'utf8') {
    const bad = decoded.exact ? -1 : firstInvalidUtf8(buf);
    if (bad >= 0) return `not UTF-8 text: not valid UTF-8 (byte 0x${buf[bad].toString(16).toUpperCase().padStart(2, '0')} at ${where(bad)}); not checked`;
    const nul = buf.indexOf(0);
    if (nul >= 0) return `a binary file, not text (a NUL byte at ${where(nul)}); not checked`;
    return undefined;
  }
  if (!decoded.exact) return `not UTF-16 text: an odd number of bytes or an unpaired surrogate after the ${decoded.encoding === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE'} BOM; not checked`;
  const nul = decoded.text.indexOf('\0');
  return nul >= 0 ? `a binary file, not text (a NUL character at UTF-16 offset ${nul}); not checked` : undefined;
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(buf: Buffer): number {
  for (let i = 0; i < buf.length;) {
    const b = buf[i];
    if (b < 0x80) { i++; continue; }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (n === 0 || i + n >= buf.length) return i;
    for (let k = 1; k <= n; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
    const b1 = buf[i + 1];
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
    i += n + 1;
  }
  return -1;
}
