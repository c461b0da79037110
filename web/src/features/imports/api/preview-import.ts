import { useMutation } from '@tanstack/react-query';
import { api, errorMessage, statusOf } from '../../../lib/api-client';
import type { ImportRequest, ImportResult, PreviewVerdict } from './types';

/**
 * What importing one instance would do, writing nothing: a dry run of the import by instance id.
 * The server answers 200 with the name it would give, or refuses (409 already managed or
 * terminated, 404 gone) with the reason, which is the verdict.
 */
export async function previewInstance(region: string, instanceId: string): Promise<PreviewVerdict> {
  const body: ImportRequest = { region, instanceId, dryRun: true };
  try {
    const { data } = await api.post<ImportResult>('/workers/import', body);
    const would = data.imported.find((i) => i.instanceId === instanceId);
    if (would) return { instanceId, ok: true, text: `would import as "${would.name}"` };
    const skip = data.skipped.find((s) => s.instanceId === instanceId);
    return { instanceId, ok: false, text: `would be refused: ${skip?.reason ?? 'not importable'}` };
  } catch (err) {
    const status = statusOf(err);
    if (status !== undefined && status >= 400 && status < 500 && status !== 401 && status !== 429) return { instanceId, ok: false, text: `would be refused: ${errorMessage(err)}` };
    throw err;
  }
}

/** A dry run of exactly the selected instances, one at a time (the import request takes one instance id). */
export async function previewImport({ region, instanceIds }: { region: string; instanceIds: string[] }): Promise<PreviewVerdict[]> {
  const verdicts: PreviewVerdict[] = [];
  for (const instanceId of instanceIds) verdicts.push(await previewInstance(region, instanceId));
  return verdicts;
}

export const usePreviewImport = () => useMutation({ mutationFn: previewImport });
