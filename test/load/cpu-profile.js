/**
 * Preloaded with NODE_OPTIONS="--require <this file>" (node refuses --cpu-prof in NODE_OPTIONS): records a V8 CPU
 * profile of the whole process through the inspector and writes it to $CPU_PROFILE_DIR/<pid>.cpuprofile at exit.
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
  session.post('Profiler.start');
  process.on('exit', () => {
    session.post('Profiler.stop', (err, res) => {
      if (err) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(res.profile));
    });
  });
}
