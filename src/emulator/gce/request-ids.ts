import { invalidField } from './errors.js';
import type { OperationRecord, Operations } from './operations.js';

/**
 * `requestId` on a method that changes something: "If you make the request again with the
 * same request ID, the server can check if original operation with the same request ID was
 * received, and if so, will ignore the second request. This prevents clients from accidentally
 * creating duplicate commitments. The request ID must be a valid UUID with the exception that
 * zero UUID is not supported (00000000-0000-0000-0000-000000000000)." (every insert, delete and
 * set method of compute v1, e.g. InsertInstanceRequest.request_id). The server keeps them "for at
 * least 60 minutes since the first request"; the emulator keeps them for its whole run. A
 * request refused outright made no operation, so its retry runs again.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ZERO = '00000000-0000-0000-0000-000000000000';

/** The request's id, checked; undefined when it has none or changes nothing. */
export function requestIdOf(method: string, query: URLSearchParams): string | undefined {
  if (method === 'GET') return undefined;
  const id = query.get('requestId');
  if (id === null || id === '') return undefined;
  if (!UUID.test(id) || id === ZERO) {
    // The doc's rule, in GCE's invalid-field form; the exact wording is the emulator's.
    throw invalidField(
      'requestId',
      id,
      'The request ID must be a valid UUID with the exception that zero UUID is not supported (00000000-0000-0000-0000-000000000000).',
    );
  }
  return id;
}

/** The operations requests made, by project and request id. */
export class RequestIds {
  private readonly operations = new Map<string, OperationRecord>();

  constructor(private readonly ops: Operations) {}

  /** The operation an earlier request with this id started, if any. */
  earlier(project: string, id: string): OperationRecord | undefined {
    return this.operations.get(`${project}/${id}`);
  }

  /** Keeps the operation a request answered with, so its retry gets it back. */
  remember(project: string, id: string, answer: unknown): void {
    const op = answer as { kind?: unknown; name?: unknown; zone?: unknown };
    if (op?.kind !== 'compute#operation' || typeof op.name !== 'string') return;
    const zone = typeof op.zone === 'string' ? op.zone.split('/').pop() : undefined;
    this.operations.set(`${project}/${id}`, this.ops.find(project, zone, op.name));
  }

  clear(): void {
    this.operations.clear();
  }
}
