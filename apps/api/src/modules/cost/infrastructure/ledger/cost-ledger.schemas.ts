import { Schema } from 'mongoose';
import { SCHEMA_DEFAULTS } from '#persistence';

export const COST_MONTH_MODEL = 'CostWorkerMonth';
export const COST_METER_MODEL = 'CostWorkerMeter';

/**
 * One worker's finished figures in one month (`MonthFigures`), `_id` `<month>|<workerId>`. `days`
 * maps `DD` to compute USD, `saved` maps a saving rule to its USD and hours.
 */
export const costMonthSchema = new Schema(
  {
    _id: { type: String, required: true },
    workerId: { type: String, required: true },
    month: { type: String, required: true },
    runningSeconds: Number,
    billedSeconds: Number,
    computeUsd: Number,
    unpricedSeconds: Number,
    days: { type: Schema.Types.Mixed },
    saved: { type: Schema.Types.Mixed },
    meteredAt: String,
  },
  { ...SCHEMA_DEFAULTS, versionKey: false, collection: 'cost_worker_months' },
);
costMonthSchema.index({ month: 1 });
costMonthSchema.index({ workerId: 1 });

/**
 * Per worker, the run or stop still going (dates as ISO strings), and the ledger's checkpoint as a
 * document of its own (`_id` `checkpoint`, `recordedAt`).
 */
export const costMeterSchema = new Schema(
  {
    _id: { type: String, required: true },
    run: { type: Schema.Types.Mixed },
    stop: { type: Schema.Types.Mixed },
    meteredAt: String,
    recordedAt: String,
  },
  { ...SCHEMA_DEFAULTS, versionKey: false, collection: 'cost_worker_meters' },
);
