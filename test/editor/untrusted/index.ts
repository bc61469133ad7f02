/**
 * The extension-host suite for an untrusted workspace (restricted mode): harness/main.ts runs it
 * in a second code-server with workspace trust on and nothing trusted, on a copy of examples/
 * whose .vscode/settings.json points claimcheck.register at a decoy register (see
 * harness/main.ts `untrustedWorkspace`).
 */
import { runFolder } from '../suite/index';

export function run(): Promise<void> {
  return runFolder(__dirname);
}
