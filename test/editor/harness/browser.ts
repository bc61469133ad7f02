/** Debian's Chromium through playwright-core (no browser download), and page helpers. */
import * as fs from 'node:fs';
import * as util from 'node:util';
import { Browser, chromium, ConsoleMessage, Page } from 'playwright-core';

export const CHROMIUM = process.env.CLAIMCHECK_CHROMIUM ?? '/usr/bin/chromium';

/** `env`: the scratch HOME/XDG/TMPDIR, so the browser's profile caches stay out of the real HOME. */
export async function launchChromium(env?: NodeJS.ProcessEnv): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (scripts/editor-test.sh install-system)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    ...(env ? { env: env as Record<string, string> } : {}),
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
}

/**
 * Forwards the page console (extension-host output included) to our stdout, prefixed, and all
 * of it to `logFile`. Messages are printf-formatted in order (VS Code logs '%c INFO', css, …).
 * Returns a function that resolves once every message so far has been written.
 */
export function forwardConsole(page: Page, prefix: string, logFile: string, options: { onLine?: (text: string) => void; quiet?: boolean } = {}): () => Promise<void> {
  let chain = Promise.resolve();
  const emit = (type: string, text: string) => {
    fs.appendFileSync(logFile, `[${type}] ${text}\n`);
    options.onLine?.(text);
    if (isNoise(text) || (options.quiet && type !== 'error')) return;
    process.stdout.write(`${prefix}${type === 'error' || type === 'warning' ? `[${type}] ` : ''}${text}\n`);
  };
  page.on('console', (msg: ConsoleMessage) => {
    const type = msg.type();
    const args = msg.args();
    chain = chain.then(async () => {
      const values = await Promise.all(args.map(a => a.jsonValue().catch(() => '[object]')));
      emit(type, values.length > 0 ? formatConsole(values) : msg.text());
    }, () => undefined);
  });
  page.on('pageerror', error => emit('error', error.message));
  return () => chain;
}

/** Applies each printf-style format string to the arguments after it; drops %c styling and log-level tags. */
export function formatConsole(values: unknown[]): string {
  const out: string[] = [];
  let rest = values;
  while (rest.length > 0) {
    const [first, ...more] = rest;
    if (typeof first === 'string' && /%[sdifjoOc]/.test(first)) {
      const n = (first.match(/%[sdifjoOc]/g) ?? []).length;
      out.push(util.format(first, ...more.slice(0, n)));
      rest = more.slice(n);
    } else {
      out.push(typeof first === 'string' ? first : util.inspect(first, { depth: 3 }));
      rest = more;
    }
  }
  return out.join(' ').replace(/^\s*(INFO|TRACE|DEBUG|WARN|ERR)\s+/, '').replace(/\s+$/, '');
}

/** Workbench chatter that says nothing about the extension under test. */
function isNoise(text: string): boolean {
  return NOISE.some(re => re.test(text));
}

const NOISE = [
  /Failed to load resource|ERR_NAME_NOT_RESOLVED|marketplace|open-vsx|Extension Gallery/i,
  /Creating a socket|connection token|web worker extension host|allow-scripts and allow-same-origin/,
  /Updating additional builtin extensions cache|\[Service Worker\]|ChatSessionStore|Overwriting extension <</,
  /Long running operations during shutdown/,
];
