import { formatDuration } from '../wait/duration.js';

const DAY = 86_400_000;

/** An image's age, or a lifecycle duration: days when a day or more (`30d`, `2d4h`), else as usual. */
export function formatAge(ms: number): string {
  if (ms < DAY) return formatDuration(ms);
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms - days * DAY) / 3_600_000);
  return `${days}d${hours ? `${hours}h` : ''}`;
}

/** A date the cloud answered (text or Date), or undefined when absent or not a date. */
export function dateOf(value: string | Date | null | undefined): Date | undefined {
  const at = value ? new Date(value) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : undefined;
}
