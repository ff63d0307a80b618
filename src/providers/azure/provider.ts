import type { AzureConfig, WorkerImageConfig } from '../../config/types.js';
import { labelValue } from '../../naming/labels.js';
import type { Reporter } from '../../log/reporter.js';
import type { CreatedResource, ResourceLedger } from '../../steps/resources.js';
import type { DeleteOptions, Step } from '../../steps/runner.js';
import { Deadline } from '../../wait/deadline.js';
import { wrapScript } from '../../wrapper/wrapper.js';
import type { BakePlan, BakeProvider, BakeResult, RunContext } from '../provider.js';
import { builderVm } from './builder.js';
import { createClients, isNotFound, type ArmClients } from './clients.js';
import { azureCredential } from './credential.js';
import { deprovisionAndPowerOff } from './deprovision.js';
import { ensureGallery, versionBody } from './gallery.js';
import { untilDone } from './lro.js';
import { createTemporaryNetwork } from './network.js';
import { planAzure, type AzurePlan } from './plan.js';
import { waitForReplication, type ReplicationSummary } from './replication.js';
import { outputTail, runShellScript } from './run-command.js';

/**
 * The Azure bake, in the order of the hand-run procedure it replaces: temporary resource
 * group → network and builder → provisioning script (run-command) → deprovision (detached:
 * the builder powers itself off) → deallocate → generalize → gallery version, replicated →
 * temporary resource group deleted.
 */
export class AzureProvider implements BakeProvider {
  readonly cloud = 'azure' as const;
  private clients?: Promise<ArmClients>;

  constructor(private readonly azure: AzureConfig) {}

  arm(reporter: Reporter): Promise<ArmClients> {
    this.clients ??= azureCredential(this.azure, reporter).then((c) =>
      createClients(this.azure, c),
    );
    return this.clients;
  }

  async plan(config: WorkerImageConfig, ctx: RunContext): Promise<AzurePlan> {
    return planAzure(config, this.azure, await this.arm(ctx.reporter), ctx);
  }

  bakeSteps(
    _config: WorkerImageConfig,
    basePlan: BakePlan,
    script: string,
    ctx: RunContext,
    ledger: ResourceLedger,
  ): { steps: Step[]; result: () => BakeResult } {
    const plan = basePlan as AzurePlan;
    const { azure } = this;
    const t = plan.temporary;
    const wctx = { ...ctx, pollInterval: azure.pollInterval };
    const sub = `/subscriptions/${azure.subscriptionId}`;
    const nonce = labelValue(ctx.runId);
    const op = (what: string): Deadline => new Deadline(what, azure.timeouts.operation);
    let clients!: ArmClients;
    let vmId = '';
    let builderDeadline!: Deadline;
    let provisioningOutput = '';
    let replication: ReplicationSummary | undefined;

    const steps: Step[] = [
      {
        name: `Create temporary resource group ${t.resourceGroup}`,
        run: async () => {
          clients = await this.arm(ctx.reporter);
          ledger.record(
            this.resource('resourceGroup', `${sub}/resourceGroups/${t.resourceGroup}`, 'builder'),
          );
          await clients.resources.resourceGroups.createOrUpdate(
            t.resourceGroup,
            {
              location: azure.location,
              // ARM keeps no creation time for groups: gc reads this one to tell a leak's age.
              tags: {
                ...plan.tags,
                'worker-image-role': 'builder',
                'worker-image-created': new Date().toISOString(),
              },
            },
            // A throttled call sleeps out Retry-After: cancellation must not wait for it.
            { abortSignal: ctx.signal },
          );
        },
      },
      {
        name: `Create builder ${t.vm} (${azure.vmSize}) from ${plan.sourceImage}`,
        run: async () => {
          builderDeadline = new Deadline(`builder ${t.vm}`, azure.timeouts.builder);
          const tags = { ...plan.tags, 'worker-image-role': 'builder' };
          const nicId = await createTemporaryNetwork(clients, azure, azure.location, t, tags, wctx);
          const vm = await untilDone(
            (poll) =>
              clients.compute.virtualMachines.createOrUpdate(
                t.resourceGroup,
                t.vm,
                builderVm(azure, plan, nicId),
                poll,
              ),
            builderDeadline,
            wctx,
            `creating builder ${t.vm}`,
          );
          vmId =
            vm.id ??
            `${sub}/resourceGroups/${t.resourceGroup}/providers/Microsoft.Compute/virtualMachines/${t.vm}`;
        },
      },
      {
        name: `Run the provisioning script on ${t.vm}`,
        run: async () => {
          const wrapped = wrapScript(script, {
            nonce,
            guestAttributes: false,
            powerOff: false,
            once: true,
          });
          const { exitCode, output } = await runShellScript(
            clients,
            { resourceGroup: t.resourceGroup, vm: t.vm },
            wrapped,
            nonce,
            builderDeadline,
            wctx,
          );
          for (const line of output.split('\n')) ctx.reporter.info(line);
          provisioningOutput = output;
          if (exitCode === undefined) {
            throw new Error(
              `the provisioning script on builder ${t.vm} reported no exit status (run-command ` +
                `ended without the wrapper's marker); no image was created\n${outputTail(output)}`,
            );
          }
          if (exitCode !== 0) {
            throw new Error(
              `the provisioning script failed with exit status ${exitCode} on builder ${t.vm} ` +
                `(template ${plan.template}); no image was created\n${outputTail(output)}`,
            );
          }
        },
      },
      {
        name: `Deprovision, deallocate and generalize ${t.vm}`,
        run: async () => {
          await deprovisionAndPowerOff(
            clients,
            { resourceGroup: t.resourceGroup, vm: t.vm },
            op(`deprovisioning ${t.vm}`),
            wctx,
            provisioningOutput,
          );
          await untilDone(
            (poll) => clients.compute.virtualMachines.deallocate(t.resourceGroup, t.vm, poll),
            op(`deallocating ${t.vm}`),
            wctx,
          );
          await clients.compute.virtualMachines.generalize(t.resourceGroup, t.vm, {
            abortSignal: ctx.signal,
          });
        },
      },
      {
        name: `Stage gallery ${plan.gallery} and definition ${plan.definition}`,
        run: () =>
          untilDone(
            (poll) => ensureGallery(clients, azure, plan, ctx, poll),
            op(`staging gallery ${plan.gallery}`),
            wctx,
          ),
      },
      ...(plan.replaces
        ? [
            {
              name: `Delete the existing version ${plan.version} (overwrite: true)`,
              run: () =>
                untilDone(
                  (poll) =>
                    clients.compute.galleryImageVersions.delete(
                      plan.resourceGroup,
                      plan.gallery,
                      plan.definition,
                      plan.version,
                      poll,
                    ),
                  op(`deleting version ${plan.version}`),
                  wctx,
                ),
            },
          ]
        : []),
      {
        name: `Create gallery version ${plan.definition} ${plan.version} and replicate`,
        run: async () => {
          ledger.record(this.resource('galleryImageVersion', plan.versionId, 'image'));
          const deadline = new Deadline(
            `replication of ${plan.definition} ${plan.version}`,
            azure.timeouts.replication,
          );
          const ref = {
            resourceGroup: plan.resourceGroup,
            gallery: plan.gallery,
            definition: plan.definition,
            version: plan.version,
          };
          const poller = clients.compute.galleryImageVersions.createOrUpdate(
            ref.resourceGroup,
            ref.gallery,
            ref.definition,
            ref.version,
            versionBody(azure, plan, vmId),
            { updateIntervalInMs: azure.pollInterval, abortSignal: ctx.signal },
          );
          // Our own wait reads per-region progress; the SDK's poller would only say "not yet".
          await untilDone(() => poller.submitted(), op(`creating version ${plan.version}`), wctx);
          replication = await waitForReplication(clients, ref, deadline, wctx, poller);
        },
      },
    ];

    const result = (): BakeResult => ({
      cloud: 'azure',
      imageName: `${plan.definition}/${plan.version}`,
      imageId: plan.versionId,
      artifactId: plan.versionId,
      version: plan.version,
      sourceImage: plan.sourceImage,
      details: {
        subscription_id: azure.subscriptionId,
        resource_group: plan.resourceGroup,
        gallery: plan.gallery,
        definition: plan.definition,
        location: azure.location,
        regions: plan.targetRegions.map((r) => `${r.name}=${r.replicas}`).join(','),
        ...(replication ? { replication: replication.aggregatedState } : {}),
      },
      timings: [],
    });
    return { steps, result };
  }

  async deleteResource(r: CreatedResource, opts: DeleteOptions): Promise<void> {
    const clients = await this.arm(opts.reporter);
    const ctx = {
      runId: '',
      reporter: opts.reporter,
      signal: new AbortController().signal,
      pollInterval: this.azure.pollInterval,
    };
    const parts = r.id.split('/');
    const deadline = new Deadline(
      `deleting ${r.kind} ${parts.at(-1)}`,
      this.azure.timeouts.operation,
    );
    try {
      if (r.kind === 'resourceGroup') {
        // The request and its first poll inside untilDone: an operation that has failed by
        // then is reported like one that fails later (`deleting resourceGroup X failed: CODE`).
        if (opts.wait) {
          await untilDone(
            async (poll) =>
              (await clients.resources.resourceGroups.beginDelete(parts[4]!, poll)).pollUntilDone(),
            deadline,
            ctx,
          );
        } else {
          await clients.resources.resourceGroups.beginDelete(parts[4]!, {
            updateIntervalInMs: this.azure.pollInterval,
          });
        }
      } else if (r.kind === 'galleryImageVersion') {
        // /subscriptions/S/resourceGroups/RG/providers/Microsoft.Compute/galleries/G/images/D/versions/V
        const poller = clients.compute.galleryImageVersions.delete(
          parts[4]!,
          parts[8]!,
          parts[10]!,
          parts[12]!,
        );
        if (opts.wait) await untilDone(() => poller, deadline, ctx);
        else await poller.submitted();
      } else {
        throw new Error(`unknown azure resource kind ${r.kind}`);
      }
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }

  private resource(kind: string, id: string, role: CreatedResource['role']): CreatedResource {
    return { cloud: 'azure', kind, id, role, keep: role === 'image' ? 'on-success' : 'never' };
  }
}
