import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { Channel } from '../../domain/channel.rule.js';
import { ChannelRepository } from '../../application/ports/channel-repository.port.js';
import { NOTIFICATION_CHANNEL_MODEL } from './notifications.schemas.js';

type ChannelDocument = Omit<Channel, 'id'> & { _id: string };

const toChannel = ({ _id, ...doc }: ChannelDocument): Channel => ({ id: _id, ...doc, kinds: [...(doc.kinds ?? [])], tagSelector: { ...(doc.tagSelector ?? {}) } });

/** Channels, one document each; an admin's change replaces the document. */
@Injectable()
export class ChannelMongoRepository extends ChannelRepository {
  constructor(@InjectModel(NOTIFICATION_CHANNEL_MODEL) private readonly model: Model<ChannelDocument>) {
    super();
  }

  async list(): Promise<Channel[]> {
    return (await this.model.find().sort({ name: 1 }).lean<ChannelDocument[]>()).map(toChannel);
  }

  async find(id: string): Promise<Channel | undefined> {
    const doc = await this.model.findById(id).lean<ChannelDocument>();
    return doc ? toChannel(doc) : undefined;
  }

  async save({ id, ...channel }: Channel): Promise<void> {
    const doc = Object.fromEntries(Object.entries(channel).filter(([, v]) => v !== undefined));
    await this.model.collection.replaceOne({ _id: id } as never, doc, { upsert: true });
  }

  async remove(id: string): Promise<boolean> {
    return (await this.model.deleteOne({ _id: id })).deletedCount > 0;
  }
}
