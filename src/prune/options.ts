import { ConfigError } from '../config/errors.js';
import { parseCloudList } from '../pipeline/selection.js';
import type { Cloud } from '../steps/resources.js';

export interface PruneOptions {
  clouds: Cloud[];
  dryRun: boolean;
  /** The repository whose references: rules name the versions in use. */
  repoDir: string;
  now: Date;
  /** Images the calling run just baked: never touched. */
  justBaked?: { cloud: Cloud; name: string }[];
}

export interface PruneFlags {
  clouds?: string;
  'dry-run'?: boolean;
}

/** The clouds to prune: `--clouds` (each once, each configured; `all`), else every configured one. */
export function pruneOptions(
  flags: PruneFlags,
  configured: Cloud[],
  repoDir: string,
  now = new Date(),
): PruneOptions {
  const { clouds, problems: words } = parseCloudList(flags.clouds, configured);
  const problems = words.map((message) => ({ field: '--clouds', message }));
  const [first, ...rest] = problems;
  if (first) throw new ConfigError([first, ...rest], { label: 'flags' });
  return { clouds, dryRun: flags['dry-run'] ?? false, repoDir, now };
}
