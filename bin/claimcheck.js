#!/usr/bin/env node
'use strict';
const { run } = require('../server/out/cli/main.js');
process.exitCode = run(process.argv.slice(2), s => process.stdout.write(s), s => process.stderr.write(s));
