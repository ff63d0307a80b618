import { randomUUID } from 'node:crypto';
import type { GcpConfig, WorkerImageConfig } from '../../config/types.js';
import { labelValue } from '../../naming/labels.js';
import type { CreatedResource, ResourceLedger } from '../../steps/resources.js';
import type { DeleteOptions, Step } from '../../steps/runner.js';
import { Deadline } from '../../wait/deadline.js';
import { pollUntil } from '../../wait/poll.js';
import { wrapScript } from '../../wrapper/wrapper.js';
import type { BakePlan, BakeProvider, BakeResult, RunContext } from '../provider.js';
import { builderInstance } from './builder.js';
import { CALL, call, isNotFound, isNotReady } from './calls.js';
import { createClients, createDisksClient, verifyCredentials, type GceClients } from './clients.js';
import { imageResource } from './image.js';
import { waitOperation, whileTooFrequent, type StartedOperation } from './operations.js';
import { planGcp, type GcpPlan } from './plan.js';
import { SerialLog } from './serial.js';
import { waitForScript, waitForStop } from './watch.js';

/**
 * The GCE bake, as the googlecompute procedure reads: check the image is absent, create the
 * builder, wait for its script, wait for it to stop, create the image, delete the builder.
 */
export class GcpProvider implements BakeProvider {
  readonly cloud = 'gcp' as const;
  private disks?: ReturnType<typeof createDisksClient>;
  private credentials?: Promise<void>;

  /** `clients`: shared with the verifier, so one process parses the SDK's protos once. */
  constructor(
    private readonly gcp: GcpConfig,
    private readonly clients: GceClients = createClients(gcp),
  ) {}

  /** Credentials are found (or refused with advice) before the first call. */
  ready(): Promise<void> {
    this.credentials ??= verifyCredentials(this.clients);
    return this.credentials;
  }

  async plan(config: WorkerImageConfig, ctx: RunContext): Promise<GcpPlan> {
    await this.ready();
    return planGcp(config, this.gcp, this.clients, ctx);
  }

  bakeSteps(
    config: WorkerImageConfig,
    basePlan: BakePlan,
    script: string,
    ctx: RunContext,
    ledger: ResourceLedger,
  ): { steps: Step[]; result: () => BakeResult } {
    const plan = basePlan as GcpPlan;
    const { gcp, clients } = this;
    const { project, zone } = plan;
    const builder = { project, zone, instance: plan.builderName };
    const nonce = labelValue(ctx.runId);
    const serial = new SerialLog(clients, builder, (line) => ctx.reporter.info(line));
    let builderDeadline: Deadline | undefined;
    let imageLink = '';
    let exitCode: number | undefined;

    const steps: Step[] = [
      {
        name: `Create builder ${plan.builderName} from ${plan.sourceImage}`,
        run: async () => {
          const labels = { ...plan.labels, 'worker-image-role': 'builder' };
          const instance = builderInstance(
            gcp,
            plan,
            wrapScript(script, { nonce, guestAttributes: true }),
            labels,
          );
          // Recorded before the call: if the call's answer is lost, cleanup still tries.
          ledger.record(
            this.resource(
              'instance',
              `projects/${project}/zones/${zone}/instances/${plan.builderName}`,
              'builder',
            ),
          );
          builderDeadline = new Deadline(`builder ${plan.builderName}`, gcp.timeouts.builder);
          // One request id across the call's retries: a retry after an answer that was lost
          // gets the first insert's operation back, not 409 alreadyExists (GCE's requestId).
          const requestId = randomUUID();
          const [op] = await call(ctx, 'create the builder', () =>
            clients.instances.insert(
              { project, zone, instanceResource: instance, requestId },
              CALL,
            ),
          );
          await waitOperation(
            clients,
            project,
            op,
            this.opDeadline(`creating builder ${plan.builderName}`),
            ctx,
          );
        },
      },
      {
        name: `Run the provisioning script on ${plan.builderName}`,
        run: async () => {
          const deadline = builderDeadline!;
          exitCode = await waitForScript(clients, gcp, builder, serial, nonce, deadline, ctx);
          if (exitCode !== 0) {
            await serial.read(ctx).catch(() => []);
            throw new Error(
              `the provisioning script failed with exit status ${exitCode} on builder ` +
                `${plan.builderName} (template ${plan.template}); no image was created\n${serial.formatTail()}`,
            );
          }
          ctx.reporter.info(
            `provisioning script succeeded after ${Math.round(deadline.elapsed() / 100) / 10}s`,
          );
        },
      },
      {
        name: `Wait for ${plan.builderName} to stop`,
        run: () => waitForStop(clients, gcp, builder, builderDeadline!, ctx),
      },
      ...(plan.replaces
        ? [
            {
              name: `Delete the existing image ${plan.imageName} (overwrite: true)`,
              run: async () => {
                await this.deleteImage(plan.project, plan.imageName, true, ctx);
              },
            },
          ]
        : []),
      {
        name: `Create image ${plan.imageName}`,
        run: async () => {
          const labels = { ...plan.labels, 'worker-image-role': 'image' };
          ledger.record(
            this.resource('image', `projects/${project}/global/images/${plan.imageName}`, 'image'),
          );
          const deadline = new Deadline(`image ${plan.imageName}`, gcp.timeouts.image);
          await whileTooFrequent(deadline, ctx, async () => {
            // A new id for each attempt the disk's rate refused, the same across one call's
            // retries (see the builder's insert).
            const requestId = randomUUID();
            const [op] = await call(ctx, 'create the image', () =>
              clients.images.insert(
                {
                  project,
                  imageResource: imageResource(config, gcp, plan, labels, ctx),
                  requestId,
                },
                CALL,
              ),
            );
            await waitOperation(clients, project, op, deadline, ctx);
          });
          const [image] = await call(ctx, 'read the image', () =>
            clients.images.get({ project, image: plan.imageName }, CALL),
          );
          if (String(image.status) !== 'READY') {
            throw new Error(`image ${plan.imageName} ended ${String(image.status)}, not READY`);
          }
          imageLink = image.selfLink ?? '';
          ctx.reporter.info(`image ${plan.imageName} is READY (${imageLink})`);
        },
      },
    ];

    const result = (): BakeResult => ({
      cloud: 'gcp',
      imageName: plan.imageName,
      imageId: imageLink,
      // Packer's googlecompute artifact id is the image name.
      artifactId: plan.imageName,
      version: plan.version,
      sourceImage: plan.sourceImageLink,
      details: {
        project,
        zone,
        ...(gcp.imageFamily ? { family: gcp.imageFamily } : {}),
        ...(gcp.storageLocation ? { storage_location: gcp.storageLocation } : {}),
      },
      timings: [],
    });
    return { steps, result };
  }

  async deleteResource(r: CreatedResource, opts: DeleteOptions): Promise<void> {
    // Cleanup runs after a cancellation too: it must not inherit the aborted signal.
    const ctx: RunContext = {
      runId: '',
      reporter: opts.reporter,
      signal: new AbortController().signal,
    };
    await this.ready();
    const parts = r.id.split('/');
    if (r.kind === 'instance') {
      const [, project, , zone, , instance] = parts;
      const role = r.role === 'verifier' ? 'verifier' : 'builder';
      await this.deleteInstance(project!, zone!, instance!, opts.wait, ctx, role);
    } else if (r.kind === 'image') {
      await this.deleteImage(parts[1]!, parts[4]!, opts.wait, ctx);
    } else if (r.kind === 'disk') {
      // projects/P/zones/Z/disks/D: a builder's boot disk left without its instance (gc).
      const [, project, , zone, , disk] = parts;
      this.disks ??= createDisksClient(this.gcp, this.clients.auth);
      const disks = this.disks;
      await this.deleteWith(`disk ${disk}`, project!, opts.wait, ctx, () =>
        disks.delete({ project: project!, zone: zone!, disk: disk! }, CALL),
      );
    } else {
      throw new Error(`unknown gcp resource kind ${r.kind}`);
    }
  }

  private deleteInstance(
    project: string,
    zone: string,
    instance: string,
    wait: boolean,
    ctx: RunContext,
    role: string,
  ): Promise<void> {
    return this.deleteWith(`${role} ${instance}`, project, wait, ctx, () =>
      this.clients.instances.delete({ project, zone, instance }, CALL),
    );
  }

  private deleteImage(
    project: string,
    image: string,
    wait: boolean,
    ctx: RunContext,
  ): Promise<void> {
    return this.deleteWith(`image ${image}`, project, wait, ctx, () =>
      this.clients.images.delete({ project, image }, CALL),
    );
  }

  /**
   * Starts a deletion and, when asked, waits for it; already gone counts as deleted. A
   * deletion already under way (the cancelled main step's, when the post step runs) answers
   * "not ready": that counts as requested, and when waiting, it is asked again until gone.
   */
  private async deleteWith(
    what: string,
    project: string,
    wait: boolean,
    ctx: RunContext,
    start: () => Promise<[StartedOperation, ...unknown[]]>,
  ): Promise<void> {
    const deadline = this.opDeadline(`deleting ${what}`);
    await pollUntil(
      async () => {
        try {
          const [op] = await call(ctx, `delete ${what}`, start);
          if (wait) await waitOperation(this.clients, project, op, deadline, ctx);
          return true;
        } catch (err) {
          if (isNotFound(err) || (isNotReady(err) && !wait)) return true;
          if (isNotReady(err)) return undefined;
          throw err;
        }
      },
      { deadline, interval: this.gcp.pollInterval, signal: ctx.signal },
    );
  }

  private opDeadline(what: string): Deadline {
    return new Deadline(what, this.gcp.timeouts.operation);
  }

  private resource(kind: string, id: string, role: CreatedResource['role']): CreatedResource {
    return { cloud: 'gcp', kind, id, role, keep: role === 'image' ? 'on-success' : 'never' };
  }
}
