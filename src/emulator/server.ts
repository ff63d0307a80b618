import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallLog } from './calls.js';
import type { Faults, HttpFault } from './faults.js';
import { sendJson } from './http.js';

/** One emulated service under a path prefix (`/compute/v1/`, `/__emulator/`, later ARM and EC2). */
export interface Mount {
  prefix: string;
  /** Set for cloud API traffic: it is recorded in the call log and injected faults hit it. */
  api?: { sendFault(res: ServerResponse, fault: HttpFault): void };
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
}

/** One port for every emulated service, routing by path prefix (longest first). */
export class EmulatorServer {
  private readonly server: Server;
  private mounts: Mount[] = [];

  constructor(
    private readonly calls: CallLog,
    private readonly faults: Faults,
    private readonly log: (line: string) => void,
  ) {
    this.server = createServer((req, res) => {
      this.dispatch(req, res).catch((err: unknown) => {
        this.log(`emulator: ${req.method} ${req.url} failed: ${String(err)}`);
        if (!res.headersSent) sendJson(res, 500, { error: { code: 500, message: String(err) } });
        else res.destroy();
      });
    });
  }

  mount(mounts: Mount[]): void {
    this.mounts = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  }

  /** Listens on 127.0.0.1 only: the emulator is never reachable from another machine. */
  listen(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve((this.server.address() as AddressInfo).port);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      // Keep-alive sockets of SDK clients would hold close() open indefinitely.
      this.server.closeAllConnections();
    });
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const mount = this.mounts.find((m) => url.pathname.startsWith(m.prefix));
    if (!mount) {
      req.resume();
      return sendJson(res, 404, {
        error: { code: 404, message: `the emulator serves nothing at ${method} ${url.pathname}` },
      });
    }
    if (mount.api) {
      const record = this.calls.start(method, url.pathname, url.search.replace(/^\?/, ''));
      res.once('close', () => {
        record.status = res.writableFinished ? res.statusCode : 499;
        this.log(`${method} ${url.pathname} ${record.status}`);
      });
      const fault = this.faults.takeHttp(method, url.pathname);
      if (fault) {
        req.resume();
        return mount.api.sendFault(res, fault);
      }
    }
    await mount.handle(req, res, url);
  }
}
