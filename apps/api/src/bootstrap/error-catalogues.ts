import { CmlErrors } from '#cml-client';
import { type ErrorCatalogue, type ErrorKind, KernelErrors } from '#kernel';
import { BudgetErrors } from '../modules/budgets/domain/budget.errors.js';
import { AuthErrors } from '../modules/auth/domain/auth.errors.js';
import { CostErrors } from '../modules/cost/domain/cost.errors.js';
import { JobErrors } from '../modules/jobs/domain/job.errors.js';
import { LabErrors } from '../modules/labs/domain/lab.errors.js';
import { NotificationErrors } from '../modules/notifications/domain/notifications.errors.js';
import { RealtimeErrors } from '../modules/realtime/domain/realtime.errors.js';
import { SystemErrors } from '../modules/system/domain/system.errors.js';
import { AwsErrors } from '../modules/workers/application/ports/aws.errors.js';
import { SchedulingErrors } from '../modules/scheduling/domain/scheduling.errors.js';
import { SettingsErrors } from '../modules/settings/domain/settings.errors.js';
import { ActionLinkErrors } from '../modules/action-links/domain/action-link.errors.js';
import { WorkerErrors } from '../modules/workers/domain/worker.errors.js';
import { STATUS_BY_KIND } from '../platform/http/problem-details.js';
import { PlatformErrors } from '../platform/platform.errors.js';

/**
 * Every error catalogue of the product, by the name its constructors are called through
 * (`WorkerErrors.notFound(id)`): each module's own, the platform's, the kernel's and the CML
 * client's. docs/api.md lists their codes; error-catalogues.spec.ts keeps the source, the
 * catalogues and the docs in step.
 */
export const ERROR_CATALOGUES: Readonly<Record<string, ErrorCatalogue>> = {
  KernelErrors,
  PlatformErrors,
  AuthErrors,
  WorkerErrors,
  AwsErrors,
  LabErrors,
  CmlErrors,
  JobErrors,
  RealtimeErrors,
  NotificationErrors,
  SystemErrors,
  SchedulingErrors,
  ActionLinkErrors,
  CostErrors,
  BudgetErrors,
  SettingsErrors,
};

/** One code as a client meets it. */
export interface ErrorCodeInfo {
  code: string;
  /** The HTTP statuses it is answered with, the usual one first. */
  statuses: number[];
  meaning: string;
  /** `WorkerErrors.notFound`: where it is built. */
  constructorName: string;
}

/** Every code of every catalogue, sorted by code. */
export function errorCodes(): ErrorCodeInfo[] {
  return Object.entries(ERROR_CATALOGUES)
    .flatMap(([catalogue, entries]) =>
      Object.entries(entries).map(([name, c]) => ({
        code: c.code,
        statuses: [c.kind, ...c.otherKinds].map((k: ErrorKind) => STATUS_BY_KIND[k]),
        meaning: c.meaning,
        constructorName: `${catalogue}.${name}`,
      })),
    )
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The table of docs/api.md between `<!-- errors:start -->` and `<!-- errors:end -->`. */
export function renderErrorTable(): string {
  const rows = errorCodes().map((e) => `| \`${e.code}\` | ${e.statuses.join(', ')} | ${e.meaning.replace(/\|/g, '\\|')} |`);
  return ['| Code | HTTP status | What it means |', '|---|---|---|', ...rows].join('\n');
}
