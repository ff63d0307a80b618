/**
 * A small seeded generator (mulberry32): the same seed gives the same templates on every
 * machine, so a mismatch found once is found again.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One of the items, each as likely as its weight. */
  weighted<T>(items: readonly (readonly [number, T])[]): T {
    const total = items.reduce((sum, [weight]) => sum + weight, 0);
    let at = this.next() * total;
    for (const [weight, item] of items) {
      at -= weight;
      if (at < 0) return item;
    }
    return items.at(-1)![1];
  }

  /** A few distinct items, in a random order. */
  some<T>(items: readonly T[], count: number): T[] {
    const left = [...items];
    const out: T[] = [];
    while (out.length < count && left.length > 0) {
      out.push(left.splice(Math.floor(this.next() * left.length), 1)[0]!);
    }
    return out;
  }

  /** A seed for a child generator, so one template's draws do not shift the next one's. */
  fork(): Random {
    return new Random(Math.floor(this.next() * 4294967296));
  }
}
