import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useId } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionButton } from './action-button';
import { DisabledReason } from './disabled-reason';
import { EmptyState } from './empty-state';

afterEach(() => document.head.querySelectorAll('style[data-test]').forEach((s) => s.remove()));

// The tests run without CSS processing; the console's stylesheet is read as text and applied to the page.
const css = readFileSync(join(import.meta.dirname, '../app/console.css'), 'utf8');

function withConsoleStyles() {
  const style = document.createElement('style');
  style.dataset.test = '';
  style.textContent = css;
  document.head.append(style);
}

describe('an unavailable action', () => {
  it('says why next to the button, in text everyone sees, and does nothing when clicked', async () => {
    const onClick = vi.fn();
    render(
      <ActionButton reason="The worker is stopped: its controller cannot be reached." onClick={onClick}>
        Sync now
      </ActionButton>,
    );
    const button = screen.getByRole('button', { name: 'Sync now' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('The worker is stopped: its controller cannot be reached.')).toBeVisible();
    expect(button).toHaveAccessibleDescription('The worker is stopped: its controller cannot be reached.');
    expect(button).not.toHaveAttribute('title');
    await userEvent.setup().click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('looks disabled and keeps its disabled colours on hover, press and focus', () => {
    withConsoleStyles();
    render(
      <ActionButton variant="primary" reason="The job is disabled." onClick={() => undefined}>
        Run now
      </ActionButton>,
    );
    const button = screen.getByRole('button', { name: 'Run now' });
    expect(getComputedStyle(button).cursor).toBe('not-allowed');
    // Bootstrap's :hover, :active and :focus-visible rules read these variables; the page's own rule
    // for an unavailable button sets them to the disabled colours (jsdom does not cascade variables).
    const declared = (name: string) =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && button.matches(rule.selectorText))
        .map((rule) => rule.style.getPropertyValue(name).trim())
        .filter(Boolean)
        .at(-1);
    for (const state of ['hover', 'active']) {
      expect(declared(`--bs-btn-${state}-bg`)).toBe('var(--bs-btn-disabled-bg)');
      expect(declared(`--bs-btn-${state}-color`)).toBe('var(--bs-btn-disabled-color)');
      expect(declared(`--bs-btn-${state}-border-color`)).toBe('var(--bs-btn-disabled-border-color)');
    }
    expect(declared('opacity')).toBe('var(--bs-btn-disabled-opacity)');
  });

  it('stays a plain button, without a reason, when available', async () => {
    withConsoleStyles();
    const onClick = vi.fn();
    render(<ActionButton onClick={onClick}>Refresh</ActionButton>);
    const button = screen.getByRole('button', { name: 'Refresh' });
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(getComputedStyle(button).cursor).not.toBe('not-allowed');
    expect(screen.queryByTestId('disabled-reason')).toBeNull();
    await userEvent.setup().click(button);
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('can share one visible reason between several buttons', () => {
    function Pair() {
      const id = useId();
      const reason = 'The worker is not running.';
      return (
        <>
          <ActionButton reason={reason} showReason={false} describedBy={id} onClick={() => undefined}>
            Sync now
          </ActionButton>
          <ActionButton reason={reason} showReason={false} describedBy={id} onClick={() => undefined}>
            Upload topology
          </ActionButton>
          <DisabledReason id={id} reason={reason} />
        </>
      );
    }
    render(<Pair />);
    expect(screen.getAllByText('The worker is not running.')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Sync now' })).toHaveAccessibleDescription('The worker is not running.');
    expect(screen.getByRole('button', { name: 'Upload topology' })).toHaveAccessibleDescription('The worker is not running.');
  });
});

describe('an empty state', () => {
  it('offers its action when it is available', async () => {
    const onClick = vi.fn();
    render(<EmptyState title="No labs on this worker." action={{ label: 'Sync now', onClick }} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sync now' }));
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('shows an unavailable action disabled, with the reason, instead of inviting it', async () => {
    const onClick = vi.fn();
    render(
      <EmptyState title="No labs on this worker." action={{ label: 'Sync now', onClick, reason: 'Labs are read from the controller once the worker runs.' }}>
        The worker is stopped.
      </EmptyState>,
    );
    const button = screen.getByRole('button', { name: 'Sync now' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByTestId('empty-state')).toHaveTextContent('Labs are read from the controller once the worker runs.');
    await userEvent.setup().click(button);
    expect(onClick).not.toHaveBeenCalled();
  });
});
