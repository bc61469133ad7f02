/** A unified diff of two texts by lines (Myers), as `git apply` and `patch -p1` read it. */

export function unifiedDiff(oldText: string, newText: string, file: string, context = 3): string {
  if (oldText === newText) return '';
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const ops = diffLines(a, b);
  // Group the operations into hunks with `context` unchanged lines around each change.
  const out: string[] = [`--- a/${file}\n`, `+++ b/${file}\n`];
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i].op === ' ') i++;
    if (i >= ops.length) break;
    let start = Math.max(0, i - context);
    let end = i;
    // extend while the next change is within 2*context unchanged lines
    for (;;) {
      while (end < ops.length && ops[end].op !== ' ') end++;
      let run = end;
      while (run < ops.length && ops[run].op === ' ') run++;
      if (run < ops.length && run - end <= 2 * context) { end = run; continue; }
      end = Math.min(ops.length, end + context);
      break;
    }
    const hunk = ops.slice(start, end);
    const aStart = hunk[0].a, bStart = hunk[0].b;
    const aLen = hunk.filter(o => o.op !== '+').length;
    const bLen = hunk.filter(o => o.op !== '-').length;
    out.push(`@@ -${range(aStart, aLen)} +${range(bStart, bLen)} @@\n`);
    for (const o of hunk) {
      out.push(o.op + o.line + (o.line.endsWith('\n') ? '' : '\n\\ No newline at end of file\n'));
    }
    i = end;
    start = end;
  }
  return out.join('');
}

function range(start: number, len: number): string {
  // 1-based; an empty range names the line before it
  const s = len === 0 ? start : start + 1;
  return len === 1 ? `${s}` : `${s},${len}`;
}

function splitLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  return lines.length === 1 && lines[0] === '' ? [] : lines;
}

interface Op { op: ' ' | '-' | '+'; line: string; a: number; b: number }

/** Myers' O((N+M)D) diff; returns every line with its operation and its 0-based position in a and b. */
function diffLines(a: string[], b: string[]): Op[] {
  const n = a.length, m = b.length, max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  const off = max + 1;
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[off + k] = x;
      if (x >= n && y >= m) { found = true; break; }
    }
  }
  // Walk back through the trace.
  const ops: Op[] = [];
  let x = n, y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[off + k - 1] < vd[off + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[off + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) { x--; y--; ops.push({ op: ' ', line: a[x], a: x, b: y }); }
    if (d === 0) break;
    if (x === prevX) { y--; ops.push({ op: '+', line: b[y], a: x, b: y }); }
    else { x--; ops.push({ op: '-', line: a[x], a: x, b: y }); }
  }
  return ops.reverse();
}
