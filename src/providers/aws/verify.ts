import { DescribeImagesCommand, RunInstancesCommand, type EC2Client } from '@aws-sdk/client-ec2';
import type { AwsConfig, WorkerImageConfig } from '../../config/types.js';
import type { CreatedResource, ResourceLedger } from '../../steps/resources.js';
import type { DeleteOptions, DeleteOutcome, Step } from '../../steps/runner.js';
import { Deadline } from '../../wait/deadline.js';
import type {
  RunContext,
  VerifyObservation,
  VerifyProvider,
  VerifyRequest,
  VerifyTarget,
} from '../provider.js';
import { call, refused, regionalClients } from './clients.js';
import { dataDevicesOf, type EbsDevice } from './devices.js';
import {
  launchAmi,
  type RegionalAmi,
  verifierName,
  verifierRequest,
  verifierToken,
  verifyUserData,
} from './verify-instance.js';
import { markAmis } from './verify-mark.js';
import { instancesByToken, terminateBuilder } from './cleanup.js';
import { VerifierWatch } from './verify-watch.js';
import { visibilityDeadline, whenVisible } from './visibility.js';

/** A verifier recorded before RunInstances answers is known by its idempotency token. */
const TOKEN = 'client-token/';

/**
 * The AMI's root device name, read before the launch: a just-copied AMI may not be visible yet
 * (eventual consistency), and one that is not available fails here with its state.
 */
async function devicesOf(
  client: EC2Client,
  ami: RegionalAmi,
  aws: AwsConfig,
  ctx: RunContext,
): Promise<{ rootDeviceName: string; dataDevices: EbsDevice[] }> {
  const what = `AMI ${ami.imageId} in ${ami.region}`;
  const out = await whenVisible(ctx, `read ${what}`, visibilityDeadline(aws, what), () =>
    client.send(new DescribeImagesCommand({ ImageIds: [ami.imageId] })),
  );
  const image = out.Images?.[0];
  if (!image) throw new Error(`${what} is not listed: nothing to verify`);
  if (image.State !== 'available') {
    const reason = image.StateReason?.Message ? ` (${image.StateReason.Message})` : '';
    throw new Error(`${what} is ${image.State}${reason}, not available: it cannot be verified`);
  }
  if (!image.RootDeviceName) throw new Error(`${what} names no root device`);
  return { rootDeviceName: image.RootDeviceName, dataDevices: dataDevicesOf(image) };
}

/**
 * Verification on AWS: one EC2 instance launched from the AMI with the verify script as user
 * data, followed through its state (until running) and its live console (GetConsoleOutput
 * Latest=true, Nitro instance types), where the script's nonce'd lines report ready and each
 * check. The instance is in the ledger (by its client token, then its id) before RunInstances
 * is sent, so runSteps terminates it whatever happens.
 */
export class AwsVerifier implements VerifyProvider {
  readonly cloud = 'aws' as const;
  private readonly client: (region: string) => Promise<EC2Client>;

  constructor(private readonly aws: AwsConfig) {
    this.client = regionalClients(aws.endpoint);
  }

  verifySteps(
    _config: WorkerImageConfig,
    request: VerifyRequest,
    ctx: RunContext,
    ledger: ResourceLedger,
  ): { steps: Step[]; observation: () => VerifyObservation } {
    const { aws } = this;
    const ami = launchAmi(request.target, aws.region);
    const name = verifierName(request.target.imageName, ctx.runId);
    const instanceType = request.vmType ?? aws.instanceType;
    // Brisk until ready (the time to ready is measured by the poll that sees it), then calmer.
    const interval = Math.min(aws.pollInterval, 1000);
    let createdAt = 0;
    let instanceId = '';
    let readyDeadline!: Deadline;
    let watch: VerifierWatch | undefined;

    const steps: Step[] = [
      {
        name: `Launch verifier ${name} (${instanceType}) from ${ami.imageId} in ${ami.region}`,
        run: async () => {
          const client = await this.client(ami.region);
          const { rootDeviceName, dataDevices } = await devicesOf(client, ami, aws, ctx);
          const token = verifierToken(ctx.runId, ami);
          const input = verifierRequest(aws, {
            rootDeviceName,
            dataDevices,
            ami,
            name,
            instanceType,
            userDataBase64: verifyUserData(request.script({ guestAttributes: false })),
            clientToken: token,
            labels: request.labels,
          });
          // Recorded before the call: if its answer is lost, cleanup finds it by the token.
          const pending = this.resource(`${ami.region}/${TOKEN}${token}`);
          ledger.record(pending);
          createdAt = Date.now();
          readyDeadline = new Deadline(
            `the wait for verifier ${name}'s ready report`,
            request.readyLimitMs,
          );
          const out = await call(ctx, 'launch the verifier', () =>
            client.send(new RunInstancesCommand(input)),
          ).catch((err: unknown) => {
            if (refused(err)) ledger.release(pending);
            throw err;
          });
          instanceId = out.Instances?.[0]?.InstanceId ?? '';
          if (!instanceId) throw new Error('RunInstances returned no instance id');
          ledger.record(this.resource(`${ami.region}/${instanceId}`));
          ledger.release(pending);
          watch = new VerifierWatch(
            {
              client,
              instanceId,
              instanceType,
              nonce: request.nonce,
              checkCount: request.checkCount,
              createdAt,
              interval,
              maxInterval: Math.max(interval, aws.pollInterval),
            },
            ctx,
          );
          ctx.reporter.info(`verifier ${instanceId} launched in ${ami.region}`);
        },
      },
      {
        name: `Wait for verifier ${name} to be ready`,
        run: () => watch!.waitReady(readyDeadline),
      },
      {
        name: `Run ${request.checkCount} check(s) on verifier ${name}`,
        run: async () => {
          const deadline = new Deadline(
            `the wait for the checks on verifier ${name}`,
            Math.max(0, request.checksLimitMs - (Date.now() - watch!.readyAt!)),
          );
          await watch!.waitDone(deadline);
          const failed = watch!.progress.failed ?? 0;
          ctx.reporter.info(
            failed === 0
              ? `all ${request.checkCount} check(s) passed on ${instanceId}`
              : `${failed} of ${request.checkCount} check(s) failed on ${instanceId}\n${watch!.formatTail()}`,
          );
        },
      },
    ];

    const observation = (): VerifyObservation => ({
      vm: instanceId || name,
      createdAt,
      ...(watch?.runningAt !== undefined ? { runningAt: watch.runningAt } : {}),
      ...(watch?.readyAt !== undefined ? { readyAt: watch.readyAt } : {}),
      progress: watch?.progress ?? { checks: [] },
      logTail: watch ? [...watch.tail] : [],
    });
    return { steps, observation };
  }

  markVerification(target: VerifyTarget, verified: boolean, ctx: RunContext): Promise<void> {
    return markAmis(this.client, this.aws, target, verified, ctx);
  }

  /**
   * Terminates a verifier this run recorded. It was made by this run, so NotFound is EC2 not
   * knowing it yet: retried within the visibility window, never taken for "gone".
   */
  deleteResource = async (r: CreatedResource, opts: DeleteOptions): Promise<DeleteOutcome> => {
    if (r.kind !== 'instance') throw new Error(`unknown aws verify resource kind ${r.kind}`);
    // Cleanup runs after a cancellation too: it must not inherit the aborted signal.
    const ctx: RunContext = {
      runId: '',
      reporter: opts.reporter,
      signal: new AbortController().signal,
    };
    const slash = r.id.indexOf('/');
    const region = r.id.slice(0, slash);
    const rest = r.id.slice(slash + 1);
    const client = await this.client(region);
    const ids = rest.startsWith(TOKEN)
      ? await instancesByToken(
          client,
          rest.slice(TOKEN.length),
          'verifier',
          ctx,
          this.aws,
          opts.wait,
        )
      : [rest];
    for (const id of ids) {
      await terminateBuilder(client, id, ctx, {
        aws: this.aws,
        wait: opts.wait,
        ours: true,
        role: 'verifier',
      });
    }
    return opts.wait ? 'deleted' : 'requested';
  };

  private resource(id: string): CreatedResource {
    return { cloud: 'aws', kind: 'instance', id, role: 'verifier', keep: 'never' };
  }
}
