/**
 * The custom requests between this client and the Claimcheck language server. Plain structural
 * types (LSP's Location/Range shapes, JSON only): the server implements them without importing
 * client code, and the client never imports server code.
 */

/** `claimcheck/claims`: the claims of the workspace's registers, each with where it is cited. */
export const CLAIMS_METHOD = 'claimcheck/claims';

export interface ClaimsParams {
  /**
   * Limit the answer to the register that governs this document (an article or a register
   * file). Omitted: every register found in the workspace folders.
   */
  uri?: string;
}

export type ClaimStatus = 'verified' | 'unverified' | 'disputed' | 'false' | 'retracted';

export interface ClaimsResult {
  claims: ClaimInfo[];
}

export interface ClaimInfo {
  /** The claim id (the key under `claims:`). */
  id: string;
  /** The register's `status`; absent when the entry has none (or an invalid one). */
  status?: ClaimStatus;
  /** `statement` (else `quote`) in one language, for tooltips: the article language or the first listed. */
  statement?: string;
  /** The `date` as written in the register: `2013`, `2013-08`, `2013-08-09` or `FROM/TO`. */
  date?: string;
  /** Where the claim is defined: the register file's URI and the range of the id key. */
  location: ProtocolLocation;
  /** Every claim-block `ref` naming this id in the workspace's articles (open or on disk): the range of the id. */
  citations: ProtocolLocation[];
}

export interface ProtocolPosition { line: number; character: number }
export interface ProtocolRange { start: ProtocolPosition; end: ProtocolPosition }
export interface ProtocolLocation { uri: string; range: ProtocolRange }
