import { CallLog } from './calls.js';
import { createControl, type EmulatorControl } from './control.js';
import { CONTROL_PREFIX, controlMount } from './control-http.js';
import {
  DEFAULT_DURATIONS,
  DurationSettings,
  mergeDurations,
  type Durations,
} from './durations.js';
import { Faults } from './faults.js';
import { metadataUrl } from './gce/metadata.js';
import { GceService } from './gce/service.js';
import { findBash } from './gce/startup-script.js';
import { EmulatorServer } from './server.js';
import { Timers } from './timers.js';

export type { CallRecord } from './calls.js';
export type { EmulatorControl, ResourceInfo } from './control.js';
export type { Durations } from './durations.js';
export type { FaultRule, HttpFault, OperationFault } from './faults.js';
export type { SeedImage } from './gce/seed.js';
export type { OutcomeRule, ScriptOutcome } from './gce/state.js';

export interface EmulatorOptions {
  /** 0 or absent: any free port. */
  port?: number;
  durations?: Partial<Durations>;
  /** Receives one line per API call and per VM state change. */
  log?: (line: string) => void;
}

export interface Emulator {
  /** `http://127.0.0.1:PORT`: what `gcp.endpoint` takes. */
  gceEndpoint: string;
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

/** Starts the emulator on 127.0.0.1: GCE under `/compute/v1/`, the control API under `/__emulator/`. */
export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const log = opts.log ?? (() => undefined);
  const durations = new DurationSettings(
    mergeDurations({ ...DEFAULT_DURATIONS }, opts.durations ?? {}),
  );
  const timers = new Timers((err) =>
    log(`emulator: ${err instanceof Error ? err.stack : String(err)}`),
  );
  const faults = new Faults();
  const calls = new CallLog();
  const server = new EmulatorServer(calls, faults, log);
  const port = await server.listen(opts.port ?? 0);
  const endpoint = `http://127.0.0.1:${port}`;
  const gce = new GceService({
    baseUrl: endpoint,
    timers,
    durations: () => durations.current,
    faults,
    log,
    bash: findBash(),
  });
  const control = createControl({
    gce,
    faults,
    calls,
    durations,
    resetTimers: () => timers.clear(),
  });
  server.mount([...gce.mounts(), controlMount(control)]);

  let stopping: Promise<void> | undefined;
  return {
    gceEndpoint: endpoint,
    controlUrl: `${endpoint}${CONTROL_PREFIX.replace(/\/$/, '')}`,
    port,
    control,
    gceMetadataUrl: (project, zone, instance) =>
      metadataUrl(endpoint, { project, zone, name: instance }),
    stop() {
      stopping ??= (async () => {
        timers.close();
        await gce.shutdown();
        await server.close();
      })();
      return stopping;
    },
  };
}
