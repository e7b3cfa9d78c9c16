// Compares our SchemaPrinter with graphql-js: for each SDL file, graphql-js's printSchema(buildSchema(sdl)) must equal
// what tools/SdlPrint printed for it.
//
//   node sdl-crosscheck.mjs OURS.json FILE.graphql...
//
// OURS.json is SdlPrint's output for the same files ({ "<file>": "<printed SDL>" | null }). Prints a diff for every
// disagreement and, as its last line, "N passed, M failed".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { buildSchema, printSchema, isScalarType } = require('graphql');

// Our engine provides these scalars with a specification URL (src/GraphQL/Types/Scalars/*Type.cs), so a schema that
// declares one has it, as introspection shows and our printer prints. graphql-js knows them only as custom scalars,
// so its schema is given the same URL before printing.
const providedScalarUrls = {
  UUID: 'https://www.rfc-editor.org/rfc/rfc9562',
  DateTime: 'https://scalars.graphql.org/andimarek/date-time',
  Date: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
};

function printWithGraphQLJs(sdl) {
  const schema = buildSchema(sdl);
  for (const [name, url] of Object.entries(providedScalarUrls)) {
    const type = schema.getType(name);
    if (isScalarType(type) && type.specifiedByURL == null) {
      type.specifiedByURL = url;
    }
  }

  return printSchema(schema);
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

const [oursPath, ...files] = process.argv.slice(2);
if (!oursPath || files.length === 0) {
  console.error('usage: node sdl-crosscheck.mjs OURS.json FILE.graphql...');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const ours = JSON.parse(readFileSync(oursPath, 'utf8'));
let passed = 0;
let failed = 0;
for (const file of files) {
  let expected;
  try {
    expected = printWithGraphQLJs(readFileSync(file, 'utf8'));
  } catch (error) {
    console.log(`FAIL ${file}: graphql-js could not build it: ${error.message}`);
    failed++;
    continue;
  }

  const actual = ours[file];
  if (typeof actual !== 'string') {
    console.log(`FAIL ${file}: our SchemaBuilder or SchemaPrinter failed (see above)`);
    failed++;
  } else if (actual === expected) {
    console.log(`ok   ${file}`);
    passed++;
  } else {
    console.log(`FAIL ${file}: printed SDL differs (- graphql-js, + ours)`);
    console.log(diff(expected, actual));
    failed++;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
