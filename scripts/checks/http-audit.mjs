// Runs graphql-http's server audits (https://github.com/graphql/graphql-http#audits) against a live endpoint.
// Usage: node http-audit.mjs http://127.0.0.1:PORT/graphql
// Prints one line per audit (ok / FAIL, its id, MUST/SHOULD/MAY and name, and why it failed), then "N passed, M failed".
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node http-audit.mjs <endpoint url>');
  console.log('0 passed, 1 failed');
  process.exit(2);
}

const results = await auditServer({ url });
let passed = 0;
let failed = 0;
for (const result of results) {
  if (result.status === 'ok') {
    passed++;
    console.log(`ok    ${result.id} ${result.name}`);
  } else {
    failed++;
    console.log(`FAIL  ${result.id} ${result.name} [${result.status}]: ${result.reason}`);
    if (result.response) {
      const body = await result.response.text().catch(() => '');
      console.log(`      ${result.response.status} ${result.response.headers.get('content-type') ?? ''} ${body.slice(0, 300)}`);
    }
  }
}
console.log(`graphql-http audit of ${url}: ${results.length} audits`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
