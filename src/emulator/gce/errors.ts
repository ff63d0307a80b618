/**
 * Errors shaped as the Compute API documents them:
 * `{"error":{"code":404,"message":"...","errors":[{"message":"...","domain":"global","reason":"notFound"}]}}`.
 */
export class GceError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** `usageLimits` for rate limits; `global` for everything else. */
    readonly domain = 'global',
    /** `google.rpc` details (ErrorInfo, Help), which newer answers carry. */
    readonly details?: unknown[],
  ) {
    super(message);
  }

  body(): unknown {
    return {
      error: {
        code: this.status,
        message: this.message,
        errors: [{ message: this.message, domain: this.domain, reason: this.reason }],
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

export function notFound(resource: string): GceError {
  return new GceError(404, 'notFound', `The resource '${resource}' was not found`);
}

export function alreadyExists(resource: string): GceError {
  return new GceError(409, 'alreadyExists', `The resource '${resource}' already exists`);
}

export function invalidField(field: string, value: unknown, why: string): GceError {
  const shown = typeof value === 'string' ? value : JSON.stringify(value ?? '');
  return new GceError(400, 'invalid', `Invalid value for field '${field}': '${shown}'. ${why}`);
}

export function required(field: string): GceError {
  return new GceError(400, 'required', `Required field '${field}' not specified`);
}

export function resourceInUse(resource: string, user: string): GceError {
  return new GceError(
    400,
    'resourceInUseByAnotherResource',
    `The disk resource '${resource}' is already being used by '${user}'`,
  );
}

const FAULT_REASONS: Record<number, [string, string]> = {
  403: ['forbidden', 'Required permission is missing (injected by the emulator)'],
  429: ['rateLimitExceeded', 'Rate Limit Exceeded'],
  500: ['backendError', 'Internal error. Please try again or contact Google Support.'],
  502: ['backendError', 'Bad Gateway'],
  503: ['backendError', 'The service is currently unavailable.'],
  504: ['backendError', 'Deadline exceeded'],
};

/**
 * 403s that mean "slow down", as Google APIs phrase them (google-api-python-client#170,
 * google-cloud-go#269); `domain` usageLimits.
 */
const RATE_LIMIT_REASONS: Record<string, string> = {
  rateLimitExceeded: 'Rate Limit Exceeded',
  userRateLimitExceeded: 'User Rate Limit Exceeded',
};

/**
 * The error an injected HTTP fault answers with, as GCE would phrase that status; a 403 with
 * reason `rateLimitExceeded` or `userRateLimitExceeded` is a rate limit, not a refusal.
 */
export function faultError(
  status: number,
  message?: string,
  retryAfter?: number,
  reason?: string,
): GceError {
  const headers: Record<string, string> =
    retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) };
  const limited = reason === undefined ? undefined : RATE_LIMIT_REASONS[reason];
  if (limited !== undefined) {
    return new GceError(status, reason!, message ?? limited, headers, 'usageLimits');
  }
  const [known, text] = FAULT_REASONS[status] ?? ['emulatedFault', `HTTP ${status}`];
  return new GceError(status, reason ?? known, message ?? text, headers);
}

/**
 * An organization policy constraint refusing a request: 412 `conditionNotMet`, as
 * `gcloud compute instances get-guest-attributes` reports it ("HTTPError 412: Constraint
 * constraints/compute.disableGuestAttributesAccess violated for project 000000000000.").
 */
export function constraintViolated(constraint: string, projectNumber: string): GceError {
  return new GceError(
    412,
    'conditionNotMet',
    `Constraint constraints/${constraint} violated for project ${projectNumber}.`,
  );
}

const HTTP_MESSAGES: Record<number, string> = {
  400: 'BAD REQUEST',
  403: 'FORBIDDEN',
  404: 'NOT FOUND',
  409: 'CONFLICT',
  429: 'TOO MANY REQUESTS',
  500: 'INTERNAL SERVER ERROR',
  503: 'SERVICE UNAVAILABLE',
};

/** GCE reports a failed operation's HTTP status as its `httpErrorMessage` in capitals. */
export function httpErrorMessage(status: number): string {
  return HTTP_MESSAGES[status] ?? `HTTP ${status}`;
}

/** Status a failed operation reports for well-known error codes. */
export function operationErrorStatus(code: string): number {
  // googleapis/python-compute#279: the client reports RESOURCE_OPERATION_RATE_EXCEEDED as 403.
  if (code === 'QUOTA_EXCEEDED' || code === 'RESOURCE_OPERATION_RATE_EXCEEDED') return 403;
  if (code.endsWith('RESOURCE_POOL_EXHAUSTED')) return 503;
  if (code === 'RESOURCE_NOT_FOUND') return 404;
  return 400;
}

export function notReady(resource: string): GceError {
  return new GceError(400, 'resourceNotReady', `The resource '${resource}' is not ready`);
}
