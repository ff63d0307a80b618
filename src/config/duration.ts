import { ConfigError } from './errors.js';
import { describe } from './problems.js';

export { formatDuration } from '../wait/duration.js';

const UNITS = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;
const MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 } as const;

/**
 * `"90s"`, `"45m"`, `"2h"`, `"1h30m"`, `"250ms"`, `"30d"` (days, for image lifecycles), or a
 * plain number of seconds (YAML number or numeric string, as action inputs arrive), in
 * milliseconds. Throws a ConfigError for `field`.
 */
export function parseDuration(value: unknown, field: string): number {
  const text = typeof value === 'string' ? value.trim() : undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
    return Math.round(value * 1000);
  }
  if (text && /^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const m = text ? UNITS.exec(text) : null;
  if (m && m.slice(1).some((part) => part !== undefined)) {
    const [, d = '0', h = '0', min = '0', s = '0', ms = '0'] = m;
    return Number(d) * MS.d + Number(h) * MS.h + Number(min) * MS.m + Number(s) * MS.s + Number(ms);
  }
  throw new ConfigError([
    {
      field,
      message: `must be a duration such as "90s", "45m", "2h", "1h30m", "250ms" or a number of seconds (got ${describe(value)})`,
    },
  ]);
}
