import type { ScriptOutcome } from '../vm/outcomes.js';
import type { GuestScript } from '../vm/script.js';
import type { VmGuest } from './guest.js';
import { idKey } from './ids.js';
import type { AsyncOperation } from './operations.js';

export type AzureKind =
  | 'resourceGroup'
  | 'virtualMachine'
  | 'networkInterface'
  | 'virtualNetwork'
  | 'networkSecurityGroup'
  | 'publicIPAddress'
  | 'disk'
  | 'gallery'
  | 'galleryImage'
  | 'galleryImageVersion'
  | 'userAssignedIdentity';

export type ProvisioningState = 'Creating' | 'Updating' | 'Succeeded' | 'Failed' | 'Deleting';

export interface ResourceGroupRecord {
  id: string;
  subscriptionId: string;
  name: string;
  location: string;
  tags: Record<string, string>;
  managedBy?: string;
  provisioningState: 'Succeeded' | 'Deleting';
}

export type PowerState =
  'starting' | 'running' | 'stopping' | 'stopped' | 'deallocating' | 'deallocated';

export interface RunCommandRecord {
  op: AsyncOperation;
  script?: GuestScript;
  /** Cancel the pending report and the cap once the command has ended. */
  timers: (() => void)[];
}

export type HyperVGeneration = 'V1' | 'V2';

export interface VmState {
  vmId: string;
  power: PowerState;
  generalized: boolean;
  outcome: ScriptOutcome;
  /** What the stand-in for its script prints (Outcomes.outputFor). */
  output: string;
  /**
   * How the stand-ins of a verify script's checks end on this VM (Outcomes.checksFor), decided
   * when the VM was created, as its outcome is.
   */
  checks: string;
  /** Commands the guest ran that the emulator acts on (`waagent -deprovision+user`, `shutdown`). */
  guestActions: string[];
  runCommand?: RunCommandRecord;
  /** What run-command started on the VM, while it runs. */
  guest?: VmGuest;
  /** `waagent -deprovision` stopped the agent: nothing more is picked up or reported. */
  agentStopped: boolean;
  /** From the image: what a gallery version captured from the VM must match. */
  hyperVGeneration: HyperVGeneration;
  /** `Standard`, `TrustedLaunch` or `ConfidentialVM`, from `securityProfile.securityType`. */
  securityType: string;
  /** `osProfile.customData` as given (never answered): a later PUT may not change it. */
  customData?: string;
  osDiskId: string;
  osDiskDelete: boolean;
  nics: { id: string; delete: boolean }[];
}

export type ReplicationState = 'Unknown' | 'Replicating' | 'Completed' | 'Failed';

export interface RegionReplication {
  /** Short form (`eastus`); answers show the display name. */
  region: string;
  replicas: number;
  storageAccountType: string;
  excludeFromLatest?: boolean;
  state: ReplicationState;
  progress: number;
  details: string;
  /** Bumped whenever the region's replication (re)starts, so stale timers know to stop. */
  run: number;
}

export interface VersionState {
  regions: RegionReplication[];
  /** The create or update waiting for replication to end. */
  op?: AsyncOperation;
}

/** A resource below a resource group: network, compute or gallery. */
export interface ArmResource {
  kind: Exclude<AzureKind, 'resourceGroup'>;
  /** `Microsoft.Compute/galleries/images/versions` */
  type: string;
  id: string;
  subscriptionId: string;
  resourceGroup: string;
  name: string;
  /** Short form, e.g. `eastus`. */
  location: string;
  tags: Record<string, string>;
  /** The request's properties as given (secrets removed), echoed back with what ARM adds. */
  properties: Record<string, unknown>;
  /** Other top-level request fields echoed back (`identity`, `zones`, `plan`). */
  extra: Record<string, unknown>;
  provisioningState: ProvisioningState;
  created: string;
  /** Set once deletion began: pending lifecycle steps must not resurrect it. */
  deleting: boolean;
  vm?: VmState;
  version?: VersionState;
}

/** Everything the emulated Resource Manager holds, keyed by lower-cased id. */
export class ArmState {
  readonly groups = new Map<string, ResourceGroupRecord>();
  readonly resources = new Map<string, ArmResource>();
  /** Regions (short form) whose next or ongoing replication fails, with the details to report. */
  readonly replicationFailures = new Map<string, string>();
  /** Every guest still running or powering off: stop() waits for them all. */
  readonly guests = new Set<VmGuest>();

  group(subscriptionId: string, name: string): ResourceGroupRecord | undefined {
    return this.groups.get(idKey(`${subscriptionId}/${name}`));
  }

  setGroup(group: ResourceGroupRecord): void {
    this.groups.set(idKey(`${group.subscriptionId}/${group.name}`), group);
  }

  deleteGroup(group: ResourceGroupRecord): void {
    this.groups.delete(idKey(`${group.subscriptionId}/${group.name}`));
  }

  get(id: string): ArmResource | undefined {
    return this.resources.get(idKey(id));
  }

  set(resource: ArmResource): void {
    this.resources.set(idKey(resource.id), resource);
  }

  delete(resource: ArmResource): void {
    if (this.get(resource.id) === resource) this.resources.delete(idKey(resource.id));
  }

  /** Whether `resource` is still the live record under its id. */
  alive(resource: ArmResource): boolean {
    return !resource.deleting && this.get(resource.id) === resource;
  }

  inGroup(subscriptionId: string, resourceGroup: string): ArmResource[] {
    const sub = subscriptionId.toLowerCase();
    const rg = resourceGroup.toLowerCase();
    return [...this.resources.values()].filter(
      (r) => r.subscriptionId.toLowerCase() === sub && r.resourceGroup.toLowerCase() === rg,
    );
  }

  /** Resources nested below `id` (a gallery's images, an image's versions). */
  children(id: string): ArmResource[] {
    const prefix = `${idKey(id)}/`;
    return [...this.resources.entries()].filter(([k]) => k.startsWith(prefix)).map(([, r]) => r);
  }
}
