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
}

/** The call log: what benchmarks count and tests assert on ("the bake read the image once"). */
export class CallLog {
  private records: CallRecord[] = [];

  /** Records a call as it arrives (so the log is in arrival order); set `status` once answered. */
  start(method: string, path: string, query: string): CallRecord {
    const record = { time: new Date().toISOString(), method, path, query, status: 0 };
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
