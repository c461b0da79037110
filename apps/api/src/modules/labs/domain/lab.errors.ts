import { errorCatalogue } from '#kernel';

/** Where in an uploaded topology a problem is (1-based). */
export interface TopologyPlace {
  line: number;
  column: number;
}

const at = (where?: TopologyPlace) => (where ? ` (line ${where.line}, column ${where.column})` : '');
const UPLOAD_A_TOPOLOGY = 'upload the YAML file CML exports for a lab.';

/** A topology refusal: the problem, where it is, and the facts that go with it. */
function topology(message: string, where?: TopologyPlace, details: Record<string, unknown> = {}) {
  return { message: `${message}${at(where)}`, details: { ...details, ...(where ?? {}) } };
}

interface LabWorkerRef {
  id: string;
  name: string;
}

/** Codes of the labs module: labs, their worker's controller, topology uploads. */
export const LabErrors = errorCatalogue({
  notFound: {
    code: 'LAB.NOT_FOUND',
    kind: 'not-found',
    meaning: 'The worker has no lab with that id (or the id cannot name a lab).',
    build: (lab: { labId: string; workerName?: string; workerId?: string }) => ({
      message: lab.workerName ? `Worker ${lab.workerName} has no lab ${lab.labId}.` : `No lab has the id ${JSON.stringify(lab.labId)}.`,
      details: { labId: lab.labId, ...(lab.workerId ? { workerId: lab.workerId } : {}) },
    }),
  },
  workerNotRunning: {
    code: 'LAB.WORKER_NOT_RUNNING',
    kind: 'conflict',
    meaning: 'Labs are managed through the worker\'s controller, which only runs while the worker does (`details.status` says what it is).',
    build: (worker: LabWorkerRef & { status: string }) => ({
      message: `Worker ${worker.name} is ${worker.status}; labs can only be managed while it is running.`,
      details: { workerId: worker.id, status: worker.status },
    }),
  },
  workerNotManaged: {
    code: 'LAB.WORKER_NOT_MANAGED',
    kind: 'conflict',
    meaning: 'The worker was unregistered; its labs are kept as they were and cannot be changed.',
    build: (worker: LabWorkerRef) => ({
      message: `Worker ${worker.name} is no longer managed (it was unregistered); its labs cannot be changed.`,
      details: { workerId: worker.id },
    }),
  },
  syncThrottled: {
    code: 'LAB.SYNC_THROTTLED',
    kind: 'rate-limited',
    meaning: 'The worker\'s labs were synced moments ago (one sync per LAB_SYNC_MIN_INTERVAL_SECONDS); retry after `Retry-After`.',
    build: (worker: LabWorkerRef, retryAfterSeconds: number, intervalSeconds: number) => ({
      message: `The labs of worker ${worker.name} were synced moments ago; one sync per ${intervalSeconds} s (LAB_SYNC_MIN_INTERVAL_SECONDS). Try again in ${retryAfterSeconds} s.`,
      details: { workerId: worker.id, retryAfterSeconds },
    }),
  },
  controllerReadsThrottled: {
    code: 'LAB.CONTROLLER_READS_THROTTLED',
    kind: 'rate-limited',
    meaning: 'The worker\'s controller was asked for its share of topologies and definitions this minute (LAB_CONTROLLER_READS_PER_MINUTE); retry after `Retry-After`.',
    build: (worker: LabWorkerRef, retryAfterSeconds: number, perMinute: number) => ({
      message: `The controller of worker ${worker.name} was asked for ${perMinute} topologies or definitions in the last minute, the most it is asked (LAB_CONTROLLER_READS_PER_MINUTE). Try again in ${retryAfterSeconds} s.`,
      details: { workerId: worker.id, perMinute, retryAfterSeconds },
    }),
  },
  controllerUnavailable: {
    code: 'LAB.CONTROLLER_UNAVAILABLE',
    kind: 'conflict',
    meaning: 'The worker\'s controller cannot be used right now (not reached, booting, paused after failures, or not contacted); `details.reason` has the CML code. Retry later.',
    build: (worker: LabWorkerRef, action: string, cause: { code: string; message: string; retryInMs?: number }) => ({
      message: `The CML controller of worker ${worker.name} is unavailable, so Cloud Manager could not ${action}: ${cause.message}`,
      details: { workerId: worker.id, reason: cause.code, ...(cause.retryInMs !== undefined ? { retryInMs: cause.retryInMs } : {}) },
    }),
  },
  refusedByCml: {
    code: 'LAB.REFUSED_BY_CML',
    kind: 'conflict',
    meaning: 'CML refused the lab action and said why (`details.description`), e.g. a lab that is already stopped.',
    build: (worker: LabWorkerRef, action: string, labId: string | undefined, description: string) => ({
      message: `CML on worker ${worker.name} refused to ${action}: ${description}`,
      details: { workerId: worker.id, labId, description },
    }),
  },
  topologyRefused: {
    code: 'LAB.TOPOLOGY_REFUSED',
    kind: 'unprocessable',
    meaning: 'The topology passed the checks here, but CML refused to import it and said why (`details.description`).',
    build: (worker: LabWorkerRef, description: string) => ({
      message: `CML on worker ${worker.name} refused the topology: ${description}`,
      details: { workerId: worker.id, description },
    }),
  },
  topologyEmpty: {
    code: 'LAB.TOPOLOGY_EMPTY',
    kind: 'invalid',
    meaning: 'The uploaded topology holds nothing (or only white space or comments).',
    build: (holds: 'nothing' | 'white space' | 'comments') =>
      holds === 'nothing' ? `The uploaded topology is empty; ${UPLOAD_A_TOPOLOGY}` : `The uploaded topology holds only ${holds}; ${UPLOAD_A_TOPOLOGY}`,
  },
  topologyNotText: {
    code: 'LAB.TOPOLOGY_NOT_TEXT',
    kind: 'invalid',
    meaning: 'The uploaded file is binary or not UTF-8, so it is not a YAML topology.',
    build: (nulAt?: number) =>
      nulAt !== undefined
        ? topology(`The uploaded file is binary (a NUL byte at offset ${nulAt}), not a YAML topology; upload the UTF-8 YAML file CML exports.`, undefined, { offset: nulAt })
        : topology('The uploaded file is not UTF-8 text, so it is not a YAML topology; upload the YAML file CML exports.'),
  },
  topologyNotYaml: {
    code: 'LAB.TOPOLOGY_NOT_YAML',
    kind: 'invalid',
    meaning: 'The upload is not valid YAML (the message names the problem and its line and column).',
    build: (problem: string, where?: TopologyPlace) => topology(`The topology is not valid YAML: ${problem}`, where),
  },
  topologyTooDeep: {
    code: 'LAB.TOPOLOGY_TOO_DEEP',
    kind: 'invalid',
    meaning: 'The upload nests lists and mappings deeper than a CML topology ever does (`details.maxDepth`).',
    build: (maxDepth: number, where?: TopologyPlace) =>
      topology(`The topology nests lists and mappings more than ${maxDepth} levels deep; a CML export nests about 6, so this is not a lab topology.`, where, { maxDepth }),
  },
  topologyTooComplex: {
    code: 'LAB.TOPOLOGY_TOO_COMPLEX',
    kind: 'invalid',
    meaning: 'The upload uses, or expands through, more YAML aliases than a CML export needs (`details.maxAliases`): an alias bomb.',
    build: (maxAliases: number, how: 'aliases' | 'expansion', where?: TopologyPlace) =>
      topology(
        how === 'aliases'
          ? `The topology uses more than ${maxAliases} YAML aliases (*name); a CML export needs few or none.`
          : `The topology's aliases (*name) expand to more than ${maxAliases} copies of the nodes they name (an alias bomb); a CML export needs few or none.`,
        where,
        { maxAliases },
      ),
  },
  topologyInvalid: {
    code: 'LAB.TOPOLOGY_INVALID',
    kind: 'invalid',
    meaning: 'The upload is YAML but not a CML topology (the message names the section, node or link, with its line and column).',
    build: (problem: string, where?: TopologyPlace, details?: Record<string, unknown>) => topology(problem, where, details),
  },
  uploadTooLarge: {
    code: 'LAB.UPLOAD_TOO_LARGE',
    kind: 'too-large',
    meaning: 'The topology is larger than LAB_UPLOAD_MAX_BYTES.',
    build: (limitBytes: number) => {
      const mib = (limitBytes / 1_048_576).toFixed(limitBytes % 1_048_576 === 0 ? 0 : 1);
      return {
        message: `The topology is larger than the upload limit of ${limitBytes} bytes (${mib} MiB, LAB_UPLOAD_MAX_BYTES); CML exports are far smaller, so this is probably not a topology.`,
        details: { limitBytes },
      };
    },
  },
  uploadMediaType: {
    code: 'LAB.UPLOAD_MEDIA_TYPE',
    kind: 'unsupported-media-type',
    meaning: 'A topology comes as multipart/form-data (field `file`) or as a raw YAML body; the request was neither.',
    build: (field: string, yamlTypes: readonly string[], got: string) =>
      `Send the topology as multipart/form-data (field \`${field}\`) or as a raw YAML body (${yamlTypes.join(', ')}), not ${got || 'a body without Content-Type'}.`,
  },
  uploadNoFile: {
    code: 'LAB.UPLOAD_NO_FILE',
    kind: 'invalid',
    meaning: 'The multipart form has no `file` field.',
    build: (field: string) => `The form has no \`${field}\` field; send the topology as a file in the \`${field}\` field.`,
  },
  uploadFields: {
    code: 'LAB.UPLOAD_FIELDS',
    kind: 'invalid',
    meaning: 'The multipart form has more than one file, or a file in another field than `file`.',
    build: (field: string, cause: string) => `Send exactly one file, in the \`${field}\` field (${cause}).`,
  },
  uploadMalformed: {
    code: 'LAB.UPLOAD_MALFORMED',
    kind: 'invalid',
    meaning: 'The multipart form could not be read.',
    build: (cause: string) => `The multipart form could not be read: ${cause}.`,
  },
  uploadIncomplete: {
    code: 'LAB.UPLOAD_INCOMPLETE',
    kind: 'invalid',
    meaning: 'The upload broke off before its end.',
    build: (cause: string) => `The upload did not arrive completely: ${cause}`,
  },
});
