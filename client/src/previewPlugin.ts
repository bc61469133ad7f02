/**
 * A markdown-it plugin for VS Code's Markdown preview: a ```claim block renders as small badges
 * (one per ref id) instead of a code block. No vscode API here, so it is unit-tested in node.
 * Colours need the register: `statusOf` supplies a status when it is known; otherwise the
 * badge is neutral and shows only the id.
 */
import type MarkdownItModule from 'markdown-it';
import { parse } from 'yaml';

type MarkdownIt = MarkdownItModule.MarkdownIt;

export interface ClaimBadgeOptions {
  /** The register status of a claim id, if known (verified, disputed, false…). */
  statusOf?: (id: string) => string | undefined;
}

const BASE = 'display:inline-block;margin:0 .4em .3em 0;padding:.1em .6em;border-radius:1em;font-size:.85em;'
  + 'line-height:1.5;font-family:var(--vscode-font-family, sans-serif);';
const NEUTRAL = 'background:var(--vscode-badge-background, #616161);color:var(--vscode-badge-foreground, #fff);';
const STATUS_STYLE: Record<string, { mark: string; style: string }> = {
  verified: { mark: '✓', style: 'background:#2e7d32;color:#fff;' },
  unverified: { mark: '?', style: 'background:#546e7a;color:#fff;' },
  disputed: { mark: '!', style: 'background:#b26a00;color:#fff;' },
  false: { mark: '✗', style: 'background:#c62828;color:#fff;' },
  retracted: { mark: '⊘', style: 'background:#6d4c41;color:#fff;' },
};

/** The refs a claim block names: `ref: id`, `ref: [a, b]`, or a list of such mappings. */
export function claimRefs(yamlText: string): { refs: string[]; valid: boolean } {
  let value: unknown;
  try {
    value = parse(yamlText);
  } catch {
    return { refs: [], valid: false };
  }
  const entries = Array.isArray(value) ? value : [value];
  const refs: string[] = [];
  for (const entry of entries) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) continue;
    const ref = (entry as Record<string, unknown>).ref;
    for (const r of Array.isArray(ref) ? ref : [ref]) {
      if (typeof r === 'string' && r.trim() !== '') refs.push(r.trim());
      else if (typeof r === 'number') refs.push(String(r));
    }
  }
  return { refs, valid: value === null || typeof value === 'object' };
}

export function claimBadges(md: MarkdownIt, options: ClaimBadgeOptions = {}): void {
  const fallback = md.renderer.rules.fence;
  const escape = md.utils.escapeHtml;
  md.renderer.rules.fence = (tokens, idx, opts, env, self) => {
    const token = tokens[idx];
    if (token.info.trim().split(/\s+/)[0] !== 'claim') {
      return fallback ? fallback(tokens, idx, opts, env, self) : self.renderToken(tokens, idx, opts);
    }
    const { refs, valid } = claimRefs(token.content);
    const badges = !valid
      ? [badge(escape, 'claim: invalid YAML', 'The claim block is not valid YAML.', NEUTRAL, 'invalid')]
      : refs.length === 0
        ? [badge(escape, 'unregistered claim', 'A claim block without ref: a claim not yet in the register.', NEUTRAL, 'unregistered')]
        : refs.map(id => {
          const status = options.statusOf?.(id);
          const known = status !== undefined ? STATUS_STYLE[status] : undefined;
          const title = `Claim ${id}${status ? `: ${status}` : ''}`;
          return badge(escape, known ? `${known.mark} ${id}` : id, title, known ? known.style : NEUTRAL, known ? status! : 'unknown', id);
        });
    // Keep the token's attributes: VS Code puts its scroll-sync `data-line` and `code-line` class there.
    token.attrJoin('class', 'claimcheck-claims');
    return `<div${self.renderAttrs(token)}>${badges.join('')}</div>\n`;
  };
}

function badge(escape: (s: string) => string, text: string, title: string, style: string, status: string, id?: string): string {
  const data = id === undefined ? '' : ` data-claim="${escape(id)}"`;
  return `<span class="claimcheck-claim claimcheck-status-${escape(status)}"${data} title="${escape(title)}" style="${BASE}${style}">${escape(text)}</span>`;
}
