/**
 * Reading articles byte-exactly (server/src/cli/encoding.ts): a UTF-8 file is `exact` (re-encoding
 * its text gives its bytes, so --fix may rewrite it) exactly when its bytes are valid UTF-8, which
 * the native check answers; and firstInvalidUtf8, which says where a file is not UTF-8, agrees. On
 * random bytes, random valid UTF-8 of every length class, and the invalid forms: overlong
 * sequences, UTF-16 surrogates, code points past U+10FFFF, truncated and stray continuation bytes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode, firstInvalidUtf8 } from '../../server/out/cli/encoding.js';
import { Gen } from '../robustness/yamlGen';

const INVALID = [
  [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xe0, 0x9f, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf0, 0x80, 0x80, 0x80],
  [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xff], [0xfe], [0x80], [0xbf], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98],
];
const VALID = ['a', 'é', 'ب', '٢٠١٣', '€', '\u200F', '\uFEFF', '😀', '\u{10FFFF}', '\uD7FF', '\uE000', '\n', '\r\n'];

test('a UTF-8 file is exact when its bytes are valid UTF-8, and firstInvalidUtf8 says so too', () => {
  const g = new Gen(20261129);
  let exact = 0, inexact = 0;
  for (let i = 0; i < 20_000; i++) {
    const parts: number[] = [];
    const n = g.int(12);
    for (let k = 0; k < n; k++) {
      const r = g.r();
      if (r < 0.6) parts.push(...Buffer.from(g.pick(VALID), 'utf8'));
      else if (r < 0.75) parts.push(...g.pick(INVALID));
      else parts.push(g.int(256));
    }
    const buf = Buffer.from(parts);
    if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) continue; // UTF-16 BOMs
    const d = decode(buf);
    const roundTrip = Buffer.from(buf.toString('utf8'), 'utf8').equals(buf);
    assert.equal(d.exact, roundTrip, `exact for ${buf.toString('hex')}`);
    assert.equal(firstInvalidUtf8(buf) < 0, roundTrip, `firstInvalidUtf8 for ${buf.toString('hex')}`);
    if (d.exact) exact++; else inexact++;
  }
  assert.ok(exact > 2000 && inexact > 2000, `${exact} valid and ${inexact} invalid buffers`);
});
