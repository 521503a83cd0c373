import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { anyOf } from '../support/matchers';

const ROOT = join(__dirname, '..', '..');

/** Runs a script in a plain node process (jest keeps its own module registry, where require.cache is not Node's). */
const nodeEval = (script: string): unknown =>
  JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' })) as unknown;

describe("the gateway reads @apollo/federation-internals' exports as data properties", () => {
  test('once the gateway is loaded, the exports are plain values, the same objects as the package defines', () => {
    const answer = nodeEval(`
      const before = Object.getOwnPropertyDescriptor(require('@apollo/federation-internals'), 'isCompositeType');
      require('./gateway/dist/server.js');
      const fi = require('@apollo/federation-internals');
      const after = Object.getOwnPropertyDescriptor(fi, 'isCompositeType');
      const getters = Object.keys(fi).filter((k) => 'get' in Object.getOwnPropertyDescriptor(fi, k));
      const definitions = require('@apollo/federation-internals/dist/definitions');
      console.log(JSON.stringify({
        getterBefore: 'get' in before,
        getterAfter: 'get' in after,
        getters: getters.length,
        exports: Object.keys(fi).length,
        sameFunction: fi.isCompositeType === definitions.isCompositeType,
        esModule: fi.__esModule === true,
      }));
    `);
    expect(answer).toEqual({
      getterBefore: true,
      getterAfter: false,
      getters: 0,
      exports: anyOf(Number),
      sameFunction: true,
      esModule: true,
    });
    expect((answer as { exports: number }).exports).toBeGreaterThan(100);
  });
});
