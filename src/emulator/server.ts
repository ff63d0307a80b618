import { createServer, ServerResponse, type IncomingMessage, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Certificate } from './certificate.js';
import type { CallLog } from './calls.js';
import type { Faults, HttpFault } from './faults.js';
import { sendJson } from './http.js';

/** One emulated service under a path prefix (`/compute/v1/`, `/__emulator/`, later ARM and EC2). */
export interface Mount {
  prefix: string;
  /** Set for cloud API traffic: it is recorded in the call log and injected faults hit it. */
  api?: { sendFault(res: ServerResponse, fault: HttpFault): void };
  /** For a mount at a prefix another shares (`/`): whether it serves this path. */
  serves?(pathname: string): boolean;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
}

/**
 * Every emulated service behind one dispatch, routing by path prefix (longest first), on a
 * plain HTTP port and, once `listenTls` is called, an HTTPS port (Azure's SDK insists on TLS).
 * Both ports see the same services, call log and faults.
 */
export class EmulatorServer {
  private readonly servers: Server[] = [];
  private mounts: Mount[] = [];

  constructor(
    private readonly calls: CallLog,
    private readonly faults: Faults,
    private readonly log: (line: string) => void,
  ) {}

  private readonly onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    this.dispatch(req, res).catch((err: unknown) => {
      this.log(`emulator: ${req.method} ${req.url} failed: ${String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { error: { code: 500, message: String(err) } });
      else res.destroy();
    });
  };

  mount(mounts: Mount[]): void {
    this.mounts = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  }

  /** Plain HTTP on 127.0.0.1; returns the port. */
  listen(port: number): Promise<number> {
    return this.start(createServer(this.onRequest), port);
  }

  /** HTTPS on 127.0.0.1 with `certificate`; returns the port. */
  listenTls(port: number, certificate: Certificate): Promise<number> {
    return this.start(
      createTlsServer({ key: certificate.key, cert: certificate.cert }, this.onRequest),
      port,
    );
  }

  /** Listens on 127.0.0.1 only: the emulator is never reachable from another machine. */
  private start(server: Server, port: number): Promise<number> {
    this.servers.push(server);
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  }

  close(): Promise<void> {
    return Promise.all(
      this.servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            if (!server.listening) return resolve();
            server.close(() => resolve());
            // Keep-alive sockets of SDK clients would hold close() open indefinitely.
            server.closeAllConnections();
          }),
      ),
    ).then(() => undefined);
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const mount = this.mounts.find(
      (m) => url.pathname.startsWith(m.prefix) && (m.serves?.(url.pathname) ?? true),
    );
    if (!mount) {
      req.resume();
      return sendJson(res, 404, {
        error: { code: 404, message: `the emulator serves nothing at ${method} ${url.pathname}` },
      });
    }
    if (mount.api) {
      const record = this.calls.start(
        method,
        url.pathname,
        url.search.replace(/^\?/, ''),
        req.headers.authorization,
      );
      res.once('close', () => {
        record.status = res.writableFinished ? res.statusCode : 499;
        this.log(`${method} ${url.pathname} ${record.status}`);
      });
      const fault = this.faults.takeHttp(method, url.pathname);
      if (fault?.lost) {
        // Carried out against a response nobody reads; the caller gets the fault.
        await mount.handle(req, new ServerResponse(req), url);
        return mount.api.sendFault(res, fault);
      }
      if (fault) {
        req.resume();
        return mount.api.sendFault(res, fault);
      }
    }
    await mount.handle(req, res, url);
  }
}
