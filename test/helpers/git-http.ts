import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Git's smart HTTP protocol on 127.0.0.1, served by git's own `git http-backend` (CGI), with
 * GitHub's gate in front: every request must carry exactly one Authorization header, the
 * expected one, and a token without write access gets 403 on push.
 */
export class GitHttpServer {
  /** The Authorization headers of each request, as many as the client sent. */
  readonly authorizations: string[][] = [];
  /** Refuse pushes with 403, as GitHub does for a token without `contents: write`. */
  denyPush = false;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly projectRoot: string,
    private readonly expected: string,
  ) {}

  /** Serves the bare repositories under `projectRoot` to clients sending `authorization`. */
  static async start(projectRoot: string, authorization: string): Promise<GitHttpServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const git = new GitHttpServer(server, `http://127.0.0.1:${port}`, projectRoot, authorization);
    server.on('request', (req, res) => git.handle(req, res));
    return git;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const sent: string[] = [];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      if (req.rawHeaders[i]?.toLowerCase() === 'authorization') sent.push(req.rawHeaders[i + 1]!);
    }
    this.authorizations.push(sent);
    if (sent.length !== 1 || sent[0] !== this.expected) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' });
      res.end();
      return;
    }
    const service = url.searchParams.get('service') ?? url.pathname.split('/').pop();
    if (this.denyPush && service === 'git-receive-pack') {
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('Permission to acme/workers.git denied to github-actions[bot].\n');
      return;
    }
    this.cgi(req, res, url);
  }

  private cgi(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const header = (name: string): string => String(req.headers[name] ?? '');
    const child = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env['PATH'] ?? '',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_PROJECT_ROOT: this.projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        REMOTE_USER: 'x-access-token',
        REMOTE_ADDR: '127.0.0.1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: header('content-type'),
        HTTP_CONTENT_ENCODING: header('content-encoding'),
        HTTP_GIT_PROTOCOL: header('git-protocol'),
      },
    });
    req.pipe(child.stdin);
    let head = Buffer.alloc(0);
    let sentHead = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (sentHead) return void res.write(chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':');
        const [name, value] = [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
      sentHead = true;
    });
    child.on('close', () => res.end());
  }
}
