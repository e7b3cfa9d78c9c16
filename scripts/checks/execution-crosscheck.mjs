// Compares our executor with graphql-js: every query of execution-corpus/ runs on execution-schema.graphql, resolving
// from execution-data.json, once with graphql-js's graphql() and once with the engine (tools/GraphQLCheck execute). Both
// sides use the same resolver (see README.md); data must be equal (same keys in the same order) and errors equal as
// sets of (message, path, locations). extensions are not compared.
//
//   node execution-crosscheck.mjs [--verbose] [WORD...]   only corpus files whose path contains one of the words
//
// A corpus file is a GraphQL document; its leading comment lines may give `# variables: {json}` and
// `# operationName: Name` (`# operationName: null` sends none). Prints each disagreement, last "N passed, M failed".
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { buildSchema, graphql } = require('graphql');

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const words = args.filter((arg) => !arg.startsWith('--'));

const sdl = readFileSync(join(here, 'execution-schema.graphql'), 'utf8');
const data = JSON.parse(readFileSync(join(here, 'execution-data.json'), 'utf8'));
const schema = buildSchema(sdl);

/** JSON with sorted keys and no spaces: how both sides print an echo field's coerced arguments. */
function canonical(value) {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }

  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }

  return JSON.stringify(value ?? null);
}

/** The resolver of every field, as tools/GraphQLCheck/ExecuteMode.cs implements it. */
function resolve(source, argumentValues, _context, info) {
  const name = info.fieldName;
  if (name.startsWith('echo')) {
    return canonical(argumentValues);
  }

  if (source === null || typeof source !== 'object' || !Object.hasOwn(source, name)) {
    return null;
  }

  const value = source[name];
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if (Object.hasOwn(value, '$error')) {
      throw new Error(String(value.$error));
    }

    if (Object.hasOwn(value, '$byArg')) {
      const argument = argumentValues[value.$byArg];
      const key = argument === undefined || argument === null ? 'null' : String(argument);
      return Object.hasOwn(value.values, key) ? value.values[key] : null;
    }
  }

  return value;
}

function corpusFiles(dir) {
  return readdirSync(dir).sort().flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? corpusFiles(path) : entry.endsWith('.graphql') ? [path] : [];
  });
}

function readRequest(path) {
  const query = readFileSync(path, 'utf8');
  const request = { id: relative(join(here, 'execution-corpus'), path), query };
  for (const line of query.split('\n')) {
    if (!line.startsWith('#')) {
      break;
    }

    const match = /^#\s*(variables|operationName):\s*(.*)$/.exec(line);
    if (match) {
      request[match[1]] = JSON.parse(match[1] === 'variables' || match[2] === 'null' ? match[2] : JSON.stringify(match[2].trim()));
    }
  }

  return request;
}

const errorKey = (error) => JSON.stringify([error.message, error.path ?? null, error.locations ?? null]);
const errorSet = (result) => (result.errors ?? []).map(errorKey).sort();

const requests = corpusFiles(join(here, 'execution-corpus'))
  .filter((path) => words.length === 0 || words.some((word) => path.includes(word)))
  .map(readRequest);

let ours;
try {
  const tool = process.env.GRAPHQL_CHECK ?? join(root, 'tools/GraphQLCheck/bin/Debug/net10.0/GraphQLCheck.dll');
  const output = execFileSync('dotnet', [tool, 'execute'], {
    input: JSON.stringify({ schema: sdl, data, requests }),
    maxBuffer: 256 * 1024 * 1024,
  });
  ours = new Map(JSON.parse(output.toString('utf8')).results.map((entry) => [entry.id, entry.result]));
} catch (error) {
  console.log(`execution cross-check: GraphQLCheck execute failed: ${error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
let failed = 0;
for (const request of requests) {
  const theirs = JSON.parse(JSON.stringify(await graphql({
    schema,
    source: request.query,
    rootValue: data,
    variableValues: request.variables,
    operationName: request.operationName,
    fieldResolver: resolve,
  })));
  const mine = ours.get(request.id) ?? { errors: [{ message: 'no result from GraphQLCheck' }] };
  const problems = [];
  if (('data' in theirs) !== ('data' in mine)) {
    problems.push(`data key: graphql-js ${'data' in theirs ? 'has' : 'has no'} "data", ours ${'data' in mine ? 'has' : 'has no'}`);
  } else if (JSON.stringify(theirs.data) !== JSON.stringify(mine.data)) {
    problems.push(`data differs:\n    graphql-js: ${JSON.stringify(theirs.data)}\n    ours:       ${JSON.stringify(mine.data)}`);
  }

  const theirErrors = errorSet(theirs);
  const myErrors = errorSet(mine);
  if (JSON.stringify(theirErrors) !== JSON.stringify(myErrors)) {
    const onlyTheirs = theirErrors.filter((e) => !myErrors.includes(e));
    const onlyMine = myErrors.filter((e) => !theirErrors.includes(e));
    problems.push(`errors differ (message, path, locations):\n${onlyTheirs.map((e) => `    graphql-js only: ${e}`).join('\n')}${onlyTheirs.length && onlyMine.length ? '\n' : ''}${onlyMine.map((e) => `    ours only:       ${e}`).join('\n')}`);
  }

  if (problems.length === 0) {
    passed++;
    if (verbose) {
      console.log(`ok   ${request.id}`);
    }
  } else {
    failed++;
    console.log(`FAIL ${request.id}\n  ${problems.join('\n  ')}`);
  }
}

console.log(`execution cross-check: ${passed} of ${requests.length} requests agree`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
