import { base } from '../jest.preset.js';

/**
 * Suites that need the real services from scripts/services: end-to-end suites in test/, and
 * adapter integration specs beside their adapter (`*.int-spec.ts`).
 */
export default {
  ...base,
  rootDir: '..',
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/apps/**/*.int-spec.ts', '<rootDir>/libs/**/*.int-spec.ts'],
  testTimeout: 60_000,
};
