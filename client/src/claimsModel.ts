/** The Claims view's model, free of the vscode API (unit-tested in node): grouping and ordering. */
import type { ClaimInfo, ClaimStatus, ProtocolLocation } from './protocol';

/** Problems first: what a desk must act on leads the view. */
export const STATUS_ORDER: Array<ClaimStatus | 'none'> = ['false', 'retracted', 'disputed', 'unverified', 'verified', 'none'];

export const STATUS_LABEL: Record<ClaimStatus | 'none', string> = {
  false: 'False',
  retracted: 'Retracted',
  disputed: 'Disputed',
  unverified: 'Unverified',
  verified: 'Verified',
  none: 'No status',
};

export interface StatusGroup { status: ClaimStatus | 'none'; claims: ClaimInfo[] }
export interface CitingArticle { uri: string; citations: ProtocolLocation[] }

export function statusKey(status: string | undefined): ClaimStatus | 'none' {
  return status !== undefined && (STATUS_ORDER as string[]).includes(status) && status !== 'none' ? status as ClaimStatus : 'none';
}

/** Non-empty status groups in STATUS_ORDER, claims sorted by id within each. */
export function groupByStatus(claims: readonly ClaimInfo[]): StatusGroup[] {
  const groups = new Map<ClaimStatus | 'none', ClaimInfo[]>();
  for (const c of claims) {
    const key = statusKey(c.status);
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  return STATUS_ORDER.filter(s => groups.has(s)).map(status => ({
    status,
    claims: [...groups.get(status)!].sort((a, b) => a.id.localeCompare(b.id) || a.location.uri.localeCompare(b.location.uri)),
  }));
}

/** The articles citing a claim, each once, in URI order, with its citations in document order. */
export function citingArticles(claim: ClaimInfo): CitingArticle[] {
  const byUri = new Map<string, ProtocolLocation[]>();
  for (const c of claim.citations) {
    const list = byUri.get(c.uri) ?? [];
    list.push(c);
    byUri.set(c.uri, list);
  }
  return [...byUri.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([uri, citations]) => ({
      uri,
      citations: citations.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character),
    }));
}
