import { ARM_HAZARDS } from './arm/hazards.js';
import { EC2_HAZARDS } from './ec2/hazards.js';
import { GCE_HAZARDS } from './gce/hazards.js';
import { defaultsOf, type HazardSpec, type SettingsOf } from './hazard-spec.js';

/**
 * The real clouds' documented hazards, per cloud, each on by default with its source. The
 * emulator proves the product only as far as it is as hard as the clouds: a test may turn one
 * hazard off to look at another alone, never the other way round.
 */
export const HAZARD_TABLES = { ec2: EC2_HAZARDS, arm: ARM_HAZARDS, gce: GCE_HAZARDS } as const;

export type HazardCloud = keyof typeof HAZARD_TABLES;

export type Hazards = { [C in HazardCloud]: SettingsOf<(typeof HAZARD_TABLES)[C]> };

/** A change to some hazards: `{ ec2: { instanceVisibilityLag: 0 } }`. */
export type HazardPatch = { [C in HazardCloud]?: Partial<Hazards[C]> };

export function defaultHazards(): Hazards {
  return {
    ec2: defaultsOf(HAZARD_TABLES.ec2),
    arm: defaultsOf(HAZARD_TABLES.arm),
    gce: defaultsOf(HAZARD_TABLES.gce),
  };
}

function checkValue(name: string, spec: HazardSpec, value: unknown): number | boolean {
  if (typeof spec.default === 'boolean') {
    if (typeof value !== 'boolean') {
      throw new TypeError(`hazard ${name} is on or off (true or false), got ${String(value)}`);
    }
    return value;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TypeError(
      `hazard ${name} must be a non-negative number (${spec.unit}), got ${String(value)}`,
    );
  }
  return value;
}

/** `base` with the fields of `patch`; throws naming the field for anything unknown or mistyped. */
export function mergeHazards(base: Hazards, patch: unknown): Hazards {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new TypeError(
      'hazards must be an object per cloud, e.g. {"ec2": {"imageVisibilityLag": 0}}',
    );
  }
  const merged = structuredClone(base);
  for (const [cloud, fields] of Object.entries(patch)) {
    const table = HAZARD_TABLES[cloud as HazardCloud] as Record<string, HazardSpec> | undefined;
    if (!table) {
      throw new TypeError(
        `unknown hazard cloud ${JSON.stringify(cloud)} (known: ${Object.keys(HAZARD_TABLES).join(', ')})`,
      );
    }
    if (fields === undefined) continue;
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      throw new TypeError(`hazards.${cloud} must be an object of hazard settings`);
    }
    const target = merged[cloud as HazardCloud] as Record<string, number | boolean>;
    for (const [key, value] of Object.entries(fields)) {
      const spec = table[key];
      if (!spec) {
        throw new TypeError(
          `unknown hazard ${cloud}.${key} (known: ${Object.keys(table).join(', ')})`,
        );
      }
      if (value === undefined) continue;
      target[key] = checkValue(`${cloud}.${key}`, spec, value);
    }
  }
  return merged;
}

/** The hazards in force: changed through the control API, restored by reset. */
export class HazardSettings {
  current: Hazards;

  constructor(private readonly initial: Hazards) {
    this.current = structuredClone(initial);
  }

  set(patch: unknown): Hazards {
    this.current = mergeHazards(this.current, patch);
    return structuredClone(this.current);
  }

  reset(): void {
    this.current = structuredClone(this.initial);
  }
}

/** One row per hazard, for the README and the emulator's help: cloud, name, default, what, source. */
export function hazardRows(): { cloud: HazardCloud; name: string; spec: HazardSpec }[] {
  return (Object.keys(HAZARD_TABLES) as HazardCloud[]).flatMap((cloud) =>
    Object.entries(HAZARD_TABLES[cloud] as Record<string, HazardSpec>).map(([name, spec]) => ({
      cloud,
      name,
      spec,
    })),
  );
}
