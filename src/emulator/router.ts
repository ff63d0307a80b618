/** A malformed escape is kept as sent: the lookup then fails with the service's own 404. */
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** One operation of an emulated API: `path` has `:name` parameters, e.g. `projects/:project/global/images/:image`. */
export interface Route<Req, Res = unknown> {
  method: string;
  path: string;
  handle(req: Req): Res;
}

interface Compiled<Req, Res> {
  route: Route<Req, Res>;
  pattern: RegExp;
  names: string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Matches `METHOD path` against `:param` routes, first declared first. `ignoreCase` matches the
 * literal segments case-insensitively, as Azure Resource Manager does (`resourcegroups` and
 * `resourceGroups` are the same path); parameters keep the case they were sent in.
 */
export class Router<Req, Res = unknown> {
  private readonly compiled: Compiled<Req, Res>[];

  constructor(routes: Route<Req, Res>[], opts: { ignoreCase?: boolean } = {}) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      const source = route.path
        .split('/')
        .map((part) => {
          if (!part.startsWith(':')) return escapeRegExp(part);
          names.push(part.slice(1));
          return '([^/]+)';
        })
        .join('/');
      return { route, names, pattern: new RegExp(`^${source}$`, opts.ignoreCase ? 'i' : '') };
    });
  }

  /** Every route, `METHOD path`, in the order declared. */
  list(): string[] {
    return this.compiled.map(({ route }) => `${route.method} ${route.path}`);
  }

  match(
    method: string,
    path: string,
  ): { handle: (req: Req) => Res; params: Record<string, string> } | undefined {
    for (const { route, pattern, names } of this.compiled) {
      if (route.method !== method) continue;
      const m = pattern.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      names.forEach((name, i) => {
        params[name] = decode(m[i + 1]!);
      });
      return { handle: (req) => route.handle(req), params };
    }
    return undefined;
  }
}
