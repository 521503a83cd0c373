/**
 * A minimal require hook for the soak script: compiles TypeScript in place with @swc/core (already a
 * devDependency, the compiler jest uses), with the same options as jest.config.js, so `__dirname` stays the
 * source folder and gateway/src and test/support can be imported unchanged.
 */
const { transformSync } = require('@swc/core');
const fs = require('node:fs');

require.extensions['.ts'] = function compileTs(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
