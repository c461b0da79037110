import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { uuidv7 } from '#kernel';
import { type AggregateDocument, type AggregateMapper, MongoAggregateStore, OutboxRelay } from '#persistence';
import { Budget, type BudgetState } from '../../domain/budget.aggregate.js';
import { BudgetErrors } from '../../domain/budget.errors.js';
import { BudgetRepository } from '../../domain/budget.repository.port.js';
import { BUDGET_MODEL } from './budget.schema.js';

/** The stored document's state fields: the aggregate's state as it is. */
export type BudgetDocument = BudgetState;

export const budgetMapper: AggregateMapper<Budget, BudgetDocument> = {
  toDocument: (b) => b.snapshot() as BudgetState,
  fromDocument: (id, version, doc) => new Budget(id, { ...doc, months: doc.months ?? [] }, version),
};

/** Budgets, one document each with their outbox (`budget.schema.ts`). */
@Injectable()
export class BudgetMongoRepository extends BudgetRepository {
  private readonly store: MongoAggregateStore<Budget, BudgetDocument>;

  constructor(@InjectModel(BUDGET_MODEL) private readonly model: Model<AggregateDocument<BudgetDocument>>, relay: OutboxRelay) {
    super();
    this.store = new MongoAggregateStore(model, 'budget', budgetMapper, relay);
  }

  newId(): string {
    return uuidv7();
  }

  async get(id: string): Promise<Budget> {
    const found = await this.store.findById(id);
    if (!found || found.deleted) throw BudgetErrors.notFound(id);
    return found;
  }

  save(budget: Budget): Promise<void> {
    return this.store.save(budget);
  }

  async active(): Promise<Budget[]> {
    const docs = await this.model.find({ deletedAt: { $exists: false } }).sort({ name: 1 }).lean<AggregateDocument<BudgetDocument>[]>();
    return docs.map((d) => this.store.fromStored(d));
  }
}
