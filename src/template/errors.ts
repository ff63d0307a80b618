/** A template could not be rendered. The message starts with `file:line:` when the line is known. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(
    readonly file: string,
    /** 1-based. */
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
  }
}

/** The errors below are raised while compiling or rendering; render.ts names the file. */
abstract class LocatedError extends Error {
  /** 1-based; set where the error arises, or by the evaluator on its way out. */
  line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

/** Jinja2 would reject the template too (its TemplateSyntaxError). */
export class TemplateSyntaxError extends LocatedError {
  override name = 'TemplateSyntaxError';
  constructor(
    message: string,
    line: number,
    /** What to write instead, when there is a likely fix. */
    readonly hint?: string,
  ) {
    super(hint ? `${message.replace(/\.$/, '')}: ${hint}` : message, line);
  }
}

/**
 * A construct Jinja2 renders one way that worker-image does not reproduce: refused, so the
 * output is never silently different. Names the construct and what to write instead.
 */
export class Refusal extends LocatedError {
  override name = 'Refusal';
  constructor(
    readonly construct: string,
    readonly fix: string,
    line?: number,
  ) {
    super(`${construct} is not supported by worker-image: ${fix}`, line);
  }
}

/** A Python exception Jinja2 would raise as well (TypeError, ValueError, ZeroDivisionError…). */
export class PyError extends LocatedError {
  override name = 'PyError';
  constructor(
    readonly pyType: string,
    readonly detail: string,
  ) {
    super(`${pyType}: ${detail}`);
  }
}

export const UNDEFINED_HINT = '(pass it under variables: in worker-image.yml, or with --vars)';

/** StrictUndefined raised: an undefined value was printed, tested, iterated or operated on. */
export class UndefinedError extends LocatedError {
  override name = 'UndefinedError';
}

/** The render hit its time or size limit. */
export class LimitError extends LocatedError {
  override name = 'LimitError';
}

export type RenderFailure = TemplateSyntaxError | Refusal | PyError | UndefinedError | LimitError;

export function isRenderFailure(err: unknown): err is RenderFailure {
  return err instanceof LocatedError;
}
