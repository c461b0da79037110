/** CML lab states: DEFINED_ON_CORE (wiped or never started), STOPPED, STARTED, QUEUED (starting). */
export type LabAction = 'start' | 'stop' | 'wipe' | 'delete';

/** Why an action is not available in `state`, or undefined when it is. CML itself has the last word. */
export function labActionReason(action: LabAction, state: string): string | undefined {
  const s = state.toUpperCase();
  switch (action) {
    case 'start':
      return s === 'STARTED' ? 'The lab is already started.' : s === 'QUEUED' ? 'The lab is already starting.' : undefined;
    case 'stop':
      return s === 'STARTED' || s === 'QUEUED' ? undefined : 'The lab is not running.';
    case 'wipe':
      return s === 'STOPPED' ? undefined : s === 'DEFINED_ON_CORE' ? 'The lab is already wiped.' : 'Stop the lab before wiping it.';
    case 'delete':
      return undefined;
  }
}

export const STATE_TONE: Record<string, string> = { STARTED: 'success', QUEUED: 'info', STOPPED: 'secondary', DEFINED_ON_CORE: 'light' };
export const LAB_STATES = ['STARTED', 'QUEUED', 'STOPPED', 'DEFINED_ON_CORE'];
