import { describe, expect, it } from 'vitest';
import type { WorkerImageConfig } from '../../src/config/types.js';
import type { VerifyConfig } from '../../src/config/verify.js';
import type { Reporter } from '../../src/log/reporter.js';
import {
  VerifyFault,
  type RunContext,
  type VerifyProvider,
  type VerifyRequest,
  type VerifyTarget,
} from '../../src/providers/provider.js';
import { DeadlineError } from '../../src/wait/errors.js';
import { ResourceLedger, type CreatedResource } from '../../src/steps/resources.js';
import { waitLimits } from '../../src/verify/limits.js';
import { progressFromConsole } from '../../src/verify/report.js';
import { summaryRows } from '../../src/verify/result.js';
import { VerifyError, verifyImage } from '../../src/verify/run.js';

/**
 * The cloud-neutral verification over a fake provider written here: a "VM" whose console says
 * what each scenario needs, in the verify script's own marker lines, so the evaluation reads
 * what a real VM would print.
 */

const CREATED = 1_000_000;

interface Scenario {
  /** Milliseconds from the create request to the ready report; absent: never ready. */
  readyAfter?: number;
  /** Per check, by index: its exit status and duration; absent: it never reported. */
  checks?: ({ exit: number; ms: number } | undefined)[];
  /** The create step fails (a cloud error): no verdict. */
  createFails?: boolean;
  /** markVerification fails. */
  markFails?: boolean;
  /** The wait ends in this error once the VM exists (a deadline run out, the VM stopping). */
  waitFails?: Error;
}

class FakeVerifier implements VerifyProvider {
  readonly cloud = 'gcp' as const;
  request?: VerifyRequest;
  deleted: CreatedResource[] = [];
  marked: { target: VerifyTarget; verified: boolean }[] = [];

  constructor(private readonly scenario: Scenario) {}

  verifySteps(
    _config: WorkerImageConfig,
    request: VerifyRequest,
    _ctx: RunContext,
    ledger: ResourceLedger,
  ) {
    this.request = request;
    const { scenario } = this;
    const marker = `worker-image-verify[${request.nonce}]`;
    const lines = ['Booting…'];
    if (scenario.readyAfter !== undefined) {
      lines.push(`startup-script: ${marker}: ready uptime=12.5`);
      scenario.checks?.forEach((c, i) => {
        if (c) lines.push(`startup-script: ${marker}: check=${i} exit=${c.exit} ms=${c.ms}`);
      });
    }
    const steps = [
      {
        name: 'Create verifier',
        run: async () => {
          ledger.record({
            cloud: 'gcp',
            kind: 'instance',
            id: 'projects/p/zones/z/instances/wi-verifier-1',
            role: 'verifier',
            keep: 'never',
          });
          if (scenario.createFails) throw new Error('QUOTA_EXCEEDED: CPUS');
        },
      },
      {
        name: 'Wait for the checks',
        run: async () => {
          if (scenario.waitFails) throw scenario.waitFails;
        },
      },
    ];
    const observation = () => ({
      vm: 'wi-verifier-1',
      createdAt: CREATED,
      runningAt: CREATED + 5_000,
      ...(scenario.readyAfter !== undefined ? { readyAt: CREATED + scenario.readyAfter } : {}),
      progress: progressFromConsole(lines.join('\n'), request.nonce),
      logTail: lines,
    });
    return { steps, observation };
  }

  async markVerification(target: VerifyTarget, verified: boolean): Promise<void> {
    if (this.scenario.markFails) throw new Error('PERMISSION_DENIED: compute.images.setLabels');
    this.marked.push({ target, verified });
  }

  async deleteResource(r: CreatedResource): Promise<void> {
    this.deleted.push(r);
  }
}

class Lines implements Reporter {
  readonly lines: string[] = [];
  readonly warnings: string[] = [];
  info(m: string) {
    this.lines.push(m);
  }
  warning(m: string) {
    this.warnings.push(m);
  }
  error(m: string) {
    this.lines.push(`error: ${m}`);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`▸ ${title}`);
    return fn();
  }
  secret() {}
}

const CONFIG = {
  gcp: {
    template: { variables: { global: { docker_root_image: 'us-docker.pkg.dev/p/r/worker:7' } } },
  },
} as unknown as WorkerImageConfig;

const TARGET: VerifyTarget = {
  cloud: 'gcp',
  imageName: 'batch-worker-24',
  imageId: 'projects/p/global/images/batch-worker-24',
  version: '24',
  details: { project: 'p' },
};

function verifyConfig(over: Partial<VerifyConfig> = {}): VerifyConfig {
  return {
    checks: [
      { name: 'docker', run: 'docker info', timeout: 60_000 },
      {
        name: 'root-image',
        run: 'docker image inspect {{ global.docker_root_image }}',
        timeout: 120_000,
      },
    ],
    timeToReady: 60_000,
    onFailure: 'fail',
    ...over,
  };
}

async function verify(scenario: Scenario, over: Partial<VerifyConfig> = {}) {
  const provider = new FakeVerifier(scenario);
  const ledger = new ResourceLedger();
  const reporter = new Lines();
  const ctx: RunContext = {
    runId: 'gh-123-1',
    reporter,
    signal: new AbortController().signal,
  };
  const outcome = await verifyImage(CONFIG, TARGET, ctx, {
    cloud: 'gcp',
    ledger,
    verify: verifyConfig(over),
    provider,
  }).then(
    (result) => ({ result, error: undefined }),
    (error: unknown) => ({ result: undefined, error }),
  );
  return { ...outcome, provider, ledger, reporter };
}

const PASS = [
  { exit: 0, ms: 1_234 },
  { exit: 0, ms: 310 },
];

describe('verifying an image', () => {
  it('all checks pass and the VM is ready in time: verified, marked so, the VM deleted', async () => {
    const { result, error, provider, ledger, reporter } = await verify({
      readyAfter: 42_340,
      checks: PASS,
    });
    expect(error).toBeUndefined();
    expect(result).toEqual({
      cloud: 'gcp',
      imageName: 'batch-worker-24',
      imageId: 'projects/p/global/images/batch-worker-24',
      vm: 'wi-verifier-1',
      checks: [
        { name: 'docker', status: 'passed', seconds: 1.2, exit: 0 },
        { name: 'root-image', status: 'passed', seconds: 0.3, exit: 0 },
      ],
      timeToReadyS: 42.3,
      budgetS: 60,
      verified: true,
      reasons: [],
      logTail: expect.any(Array),
    });
    expect(provider.marked).toEqual([{ target: TARGET, verified: true }]);
    expect(ledger.list()).toEqual([]);
    expect(provider.deleted.map((r) => r.role)).toEqual(['verifier']);
    expect(reporter.lines).toContain('time to ready: 42.3 s (budget 60 s)');
    expect(reporter.lines.some((l) => /✓ docker\s+passed 1\.2 s/.test(l))).toBe(true);
  });

  it('asks the provider for the rendered checks, the run nonce, the VM type and bounded waits', async () => {
    const { provider } = await verify(
      { readyAfter: 1_000, checks: PASS },
      { vmType: 'n1-standard-8' },
    );
    const request = provider.request!;
    expect(request.nonce).toBe('gh-123-1');
    expect(request.checkCount).toBe(2);
    expect(request.vmType).toBe('n1-standard-8');
    // 60 s budget + 60 s grace; (60 + 5) + (120 + 5) s of checks + 30 s margin.
    expect(request.readyLimitMs).toBe(120_000);
    expect(request.checksLimitMs).toBe(220_000);
    expect(request.labels).toEqual({
      'worker-image-run': 'gh-123-1',
      'worker-image-version': '24',
    });
    const script = request.script({ guestAttributes: true });
    const payloads = [
      ...script.matchAll(/<<'WORKER_IMAGE_CHECK'\n([\s\S]*?)WORKER_IMAGE_CHECK/g),
    ].map((m) => Buffer.from(m[1]!.replace(/\n/g, ''), 'base64').toString('utf8'));
    expect(payloads).toEqual([
      'docker info',
      'docker image inspect us-docker.pkg.dev/p/r/worker:7',
    ]);
    expect(script).toContain('guest-attributes/worker-image/');
    expect(request.script({ guestAttributes: false })).not.toContain('guest-attributes');
  });

  it('one check fails: not verified, marked so, the error names the check and shows the log', async () => {
    const { result, error, provider, ledger } = await verify({
      readyAfter: 30_000,
      checks: [
        { exit: 0, ms: 900 },
        { exit: 1, ms: 2_000 },
      ],
    });
    expect(result).toBeUndefined();
    expect(error).toBeInstanceOf(VerifyError);
    const failed = (error as VerifyError).result;
    expect(failed.verified).toBe(false);
    expect(failed.checks.map((c) => c.status)).toEqual(['passed', 'failed']);
    expect(failed.reasons).toEqual(['check root-image failed with exit status 1 after 2 s']);
    expect((error as Error).message).toMatch(
      /batch-worker-24 failed verification: check root-image failed/,
    );
    expect((error as Error).message).toMatch(
      /last lines of the verifier's log:\n[\s\S]*check=1 exit=1/,
    );
    expect(provider.marked).toEqual([{ target: TARGET, verified: false }]);
    expect(ledger.list()).toEqual([]);
  });

  it('a check stopped at its limit (exit 124) is timed out, not failed', async () => {
    const { error } = await verify({
      readyAfter: 30_000,
      checks: [
        { exit: 124, ms: 60_004 },
        { exit: 0, ms: 10 },
      ],
    });
    const failed = (error as VerifyError).result;
    expect(failed.checks[0]).toEqual({
      name: 'docker',
      status: 'timed-out',
      seconds: 60,
      exit: 124,
    });
    expect(failed.reasons).toEqual([
      'check docker did not finish within its 1m limit (stopped after 60 s)',
    ]);
  });

  it('a VM that never reports ready fails with every check not run, and is still deleted', async () => {
    const { error, provider, ledger } = await verify({});
    const failed = (error as VerifyError).result;
    expect(failed.timeToReadyS).toBeUndefined();
    expect(failed.checks.map((c) => c.status)).toEqual(['not-run', 'not-run']);
    expect(failed.reasons).toEqual([
      'the VM did not report ready within 2m of its create request (budget 1m), so no check reported',
    ]);
    expect(provider.marked).toEqual([{ target: TARGET, verified: false }]);
    expect(ledger.list()).toEqual([]);
    expect(provider.deleted).toHaveLength(1);
  });

  it('the summary table lists each check and time to ready against the budget', async () => {
    const { error } = await verify({
      readyAfter: 75_049,
      checks: [{ exit: 0, ms: 1_234 }, undefined],
    });
    expect(summaryRows((error as VerifyError).result)).toEqual([
      ['Check', 'Status', 'Seconds'],
      ['docker', 'passed', '1.2'],
      ['root-image', 'not-run', ''],
      ['time to ready (budget 60.0 s)', 'over budget', '75.0'],
    ]);
  });

  it('ready, but later than the budget: not verified, and says how late', async () => {
    const { error } = await verify({ readyAfter: 75_049, checks: PASS });
    const failed = (error as VerifyError).result;
    expect(failed.timeToReadyS).toBe(75);
    expect(failed.reasons).toEqual(['time to ready 75 s is over the 1m budget (time-to-ready)']);
  });

  it('a check that never reported (the wait ran out) is not run and fails the image', async () => {
    const { error } = await verify({ readyAfter: 10_000, checks: [{ exit: 0, ms: 5 }] });
    const failed = (error as VerifyError).result;
    expect(failed.checks[1]).toEqual({ name: 'root-image', status: 'not-run' });
    expect(failed.reasons[0]).toMatch(/^check root-image did not report/);
  });

  it('on-failure warn: a failed image is reported as a warning and the result returned', async () => {
    const { result, error, reporter, provider } = await verify(
      {
        readyAfter: 30_000,
        checks: [
          { exit: 3, ms: 100 },
          { exit: 0, ms: 100 },
        ],
      },
      { onFailure: 'warn' },
    );
    expect(error).toBeUndefined();
    expect(result?.verified).toBe(false);
    expect(reporter.warnings).toEqual([
      expect.stringMatching(
        /batch-worker-24 failed verification \(on-failure: warn.*check docker failed with exit status 3/,
      ),
    ]);
    expect(provider.marked).toEqual([{ target: TARGET, verified: false }]);
  });

  it('a cloud error while verifying is thrown as it is, the VM deleted, no verdict recorded', async () => {
    const { error, provider, ledger } = await verify({ createFails: true });
    expect(error).not.toBeInstanceOf(VerifyError);
    expect((error as Error).message).toBe('QUOTA_EXCEEDED: CPUS');
    expect(ledger.list()).toEqual([]);
    expect(provider.deleted).toHaveLength(1);
    expect(provider.marked).toEqual([]);
  });

  it('a verdict that cannot be recorded on the image is an error, not a silent pass', async () => {
    const { error } = await verify({ readyAfter: 1_000, checks: PASS, markFails: true });
    expect((error as Error).message).toMatch(
      /gcp image batch-worker-24 passed verification, but marking it verified on the image failed: PERMISSION_DENIED/,
    );
    const failed = await verify(
      {
        readyAfter: 1_000,
        checks: [
          { exit: 1, ms: 5 },
          { exit: 0, ms: 5 },
        ],
        markFails: true,
      },
      { onFailure: 'warn' },
    );
    expect(failed.error).toBeInstanceOf(VerifyError);
    expect((failed.error as Error).message).toMatch(
      /check docker failed .*; marking it as not verified on the image failed too: PERMISSION_DENIED/,
    );
  });

  it('a check that is not valid for the template variables fails before any VM exists', async () => {
    const provider = new FakeVerifier({ readyAfter: 1_000, checks: PASS });
    const error = await verifyImage(
      CONFIG,
      TARGET,
      { runId: 'r', reporter: new Lines(), signal: new AbortController().signal },
      {
        cloud: 'gcp',
        ledger: new ResourceLedger(),
        verify: verifyConfig({
          checks: [{ name: 'gpu', run: 'nvidia-smi -i {{ gpu_index }}', timeout: 1000 }],
        }),
        provider,
      },
    ).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/gcp verify check gpu.*gpu_index/);
    expect(provider.request).toBeUndefined();
  });
});

describe('how long a verification waits', () => {
  it('a slow image gets as much again as its budget to report, at most 2 minutes more', () => {
    const base = verifyConfig();
    expect(waitLimits({ ...base, timeToReady: 30_000 }).readyLimitMs).toBe(60_000);
    expect(waitLimits({ ...base, timeToReady: 300_000 }).readyLimitMs).toBe(420_000);
  });

  it('the checks get their limits, 5 s each to be killed, and a 30 s margin', () => {
    const one = verifyConfig({ checks: [{ name: 'a', run: 'true', timeout: 10_000 }] });
    expect(waitLimits(one).checksLimitMs).toBe(45_000);
  });

  it('a VM that never reports ready, or stops, is the image failing: not verified and marked so', async () => {
    for (const waitFails of [
      new DeadlineError('verifier wi-verifier-1 did not finish within 2m'),
      new VerifyFault('verifier wi-verifier-1 went stopped before its verify script finished'),
    ]) {
      const { result, error, provider, ledger } = await verify({ waitFails });
      expect(result).toBeUndefined();
      expect(error).toBeInstanceOf(VerifyError);
      const failed = (error as VerifyError).result;
      expect(failed.verified).toBe(false);
      expect(failed.reasons[0]).toBe(waitFails.message);
      expect(failed.checks.map((c) => c.status)).toEqual(['not-run', 'not-run']);
      expect(provider.marked).toEqual([{ target: TARGET, verified: false }]);
      expect(ledger.list()).toEqual([]);
    }
  });

  it('with on-failure warn, a VM that never got ready returns a not-verified result', async () => {
    const { result, error, reporter } = await verify(
      { waitFails: new DeadlineError('verifier wi-verifier-1 did not finish within 2m') },
      { onFailure: 'warn' },
    );
    expect(error).toBeUndefined();
    expect(result?.verified).toBe(false);
    expect(reporter.warnings.join('\n')).toMatch(/failed verification \(on-failure: warn/);
  });
});
