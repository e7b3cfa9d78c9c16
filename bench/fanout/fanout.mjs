// Subscription fan-out through the real server and Redis: SUBSCRIBERS graphql-ws clients subscribe to
// `echoed`, then EVENTS `echo` mutations are sent over HTTP (RATE per second at most). Every delivery's
// latency is measured from just before the mutation is sent to the moment a subscriber receives it.
//   node fanout.mjs <graphql url>   (env SUBSCRIBERS=200 EVENTS=200 RATE=100)
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(new URL('../../scripts/checks/package.json', import.meta.url));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const url = process.argv[2];
const subscribers = Number(process.env.SUBSCRIBERS ?? 200);
const events = Number(process.env.EVENTS ?? 200);
const rate = Number(process.env.RATE ?? 100);
const marker = `fanout-${process.pid}-`;

const sentAt = new Map();
const latencies = [];
let delivered = 0;
let resolveAll;
const allDelivered = new Promise((resolve) => { resolveAll = resolve; });

const clients = [];
let subscribed = 0;
await new Promise((resolve, reject) => {
  for (let i = 0; i < subscribers; i++) {
    const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
    clients.push(client);
    client.subscribe({ query: 'subscription { echoed { message } }' }, {
      next: ({ data }) => {
        const message = data?.echoed?.message ?? '';
        if (!message.startsWith(marker)) return;
        const started = sentAt.get(message);
        if (started !== undefined) latencies.push(performance.now() - started);
        if (++delivered === subscribers * events) resolveAll();
      },
      error: reject,
      complete: () => {},
    });
    client.on('connected', () => { if (++subscribed === subscribers) resolve(); });
  }
});
await new Promise((r) => setTimeout(r, 500)); // every subscribe message reaches the server before the first event

const started = performance.now();
for (let i = 0; i < events; i++) {
  const message = `${marker}${i}`;
  sentAt.set(message, performance.now());
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: 'mutation($m: String!) { echo(message: $m) { id } }', variables: { m: message } }),
  });
  if (!response.ok) throw new Error(`echo failed: ${response.status} ${await response.text()}`);
  const next = started + ((i + 1) * 1000) / rate;
  const wait = next - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
}
const timeout = setTimeout(() => resolveAll(), 30_000);
await allDelivered;
clearTimeout(timeout);
const elapsed = (performance.now() - started) / 1000;

latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]?.toFixed(1);
console.log(`subscribers ${subscribers}, events ${events} (at most ${rate}/s), deliveries ${delivered} of ${subscribers * events}`);
console.log(`throughput ${(delivered / elapsed).toFixed(0)} deliveries/s over ${elapsed.toFixed(2)} s`);
console.log(`latency p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`);
for (const client of clients) await client.dispose();
process.exit(delivered === subscribers * events ? 0 : 1);
