/** Emulated durations in real milliseconds: short by default so tests and demos stay quick. */
export interface Durations {
  /** Instance insert until RUNNING (and its operation DONE). */
  boot: number;
  /** How long the stand-in for the user's provisioning script runs. */
  script: number;
  /** Power-off request until TERMINATED (GCE) or `PowerState/stopped` (Azure). */
  stop: number;
  /** Image insert until READY. */
  imageCapture: number;
  /** Delete request until the resource is gone (a resource group: `resourceGroupDelete`). */
  delete: number;
  /** Longest `operations.wait` long-poll (GCE caps it at about two minutes). */
  operationWaitMax: number;
  /** Azure VM creation until `Succeeded` and running. */
  vmCreate: number;
  /** How long the stand-in for the provisioning script runs under Azure run-command. */
  runCommand: number;
  /** Azure deallocation until `PowerState/deallocated`. */
  deallocate: number;
  /** Replication of a gallery image version to one region (the source region first). */
  replicationPerRegion: number;
  /** Resource group deletion until the group and everything in it are gone. */
  resourceGroupDelete: number;
  /** Other Azure creations (network, gallery, image definition) until `Succeeded`. */
  resourceCreate: number;
  /** How long the stand-in for a verify check runs unless its check rule says otherwise. */
  check: number;
}

export const DEFAULT_DURATIONS: Readonly<Durations> = Object.freeze({
  boot: 300,
  script: 1500,
  stop: 200,
  imageCapture: 500,
  delete: 200,
  operationWaitMax: 10_000,
  vmCreate: 500,
  runCommand: 1500,
  deallocate: 300,
  replicationPerRegion: 500,
  resourceGroupDelete: 300,
  resourceCreate: 200,
  check: 100,
});

const KEYS = Object.keys(DEFAULT_DURATIONS) as (keyof Durations)[];

/** `base` with the fields of `patch`; throws naming the field for anything but a duration. */
export function mergeDurations(base: Durations, patch: unknown): Durations {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new TypeError('durations must be an object of millisecond values');
  }
  const merged = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (!KEYS.includes(key as keyof Durations)) {
      throw new TypeError(`unknown duration ${JSON.stringify(key)} (known: ${KEYS.join(', ')})`);
    }
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new TypeError(
        `duration ${key} must be a non-negative number of ms, got ${String(value)}`,
      );
    }
    merged[key as keyof Durations] = value;
  }
  return merged;
}

/** The durations in force: changed through the control API, restored by reset. */
export class DurationSettings {
  current: Durations;

  constructor(private readonly initial: Durations) {
    this.current = { ...initial };
  }

  set(patch: unknown): Durations {
    this.current = mergeDurations(this.current, patch);
    return { ...this.current };
  }

  reset(): void {
    this.current = { ...this.initial };
  }
}
