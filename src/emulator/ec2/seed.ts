import type { Ec2Context } from './context.js';
import { Ec2Error } from './errors.js';
import { newId, stableId, timestamp } from './ids.js';
import {
  ACCOUNT_ID,
  defaultEbsKey,
  type ImageRecord,
  type RegionState,
  type SnapshotRecord,
} from './state.js';

/** An AMI that exists before a test starts: earlier versions, or an encrypted one to share. */
export interface SeedAmi {
  region: string;
  name: string;
  /** The account's own (default), or another account id (a stock image). */
  ownerId?: string;
  /** `available` when absent. */
  state?: 'available' | 'pending' | 'failed';
  tags?: Record<string, string>;
  /** Encrypted snapshots; with no `kmsKeyId` the AWS-managed `alias/aws/ebs` key of the region. */
  encrypted?: boolean;
  kmsKeyId?: string;
  creationDate?: string;
  description?: string;
  sizeGb?: number;
  /** Launchable by everyone (`Group=all`). */
  public?: boolean;
  /** Deprecated from then on (as EnableImageDeprecation sets it), e.g. in the past for an old one. */
  deprecationTime?: string;
  /**
   * Tags of its snapshot. Absent: none; worker-image's own AMIs tag theirs as the AMI
   * (CreateImage and CopyImage TagSpecifications).
   */
  snapshotTags?: Record<string, string>;
}

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;

export function checkRegionName(region: string): string {
  if (!REGION.test(region)) {
    throw new Ec2Error('InvalidRegion', `"${region}" is not an AWS region such as us-east-1`);
  }
  return region;
}

function addImage(
  region: RegionState,
  seed: Omit<
    ImageRecord,
    'region' | 'snapshotIds' | 'rootDeviceName' | 'architecture' | 'volumeType'
  > & {
    rootDeviceName?: string;
  },
  snapshotTags: Record<string, string> = {},
): ImageRecord {
  const snapshot: SnapshotRecord = {
    region: region.region,
    id: seed.stock ? stableId('snap', `${region.region}/${seed.name}`) : newId('snap'),
    volumeSizeGb: seed.volumeSizeGb,
    state: seed.state === 'available' ? 'completed' : 'pending',
    progress: seed.state === 'available' ? '100%' : '0%',
    startTime: seed.creationDate,
    description: `Created by CreateImage for ${seed.id}`,
    ownerId: seed.ownerId,
    encrypted: seed.encrypted,
    ...(seed.kmsKeyId ? { kmsKeyId: seed.kmsKeyId } : {}),
    tags: { ...snapshotTags },
    stock: seed.stock,
  };
  const img: ImageRecord = {
    ...seed,
    region: region.region,
    rootDeviceName: seed.rootDeviceName ?? '/dev/sda1',
    architecture: 'x86_64',
    volumeType: 'gp3',
    snapshotIds: [snapshot.id],
  };
  region.snapshots.set(snapshot.id, snapshot);
  region.images.set(img.id, img);
  return img;
}

export function seedAmi(ctx: Ec2Context, seed: SeedAmi): ImageRecord {
  if (typeof seed?.name !== 'string' || typeof seed.region !== 'string') {
    throw new TypeError('an AMI seed needs region and name');
  }
  const region = ctx.state.region(checkRegionName(seed.region));
  const state = seed.state ?? 'available';
  if (!['available', 'pending', 'failed'].includes(state)) {
    throw new TypeError('seed.state must be available, pending or failed');
  }
  const created = seed.creationDate ?? timestamp();
  if (Number.isNaN(Date.parse(created))) throw new TypeError('seed.creationDate must be ISO 8601');
  const encrypted = seed.encrypted ?? seed.kmsKeyId !== undefined;
  const id = newId('ami');
  return addImage(
    region,
    {
      id,
      name: seed.name,
      ...(seed.description ? { description: seed.description } : {}),
      ownerId: seed.ownerId ?? ACCOUNT_ID,
      state,
      creationDate: created,
      volumeSizeGb: seed.sizeGb ?? 8,
      encrypted,
      ...(encrypted ? { kmsKeyId: seed.kmsKeyId ?? defaultEbsKey(region.region) } : {}),
      tags: { ...seed.tags },
      launchPermissions: seed.public ? [{ group: 'all' }] : [],
      stock: false,
      ...(seed.deprecationTime ? { deprecationTime: seed.deprecationTime } : {}),
    },
    seed.snapshotTags,
  );
}

/** The stock AMIs every region has: Canonical's Ubuntu (two releases of jammy) and Amazon Linux. */
const STOCK = [
  {
    ownerId: '099720109477',
    name: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240801',
    date: '2024-08-01T09:00:00.000Z',
  },
  {
    ownerId: '099720109477',
    name: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20241002',
    date: '2024-10-02T09:00:00.000Z',
  },
  {
    ownerId: '099720109477',
    name: 'ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20241004',
    date: '2024-10-04T09:00:00.000Z',
  },
  {
    ownerId: '137112412989',
    ownerAlias: 'amazon',
    name: 'al2023-ami-2023.5.20241001.1-kernel-6.1-x86_64',
    date: '2024-10-01T09:00:00.000Z',
    root: '/dev/xvda',
  },
];

export function seedStockImages(region: RegionState): void {
  for (const s of STOCK) {
    addImage(region, {
      id: stableId('ami', `${region.region}/${s.name}`),
      name: s.name,
      ownerId: s.ownerId,
      ...(s.ownerAlias ? { ownerAlias: s.ownerAlias } : {}),
      state: 'available',
      creationDate: s.date,
      volumeSizeGb: 8,
      encrypted: false,
      tags: {},
      launchPermissions: [{ group: 'all' }],
      stock: true,
      ...(s.root ? { rootDeviceName: s.root } : {}),
    });
  }
}
