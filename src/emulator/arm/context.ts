import type { Durations } from '../durations.js';
import type { Hazards } from '../hazards.js';
import type { OperationFault } from '../faults.js';
import type { Route as BaseRoute } from '../router.js';
import type { Timers } from '../timers.js';
import type { Outcomes } from '../vm/outcomes.js';
import type { AsyncOperations } from './operations.js';
import type { PrincipalDirectory } from './principals.js';
import type { ArmState } from './state.js';

/** What every ARM handler shares. */
export interface ArmContext {
  readonly state: ArmState;
  readonly ops: AsyncOperations;
  readonly timers: Timers;
  /** How builders' provisioning scripts end (shared with the other clouds' VMs). */
  readonly outcomes: Outcomes;
  durations(): Durations;
  hazards(): Hazards;
  log(line: string): void;
  /** The machine's bash, or undefined where there is none (run-command cannot run scripts). */
  readonly bash: string | undefined;
  /** Who role assignments can name. */
  readonly principals: PrincipalDirectory;
}

export type OperationError = OperationFault['operationError'];

/** A parsed ARM request, as a route handler sees it. */
export interface ArmRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** The request's headers, names in lower case. */
  headers: Record<string, string | string[] | undefined>;
  /** The request's own `api-version`: operation URLs handed back carry it too. */
  apiVersion: string;
  /** `https://127.0.0.1:PORT` as the client reached it, for the operation URLs handed back. */
  baseUrl: string;
  /** The error an injected fault asks this request's operation to end with, if any (consumed). */
  operationFault(): OperationError | undefined;
}

export interface ArmResponse {
  status: number;
  /** Absent: an empty body (ARM's 202s and 204s). */
  body?: unknown;
  headers?: Record<string, string>;
}

/** An ARM operation; `path` is relative to `/` and matched case-insensitively. */
export interface Route extends BaseRoute<ArmRequest, ArmResponse | Promise<ArmResponse>> {
  method: 'GET' | 'HEAD' | 'PUT' | 'PATCH' | 'POST' | 'DELETE';
}
