/**
 * The diagnostics of one document computed on request, from the same engine call and settings as
 * the published ones: what fix-all actions and pull diagnostics read.
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import { checkArticle, LineIndex } from '../engine/index';
import { toDiagnostic } from './convert';
import type { Services, View } from './services';
import { applySettings, checkOptions } from './settings';

/** An article's diagnostics (its register looked up, not marked in use). */
export async function articleDiagnostics(s: Services, a: { uri: string; text: string }): Promise<Diagnostic[]> {
  const settings = await s.settingsFor(a.uri);
  const { register, problem } = s.registers.lookup(a.uri, a.text, settings.register);
  const { findings } = checkArticle(a.text, register, checkOptions(settings), s.memoFor(a.uri));
  const lines = new LineIndex(a.text);
  const locale = s.uiLocale(settings);
  return applySettings(problem ? [problem, ...findings] : findings, settings).map(f => toDiagnostic(f, lines, s.fixTarget, locale));
}

/** The diagnostics of the document a view shows: an article's, or a register file's own findings. */
export async function viewDiagnostics(s: Services, view: View): Promise<Diagnostic[]> {
  if (view.kind === 'article') return articleDiagnostics(s, view);
  const settings = await s.settingsFor(view.uri);
  return applySettings(view.register.findings.get(view.file) ?? [], settings).map(f => toDiagnostic(f, view.lines, s.fixTarget, view.ui));
}
