/** A wait ran past its deadline. The message names what was awaited and for how long. */
export class DeadlineError extends Error {
  override name = 'DeadlineError';
}

/** The run was cancelled (SIGINT/SIGTERM from the runner, or Ctrl-C). */
export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor(message = 'cancelled') {
    super(message);
  }
}
