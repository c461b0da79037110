/** Payloads of the labs module's events (see event-map.ts). Every payload names its worker and lab. */

/** CML lab states: `DEFINED_ON_CORE`, `STOPPED`, `STARTED` (2.9), `QUEUED` (newer); others pass as strings. */
export type LabStateName = 'DEFINED_ON_CORE' | 'STOPPED' | 'STARTED' | 'QUEUED' | (string & {});

/** What revealed a state change: a sync that found it, or an action taken through this product. */
export type LabStateTrigger = 'sync' | 'user';

interface LabRef {
  workerId: string;
  /** The lab's id on its CML controller. */
  labId: string;
}

export interface LabEvents {
  /** A sync found a lab the product did not know (or one that had disappeared came back). */
  'lab.discovered': LabRef & {
    title: string;
    state: LabStateName;
    ownerUsername?: string;
    nodeCount?: number;
    linkCount?: number;
    /** True when the record existed and had been removed or deleted. */
    rediscovered?: boolean;
  };
  /** Lab facts other than the state changed; `changes` maps field to before/after (long texts shortened). */
  'lab.updated': LabRef & { changes: Record<string, { from: unknown; to: unknown }> };
  'lab.state-changed': LabRef & { from: LabStateName; to: LabStateName; trigger: LabStateTrigger };
  /** The lab disappeared from its controller (deleted there, not through this product). */
  'lab.removed': LabRef & { title: string; lastState: LabStateName };
  /** A topology was uploaded through this product and became this lab. */
  'lab.imported': LabRef & { title: string; state: LabStateName; ownerUsername?: string; nodeCount?: number; linkCount?: number; filename?: string; bytes: number };
  /** Deleted through this product; `stopped` / `wiped` say whether it had to be stopped or wiped first. */
  'lab.deleted': LabRef & { title: string; stopped: boolean; wiped: boolean };
}
