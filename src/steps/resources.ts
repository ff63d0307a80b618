/**
 * What a run created, recorded before anything waits on it, so a failure, a cancellation or
 * the post step can always delete it. Records are plain data: they survive a killed process
 * through the Actions state file.
 */
export type Cloud = 'gcp' | 'azure' | 'aws';

export interface CreatedResource {
  cloud: Cloud;
  /** The cloud's word: `instance`, `image`. */
  kind: string;
  /** Enough for the provider to find it again, e.g. `projects/p/zones/z/instances/n`. */
  id: string;
  /** `verifier`: a VM booted from a new image to verify it (always deleted). */
  role: 'builder' | 'image' | 'verifier';
  /** `on-success`: the product of the run (kept when it succeeds); `never`: temporary. */
  keep: 'never' | 'on-success';
}

/** The state bag's list of created resources, persisted on every change. */
export class ResourceLedger {
  private readonly items: CreatedResource[];

  constructor(
    private readonly persist: (items: CreatedResource[]) => void = () => {},
    initial: CreatedResource[] = [],
  ) {
    this.items = [...initial];
  }

  record(resource: CreatedResource): void {
    this.items.push(resource);
    this.persist(this.list());
  }

  release(resource: CreatedResource): void {
    const i = this.items.findIndex((r) => r.cloud === resource.cloud && r.id === resource.id);
    if (i >= 0) this.items.splice(i, 1);
    this.persist(this.list());
  }

  /**
   * `old` (one record or several) is partly deleted and `next` is what is left of it, e.g. an
   * AMI deregistered leaves its snapshots: recorded in its place, so a killed process leaves the
   * exact trail.
   */
  replace(old: CreatedResource[], next: CreatedResource[]): void {
    const at = this.items.findIndex((r) => old.some((o) => o.cloud === r.cloud && o.id === r.id));
    const kept = this.items.filter((r) => !old.some((o) => o.cloud === r.cloud && o.id === r.id));
    kept.splice(at < 0 ? kept.length : at, 0, ...next);
    this.items.splice(0, this.items.length, ...kept);
    this.persist(this.list());
  }

  list(): CreatedResource[] {
    return [...this.items];
  }
}

export function describe(r: CreatedResource): string {
  return `${r.cloud} ${r.kind} ${r.id}`;
}
