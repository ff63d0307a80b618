import type { GceContext } from './context.js';
import { servedRegions, zonesOf } from './geography.js';
import { filtered, pageWindow } from './list.js';

type Json = Record<string, unknown>;

/** Every zone of the served regions as an aggregated list's scope (`zones/us-central1-a`). */
export function zoneScopes(): string[] {
  return servedRegions()
    .flatMap(zonesOf)
    .map((zone) => `zones/${zone}`);
}

/** Every scope an operation may have: `global`, each served region and each zone. */
export function allScopes(): string[] {
  return ['global', ...servedRegions().map((region) => `regions/${region}`), ...zoneScopes()];
}

/**
 * An aggregated list (instances.aggregatedList, disks.aggregatedList,
 * globalOperations.aggregatedList) as GCE pages it
 * (https://cloud.google.com/compute/docs/reference/rest/v1/instances/aggregatedList): `filter`
 * and `orderBy` applied within each scope, scopes in name order, and `maxResults` (≤ 500, 500 by
 * default) and `pageToken` counting items across scopes, so a page may end inside one scope and
 * the next begin there. Every scope is a key of `items` on every page; one with nothing on this
 * page holds GCE's NO_RESULTS_ON_PAGE warning instead of a list, which a client must step over
 * (its code, message and `scope` data as recorded GCE answers show them, e.g. the compute
 * responses in Google's Forseti Security test data).
 */
export function aggregatedPage(
  ctx: GceContext,
  opts: {
    project: string;
    /** The list's key in each scope: `instances`, `disks`, `operations`. */
    key: string;
    kind: string;
    /** The scopes named on every page (scopes of the items are added). */
    scopes: string[];
    /** Each item with its scope (`zones/us-central1-a`, `global`). */
    all: { scope: string; item: Json }[];
    query: URLSearchParams;
  },
): Json {
  const { project, key, query } = opts;
  const byScope = new Map<string, Json[]>();
  for (const scope of opts.scopes) byScope.set(scope, []);
  for (const { scope, item } of opts.all) {
    byScope.set(scope, [...(byScope.get(scope) ?? []), item]);
  }
  const scopes = [...byScope.keys()].sort();
  const flat = scopes.flatMap((scope) =>
    filtered(byScope.get(scope) ?? [], query).map((item) => ({ scope, item })),
  );
  const { offset, size, next } = pageWindow(query, flat.length);
  const onPage = new Map<string, Json[]>();
  for (const { scope, item } of flat.slice(offset, offset + size)) {
    onPage.set(scope, [...(onPage.get(scope) ?? []), item]);
  }
  const items: Record<string, Json> = {};
  for (const scope of scopes) {
    const found = onPage.get(scope);
    items[scope] = found
      ? { [key]: found }
      : {
          warning: {
            code: 'NO_RESULTS_ON_PAGE',
            message: `There are no results for scope '${scope}' on this page.`,
            data: [{ key: 'scope', value: scope }],
          },
        };
  }
  const path = `projects/${project}/aggregated/${key}`;
  return {
    kind: opts.kind,
    id: path,
    items,
    ...(next === undefined ? {} : { nextPageToken: next }),
    selfLink: ctx.links.url(path),
  };
}
