import { runContext } from '../bake/context.js';
import { loadConfig } from '../config/load.js';
import { ConsoleReporter, type Reporter } from '../log/reporter.js';
import { ALL_CLOUDS } from '../pipeline/selection.js';
import type { VerifyTarget } from '../providers/provider.js';
import { ResourceLedger, type Cloud } from '../steps/resources.js';
import { abortOnSignals } from '../steps/signals.js';
import type { VerifyResult } from '../verify/result.js';
import { VerifyError, verifyImage } from '../verify/run.js';
import { recordInManifest } from '../verify/record.js';
import { resolveVerification } from '../verify/resolve.js';
import { parseFlags } from './args.js';
import { cliRoot } from './root.js';
import { inertJson } from '../log/workflow-commands.js';

const FORMATS = ['text', 'json'] as const;

/**
 * `worker-image verify`: boot a VM from an existing image (a release candidate, a manifest's
 * build), run the config's checks on it, and exit 1 unless it passes. Every mistake in the
 * flags, the config or the image's name is reported before the first cloud call.
 */
export async function verifyCommand(args: string[]): Promise<number> {
  const values = parseFlags(args, {
    config: { type: 'string', short: 'c' },
    cloud: { type: 'string' },
    image: { type: 'string' },
    manifest: { type: 'string' },
    format: { type: 'string', default: 'text' },
    repo: { type: 'string' },
  });
  if (!values.config)
    throw new Error('--config FILE is required (a worker-image.yml with verify:)');
  if (!values.cloud) throw new Error(`--cloud is required: one of ${ALL_CLOUDS.join(', ')}`);
  const cloud = values.cloud as Cloud;
  if (!ALL_CLOUDS.includes(cloud)) {
    throw new Error(`--cloud ${values.cloud}: use ${ALL_CLOUDS.join(', ')}`);
  }
  if ((values.image === undefined) === (values.manifest === undefined)) {
    throw new Error(
      'give the image to verify with --image ID or --manifest FILE (one of them, not both)',
    );
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) {
    throw new Error(`--format ${values.format}: use ${FORMATS.join(' or ')}`);
  }
  const root = cliRoot(values);
  const config = await loadConfig({
    path: values.config,
    cwd: process.cwd(),
    root,
    clouds: [cloud],
  });
  const { verify, target, build } = await resolveVerification({
    cloud,
    config,
    image: values.image,
    manifest: values.manifest,
    cwd: process.cwd(),
    root,
    names: { image: '--image', manifest: '--manifest' },
  });

  // JSON on stdout for a program; the log then goes to stderr.
  const reporter = new ConsoleReporter((l) =>
    (format === 'json' ? process.stderr : process.stdout).write(l),
  );
  const controller = new AbortController();
  const stop = abortOnSignals(controller, reporter);
  try {
    const ctx = runContext(process.env, reporter, controller.signal);
    const ledger = new ResourceLedger();
    let result: VerifyResult;
    try {
      result = await verifyImage(config, target, ctx, { cloud, ledger, verify });
    } catch (err) {
      if (!(err instanceof VerifyError)) throw err;
      // Its message repeats the log the steps showed: the reasons below say it once.
      result = err.result;
    }
    // The verdict goes into the manifest's build, so a bump refuses a build that failed.
    if (build) await recordInManifest(build, result);
    report(result, target, format, reporter);
    return result.verified ? 0 : 1;
  } finally {
    stop();
  }
}

function report(
  result: VerifyResult,
  target: VerifyTarget,
  format: (typeof FORMATS)[number],
  reporter: Reporter,
): void {
  if (format === 'json') {
    process.stdout.write(inertJson(result, 2) + '\n');
    return;
  }
  if (result.verified) {
    reporter.info(`verified: ${result.cloud} image ${target.imageName} (${target.imageId})`);
  } else {
    reporter.error(
      `not verified: ${result.cloud} image ${target.imageName}: ${result.reasons.join('; ')}`,
    );
  }
}
