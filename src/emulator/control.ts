import type { ArmService } from './arm/service.js';
import type { SeedPrincipal } from './arm/principals.js';
import type { SeedGalleryVersion } from './arm/seed.js';
import type { AzureKind } from './arm/state.js';
import type { CallLog, CallRecord } from './calls.js';
import type { DurationSettings, Durations } from './durations.js';
import type { EntraService, SeedEntraApp } from './entra/service.js';
import type { IssuedToken } from './entra/tokens.js';
import type { SeedAmi } from './ec2/seed.js';
import type { AmiLaunchPermissions, AwsResourceInfo, Ec2Service } from './ec2/service.js';
import { type FaultRule, type Faults, parseFaultRule } from './faults.js';
import type { HazardPatch, Hazards, HazardSettings } from './hazards.js';
import type { RoleAssignmentRecord } from './arm/role-assignments.js';
import type { GceService } from './gce/service.js';
import type { Binding } from './gce/state.js';
import type { PlantGceResource } from './gce/plant.js';
import type { SeedImage } from './gce/seed.js';
import type { CheckRule, OutcomeRule, Outcomes, ScriptOutcome } from './vm/outcomes.js';

/** A live emulated resource, for leak checks ("the bake left nothing behind"). */
export type ResourceInfo = GceResourceInfo | AzureResourceInfo | AwsResourceInfo;
export type { AwsResourceInfo };

export interface GceResourceInfo {
  cloud: 'gcp';
  kind: 'instance' | 'image' | 'disk';
  project: string;
  zone?: string;
  name: string;
  status: string;
  labels: Record<string, string>;
  /** Process id of an instance's running startup script (its process group id too). */
  pid?: number;
}

export interface AzureResourceInfo {
  cloud: 'azure';
  kind: AzureKind;
  /** The ARM id, e.g. `/subscriptions/S/resourceGroups/R/providers/Microsoft.Compute/virtualMachines/vm`. */
  id: string;
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  /** Short form, e.g. `eastus`. */
  location: string;
  /** The provisioning state: `Creating`, `Succeeded`, `Failed`, `Deleting`, ... */
  status: string;
  tags: Record<string, string>;
  /** Virtual machines: `running`, `stopped`, `deallocated`, ... */
  powerState?: string;
  generalized?: boolean;
  /** Virtual machines: recorded guest commands (`waagent -force -deprovision+user`, `shutdown -h now`). */
  guestActions?: string[];
  /** Process id of a VM's running run-command script (its process group id too). */
  pid?: number;
}

/** A region's next (or ongoing) gallery replication fails. */
export interface ReplicationFailure {
  /** `eastus` or `East US`. */
  region: string;
  /** What the replication status reports; a generic message when absent. */
  details?: string;
}

/** What tests and the control API can do to the emulator. The built-in public images are not listed. */
export interface EmulatorControl {
  /**
   * Appends a rule deciding how builders' provisioning scripts end, on every cloud (first
   * match wins; default success).
   */
  addOutcome(rule: OutcomeRule): void;
  clearOutcomes(): void;
  /**
   * Appends a rule deciding how verify checks end on VMs created from now on, on every cloud
   * (first match wins; default: success after the `check` duration).
   */
  addCheckOutcome(rule: CheckRule): void;
  clearCheckOutcomes(): void;
  durations(): Durations;
  setDurations(patch: Partial<Durations>): Durations;
  /** The documented hazards in force; all on by default. */
  hazards(): Hazards;
  /** Changes some hazards (a focused test turns one off); reset restores the defaults. */
  setHazards(patch: HazardPatch): Hazards;
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  /** An image that already exists, e.g. earlier versions of the image being baked. */
  seedImage(image: SeedImage): ResourceInfo;
  /** A GCE instance (stopped, with its boot disk) or lone disk a killed run left, aged at will. */
  plantGceResource(resource: PlantGceResource): ResourceInfo;
  /** A GCE image's IAM policy (bindings and etag), to check what a share granted. */
  gceIamPolicy(project: string, image: string): { etag: string; bindings: Binding[] };
  /**
   * Another writer adds `bindings` to a GCE image's IAM policy just before the next
   * setIamPolicy of that image lands, so that request's etag is stale (a lost-update race).
   */
  raceGceIamPolicy(project: string, image: string, bindings: Binding[]): void;
  /** Azure role assignments at a scope and below (`/subscriptions/…/galleries/g`). */
  azureRoleAssignments(scope: string): RoleAssignmentRecord[];
  /** An Azure gallery image version that already exists, fully replicated. */
  seedGalleryVersion(version: SeedGalleryVersion): ResourceInfo;
  /**
   * A user, group or service principal in the Azure directory, which role assignments may
   * name (an unknown one answers PrincipalNotFound); `fresh` ones are still replicating.
   */
  seedAzurePrincipal(principal: SeedPrincipal): { id: string; type: string; created: string };
  /**
   * An application registration in the emulated Entra ID: the client id a credential names,
   * with the secrets and federated credentials (issuer + subject) it accepts.
   */
  seedEntraApp(app: SeedEntraApp): void;
  /** The access tokens the emulated Entra ID issued, oldest first. */
  entraTokens(): IssuedToken[];
  /** An AMI that already exists (earlier versions, an encrypted one), with its snapshot. */
  seedAmi(ami: SeedAmi): ResourceInfo;
  /** An AMI's launch permissions (what ModifyImageAttribute granted). */
  launchPermissions(region: string, imageId: string): AmiLaunchPermissions;
  /** Everything an EC2 instance's console still holds (GetConsoleOutput returns the last 64 KB). */
  consoleOutput(region: string, instanceId: string): string;
  addReplicationFailure(failure: ReplicationFailure): void;
  clearReplicationFailures(): void;
  resources(): ResourceInfo[];
  calls(): CallRecord[];
  clearCalls(): void;
  /** An instance's guest attributes by `namespace/key`. */
  guestAttributes(project: string, zone: string, instance: string): Record<string, string>;
  /** Everything still held of an instance's serial port 1. */
  serialOutput(project: string, zone: string, instance: string): string;
  /** What each emulated API serves: GCE and Resource Manager routes, EC2 actions. */
  operations(): ServedOperations;
  /** Back to the initial state: no resources, faults, outcomes or calls; initial durations and hazards. */
  reset(): Promise<void>;
}

export interface ServedOperations {
  /** `METHOD compute/v1/projects/:project/...` */
  gce: string[];
  /** `METHOD subscriptions/:subscription/...` */
  arm: string[];
  /** Query API action names. */
  ec2: string[];
}

function parseOutcome(value: unknown): ScriptOutcome {
  const o = value as ScriptOutcome | undefined;
  const valid =
    o === 'success' ||
    o === 'hang' ||
    (typeof o === 'object' &&
      o !== null &&
      Number.isInteger(o.exit) &&
      o.exit >= 0 &&
      o.exit <= 255);
  if (!valid) {
    throw new TypeError('outcome must be "success", "hang" or {"exit": <0-255>}');
  }
  return o;
}

function parseMatch(value: unknown): string | undefined {
  if (value !== undefined && typeof value !== 'string') {
    throw new TypeError('rule match must be a substring of VM names');
  }
  return value;
}

function parseOutcomeRule(value: unknown): OutcomeRule {
  const r = (value ?? {}) as { match?: unknown; outcome?: unknown; output?: unknown };
  const match = parseMatch(r.match);
  const outcome = parseOutcome(r.outcome);
  if (r.output !== undefined && typeof r.output !== 'string') {
    throw new TypeError('outcome rule output must be the text the script prints');
  }
  return {
    outcome,
    ...(match !== undefined ? { match } : {}),
    ...(r.output ? { output: r.output } : {}),
  };
}

function parseCheckRule(value: unknown): CheckRule {
  const r = (value ?? {}) as { check?: unknown; match?: unknown; outcome?: unknown; ms?: unknown };
  if (r.check !== undefined && typeof r.check !== 'string') {
    throw new TypeError('check rule check must be a check name');
  }
  if (r.ms !== undefined && (typeof r.ms !== 'number' || !Number.isFinite(r.ms) || r.ms < 0)) {
    throw new TypeError('check rule ms must be a non-negative number of milliseconds');
  }
  const match = parseMatch(r.match);
  return {
    outcome: parseOutcome(r.outcome ?? 'success'),
    ...(r.check !== undefined ? { check: r.check } : {}),
    ...(match !== undefined ? { match } : {}),
    ...(r.ms !== undefined ? { ms: r.ms } : {}),
  };
}

export interface ControlDeps {
  gce: GceService;
  arm: ArmService;
  ec2: Ec2Service;
  entra: EntraService;
  outcomes: Outcomes;
  faults: Faults;
  calls: CallLog;
  durations: DurationSettings;
  hazards: HazardSettings;
  /** Clears what the services do not own (pending timers). */
  resetTimers(): void;
}

export function createControl(d: ControlDeps): EmulatorControl {
  return {
    addOutcome: (rule) => d.outcomes.add(parseOutcomeRule(rule)),
    operations: () => ({
      gce: d.gce.operations(),
      arm: d.arm.operations(),
      ec2: d.ec2.operations(),
    }),
    clearOutcomes: () => d.outcomes.clear(),
    addCheckOutcome: (rule) => d.outcomes.addCheck(parseCheckRule(rule)),
    clearCheckOutcomes: () => d.outcomes.clearChecks(),
    durations: () => ({ ...d.durations.current }),
    setDurations: (patch) => d.durations.set(patch),
    hazards: () => structuredClone(d.hazards.current),
    setHazards: (patch) => d.hazards.set(patch),
    addFault: (rule) => d.faults.add(parseFaultRule(rule)),
    clearFaults: () => d.faults.clear(),
    seedImage: (image) => d.gce.seedImage(image),
    plantGceResource: (resource) => d.gce.plantResource(resource),
    gceIamPolicy: (project, image) => d.gce.iamPolicy(project, image),
    raceGceIamPolicy: (project, image, bindings) => d.gce.raceIamPolicy(project, image, bindings),
    azureRoleAssignments: (scope) => d.arm.roleAssignments(scope),
    seedGalleryVersion: (version) => d.arm.seedGalleryVersion(version),
    seedAzurePrincipal: (principal) => d.arm.seedPrincipal(principal),
    seedEntraApp: (app) => d.entra.seedApp(app),
    entraTokens: () => d.entra.issued(),
    seedAmi: (ami) => d.ec2.seedAmi(ami),
    launchPermissions: (region, imageId) => d.ec2.launchPermissions(region, imageId),
    consoleOutput: (region, instanceId) => d.ec2.consoleOutput(region, instanceId),
    addReplicationFailure: (f) => d.arm.failReplication(f?.region, f?.details),
    clearReplicationFailures: () => d.arm.clearReplicationFailures(),
    resources: () => [...d.gce.resources(), ...d.arm.resources(), ...d.ec2.resources()],
    calls: () => d.calls.list(),
    clearCalls: () => d.calls.clear(),
    guestAttributes: (project, zone, instance) => d.gce.guestAttributes(project, zone, instance),
    serialOutput: (project, zone, instance) => d.gce.serialOutput(project, zone, instance),
    async reset() {
      d.resetTimers();
      await d.gce.reset();
      await d.arm.reset();
      await d.ec2.reset();
      d.entra.reset();
      d.outcomes.clear();
      d.faults.clear();
      d.calls.clear();
      d.durations.reset();
      d.hazards.reset();
    },
  };
}
