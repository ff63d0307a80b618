/**
 * Rules ARM applies that a Python SDK probe found missing, through the official SDK clients
 * (and raw HTTPS where no SDK sends the request): gallery version storage types, gallery and
 * definition names, unique definition identifiers, network etags with conditional requests,
 * and malformed api-versions.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import {
  armClients,
  createBuilderVm,
  createNetwork,
  POLL,
  rawArm,
  SUBSCRIPTION,
  type ArmClients,
} from '../helpers/arm.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
let arm: ArmClients;
beforeAll(async () => {
  emulator = await startTestEmulator();
  arm = armClients(emulator);
});
beforeEach(() => emulator.control.reset());
afterAll(() => emulator.stop());

const AUTH = { authorization: 'Bearer emulator' };
const location = 'eastus';

type Refusal = { code?: string; statusCode?: number; message: string };
const refusal = (p: Promise<unknown>): Promise<Refusal> =>
  p.then(
    () => ({ message: 'accepted' }),
    (e: unknown) => e as Refusal,
  );

const definition = (sku: string) => ({
  location,
  osType: 'Linux' as const,
  osState: 'Generalized' as const,
  hyperVGeneration: 'V2' as const,
  identifier: { publisher: 'hail', offer: 'batch-worker', sku },
});

async function generalizedVm(group: string): Promise<string> {
  const { nicId } = await createNetwork(arm, group, location);
  const vm = await createBuilderVm(arm, group, 'builder', location, nicId);
  await arm.compute.virtualMachines.beginDeallocateAndWait(group, 'builder', POLL);
  await arm.compute.virtualMachines.generalize(group, 'builder');
  return vm.id!;
}

describe('ARM emulator: gallery image version storage account types', () => {
  it('takes the documented types and refuses others at the version and per region', async () => {
    const group = 'rg-storage';
    const vmId = await generalizedVm(group);
    await arm.compute.galleries.beginCreateOrUpdateAndWait(group, 'gallery', { location }, POLL);
    await arm.compute.galleryImages.beginCreateOrUpdateAndWait(
      group,
      'gallery',
      'def',
      definition('a'),
      POLL,
    );
    const version = (name: string, publishingProfile: object) =>
      arm.compute.galleryImageVersions.beginCreateOrUpdateAndWait(
        group,
        'gallery',
        'def',
        name,
        { location, publishingProfile, storageProfile: { source: { virtualMachineId: vmId } } },
        POLL,
      );

    const perRegion = await refusal(
      version('1.0.0', { targetRegions: [{ name: location, storageAccountType: 'Bogus_LRS' }] }),
    );
    expect(perRegion).toMatchObject({ statusCode: 400, code: 'InvalidParameter' });
    expect(perRegion.message).toBe(
      "The value 'Bogus_LRS' of parameter 'galleryImageVersion.properties.publishingProfile.targetRegions[0].storageAccountType' is not allowed. Allowed values are: Standard_LRS, Standard_ZRS, Premium_LRS, PremiumV2_LRS.",
    );
    const versionLevel = await refusal(version('1.0.0', { storageAccountType: 'StandardSSD_LRS' }));
    expect(versionLevel).toMatchObject({ statusCode: 400, code: 'InvalidParameter' });
    expect(versionLevel.message).toContain(
      "The value 'StandardSSD_LRS' of parameter 'galleryImageVersion.properties.publishingProfile.storageAccountType' is not allowed.",
    );
    await expect(
      arm.compute.galleryImageVersions.get(group, 'gallery', 'def', '1.0.0'),
    ).rejects.toMatchObject({ statusCode: 404 });

    const created = await version('1.0.0', {
      storageAccountType: 'Premium_LRS',
      targetRegions: [
        { name: location },
        { name: 'westus2', storageAccountType: 'Standard_ZRS' },
        { name: 'westeurope', storageAccountType: 'PremiumV2_LRS' },
      ],
    });
    expect(created.publishingProfile?.targetRegions?.map((r) => r.storageAccountType)).toEqual([
      'Premium_LRS',
      'Standard_ZRS',
      'PremiumV2_LRS',
    ]);
  });
});

describe('ARM emulator: gallery and image definition names', () => {
  it('refuses names every Azure source refuses, keeping those any of them takes', async () => {
    const group = 'rg-names';
    await arm.resources.resourceGroups.createOrUpdate(group, { location });
    for (const bad of ['bad name!', '_lead', 'trail-', 'g'.repeat(81), 'a@b', '.lead']) {
      const e = await refusal(
        arm.compute.galleries.beginCreateOrUpdateAndWait(group, bad, { location }, POLL),
      );
      expect(e, bad).toMatchObject({
        statusCode: 400,
        code: 'InvalidParameter',
        message:
          "The entity name 'galleryName' is invalid according to its validation rule: ^[^_\\W][\\w-._]{0,79}(?<![-.])$.",
      });
    }
    expect(await arm.compute.galleries.list().byPage().next()).toMatchObject({ value: [] });
    for (const good of ['g', 'my.gallery', 'my_gallery', 'ends.', 'ends_', 'g'.repeat(80)]) {
      await arm.compute.galleries.beginCreateOrUpdateAndWait(group, good, { location }, POLL);
    }

    for (const bad of ['bad name!', '-lead', 'trail-', 'd'.repeat(81)]) {
      const e = await refusal(
        arm.compute.galleryImages.beginCreateOrUpdateAndWait(
          group,
          'g',
          bad,
          definition(bad),
          POLL,
        ),
      );
      expect(e, bad).toMatchObject({
        statusCode: 400,
        code: 'InvalidParameter',
        message:
          "The entity name 'galleryImageName' is invalid according to its validation rule: ^[^_\\W][\\w-._]{0,79}(?<![-.])$.",
      });
    }
    for (const good of ['batch-worker-22-04', 'd.1', 'd_1', 'd'.repeat(80)]) {
      await arm.compute.galleryImages.beginCreateOrUpdateAndWait(
        group,
        'g',
        good,
        definition(good),
        POLL,
      );
    }
  });
});

describe('ARM emulator: image definition identifiers', () => {
  it('refuses a second definition with the same publisher, offer and sku in a gallery', async () => {
    const group = 'rg-ids';
    await arm.resources.resourceGroups.createOrUpdate(group, { location });
    for (const gallery of ['g1', 'g2']) {
      await arm.compute.galleries.beginCreateOrUpdateAndWait(group, gallery, { location }, POLL);
    }
    const put = (gallery: string, name: string, sku: string) =>
      arm.compute.galleryImages.beginCreateOrUpdateAndWait(
        group,
        gallery,
        name,
        definition(sku),
        POLL,
      );
    await put('g1', 'first', 'x');
    await put('g1', 'first', 'x');
    expect(await refusal(put('g1', 'second', 'x'))).toMatchObject({
      statusCode: 409,
      code: 'OperationNotAllowed',
      message:
        'Gallery image: first identified by (publisher:hail, offer:batch-worker, sku:x) already exists. Choose a different publisher, offer, sku combination.',
    });
    await put('g1', 'second', 'y');
    await put('g2', 'second', 'x');
  });
});

describe('ARM emulator: network etags and conditional requests', () => {
  const nicPath = (group: string) =>
    `/subscriptions/${SUBSCRIPTION}/resourceGroups/${group}/providers/Microsoft.Network/networkInterfaces/builder-nic?api-version=2024-05-01`;

  it('changes a resource etag on every PUT and honours If-Match and If-None-Match', async () => {
    const group = 'rg-etags';
    const { subnetId } = await createNetwork(arm, group, location);
    const nic = await arm.network.networkInterfaces.get(group, 'builder-nic');
    const body = {
      location,
      properties: {
        ipConfigurations: [{ name: 'ipconfig1', properties: { subnet: { id: subnetId } } }],
      },
    };
    const stale = nic.etag!;

    const updated = await arm.network.networkInterfaces.beginCreateOrUpdateAndWait(
      group,
      'builder-nic',
      { ...nic, tags: { a: 'b' } },
      POLL,
    );
    expect(updated.etag).toMatch(/^W\/"[0-9a-f-]{36}"$/);
    expect(updated.etag).not.toBe(stale);
    expect((await arm.network.networkInterfaces.get(group, 'builder-nic')).etag).toBe(updated.etag);
    expect(updated.resourceGuid).toBe(nic.resourceGuid);

    const refused = await rawArm(
      emulator,
      'PUT',
      nicPath(group),
      { ...AUTH, 'if-match': stale },
      body,
    );
    expect(refused.status).toBe(412);
    expect(refused.json).toEqual({
      error: {
        code: 'PreconditionFailed',
        message: 'Precondition failed.',
        details: [
          {
            code: 'PreconditionFailedEtagMismatch',
            message: `Etag provided in if-match header ${stale} does not match etag ${updated.etag} of resource ${nic.id} in NRP data store.`,
          },
        ],
      },
    });
    const exists = await rawArm(
      emulator,
      'PUT',
      nicPath(group),
      { ...AUTH, 'if-none-match': '*' },
      body,
    );
    expect(exists.status).toBe(412);
    expect((await arm.network.networkInterfaces.get(group, 'builder-nic')).etag).toBe(updated.etag);

    const current = await rawArm(
      emulator,
      'PUT',
      nicPath(group),
      { ...AUTH, 'if-match': updated.etag! },
      body,
    );
    expect(current.status).toBe(200);
    const latest = (current.json as { etag: string }).etag;
    expect(latest).not.toBe(updated.etag);

    const staleDelete = await rawArm(emulator, 'DELETE', nicPath(group), {
      ...AUTH,
      'if-match': stale,
    });
    expect(staleDelete.status).toBe(412);
    const deleted = await rawArm(emulator, 'DELETE', nicPath(group), {
      ...AUTH,
      'if-match': latest,
    });
    expect(deleted.status).toBe(202);
  });
});

describe('ARM emulator: api-version', () => {
  const groupPath = (v: string) =>
    `/subscriptions/${SUBSCRIPTION}/resourcegroups/rg-api?api-version=${encodeURIComponent(v)}`;

  it('refuses a malformed api-version and serves any well-formed one', async () => {
    for (const v of ['abc', '2020-13-45-beta', '2021-04-01-gamma', '21-04-01']) {
      const r = await rawArm(emulator, 'PUT', groupPath(v), AUTH, { location });
      expect(r.status, v).toBe(400);
      expect(r.json, v).toMatchObject({ error: { code: 'InvalidApiVersionParameter' } });
      expect((r.json as { error: { message: string } }).error.message, v).toMatch(
        new RegExp(`^The api-version '${v}' is invalid\\. The supported versions are '[^']+'\\.$`),
      );
    }
    for (const v of [
      '1999-01-01',
      '2021-04-01',
      '2023-07-01-preview',
      '2014-04',
      '2022-01-01-beta',
    ]) {
      const r = await rawArm(emulator, 'PUT', groupPath(v), AUTH, { location });
      expect(r.status, v).toBeLessThan(300);
    }
  });
});
