import type { Durations } from '../durations.js';
import type { Timers } from '../timers.js';
import type { OperationError, Operations } from './operations.js';
import type { Links } from './links.js';
import type { GceState, InstanceRecord } from './state.js';

/** What every GCE handler shares. */
export interface GceContext {
  readonly state: GceState;
  readonly links: Links;
  readonly ops: Operations;
  readonly timers: Timers;
  durations(): Durations;
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

export interface Route {
  method: 'GET' | 'POST' | 'DELETE' | 'PATCH';
  /** Relative to `/compute/v1/`, with `:name` parameters, e.g. `projects/:project/global/images/:image`. */
  path: string;
  handle(req: GceRequest): unknown;
}
