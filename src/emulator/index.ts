import { ArmService } from './arm/service.js';
import { EntraService } from './entra/service.js';
import { CallLog } from './calls.js';
import { createCertificate } from './certificate.js';
import { createControl, type EmulatorControl } from './control.js';
import { Ec2Service } from './ec2/service.js';
import { CONTROL_PREFIX, controlMount } from './control-http.js';
import {
  DEFAULT_DURATIONS,
  DurationSettings,
  mergeDurations,
  type Durations,
} from './durations.js';
import { Faults } from './faults.js';
import { defaultHazards, HazardSettings, mergeHazards, type HazardPatch } from './hazards.js';
import { metadataUrl } from './gce/metadata.js';
import { GceService } from './gce/service.js';
import { EmulatorServer } from './server.js';
import { Timers } from './timers.js';
import { Outcomes } from './vm/outcomes.js';
import { findBash } from './vm/script.js';

export type { SeedPrincipal } from './arm/principals.js';
export type { SeedEntraApp } from './entra/service.js';
export type { SeedGalleryVersion } from './arm/seed.js';
export type { AmiLaunchPermissions, AwsResourceInfo } from './ec2/service.js';
export type { SeedAmi } from './ec2/seed.js';
export type { CallRecord } from './calls.js';
export type {
  AzureResourceInfo,
  EmulatorControl,
  GceResourceInfo,
  ReplicationFailure,
  ResourceInfo,
} from './control.js';
export type { Durations } from './durations.js';
export type { FaultRule, HttpFault, OperationFault } from './faults.js';
export type { HazardPatch, Hazards } from './hazards.js';
export type { PlantGceResource } from './gce/plant.js';
export type { SeedImage } from './gce/seed.js';
export type { OutcomeRule, ScriptOutcome } from './vm/outcomes.js';

export interface EmulatorOptions {
  /** 0 or absent: any free port. */
  port?: number;
  /** The HTTPS port Azure Resource Manager is served on; 0 or absent: any free port. */
  armPort?: number;
  durations?: Partial<Durations>;
  /** Changes to the documented hazards, which are all on by default (a test turns one off). */
  hazards?: HazardPatch;
  /** Receives one line per API call and per VM state change. */
  log?: (line: string) => void;
}

export interface Emulator {
  /** `http://127.0.0.1:PORT`: what `gcp.endpoint` takes. */
  gceEndpoint: string;
  /** `https://127.0.0.1:PORT`: what `azure.endpoint` (the SDK's `endpoint` option) takes. */
  armEndpoint: string;
  /**
   * `https://127.0.0.1:PORT` (the same port as ARM): the emulated Entra ID, what
   * `azure.authority-host` (the credentials' `authorityHost`) takes; apps are seeded with
   * `control.seedEntraApp`.
   */
  entraAuthorityHost: string;
  /**
   * `http://127.0.0.1:PORT`: what `aws.endpoint` or `AWS_ENDPOINT_URL_EC2` takes. One endpoint
   * serves every region (the region comes from the request signature); any credentials do.
   */
  ec2Endpoint: string;
  /** PEM of the certificate `armEndpoint` presents, to trust (`tlsOptions: { ca }`). */
  caCertificate: string;
  /** `http://127.0.0.1:PORT/__emulator` */
  controlUrl: string;
  port: number;
  /** The control API, in-process. */
  control: EmulatorControl;
  /** What a VM's startup script gets as WORKER_IMAGE_METADATA_URL (its metadata server). */
  gceMetadataUrl(project: string, zone: string, instance: string): string;
  /** Closes the server, kills the VMs' processes and removes their directories. */
  stop(): Promise<void>;
}

/**
 * Starts the emulator on 127.0.0.1: GCE under `/compute/v1/` and the control API under
 * `/__emulator/` on an HTTP port, Azure Resource Manager under `/subscriptions/` on an HTTPS
 * port with a certificate made for this run.
 */
export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const log = opts.log ?? (() => undefined);
  const durations = new DurationSettings(
    mergeDurations({ ...DEFAULT_DURATIONS }, opts.durations ?? {}),
  );
  const hazards = new HazardSettings(mergeHazards(defaultHazards(), opts.hazards ?? {}));
  const timers = new Timers((err) =>
    log(`emulator: ${err instanceof Error ? err.stack : String(err)}`),
  );
  const faults = new Faults();
  const calls = new CallLog();
  const outcomes = new Outcomes();
  const bash = findBash();
  const certificate = await createCertificate();
  const server = new EmulatorServer(calls, faults, log);
  const port = await server.listen(opts.port ?? 0);
  const armPort = await server.listenTls(opts.armPort ?? 0, certificate).catch(async (err) => {
    await server.close();
    throw err;
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const gce = new GceService({
    baseUrl: endpoint,
    timers,
    durations: () => durations.current,
    hazards: () => hazards.current,
    faults,
    log,
    bash,
    outcomes,
  });
  const arm = new ArmService({
    timers,
    durations: () => durations.current,
    hazards: () => hazards.current,
    faults,
    outcomes,
    log,
    bash,
  });
  const ec2 = new Ec2Service({
    timers,
    durations: () => durations.current,
    hazards: () => hazards.current,
    faults,
    calls,
    outcomes,
    log,
    bash,
  });
  const entra = new EntraService(log);
  const control = createControl({
    gce,
    arm,
    ec2,
    entra,
    outcomes,
    faults,
    calls,
    durations,
    hazards,
    resetTimers: () => timers.clear(),
  });
  server.mount([
    ...gce.mounts(),
    ...arm.mounts(),
    ...ec2.mounts(),
    ...entra.mounts(),
    controlMount(control),
  ]);

  let stopping: Promise<void> | undefined;
  return {
    gceEndpoint: endpoint,
    armEndpoint: `https://127.0.0.1:${armPort}`,
    entraAuthorityHost: `https://127.0.0.1:${armPort}`,
    ec2Endpoint: endpoint,
    caCertificate: certificate.cert,
    controlUrl: `${endpoint}${CONTROL_PREFIX.replace(/\/$/, '')}`,
    port,
    control,
    gceMetadataUrl: (project, zone, instance) =>
      metadataUrl(endpoint, { project, zone, name: instance }),
    stop() {
      stopping ??= (async () => {
        timers.close();
        await Promise.all([gce.shutdown(), arm.shutdown(), ec2.shutdown()]);
        await server.close();
      })();
      return stopping;
    },
  };
}
