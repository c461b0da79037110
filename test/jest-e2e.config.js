import { base } from '../jest.preset.js';

/** End-to-end suites: they start the app against the real services from scripts/services. */
export default {
  ...base,
  rootDir: '..',
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
  testTimeout: 60_000,
};
