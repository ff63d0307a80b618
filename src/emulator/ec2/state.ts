import type { ScriptOutcome } from '../vm/outcomes.js';
import type { GuestScript } from '../vm/script.js';
import type { SerialPort } from '../gce/serial-port.js';

/** The account the emulator's callers act as (`Owners=self`). */
export const ACCOUNT_ID = '123456789012';

export type InstanceStateName =
  'pending' | 'running' | 'shutting-down' | 'terminated' | 'stopping' | 'stopped';

export const STATE_CODES: Record<InstanceStateName, number> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

/** An instance's EBS volume: its root, or one more its block device mapping made. */
export interface RootVolume {
  volumeId: string;
  deviceName: string;
  sizeGb: number;
  type: string;
  encrypted: boolean;
  kmsKeyId?: string;
  deleteOnTermination: boolean;
  /** RunInstances' `volume` tag specification, and CreateTags on the volume id. */
  tags: Record<string, string>;
  /** The snapshot it was made from: the source AMI's root snapshot. */
  snapshotId?: string;
  iops?: number;
  throughput?: number;
  /** CreateVolume's time for a volume it made; one made at launch has its instance's launch time. */
  createTime?: string;
  /** AttachVolume's time; one attached at launch has its instance's launch time. */
  attachTime?: string;
  /** An attachment on its way (AttachVolume, DetachVolume); absent once `attached`. */
  attachState?: 'attaching' | 'detaching';
}

export type EbsVolume = RootVolume;

/**
 * A volume attached to no live instance: made by CreateVolume, detached by DetachVolume, or kept
 * (DeleteOnTermination false) when its instance terminated.
 */
export interface DetachedVolume {
  volume: EbsVolume;
  availabilityZone: string;
  createTime: string;
  state: 'creating' | 'available' | 'deleting';
}

/** One non-root entry of an AMI's block device mapping. */
export interface ImageDevice {
  deviceName: string;
  /** An EBS volume to make at launch; without a snapshot it starts empty. */
  ebs?: {
    snapshotId?: string;
    sizeGb: number;
    type: string;
    encrypted: boolean;
    kmsKeyId?: string;
    deleteOnTermination: boolean;
    iops?: number;
    throughput?: number;
  };
  /** An instance store volume (`ephemeralN`). */
  virtualName?: string;
}

export interface InstanceRecord {
  region: string;
  id: string;
  reservationId: string;
  imageId: string;
  instanceType: string;
  state: InstanceStateName;
  stateReason?: { code: string; message: string };
  stateTransitionReason: string;
  launchTime: string;
  tags: Record<string, string>;
  userData?: string;
  httpTokens: 'optional' | 'required';
  shutdownBehavior: 'stop' | 'terminate';
  subnetId?: string;
  securityGroupIds: string[];
  vpcId?: string;
  /** Attributes ModifyInstanceAttribute set that nothing else reads (`enaSupport`...). */
  attributes: Record<string, string>;
  iamInstanceProfile?: string;
  clientToken?: string;
  /** RunInstances' KeyName. */
  keyName?: string;
  root: RootVolume;
  /** DetachVolume took its root volume away (a stopped instance); AttachVolume at the root device gives it one. */
  rootDetached?: boolean;
  /** The EBS volumes besides the root its block device mapping attached at launch. */
  volumes: EbsVolume[];
  console: SerialPort;
  /** What GetConsoleOutput without `Latest` returns: the console as posted at the last state change. */
  postedConsole: string;
  /** Until then EC2 answers InvalidInstanceID.NotFound for it (eventual consistency). */
  visibleAt: number;
  outcome: ScriptOutcome;
  /** What the stand-in for its script prints (Outcomes.outputFor). */
  output: string;
  /**
   * How the stand-ins of a verify script's checks end on it (Outcomes.checksFor), decided at
   * launch; read only when its user data runs checks (a verifier booted from a baked AMI).
   */
  checks: string;
  script?: GuestScript;
  /** When it reached `terminated` (terminated instances stay visible for a while, as on EC2). */
  terminatedAt?: number;
  /** When it last reached `running` (its status checks initialize from then). */
  runningSince?: number;
}

export interface LaunchPermission {
  userId?: string;
  group?: string;
  organizationArn?: string;
  organizationalUnitArn?: string;
}

export interface ImageRecord {
  region: string;
  id: string;
  name: string;
  description?: string;
  ownerId: string;
  ownerAlias?: string;
  state: 'pending' | 'available' | 'failed' | 'deregistered';
  stateReason?: { code: string; message: string };
  creationDate: string;
  architecture: string;
  rootDeviceName: string;
  /** Every snapshot of its block device mapping, the root's first. */
  snapshotIds: string[];
  /** Its block device mapping besides the root device (none when absent). */
  devices?: ImageDevice[];
  /** The instance CreateImage made it from. */
  sourceInstanceId?: string;
  volumeSizeGb: number;
  volumeType: string;
  encrypted: boolean;
  kmsKeyId?: string;
  /**
   * Its root mapping's DeleteOnTermination when CreateImage's BlockDeviceMapping set it (true
   * when absent); a launch's root volume takes it unless RunInstances sets its own.
   */
  rootDeleteOnTermination?: boolean;
  tags: Record<string, string>;
  launchPermissions: LaunchPermission[];
  /** Source of a copy: `us-east-1/ami-…`. */
  sourceImage?: string;
  /** A stock image every region starts with (not listed as a leftover). */
  stock: boolean;
  /** Until then EC2 answers InvalidAMIID.NotFound for it (eventual consistency). */
  visibleAt?: number;
  /** Deregistered: DescribeImages still lists it until then. */
  listedUntil?: number;
  /** Deregistered: its snapshots answer InvalidSnapshot.InUse until then. */
  snapshotsInUseUntil?: number;
  /** ModifyImageAttribute's `imdsSupport` (v2.0 once set; it cannot be unset). */
  imdsSupport?: 'v2.0';
  /** EnableImageDeprecation's time (whole minutes, ISO 8601); from then on it is deprecated. */
  deprecationTime?: string;
}

export interface SnapshotRecord {
  region: string;
  id: string;
  /** The volume CreateImage took it from (none for copies and seeded ones). */
  volumeId?: string;
  volumeSizeGb: number;
  state: 'pending' | 'completed' | 'error';
  progress: string;
  startTime: string;
  description: string;
  ownerId: string;
  encrypted: boolean;
  kmsKeyId?: string;
  tags: Record<string, string>;
  stock: boolean;
  /** ModifySnapshotAttribute's `createVolumePermission`: accounts (or `all`) that may use it. */
  createVolumePermissions?: { userId?: string; group?: string }[];
}

/** One rule of a security group: a protocol and port range from CIDR blocks or other groups. */
export interface IpPermission {
  /** `tcp`, `udp`, `icmp`, a protocol number, or `-1` (all). */
  protocol: string;
  fromPort?: number;
  toPort?: number;
  cidrs: string[];
  groupIds: string[];
}

export interface SecurityGroupRecord {
  region: string;
  id: string;
  name: string;
  description: string;
  vpcId: string;
  tags: Record<string, string>;
  ingress: IpPermission[];
  egress: IpPermission[];
  /** The VPC's `default` group, which EC2 refuses to delete. */
  isDefault: boolean;
  /** Until then EC2 answers InvalidGroup.NotFound for it (eventual consistency). */
  visibleAt?: number;
}

export interface KeyPairRecord {
  id: string;
  name: string;
  type: 'rsa' | 'ed25519';
  fingerprint: string;
  createTime: string;
  tags: Record<string, string>;
}

/** A VPC or subnet of the region's default VPC (the only network the emulator has). */
export interface SubnetRecord {
  id: string;
  vpcId: string;
  availabilityZone: string;
  cidrBlock: string;
}

export interface VpcRecord {
  id: string;
  cidrBlock: string;
  dhcpOptionsId: string;
}

/** One region's resources: EC2 state is regional, and one endpoint serves every region. */
export class RegionState {
  readonly instances = new Map<string, InstanceRecord>();
  readonly images = new Map<string, ImageRecord>();
  readonly snapshots = new Map<string, SnapshotRecord>();
  /** The volumes attached to no live instance; attached ones are their instance's. */
  readonly volumes = new Map<string, DetachedVolume>();
  readonly securityGroups = new Map<string, SecurityGroupRecord>();
  /** By name: key pair names are unique per region. */
  readonly keyPairs = new Map<string, KeyPairRecord>();
  /** The default VPC and its subnets, one per availability zone (seeded with the region). */
  readonly vpcs = new Map<string, VpcRecord>();
  readonly subnets = new Map<string, SubnetRecord>();
  /** ClientToken → what the first call made and the parameters it was made with. */
  readonly tokens = new Map<string, { fingerprint: string; result: string }>();

  constructor(readonly region: string) {}
}

export class Ec2State {
  readonly regions = new Map<string, RegionState>();

  constructor(private readonly onNewRegion: (r: RegionState) => void) {}

  region(name: string): RegionState {
    let r = this.regions.get(name);
    if (!r) {
      r = new RegionState(name);
      this.regions.set(name, r);
      this.onNewRegion(r);
    }
    return r;
  }
}

export { defaultEbsKey } from './kms.js';
