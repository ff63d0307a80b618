import {
  CopyImageCommand,
  CreateImageCommand,
  RunInstancesCommand,
  type EC2Client,
  type Image,
} from '@aws-sdk/client-ec2';
import type { AwsConfig, WorkerImageConfig } from '../../config/types.js';
import { labelValue } from '../../naming/labels.js';
import type { CreatedResource, ResourceLedger } from '../../steps/resources.js';
import type { DeleteOptions, DeleteOutcome, Step } from '../../steps/runner.js';
import { Deadline } from '../../wait/deadline.js';
import { wrapScript } from '../../wrapper/wrapper.js';
import type { BakePlan, BakeProvider, BakeResult, RunContext } from '../provider.js';
import { builderRequest, tagList, userData } from './builder.js';
import { findMade, instancesByToken, terminateBuilder } from './cleanup.js';
import { call, errorCode, refused, regionalClients } from './clients.js';
import { ConsoleLog } from './console.js';
import { deleteImage, deleteSnapshots } from './images.js';
import { clientToken } from './names.js';
import { listImages } from './pages.js';
import { keptDevices } from './devices.js';
import { planAws, type AwsPlan } from './plan.js';
import { waitForImages, waitForInstanceState, waitForScript } from './watch.js';

/** A builder recorded before RunInstances answers is known by its idempotency token. */
const TOKEN = 'client-token/';
/**
 * An AMI requested (CreateImage, CopyImage) but not yet answered: found again by its name and
 * run tag, so a cancellation or a lost answer while the call is in flight leaks nothing.
 */
const PENDING = 'pending-image/';

/**
 * The AWS bake, as Packer's amazon-ebs reads: check the AMI name is free, launch the builder
 * with the wrapped script as user data, wait for its status and for it to stop, create the
 * AMI, terminate the builder, copy the AMI to the target regions.
 */
export class AwsProvider implements BakeProvider {
  readonly cloud = 'aws' as const;
  private readonly client: (region: string) => Promise<EC2Client>;

  constructor(private readonly aws: AwsConfig) {
    this.client = regionalClients(aws.endpoint);
  }

  plan(config: WorkerImageConfig, ctx: RunContext): Promise<AwsPlan> {
    return planAws(config, this.aws, this.client, ctx);
  }

  bakeSteps(
    config: WorkerImageConfig,
    basePlan: BakePlan,
    script: string,
    ctx: RunContext,
    ledger: ResourceLedger,
  ): { steps: Step[]; result: () => BakeResult } {
    const plan = basePlan as AwsPlan;
    const { aws } = this;
    const { region } = plan;
    const nonce = labelValue(ctx.runId);
    const amis = new Map<string, string>();
    let instanceId = '';
    let builder: CreatedResource | undefined;
    let builderDeadline!: Deadline;
    let client!: EC2Client;
    let consoleLog!: ConsoleLog;
    /** The builder's termination, awaited by the copy step that runs meanwhile. */
    let terminating: Promise<void> | undefined;

    /** Copies the AMI to the target regions and waits for the copies. */
    const copy = async (): Promise<void> => {
      const tags = tagList({
        ...plan.tags,
        Name: plan.imageName,
        'worker-image-role': 'image',
      });
      const copies = [];
      for (const target of plan.targetRegions) {
        const dest = await this.client(target);
        // Recorded before the call: a cancellation while it is in flight still
        // finds the copy (by name and run tag) and deletes it.
        const pending = this.pendingImage(target, plan);
        ledger.record(pending);
        const out = await call(ctx, `copy the AMI to ${target}`, () =>
          dest.send(
            new CopyImageCommand({
              SourceRegion: region,
              SourceImageId: amis.get(region)!,
              Name: plan.imageName,
              Description: this.description(config, plan, ctx),
              // Retried or re-sent, the copy is the same copy.
              ClientToken: clientToken(ctx.runId, 'copy', target, plan.imageName),
              ...(aws.encrypted ? { Encrypted: true } : {}),
              TagSpecifications: [
                { ResourceType: 'image', Tags: tags },
                { ResourceType: 'snapshot', Tags: tags },
              ],
            }),
          ),
        ).catch((err: unknown) => {
          if (refused(err)) ledger.release(pending);
          throw err;
        });
        const imageId = out.ImageId!;
        ledger.record(this.resource('image', `${target}/${imageId}`, 'image'));
        ledger.release(pending);
        amis.set(target, imageId);
        copies.push({ region: target, imageId });
        ctx.reporter.info(`copying to ${target} as ${imageId}`);
      }
      const deadline = new Deadline(`copies of AMI ${plan.imageName}`, aws.timeouts.copy);
      await waitForImages(
        this.client,
        copies,
        `copies of ${plan.imageName}`,
        deadline,
        aws.pollInterval,
        ctx,
      );
    };

    const steps: Step[] = [
      {
        name: `Launch builder ${plan.builderName} (${aws.instanceType}) from ${plan.sourceImageId}`,
        run: async () => {
          const data = userData(
            wrapScript(script, { nonce, guestAttributes: false }),
            plan.template,
          );
          client = await this.client(region);
          const token = clientToken(ctx.runId, 'builder', region, plan.imageName);
          // Recorded before the call: if its answer is lost, cleanup finds it by the token.
          const pending = this.resource('instance', `${region}/${TOKEN}${token}`, 'builder');
          ledger.record(pending);
          builderDeadline = new Deadline(`builder ${plan.builderName}`, aws.timeouts.builder);
          const out = await call(ctx, 'launch the builder', () =>
            client.send(new RunInstancesCommand(builderRequest(aws, plan, data, token))),
          ).catch((err: unknown) => {
            if (refused(err)) ledger.release(pending);
            throw err;
          });
          instanceId = out.Instances?.[0]?.InstanceId ?? '';
          if (!instanceId) throw new Error('RunInstances returned no instance id');
          builder = this.resource('instance', `${region}/${instanceId}`, 'builder');
          ledger.record(builder);
          ledger.release(pending);
          consoleLog = new ConsoleLog(
            client,
            () => instanceId,
            (line) => ctx.reporter.info(line),
            ctx,
          );
          ctx.reporter.info(`builder ${instanceId} launched in ${region}`);
        },
      },
      {
        name: `Run the provisioning script on ${plan.builderName}`,
        run: async () => {
          const code = await waitForScript(
            client,
            instanceId,
            consoleLog,
            nonce,
            builderDeadline,
            aws.pollInterval,
            ctx,
          );
          if (code !== 0) {
            throw new Error(
              `the provisioning script failed with exit status ${code} on builder ` +
                `${plan.builderName} (${instanceId}, template ${plan.template}); no AMI was created\n${consoleLog.formatTail()}`,
            );
          }
          ctx.reporter.info(
            `provisioning script succeeded after ${Math.round(builderDeadline.elapsed() / 100) / 10}s`,
          );
        },
      },
      {
        name: `Wait for ${plan.builderName} to stop`,
        run: () =>
          waitForInstanceState(
            client,
            instanceId,
            ['stopped'],
            builderDeadline,
            aws.pollInterval,
            ctx,
          ),
      },
      ...(plan.replaces.length > 0
        ? [
            {
              name: `Deregister the existing AMI ${plan.imageName} (overwrite: true)`,
              run: async () => {
                // One region at a time would wait out each snapshot's InUse window in turn.
                await Promise.all(
                  plan.replaces.map(async (r) => {
                    const client = await this.client(r.region);
                    await deleteImage(client, r.region, r.imageId, ctx, { aws, ours: false });
                    ctx.reporter.info(`deregistered ${r.imageId} in ${r.region}`);
                  }),
                );
              },
            },
          ]
        : []),
      {
        name: `Create AMI ${plan.imageName}`,
        run: async () => {
          const tags = tagList({
            ...plan.tags,
            Name: plan.imageName,
            'worker-image-role': 'image',
          });
          // Recorded before the call, as a copy is: CreateImage takes no idempotency token,
          // so an AMI made by a call cancelled in flight is found by its name and run tag.
          const pending = this.pendingImage(region, plan);
          ledger.record(pending);
          const out = await call(ctx, 'create the AMI', () =>
            client.send(
              new CreateImageCommand({
                InstanceId: instanceId,
                Name: plan.imageName,
                Description: this.description(config, plan, ctx),
                ...keptDevices(plan.dataDevices),
                TagSpecifications: [
                  { ResourceType: 'image', Tags: tags },
                  { ResourceType: 'snapshot', Tags: tags },
                ],
              }),
            ),
          ).catch(async (err: unknown) => {
            // CreateImage has no idempotency token: a retry after a lost answer finds the
            // name taken, by the AMI the first request made. That one is this run's (its
            // name and run tag say so): carry on with it rather than fail and leak it.
            if (errorCode(err) === 'InvalidAMIName.Duplicate') {
              const run = plan.tags['worker-image-run']!;
              const [made] = await this.runImages(client, region, plan.imageName, run, ctx, true);
              if (made?.ImageId) {
                ctx.reporter.info(
                  `AMI ${plan.imageName} was made by this run's first request, whose answer was lost: ${made.ImageId}`,
                );
                return { ImageId: made.ImageId };
              }
            }
            if (refused(err)) ledger.release(pending);
            throw err;
          });
          const imageId = out.ImageId!;
          ledger.record(this.resource('image', `${region}/${imageId}`, 'image'));
          ledger.release(pending);
          amis.set(region, imageId);
          const deadline = new Deadline(`AMI ${plan.imageName}`, aws.timeouts.image);
          await waitForImages(
            this.client,
            [{ region, imageId }],
            `AMI ${plan.imageName}`,
            deadline,
            aws.pollInterval,
            ctx,
          );
        },
      },
      {
        name: `Terminate builder ${plan.builderName}`,
        run: async () => {
          // The AMI is made: a builder that will not terminate must not cost it. It stays in
          // the ledger, and cleanup (then the post step, then gc) tries again.
          const terminate = async (): Promise<void> => {
            try {
              await terminateBuilder(client, instanceId, ctx, { aws, wait: true, ours: true });
              if (builder) ledger.release(builder);
            } catch (err) {
              if (ctx.signal.aborted) throw err;
              ctx.reporter.warning(
                `could not terminate builder ${instanceId} yet (${(err as Error).message}); cleanup tries again`,
              );
            }
          };
          if (plan.targetRegions.length === 0) return terminate();
          // The copies need the AMI, not the builder's end: they start while it terminates,
          // and the copy step waits for both (as EC2 allows: CopyImage reads the AMI's
          // snapshots, which outlive the instance).
          terminating = terminate();
          terminating.catch(() => {});
        },
      },
      ...(plan.targetRegions.length > 0
        ? [
            {
              name: `Copy AMI ${plan.imageName} to ${plan.targetRegions.join(', ')}`,
              run: async () => {
                try {
                  await copy();
                } finally {
                  await terminating;
                }
              },
            },
          ]
        : []),
    ];

    const result = (): BakeResult => {
      const regions = [region, ...plan.targetRegions];
      // Packer's amazon-ebs artifact id: `region:ami` pairs, sorted, comma-separated.
      const artifactId = [...amis]
        .map(([r, id]) => `${r}:${id}`)
        .sort()
        .join(',');
      return {
        cloud: 'aws',
        imageName: plan.imageName,
        imageId: amis.get(region) ?? '',
        artifactId,
        version: plan.version,
        sourceImage: plan.sourceImageId,
        details: {
          region,
          regions: regions.join(','),
          amis: artifactId,
          encrypted: String(aws.encrypted),
        },
        timings: [],
      };
    };
    return { steps, result };
  }

  /**
   * Deletes what this run recorded. Everything in the ledger was made by this run, so NotFound
   * is EC2 not knowing it yet: retried within the visibility window, never taken for "gone".
   */
  async deleteResource(r: CreatedResource, opts: DeleteOptions): Promise<DeleteOutcome> {
    // Cleanup runs after a cancellation too: it must not inherit the aborted signal.
    const ctx: RunContext = {
      runId: '',
      reporter: opts.reporter,
      signal: new AbortController().signal,
    };
    const { aws } = this;
    const slash = r.id.indexOf('/');
    const region = r.id.slice(0, slash);
    const rest = r.id.slice(slash + 1);
    const client = await this.client(region);
    if (r.kind === 'image' && rest.startsWith(PENDING)) {
      const [run, ...parts] = rest.slice(PENDING.length).split('/');
      const name = parts.join('/');
      const copies = await this.runImages(client, region, name, run!, ctx, opts.wait);
      let done = copies.length > 0 || opts.wait;
      for (const image of copies) {
        const gone = await deleteImage(client, region, image.ImageId!, ctx, {
          aws,
          ours: true,
          wait: opts.wait,
        });
        done &&= gone;
      }
      // Cancelled, one look found nothing: the AMI may not be listed yet; post looks again.
      return done ? 'deleted' : 'requested';
    }
    const snapshotRecords = (ids: string[]): CreatedResource[] =>
      ids.map((id) => this.resource('snapshot', `${region}/${id}`, 'image'));
    if (r.kind === 'image') {
      // Once deregistered, the AMI is recorded as its snapshots: the post step then deletes
      // those, never looking for an AMI EC2 no longer knows (that would read "not visible yet").
      const gone = await deleteImage(client, region, rest, ctx, {
        aws,
        ours: true,
        wait: opts.wait,
        progress: (ids) => opts.progress?.(snapshotRecords(ids)),
      });
      return gone ? 'deleted' : 'requested';
    }
    if (r.kind === 'snapshot') {
      const gone = await deleteSnapshots(client, region, 'a deregistered AMI', [rest], ctx, {
        aws,
        ours: true,
        wait: opts.wait,
        progress: (ids) => opts.progress?.(snapshotRecords(ids)),
      });
      return gone ? 'deleted' : 'requested';
    }
    if (r.kind !== 'instance') throw new Error(`unknown aws resource kind ${r.kind}`);
    const ids = rest.startsWith(TOKEN)
      ? await instancesByToken(client, rest.slice(TOKEN.length), 'builder', ctx, aws, opts.wait)
      : [rest];
    for (const id of ids) {
      await terminateBuilder(client, id, ctx, { aws, wait: opts.wait, ours: true });
    }
    return opts.wait ? 'deleted' : 'requested';
  }

  /** What the AMI says about itself: the run link and commit fit in a description, not a name. */
  private description(config: WorkerImageConfig, plan: AwsPlan, ctx: RunContext): string {
    const provenance = [
      `version ${plan.version}`,
      `from ${plan.sourceImageId}`,
      ctx.commit ? `commit ${ctx.commit.slice(0, 12)}` : '',
      ctx.runUrl ? `run ${ctx.runUrl}` : '',
    ].filter(Boolean);
    const head = config.image.description ?? `${config.image.name} worker image`;
    return `${head} (${provenance.join(', ')}; built by worker-image)`.slice(0, 255);
  }

  /** The AMIs named `name` that run `run` made in `region` (see findMade for `wait`). */
  private runImages(
    client: EC2Client,
    region: string,
    name: string,
    run: string,
    ctx: RunContext,
    wait: boolean,
  ): Promise<Image[]> {
    return findMade(ctx, this.aws, `the AMI ${name} in ${region}`, wait, () =>
      listImages(client, `find the AMI ${name} in ${region}`, ctx, {
        Owners: ['self'],
        Filters: [
          { Name: 'name', Values: [name] },
          { Name: 'tag:worker-image-run', Values: [run] },
        ],
      }),
    );
  }

  /** An AMI of `plan` in `region` asked for and not yet answered (see PENDING). */
  private pendingImage(region: string, plan: AwsPlan): CreatedResource {
    return this.resource(
      'image',
      `${region}/${PENDING}${plan.tags['worker-image-run']}/${plan.imageName}`,
      'image',
    );
  }

  private resource(kind: string, id: string, role: CreatedResource['role']): CreatedResource {
    return { cloud: 'aws', kind, id, role, keep: role === 'image' ? 'on-success' : 'never' };
  }
}
