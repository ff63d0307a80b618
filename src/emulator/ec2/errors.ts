/** An EC2 error as the API answers it: HTTP status, `Code` (the SDK's `e.name`) and message. */
export class Ec2Error extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function invalidParameter(message: string): Ec2Error {
  return new Ec2Error('InvalidParameterValue', message);
}

export function missingParameter(name: string): Ec2Error {
  return new Ec2Error('MissingParameter', `The request must contain the parameter ${name}`);
}

export function amiNotFound(id: string): Ec2Error {
  return new Ec2Error('InvalidAMIID.NotFound', `The image id '[${id}]' does not exist`);
}

export function instanceNotFound(id: string): Ec2Error {
  return new Ec2Error('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`);
}

export function snapshotNotFound(id: string): Ec2Error {
  return new Ec2Error('InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`);
}

const FAULT_CODES: Record<number, [string, string]> = {
  400: ['InvalidParameterValue', 'Injected by the emulator'],
  401: ['AuthFailure', 'AWS was not able to validate the provided access credentials'],
  403: ['UnauthorizedOperation', 'You are not authorized to perform this operation.'],
  429: ['RequestLimitExceeded', 'Request limit exceeded.'],
  500: ['InternalError', 'An internal error has occurred'],
  503: ['Unavailable', "The server is overloaded and can't handle the request."],
};

/** The error an injected HTTP fault answers with, as EC2 phrases that status. */
export function faultError(status: number, message?: string, retryAfter?: number): Ec2Error {
  const [code, text] = FAULT_CODES[status] ?? ['EmulatedFault', `HTTP ${status}`];
  const headers: Record<string, string> =
    retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) };
  return new Ec2Error(code, message ?? text, status, headers);
}

/**
 * `DryRun=true` on a request EC2 would carry out: HTTP 412, code DryRunOperation, nothing
 * changed (the wire answer quoted in getmoto/moto#1980; API reference, DryRun parameter).
 * The other documented answer, UnauthorizedOperation, needs IAM, which the emulator does not
 * model (a 403 fault answers it).
 */
export function dryRunOperation(): Ec2Error {
  return new Ec2Error(
    'DryRunOperation',
    'Request would have succeeded, but DryRun flag is set.',
    412,
  );
}

/** Called by each action once the request is checked and before it changes or reads anything. */
export function stopIfDryRun(req: { dryRun: boolean }): void {
  if (req.dryRun) throw dryRunOperation();
}
