import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StartupEta } from './startup-eta';

const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

afterEach(() => vi.useRealTimers());

describe('a starting worker’s expected ready time', () => {
  it('counts down as time passes, then says "any moment" rather than a time in the past', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-25T10:00:00.000Z') });
    render(<StartupEta startup={{ startedAt: inSeconds(-60), expectedReadyAt: inSeconds(125), overdue: false, typicalSeconds: 185, basis: 'history', samples: 4 }} />);
    expect(screen.getByTestId('worker-startup')).toHaveTextContent(/^Starting, ready in about 3 min$/);
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByTestId('worker-startup')).toHaveTextContent(/^Starting, ready in about 2 min$/);
    act(() => vi.advanceTimersByTime(120_000));
    expect(screen.getByTestId('worker-startup')).toHaveTextContent(/^Starting, ready any moment$/);
  });

  it('without any measured boot, uses the fleet default and says so', () => {
    render(<StartupEta startup={{ startedAt: inSeconds(-60), expectedReadyAt: inSeconds(19 * 60), overdue: false, typicalSeconds: 1200, basis: 'default', samples: 0 }} />);
    const eta = screen.getByTestId('worker-startup');
    expect(eta).toHaveTextContent(/^Starting, ready in about 19 min$/);
    expect(eta).toHaveAttribute('title', expect.stringMatching(/^No boot of this worker has been measured yet/));
  });

  it('shows an overdue boot as "any moment"', () => {
    render(<StartupEta startup={{ startedAt: inSeconds(-900), expectedReadyAt: inSeconds(0), overdue: true, typicalSeconds: 300, basis: 'history', samples: 2 }} />);
    expect(screen.getByTestId('worker-startup')).toHaveTextContent(/^Starting, ready any moment$/);
  });

  it('shows nothing when no start is under way', () => {
    const { container } = render(<StartupEta startup={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });
});
