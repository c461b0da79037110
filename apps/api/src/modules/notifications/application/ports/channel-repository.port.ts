import type { Channel } from '../../domain/channel.rule.js';

/** The admin-managed notification channels. */
export abstract class ChannelRepository {
  abstract list(): Promise<Channel[]>;
  abstract find(id: string): Promise<Channel | undefined>;
  abstract save(channel: Channel): Promise<void>;
  /** False when there was none. */
  abstract remove(id: string): Promise<boolean>;
}
