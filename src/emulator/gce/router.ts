import type { GceRequest, Route } from './context.js';

/** A malformed escape is kept as sent: the lookup then fails with GCE's own 404. */
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

interface Compiled {
  route: Route;
  pattern: RegExp;
  names: string[];
}

/** Matches `METHOD path` against `:param` routes, first declared first. */
export class Router {
  private readonly compiled: Compiled[];

  constructor(routes: Route[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      const source = route.path
        .split('/')
        .map((part) => {
          if (!part.startsWith(':')) return part;
          names.push(part.slice(1));
          return '([^/]+)';
        })
        .join('/');
      return { route, names, pattern: new RegExp(`^${source}$`) };
    });
  }

  match(
    method: string,
    path: string,
  ): { handle: (req: GceRequest) => unknown; params: Record<string, string> } | undefined {
    for (const { route, pattern, names } of this.compiled) {
      if (route.method !== method) continue;
      const m = pattern.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      names.forEach((name, i) => {
        params[name] = decode(m[i + 1]!);
      });
      return { handle: route.handle, params };
    }
    return undefined;
  }
}
