import type { Reporter } from '../log/reporter.js';

/**
 * Turns SIGINT/SIGTERM (the runner's cancellation, or Ctrl-C) into an abort, so waits stop
 * and cleanup runs. Returns a function that removes the handlers.
 */
export function abortOnSignals(controller: AbortController, reporter: Reporter): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    if (!controller.signal.aborted) {
      reporter.warning(`received ${signal}: cancelling and deleting what this run created`);
      controller.abort();
    }
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
