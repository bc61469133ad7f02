#!/usr/bin/env node
'use strict';
const { run } = require('../server/out/cli/main.js');
Promise.resolve(run(process.argv.slice(2), s => process.stdout.write(s), s => process.stderr.write(s)))
  .then(code => { process.exitCode = code; }, error => { process.stderr.write(`claimcheck: ${error && error.stack || error}\n`); process.exitCode = 2; });
