// The real graphql-ws client (npm) against our graphql-transport-ws server (tools/TransportTestHost), then
// protocol-level checks with raw `ws` sockets (close codes, ping/pong, the legacy subprotocol) and one SSE stream.
// Usage: TRANSPORT_TEST_HOST=path/to/TransportTestHost.dll node graphql-ws-client.mjs  (graphql-ws-client.sh sets it)
// Prints one line per check and last "N passed, M failed"; exit code 0 only when all pass.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const INIT_TIMEOUT_MS = 1500;
const STEP_TIMEOUT_MS = 10000;
let passed = 0;
let failed = 0;

const hostDll = process.env.TRANSPORT_TEST_HOST;
if (!hostDll) {
  console.log('TRANSPORT_TEST_HOST is not set (run graphql-ws-client.sh)');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function startHost(port) {
  return new Promise((resolve, reject) => {
    const child = spawn('dotnet', [hostDll, '--port', String(port), '--init-timeout-ms', String(INIT_TIMEOUT_MS)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error('the host did not start in 30 s:\n' + output)), 30000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited with ${code}:\n${output}`));
    });
  });
}

function withTimeout(promise, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), STEP_TIMEOUT_MS); }),
  ]).finally(() => clearTimeout(timer));
}

async function check(name, body) {
  try {
    await withTimeout(body(), name);
    passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error?.stack ?? JSON.stringify(error)}`);
  }
}

function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** Runs one operation with the graphql-ws client; every next payload, then how it ended. */
function run(client, payload) {
  return new Promise((resolve) => {
    const results = [];
    client.subscribe(payload, {
      next: (value) => results.push(value),
      error: (error) => resolve({ results, error }),
      complete: () => resolve({ results, completed: true }),
    });
  });
}

/** A raw socket: collects messages; `next()` waits for the next one, `closed` resolves with {code, reason}. */
function rawSocket(url, protocol = 'graphql-transport-ws') {
  const socket = new WebSocket(url, protocol);
  const queue = [];
  const waiters = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    const waiter = waiters.shift();
    if (waiter) waiter(message); else queue.push(message);
  });
  const closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  const opened = new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
    socket.once('unexpected-response', (_, response) => reject(new Error(`upgrade refused with ${response.statusCode}`)));
  });
  return {
    socket,
    opened,
    closed,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next: () => (queue.length ? Promise.resolve(queue.shift()) : new Promise((resolve) => waiters.push(resolve))),
  };
}

async function expectClose(url, messages, code, protocol) {
  const raw = rawSocket(url, protocol);
  await raw.opened;
  for (const message of messages) raw.send(message);
  const closed = await raw.closed;
  assertEqual(closed.code, code, 'close code');
  return closed;
}

const port = await freePort();
let host;
try {
  host = await startHost(port);
} catch (error) {
  console.log(String(error.message ?? error));
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Never leave the host running, whatever ends this script.
process.on('exit', () => host.kill('SIGTERM'));
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

const url = `ws://127.0.0.1:${port}/graphql`;
const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { token: 'alice' }, retryAttempts: 0, lazy: true });

await check('graphql-ws client: query', async () => {
  const { results, completed } = await run(client, { query: 'query Greet($name: String) { hello(name: $name) }', variables: { name: 'graphql-ws' } });
  assertEqual(results, [{ data: { hello: 'Hello graphql-ws' } }], 'results');
  assertEqual(completed, true, 'completed');
});

await check('graphql-ws client: mutation', async () => {
  const { results, completed } = await run(client, { query: 'mutation { increment }' });
  assertEqual(typeof results[0]?.data?.increment, 'number', 'increment');
  assertEqual(completed, true, 'completed');
});

await check('graphql-ws client: connectionParams reach the OnConnect hook', async () => {
  const { results } = await run(client, { query: '{ whoami }' });
  assertEqual(results, [{ data: { whoami: 'alice' } }], 'results');
});

await check('graphql-ws client: subscription receives 5 events then completes', async () => {
  const { results, completed } = await run(client, { query: 'subscription { counter(to: 5) }' });
  assertEqual(results.map((r) => r.data.counter), [1, 2, 3, 4, 5], 'events');
  assertEqual(completed, true, 'completed');
});

await check('graphql-ws client: iterate() and leaving the loop early', async () => {
  const seen = [];
  for await (const result of client.iterate({ query: 'subscription { counter(to: 1000, delayMs: 20) }' })) {
    seen.push(result.data.counter);
    if (seen.length === 3) break;
  }
  assertEqual(seen, [1, 2, 3], 'events');
  const { results } = await run(client, { query: '{ hello }' });
  assertEqual(results, [{ data: { hello: 'Hello world' } }], 'the socket still answers');
});

await check('graphql-ws client: concurrent subscriptions on one socket', async () => {
  const [a, b] = await Promise.all([
    run(client, { query: 'subscription { counter(to: 3) }' }),
    run(client, { query: 'subscription { counter(to: 4) }' }),
  ]);
  assertEqual(a.results.length + b.results.length, 7, 'events');
});

await check('graphql-ws client: a validation error ends the operation with error', async () => {
  const { error, results } = await run(client, { query: 'subscription { nope }' });
  assertEqual(results, [], 'results');
  if (!Array.isArray(error) || !error[0]?.message) throw new Error('expected an array of GraphQL errors, got ' + JSON.stringify(error));
});

await client.dispose();

await check('graphql-ws client: a rejected connection_init fails with 4403', async () => {
  const rejected = createClient({ url, webSocketImpl: WebSocket, connectionParams: { token: 'reject' }, retryAttempts: 0 });
  const { error } = await run(rejected, { query: '{ hello }' });
  await rejected.dispose();
  assertEqual(error?.code, 4403, 'close code');
});

await check('raw: ping before init gets pong with the payload; server keeps the connection', async () => {
  const raw = rawSocket(url);
  await raw.opened;
  raw.send({ type: 'ping', payload: { n: 1 } });
  assertEqual(await raw.next(), { type: 'pong', payload: { n: 1 } }, 'pong');
  raw.send({ type: 'connection_init' });
  assertEqual(await raw.next(), { type: 'connection_ack' }, 'ack');
  raw.socket.close(1000);
  await raw.closed;
});

await check('raw: client complete stops a subscription (no complete echoed)', async () => {
  const raw = rawSocket(url);
  await raw.opened;
  raw.send({ type: 'connection_init' });
  await raw.next();
  raw.send({ id: 's', type: 'subscribe', payload: { query: 'subscription { counter(to: 1000, delayMs: 50) }' } });
  assertEqual(await raw.next(), { id: 's', type: 'next', payload: { data: { counter: 1 } } }, 'first event');
  raw.send({ id: 's', type: 'complete' });
  // Drain anything already in flight, then the only message is the pong.
  await new Promise((resolve) => setTimeout(resolve, 200));
  raw.send({ type: 'ping' });
  let message;
  do { message = await raw.next(); } while (message.type === 'next');
  assertEqual(message, { type: 'pong' }, 'after complete');
  raw.socket.close(1000);
  await raw.closed;
});

await check('raw: 4400 on a message that is not JSON', () => expectClose(url, ['{not json'], 4400));
await check('raw: 4400 on an unknown message type', () => expectClose(url, [{ type: 'hello' }], 4400));
await check('raw: 4401 on subscribe before connection_ack', async () => {
  const { reason } = await expectClose(url, [{ id: '1', type: 'subscribe', payload: { query: '{ hello }' } }], 4401);
  assertEqual(reason, 'Unauthorized', 'reason');
});
await check('raw: 4403 when OnConnect rejects', () => expectClose(url, [{ type: 'connection_init', payload: { token: 'reject' } }], 4403));
await check(`raw: 4408 without connection_init in ${INIT_TIMEOUT_MS} ms`, async () => {
  const { reason } = await expectClose(url, [], 4408);
  assertEqual(reason, 'Connection initialisation timeout', 'reason');
});
await check('raw: 4409 on a second subscribe with a running id', async () => {
  const subscribe = { id: 'dup', type: 'subscribe', payload: { query: 'subscription { counter(to: 10, delayMs: 1000) }' } };
  const { reason } = await expectClose(url, [{ type: 'connection_init' }, subscribe, subscribe], 4409);
  assertEqual(reason, 'Subscriber for dup already exists', 'reason');
});
await check('raw: 4429 on a second connection_init', () => expectClose(url, [{ type: 'connection_init' }, { type: 'connection_init' }], 4429));
await check('raw: an unknown subprotocol is refused at the upgrade', async () => {
  const raw = rawSocket(url, 'graphql-unknown');
  const outcome = await raw.opened.then(() => 'opened', (error) => String(error.message));
  assertEqual(outcome, 'upgrade refused with 400', 'upgrade');
});

await check('raw legacy graphql-ws: init, start, data, complete', async () => {
  const raw = rawSocket(url, 'graphql-ws');
  await raw.opened;
  raw.send({ type: 'connection_init', payload: {} });
  assertEqual(await raw.next(), { type: 'connection_ack' }, 'ack');
  assertEqual(await raw.next(), { type: 'ka' }, 'keep-alive');
  raw.send({ id: '1', type: 'start', payload: { query: 'subscription { counter(to: 2) }' } });
  assertEqual(await raw.next(), { type: 'data', id: '1', payload: { data: { counter: 1 } } }, 'data 1');
  assertEqual(await raw.next(), { type: 'data', id: '1', payload: { data: { counter: 2 } } }, 'data 2');
  assertEqual(await raw.next(), { type: 'complete', id: '1' }, 'complete');
  raw.send({ type: 'connection_terminate' });
  await raw.closed;
});

await check('SSE (distinct connections): next events then complete', async () => {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: 'subscription { counter(to: 2) }' }),
  });
  assertEqual(response.headers.get('content-type'), 'text/event-stream; charset=utf-8', 'content type');
  assertEqual(await response.text(),
    'event: next\ndata: {"data":{"counter":1}}\n\nevent: next\ndata: {"data":{"counter":2}}\n\nevent: complete\ndata:\n\n', 'body');
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
