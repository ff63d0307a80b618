/**
 * The reference reads clients make before creating anything (Packer's googlecompute driver
 * loads the zone, the machine type and the network), through the official SDK: zones,
 * regions, machine types, the default network and its subnets, and the project.
 */
import { MachineTypesClient } from '@google-cloud/compute/build/src/v1/machine_types_client.js';
import { NetworksClient } from '@google-cloud/compute/build/src/v1/networks_client.js';
import { ProjectsClient } from '@google-cloud/compute/build/src/v1/projects_client.js';
import { RegionsClient } from '@google-cloud/compute/build/src/v1/regions_client.js';
import { SubnetworksClient } from '@google-cloud/compute/build/src/v1/subnetworks_client.js';
import { ZonesClient } from '@google-cloud/compute/build/src/v1/zones_client.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { GCE_REGIONS } from '../../src/naming/gce-regions.js';
import { gceClients, sdkOptions, startTestEmulator, waitDone } from '../helpers/emulator.js';

const project = 'my-project';

let emulator: Emulator;
let zones: ZonesClient;
let regions: RegionsClient;
let machineTypes: MachineTypesClient;
let networks: NetworksClient;
let subnetworks: SubnetworksClient;
let projects: ProjectsClient;
beforeAll(async () => {
  emulator = await startTestEmulator();
  const options = sdkOptions(emulator);
  zones = new ZonesClient(options);
  regions = new RegionsClient(options);
  machineTypes = new MachineTypesClient(options);
  networks = new NetworksClient(options);
  subnetworks = new SubnetworksClient(options);
  projects = new ProjectsClient(options);
});
afterAll(async () => {
  await Promise.all(
    [zones, regions, machineTypes, networks, subnetworks, projects].map((c) => c?.close()),
  );
  await emulator?.stop();
});

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => ({ message: 'accepted' }) as { code?: number; message: string },
    (e: unknown) => e as { code?: number; message: string },
  );

const last = (url: string | null | undefined) => url?.split('/').pop();

describe('GCE emulator: reference reads', () => {
  it('zones: every region has a, b and c, the big ones their further zones; unknown zones are 404', async () => {
    const [zone] = await zones.get({ project, zone: 'us-central1-f' });
    expect(zone).toMatchObject({ kind: 'compute#zone', name: 'us-central1-f', status: 'UP' });
    expect(zone.region).toMatch(/\/projects\/my-project\/regions\/us-central1$/);
    expect(zone.selfLink).toMatch(/\/projects\/my-project\/zones\/us-central1-f$/);
    expect(zone.id).toMatch(/^\d+$/);

    const all = [];
    for await (const z of zones.listAsync({ project, maxResults: 50 })) all.push(z.name);
    expect(all).toHaveLength(GCE_REGIONS.length * 3 + 3);
    expect(all).toEqual(expect.arrayContaining(['europe-west1-d', 'us-east1-d', 'asia-east1-c']));

    const [inRegion] = await zones.list({ project, filter: 'name eq europe-west1-.*' });
    expect(inRegion.map((z) => z.name)).toEqual([
      'europe-west1-a',
      'europe-west1-b',
      'europe-west1-c',
      'europe-west1-d',
    ]);

    for (const unknown of ['us-central1-z', 'mars-north1-a']) {
      const e = await refusal(zones.get({ project, zone: unknown }));
      expect(e.code).toBe(5);
      expect(e.message).toContain(
        `The resource 'projects/my-project/zones/${unknown}' was not found`,
      );
    }
  });

  it('regions: each with its zones, status UP; unknown regions are 404', async () => {
    const [region] = await regions.get({ project, region: 'us-east1' });
    expect(region).toMatchObject({ kind: 'compute#region', name: 'us-east1', status: 'UP' });
    expect(region.zones?.map(last)).toEqual([
      'us-east1-a',
      'us-east1-b',
      'us-east1-c',
      'us-east1-d',
    ]);
    expect(region.quotas).toEqual([]);

    const [all] = await regions.list({ project });
    expect(all.map((r) => r.name)).toEqual([...GCE_REGIONS].sort());

    const e = await refusal(regions.get({ project, region: 'us-nowhere1' }));
    expect(e.code).toBe(5);
    expect(e.message).toContain("'projects/my-project/regions/us-nowhere1' was not found");
  });

  it('machine types: vCPUs and memory from the name; names GCE has not are 404', async () => {
    const shapes: [string, number, number, boolean][] = [
      ['n2-standard-4', 4, 16384, false],
      ['n2-highmem-2', 2, 16384, false],
      ['e2-highcpu-8', 8, 8192, false],
      ['n1-standard-1', 1, 3840, false],
      ['e2-micro', 2, 1024, true],
      ['e2-small', 2, 2048, true],
      ['e2-medium', 2, 4096, true],
      ['f1-micro', 1, 614, true],
      ['g1-small', 1, 1740, true],
      ['custom-6-20480', 6, 20480, false],
      ['n2-custom-4-8192-ext', 4, 8192, false],
    ];
    for (const [machineType, cpus, mb, shared] of shapes) {
      const [t] = await machineTypes.get({ project, zone: 'us-central1-a', machineType });
      expect(t, machineType).toMatchObject({
        kind: 'compute#machineType',
        name: machineType,
        guestCpus: cpus,
        memoryMb: mb,
        isSharedCpu: shared,
        zone: 'us-central1-a',
        maximumPersistentDisks: shared ? 16 : 128,
      });
    }

    const [listed] = await machineTypes.list({
      project,
      zone: 'europe-west4-b',
      filter: 'name = n2-*',
    });
    expect(listed.map((t) => t.name)).toContain('n2-standard-8');

    const missing = await refusal(
      machineTypes.get({ project, zone: 'us-central1-a', machineType: 'n9-standard-4' }),
    );
    expect(missing.code).toBe(5);
    expect(missing.message).toContain(
      "'projects/my-project/zones/us-central1-a/machineTypes/n9-standard-4' was not found",
    );
    const badZone = await refusal(
      machineTypes.get({ project, zone: 'us-central1-z', machineType: 'n2-standard-4' }),
    );
    expect(badZone.code).toBe(3);
    expect(badZone.message).toContain(
      "Invalid value for field 'zone': 'us-central1-z'. Unknown zone.",
    );
  });

  it('networks: every project has the auto mode default network; others are 404', async () => {
    const [network] = await networks.get({ project, network: 'default' });
    expect(network).toMatchObject({
      kind: 'compute#network',
      name: 'default',
      autoCreateSubnetworks: true,
      routingConfig: { routingMode: 'REGIONAL' },
      mtu: 1460,
    });
    expect(network.subnetworks).toHaveLength(GCE_REGIONS.length);
    expect(network.subnetworks).toContainEqual(
      expect.stringMatching(/\/projects\/my-project\/regions\/us-central1\/subnetworks\/default$/),
    );
    const [list] = await networks.list({ project: 'other-project' });
    expect(list.map((n) => n.name)).toEqual(['default']);

    const e = await refusal(networks.get({ project, network: 'prod-vpc' }));
    expect(e.code).toBe(5);
    expect(e.message).toContain("'projects/my-project/global/networks/prod-vpc' was not found");
  });

  it("subnetworks: each region's default subnet with GCE's auto mode range; others are 404", async () => {
    const [subnet] = await subnetworks.get({
      project,
      region: 'us-central1',
      subnetwork: 'default',
    });
    expect(subnet).toMatchObject({
      kind: 'compute#subnetwork',
      name: 'default',
      ipCidrRange: '10.128.0.0/20',
      gatewayAddress: '10.128.0.1',
    });
    expect(subnet.network).toMatch(/\/projects\/my-project\/global\/networks\/default$/);
    expect(subnet.region).toMatch(/\/projects\/my-project\/regions\/us-central1$/);

    const ranges = new Set<string>();
    for (const region of GCE_REGIONS) {
      const [inRegion] = await subnetworks.list({ project, region });
      expect(inRegion.map((s) => s.name)).toEqual(['default']);
      ranges.add(inRegion[0]!.ipCidrRange!);
    }
    expect(ranges.size).toBe(GCE_REGIONS.length);

    const e = await refusal(
      subnetworks.get({ project, region: 'us-east1', subnetwork: 'private' }),
    );
    expect(e.code).toBe(5);
    expect(e.message).toContain(
      "'projects/my-project/regions/us-east1/subnetworks/private' was not found",
    );
  });

  it('projects.get: the default service account is the one `email: default` resolves to', async () => {
    const [p] = await projects.get({ project });
    expect(p).toMatchObject({
      kind: 'compute#project',
      name: project,
      commonInstanceMetadata: { kind: 'compute#metadata' },
    });
    expect(p.defaultServiceAccount).toMatch(/^\d+-compute@developer\.gserviceaccount\.com$/);
    expect(p.defaultServiceAccount).toBe(`${p.id}-compute@developer.gserviceaccount.com`);

    const gce = gceClients(emulator);
    try {
      const started = await gce.instances.insert({
        project,
        zone: 'us-central1-a',
        instanceResource: {
          name: 'reads-sa',
          machineType: 'e2-small',
          serviceAccounts: [{ email: 'default', scopes: [] }],
          disks: [
            {
              boot: true,
              initializeParams: {
                sourceImage: 'projects/debian-cloud/global/images/family/debian-12',
              },
            },
          ],
        },
      });
      await waitDone(gce, project, started[0]);
      const [inst] = await gce.instances.get({
        project,
        zone: 'us-central1-a',
        instance: 'reads-sa',
      });
      expect(inst.serviceAccounts?.[0]?.email).toBe(p.defaultServiceAccount);
    } finally {
      await gce.close();
    }
  });
});
