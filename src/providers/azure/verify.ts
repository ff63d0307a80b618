import type { GalleryImageVersionUpdate } from '@azure/arm-compute';
import type { AzureConfig, WorkerImageConfig } from '../../config/types.js';
import type { CreatedResource, ResourceLedger } from '../../steps/resources.js';
import type { DeleteResource, Step } from '../../steps/runner.js';
import { progressFromConsole, type CheckOutcome } from '../../verify/report.js';
import { Deadline } from '../../wait/deadline.js';
import { formatDuration } from '../../wait/duration.js';
import { pollUntil } from '../../wait/poll.js';
import {
  VerifyFault,
  type RunContext,
  type VerifyObservation,
  type VerifyProvider,
  type VerifyRequest,
  type VerifyTarget,
} from '../provider.js';
import type { ArmClients } from './clients.js';
import { untilDone } from './lro.js';
import { createTemporaryNetwork } from './network.js';
import { checkSubnet } from './preflight.js';
import { AzureProvider } from './provider.js';
import { outputTail, runCommandInTurn } from './run-command.js';
import { clockFromOutput, readyTime, runCommandScript } from './verify-run.js';
import { parseVersionId, verifierNames, verifierVm } from './verify-vm.js';

/** Lines of run-command's output kept for the observation's log tail. */
const TAIL_LINES = 50;

function describeCheck(c: CheckOutcome | undefined, index: number): string {
  if (!c) return `check ${index}: no report`;
  const took = formatDuration(c.ms);
  if (c.timedOut) return `check ${index}: timed out (exit ${c.exit}) after ${took}`;
  return `check ${index}: ${c.exit === 0 ? 'passed' : 'failed'} (exit ${c.exit}) in ${took}`;
}

/**
 * Verification on Azure, in the bake's own terms: a temporary resource group (recorded before
 * it exists, so deleting it deletes everything the verification made) → network and one VM
 * from the gallery version → the verify script through run-command → the group deleted by the
 * runner's cleanup, whatever happened. Run-command answers only when the script has ended, so
 * the moment of ready comes from the script's own clock, bounded by what the runner saw
 * (verify-run.ts says how and why).
 */
export class AzureVerifier implements VerifyProvider {
  readonly cloud = 'azure' as const;
  private readonly provider: AzureProvider;

  constructor(private readonly azure: AzureConfig) {
    this.provider = new AzureProvider(azure);
  }

  verifySteps(
    _config: WorkerImageConfig,
    request: VerifyRequest,
    ctx: RunContext,
    ledger: ResourceLedger,
  ): { steps: Step[]; observation: () => VerifyObservation } {
    const { azure } = this;
    const target = request.target;
    const ref = parseVersionId(target.imageId);
    const names = verifierNames(ref, ctx.runId);
    const location = target.details.location ?? azure.location;
    const vmSize = request.vmType ?? azure.vmSize;
    const wctx = { ...ctx, pollInterval: azure.pollInterval };
    const tags = { ...request.labels, 'worker-image-role': 'verifier' };
    const observation: VerifyObservation = {
      vm: names.vm,
      createdAt: 0,
      progress: { checks: [] },
      logTail: [],
    };
    let clients!: ArmClients;
    let ready!: Deadline;

    const steps: Step[] = [
      {
        name: `Create temporary resource group ${names.resourceGroup}`,
        run: async () => {
          clients = await this.provider.arm(ctx.reporter);
          // Before anything exists: a subnet the verifier could not join fails here, plainly.
          if (azure.subnetId) await checkSubnet(clients, azure.subnetId, location, ctx);
          ledger.record(this.group(names.resourceGroup));
          await clients.resources.resourceGroups.createOrUpdate(
            names.resourceGroup,
            // ARM keeps no creation time for groups: gc reads this one to tell a leak's age.
            { location, tags: { ...tags, 'worker-image-created': new Date().toISOString() } },
            { abortSignal: ctx.signal },
          );
        },
      },
      {
        name: `Create verifier ${names.vm} (${vmSize}) from ${target.imageName}`,
        run: async () => {
          const nicId = await createTemporaryNetwork(clients, azure, location, names, tags, wctx);
          const body = verifierVm(azure, {
            imageId: target.imageId,
            location,
            vmSize,
            names,
            tags,
            nicId,
          });
          ready = new Deadline(
            `the verifier ${names.vm} to be ready (limit from its create request)`,
            request.readyLimitMs,
          );
          observation.createdAt = ready.start;
          const poller = clients.compute.virtualMachines.createOrUpdate(
            names.resourceGroup,
            names.vm,
            body,
            { updateIntervalInMs: azure.pollInterval, abortSignal: ctx.signal },
          );
          await untilDone(() => poller.submitted(), ready, wctx, `creating verifier ${names.vm}`);
          // Our own reads, not the poller's: it waits out Compute's Retry-After (10 s and more
          // on a VM's creation), and every second of that would count against time to ready.
          const state = await pollUntil(
            async () => {
              const vm = await clients.compute.virtualMachines.get(names.resourceGroup, names.vm, {
                expand: 'instanceView',
                abortSignal: ctx.signal,
              });
              const power = vm.instanceView?.statuses?.find((s) =>
                s.code?.startsWith('PowerState/'),
              )?.code;
              if (power === 'PowerState/running') observation.runningAt ??= Date.now();
              const provisioning = vm.provisioningState?.toLowerCase();
              if (provisioning === 'failed') return 'failed';
              return provisioning === 'succeeded' && observation.runningAt ? 'running' : undefined;
            },
            {
              deadline: ready,
              interval: azure.pollInterval,
              signal: ctx.signal,
              progress: (elapsed) =>
                ctx.reporter.info(`verifier ${names.vm}: starting (${elapsed})`),
            },
          );
          if (state === 'failed') {
            // The operation carries the reason; the VM only says Failed.
            await untilDone(() => poller, ready, wctx, `creating verifier ${names.vm}`);
            throw new Error(`creating verifier ${names.vm} failed (provisioning state Failed)`);
          }
          ctx.reporter.info(
            `verifier ${names.vm} is running ${formatDuration(observation.runningAt! - observation.createdAt)} after its create request`,
          );
        },
      },
      {
        name: `Run the verify script on ${names.vm} (run-command)`,
        run: async () => {
          // Run-command answers only once the script has ended: one wait bounds the ready limit
          // (what is left of it) and the checks' limit together, and the answer tells which was
          // passed.
          const whole = new Deadline(
            `the verify script on verifier ${names.vm} (run-command answers only when it ends: ` +
              `ready limit ${formatDuration(request.readyLimitMs)} from the create request, then ` +
              `checks limit ${formatDuration(request.checksLimitMs)})`,
            ready.remaining() + request.checksLimitMs,
          );
          const sentAt = Date.now();
          const result = await runCommandInTurn(
            (poll) =>
              clients.compute.virtualMachines.runCommand(
                names.resourceGroup,
                names.vm,
                {
                  commandId: 'RunShellScript',
                  script: runCommandScript(
                    request.script({ guestAttributes: false }),
                    request.nonce,
                  ).split('\n'),
                },
                poll,
              ),
            whole,
            wctx,
            `run-command on ${names.vm}`,
          );
          const answeredAt = Date.now();
          const output = (result.value ?? []).map((s) => s.message ?? '').join('\n');
          this.observe(observation, output, request, sentAt, answeredAt);
          if (observation.readyAt !== undefined) {
            ctx.reporter.info(
              `verifier ${names.vm} ready ${formatDuration(observation.readyAt - observation.createdAt)} ` +
                "after its create request (the verify script's start, by the VM's clock)",
            );
          }
          for (let i = 0; i < request.checkCount; i++) {
            const check = observation.progress.checks.find((c) => c.index === i);
            ctx.reporter.info(describeCheck(check, i));
          }
          this.judge(observation, output, request, ready);
        },
      },
    ];
    return {
      steps,
      observation: () => ({
        ...observation,
        progress: { ...observation.progress, checks: [...observation.progress.checks] },
        logTail: [...observation.logTail],
      }),
    };
  }

  private observe(
    observation: VerifyObservation,
    output: string,
    request: VerifyRequest,
    sentAt: number,
    answeredAt: number,
  ): void {
    observation.progress = progressFromConsole(output, request.nonce);
    observation.logTail = output.split(/\r?\n/).slice(-TAIL_LINES);
    const clock = clockFromOutput(output, request.nonce);
    if (clock && observation.progress.readyUptime !== undefined) {
      observation.readyAt = readyTime(clock, sentAt, answeredAt);
    }
  }

  /** Throws, naming the limit, when the answer shows the VM late or the checks unfinished. */
  private judge(
    observation: VerifyObservation,
    output: string,
    request: VerifyRequest,
    ready: Deadline,
  ): void {
    const vm = observation.vm;
    const tail = outputTail(output, 20, 'the run-command output');
    if (observation.readyAt === undefined) {
      throw new VerifyFault(
        `the verify script on verifier ${vm} never reported ready (run-command answered without ` +
          `its ready report)\n${tail}`,
      );
    }
    if (observation.readyAt - observation.createdAt > request.readyLimitMs) {
      throw ready.error(
        `ready ${formatDuration(observation.readyAt - observation.createdAt)} after the create request`,
      );
    }
    const clock = clockFromOutput(output, request.nonce)!;
    const checksMs = clock.endMs - clock.startMs;
    const reported = observation.progress.checks.length;
    if (checksMs > request.checksLimitMs) {
      throw new Deadline(`the checks on verifier ${vm}`, request.checksLimitMs).error(
        `they took ${formatDuration(checksMs)} after ready (${reported} of ${request.checkCount} reported)\n${tail}`,
      );
    }
    if (observation.progress.failed === undefined || reported < request.checkCount) {
      throw new VerifyFault(
        `the verify script on verifier ${vm} ended (exit ${clock.exit}) having reported ` +
          `${reported} of ${request.checkCount} checks\n${tail}`,
      );
    }
  }

  /**
   * Tags the version `worker-image-verified`, and when it failed sets excludeFromLatest, so a
   * pool asking the definition for `latest` never gets it. One PATCH, "Gallery Image Versions -
   * Update" (learn.microsoft.com/rest/api/compute/gallery-image-versions/update): a
   * long-running operation whose body (GalleryImageVersionUpdate) replaces the tags it names
   * and merges `properties`, so the tags are read first and sent whole; the regions are left
   * out and stay as they are.
   */
  async markVerification(target: VerifyTarget, verified: boolean, ctx: RunContext): Promise<void> {
    const ref = parseVersionId(target.imageId);
    const clients = await this.provider.arm(ctx.reporter);
    const wctx = { ...ctx, pollInterval: this.azure.pollInterval };
    const current = await clients.compute.galleryImageVersions.get(
      ref.resourceGroup,
      ref.gallery,
      ref.definition,
      ref.version,
      { abortSignal: ctx.signal },
    );
    const update: GalleryImageVersionUpdate = {
      tags: { ...current.tags, 'worker-image-verified': String(verified) },
      ...(verified ? {} : { publishingProfile: { excludeFromLatest: true } }),
    };
    await untilDone(
      (poll) =>
        clients.compute.galleryImageVersions.update(
          ref.resourceGroup,
          ref.gallery,
          ref.definition,
          ref.version,
          update,
          poll,
        ),
      new Deadline(
        `marking ${ref.definition} ${ref.version} as ${verified ? '' : 'not '}verified`,
        this.azure.timeouts.operation,
      ),
      wctx,
    );
    ctx.reporter.info(
      verified
        ? `tagged ${ref.definition} ${ref.version} worker-image-verified=true`
        : `tagged ${ref.definition} ${ref.version} worker-image-verified=false and excluded it from latest`,
    );
  }

  deleteResource: DeleteResource = (r, opts) => this.provider.deleteResource(r, opts);

  private group(name: string): CreatedResource {
    return {
      cloud: 'azure',
      kind: 'resourceGroup',
      id: `/subscriptions/${this.azure.subscriptionId}/resourceGroups/${name}`,
      role: 'verifier',
      keep: 'never',
    };
  }
}
