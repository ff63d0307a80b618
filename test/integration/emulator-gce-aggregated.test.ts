import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { gceClients, startTestEmulator, waitDone, type GceClients } from '../helpers/emulator.js';

const project = 'aggregated-project';
/** Five instances over three zones of two regions, listed in zone then name order. */
const PLACED = [
  ['europe-west1-b', 'e-1'],
  ['us-central1-a', 'a-1'],
  ['us-central1-a', 'a-2'],
  ['us-central1-a', 'a-3'],
  ['us-central1-c', 'c-1'],
] as const;

let emulator: Emulator;
let gce: GceClients;

beforeAll(async () => {
  emulator = await startTestEmulator();
  gce = gceClients(emulator);
  for (const [zone, name] of PLACED) {
    const [op] = await gce.instances.insert({
      project,
      zone,
      instanceResource: {
        name,
        machineType: `zones/${zone}/machineTypes/e2-small`,
        labels: { role: name === 'a-2' ? 'other' : 'builder' },
        disks: [
          {
            boot: true,
            autoDelete: true,
            initializeParams: {
              sourceImage: 'projects/debian-cloud/global/images/family/debian-12',
            },
          },
        ],
        networkInterfaces: [{}],
      },
    });
    await waitDone(gce, project, op);
  }
});

interface AggregatedPage {
  items?: Record<
    string,
    { instances?: { name: string }[]; disks?: { name: string }[]; warning?: unknown }
  >;
  nextPageToken?: string;
}

/** One page as a REST client gets it (the Node SDK only iterates aggregated lists). */
async function page(kind: 'instances' | 'disks', query: Record<string, string>) {
  const res = await fetch(
    `${emulator.gceEndpoint}/compute/v1/projects/${project}/aggregated/${kind}?${new URLSearchParams(query)}`,
  );
  return { status: res.status, body: (await res.json()) as AggregatedPage };
}

afterAll(async () => {
  await gce?.close();
  await emulator?.stop();
});

describe('aggregated lists, paged as GCE pages them', () => {
  it('count maxResults across zones, so a client that follows nextPageToken sees every item once', async () => {
    const seen: string[] = [];
    let pages = 0;
    let pageToken: string | undefined;
    do {
      const { body } = await page('instances', {
        maxResults: '2',
        ...(pageToken ? { pageToken } : {}),
      });
      pages++;
      const onPage = Object.entries(body.items ?? {}).flatMap(([scope, scoped]) =>
        (scoped.instances ?? []).map((i) => `${scope}/${i.name}`),
      );
      expect(onPage.length).toBeLessThanOrEqual(2);
      seen.push(...onPage);
      pageToken = body.nextPageToken;
    } while (pageToken);
    // A page ends inside us-central1-a and the next goes on there.
    expect(pages).toBe(3);
    expect(seen).toEqual(PLACED.map(([zone, name]) => `zones/${zone}/${name}`));
  });

  it('name every zone on every page, the empty ones with a NO_RESULTS_ON_PAGE warning', async () => {
    const { body } = await page('disks', { maxResults: '2' });
    const items = body.items ?? {};
    expect(Object.keys(items)).toEqual(expect.arrayContaining(['zones/us-east1-b']));
    expect(items['zones/europe-west1-b']?.disks).toHaveLength(1);
    expect(items['zones/us-central1-a']?.disks).toHaveLength(1);
    // us-central1-c has a disk, on a later page.
    for (const scope of ['zones/us-east1-b', 'zones/us-central1-c']) {
      expect(items[scope]).toEqual({
        warning: {
          code: 'NO_RESULTS_ON_PAGE',
          message: `There are no results for scope '${scope}' on this page.`,
          data: [{ key: 'scope', value: scope }],
        },
      });
    }
  });

  it('apply the filter before paging, and the SDK iterator steps over the empty zones', async () => {
    const found: string[] = [];
    for await (const [scope, scoped] of gce.instances.aggregatedListAsync(
      { project, filter: 'labels.role = builder', maxResults: 1 },
      { autoPaginate: false },
    )) {
      for (const i of scoped.instances ?? []) found.push(`${scope}/${i.name}`);
    }
    expect(found).toEqual(
      PLACED.filter(([, name]) => name !== 'a-2').map(([zone, name]) => `zones/${zone}/${name}`),
    );
  });

  it('refuse a page size over 500 as a list does', async () => {
    expect((await page('instances', { maxResults: '501' })).status).toBe(400);
    expect((await page('disks', { pageToken: 'not-a-token' })).status).toBe(400);
  });

  it('list operations per zone and across every scope (gcloud compute operations list)', async () => {
    const [zonal] = await gce.zoneOperations.list(
      { project, zone: 'us-central1-a' },
      { autoPaginate: true },
    );
    expect(zonal.map((op) => [op.operationType, op.targetLink?.split('/').pop()])).toEqual(
      expect.arrayContaining([
        ['insert', 'a-1'],
        ['insert', 'a-2'],
        ['insert', 'a-3'],
      ]),
    );
    expect(zonal).toHaveLength(3);
    const everywhere: string[] = [];
    for await (const [scope, scoped] of gce.globalOperations.aggregatedListAsync({
      project,
      filter: 'operationType = insert',
      maxResults: 2,
    })) {
      for (const op of scoped.operations ?? []) {
        everywhere.push(`${scope}/${op.targetLink?.split('/').pop()}`);
      }
    }
    expect(everywhere.sort()).toEqual(PLACED.map(([zone, name]) => `zones/${zone}/${name}`).sort());
    const [global] = await gce.globalOperations.list({ project }, { autoPaginate: true });
    expect(global).toEqual([]);
  });
});
