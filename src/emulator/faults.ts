/** The next `times` API requests matching `method` and `path` answer `status`. */
export interface HttpFault {
  method?: string;
  /** A regular expression tested against the request path (no query); EC2: `/ec2/<region>/<Action>`. */
  path: string;
  status: number;
  /** Seconds, sent as a `Retry-After` header. */
  retryAfter?: number;
  /** How many requests it hits; 1 when absent. */
  times?: number;
  message?: string;
  /**
   * The cloud's reason where one status has several meanings, e.g. GCE's 403
   * `rateLimitExceeded` or `userRateLimitExceeded` (a rate limit) instead of `forbidden`.
   */
  reason?: string;
  /**
   * The request is carried out and only its answer is lost: the caller gets `status` instead,
   * as when a call times out or a front end fails after the backend acted ("consider a
   * situation where you make an initial request and the request times out", GCE's requestId).
   * What a retry then meets (a duplicate, a 409, a 404) is the client's to handle.
   */
  lost?: boolean;
}

/** The next `times` long-running operations started by matching requests end with this error. */
export interface OperationFault {
  method?: string;
  path: string;
  operationError: { code: string; message: string; httpStatus?: number };
  times?: number;
}

export type FaultRule = HttpFault | OperationFault;

interface Armed<T> {
  rule: T;
  method?: string;
  path: RegExp;
  remaining: number;
}

function isOperationFault(rule: FaultRule): rule is OperationFault {
  return 'operationError' in rule;
}

/** Validates a rule from the control API; the message names the offending field. */
export function parseFaultRule(value: unknown): FaultRule {
  if (typeof value !== 'object' || value === null) throw new TypeError('a fault must be an object');
  const r = value as Record<string, unknown>;
  if (typeof r.path !== 'string') throw new TypeError('fault.path must be a regular expression');
  try {
    new RegExp(r.path);
  } catch (err) {
    throw new TypeError(`fault.path is not a valid regular expression: ${(err as Error).message}`);
  }
  if (r.method !== undefined && typeof r.method !== 'string') {
    throw new TypeError('fault.method must be an HTTP method');
  }
  if (r.times !== undefined && !(Number.isInteger(r.times) && (r.times as number) > 0)) {
    throw new TypeError('fault.times must be a positive integer');
  }
  if (r.operationError !== undefined) {
    const e = r.operationError as Record<string, unknown>;
    if (typeof e !== 'object' || e === null || typeof e.code !== 'string') {
      throw new TypeError('fault.operationError must be {code, message}');
    }
    if (e.httpStatus !== undefined && !isErrorStatus(e.httpStatus)) {
      throw new TypeError('fault.operationError.httpStatus must be a 4xx or 5xx status');
    }
    return value as OperationFault;
  }
  if (!isErrorStatus(r.status)) throw new TypeError('fault.status must be a 4xx or 5xx status');
  if (r.retryAfter !== undefined && !(typeof r.retryAfter === 'number' && r.retryAfter >= 0)) {
    throw new TypeError('fault.retryAfter must be a number of seconds');
  }
  if (r.message !== undefined && typeof r.message !== 'string') {
    throw new TypeError('fault.message must be a string');
  }
  if (r.lost !== undefined && typeof r.lost !== 'boolean') {
    throw new TypeError('fault.lost must be true or false');
  }
  if (r.reason !== undefined && typeof r.reason !== 'string') {
    throw new TypeError('fault.reason must be a string such as "rateLimitExceeded"');
  }
  return value as HttpFault;
}

function isErrorStatus(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 400 && (value as number) <= 599;
}

/** Armed faults, consumed in the order they were added (first match wins). */
export class Faults {
  private http: Armed<HttpFault>[] = [];
  private operation: Armed<OperationFault>[] = [];

  add(rule: FaultRule): void {
    const armed = {
      method: rule.method?.toUpperCase(),
      path: new RegExp(rule.path),
      remaining: rule.times ?? 1,
    };
    if (isOperationFault(rule)) this.operation.push({ ...armed, rule });
    else this.http.push({ ...armed, rule });
  }

  clear(): void {
    this.http = [];
    this.operation = [];
  }

  takeHttp(method: string, path: string): HttpFault | undefined {
    return take(this.http, method, path);
  }

  takeOperation(method: string, path: string): OperationFault['operationError'] | undefined {
    return take(this.operation, method, path)?.operationError;
  }
}

function take<T>(armed: Armed<T>[], method: string, path: string): T | undefined {
  const hit = armed.find((a) => (!a.method || a.method === method) && a.path.test(path));
  if (!hit) return undefined;
  hit.remaining -= 1;
  if (hit.remaining === 0) armed.splice(armed.indexOf(hit), 1);
  return hit.rule;
}
