'use strict';
// Preload (node --require) that denies the network: every way a Node program opens a connection or
// resolves a name is replaced by a trap that records the attempt and throws. The records go, one
// JSON line each, to the file named by CLAIMCHECK_NET_LOG (else to stderr), so a test can assert
// that nothing was attempted; test/robustness/network.test.ts also runs a control program that
// does try, to show that the traps catch it.
const fs = require('node:fs');

const LOG = process.env.CLAIMCHECK_NET_LOG;

function attempt(api, detail) {
  const line = JSON.stringify({ api, detail: String(detail ?? '').slice(0, 200), pid: process.pid, stack: new Error().stack.split('\n').slice(2, 6).map(s => s.trim()) }) + '\n';
  try {
    if (LOG) fs.appendFileSync(LOG, line);
    else process.stderr.write(`claimcheck no-network: ${line}`);
  } catch { /* the record is best effort; the throw below is what stops the connection */ }
  const err = new Error(`network access denied by no-network.cjs: ${api} ${detail ?? ''}`);
  err.code = 'ENETDENIED';
  return err;
}

const trap = (obj, name, api, describe) => {
  if (!obj || typeof obj[name] !== 'function') return;
  const original = obj[name];
  Object.defineProperty(obj, name, {
    configurable: true, writable: true,
    value: function trapped(...args) { throw attempt(api, describe ? describe(args) : ''); },
  });
  Object.defineProperty(obj[name], 'original', { value: original });
};
const where = args => {
  const a = args[0];
  if (a && typeof a === 'object') return `${a.host ?? a.hostname ?? a.path ?? ''}:${a.port ?? ''}`;
  return args.filter(x => typeof x !== 'function').map(String).join(' ');
};

const net = require('node:net');
trap(net.Socket.prototype, 'connect', 'net.Socket.connect', where);
trap(net, 'connect', 'net.connect', where);
trap(net, 'createConnection', 'net.createConnection', where);

const tls = require('node:tls');
trap(tls, 'connect', 'tls.connect', where);

const dns = require('node:dns');
for (const fn of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveSrv', 'resolveTxt', 'reverse']) {
  trap(dns, fn, `dns.${fn}`, where);
  trap(dns.promises, fn, `dns.promises.${fn}`, where);
}
trap(dns.Resolver && dns.Resolver.prototype, 'resolve', 'dns.Resolver.resolve', where);

for (const mod of ['http', 'https']) {
  const m = require(`node:${mod}`);
  trap(m, 'request', `${mod}.request`, where);
  trap(m, 'get', `${mod}.get`, where);
}
const http2 = require('node:http2');
trap(http2, 'connect', 'http2.connect', where);

const dgram = require('node:dgram');
trap(dgram.Socket.prototype, 'send', 'dgram.send', args => args.slice(1).filter(x => typeof x !== 'function').join(' '));
trap(dgram.Socket.prototype, 'connect', 'dgram.connect', where);

const deny = api => function denied(...args) { throw attempt(api, where(args)); };
globalThis.fetch = deny('fetch');
globalThis.WebSocket = class WebSocket { constructor(url) { throw attempt('WebSocket', url); } };
if (globalThis.EventSource !== undefined) globalThis.EventSource = class EventSource { constructor(url) { throw attempt('EventSource', url); } };
