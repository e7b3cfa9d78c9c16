// Introspection agrees with graphql-js: the engine executes graphql-js's full introspection query (every option on)
// against a code-first schema (tools/GraphQLCheck/CodeFirstCheckSchema.cs) and against schemas built from SDL files;
// graphql-js's buildClientSchema must accept each result, and printSchema of that client schema must equal our
// SchemaPrinter.Print of the same schema, and graphql-js's introspection of that client schema must equal ours (but for
// the introspection types and defaultValue, see compareIntrospection).
//
//   node introspection-crosscheck.mjs --query          prints the introspection query (for GraphQLCheck)
//   node introspection-crosscheck.mjs OURS.json        compares; OURS.json is `GraphQLCheck introspect` output
//
// Prints a diff for each disagreement and, as its last line, "N passed, M failed".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { buildClientSchema, getIntrospectionQuery, introspectionFromSchema, printSchema } = require('graphql');

const introspectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};
const introspectionQuery = getIntrospectionQuery(introspectionOptions);

/**
 * Our introspection result against graphql-js's introspection of the client schema built from it: every type but the
 * introspection types (buildClientSchema uses graphql-js's own, which in 16.15 have directive deprecation, beyond the
 * spec), the root types and the directives must be equal as JSON, in order. `defaultValue` is left out: graphql-js 16
 * prints the coerced default (fields' defaults filled in), ours the literal; printSchema compares defaults already.
 * Returns the first difference as text, or null.
 */
function compareIntrospection(data, clientSchema) {
  const theirs = introspectionFromSchema(clientSchema, introspectionOptions).__schema;
  const mine = data.__schema;
  const text = (value) => JSON.stringify(value, (key, v) => (key === 'defaultValue' ? undefined : v));
  const userTypes = (schema) => schema.types.filter((type) => !type.name.startsWith('__'));
  const parts = [
    ['description', (s) => s.description],
    ['queryType', (s) => s.queryType],
    ['mutationType', (s) => s.mutationType],
    ['subscriptionType', (s) => s.subscriptionType],
    ['type names', (s) => userTypes(s).map((type) => type.name)],
    ...userTypes(mine).map((type) => [`type ${type.name}`, (s) => s.types.find((t) => t.name === type.name)]),
    // Only the directive keys our query asked for (graphql-js's own introspection of the client schema adds none).
    ['directives', (s) => s.directives.map(({ name, description, isRepeatable, locations, args }) => ({ name, description, isRepeatable, locations, args }))],
  ];
  for (const [name, pick] of parts) {
    const a = text(pick(theirs));
    const b = text(pick(mine));
    if (a !== b) {
      return `${name}:\n  graphql-js: ${a}\n  ours:       ${b}`;
    }
  }

  return null;
}

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
  let clientSchema;
  try {
    clientSchema = buildClientSchema(result.data);
    expected = printSchema(clientSchema);
  } catch (thrown) {
    console.log(`FAIL ${name}: graphql-js's buildClientSchema rejects our introspection result: ${thrown.message}`);
    failed++;
    continue;
  }

  const difference = compareIntrospection(result.data, clientSchema);
  if (expected !== sdl) {
    console.log(`FAIL ${name}: printSchema(buildClientSchema(our introspection)) differs from our SchemaPrinter (- graphql-js, + ours)`);
    console.log(diff(expected, sdl));
    failed++;
  } else if (difference) {
    console.log(`FAIL ${name}: graphql-js's introspection of the client schema differs from ours in ${difference}`);
    failed++;
  } else {
    console.log(`ok   ${name}`);
    passed++;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
