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

export interface WorkerImageConfig {
  /** Absolute path of the config file (or the working directory for input-only configs). */
  source: string;
  image: ImageConfig;
  gcp?: GcpConfig;
  /** Where the Packer manifest is written (absolute). */
  manifestPath: string;
}
