/**
 * One documented behaviour of a real cloud that makes a first real run hard (eventual
 * consistency, throttling, a command that never returns). The emulator models each by default;
 * a focused test may turn one off, never on: a kinder emulator proves less.
 */
export interface HazardSpec<T extends number | boolean = number | boolean> {
  /** In force unless a test or the control API changes it. */
  default: T;
  /** What the value measures: `ms`, `bytes`, `requests`, `requests/s`, `on/off`... */
  unit: string;
  /** What the cloud does, in one sentence a user recognises. */
  what: string;
  /** The value that turns the hazard off (what the emulator did before modelling it). */
  off: T;
  /** Where the cloud documents it: a documentation page or a public issue. */
  source: string;
}

export type HazardTable = Record<string, HazardSpec>;

/** The values of a table: numbers stay numbers, switches stay booleans. */
export type SettingsOf<T extends HazardTable> = {
  [K in keyof T]: T[K]['default'] extends boolean ? boolean : number;
};

/** A table's defaults, as settings. */
export function defaultsOf<T extends HazardTable>(table: T): SettingsOf<T> {
  return Object.fromEntries(
    Object.entries(table).map(([key, spec]) => [key, spec.default]),
  ) as SettingsOf<T>;
}
