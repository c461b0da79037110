import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './use-now';

afterEach(() => vi.useRealTimers());

describe('useNow', () => {
  it('starts from the time of now when it is the first clock on screen, not from when the last one closed', () => {
    vi.useFakeTimers({ now: new Date('2026-12-02T10:00:00Z'), toFake: ['Date', 'setInterval', 'clearInterval'] });
    const first = renderHook(() => useNow(60_000));
    expect(first.result.current).toBe(Date.parse('2026-12-02T10:00:00Z'));
    first.unmount();
    // Less than a period later: the time kept is stale, but not by a whole period.
    vi.setSystemTime(new Date('2026-12-02T10:00:30Z'));
    const later = renderHook(() => useNow(60_000));
    expect(later.result.current).toBe(Date.parse('2026-12-02T10:00:30Z'));
    later.unmount();
  });

  it('moves on every period while a clock is on screen', () => {
    vi.useFakeTimers({ now: new Date('2026-12-02T10:00:00Z'), toFake: ['Date', 'setInterval', 'clearInterval'] });
    const clock = renderHook(() => useNow(60_000));
    vi.advanceTimersByTime(60_000);
    clock.rerender();
    expect(clock.result.current).toBe(Date.parse('2026-12-02T10:01:00Z'));
    clock.unmount();
  });
});
