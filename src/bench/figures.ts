import { median, summary } from './stats.js';

/** One measured figure: its samples, and the goal it is held to when it has one. */
export interface Figure {
  /** Section of BENCHMARKS.md it belongs to. */
  group: string;
  title: string;
  values: number[];
  unit: 'ms' | 'calls' | 'x' | 'MiB' | 'MB' | 'req/min';
  /** The figure to reach: the median must not exceed `max`. */
  target?: { max: number; text: string };
  /** How it was measured, for the report. */
  method?: string;
  /** Comparisons a reader wants beside it (polling every 5 s, Packer's wait...). */
  compare?: string[];
  /** Why the goal may be missed and what would close it, printed when it is. */
  ifMissed?: string;
}

export function met(f: Figure): boolean | undefined {
  return f.target ? median(f.values) <= f.target.max : undefined;
}

/** `title: median 123 ms (min, max, n) [goal ≤ 500 ms: met]` */
export function figureLine(f: Figure): string {
  const goal = f.target ? ` [goal ${f.target.text}: ${met(f) ? 'met' : 'MISSED'}]` : '';
  const values = f.unit === 'x' ? `${median(f.values).toFixed(3)}x` : summary(f.values, f.unit);
  return `${f.title}: ${values}${goal}`;
}
