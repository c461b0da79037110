/**
 * The demo fleet: what `scripts/start` shows when no AWS account is configured. Each machine is an
 * EC2 instance in moto plus the simulated CML controller its `cml-endpoint` tag points at. The
 * seeder (seed-demo.ts) is the only place that turns this into moto instances, simulator
 * controllers and workers, so the start command and the e2e test see the same fleet.
 */

export const DEMO_REGIONS = ['us-east-1', 'us-west-2'] as const;
export type DemoRegion = (typeof DEMO_REGIONS)[number];

/** The AMI every demo machine is launched from (one per region, owned by moto's account). */
export const DEMO_AMI_NAME = 'cml-2.9.0-demo-build-3';
export const DEMO_AMI_DESCRIPTION = 'Cisco Modeling Labs 2.9.0 (demo image, no real CML inside)';

/** EC2 tag marking an instance as part of a demo fleet; its value names the fleet. */
export const DEMO_TAG = 'demo';
/** Default value of the demo tag. Tests use a fleet of their own. */
export const DEFAULT_DEMO_FLEET = 'cml-cloud-manager';
/** EC2 tag naming which machine of the plan an instance is, so a second run finds it again. */
export const DEMO_MACHINE_TAG = 'demo-machine';

import type { DemoPowerPattern } from './demo-power-history.js';

export type DemoLabState = 'DEFINED_ON_CORE' | 'STOPPED' | 'STARTED';

/** A lab as the simulator's admin API takes it (`POST /_sim/controllers`, `labs[]`). */
export interface DemoLab {
  title: string;
  state: DemoLabState;
  nodes: number;
  owner?: string;
  createdMinutesAgo?: number;
}

/** Human telemetry the controller reports (who did what, how long ago). */
export interface DemoActivity {
  username: string;
  category?: 'start_lab' | 'stop_lab' | 'user_activity' | 'export_lab' | 'import_lab';
  minutesAgo: number;
  labTitle?: string;
}

export interface DemoController {
  hostname: string;
  computes?: number;
  licensed?: boolean;
  enterprise?: boolean;
  /** People (besides the fleet API user) who own labs and leave telemetry. */
  people: string[];
  labs: DemoLab[];
  activity: DemoActivity[];
}

export interface DemoMachine {
  /** Stable key (the `demo-machine` tag), also the simulated controller's id. */
  key: string;
  region: DemoRegion;
  /** The instance's Name tag, which the import turns into the worker name. */
  name: string;
  instanceType: string;
  state: 'running' | 'stopped';
  /** Imported by the seeder; false: left unmanaged for the console's import workflow. */
  managed: boolean;
  /**
   * Its own idle timeout in minutes, so the demo shows idle detection at work within minutes
   * (the warning, then the stop with its explanation) instead of after the fleet's hour.
   */
  idleTimeoutMinutes?: number;
  /**
   * How it was used over the month before the demo (demo-power-history.ts), by whom, and the
   * schedule that starts and stops it: the status history the cost page and the timelines show.
   */
  power?: { pattern: DemoPowerPattern; owner: string; scheduleName?: string };
  controller: DemoController;
}

export const DEMO_FLEET: readonly DemoMachine[] = [
  {
    key: 'cml-east-classroom',
    region: 'us-east-1',
    name: 'east-classroom',
    instanceType: 'm5zn.metal',
    state: 'running',
    managed: true,
    power: { pattern: 'classroom', owner: 'alice', scheduleName: 'East classroom hours' },
    controller: {
      hostname: 'east-classroom.cml.demo.example',
      computes: 2,
      people: ['alice', 'bob'],
      labs: [
        { title: 'CCNA OSPF', state: 'STARTED', nodes: 6, owner: 'alice', createdMinutesAgo: 300 },
        { title: 'BGP peering', state: 'STOPPED', nodes: 4, owner: 'alice', createdMinutesAgo: 2000 },
        { title: 'Sandbox', state: 'DEFINED_ON_CORE', nodes: 2, owner: 'bob', createdMinutesAgo: 45 },
      ],
      activity: [
        { username: 'alice', category: 'start_lab', minutesAgo: 12, labTitle: 'CCNA OSPF' },
        { username: 'bob', category: 'import_lab', minutesAgo: 45, labTitle: 'Sandbox' },
        { username: 'alice', minutesAgo: 3 },
      ],
    },
  },
  {
    key: 'cml-east-forgotten',
    region: 'us-east-1',
    name: 'east-forgotten',
    instanceType: 'c5.metal',
    state: 'running',
    managed: true,
    idleTimeoutMinutes: 5,
    power: { pattern: 'forgetful', owner: 'carol' },
    controller: {
      hostname: 'east-forgotten.cml.demo.example',
      people: ['carol'],
      labs: [{ title: 'Friday troubleshooting', state: 'STARTED', nodes: 3, owner: 'carol', createdMinutesAgo: 600 }],
      activity: [{ username: 'carol', category: 'user_activity', minutesAgo: 240 }],
    },
  },
  {
    key: 'cml-east-archive',
    region: 'us-east-1',
    name: 'east-archive',
    instanceType: 'm5zn.metal',
    state: 'stopped',
    managed: true,
    power: { pattern: 'occasional', owner: 'dave' },
    controller: {
      hostname: 'east-archive.cml.demo.example',
      people: ['dave'],
      labs: [
        { title: 'Security baseline', state: 'STOPPED', nodes: 5, owner: 'dave', createdMinutesAgo: 20_000 },
        { title: 'Old topology', state: 'DEFINED_ON_CORE', nodes: 8, owner: 'dave', createdMinutesAgo: 40_000 },
      ],
      activity: [{ username: 'dave', category: 'stop_lab', minutesAgo: 4000, labTitle: 'Security baseline' }],
    },
  },
  {
    key: 'cml-east-spare',
    region: 'us-east-1',
    name: 'east-spare',
    instanceType: 'c5.metal',
    state: 'running',
    managed: false,
    controller: {
      hostname: 'east-spare.cml.demo.example',
      people: ['erin'],
      labs: [{ title: 'Spare capacity test', state: 'DEFINED_ON_CORE', nodes: 2, owner: 'erin', createdMinutesAgo: 90 }],
      activity: [],
    },
  },
  {
    key: 'cml-west-ccnp',
    region: 'us-west-2',
    name: 'west-ccnp',
    instanceType: 'm5zn.metal',
    state: 'running',
    managed: true,
    power: { pattern: 'classroom', owner: 'frank', scheduleName: 'CCNP course days' },
    controller: {
      hostname: 'west-ccnp.cml.demo.example',
      computes: 3,
      people: ['frank', 'grace'],
      labs: [
        { title: 'ENCOR core', state: 'STARTED', nodes: 10, owner: 'frank', createdMinutesAgo: 180 },
        { title: 'SD-WAN overlay', state: 'STARTED', nodes: 8, owner: 'grace', createdMinutesAgo: 95 },
        { title: 'MPLS VPN', state: 'STOPPED', nodes: 6, owner: 'frank', createdMinutesAgo: 3000 },
        { title: 'QoS scratch', state: 'DEFINED_ON_CORE', nodes: 2, owner: 'grace', createdMinutesAgo: 30 },
      ],
      activity: [
        { username: 'frank', category: 'start_lab', minutesAgo: 40, labTitle: 'ENCOR core' },
        { username: 'grace', category: 'start_lab', minutesAgo: 20, labTitle: 'SD-WAN overlay' },
        { username: 'grace', minutesAgo: 1 },
      ],
    },
  },
  {
    key: 'cml-west-eval',
    region: 'us-west-2',
    name: 'west-evaluation',
    instanceType: 'c5.2xlarge',
    state: 'running',
    managed: true,
    power: { pattern: 'forgetful', owner: 'heidi' },
    controller: {
      hostname: 'west-evaluation.cml.demo.example',
      licensed: false,
      enterprise: false,
      people: ['heidi'],
      labs: [{ title: 'Personal lab', state: 'DEFINED_ON_CORE', nodes: 2, owner: 'heidi', createdMinutesAgo: 120 }],
      activity: [{ username: 'heidi', category: 'export_lab', minutesAgo: 90, labTitle: 'Personal lab' }],
    },
  },
  {
    key: 'cml-west-weekend',
    region: 'us-west-2',
    name: 'west-weekend',
    instanceType: 'm5zn.metal',
    state: 'stopped',
    managed: true,
    power: { pattern: 'long-runner', owner: 'ivan' },
    controller: {
      hostname: 'west-weekend.cml.demo.example',
      people: ['ivan'],
      labs: [{ title: 'Weekend challenge', state: 'STOPPED', nodes: 12, owner: 'ivan', createdMinutesAgo: 8000 }],
      activity: [{ username: 'ivan', category: 'stop_lab', minutesAgo: 2900, labTitle: 'Weekend challenge' }],
    },
  },
  {
    key: 'cml-west-legacy',
    region: 'us-west-2',
    name: 'west-legacy',
    instanceType: 'c5.metal',
    state: 'stopped',
    managed: false,
    controller: {
      hostname: 'west-legacy.cml.demo.example',
      people: ['judy'],
      labs: [{ title: 'Inherited lab', state: 'STOPPED', nodes: 4, owner: 'judy', createdMinutesAgo: 50_000 }],
      activity: [],
    },
  },
];
