import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

export interface FakePull {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  reviewers: string[];
}

/**
 * The few GitHub REST endpoints a pull request needs, on 127.0.0.1, answering as GitHub does
 * (same paths, fields and error bodies). Test-only: state lives in memory.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly pulls: FakePull[] = [];
  /** Answer creates like a repository where "Allow GitHub Actions to create…" is off. */
  forbidCreate = false;
  /** Just before answering our create, another run opens the same pull request. */
  raceOnCreate = false;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeGitHub> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeGitHub(server, `http://127.0.0.1:${port}`);
    server.on('request', (req, res) => void fake.handle(req, res));
    return fake;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Everything but reads: what a run changed on GitHub. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  reset(): void {
    this.requests.length = 0;
    this.pulls.length = 0;
    this.forbidCreate = false;
    this.raceOnCreate = false;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const text = await readBody(req);
    const body: unknown = text ? JSON.parse(text) : undefined;
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: req.headers.authorization,
    });
    const answer = (status: number, data: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(data));
    };
    const route = `${method} ${url.pathname}`;
    const input = (body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;

    if ((m = /^GET \/repos\/([^/]+)\/([^/]+)\/pulls$/.exec(route))) {
      const [owner, repo] = [m[1], m[2]];
      const q = url.searchParams;
      const found = this.pulls.filter(
        (p) =>
          (!q.get('head') || q.get('head') === `${owner}:${p.head}`) &&
          (!q.get('base') || q.get('base') === p.base) &&
          (q.get('state') === 'all' || p.state === (q.get('state') ?? 'open')),
      );
      return answer(
        200,
        found.map((p) => view(owner, repo, p)),
      );
    }
    if ((m = /^POST \/repos\/([^/]+)\/([^/]+)\/pulls$/.exec(route))) {
      const [owner, repo] = [m[1], m[2]];
      if (this.forbidCreate) {
        return answer(403, {
          message: 'GitHub Actions is not permitted to create or approve pull requests.',
          documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
          status: '403',
        });
      }
      const pull = this.open(input);
      if (this.raceOnCreate) {
        this.raceOnCreate = false;
        return answer(422, {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${owner}:${pull.head}.`,
            },
          ],
          documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
          status: '422',
        });
      }
      return answer(201, view(owner, repo, pull));
    }
    if ((m = /^PATCH \/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(route))) {
      const pull = this.pulls.find((p) => p.number === Number(m?.[3]));
      if (!pull) return answer(404, { message: 'Not Found', status: '404' });
      if (typeof input['title'] === 'string') pull.title = input['title'];
      if (typeof input['body'] === 'string') pull.body = input['body'];
      return answer(200, view(m[1], m[2], pull));
    }
    if ((m = /^POST \/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/labels$/.exec(route))) {
      const pull = this.pulls.find((p) => p.number === Number(m?.[3]));
      if (!pull) return answer(404, { message: 'Not Found', status: '404' });
      const labels = Array.isArray(input['labels']) ? (input['labels'] as string[]) : [];
      pull.labels = [...new Set([...pull.labels, ...labels])];
      return answer(
        200,
        pull.labels.map((name) => ({ name })),
      );
    }
    if ((m = /^POST \/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/requested_reviewers$/.exec(route))) {
      const pull = this.pulls.find((p) => p.number === Number(m?.[3]));
      if (!pull) return answer(404, { message: 'Not Found', status: '404' });
      const reviewers = Array.isArray(input['reviewers']) ? (input['reviewers'] as string[]) : [];
      pull.reviewers = [...new Set([...pull.reviewers, ...reviewers])];
      return answer(201, view(m[1], m[2], pull));
    }
    answer(404, { message: 'Not Found', status: '404' });
  }

  private open(input: Record<string, unknown>): FakePull {
    const pull: FakePull = {
      number: this.pulls.length + 1,
      head: String(input['head']),
      base: String(input['base']),
      title: String(input['title']),
      body: String(input['body'] ?? ''),
      state: 'open',
      labels: [],
      reviewers: [],
    };
    this.pulls.push(pull);
    return pull;
  }
}

function view(owner: string | undefined, repo: string | undefined, p: FakePull): object {
  return {
    number: p.number,
    state: p.state,
    title: p.title,
    body: p.body,
    html_url: `https://github.com/${owner}/${repo}/pull/${p.number}`,
    head: { ref: p.head, label: `${owner}:${p.head}` },
    base: { ref: p.base },
    labels: p.labels.map((name) => ({ name })),
    requested_reviewers: p.reviewers.map((login) => ({ login })),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
