export interface ConfigProblem {
  /** Dotted path of the setting, e.g. `gcp.boot-disk.size-gb`; '' for the file as a whole. */
  field: string;
  message: string;
  /** 1-based line in the config file, when the setting came from the file. */
  line?: number;
}

/**
 * Every problem found in a config at once, so a user fixes them all in one go. The message
 * has one line per problem: `worker-image.yml: gcp.zone: required`.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly [ConfigProblem, ...ConfigProblem[]];
  /** The first problem's field. */
  readonly field: string;
  readonly line?: number;
  /** Path of the config file, absent when the config came from inputs or flags only. */
  readonly source?: string;

  /** `label` names the config in the message: its path as the user wrote it, or `inputs`. */
  constructor(
    problems: [ConfigProblem, ...ConfigProblem[]],
    { label, source }: { label?: string; source?: string } = {},
  ) {
    super(problems.map((p) => [label, p.field, p.message].filter(Boolean).join(': ')).join('\n'));
    this.problems = problems;
    this.field = problems[0].field;
    if (problems[0].line !== undefined) this.line = problems[0].line;
    if (source !== undefined) this.source = source;
  }
}
