import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { DiscoveredSubgraph } from '@hub/common/platform';
import { ROOT } from '../paths';

export interface ManagedProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** Everything the process has written to stdout and stderr so far (the last 4 MB): its JSON log lines. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const READY = /ready at (http:\/\/\S+)\r?\n/;

/**
 * Starts a service process and waits until it prints "ready at <url>". Its output is passed on with a
 * "[name]" prefix (or swallowed when quiet). Fails with the process's last output if it exits first.
 */
export function startService(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  opts: { quiet?: boolean; timeoutMs?: number } = {},
): Promise<ManagedProcess> {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const tail: string[] = [];
  let all = '';
  let seen = '';
  let ready = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not become ready within ${opts.timeoutMs ?? 120_000} ms:\n${tail.join('')}`));
    }, opts.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      all = (all + text).slice(-4 * 1024 * 1024);
      tail.push(text);
      if (tail.length > 30) tail.shift();
      if (!opts.quiet) process.stdout.write(text.replace(/^(?!\[)(.+)$/gm, `[${name}] $1`));
      seen = (seen + text).slice(-2000); // a URL may arrive split across chunks
      const m = ready ? null : seen.match(READY);
      if (m) {
        ready = true;
        clearTimeout(timer);
        resolve({
          name,
          url: m[1],
          child,
          exited,
          output: () => all,
          stop: (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it was ready:\n${tail.join('')}`));
    });
  });
}

/** Runs `node <subgraph>/dist/index.js seed`: migrations, then the documents' figures (idempotent). */
export function seedSubgraph(s: DiscoveredSubgraph, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(s.dir, 'dist', 'index.js'), 'seed'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.once('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`seeding ${s.name} failed:\n${out}`))));
  });
}

export const GATEWAY_SCRIPT = join(ROOT, 'gateway', 'dist', 'index.js');
/** The web front door (clients/): pages, report, export, and /graphql passed through to the gateway. */
export const WEB_SCRIPT = join(ROOT, 'clients', 'dist', 'index.js');
export const subgraphScript = (s: DiscoveredSubgraph) => join(s.dir, 'dist', 'index.js');
/** The development identity provider (oidc-provider): npm start runs it, production points OIDC_ISSUER elsewhere. */
export const IDP_SCRIPT = join(ROOT, 'tools', 'dist', 'idp', 'index.js');
