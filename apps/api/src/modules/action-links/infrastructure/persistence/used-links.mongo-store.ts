import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { type LinkUse, UsedLinks } from '../../application/ports/used-links.port.js';
import { LINK_USE_MODEL } from './link-use.schema.js';

interface LinkUseDoc {
  _id: string;
  workerId: string;
  action: string;
  recipient: string;
  usedAt: string;
  expiresAt: Date;
}

const DUPLICATE_KEY = 11000;

/** Used links in MongoDB (`link-use.schema.ts`). */
@Injectable()
export class MongoUsedLinks extends UsedLinks {
  constructor(@InjectModel(LINK_USE_MODEL) private readonly model: Model<LinkUseDoc>) {
    super();
  }

  async usedAt(nonce: string): Promise<Date | undefined> {
    const doc = await this.model.findById(nonce).lean<LinkUseDoc>();
    return doc ? new Date(doc.usedAt) : undefined;
  }

  async claim(use: LinkUse): Promise<boolean> {
    try {
      await this.model.insertOne({ _id: use.nonce, workerId: use.workerId, action: use.action, recipient: use.recipient, usedAt: use.usedAt.toISOString(), expiresAt: use.expiresAt });
      return true;
    } catch (err) {
      if ((err as { code?: unknown }).code === DUPLICATE_KEY) return false;
      throw err;
    }
  }

  async release(nonce: string): Promise<void> {
    await this.model.deleteOne({ _id: nonce });
  }
}
