import { randomUUID } from 'node:crypto';
import type { GcpConfig, WorkerImageConfig } from '../../config/types.js';
import type { CreatedResource, ResourceLedger } from '../../steps/resources.js';
import type { DeleteOptions, Step } from '../../steps/runner.js';
import { Deadline } from '../../wait/deadline.js';
import { formatDuration } from '../../wait/duration.js';
import type {
  RunContext,
  VerifyObservation,
  VerifyProvider,
  VerifyRequest,
  VerifyTarget,
} from '../provider.js';
import { CALL, call } from './calls.js';
import { createClients, type GceClients } from './clients.js';
import { verifierName } from './names.js';
import { waitOperation } from './operations.js';
import { GcpProvider } from './provider.js';
import { verifierInstance, verifierPlace } from './verify-instance.js';
import { markImage } from './verify-mark.js';
import { VerifierWatch } from './verify-watch.js';

/**
 * Verification on GCP: one instance booted from the image with the verify script as its
 * startup script, followed through its status (until RUNNING), its guest attributes (the
 * script's reports, namespace worker-image) and its serial console (the log tail, and the
 * reports' fallback when guest attributes are off). The instance is in the ledger before the
 * insert is sent, so runSteps deletes it whatever happens.
 */
export class GcpVerifier implements VerifyProvider {
  readonly cloud = 'gcp' as const;
  private readonly clients: GceClients;
  private readonly provider: GcpProvider;

  constructor(private readonly gcp: GcpConfig) {
    // The verifier's first request is its instances.insert, in the create step's deadline.
    this.clients = createClients(gcp, ['instances', 'zoneOperations']);
    this.provider = new GcpProvider(gcp, this.clients);
  }

  verifySteps(
    _config: WorkerImageConfig,
    request: VerifyRequest,
    ctx: RunContext,
    ledger: ResourceLedger,
  ): { steps: Step[]; observation: () => VerifyObservation } {
    const { gcp, clients } = this;
    const place = verifierPlace(request.target, gcp);
    const { project, zone, image } = place;
    const name = verifierName(place.image, ctx.runId);
    const vm = { project, zone, instance: name };
    const machineType = request.vmType ?? gcp.machineType;
    let createdAt = 0;
    let readyDeadline!: Deadline;
    let watch: VerifierWatch | undefined;

    const steps: Step[] = [
      {
        name: `Create verifier ${name} (${machineType}) from image ${image}`,
        run: async () => {
          await this.provider.ready();
          const [img] = await call(ctx, `read image ${image}`, () =>
            clients.images.get({ project, image }, CALL),
          );
          if (String(img.status) !== 'READY') {
            throw new Error(`image ${image} is ${String(img.status)}, not READY: it cannot boot`);
          }
          const instance = verifierInstance(gcp, {
            name,
            zone,
            machineType,
            sourceImage: `projects/${project}/global/images/${image}`,
            // The boot disk cannot be smaller than the image.
            diskSizeGb: Math.max(gcp.bootDisk.sizeGb, Number(img.diskSizeGb ?? 0)),
            startupScript: request.script({ guestAttributes: true }),
            labels: { ...gcp.labels, ...request.labels, 'worker-image-role': 'verifier' },
          });
          // Recorded before the call: if the call's answer is lost, cleanup still tries.
          ledger.record(this.resource(`projects/${project}/zones/${zone}/instances/${name}`));
          createdAt = Date.now();
          readyDeadline = new Deadline(`verifier ${name}`, request.readyLimitMs);
          watch = new VerifierWatch(
            {
              clients,
              vm,
              nonce: request.nonce,
              checkCount: request.checkCount,
              createdAt,
              interval: gcp.pollInterval,
            },
            ctx,
          );
          // One request id across the call's retries, as the builder's insert (provider.ts).
          const requestId = randomUUID();
          const [op] = await call(ctx, 'create the verifier', () =>
            clients.instances.insert(
              { project, zone, instanceResource: instance, requestId },
              CALL,
            ),
          );
          const opBudget = Math.min(gcp.timeouts.operation, readyDeadline.remaining());
          await waitOperation(
            clients,
            project,
            op,
            new Deadline(`creating verifier ${name}`, opBudget),
            ctx,
          );
        },
      },
      {
        name: `Wait for verifier ${name} to be ready`,
        run: () => watch!.waitReady(readyDeadline),
      },
      {
        name: `Run ${request.checkCount} check(s) on verifier ${name}`,
        run: async () => {
          const w = watch!;
          const deadline = new Deadline(
            `the checks on verifier ${name}`,
            Math.max(0, request.checksLimitMs - (Date.now() - w.readyAt!)),
          );
          await w.waitDone(deadline);
          const failed = w.progress.failed ?? 0;
          ctx.reporter.info(
            failed === 0
              ? `all ${request.checkCount} check(s) passed on ${name} (${formatDuration(Date.now() - w.readyAt!)} after ready)`
              : `${failed} of ${request.checkCount} check(s) failed on ${name}\n${w.formatTail()}`,
          );
        },
      },
    ];

    const observation = (): VerifyObservation => ({
      vm: name,
      createdAt,
      ...(watch?.runningAt !== undefined ? { runningAt: watch.runningAt } : {}),
      ...(watch?.readyAt !== undefined ? { readyAt: watch.readyAt } : {}),
      progress: watch?.progress ?? { checks: [] },
      logTail: watch?.lastLines() ?? [],
    });
    return { steps, observation };
  }

  async markVerification(target: VerifyTarget, verified: boolean, ctx: RunContext): Promise<void> {
    await this.provider.ready();
    await markImage(this.clients, this.gcp, verifierPlace(target, this.gcp), verified, ctx);
  }

  /** Deletes the verifier as the bake deletes its builder (waiting unless told not to). */
  deleteResource = (r: CreatedResource, opts: DeleteOptions): Promise<void> =>
    this.provider.deleteResource(r, opts);

  private resource(id: string): CreatedResource {
    return { cloud: 'gcp', kind: 'instance', id, role: 'verifier', keep: 'never' };
  }
}
