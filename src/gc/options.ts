import { parseDuration } from '../config/duration.js';
import { ConfigError } from '../config/errors.js';
import { labelValue } from '../naming/labels.js';
import type { Cloud } from '../steps/resources.js';

export const GC_CLOUDS: readonly Cloud[] = ['gcp', 'azure', 'aws'];
export const DEFAULT_OLDER_THAN = '6h';

export interface GcOptions {
  /** Only leaks at least this old (ms) are deleted: younger ones may belong to a live run. */
  olderThan: number;
  /** Run ids whose resources are never touched (a run in progress). */
  excludeRuns: string[];
  clouds: Cloud[];
  dryRun: boolean;
  now: Date;
}

export interface GcFlags {
  'older-than'?: string;
  'exclude-run'?: string[];
  clouds?: string;
  'dry-run'?: boolean;
}

/**
 * The gc settings from flags. `configured` are the clouds the config has a block for; the
 * default is all of them. The current Actions run (`current`) is always excluded.
 */
export function gcOptions(
  flags: GcFlags,
  configured: Cloud[],
  current?: string,
  now = new Date(),
): GcOptions {
  const olderThan = parseDuration(flags['older-than'] ?? DEFAULT_OLDER_THAN, '--older-than');
  const requested = flags.clouds
    ? flags.clouds
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean)
    : configured;
  const problems = requested.flatMap((c) =>
    !GC_CLOUDS.includes(c as Cloud)
      ? [{ field: '--clouds', message: `unknown cloud "${c}": gc knows ${GC_CLOUDS.join(', ')}` }]
      : !configured.includes(c as Cloud)
        ? [
            {
              field: '--clouds',
              message: `the config has no ${c}: block, so gc cannot reach ${c} (configured: ${configured.join(', ') || 'none'})`,
            },
          ]
        : [],
  );
  const repeated = (list: string[]): string | undefined =>
    list.find((v, i) => list.indexOf(v) !== i);
  const cloudTwice = repeated(requested);
  if (cloudTwice !== undefined) {
    problems.push({
      field: '--clouds',
      message: `${cloudTwice} is listed twice; name each cloud once`,
    });
  }
  const runTwice = repeated(flags['exclude-run'] ?? []);
  if (runTwice !== undefined) {
    problems.push({
      field: '--exclude-run',
      message: `run ${runTwice} is given twice; name each run once`,
    });
  }
  const [first, ...rest] = problems;
  if (first) throw new ConfigError([first, ...rest], { label: 'flags' });
  const excludeRuns = [...(flags['exclude-run'] ?? []), ...(current ? [current] : [])].map(
    labelValue,
  );
  return {
    olderThan,
    excludeRuns: [...new Set(excludeRuns)],
    clouds: requested as Cloud[],
    dryRun: flags['dry-run'] ?? false,
    now,
  };
}
