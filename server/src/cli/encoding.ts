/**
 * Reading and writing articles byte-exactly: UTF-8 (with or without BOM) and UTF-16 with a BOM.
 * The decoded text keeps the BOM as U+FEFF (engine offsets count it), so encoding it again gives
 * the same bytes; `exact` says whether that round trip holds (it does not for invalid UTF-8).
 */
export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

export interface Decoded { text: string; encoding: Encoding; exact: boolean }

export function decode(buf: Buffer): Decoded {
  let encoding: Encoding = 'utf8';
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) encoding = 'utf16le';
  else if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) encoding = 'utf16be';
  const text = encoding === 'utf16be' ? swap16(buf).toString('utf16le') : buf.toString(encoding);
  return { text, encoding, exact: encode(text, encoding).equals(buf) };
}

export function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf16be') return swap16(Buffer.from(text, 'utf16le'));
  return Buffer.from(text, encoding);
}

function swap16(buf: Buffer): Buffer {
  const copy = Buffer.from(buf.subarray(0, buf.length - (buf.length % 2)));
  return copy.swap16();
}
