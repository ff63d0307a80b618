/** The steps of one cloud's part of a run, as the job summary draws them on one time axis. */
export type StepName = 'bake' | 'share' | 'verify';

export interface StepTiming {
  step: StepName;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  ok: boolean;
}

/** Runs `fn` as step `step`, recording when it ran and whether it succeeded. */
export async function timed<T>(
  steps: StepTiming[],
  step: StepName,
  fn: () => Promise<T>,
): Promise<T> {
  const start = Date.now();
  try {
    const value = await fn();
    steps.push({ step, start, end: Date.now(), ok: true });
    return value;
  } catch (err) {
    steps.push({ step, start, end: Date.now(), ok: false });
    throw err;
  }
}
