import { STATE_TONE } from '../lib/lab-actions';

export function LabStateBadge({ state }: { state: string }) {
  const tone = STATE_TONE[state.toUpperCase()] ?? 'secondary';
  return <span className={`badge text-bg-${tone} ${tone === 'light' ? 'border' : ''}`}>{state.toLowerCase().replace(/_/g, ' ')}</span>;
}
