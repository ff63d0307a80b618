import { createHash } from 'node:crypto';

/** One cloud API request as the emulator answered it (control and metadata calls excluded). */
export interface CallRecord {
  time: string;
  method: string;
  /**
   * The URL path without the query, e.g. `/compute/v1/projects/p/global/images/x`. EC2 calls
   * (all `POST /`) are logged as `/ec2/<region>/<Action>`, e.g. `/ec2/us-east-1/RunInstances`.
   */
  path: string;
  /** The query string without `?`, or '' (the SDK sends a bare `?` when there is none). */
  query: string;
  /** The answer's status; 499 when the client went away first (e.g. an abandoned long-poll). */
  status: number;
  /**
   * The request's credential, never the secret itself: its Authorization scheme and the first
   * 12 hex digits of the SHA-256 of the rest (`Bearer sha256:…`, see `credentialPrint`), so a
   * test can tell which token a call carried; absent when the request had none.
   */
  auth?: string;
}

/** What a call log shows of an Authorization header (see `CallRecord.auth`). */
export function credentialPrint(authorization: string): string {
  const at = authorization.indexOf(' ');
  const scheme = at === -1 ? authorization : authorization.slice(0, at);
  const rest = at === -1 ? '' : authorization.slice(at + 1);
  return `${scheme} sha256:${createHash('sha256').update(rest).digest('hex').slice(0, 12)}`;
}

/** The call log: what benchmarks count and tests assert on ("the bake read the image once"). */
export class CallLog {
  private records: CallRecord[] = [];

  /** Records a call as it arrives (so the log is in arrival order); set `status` once answered. */
  start(method: string, path: string, query: string, authorization?: string): CallRecord {
    const record: CallRecord = { time: new Date().toISOString(), method, path, query, status: 0 };
    if (authorization) record.auth = credentialPrint(authorization);
    this.records.push(record);
    return record;
  }

  list(): CallRecord[] {
    return this.records.map((r) => ({ ...r }));
  }

  clear(): void {
    this.records = [];
  }
}
