import { ConfigError } from '../config/errors.js';
import { ALL_CLOUDS } from '../pipeline/selection.js';
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

/** The clouds to prune: `--clouds` (each once, each configured), else every configured one. */
export function pruneOptions(
  flags: PruneFlags,
  configured: Cloud[],
  repoDir: string,
  now = new Date(),
): PruneOptions {
  const requested = flags.clouds
    ? flags.clouds
        .split(/[\s,]+/)
        .map((c) => c.trim())
        .filter(Boolean)
    : configured;
  const problems = requested.flatMap((c, i) =>
    !ALL_CLOUDS.includes(c as Cloud)
      ? [
          {
            field: '--clouds',
            message: `unknown cloud "${c}": prune knows ${ALL_CLOUDS.join(', ')}`,
          },
        ]
      : !configured.includes(c as Cloud)
        ? [
            {
              field: '--clouds',
              message: `the config has no ${c}: block, so prune cannot reach ${c} (configured: ${configured.join(', ') || 'none'})`,
            },
          ]
        : requested.indexOf(c) !== i
          ? [{ field: '--clouds', message: `${c} is listed twice; name each cloud once` }]
          : [],
  );
  const [first, ...rest] = problems;
  if (first) throw new ConfigError([first, ...rest], { label: 'flags' });
  return { clouds: requested as Cloud[], dryRun: flags['dry-run'] ?? false, repoDir, now };
}
