/**
 * The `claimcheck` settings of one document. Never kept in globals: pulled per document with
 * workspace/configuration (scopeUri) when the client supports it and cached per document until the
 * next didChangeConfiguration; otherwise the values the client last pushed.
 */
import type { Connection, DidChangeConfigurationParams } from 'vscode-languageserver/node';
import { atLeast, CheckOptions, Finding, Severity, SEVERITY_RANK, SeveritySetting } from '../engine/index';

export interface Settings {
  /** Register path, relative to the workspace folder. */
  register?: string;
  /** Lowest severity shown. */
  level: Severity;
  /** Severity per check code; "off" drops the code. */
  severity: Partial<Record<string, SeveritySetting>>;
  /** Language of labels and messages ('en' | 'ar'); unset: the client's locale. */
  locale?: 'en' | 'ar';
  /** Days after which a claim's last review is stale (stale-review); 0 turns the check off. */
  staleReviewDays: number;
}

/** The engine's options for these settings (today's date for stale-review). */
export function checkOptions(settings: Settings): CheckOptions {
  return {
    severity: settings.severity,
    ...(settings.staleReviewDays > 0 ? { review: { today: Math.floor(Date.now() / 86_400_000), maxAgeDays: settings.staleReviewDays } } : {}),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLevel = (v: unknown): v is Severity => typeof v === 'string' && Object.hasOwn(SEVERITY_RANK, v);

/** Settings from whatever the client sent; anything malformed falls back to the defaults. */
export function readSettings(raw: unknown): Settings {
  const o = isObject(raw) ? raw : {};
  const severity: Settings['severity'] = {};
  if (isObject(o.severity)) {
    for (const [code, v] of Object.entries(o.severity)) if (v === 'off' || isLevel(v)) severity[code] = v;
  }
  return {
    register: typeof o.register === 'string' && o.register.trim() ? o.register.trim() : undefined,
    level: isLevel(o.level) ? o.level : 'hint',
    severity,
    ...(o.locale === 'en' || o.locale === 'ar' ? { locale: o.locale } : {}),
    staleReviewDays: typeof o.staleReviewDays === 'number' && Number.isFinite(o.staleReviewDays) && o.staleReviewDays >= 0 ? Math.floor(o.staleReviewDays) : 365,
  };
}

/** Severity overrides, then the level; for findings the engine did not already adjust. */
export function applySettings(findings: readonly Finding[], settings: Settings): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const s = settings.severity[f.code];
    if (s === 'off') continue;
    out.push(s ? { ...f, severity: s } : f);
  }
  return atLeast(out, settings.level);
}

export class SettingsSource {
  private readonly perDocument = new Map<string, Promise<Settings>>();
  private pushed: unknown;
  /** Bumped on every configuration change, so cached results can tell they are stale. */
  epoch = 0;

  constructor(private readonly connection: Connection, private readonly pull: boolean) {}

  get(uri: string): Promise<Settings> {
    if (!this.pull) return Promise.resolve(readSettings(this.pushed));
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'claimcheck' })
        .then(readSettings, () => readSettings(undefined));
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  changed(params: DidChangeConfigurationParams): void {
    const all: unknown = params.settings;
    this.pushed = isObject(all) ? all.claimcheck : undefined;
    this.perDocument.clear();
    this.epoch++;
  }

  forget(uri: string): void { this.perDocument.delete(uri); }
}
