#!/usr/bin/env node
'use strict';
// The Claimcheck language server over stdio (--stdio), node IPC (--node-ipc), a socket (--socket=N) or a pipe (--pipe=NAME).
const TRANSPORT = /^--(stdio|node-ipc|socket=\d+|pipe=.+)$/;
if (!process.argv.slice(2).some(a => TRANSPORT.test(a))) {
  process.stderr.write('Usage: claimcheck-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n');
  process.exit(2);
}
require('../server/out/lsp/server.js');
