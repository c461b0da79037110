// Shared Jest settings: native ESM (NODE_OPTIONS=--experimental-vm-modules) with SWC transforms.
export const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

export const base = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^#kernel$': '<rootDir>/libs/kernel/src/index.ts',
    '^#cml-client$': '<rootDir>/libs/cml-client/src/index.ts',
    '^#persistence$': '<rootDir>/libs/persistence/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: { '^.+\\.ts$': swcTransform },
};
