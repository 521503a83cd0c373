/**
 * Preloaded with NODE_OPTIONS="--require <this file>" (node refuses --cpu-prof in NODE_OPTIONS): records V8 CPU
 * profiles of the process through the inspector, into $CPU_PROFILE_DIR.
 * - Without CPU_PROFILE_SIGNAL: the whole process, written to <dir>/<pid>.cpuprofile at exit.
 * - With CPU_PROFILE_SIGNAL=1 (the benchmark): nothing until SIGUSR2, which starts a profile; the next SIGUSR2
 *   writes it to <dir>/<CPU_PROFILE_NAME or pid>-<n>.cpuprofile and prints "[cpu-profile] written <file>"; and so on.
 *   Only the measured window is profiled, not start-up or the other workloads.
 */
const inspector = require('node:inspector');
const fs = require('node:fs');
const path = require('node:path');
const dir = process.env.CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  const write = (file, done) =>
    session.post('Profiler.stop', (err, res) => {
      if (!err) {
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(file, JSON.stringify(res.profile));
      }
      done?.(err);
    });
  if (process.env.CPU_PROFILE_SIGNAL) {
    let running = false;
    let n = 0;
    process.on('SIGUSR2', () => {
      if (!running) {
        running = true;
        session.post('Profiler.start');
        return;
      }
      running = false;
      const file = path.join(dir, `${process.env.CPU_PROFILE_NAME || process.pid}-${++n}.cpuprofile`);
      write(file, (err) => process.stdout.write(err ? `[cpu-profile] failed: ${err.message}\n` : `[cpu-profile] written ${file}\n`));
    });
  } else {
    session.post('Profiler.start');
    process.on('exit', () => write(path.join(dir, `${process.pid}.cpuprofile`)));
  }
}
