import type { ReferenceRule } from '../references/rules.js';

/**
 * The validated, defaults-applied configuration. Only src/config/ reads raw YAML or action
 * inputs; everything downstream takes these types.
 */

/** Durations are kept in milliseconds after validation ("45m", "90s", "2h" or plain seconds). */
export type Milliseconds = number;

export interface ImageConfig {
  /** Base name, e.g. `batch-worker`. */
  name: string;
  /** `default` gives `batch-worker-24`; any other gives `batch-worker-alice-24`. */
  namespace: string;
  /** `auto` or an explicit version such as `24` or `17a`. */
  version: string;
  /** Replace an existing image of the same name. Refused in the default namespace. */
  overwrite: boolean;
  description?: string;
}

export interface TemplateConfig {
  /** Path of the Jinja2 template, resolved against the config file's folder. */
  path: string;
  /** Variables for the template: the top-level `variables:` merged with the cloud's own. */
  variables: Record<string, unknown>;
}

export interface SourceImageConfig {
  /** An explicit image name; wins over `family`. */
  name?: string;
  /** An image family, resolved to its newest non-deprecated image at bake time. */
  family?: string;
  /** The project holding the image or family, e.g. `ubuntu-os-cloud`. */
  project: string;
}

export interface GcpTimeouts {
  /** From builder creation until the startup script reported and the VM stopped. */
  builder: Milliseconds;
  /** Image creation until READY. */
  image: Milliseconds;
  /** Any single API operation (insert, delete). */
  operation: Milliseconds;
}

export interface GcpConfig {
  project: string;
  zone: string;
  machineType: string;
  bootDisk: { sizeGb: number; type: string };
  network?: string;
  subnet?: string;
  /** When absent the builder gets no service account. */
  serviceAccount?: string;
  scopes: string[];
  sourceImage: SourceImageConfig;
  /** Family the new image joins. */
  imageFamily?: string;
  labels: Record<string, string>;
  /** Multi-region or region for the image, e.g. `us`. */
  storageLocation?: string;
  template: TemplateConfig;
  timeouts: GcpTimeouts;
  /** How often the builder's status and serial console are read. */
  pollInterval: Milliseconds;
  /**
   * API endpoint override, e.g. `http://127.0.0.1:8085` for the emulator or a private
   * endpoint. Absent: the SDK's default (compute.googleapis.com).
   */
  endpoint?: string;
  /** `application-default` (ADC, what google-github-actions/auth sets up) or `none`. */
  auth: 'application-default' | 'none';
}

export type StorageAccountType = 'Standard_LRS' | 'Standard_ZRS' | 'Premium_LRS';

/** A gallery version's replicas in one region. */
export interface TargetRegion {
  /** Azure region name, lower case without spaces: `eastus2`. */
  name: string;
  /** 1..100. */
  replicas: number;
  storageAccountType: StorageAccountType;
}

/** How many replicas a region needs for the VMs created from the image at once. */
export interface ReplicaPolicy {
  /** VMs created concurrently from the image (per region); absent: use the explicit counts. */
  expectedConcurrentVms?: number;
  /** One replica per this many concurrent VMs (Azure guidance: 20 older, 50 current docs). */
  vmsPerReplica: number;
  /** Production images get at least 3 replicas. */
  production: boolean;
}

export interface AzureTimeouts {
  /** Builder creation until the provisioning script returned (run-command). */
  builder: Milliseconds;
  /** Gallery version creation and replication to every target region. */
  replication: Milliseconds;
  /** Any single long-running operation (VM, deallocate, resource group delete). */
  operation: Milliseconds;
}

export interface AzureImageDefinition {
  /** Definition name inside the gallery, e.g. `batch-worker-22-04`. */
  name: string;
  publisher: string;
  offer: string;
  sku: string;
  osType: 'Linux' | 'Windows';
  hyperVGeneration: 'V1' | 'V2';
}

export interface AzureSourceImage {
  /** Marketplace image (publisher/offer/sku/version), or `id` of a gallery/managed image. */
  publisher?: string;
  offer?: string;
  sku?: string;
  /** Marketplace version, default `latest`. */
  version?: string;
  id?: string;
}

export interface AzureConfig {
  subscriptionId: string;
  /** Region of the builder and the gallery, e.g. `eastus`. */
  location: string;
  /** Resource group holding the gallery (not temporary). */
  resourceGroup: string;
  gallery: string;
  /**
   * The image definition. Outside the default namespace its name gets `-<namespace>`, so
   * throwaway versions never become the production definition's latest.
   */
  definition: AzureImageDefinition;
  /** `auto` (next patch after the highest) or `Major.Minor.Patch`; defaults to image.version when that is auto. */
  version: string;
  vmSize: string;
  sourceImage: AzureSourceImage;
  /** Where the version is replicated; default: one replica in `location`. */
  targetRegions: TargetRegion[];
  replicaPolicy: ReplicaPolicy;
  excludeFromLatest: boolean;
  /** ISO 8601 date-time. */
  endOfLifeDate?: string;
  tags: Record<string, string>;
  template: TemplateConfig;
  timeouts: AzureTimeouts;
  pollInterval: Milliseconds;
  /** Resource Manager endpoint override (emulator, sovereign cloud); absent: management.azure.com. */
  endpoint?: string;
  /** PEM file of a CA to trust for `endpoint` (a private endpoint's or the emulator's). */
  caCertificate?: string;
  /**
   * `default`: DefaultAzureCredential (works after azure/login); `oidc`: the GitHub ID token
   * exchanged directly with `clientId` + `tenantId`; `none`: a static dummy token (emulator).
   */
  auth: 'default' | 'oidc' | 'none';
  clientId?: string;
  tenantId?: string;
}

export interface WorkerImageConfig {
  /** Absolute path of the config file (or the working directory for input-only configs). */
  source: string;
  image: ImageConfig;
  gcp?: GcpConfig;
  azure?: AzureConfig;
  /** Where the Packer manifest is written (absolute). */
  manifestPath: string;
  /** The references bump-version-reference rewrites; absent when the file has none. */
  references?: ReferenceRule[];
}

/**
 * The config as bump-version-reference reads it: the rules are required, and a file holding
 * only `references:` is enough (no image, no cloud block).
 */
export interface BumpConfig extends Omit<WorkerImageConfig, 'image' | 'references'> {
  image?: ImageConfig;
  references: ReferenceRule[];
}
