/**
 * The V8 CPU profiles of the benchmarks' processes (started with test/load/cpu-profile.js, CPU_PROFILE_SIGNAL=1):
 * starting and stopping one, and the functions with the most self time in a profile written.
 */
import { readFileSync } from 'node:fs';
import type { ManagedProcess } from '../../tools/src/hub/processes';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

/** Sends SIGUSR2 to a process started with test/load/cpu-profile.js (CPU_PROFILE_SIGNAL=1) and waits for the file. */
export async function toggleProfile(p: ManagedProcess, expectFile: boolean): Promise<string | null> {
  const before = p.output().length;
  p.child.kill('SIGUSR2');
  if (!expectFile) return null;
  for (let i = 0; i < 100; i++) {
    await sleep(200);
    const m = p
      .output()
      .slice(before)
      .match(/\[cpu-profile\] written (\S+)/);
    if (m) return m[1];
  }
  return null;
}
