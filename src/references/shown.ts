import { clip, visible } from '../config/excerpt.js';

/**
 * A user's value (a path, a rule name, a flag's value) as a message may show it: every
 * control or unseen character escaped (a line break cannot start a line of its own, which a
 * runner would read as a workflow command, nor an escape sequence act on a terminal), and
 * clipped when long.
 */
export function shown(value: string, max?: number): string {
  return clip(visible(value), max);
}
