import { useReadiness } from '../api/get-readiness';

export function ReadinessBadge() {
  const { data, isPending, isError } = useReadiness();
  if (isPending) return <span className="badge text-bg-secondary">checking…</span>;
  if (isError || data?.status !== 'ok') {
    const down = Object.entries(data?.details ?? {})
      .filter(([, v]) => v.status !== 'up')
      .map(([k]) => k);
    return (
      <span className="badge text-bg-danger" title={down.length ? `Down: ${down.join(', ')}` : 'The API reports a dependency down'}>
        degraded
      </span>
    );
  }
  return (
    <span className="badge text-bg-success" title="The API and its database answer">
      ready
    </span>
  );
}
