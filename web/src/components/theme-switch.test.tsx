import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { THEME_STORAGE_KEY } from '../lib/theme';
import { ThemeSwitch } from './theme-switch';

/** A matchMedia whose answer to prefers-color-scheme: dark the test sets, and can change later. */
function fakeSystem(dark: boolean) {
  const listeners = new Set<() => void>();
  const state = { dark };
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query.includes('dark') ? state.dark : false;
    },
    media: query,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  }));
  return {
    become(next: boolean) {
      state.dark = next;
      for (const l of listeners) l();
    },
  };
}

const theme = () => document.documentElement.getAttribute('data-bs-theme');

beforeEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-bs-theme');
});
afterEach(() => vi.unstubAllGlobals());

describe('the theme switch', () => {
  it('follows the system when nothing is chosen, including when the system changes', () => {
    const system = fakeSystem(true);
    render(<ThemeSwitch />);
    expect(screen.getByRole('button', { name: 'Theme: System' })).toBeInTheDocument();
    expect(theme()).toBe('dark');
    act(() => system.become(false));
    expect(theme()).toBe('light');
  });

  it.each([
    ['Light', 'light', 'light'],
    ['Dark', 'dark', 'dark'],
  ])('switches to %s, remembers it, and no longer follows the system', async (label, stored, applied) => {
    const system = fakeSystem(applied === 'light');
    const user = userEvent.setup();
    render(<ThemeSwitch />);
    await user.click(screen.getByRole('button', { name: 'Theme: System' }));
    await user.click(screen.getByRole('button', { name: label }));
    expect(theme()).toBe(applied);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe(stored);
    expect(screen.getByRole('button', { name: `Theme: ${label}` })).toBeInTheDocument();
    act(() => system.become(applied !== 'dark'));
    expect(theme()).toBe(applied);
  });

  it('goes back to the system, forgetting the choice, and marks the current choice in the menu', async () => {
    fakeSystem(false);
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    const user = userEvent.setup();
    render(<ThemeSwitch />);
    expect(theme()).toBe('dark');
    await user.click(screen.getByRole('button', { name: 'Theme: Dark' }));
    expect(screen.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-current', 'true');
    await user.click(screen.getByRole('button', { name: 'System' }));
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(theme()).toBe('light');
    await user.click(screen.getByRole('button', { name: 'Theme: System' }));
    expect(screen.getByRole('button', { name: /^System/ })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: /^System/ })).toHaveTextContent('System(now light)');
  });

  it('works from the keyboard: Enter opens the menu, the arrows move, Enter chooses', async () => {
    fakeSystem(false);
    const user = userEvent.setup();
    render(<ThemeSwitch />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Theme: System' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Dark' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(theme()).toBe('dark');
  });
});

describe('public/theme.js, run before the console loads', () => {
  const script = readFileSync(join(import.meta.dirname, '../../public/theme.js'), 'utf8');
  const run = () => new Function(script)();

  it.each([
    ['dark', false, 'dark'],
    ['light', true, 'light'],
    [null, true, 'dark'],
    [null, false, 'light'],
    ['purple', true, 'dark'],
  ])('with %s stored and a dark system %s, sets %s', (stored, dark, expected) => {
    fakeSystem(dark);
    if (stored) localStorage.setItem(THEME_STORAGE_KEY, stored);
    run();
    expect(theme()).toBe(expected);
  });

  it('reads the key the console writes', () => {
    expect(script).toContain(`'${THEME_STORAGE_KEY}'`);
  });
});
