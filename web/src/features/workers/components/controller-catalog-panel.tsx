import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { formatNumber } from '../../../lib/format';
import { useComputeHosts, useImageDefinitions, useNodeDefinitions } from '../api/get-controller-catalog';

const yesNo = (v: boolean | undefined) => (v === undefined ? '—' : v ? 'yes' : 'no');

/**
 * What the worker's controller has: its compute hosts, node definitions and image definitions, each a
 * live controller read (manager) that counts against the worker's read budget, read once per visit.
 */
export function ControllerCatalogPanel({ workerId, running }: { workerId: string; running: boolean }) {
  if (!running) return <p className="text-body-secondary small">The controller is read live: start the worker to see its compute hosts and definitions.</p>;
  return (
    <div className="d-flex flex-column gap-4">
      <ComputeHosts workerId={workerId} />
      <NodeDefinitions workerId={workerId} />
      <ImageDefinitions workerId={workerId} />
    </div>
  );
}

function ComputeHosts({ workerId }: { workerId: string }) {
  const { data, error, isPending } = useComputeHosts(workerId);
  return (
    <section aria-labelledby="compute-hosts">
      <h2 id="compute-hosts" className="h6">
        Compute hosts
      </h2>
      {isPending ? (
        <Loading label="Reading the compute hosts…" />
      ) : error ? (
        <ErrorAlert error={error} title="The compute hosts could not be read." />
      ) : (
        <div className="table-responsive">
          <table className="table table-sm small" data-testid="compute-hosts">
            <caption className="visually-hidden">Compute hosts of the CML cluster</caption>
            <thead>
              <tr>
                <th scope="col">Host</th>
                <th scope="col">Address</th>
                <th scope="col">Role</th>
                <th scope="col">Admission</th>
                <th scope="col">Connected</th>
                <th scope="col">In sync</th>
                <th scope="col" className="text-end">
                  Nodes running / deployed (count)
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((h) => (
                <tr key={h.id}>
                  <td className="font-monospace">{h.hostname}</td>
                  <td className="font-monospace">{h.serverAddress ?? '—'}</td>
                  <td>{[h.isConnector && 'controller and connectors', h.isSimulator && 'runs nodes'].filter(Boolean).join(', ') || '—'}</td>
                  <td>{h.admissionState ?? '—'}</td>
                  <td>{yesNo(h.connected)}</td>
                  <td>{yesNo(h.synced)}</td>
                  <td className="text-end">
                    {h.runningNodes === undefined ? '—' : formatNumber(h.runningNodes, 0)} / {h.totalNodes === undefined ? '—' : formatNumber(h.totalNodes, 0)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function NodeDefinitions({ workerId }: { workerId: string }) {
  const { data, error, isPending } = useNodeDefinitions(workerId);
  return (
    <section aria-labelledby="node-definitions">
      <h2 id="node-definitions" className="h6">
        Node definitions{data ? ` (${data.length})` : ''}
      </h2>
      {isPending ? (
        <Loading label="Reading the node definitions…" />
      ) : error ? (
        <ErrorAlert error={error} title="The node definitions could not be read." />
      ) : (
        <div className="table-responsive">
          <table className="table table-sm small" data-testid="node-definitions">
            <caption className="visually-hidden">Node definitions installed on the controller</caption>
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">Label</th>
                <th scope="col">Nature</th>
                <th scope="col" className="text-end">
                  RAM
                </th>
                <th scope="col" className="text-end">
                  vCPUs (count)
                </th>
                <th scope="col" className="text-end">
                  Interfaces (count)
                </th>
                <th scope="col">Images</th>
              </tr>
            </thead>
            <tbody>
              {data.map((d) => (
                <tr key={d.id}>
                  <td className="font-monospace">{d.id}</td>
                  <td title={d.description}>{d.label}</td>
                  <td>{d.nature ?? '—'}</td>
                  <td className="text-end">{d.ramMb === undefined ? '—' : `${formatNumber(d.ramMb, 0)} MiB`}</td>
                  <td className="text-end">{d.cpus ?? '—'}</td>
                  <td className="text-end">{d.interfaces.length}</td>
                  <td className="font-monospace">{d.imageDefinitions.join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ImageDefinitions({ workerId }: { workerId: string }) {
  const { data, error, isPending } = useImageDefinitions(workerId);
  return (
    <section aria-labelledby="image-definitions">
      <h2 id="image-definitions" className="h6">
        Image definitions{data ? ` (${data.length})` : ''}
      </h2>
      {isPending ? (
        <Loading label="Reading the image definitions…" />
      ) : error ? (
        <ErrorAlert error={error} title="The image definitions could not be read." />
      ) : (
        <div className="table-responsive">
          <table className="table table-sm small" data-testid="image-definitions">
            <caption className="visually-hidden">Image definitions installed on the controller</caption>
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">For node definition</th>
                <th scope="col">Label</th>
                <th scope="col">Disk image</th>
                <th scope="col">Shipped with CML</th>
              </tr>
            </thead>
            <tbody>
              {data.map((i) => (
                <tr key={i.id}>
                  <td className="font-monospace">{i.id}</td>
                  <td className="font-monospace">{i.nodeDefinitionId}</td>
                  <td>{i.label ?? '—'}</td>
                  <td className="font-monospace text-break">{i.diskImage ?? '—'}</td>
                  <td>{yesNo(i.readOnly)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
