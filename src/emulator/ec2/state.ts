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

export interface RootVolume {
  volumeId: string;
  deviceName: string;
  sizeGb: number;
  type: string;
  encrypted: boolean;
  kmsKeyId?: string;
  deleteOnTermination: boolean;
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
  iamInstanceProfile?: string;
  clientToken?: string;
  root: RootVolume;
  console: SerialPort;
  /** What GetConsoleOutput without `Latest` returns: the console as posted at the last state change. */
  postedConsole: string;
  /** Until then EC2 answers InvalidInstanceID.NotFound for it (eventual consistency). */
  visibleAt: number;
  outcome: ScriptOutcome;
  script?: GuestScript;
  /** When it reached `terminated` (terminated instances stay visible for a while, as on EC2). */
  terminatedAt?: number;
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
  snapshotIds: string[];
  volumeSizeGb: number;
  volumeType: string;
  encrypted: boolean;
  kmsKeyId?: string;
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
}

export interface SnapshotRecord {
  region: string;
  id: string;
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
}

/** One region's resources: EC2 state is regional, and one endpoint serves every region. */
export class RegionState {
  readonly instances = new Map<string, InstanceRecord>();
  readonly images = new Map<string, ImageRecord>();
  readonly snapshots = new Map<string, SnapshotRecord>();
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
