/**
 * Query-key factories. They live here rather than in their features because the cache is shared:
 * the live-update hook, the import workflow and the lab actions all refresh worker queries, and
 * features do not import each other. Keys nest, so invalidating a prefix refreshes everything below.
 */

export interface WorkerListFilters {
  region?: string;
  status?: string[];
  q?: string;
  includeTerminated?: boolean;
  sort?: string;
  page: number;
  pageSize: number;
  /** Ask for each worker's cost this month (`include=cost`: the server then reads the cost ledger). */
  withCost?: boolean;
  /** Ask for what the caller may do to each worker (`include=actions`), for bulk actions' skip rules. */
  withActions?: boolean;
}

export const workerKeys = {
  all: ['workers'] as const,
  lists: () => [...workerKeys.all, 'list'] as const,
  list: (filters: WorkerListFilters) => [...workerKeys.lists(), filters] as const,
  details: () => [...workerKeys.all, 'detail'] as const,
  detail: (id: string) => [...workerKeys.details(), id] as const,
  timeline: (id: string, page = 1, view = 'people') => [...workerKeys.detail(id), 'timeline', view, page] as const,
  idle: (id: string) => [...workerKeys.detail(id), 'idle'] as const,
  metrics: (id: string, range?: string) => [...workerKeys.detail(id), 'metrics', ...(range ? [range] : [])] as const,
  labs: (id: string) => [...workerKeys.detail(id), 'labs'] as const,
  /** A long operation on the worker (its stop or terminate), under its detail key so the worker's live events refresh it too. */
  operation: (id: string, operationId: string) => [...workerKeys.detail(id), 'operation', operationId] as const,
  discovery: (criteria: Record<string, string | undefined>) => [...workerKeys.all, 'discovery', criteria] as const,
};

export interface LabListFilters {
  workerId?: string;
  state?: string;
  owner?: string;
  q?: string;
  sort?: string;
  includeGone?: boolean;
  page: number;
  pageSize: number;
}

export const labKeys = {
  all: ['labs'] as const,
  lists: () => [...labKeys.all, 'list'] as const,
  list: (filters: LabListFilters) => [...labKeys.lists(), filters] as const,
  workerOptions: () => [...labKeys.all, 'worker-options'] as const,
};

export const jobKeys = {
  all: ['jobs'] as const,
  list: () => [...jobKeys.all, 'list'] as const,
  runs: (name: string) => [...jobKeys.all, 'runs', name] as const,
};

export interface NotificationListFilters {
  unreadOnly: boolean;
  limit: number;
}

/** The notification centre: the live-update hook adds to its lists as notifications arrive. */
export const notificationKeys = {
  all: ['notifications'] as const,
  lists: () => [...notificationKeys.all, 'list'] as const,
  list: (filters: NotificationListFilters) => [...notificationKeys.lists(), filters] as const,
  preferences: () => [...notificationKeys.all, 'preferences'] as const,
};

/** The admins' notification channels: not under `notificationKeys.all`, so each new notification does not refetch them. */
export const notificationChannelKeys = {
  all: ['notification-channels'] as const,
  list: () => [...notificationChannelKeys.all, 'list'] as const,
  detail: (id: string) => [...notificationChannelKeys.all, 'detail', id] as const,
};

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
  session: () => [...authKeys.all, 'session'] as const,
};

/** What the provisioning form reads: not under `workerKeys.all`, so worker events do not refetch them. */
export const provisioningKeys = {
  all: ['provisioning'] as const,
  instanceTypes: (region: string) => [...provisioningKeys.all, 'instance-types', region] as const,
  networkOptions: (region: string) => [...provisioningKeys.all, 'network-options', region] as const,
  launchAmi: (region: string, criteria: { amiId?: string; amiName?: string }) => [...provisioningKeys.all, 'launch-ami', region, criteria] as const,
};

export const systemKeys = {
  all: ['system'] as const,
  readiness: () => [...systemKeys.all, 'readiness'] as const,
  defaults: () => [...systemKeys.all, 'defaults'] as const,
};

/** Runtime settings (admin) and their recent changes. */
export const settingsKeys = {
  all: ['settings'] as const,
  current: () => [...settingsKeys.all, 'current'] as const,
  history: () => [...settingsKeys.all, 'history'] as const,
};

/** Schedules, holiday calendars, runtime limits, reservations and the fleet plan (issue 13). */
export const schedulingKeys = {
  all: ['scheduling'] as const,
  schedules: () => [...schedulingKeys.all, 'schedules'] as const,
  schedule: (id: string) => [...schedulingKeys.schedules(), id] as const,
  calendars: () => [...schedulingKeys.all, 'calendars'] as const,
  calendar: (id: string) => [...schedulingKeys.calendars(), id] as const,
  runtimeLimits: () => [...schedulingKeys.all, 'runtime-limits'] as const,
  runtimeLimit: (id: string) => [...schedulingKeys.runtimeLimits(), id] as const,
  reservations: (range: { from?: string; to?: string; workerId?: string } = {}) => [...schedulingKeys.all, 'reservations', range] as const,
  plan: (from: string, to: string) => [...schedulingKeys.all, 'plan', from, to] as const,
  workerChoices: () => [...schedulingKeys.all, 'worker-choices'] as const,
  /** Under the worker's detail key, so worker events refresh it with the rest of the page. */
  power: (workerId: string) => [...workerKeys.detail(workerId), 'power'] as const,
};

export interface CostReportQuery {
  month: string;
  groupBy: string;
  tagKey?: string;
}

/** Cost figures and prices (issue 15): worker status events refresh the reports, coalesced. */
export const costKeys = {
  all: ['cost'] as const,
  reports: () => [...costKeys.all, 'report'] as const,
  report: (query: CostReportQuery) => [...costKeys.reports(), query] as const,
  prices: () => [...costKeys.all, 'prices'] as const,
};

/** Budgets and their status for a month (issue 15). */
export const budgetKeys = {
  all: ['budgets'] as const,
  lists: () => [...budgetKeys.all, 'list'] as const,
  list: (month: string) => [...budgetKeys.lists(), month] as const,
};
