import type { Reporter } from '../log/reporter.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Turns SIGINT/SIGTERM (the runner's cancellation, or Ctrl-C) and SIGHUP (the terminal that
 * started the CLI closed: an SSH session dropped; by default it kills Node at once, leaving the
 * builder running) into an abort, so waits stop and cleanup runs. Returns a function, called
 * once cleanup has run, that removes the handlers.
 */
export function abortOnSignals(controller: AbortController, reporter: Reporter): () => void {
  let received = false;
  const handler = (signal: NodeJS.Signals): void => {
    received = true;
    if (!controller.signal.aborted) {
      reporter.warning(`received ${signal}: cancelling and deleting what this run created`);
      controller.abort();
    }
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return () => {
    for (const signal of SIGNALS) process.off(signal, handler);
    // A cancelled run is over once its cleanup has run, but a request the SDK cannot cancel
    // (a GCE operations.wait long-poll lasts up to two minutes) would keep the process alive
    // until the runner kills it. Unref'd: a process with nothing pending exits by itself first.
    if (received) setTimeout(() => process.exit(), 1000).unref();
  };
}
