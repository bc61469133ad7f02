/**
 * A decoy register for the workspace-trust tests: examples/claims.yaml with the last 2+2 meeting
 * moved to August 2012, so the English draft's "August 2012" agrees with it. Used by the trusted
 * suite (suite/trust.test.ts: a workspace setting naming it is honoured) and the harness for the
 * untrusted one (untrusted/: the same setting is withheld).
 */
export function decoyRegister(real: string): string {
  const at = real.indexOf('date: 2013-08-09', real.indexOf('  last-2plus2-meeting:'));
  if (real.indexOf('  last-2plus2-meeting:') < 0 || at < 0) throw new Error('examples/claims.yaml no longer dates last-2plus2-meeting 2013-08-09; update the decoy');
  return real.slice(0, at) + 'date: 2012-08' + real.slice(at + 'date: 2013-08-09'.length);
}
