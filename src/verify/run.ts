import type { WorkerImageConfig } from '../config/types.js';
import type { VerifyConfig } from '../config/verify.js';
import { labelValue } from '../naming/labels.js';
import { loadVerifyProvider } from '../providers/load.js';
import {
  VerifyFault,
  type RunContext,
  type VerifyObservation,
  type VerifyProvider,
  type VerifyRequest,
  type VerifyTarget,
} from '../providers/provider.js';
import { DeadlineError } from '../wait/errors.js';
import type { Cloud, ResourceLedger } from '../steps/resources.js';
import { runSteps } from '../steps/runner.js';
import { renderTemplate } from '../template/render.js';
import { formatDuration } from '../wait/duration.js';
import { waitLimits } from './limits.js';
import { evaluate, resultLines, type VerifyResult } from './result.js';
import { verifyScript, type VerifyCheck } from './script.js';

export interface VerifyOptions {
  cloud: Cloud;
  /** Where the verifier VM is recorded before any wait; runSteps empties it again. */
  ledger: ResourceLedger;
  /** The cloud's verification (config.verify[cloud]). */
  verify: VerifyConfig;
  /**
   * The checks rendered already (renderChecks): a pipeline renders them before it bakes, so a
   * mistake in a check shows before the bake's minutes are spent. Default: rendered here.
   */
  checks?: VerifyCheck[];
  /** Default: the cloud's own (src/providers/<cloud>/verify.ts), loaded when needed. */
  provider?: VerifyProvider;
}

/** Whether a provider's error is the image's fault (see VerifyFault) rather than the cloud's. */
function isImageFault(
  err: unknown,
  observation: () => VerifyObservation,
  signal: AbortSignal,
): boolean {
  if (signal.aborted) return false;
  if (err instanceof VerifyFault) return true;
  // A wait that ran out once the VM was asked for: it never got ready, or its checks never
  // reported. Before that (no create request), the deadline was the cloud's.
  return err instanceof DeadlineError && observation().createdAt > 0;
}

/** Lines of the VM's log shown with a failed verification. */
const LOG_TAIL_LINES = 30;

/**
 * The image failed its verification with `on-failure: fail`, or failed it and the verdict could
 * not be recorded on the image (whatever on-failure says); `result` says how.
 */
export class VerifyError extends Error {
  override readonly name = 'VerifyError';
  /** `also`: what else went wrong, e.g. the verdict could not be recorded on the image. */
  constructor(
    readonly result: VerifyResult,
    also?: string,
  ) {
    const tail = result.logTail.slice(-LOG_TAIL_LINES);
    super(
      `${result.cloud} image ${result.imageName} failed verification: ${result.reasons.join('; ')}` +
        (also ? `; ${also}` : '') +
        (tail.length > 0 ? `\nlast lines of the verifier's log:\n${tail.join('\n')}` : ''),
    );
  }
}

/**
 * Each check's command rendered as the startup script is: the cloud's template variables, the
 * same Jinja2 rules, the same template-timeout.
 */
export async function renderChecks(
  config: WorkerImageConfig,
  cloud: Cloud,
  verify: VerifyConfig,
  signal?: AbortSignal,
): Promise<VerifyCheck[]> {
  const variables = config[cloud]?.template.variables ?? {};
  const checks: VerifyCheck[] = [];
  for (const check of verify.checks) {
    const command = await renderTemplate(
      check.run,
      variables,
      `${cloud} verify check ${check.name}`,
      {
        ...(signal ? { signal } : {}),
        ...(config.templateTimeout !== undefined ? { timeoutMs: config.templateTimeout } : {}),
      },
    );
    checks.push({ name: check.name, command, timeoutSeconds: Math.ceil(check.timeout / 1000) });
  }
  return checks;
}

/**
 * Boots one VM from `target`, runs the checks on it, measures its time to ready, deletes it
 * whatever happens, and records the verdict on the image (provider.markVerification).
 * Everything that can fail without the cloud (rendering) fails before the first call.
 *
 * Returns the result when the image is verified, or when it is not and on-failure is `warn`
 * (a warning says why); throws VerifyError when it is not and on-failure is `fail`. An error of
 * the cloud (the VM could not be created, cancellation) is thrown as it is: no verdict then.
 */
export async function verifyImage(
  config: WorkerImageConfig,
  target: VerifyTarget,
  ctx: RunContext,
  opts: VerifyOptions,
): Promise<VerifyResult> {
  const { cloud, verify } = opts;
  if (target.cloud !== cloud) {
    throw new Error(`internal: a ${target.cloud} image cannot be verified on ${cloud}`);
  }
  if (verify.checks.length === 0) {
    throw new Error(`the ${cloud} verification has no checks (verify.checks in the config)`);
  }
  const checks = opts.checks ?? (await renderChecks(config, cloud, verify, ctx.signal));
  if (checks.length !== verify.checks.length) {
    throw new Error(`internal: ${checks.length} rendered checks for ${verify.checks.length}`);
  }
  const nonce = labelValue(ctx.runId);
  const limits = waitLimits(verify);
  const request: VerifyRequest = {
    target,
    script: ({ guestAttributes }) => verifyScript({ nonce, guestAttributes, checks }),
    nonce,
    checkCount: checks.length,
    ...(verify.vmType !== undefined ? { vmType: verify.vmType } : {}),
    ...limits,
    // GCE and AWS versions are label-safe as they are (24, 17a); Azure tags take 0.0.15. An
    // image named by its id alone (an AMI) has no known version.
    labels: {
      'worker-image-run': nonce,
      ...(target.version ? { 'worker-image-version': target.version } : {}),
    },
  };
  const provider = opts.provider ?? (await loadVerifyProvider(cloud, config));
  ctx.reporter.info(
    `verifying ${cloud} image ${target.imageName}: ${checks.length} ${checks.length === 1 ? 'check' : 'checks'} ` +
      `(${checks.map((c) => c.name).join(', ')}), time to ready within ${formatDuration(verify.timeToReady)}` +
      `${verify.vmType ? ` on ${verify.vmType}` : ''}`,
  );
  const { steps, observation } = provider.verifySteps(config, request, ctx, opts.ledger);
  let fault: string | undefined;
  try {
    await runSteps(steps, {
      reporter: ctx.reporter,
      ledger: opts.ledger,
      deleteResource: (r, o) => provider.deleteResource(r, o),
      signal: ctx.signal,
    });
  } catch (err) {
    // The image's fault (the VM it booted never got ready, stopped, ran out of time): a verdict.
    // Anything else (a refused call, cancellation) is thrown as it is, with no verdict.
    if (!isImageFault(err, observation, ctx.signal)) throw err;
    fault = (err as Error).message.split('\n')[0]!;
  }
  const result = evaluate(target, observation(), {
    checks: verify.checks,
    budgetMs: verify.timeToReady,
    readyLimitMs: limits.readyLimitMs,
    ...(fault !== undefined ? { fault } : {}),
  });
  await ctx.reporter.group(`Verification of ${cloud} image ${target.imageName}`, async () => {
    for (const line of resultLines(result)) ctx.reporter.info(line);
  });

  try {
    await provider.markVerification(target, result.verified, ctx);
    ctx.reporter.info(
      `marked ${target.imageName} as ${result.verified ? 'verified' : 'not verified'} (worker-image-verified=${result.verified})`,
    );
  } catch (err) {
    const why = (err as Error).message.replace(/\.$/, '');
    // Not swallowed even with on-failure warn: an image left unmarked looks like any other.
    if (!result.verified) {
      throw new VerifyError(result, `marking it as not verified on the image failed too: ${why}`);
    }
    throw new Error(
      `${cloud} image ${target.imageName} passed verification, but marking it verified on the image failed: ${why}`,
      { cause: err },
    );
  }

  if (result.verified) return result;
  if (verify.onFailure === 'fail') throw new VerifyError(result);
  ctx.reporter.warning(
    `${cloud} image ${target.imageName} failed verification (on-failure: warn, so the run goes on): ` +
      result.reasons.join('; '),
  );
  return result;
}
