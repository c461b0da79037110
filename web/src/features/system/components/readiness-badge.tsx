import { useReadiness } from '../api/get-readiness';

export function ReadinessBadge() {
  const { data, isPending, isError } = useReadiness();
  if (isPending) return <span className="badge text-bg-secondary">checking…</span>;
  if (isError || data?.status !== 'ok') return <span className="badge text-bg-danger" title="The API reports a dependency down">degraded</span>;
  return <span className="badge text-bg-success">ready</span>;
}
