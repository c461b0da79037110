import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { KeyValueStore } from '#kernel';

interface Entry {
  value: string;
  expiresAt: number;
}

/** Single-instance store for when REDIS_URL is unset. */
@Injectable()
export class MemoryKeyValueStore extends KeyValueStore implements OnModuleDestroy {
  private readonly entries = new Map<string, Entry>();
  private readonly sweeper = setInterval(() => this.sweep(), 30_000).unref();

  constructor(private readonly now: () => number = Date.now) {
    super();
  }

  private live(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (e && e.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const e = this.live(key);
    return e ? (JSON.parse(e.value) as T) : undefined;
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    this.entries.set(key, { value: JSON.stringify(value), expiresAt: this.now() + ttlSeconds * 1000 });
  }

  async setIfAbsent<T>(key: string, value: T, ttlSeconds: number): Promise<boolean> {
    if (this.live(key)) return false;
    await this.set(key, value, ttlSeconds);
    return true;
  }

  async take<T>(key: string): Promise<T | undefined> {
    // Read and delete with no await in between, so two concurrent takers cannot both win.
    const e = this.live(key);
    this.entries.delete(key);
    return e ? (JSON.parse(e.value) as T) : undefined;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async increment(key: string, ttlSeconds: number): Promise<number> {
    const e = this.live(key);
    const next = (e ? Number(JSON.parse(e.value)) : 0) + 1;
    this.entries.set(key, { value: String(next), expiresAt: e?.expiresAt ?? this.now() + ttlSeconds * 1000 });
    return next;
  }

  async renewIf(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    const e = this.live(key);
    if (!e || e.value !== JSON.stringify(value)) return false;
    e.expiresAt = this.now() + ttlSeconds * 1000;
    return true;
  }

  async deleteIf(key: string, value: string): Promise<boolean> {
    const e = this.live(key);
    if (!e || e.value !== JSON.stringify(value)) return false;
    this.entries.delete(key);
    return true;
  }

  async ttl(key: string): Promise<number | undefined> {
    const e = this.live(key);
    return e ? Math.max(0, Math.ceil((e.expiresAt - this.now()) / 1000)) : undefined;
  }

  private sweep(): void {
    const now = this.now();
    for (const [k, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(k);
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }
}
