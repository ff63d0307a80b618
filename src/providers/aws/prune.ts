import {
  DescribeSnapshotsCommand,
  EnableImageDeprecationCommand,
  type EC2Client,
  type Image,
  type Snapshot,
} from '@aws-sdk/client-ec2';
import type { AwsConfig } from '../../config/types.js';
import type { PruneDecision } from '../../prune/decide.js';
import { PROTECT_LABEL, ROLE_LABEL, type PruneImage } from '../../prune/inventory.js';
import { lineageOf } from '../../prune/lineage.js';
import type { PruneProvider, RunContext } from '../provider.js';
import { call, regionalClients } from './clients.js';
import { deleteImage, deleteSnapshots } from './images.js';
import { allPages, listImages, PAGE_SIZE } from './pages.js';
import { dateOf } from '../../prune/age.js';

const FAILED_STATES = new Set(['failed', 'error', 'invalid']);

const VERSION_TAG = 'worker-image-version';
const MINUTE = 60_000;
/** The AMI a snapshot was made for, from the description EC2 gives it (CreateImage, CopyImage). */
const SNAPSHOT_OF = /(?:for|DestinationAmi) (ami-[0-9a-f]+)/;

/** One AMI name across regions: its AMI in each, and snapshots whose AMI is gone. */
interface AmiFamily {
  /** What the report shows: the AMI name, or `<AMI name> (snapshots)` for what a replaced AMI left. */
  name: string;
  ami: string;
  amis: { region: string; image: Image }[];
  leftovers: { region: string; snapshot: Snapshot }[];
}

const tagsOf = (tags: { Key?: string; Value?: string }[] | undefined): Record<string, string> =>
  Object.fromEntries((tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));

/**
 * EC2's side of prune. An image is one AMI name in the source region and every region it was
 * copied to. Deprecating calls EnableImageDeprecation in each (owners still list deprecated
 * AMIs; others no longer find them, https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-deprecate.html).
 * Deleting deregisters each copy, then the source, and deletes their snapshots (deregistering
 * alone leaves them billed), retrying InvalidSnapshot.InUse. A delete cut short leaves
 * snapshots tagged as worker-image's whose AMI is gone: the next inventory finds them and the
 * image, half-pruned, is finished.
 */
export class AwsPrune implements PruneProvider {
  readonly cloud = 'aws' as const;
  private readonly families = new Map<string, AmiFamily>();

  private readonly client: (region: string) => Promise<EC2Client>;

  constructor(
    private readonly aws: AwsConfig,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.client = regionalClients(aws.endpoint);
  }

  private get regions(): string[] {
    return [...new Set([this.aws.region, ...this.aws.targetRegions])];
  }

  async inventory(ctx: RunContext): Promise<PruneImage[]> {
    const base = this.aws.amiName;
    this.families.clear();
    const family = (name: string): AmiFamily => {
      let f = this.families.get(name);
      if (!f) this.families.set(name, (f = { name, ami: name, amis: [], leftovers: [] }));
      return f;
    };
    for (const region of this.regions) {
      const client = await this.client(region);
      const images = await listImages(client, `list AMIs named ${base}-* in ${region}`, ctx, {
        Owners: ['self'],
        Filters: [{ Name: 'name', Values: [`${base}-*`] }],
      });
      const live = images.filter((i) => i.State !== 'deregistered');
      for (const image of live) if (image.Name) family(image.Name).amis.push({ region, image });
      const ids = new Set(live.map((i) => i.ImageId));
      const snapshots = await allPages(ctx, `list image snapshots in ${region}`, async (token) => {
        const out = await client.send(
          new DescribeSnapshotsCommand({
            OwnerIds: ['self'],
            Filters: [{ Name: `tag:${ROLE_LABEL}`, Values: ['image'] }],
            MaxResults: PAGE_SIZE,
            ...(token ? { NextToken: token } : {}),
          }),
        );
        return { items: out.Snapshots ?? [], nextToken: out.NextToken };
      });
      for (const snapshot of snapshots) {
        const ami = SNAPSHOT_OF.exec(snapshot.Description ?? '')?.[1];
        const name = tagsOf(snapshot.Tags).Name;
        if (!ami || ids.has(ami) || !name?.startsWith(`${base}-`)) continue;
        family(name).leftovers.push({ region, snapshot });
      }
      ctx.reporter.info(
        `${region}: ${live.length} AMI(s) named ${base}-*, ` +
          `${snapshots.filter((s) => !ids.has(SNAPSHOT_OF.exec(s.Description ?? '')?.[1])).length} snapshot(s) left by deregistered ones`,
      );
    }
    // Snapshots left by an AMI whose name lives on in the source region (one replaced with
    // overwrite: true, say) are not that AMI's: they are pruned on their own.
    for (const f of [...this.families.values()]) {
      if (f.leftovers.length === 0 || !f.amis.some((a) => a.region === this.aws.region)) continue;
      const name = `${f.ami} (snapshots)`;
      this.families.set(name, { name, ami: f.ami, amis: [], leftovers: f.leftovers });
      f.leftovers = [];
    }
    return [...this.families.values()].flatMap((f) => this.toPrune(f));
  }

  async apply(decision: PruneDecision, ctx: RunContext): Promise<void> {
    const f = this.families.get(decision.image.name);
    if (!f) throw new Error(`internal: AMI ${decision.image.name} was not in the inventory`);
    if (decision.action === 'deprecate') {
      // "You can't specify a date in the past", and seconds are rounded to the minute.
      const at = new Date(Math.ceil(this.now().getTime() / MINUTE) * MINUTE + MINUTE);
      // A region deprecated by an earlier prune cut short keeps its time; one refused does
      // not stop the others, and the next prune deprecates what is left.
      const refused: string[] = [];
      await Promise.all(
        f.amis
          .filter((a) => !a.image.DeprecationTime)
          .map(async ({ region, image }) => {
            const client = await this.client(region);
            try {
              await call(ctx, `deprecate AMI ${image.ImageId} in ${region}`, () =>
                client.send(
                  new EnableImageDeprecationCommand({ ImageId: image.ImageId!, DeprecateAt: at }),
                ),
              );
            } catch (err) {
              refused.push(`${region} ${image.ImageId}: ${(err as Error).message}`);
            }
          }),
      );
      if (refused.length > 0) {
        throw new Error(`AMI ${decision.image.name} is not deprecated in ${refused.join('; ')}`);
      }
      return;
    }
    if (decision.action !== 'delete') return;
    // The copies together, then the source: while any copy is left, the source region
    // still names the image, so a prune cut short is found and finished by the next.
    const failures: string[] = [];
    const remove = async ({ region, image }: AmiFamily['amis'][number]): Promise<void> => {
      try {
        await deleteImage(await this.client(region), region, image.ImageId!, ctx, {
          aws: this.aws,
          ours: false,
        });
        ctx.reporter.info(`deregistered ${image.ImageId} in ${region} and deleted its snapshots`);
      } catch (err) {
        failures.push(`${region} ${image.ImageId}: ${(err as Error).message}`);
      }
    };
    await Promise.all(f.amis.filter((a) => a.region !== this.aws.region).map(remove));
    await Promise.all(f.amis.filter((a) => a.region === this.aws.region).map(remove));
    for (const region of new Set(f.leftovers.map((l) => l.region))) {
      const ids = f.leftovers.filter((l) => l.region === region).map((l) => l.snapshot.SnapshotId!);
      try {
        await deleteSnapshots(await this.client(region), region, decision.image.name, ids, ctx, {
          aws: this.aws,
          ours: false,
        });
        ctx.reporter.info(`deleted ${ids.length} snapshot(s) left in ${region}`);
      } catch (err) {
        failures.push(`${region} snapshots ${ids.join(', ')}: ${(err as Error).message}`);
      }
    }
    if (failures.length > 0) {
      throw new Error(
        `AMI ${decision.image.name} is half-pruned (the next prune finishes it): ${failures.join('; ')}`,
      );
    }
  }

  private toPrune(f: AmiFamily): PruneImage[] {
    const source = f.amis.find((a) => a.region === this.aws.region) ?? f.amis[0];
    const tags = source ? tagsOf(source.image.Tags) : tagsOf(f.leftovers[0]?.snapshot.Tags);
    const lineage = lineageOf(f.ami, this.aws.amiName, tags[VERSION_TAG]);
    if (!lineage) return [];
    const createdAt = dateOf(source?.image.CreationDate ?? f.leftovers[0]?.snapshot.StartTime);
    // Deprecated only once deprecated in every region, and since the last of them.
    const deprecations = f.amis.flatMap((a) => dateOf(a.image.DeprecationTime) ?? []);
    const deprecatedAt =
      f.amis.length > 0 && deprecations.length === f.amis.length
        ? deprecations.sort((a, b) => b.getTime() - a.getTime())[0]
        : undefined;
    // failed, error, invalid: EC2's states of an AMI that will never be available.
    const failed = f.amis.find((a) => FAILED_STATES.has(a.image.State ?? ''));
    const busy = f.amis.find((a) => a.image.State !== 'available');
    const partial = [
      ...(f.leftovers.length > 0
        ? [
            `${f.leftovers.length} snapshot(s) of deregistered AMIs left in ` +
              [...new Set(f.leftovers.map((l) => l.region))].join(', '),
          ]
        : []),
      ...(f.amis.length > 0 && !f.amis.some((a) => a.region === this.aws.region)
        ? [`deregistered in ${this.aws.region}, left in ${f.amis.map((a) => a.region).join(', ')}`]
        : []),
    ].join('; ');
    return [
      {
        cloud: 'aws',
        name: f.name,
        ...lineage,
        ...(createdAt ? { createdAt } : {}),
        // A scheduled deprecation counts from its time: prune schedules a minute ahead.
        deprecated: deprecatedAt !== undefined,
        ...(deprecatedAt ? { deprecatedAt } : {}),
        baked: tags[ROLE_LABEL] === 'image',
        protectedByLabel: tags[PROTECT_LABEL] !== undefined && tags[PROTECT_LABEL] !== 'false',
        ...(failed
          ? { failed: `AMI ${failed.image.State} in ${failed.region}` }
          : busy
            ? { busy: `AMI ${busy.image.State} in ${busy.region}` }
            : {}),
        ...(partial ? { partial } : {}),
        id: f.amis.map((a) => `${a.region}:${a.image.ImageId}`).join(',') || f.name,
      },
    ];
  }
}
