import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RelativeTime } from './relative-time';

describe('a relative time', () => {
  it('never shows a server timestamp in the future: data a little ahead of the browser’s clock was synced "now"', () => {
    render(<RelativeTime iso={new Date(Date.now() + 10_000).toISOString()} />);
    expect(screen.getByText('now')).toBeInTheDocument();
  });

  it('reads fresh data against the real clock, not the shared ticker’s last tick', () => {
    const start = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(start);
    const first = render(<RelativeTime iso={new Date(start - 60_000).toISOString()} everyMs={30_000} />);
    expect(first.container).toHaveTextContent('1 minute ago');
    // 25 s later, before the ticker has ticked, data collected 20 s ago arrives.
    clock.mockReturnValue(start + 25_000);
    render(<RelativeTime iso={new Date(start + 5_000).toISOString()} everyMs={30_000} />);
    expect(screen.getAllByRole('time').at(-1)).toHaveTextContent('20 seconds ago');
  });

  it('shows a planned time as "in …", and "now" once due', () => {
    render(
      <>
        <RelativeTime iso={new Date(Date.now() + 4 * 60_000 + 2_000).toISOString()} direction="future" />
        <RelativeTime iso={new Date(Date.now() - 20_000).toISOString()} direction="future" />
      </>,
    );
    expect(screen.getAllByRole('time').map((t) => t.textContent)).toEqual(['in 4 minutes', 'now']);
  });

  it('has the full date and time, to the second, in its title', () => {
    render(<RelativeTime iso="2026-11-25T14:03:27.000Z" />);
    expect(screen.getByRole('time')).toHaveAttribute('title', expect.stringMatching(/2026.*:\d\d:27/));
  });
});
