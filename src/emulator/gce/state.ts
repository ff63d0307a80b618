import type { ScriptOutcome } from '../vm/outcomes.js';
import type { GuestScript } from '../vm/script.js';
import type { SerialPort } from './serial-port.js';

export type DeprecationState = 'ACTIVE' | 'DEPRECATED' | 'OBSOLETE' | 'DELETED';

export interface Deprecation {
  state: DeprecationState;
  replacement?: string;
  deprecated?: string;
  obsolete?: string;
  deleted?: string;
}

/**
 * An IAM Condition (google.type.Expr) as a binding carries it: "a logical expression that
 * allows access to a resource only if the expression evaluates to true" (compute v1 Binding).
 */
export interface Condition {
  title: string;
  description?: string;
  expression: string;
  location?: string;
}

export interface Binding {
  role: string;
  members: string[];
  condition?: Condition;
}

export interface IamPolicy {
  version: number;
  etag: string;
  bindings: Binding[];
}

export interface ImageRecord {
  project: string;
  name: string;
  id: string;
  creationTimestamp: string;
  status: string;
  family?: string;
  description?: string;
  labels: Record<string, string>;
  /**
   * Set anew by every images.setLabels; absent: a hash of the labels. GCE's fingerprint "changes
   * after every request to modify or update labels" (Image.labelFingerprint, compute v1 reference).
   */
  labelFingerprint?: string;
  sourceDisk?: string;
  sourceDiskId?: string;
  /** The image it was copied from (images.insert with sourceImage). */
  sourceImage?: string;
  sourceImageId?: string;
  diskSizeGb: number;
  archiveSizeBytes: number;
  storageLocations: string[];
  /** GuestOsFeature types (guest-os-features.ts). */
  guestOsFeatures: string[];
  deprecated?: Deprecation;
  policy: IamPolicy;
  /** One of the stock images every emulator starts with (not listed as a leftover). */
  public: boolean;
}

export interface DiskRecord {
  project: string;
  zone: string;
  name: string;
  id: string;
  creationTimestamp: string;
  status: string;
  sizeGb: number;
  type: string;
  sourceImage?: string;
  sourceImageId?: string;
  /** Its source image's guest OS features, which an image made from it inherits. */
  guestOsFeatures: string[];
  labels: Record<string, string>;
  /** Key of the instance it is attached to. */
  user?: string;
  /** Images it may still be the source of now, and when that was counted (see images.ts). */
  imageAllowance?: { images: number; at: number };
}

export interface AttachedDisk {
  diskKey: string;
  deviceName: string;
  boot: boolean;
  autoDelete: boolean;
}

export interface MetadataItem {
  key: string;
  /** GCE takes an item without a value; it reads as empty. */
  value?: string;
}

export interface InstanceRecord {
  project: string;
  zone: string;
  name: string;
  id: string;
  creationTimestamp: string;
  status: string;
  /** The insert body: fields the emulator has no behaviour for are echoed back as given. */
  request: Record<string, unknown>;
  labels: Record<string, string>;
  /** Set anew by every setLabels, as an image's is; absent: a hash of the labels. */
  labelFingerprint?: string;
  metadata: MetadataItem[];
  /** Set anew by every setMetadata; absent: a hash of the items. */
  metadataFingerprint?: string;
  /** Its network tags (`tags.items`). */
  tags: string[];
  /** Set anew by every setTags; absent: a hash of the tags. */
  tagsFingerprint?: string;
  /** Deletion refused while set (insert's `deletionProtection`, setDeletionProtection). */
  deletionProtection: boolean;
  disks: AttachedDisk[];
  guestAttributes: Map<string, string>;
  serial: SerialPort;
  outcome: ScriptOutcome;
  /** What the stand-in for its script prints (Outcomes.outputFor). */
  output: string;
  /**
   * How the stand-ins of a verify script's checks end on it (Outcomes.checksFor), decided when
   * it is created, as its outcome is; read only when its startup script runs checks (a verifier
   * booted from a baked image).
   */
  checks: string;
  script?: GuestScript;
  /** Set once deletion began: pending lifecycle steps must not resurrect it. */
  deleting: boolean;
  lastStartTimestamp?: string;
  lastStopTimestamp?: string;
}

export const instanceKey = (project: string, zone: string, name: string): string =>
  `${project}/${zone}/${name}`;
export const imageKey = (project: string, name: string): string => `${project}/${name}`;

export class GceState {
  readonly instances = new Map<string, InstanceRecord>();
  readonly disks = new Map<string, DiskRecord>();
  readonly images = new Map<string, ImageRecord>();

  metadataValue(instance: InstanceRecord, key: string): string | undefined {
    const item = instance.metadata.find((i) => i.key === key);
    return item ? (item.value ?? '') : undefined;
  }

  /** GCE turns guest attributes on with the instance metadata key `enable-guest-attributes`. */
  guestAttributesEnabled(instance: InstanceRecord): boolean {
    return /^true$/i.test(this.metadataValue(instance, 'enable-guest-attributes') ?? '');
  }
}
export const diskKey = instanceKey;
