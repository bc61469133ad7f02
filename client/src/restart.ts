/**
 * What to do when the language server's connection closes unexpectedly (a crash, an out-of-memory
 * kill): restart it, and tell the user once; after too many crashes in a short time, stop and say
 * so. No imports, so the policy is tested in plain Node (test/robustness/trust.test.ts);
 * extension.ts turns it into the LanguageClient's ErrorHandler.
 */
export interface CrashPolicy {
  /** The connection closed: 'restart' the server, or 'stop' for good. */
  closed(): 'restart' | 'stop';
  /** A read or write error on the connection (the `count`-th in a row): 'continue' or 'shutdown'. */
  error(count: number | undefined): 'continue' | 'shutdown';
}

export const RESTARTED_MESSAGE = 'The Claimcheck language server stopped unexpectedly and was restarted. If it happens again, the Claimcheck output has the details.';
export const GAVE_UP_MESSAGE = 'The Claimcheck language server crashed too often and was not restarted again. The Claimcheck output has the details; reload the window to start it again.';

/**
 * Restarts after each crash, at most `maxRestarts` within `windowMs`; the first restart is
 * announced through `notify`, later ones only go to `log`, and giving up is announced once.
 */
export function crashPolicy(notify: (message: string) => void, log: (message: string) => void, maxRestarts = 4, windowMs = 3 * 60_000, now = () => Date.now()): CrashPolicy {
  const crashes: number[] = [];
  let announced = false, gaveUp = false;
  return {
    closed() {
      const t = now();
      crashes.push(t);
      while (crashes.length && t - crashes[0] > windowMs) crashes.shift();
      if (gaveUp || crashes.length > maxRestarts) {
        if (!gaveUp) notify(GAVE_UP_MESSAGE);
        gaveUp = true;
        log(`The language server closed ${crashes.length} times in ${Math.round(windowMs / 60_000)} minutes; not restarted.`);
        return 'stop';
      }
      log('The language server closed unexpectedly; restarting it.');
      if (!announced) notify(RESTARTED_MESSAGE);
      announced = true;
      return 'restart';
    },
    error(count) {
      return count === undefined || count <= 3 ? 'continue' : 'shutdown';
    },
  };
}
