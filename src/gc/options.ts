import { parseDuration } from '../config/duration.js';
import { ConfigError } from '../config/errors.js';
import { labelValue } from '../naming/labels.js';
import { parseCloudList } from '../pipeline/selection.js';
import type { Cloud } from '../steps/resources.js';

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
  const { clouds, problems: words } = parseCloudList(flags.clouds, configured);
  const problems = words.map((message) => ({ field: '--clouds', message }));
  const repeated = (list: string[]): string | undefined =>
    list.find((v, i) => list.indexOf(v) !== i);
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
    clouds,
    dryRun: flags['dry-run'] ?? false,
    now,
  };
}
