import { base } from './jest.preset.js';

/** Unit specs live beside the code they test. */
export default {
  ...base,
  rootDir: '.',
  testMatch: ['<rootDir>/apps/**/src/**/*.spec.ts', '<rootDir>/libs/**/src/**/*.spec.ts'],
};
