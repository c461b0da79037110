import { base } from './jest.preset.js';

/** Unit specs live beside the code they test (deploy/: beside the deployment files they check). */
export default {
  ...base,
  rootDir: '.',
  testMatch: ['<rootDir>/apps/**/src/**/*.spec.ts', '<rootDir>/libs/**/src/**/*.spec.ts', '<rootDir>/deploy/*.spec.ts'],
};
