#!/usr/bin/env node
// Cross-checks the engine's document validation (§5) against graphql-js, the reference implementation.
//
//   node validation-crosscheck.mjs [--self-check] [--verbose] [FILTER...]
//
// Every document of validation-corpus/ is parsed and validated by graphql-js (`parse` + `validate` with
// `specifiedRules`) and, in one run for all of them, by tools/GraphQLCheck (the engine). A document agrees when
// both give the same verdict and, when invalid, the same set of error locations (line:column pairs over all
// errors; messages are shown but not compared). Exit code 0 only when every document agrees.
//
// --self-check checks the corpus against graphql-js alone, without the engine: each document's `# expect:` line
// (see README.md) must match what graphql-js finds, so the corpus keeps testing what it claims to test.
// --verbose also prints the agreeing documents. FILTERs keep only the documents whose id contains one of them.
//
// Environment: GRAPHQL_CHECK, the engine's GraphQLCheck (a .dll is run with `dotnet`, anything else directly);
// by default tools/GraphQLCheck/bin/Debug/net10.0/GraphQLCheck.dll under the repository root.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as graphql from 'graphql';

const { GraphQLError, buildSchema, parse, specifiedRules, validate, version } = graphql;

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const schemaPath = join(root, 'tests', 'GraphQL.Tests', 'TestSchema', 'TestSchema.graphql');
const corpusPath = join(here, 'validation-corpus');

const args = process.argv.slice(2);
const selfCheck = args.includes('--self-check');
const verbose = args.includes('--verbose');
const unknownFlags = args.filter((a) => a.startsWith('--') && a !== '--self-check' && a !== '--verbose');
if (unknownFlags.length > 0) {
  console.error(`unknown option ${unknownFlags.join(' ')}; usage: node validation-crosscheck.mjs [--self-check] [--verbose] [FILTER...]`);
  process.exit(2);
}
const filters = args.filter((a) => !a.startsWith('--'));

const schemaSdl = readFileSync(schemaPath, 'utf8');
const schema = buildSchema(schemaSdl);
const rulesByName = new Map(specifiedRules.map((rule) => [rule.name.replace(/Rule$/, ''), rule]));

const documents = loadCorpus();
if (documents.length === 0) {
  console.log(`no documents matched ${filters.join(' ')}`);
  finish(0, 1);
}

if (selfCheck) {
  runSelfCheck();
} else {
  runCrossCheck();
}

// ---------------------------------------------------------------------------------------------------------------------

/** Every .graphql file under validation-corpus/, sorted, with its `# expect:` line read. */
function loadCorpus() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.graphql')) files.push(path);
    }
  };
  walk(corpusPath);
  return files
    .map((path) => {
      const id = relative(corpusPath, path).split(sep).join('/');
      const source = readFileSync(path, 'utf8');
      return { id, source, expect: readExpectation(source) };
    })
    .filter((doc) => filters.length === 0 || filters.some((f) => doc.id.includes(f)));
}

/**
 * The first line of a corpus document says what graphql-js must find in it:
 *   # expect: valid
 *   # expect: syntax
 *   # expect: RuleName[, RuleName...] [; errors: N]
 * Rule names are graphql-js's without the "Rule" suffix; the listed rules are exactly the ones that report, each
 * run alone, and N (optional) is the number of errors of a full validation.
 */
function readExpectation(source) {
  const match = /^\uFEFF?#\s*expect:\s*(.*?)\s*$/m.exec(source.split(/\r\n|\r|\n/, 1)[0]);
  if (!match) return { problem: 'the first line is not "# expect: ..."' };
  const [what, ...options] = match[1].split(';').map((s) => s.trim());
  const expectation = { kind: 'invalid', rules: [], errors: undefined };
  for (const option of options) {
    const count = /^errors:\s*(\d+)$/.exec(option);
    if (!count) return { problem: `unknown option "${option}" in the expect line` };
    expectation.errors = Number(count[1]);
  }
  if (what === 'valid' || what === 'syntax') return { ...expectation, kind: what };
  expectation.rules = what.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = expectation.rules.filter((r) => !rulesByName.has(r));
  if (expectation.rules.length === 0 || unknown.length > 0) {
    return { problem: `unknown rule ${unknown.join(', ') || '(none named)'}; known: valid, syntax, ${[...rulesByName.keys()].join(', ')}` };
  }
  return expectation;
}

/** graphql-js's verdict on one document: parse, then validate with every specified rule. */
function referenceResult(source) {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { valid: false, syntax: true, errors: [toPlainError(error)] };
  }
  const errors = validate(schema, document, specifiedRules).map(toPlainError);
  return { valid: errors.length === 0, syntax: false, errors, document };
}

function toPlainError(error) {
  return { message: error.message, locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })) };
}

// ---------------------------------------------------------------------------------------------------------------------

function runCrossCheck() {
  const engine = runEngine(documents);
  if (engine.failure) {
    console.log(`validation cross-check: could not run the engine: ${engine.failure}`);
    console.log(`validation cross-check: 0 of ${documents.length} documents agree`);
    finish(0, documents.length);
  }

  let agreeing = 0;
  const byDirectory = new Map();
  for (const doc of documents) {
    const reference = referenceResult(doc.source);
    const ours = engine.results.get(doc.id);
    const difference = compare(reference, ours);
    const directory = doc.id.includes('/') ? doc.id.slice(0, doc.id.indexOf('/')) : '.';
    const tally = byDirectory.get(directory) ?? { agree: 0, total: 0 };
    tally.total++;
    byDirectory.set(directory, tally);
    if (difference === undefined) {
      agreeing++;
      tally.agree++;
      if (verbose) console.log(`agree  ${doc.id}: ${reference.valid ? 'valid' : `invalid at ${locationSet(reference.errors).join(' ') || '(no locations)'}`}`);
      continue;
    }
    console.log(`DISAGREE ${doc.id}: ${difference}`);
    console.log(`  graphql-js ${version}: ${describe(reference)}`);
    console.log(`  engine: ${describe(ours)}`);
  }

  console.log('');
  console.log('by corpus folder (agreeing/total):');
  for (const [directory, { agree, total }] of [...byDirectory].sort()) {
    console.log(`  ${agree === total ? '  ' : '✗ '}${directory.padEnd(34)} ${agree}/${total}`);
  }
  console.log(`validation cross-check: ${agreeing} of ${documents.length} documents agree`);
  finish(agreeing, documents.length - agreeing);
}

/** Runs GraphQLCheck once with every document; returns its results by id, or why it could not. */
function runEngine(docs) {
  const configured = process.env.GRAPHQL_CHECK;
  const tool = configured ? resolve(process.cwd(), configured) : join(root, 'tools', 'GraphQLCheck', 'bin', 'Debug', 'net10.0', 'GraphQLCheck.dll');
  const [command, commandArgs] = tool.endsWith('.dll') ? ['dotnet', [tool]] : [tool, []];
  const request = JSON.stringify({ schema: schemaSdl, documents: docs.map(({ id, source }) => ({ id, source })) });
  const run = spawnSync(command, [...commandArgs, 'validate'], { input: request, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) return { failure: `${command} ${commandArgs.join(' ')}: ${run.error.message}` };
  if (run.status !== 0) return { failure: `${tool} exited with ${run.status ?? run.signal}: ${run.stderr.trim()}` };
  let response;
  try {
    response = JSON.parse(run.stdout);
  } catch (error) {
    return { failure: `${tool} wrote no JSON (${error.message}): ${run.stdout.slice(0, 500)}` };
  }
  if (!Array.isArray(response?.results)) return { failure: `${tool} wrote no "results" array` };
  return { results: new Map(response.results.map((result) => [result.id, result])) };
}

/** Why the engine's result differs from graphql-js's, or undefined when they agree. */
function compare(reference, ours) {
  if (ours === undefined) return 'the engine returned no result for it';
  if (reference.valid !== ours.valid) return reference.valid ? 'graphql-js finds it valid, the engine invalid' : 'graphql-js finds it invalid, the engine valid';
  if (reference.valid) return undefined;
  const theirs = locationSet(reference.errors);
  const mine = locationSet(ours.errors ?? []);
  if (theirs.join(' ') === mine.join(' ')) return undefined;
  const missing = theirs.filter((l) => !mine.includes(l));
  const extra = mine.filter((l) => !theirs.includes(l));
  return `both invalid, but the error locations differ (engine misses [${missing.join(' ')}], engine adds [${extra.join(' ')}])`;
}

/** The distinct line:column pairs of all errors, sorted. */
function locationSet(errors) {
  const set = new Set(errors.flatMap((e) => (e.locations ?? []).map((l) => `${l.line}:${l.column}`)));
  return [...set].sort((a, b) => {
    const [al, ac] = a.split(':').map(Number);
    const [bl, bc] = b.split(':').map(Number);
    return al - bl || ac - bc;
  });
}

function describe(result) {
  if (result === undefined) return '(no result)';
  if (result.valid) return 'valid';
  const lines = (result.errors ?? []).map((e) => `\n      - ${e.message} @ ${(e.locations ?? []).map((l) => `${l.line}:${l.column}`).join(' ') || '(no locations)'}`);
  return `invalid, ${lines.length} error(s)${lines.join('')}`;
}

// ---------------------------------------------------------------------------------------------------------------------

function runSelfCheck() {
  let passed = 0;
  const failures = [];
  const perFolder = new Map();
  for (const doc of documents) {
    const problems = selfCheckProblems(doc);
    const folder = doc.id.includes('/') ? doc.id.slice(0, doc.id.indexOf('/')) : '.';
    const tally = perFolder.get(folder) ?? { valid: 0, invalid: 0, syntax: 0 };
    tally[doc.expect.kind ?? 'invalid']++;
    perFolder.set(folder, tally);
    if (problems.length === 0) {
      passed++;
      if (verbose) console.log(`ok     ${doc.id}`);
    } else {
      failures.push(doc.id);
      console.log(`FAIL   ${doc.id}`);
      for (const problem of problems) console.log(`    ${problem}`);
    }
  }
  console.log('');
  console.log('corpus by folder (valid / invalid / syntax):');
  for (const [folder, t] of [...perFolder].sort()) {
    console.log(`  ${folder.padEnd(34)} ${String(t.valid).padStart(3)} / ${String(t.invalid).padStart(3)} / ${String(t.syntax).padStart(3)}`);
  }
  console.log(`validation corpus self-check against graphql-js ${version}: ${passed} of ${documents.length} documents are as their "# expect:" line says`);
  finish(passed, failures.length);
}

function selfCheckProblems(doc) {
  const { expect } = doc;
  if (expect.problem) return [expect.problem];
  const reference = referenceResult(doc.source);
  const errorsText = () => describe(reference);

  if (expect.kind === 'syntax') {
    return reference.syntax ? [] : [`expected a syntax error, graphql-js parsed it and finds it ${errorsText()}`];
  }
  if (reference.syntax) return [`graphql-js cannot parse it: ${reference.errors[0].message} @ ${locationSet(reference.errors).join(' ')}`];
  if (expect.kind === 'valid') {
    return reference.valid ? [] : [`expected valid, graphql-js finds it ${errorsText()}`];
  }

  const problems = [];
  if (reference.valid) problems.push('expected invalid, graphql-js finds it valid');
  const reporting = [...rulesByName].filter(([, rule]) => validate(schema, reference.document, [rule]).length > 0).map(([name]) => name);
  const missing = expect.rules.filter((r) => !reporting.includes(r));
  const unexpected = reporting.filter((r) => !expect.rules.includes(r));
  if (missing.length > 0) problems.push(`graphql-js's ${missing.join(', ')} (run alone) reports nothing`);
  if (unexpected.length > 0) problems.push(`graphql-js's ${unexpected.join(', ')} also reports (not in the expect line)`);
  if (expect.errors !== undefined && reference.errors.length !== expect.errors) {
    problems.push(`expected ${expect.errors} errors, graphql-js reports ${reference.errors.length}`);
  }
  if (problems.length > 0) problems.push(`graphql-js: ${errorsText()}`);
  return problems;
}

function finish(passed, failed) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
