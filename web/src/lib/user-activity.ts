import { USER_IDLE_AFTER_MS } from '../config/console';

/**
 * Whether someone is using the console. A tab left open keeps reading (live events invalidate
 * queries, which refetch); those reads must not keep the session alive, or its idle timeout would
 * never end it. Reads made after a while without key, pointer, wheel or touch input are marked as
 * background requests, which the server does not count as activity.
 */
let lastInputAt = Date.now();

export function noteUserInput(now = Date.now()): void {
  lastInputAt = now;
}

export function isUserIdle(now = Date.now(), idleAfterMs = USER_IDLE_AFTER_MS): boolean {
  return now - lastInputAt > idleAfterMs;
}

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Listens for input on the window; returns a function that stops listening. */
export function watchUserInput(target: Window = window): () => void {
  const onInput = () => noteUserInput();
  for (const type of INPUT_EVENTS) target.addEventListener(type, onInput, { capture: true, passive: true });
  return () => {
    for (const type of INPUT_EVENTS) target.removeEventListener(type, onInput, { capture: true });
  };
}
