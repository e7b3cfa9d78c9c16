// Introspection agrees with graphql-js: the engine executes graphql-js's full introspection query (every option on)
// against a code-first schema (tools/GraphQLCheck/CodeFirstCheckSchema.cs) and against schemas built from SDL files;
// graphql-js's buildClientSchema must accept each result, and printSchema of that client schema must equal our
// SchemaPrinter.Print of the same schema.
//
//   node introspection-crosscheck.mjs --query          prints the introspection query (for GraphQLCheck)
//   node introspection-crosscheck.mjs OURS.json        compares; OURS.json is `GraphQLCheck introspect` output
//
// Prints a diff for each disagreement and, as its last line, "N passed, M failed".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { buildClientSchema, getIntrospectionQuery, printSchema } = require('graphql');

const introspectionQuery = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

/** A line diff (longest common subsequence), with up to `context` unchanged lines around each change. */
function diff(expected, actual, context = 2) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }

  const lines = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ mark: ' ', text: a[i], line: i + 1 });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lengths[i][j + 1] >= lengths[i + 1][j])) {
      lines.push({ mark: '+', text: b[j], line: i + 1 });
      j++;
    } else {
      lines.push({ mark: '-', text: a[i], line: i + 1 });
      i++;
    }
  }

  const changed = lines.map((line) => line.mark !== ' ');
  const shown = [];
  let skipped = false;
  lines.forEach((line, k) => {
    const near = changed.slice(Math.max(0, k - context), k + context + 1).some(Boolean);
    if (near) {
      if (skipped || shown.length === 0) {
        shown.push(`@@ graphql-js line ${line.line} @@`);
      }

      shown.push(`${line.mark} ${JSON.stringify(line.text).slice(1, -1)}`);
      skipped = false;
    } else {
      skipped = true;
    }
  });

  return shown.join('\n');
}

if (process.argv[2] === '--query') {
  process.stdout.write(introspectionQuery);
  process.exit(0);
}

const [oursPath] = process.argv.slice(2);
if (!oursPath) {
  console.error('usage: node introspection-crosscheck.mjs --query | OURS.json');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const ours = JSON.parse(readFileSync(oursPath, 'utf8'));
let passed = 0;
let failed = 0;
for (const { name, result, sdl, error } of ours.schemas) {
  if (error) {
    console.log(`FAIL ${name}: our schema did not build or execute: ${error}`);
    failed++;
    continue;
  }

  if (result.errors?.length || !result.data) {
    console.log(`FAIL ${name}: our introspection result has errors: ${JSON.stringify(result.errors)}`);
    failed++;
    continue;
  }

  let expected;
  try {
    expected = printSchema(buildClientSchema(result.data));
  } catch (thrown) {
    console.log(`FAIL ${name}: graphql-js's buildClientSchema rejects our introspection result: ${thrown.message}`);
    failed++;
    continue;
  }

  if (expected === sdl) {
    console.log(`ok   ${name}`);
    passed++;
  } else {
    console.log(`FAIL ${name}: printSchema(buildClientSchema(our introspection)) differs from our SchemaPrinter (- graphql-js, + ours)`);
    console.log(diff(expected, sdl));
    failed++;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
