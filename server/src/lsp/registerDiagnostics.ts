/**
 * Diagnostics of register files (yaml-syntax, schema, duplicate-id, dangling-ref, role-overlap,
 * date-order): every file of every register in use, converted against the text it was read from.
 * Files that left every register are cleared. Runs one at a time; a request during a run reruns.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { Finding, LineIndex } from '../engine/index';
import { FixTarget, internalError, toDiagnostic } from './convert';
import type { OpenFiles } from './documents';
import type { Locale } from './i18n';
import type { EditorRegisters } from './registers';
import { Scheduler } from './scheduler';
import { applySettings, Settings, SettingsSource } from './settings';

interface Shown { uri: string; epoch: number; lists: Finding[][] }

const same = (a: Finding[][], b: Finding[][]) => a.length === b.length && a.every((l, i) => l === b[i]);

export class RegisterDiagnostics {
  private readonly scheduler = new Scheduler(() => this.run());
  private readonly shown = new Map<string, Shown>();
  private running = false;
  private again = false;

  constructor(
    private readonly connection: Connection,
    private readonly registers: EditorRegisters,
    private readonly settings: SettingsSource,
    private readonly files: OpenFiles,
    private readonly fixTarget: FixTarget,
    /** The language of messages under a file's settings. */
    private readonly locale: (settings: Settings) => Locale,
  ) {}

  schedule(): void { this.scheduler.schedule('registers'); }

  private async run(): Promise<void> {
    if (this.running) { this.again = true; return; }
    this.running = true;
    try {
      do {
        this.again = false;
        await this.refresh();
      } while (this.again);
    } catch (error) {
      this.connection.console.error(`Publishing register diagnostics failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    } finally {
      this.running = false;
    }
  }

  private async refresh(): Promise<void> {
    // A file read by several registers (a shared include) gets the findings of each, once.
    const byFile = new Map<string, { text?: string; lists: Finding[][] }>();
    for (const reg of this.registers.inUse()) {
      for (const file of reg.files) {
        const entry = byFile.get(file) ?? { text: this.registers.textOf(reg, file), lists: [] };
        entry.lists.push(reg.findings.get(file) ?? []);
        byFile.set(file, entry);
      }
    }
    const epoch = this.settings.epoch;
    for (const [file, { text, lists }] of byFile) {
      const prev = this.shown.get(file);
      if (prev && prev.epoch === epoch && same(prev.lists, lists)) continue;
      const uri = this.files.uri(file);
      let diagnostics: Diagnostic[];
      try {
        const settings = await this.settings.get(uri);
        const lines = new LineIndex(text ?? this.files.read(file) ?? '');
        const locale = this.locale(settings);
        diagnostics = applySettings(unique(lists.flat()), settings).map(f => toDiagnostic(f, lines, this.fixTarget, locale));
      } catch (error) {
        this.connection.console.error(`Converting diagnostics of ${file} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        diagnostics = [internalError(error)];
      }
      if (prev && prev.uri !== uri) void this.connection.sendDiagnostics({ uri: prev.uri, diagnostics: [] });
      void this.connection.sendDiagnostics({ uri, diagnostics });
      this.shown.set(file, { uri, epoch, lists });
    }
    for (const [file, prev] of this.shown) {
      if (byFile.has(file)) continue;
      void this.connection.sendDiagnostics({ uri: prev.uri, diagnostics: [] });
      this.shown.delete(file);
    }
  }
}

function unique(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter(f => {
    const key = `${f.code}\0${f.start}\0${f.end}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => a.start - b.start || a.end - b.end);
}
