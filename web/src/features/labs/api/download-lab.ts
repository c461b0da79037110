import { AxiosError } from 'axios';
import { api } from '../../../lib/api-client';

function filenameFrom(disposition: string | undefined, fallback: string): string {
  const m = disposition && /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return m ? decodeURIComponent(m[1]) : fallback;
}

/** Fetches the lab's topology (CML YAML) and hands it to the browser as a file. */
export async function downloadLab({ workerId, labId, title }: { workerId: string; labId: string; title: string }): Promise<void> {
  let res;
  try {
    res = await api.get<Blob>(`/workers/${encodeURIComponent(workerId)}/labs/${encodeURIComponent(labId)}/download`, { responseType: 'blob' });
  } catch (err) {
    // A refusal arrives as a Blob too; turn it back into the problem so its detail can be shown.
    if (err instanceof AxiosError && err.response?.data instanceof Blob) {
      try {
        err.response.data = JSON.parse(await err.response.data.text());
      } catch {
        /* not JSON: keep the status line */
      }
    }
    throw err;
  }
  const safe = title.replace(/[^\w.-]+/g, '_').slice(0, 80) || labId;
  const url = URL.createObjectURL(res.data);
  const a = document.createElement('a');
  a.href = url;
  a.download = filenameFrom(res.headers['content-disposition'] as string | undefined, `${safe}.yaml`);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
