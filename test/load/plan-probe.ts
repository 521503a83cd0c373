/**
 * What warming the Apollo gateway's query-plan cache would save: the time @apollo/query-planner takes to plan the
 * benchmark's two reads on the committed supergraph, the first time in a process and then again (the gateway keeps
 * each plan by operation text, so only the first request of each operation after a start pays it). In process, no
 * services, no network. Not a jest test; docs/BENCHMARKS.md gives the figures.
 *   node -r ./test/load/register.js test/load/plan-probe.ts [--runs 20]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parse } from 'graphql';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { SUPERGRAPH_PATH } from '../../gateway/src/paths';
import { ALL_AREAS, SCORECARD } from './workloads';

const i = process.argv.indexOf('--runs');
const RUNS = i >= 0 ? Number(process.argv[i + 1]) : 20;
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

let t0 = process.hrtime.bigint();
const supergraph = Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8'));
const api = supergraph.apiSchema();
console.log(`supergraph built in ${ms(t0).toFixed(1)} ms (load ${loadavg()[0].toFixed(1)})`);
for (const planner of ['first planner of the process', 'a second planner (the planning code already compiled)']) {
  const qp = new QueryPlanner(supergraph);
  console.log(planner);
  for (const [name, text] of [
    ['scorecard', SCORECARD],
    ['all areas', ALL_AREAS],
  ]) {
    const document = parse(text);
    t0 = process.hrtime.bigint();
    qp.buildQueryPlan(operationFromDocument(api, document));
    const first = ms(t0);
    const again: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      t0 = process.hrtime.bigint();
      qp.buildQueryPlan(operationFromDocument(api, document));
      again.push(ms(t0));
    }
    again.sort((a, b) => a - b);
    console.log(
      `  ${name.padEnd(10)} first plan ${first.toFixed(1)} ms; again (${RUNS} runs) median ${again[Math.floor(RUNS / 2)].toFixed(2)} ms, min ${again[0].toFixed(2)} ms`,
    );
  }
}
