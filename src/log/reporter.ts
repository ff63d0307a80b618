import { forTerminal } from './terminal.js';
import { forStdout } from './workflow-commands.js';

/**
 * Where an operation's logs go. Actions report through @actions/core (groups, annotations,
 * masking); the CLI prints plain lines. Operations take a Reporter and never know which.
 */
export interface SourceLocation {
  file: string;
  line?: number;
}

export interface Reporter {
  info(message: string): void;
  warning(message: string, where?: SourceLocation): void;
  error(message: string, where?: SourceLocation): void;
  /** A collapsible section; nested calls are flattened by the Actions runner. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a value that must never be printed. */
  secret(value: string): void;
}

/** Plain terminal output: groups become headed sections, secrets are redacted by hand. */
export class ConsoleReporter implements Reporter {
  private readonly secrets: string[] = [];
  private depth = 0;

  /** `prefix` marks each line, e.g. `[azure] `, when several bakes share one terminal. */
  constructor(
    private readonly write: (line: string) => void = (l) => process.stdout.write(l),
    private readonly prefix = '',
  ) {}

  info(message: string): void {
    this.emit(message);
  }

  warning(message: string, where?: SourceLocation): void {
    this.emit(`warning: ${at(where)}${message}`);
  }

  error(message: string, where?: SourceLocation): void {
    this.emit(`error: ${at(where)}${message}`);
  }

  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.emit(`▸ ${title}`);
    this.depth++;
    try {
      return await fn();
    } finally {
      this.depth--;
    }
  }

  secret(value: string): void {
    if (value) this.secrets.push(value);
  }

  private emit(message: string): void {
    let text = message;
    for (const s of this.secrets) text = text.split(s).join('***');
    const indent = '  '.repeat(this.depth);
    const lines =
      forTerminal(text)
        .split('\n')
        .map((l) => this.prefix + indent + l)
        .join('\n') + '\n';
    // The CLI in a workflow's `run:` step: its stdout is the runner's too (see inert).
    this.write(forStdout(lines));
  }
}

function at(where?: SourceLocation): string {
  if (!where) return '';
  return where.line ? `${where.file}:${where.line}: ` : `${where.file}: `;
}
