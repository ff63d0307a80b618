import type { GceContext } from './context.js';
import { servedRegions, zonesOf } from './geography.js';
import { filtered, pageWindow } from './list.js';

type Json = Record<string, unknown>;

/**
 * An aggregated list (instances.aggregatedList, disks.aggregatedList) as GCE pages it
 * (https://cloud.google.com/compute/docs/reference/rest/v1/instances/aggregatedList): `filter`
 * and `orderBy` applied within each zone, zones in name order, and `maxResults` (≤ 500, 500 by
 * default) and `pageToken` counting items across zones, so a page may end inside one zone and
 * the next begin there. Every zone of the served regions is a key of `items` on every page; one
 * with nothing on this page holds GCE's NO_RESULTS_ON_PAGE warning instead of a list, which a
 * client must step over.
 */
export function aggregatedPage(
  ctx: GceContext,
  opts: {
    project: string;
    /** The list's key in each scope: `instances`, `disks`. */
    key: string;
    kind: string;
    /** Each item with its zone. */
    all: { zone: string; item: Json }[];
    query: URLSearchParams;
  },
): Json {
  const { project, key, query } = opts;
  const byZone = new Map<string, Json[]>();
  for (const zone of servedRegions().flatMap(zonesOf)) byZone.set(zone, []);
  for (const { zone, item } of opts.all) byZone.set(zone, [...(byZone.get(zone) ?? []), item]);
  const zones = [...byZone.keys()].sort();
  const flat = zones.flatMap((zone) =>
    filtered(byZone.get(zone) ?? [], query).map((item) => ({ zone, item })),
  );
  const { offset, size, next } = pageWindow(query, flat.length);
  const onPage = new Map<string, Json[]>();
  for (const { zone, item } of flat.slice(offset, offset + size)) {
    onPage.set(zone, [...(onPage.get(zone) ?? []), item]);
  }
  const items: Record<string, Json> = {};
  for (const zone of zones) {
    const scope = `zones/${zone}`;
    const found = onPage.get(zone);
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
