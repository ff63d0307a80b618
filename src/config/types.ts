import type { ReferenceRule } from '../references/rules.js';
import type { Cloud } from '../steps/resources.js';
import type { LifecycleConfig } from './lifecycle.js';
import type { VerifyConfig } from './verify.js';

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
  /**
   * What the builder runs as: `default` (the project's Compute Engine default service account,
   * which GCE resolves to PROJECT_NUMBER-compute@developer.gserviceaccount.com, as gcloud and
   * Packer attach it), a service account's email, or `none`.
   */
  serviceAccount: string;
  /** Full scope URLs (gcloud's aliases expanded), sorted; empty with `none`. */
  scopes: string[];
  /** A one-to-one NAT external address; false for Cloud NAT or a policy that forbids them. */
  externalIp: boolean;
  /** The external address's tier; absent: GCE's default (the project's, PREMIUM unless changed). */
  networkTier?: 'PREMIUM' | 'STANDARD';
  sourceImage: SourceImageConfig;
  /** Family the new image joins. */
  imageFamily?: string;
  labels: Record<string, string>;
  /** Multi-region or region for the image, e.g. `us`. */
  storageLocation?: string;
  template: TemplateConfig;
  timeouts: GcpTimeouts;
  /**
   * How often the builder's state is read while it shuts down; while its script runs, its
   * serial console and status are read every 5 poll intervals.
   */
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
  /**
   * Builder creation until the provisioning script returned (run-command); at most 90
   * minutes, run-command's own limit.
   */
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
  /**
   * PEM file of a CA to trust for `endpoint` and `authorityHost` (a private endpoint's or the
   * emulator's).
   */
  caCertificate?: string;
  /**
   * The identity platform's host the credentials get tokens from (a sovereign cloud's, an
   * Azure Stack's, the emulator's); absent: the SDK's (AZURE_AUTHORITY_HOST, else
   * login.microsoftonline.com). Named, it is trusted as given (no instance discovery).
   */
  authorityHost?: string;
  /**
   * `default`: DefaultAzureCredential (works after azure/login); `oidc`: the GitHub ID token
   * exchanged directly with `clientId` + `tenantId`; `none`: a static dummy token (emulator).
   */
  auth: 'default' | 'oidc' | 'none';
  clientId?: string;
  tenantId?: string;
  /**
   * The builder VM's security type and the SecurityType feature of a definition the bake
   * creates (they must match for a capture): TrustedLaunch by default on Generation 2, with
   * Secure Boot and a vTPM; Standard on Generation 1.
   */
  securityType: 'Standard' | 'TrustedLaunch';
  /**
   * Resource id of a user-assigned managed identity the builder carries instead of a
   * system-assigned one, so a template's `az login --identity` (no client id) uses it, e.g.
   * to pull from a private registry.
   */
  identity?: string;
  /**
   * Resource id of an existing subnet the builder's and verifiers' network interfaces join
   * (its routes, NAT gateway or firewall give them their way out), instead of a temporary
   * virtual network with default outbound access. Never changed or deleted.
   */
  subnetId?: string;
}

/** `share.gcp`: who gets `roles/compute.imageUser` on the image. */
export interface GcpShareConfig {
  /** `group:…`, `serviceAccount:…`, `user:…`, `domain:…`; never allUsers/allAuthenticatedUsers. */
  members: string[];
}

/** `share.azure`: role assignments and/or the gallery's direct sharing profile. */
export interface AzureShareConfig {
  /** Object ids of users, groups, service principals or managed identities. */
  principals: string[];
  /** Role definition GUID; default the built-in Reader. */
  roleId: string;
  /** Where the role is assigned: the whole gallery or the image definition. */
  scope: 'gallery' | 'definition';
  /** Direct sharing (the gallery must have been created with sharing permissions `Groups`). */
  subscriptions: string[];
  tenants: string[];
}

/** `share.aws`: launch permissions on the AMI in every region it was copied to. */
export interface AwsShareConfig {
  accounts: string[];
  organizations: string[];
  organizationalUnits: string[];
}

export interface ShareConfig {
  gcp?: GcpShareConfig;
  azure?: AzureShareConfig;
  aws?: AwsShareConfig;
}

export interface AwsTimeouts {
  /** RunInstances until the user-data script reported and the builder stopped. */
  builder: Milliseconds;
  /** CreateImage until the AMI is available. */
  image: Milliseconds;
  /** CopyImage until every copy is available. */
  copy: Milliseconds;
  /** Any other wait (termination). */
  operation: Milliseconds;
}

export interface AwsSourceImage {
  /** An explicit AMI id (in `region`). */
  id?: string;
  /** With `name`: the newest AMI of this owner (account id, `amazon`, `self`) matching it. */
  owner?: string;
  /** An AMI name filter with `*` wildcards, e.g. `ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*`. */
  name?: string;
}

export type AwsVolumeType = 'gp3' | 'gp2' | 'io1' | 'io2' | 'standard';

export interface AwsConfig {
  /** Region of the builder and the AMI, e.g. `us-east-1`. */
  region: string;
  instanceType: string;
  sourceImage: AwsSourceImage;
  /** Absent: the region's default VPC and subnet. */
  subnetId?: string;
  securityGroupIds: string[];
  /** Instance profile name or ARN the builder runs with (e.g. to pull from ECR). */
  iamInstanceProfile?: string;
  /** The builder's root volume, and so the AMI's snapshot. */
  volume: { sizeGb: number; type: AwsVolumeType };
  /** Regions the AMI is copied to (the source region excluded). */
  targetRegions: string[];
  /** Base of the AMI name: `<ami-name>-<version>`, `<ami-name>-<namespace>-<version>`; default image.name. */
  amiName: string;
  tags: Record<string, string>;
  template: TemplateConfig;
  timeouts: AwsTimeouts;
  pollInterval: Milliseconds;
  /** EC2 endpoint override (the emulator, a VPC endpoint); absent: the SDK's (or AWS_ENDPOINT_URL_EC2). */
  endpoint?: string;
  /** Encrypt the builder's volume, so the AMI and its copies are encrypted. */
  encrypted: boolean;
  /** KMS key for the source region's AMI; absent: the region's default EBS key. */
  kmsKeyId?: string;
}

export interface WorkerImageConfig {
  /** Absolute path of the config file (or the working directory for input-only configs). */
  source: string;
  image: ImageConfig;
  gcp?: GcpConfig;
  azure?: AzureConfig;
  aws?: AwsConfig;
  /** Where the Packer manifest is written (absolute). */
  manifestPath: string;
  /** `template-timeout`: how long rendering a startup template may take (default 10 s). */
  templateTimeout?: Milliseconds;
  /** The references bump-version-reference rewrites; absent when the file has none. */
  references?: ReferenceRule[];
  /** Who share-image grants the images to; absent when the file has no `share:`. */
  share?: ShareConfig;
  /**
   * What a VM booted from the new image must pass, per configured cloud (`verify:` merged with
   * `<cloud>.verify:`); absent when the file has neither block.
   */
  verify?: Partial<Record<Cloud, VerifyConfig>>;
  /**
   * What `prune` keeps, deprecates and deletes, per configured cloud (`lifecycle:` merged with
   * `<cloud>.lifecycle:`); absent when the file has neither block (prune applies the defaults).
   */
  lifecycle?: Partial<Record<Cloud, LifecycleConfig>>;
}

/**
 * The config as bump-version-reference reads it: the rules are required, and a file holding
 * only `references:` is enough (no image, no cloud block).
 */
/**
 * The config as share-image reads it: nothing is required (members may come from inputs),
 * but whatever the file holds is checked.
 */
export interface ShareFileConfig extends Omit<WorkerImageConfig, 'image'> {
  image?: ImageConfig;
}

export interface BumpConfig extends Omit<WorkerImageConfig, 'image' | 'references'> {
  image?: ImageConfig;
  references: ReferenceRule[];
}
