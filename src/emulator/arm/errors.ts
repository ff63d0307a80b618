/**
 * Errors shaped as Azure Resource Manager sends them: `{"error":{"code":"...","message":"..."}}`.
 * The SDKs surface them as RestError with `statusCode` and `code`.
 */
export interface ArmErrorDetail {
  code: string;
  message: string;
}

export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly details?: ArmErrorDetail[],
  ) {
    super(message);
  }

  body(): { error: { code: string; message: string; details?: ArmErrorDetail[] } } {
    const error = { code: this.code, message: this.message };
    return { error: this.details ? { ...error, details: this.details } : error };
  }
}

/** ARM names the type and the name path below the provider: `Microsoft.Compute/galleries/g/images/d`. */
export function resourceNotFound(typedName: string, resourceGroup: string): ArmError {
  return new ArmError(
    404,
    'ResourceNotFound',
    `The Resource '${typedName}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
  );
}

export function resourceGroupNotFound(resourceGroup: string): ArmError {
  return new ArmError(
    404,
    'ResourceGroupNotFound',
    `Resource group '${resourceGroup}' could not be found.`,
  );
}

export function parentNotFound(parent: string): ArmError {
  return new ArmError(
    404,
    'ParentResourceNotFound',
    `Can not perform requested operation on nested resource. Parent resource '${parent}' not found.`,
  );
}

export function invalidParameter(message: string): ArmError {
  return new ArmError(400, 'InvalidParameter', message);
}

export function conflict(code: string, message: string): ArmError {
  return new ArmError(409, code, message);
}

/** Compute's refusal of an operation in the VM's current state. */
export function notAllowedOnVm(operation: string, vm: string, why: string): ArmError {
  return conflict(
    'OperationNotAllowed',
    `Operation '${operation}' is not allowed on VM '${vm}' since the VM is ${why}.`,
  );
}

const FAULTS: Record<number, [string, string]> = {
  401: ['AuthenticationFailed', 'Authentication failed (injected by the emulator).'],
  403: [
    'AuthorizationFailed',
    'The client does not have authorization to perform this action (injected by the emulator).',
  ],
  409: ['Conflict', 'The request conflicts with the current state (injected by the emulator).'],
  429: [
    'TooManyRequests',
    'The request is being throttled as the limit has been reached for operation type (injected by the emulator).',
  ],
  500: [
    'InternalServerError',
    'The server encountered an internal error; retry the request (injected by the emulator).',
  ],
  502: ['BadGateway', 'The gateway did not receive a response from the service.'],
  503: ['ServiceUnavailable', 'The service is currently unavailable.'],
  504: ['GatewayTimeout', 'The gateway did not receive a response within the specified time.'],
};

/** The error an injected HTTP fault answers with, as ARM would phrase that status. */
export function faultError(status: number, message?: string, retryAfter?: number): ArmError {
  const [code, text] = FAULTS[status] ?? ['EmulatedFault', `HTTP ${status}`];
  const headers: Record<string, string> =
    retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) };
  return new ArmError(status, code, message ?? text, headers);
}
