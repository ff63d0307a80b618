import type { Durations } from '../durations.js';
import type { Hazards } from '../hazards.js';
import type { Route as BaseRoute } from '../router.js';
import type { Timers } from '../timers.js';
import type { Outcomes } from '../vm/outcomes.js';
import type { OperationError, Operations } from './operations.js';
import type { Links } from './links.js';
import type { GceState, InstanceRecord } from './state.js';

/** What every GCE handler shares. */
export interface GceContext {
  readonly state: GceState;
  readonly links: Links;
  readonly ops: Operations;
  readonly timers: Timers;
  /** How builders' provisioning scripts end (shared with the other clouds' VMs). */
  readonly outcomes: Outcomes;
  durations(): Durations;
  hazards(): Hazards;
  log(line: string): void;
  /** The metadata server a VM's startup script reports to, ending in `/computeMetadata/v1`. */
  metadataUrl(instance: InstanceRecord): string;
  /** The machine's bash, or undefined where there is none (scripts cannot run). */
  readonly bash: string | undefined;
}

/** A parsed GCE API request, as a route handler sees it. */
export interface GceRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** The error an injected fault asks this request's operation to end with, if any (consumed). */
  operationFault(): OperationError | undefined;
}

/** A GCE method; `path` is relative to `/compute/v1/`. */
export interface Route extends BaseRoute<GceRequest> {
  method: 'GET' | 'POST' | 'DELETE' | 'PATCH';
}
