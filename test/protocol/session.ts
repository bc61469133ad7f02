/** One server and one seeded workspace per test, always torn down. */
import { LspClient, StartOptions } from './lspClient';
import { seedWorkspace, Workspace } from './workspace';

export async function withServer(
  body: (client: LspClient, ws: Workspace) => Promise<void>,
  options: Omit<StartOptions, 'folder'> & { prepare?: (ws: Workspace) => void } = {},
): Promise<void> {
  const ws = seedWorkspace();
  let client: LspClient | undefined;
  try {
    options.prepare?.(ws);
    client = await LspClient.start({ ...options, folder: ws.dir });
    await body(client, ws);
  } finally {
    await client?.stop();
    ws.remove();
  }
}
