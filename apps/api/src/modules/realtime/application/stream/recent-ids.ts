/**
 * The last `capacity` ids seen, for dropping repeats: the outbox relay delivers at least once and
 * an event may arrive both from this process and over Redis. Memory is fixed by the capacity.
 */
export class RecentIds {
  private readonly ring: (string | undefined)[];
  private readonly present = new Set<string>();
  private next = 0;

  constructor(private readonly capacity: number) {
    this.ring = new Array<string | undefined>(capacity);
  }

  has(id: string): boolean {
    return this.present.has(id);
  }

  /** Remembers `id`; false when it was already there (a repeat). */
  add(id: string): boolean {
    if (this.present.has(id)) return false;
    const evicted = this.ring[this.next];
    if (evicted !== undefined) this.present.delete(evicted);
    this.ring[this.next] = id;
    this.present.add(id);
    this.next = (this.next + 1) % this.capacity;
    return true;
  }

  get size(): number {
    return this.present.size;
  }
}
