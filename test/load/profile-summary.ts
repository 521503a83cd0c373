/** The summary of a V8 CPU profile written by test/load/cpu-profile.js: the functions with the most self time. */
import { readFileSync } from 'node:fs';

/** The parts of a V8 .cpuprofile that topFrames reads. */
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

/** Top self-time functions of a .cpuprofile, as shares of the busy (non-idle) samples. */
export function topFrames(file: string, n = 25): { busyMs: number; wallMs: number; top: string[] } {
  const prof = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(prof.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  let busy = 0;
  let wall = 0;
  prof.samples.forEach((id, i) => {
    const us = prof.timeDeltas[i] ?? 0;
    wall += us;
    const cf = byId.get(id)!.callFrame;
    // With the profiler started from a signal handler (an in-process inspector session), V8 files the samples taken
    // while the event loop waits under the session's native `dispatch` frame: that is idle time, not work.
    if (cf.functionName === '(idle)' || (cf.functionName === 'dispatch' && !cf.url)) return;
    const where = cf.url
      ? ` ${cf.url
          .replace(/^.*node_modules\//, '')
          .replace(/^file:\/\//, '')
          .replace(/^.*\/(subgraphs|gateway|test)\//, '$1/')}:${cf.lineNumber + 1}`
      : '';
    const key = `${cf.functionName || '(anonymous)'}${where}`;
    self.set(key, (self.get(key) ?? 0) + us);
    busy += us;
  });
  const top = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `${((100 * us) / busy).toFixed(1).padStart(5)}%  ${k}`);
  return { busyMs: busy / 1000, wallMs: wall / 1000, top };
}
