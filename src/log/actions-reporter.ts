import * as core from '@actions/core';
import { visibleLines } from '../config/excerpt.js';
import type { Reporter, SourceLocation } from './reporter.js';
import { inert } from './workflow-commands.js';

/** Reporter for the Actions runner: log groups, file/line annotations, masked secrets. */
export class ActionsReporter implements Reporter {
  /** Lines from outside (a builder's console...) are printed, never acted on (see inert). */
  info(message: string): void {
    core.info(inert(message));
  }

  /** An annotation shows no control: unseen characters are written as escapes (visibleLines). */
  warning(message: string, where?: SourceLocation): void {
    core.warning(visibleLines(message), annotation(where));
  }

  error(message: string, where?: SourceLocation): void {
    core.error(visibleLines(message), annotation(where));
  }

  group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return core.group(title, fn);
  }

  secret(value: string): void {
    if (value) core.setSecret(value);
  }
}

function annotation(where?: SourceLocation): core.AnnotationProperties | undefined {
  if (!where) return undefined;
  return { file: where.file, startLine: where.line };
}
