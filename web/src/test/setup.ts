import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setFormatLocale } from '../lib/format';

// findBy* and waitFor wait for what the page will show, not for how fast the machine is: the 1 s
// default timed out on a loaded CI machine (jsdom renders a busy page slowly). Still well inside
// each test's own timeout.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());

// Figures and relative times follow the browser's locale; tests read them in one fixed language.
setFormatLocale('en');
