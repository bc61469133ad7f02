/**
 * Annotated passages of an article: each prose block that claim blocks annotate, with the claims
 * they name. Also the small text helpers the features share about passages.
 */
import type { Block, Claim, ClaimBlock, Register } from '../engine/index';
import type { IndexedArticle } from './workspaceIndex';

export interface PassageClaims { passage: Block; blocks: ClaimBlock[]; claims: Claim[] }

/** Passages in order, each with the blocks annotating it and the registered claims they name. */
export function passageClaims(item: IndexedArticle, register: Register | undefined): PassageClaims[] {
  const byPassage = new Map<Block, PassageClaims>();
  for (const { block, entry } of item.entries) {
    if (!block.passage) continue;
    let group = byPassage.get(block.passage);
    if (!group) { group = { passage: block.passage, blocks: [], claims: [] }; byPassage.set(block.passage, group); }
    if (!group.blocks.includes(block)) group.blocks.push(block);
    for (const r of entry.refs) {
      const c = register?.claims.get(r.value);
      if (c && !group.claims.includes(c)) group.claims.push(c);
    }
  }
  return [...byPassage.values()].sort((a, b) => a.passage.start - b.passage.start);
}

/** Blanks markup that is not prose (inline code, link targets, URLs, HTML tags), keeping offsets. */
export function maskMarkup(text: string): string {
  return text.replace(/`[^`\n]*`|\]\([^)\n]*\)|<[^>\n]*>|https?:\/\/\S+/g, m => ' '.repeat(m.length));
}

/** The claim block whose YAML holds an offset (between its fences, or inside its comment). */
export function claimBlockAt(blocks: readonly ClaimBlock[], text: string, offset: number): ClaimBlock | undefined {
  return blocks.find(b => {
    const start = b.map(0);
    if (offset < start && !(b.yaml === '' && offset >= b.start)) return false;
    if (b.form === 'comment') {
      const close = text.indexOf('-->', start);
      return offset <= (close < 0 || close > b.end ? b.end : close);
    }
    // A fence: up to the end of its last content line (the closing fence is not YAML).
    const closing = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.test(text.slice(text.lastIndexOf('\n', b.end - 1) + 1, b.end));
    const end = closing ? text.lastIndexOf('\n', b.end - 1) : b.end;
    return offset <= Math.max(end, start);
  });
}
