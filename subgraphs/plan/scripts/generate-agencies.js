#!/usr/bin/env node
/**
 * Writes src/generated/agencies.ts from the agency registry (../<name>/subgraph.json of every agency), so the
 * plan's per-agency stub types and its agency rows come from the one list of agencies. Runs before tsc
 * (the root `npm run build`, and `npm run generate -w @hub/plan`). The output is not committed: it is
 * derived, and a committed copy would be a second list that `new-subgraph` would have to patch.
 */
// A CommonJS script (run by node before tsc, and required by the schema test), so require() is its import.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS
const { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS
const { dirname, join, relative } = require('node:path');

const planDir = join(__dirname, '..');
const subgraphsDir = join(planDir, '..');
const outFile = join(planDir, 'src', 'generated', 'agencies.ts');

/** The registry's agencies, sorted by port (the order the plan declares their stub types in); throws naming the bad entry. */
function readAgencies(dir = subgraphsDir) {
  const agencies = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name, 'subgraph.json');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    let manifest;
    try {
      manifest = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`${relative(process.cwd(), file)}: not valid JSON (${e.message})`);
    }
    if (manifest.kind !== 'agency') continue;
    const problems = [];
    if (manifest.name !== entry.name) problems.push(`"name" must be the folder's name, "${entry.name}"`);
    if (typeof manifest.displayName !== 'string' || !manifest.displayName.trim())
      problems.push('"displayName" (the agency\'s name as the plan shows it) is missing');
    if (typeof manifest.measureType !== 'string' || !/^[A-Z][A-Za-z0-9]*Measure$/.test(manifest.measureType))
      problems.push('"measureType" must be a GraphQL type name ending in Measure, e.g. "PoliceMeasure"');
    if (!Number.isInteger(manifest.port)) problems.push('"port" must be an integer');
    if (problems.length) throw new Error(`${relative(process.cwd(), file)}: ${problems.join('; ')}`);
    agencies.push({ key: manifest.name, name: manifest.displayName, measureType: manifest.measureType, port: manifest.port });
  }
  const types = new Map();
  for (const a of agencies) {
    if (types.has(a.measureType))
      throw new Error(`subgraphs/${a.key}/subgraph.json: measureType ${a.measureType} is also subgraphs/${types.get(a.measureType)}'s`);
    types.set(a.measureType, a.key);
  }
  return agencies.sort((a, b) => a.port - b.port || a.key.localeCompare(b.key));
}

function render(agencies) {
  const rows = agencies.map(({ key, name, measureType }) => `  ${JSON.stringify({ key, name, measureType })},`);
  return [
    '// Generated from subgraphs/*/subgraph.json by subgraphs/plan/scripts/generate-agencies.js; do not edit.',
    '',
    '/** Every agency of the registry, by port: key (`name`), name (`displayName`) and `measureType`. */',
    'export const REGISTRY_AGENCIES = [',
    ...rows,
    '] as const;',
    '',
  ].join('\n');
}

module.exports = { readAgencies, render };

if (require.main === module) {
  try {
    const text = render(readAgencies());
    // unchanged output keeps tsc -b's incremental build incremental
    if (!existsSync(outFile) || readFileSync(outFile, 'utf8') !== text) {
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, text);
    }
  } catch (e) {
    console.error(`generate-agencies: ${e.message}`);
    process.exit(1);
  }
}
