import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One value of a series read from a counter or gauge the code already keeps. */
export interface Sample {
  labels?: Record<string, string>;
  value: number;
}

export interface SeriesSpec<L extends string = string> {
  /** Prometheus name with its unit (`_seconds`, `_bytes`, `_ratio`) and `_total` for counters. */
  name: string;
  help: string;
  labelNames?: readonly L[];
}

/** Request durations are mostly milliseconds; event streams stay open for minutes and are not timed here. */
export const HTTP_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Job runs, the collection cycle among them, take seconds to minutes. */
export const JOB_BUCKETS_SECONDS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

const NAME = /^ccm_[a-z][a-z0-9_]*$/;

/** Refuses names a Prometheus reader would misread: no prefix, counters without `_total`, gauges or histograms with it. */
export function checkSeriesName(name: string, kind: 'counter' | 'gauge' | 'histogram'): void {
  if (!NAME.test(name)) throw new Error(`Metric name ${name} must be snake case and start with ccm_`);
  const total = name.endsWith('_total');
  if (kind === 'counter' && !total) throw new Error(`Counter ${name} must end in _total`);
  if (kind !== 'counter' && total) throw new Error(`${kind} ${name} must not end in _total`);
  if (kind === 'histogram' && !/_(seconds|bytes)$/.test(name)) throw new Error(`Histogram ${name} must name its unit (_seconds or _bytes)`);
}

/**
 * The process's Prometheus registry (ADR 0035). Modules do not count twice: they register series
 * that read the counters they already keep, at scrape time; only what nothing counted yet (HTTP
 * requests, job runs) is observed here directly.
 */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();
  readonly httpRequestDuration: Histogram<'method' | 'route' | 'status_code'>;
  readonly jobRunDuration: Histogram<'job' | 'outcome'>;
  readonly jobRuns: Counter<'job' | 'outcome'>;

  constructor() {
    this.httpRequestDuration = this.histogram({ name: 'ccm_http_server_request_duration_seconds', help: 'Duration of HTTP requests by route template and status code', labelNames: ['method', 'route', 'status_code'] }, HTTP_BUCKETS_SECONDS);
    this.jobRunDuration = this.histogram({ name: 'ccm_job_run_duration_seconds', help: 'Duration of job runs by job and outcome (the collection cycle is job metrics-collection)', labelNames: ['job', 'outcome'] }, JOB_BUCKETS_SECONDS);
    this.jobRuns = this.counter({ name: 'ccm_job_runs_total', help: 'Job runs by job and outcome: succeeded, failed, or skipped (the previous run was still going)', labelNames: ['job', 'outcome'] });
  }

  /** A counter this process counts itself (for what no module counted before). */
  counter<L extends string>(spec: SeriesSpec<L>): Counter<L> {
    checkSeriesName(spec.name, 'counter');
    return new Counter<L>({ name: spec.name, help: spec.help, labelNames: spec.labelNames ?? [], registers: [this.registry] });
  }

  histogram<L extends string>(spec: SeriesSpec<L>, buckets: number[]): Histogram<L> {
    checkSeriesName(spec.name, 'histogram');
    return new Histogram<L>({ name: spec.name, help: spec.help, labelNames: spec.labelNames ?? [], buckets, registers: [this.registry] });
  }

  /** A counter whose values are read from a counter kept elsewhere when Prometheus scrapes. */
  counterFrom<L extends string>(spec: SeriesSpec<L>, read: () => Sample[]): void {
    checkSeriesName(spec.name, 'counter');
    new Counter<L>({
      name: spec.name,
      help: spec.help,
      labelNames: spec.labelNames ?? [],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const s of read()) this.inc((s.labels ?? {}) as Partial<Record<L, string>>, s.value);
      },
    });
  }

  /** A gauge read when Prometheus scrapes; `read` may be async (a database read, cached by its owner). */
  gaugeFrom<L extends string>(spec: SeriesSpec<L>, read: () => Sample[] | Promise<Sample[]>): void {
    checkSeriesName(spec.name, 'gauge');
    new Gauge<L>({
      name: spec.name,
      help: spec.help,
      labelNames: spec.labelNames ?? [],
      registers: [this.registry],
      async collect() {
        this.reset();
        // A source that cannot be read now (the database is away) leaves its series out of this scrape, not the whole scrape.
        const samples = await Promise.resolve()
          .then(read)
          .catch(() => []);
        for (const s of samples) this.set((s.labels ?? {}) as Partial<Record<L, string>>, s.value);
      },
    });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The text exposition format. */
  async exposition(): Promise<string> {
    return this.registry.metrics();
  }
}
