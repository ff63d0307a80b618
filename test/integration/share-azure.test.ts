import { AuthorizationManagementClient } from '@azure/arm-authorization';
import { ComputeManagementClient } from '@azure/arm-compute';
import { appendFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import type { ShareInputs } from '../../src/share/request.js';
import { runShare } from '../../src/share/run.js';
import { armOptions, credential, POLL } from '../helpers/arm.js';
import { AZURE_SUBSCRIPTION, writeAzureConfig } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
let compute: ComputeManagementClient;
beforeAll(async () => {
  emulator = await startTestEmulator();
  compute = new ComputeManagementClient(credential, AZURE_SUBSCRIPTION, armOptions(emulator));
});
afterAll(() => emulator.stop());
beforeEach(async () => {
  await emulator.control.reset();
  emulator.control.seedGalleryVersion({ ...GALLERY, version: '0.0.14' });
  // Role assignments name principals of the directory: these exist long since.
  emulator.control.seedAzurePrincipal({ id: ALICE });
  emulator.control.seedAzurePrincipal({ id: WORKERS, type: 'Group' });
});

const GALLERY = {
  subscriptionId: AZURE_SUBSCRIPTION,
  resourceGroup: 'batch-images',
  gallery: 'batch_images',
  definition: 'batch-worker-22-04',
};
const GALLERY_ID = `/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/batch-images/providers/Microsoft.Compute/galleries/batch_images`;
const VERSION_ID = `${GALLERY_ID}/images/batch-worker-22-04/versions/0.0.14`;
const READER = `/subscriptions/${AZURE_SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`;
const ALICE = '11111111-2222-4333-8444-555555555555';
const WORKERS = '66666666-7777-4888-9999-aaaaaaaaaaaa';
const PARTNER_SUB = 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff';
const PARTNER_TENANT = 'cccccccc-dddd-4eee-8fff-000000000000';

async function config(shareYaml: string): Promise<string> {
  const path = await writeAzureConfig(emulator);
  await appendFile(path, `share:\n  azure:\n${shareYaml}`);
  return path;
}

async function share(inputs: ShareInputs, configPath: string) {
  const lines: string[] = [];
  const outcome = await runShare(
    { cloud: 'azure', image: VERSION_ID, ...inputs },
    {
      config: configPath,
      cwd: dirname(configPath),
      reporter: new ConsoleReporter((l) => lines.push(l)),
      signal: new AbortController().signal,
    },
  );
  return { ...outcome, log: lines.join('') };
}

const writes = () =>
  emulator.control
    .calls()
    .filter((c) => c.method !== 'GET')
    .map((c) => `${c.method} ${c.path}`);

/** Gallery direct sharing is chosen when the gallery is created. */
async function enableDirectSharing(): Promise<void> {
  await compute.galleries.createOrUpdate(
    'batch-images',
    'batch_images',
    { location: 'eastus', sharingProfile: { permissions: 'Groups' } },
    POLL,
  );
}

describe('share-image on Azure against the emulator', () => {
  it('assigns Reader on the gallery to each principal with a deterministic name; a second run changes nothing', async () => {
    const path = await config(`    principals: [${ALICE}, ${WORKERS}]\n`);
    const first = await share({}, path);
    expect(first.result).toMatchObject({
      cloud: 'azure',
      image: VERSION_ID,
      changed: true,
      grants: [
        { member: ALICE, status: 'added', via: 'Reader on gallery batch_images' },
        { member: WORKERS, status: 'added', via: 'Reader on gallery batch_images' },
      ],
    });
    const assigned = emulator.control.azureRoleAssignments(GALLERY_ID);
    expect(assigned.map((a) => [a.principalId, a.roleDefinitionId, a.scope])).toEqual([
      [ALICE, READER, GALLERY_ID],
      [WORKERS, READER, GALLERY_ID],
    ]);

    emulator.control.clearCalls();
    const second = await share({}, path);
    expect(second.result.changed).toBe(false);
    expect(second.result.grants.map((g) => g.status)).toEqual(['unchanged', 'unchanged']);
    expect(second.log).toContain(`${ALICE}: already granted (Reader on gallery batch_images)`);
    expect(writes()).toEqual([]);
    expect(emulator.control.azureRoleAssignments(GALLERY_ID)).toHaveLength(2);
  });

  it('at definition scope, an assignment someone made by hand (another name) counts as granted', async () => {
    const role = 'a0a0a0a0-b1b1-4c2c-8d3d-e4e4e4e4e4e4';
    const definitionId = `${GALLERY_ID}/images/batch-worker-22-04`;
    const authorization = new AuthorizationManagementClient(
      credential,
      AZURE_SUBSCRIPTION,
      armOptions(emulator),
    );
    await authorization.roleAssignments.create(
      definitionId.slice(1),
      '12345678-1234-4234-8234-123456789012',
      {
        roleDefinitionId: `/subscriptions/${AZURE_SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/${role}`,
        principalId: ALICE,
      },
    );
    const path = await config(
      `    principals: [${ALICE}, ${WORKERS}]\n    scope: definition\n    role: ${role}\n`,
    );
    const { result } = await share({}, path);
    expect(result.grants).toEqual([
      { member: ALICE, status: 'unchanged', via: `role ${role} on definition batch-worker-22-04` },
      { member: WORKERS, status: 'added', via: `role ${role} on definition batch-worker-22-04` },
    ]);
    expect(emulator.control.azureRoleAssignments(definitionId)).toHaveLength(2);
    expect(emulator.control.azureRoleAssignments(GALLERY_ID)).toHaveLength(2);
  });

  it('adds subscriptions and tenants to the sharing profile once; a second run leaves it alone', async () => {
    await enableDirectSharing();
    const path = await config(
      `    subscriptions: [${PARTNER_SUB}]\n    tenants: [${PARTNER_TENANT}]\n`,
    );
    const first = await share({}, path);
    expect(first.result.grants).toEqual([
      {
        member: `subscription:${PARTNER_SUB}`,
        status: 'added',
        via: 'sharing profile of gallery batch_images',
      },
      {
        member: `tenant:${PARTNER_TENANT}`,
        status: 'added',
        via: 'sharing profile of gallery batch_images',
      },
    ]);
    const gallery = await compute.galleries.get('batch-images', 'batch_images', {
      select: 'Permissions',
    });
    expect(gallery.sharingProfile).toMatchObject({
      permissions: 'Groups',
      groups: [
        { type: 'Subscriptions', ids: [PARTNER_SUB] },
        { type: 'AADTenants', ids: [PARTNER_TENANT] },
      ],
    });

    emulator.control.clearCalls();
    const second = await share({ tenants: PARTNER_TENANT }, path);
    expect(second.result.changed).toBe(false);
    expect(second.log).toContain(`tenant:${PARTNER_TENANT}: already granted`);
    expect(writes()).toEqual([]);
  });

  it('a gallery without direct sharing is refused with why, before any change', async () => {
    const path = await config(`    principals: [${ALICE}]\n    subscriptions: [${PARTNER_SUB}]\n`);
    const err = (await share({}, path).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(
      /gallery batch_images cannot be shared directly with subscriptions or tenants: its sharing permission is Private, not Groups/,
    );
    expect(err.message).toMatch(/must be enabled when the gallery is created/);
    expect(writes()).toEqual([]);
    expect(emulator.control.azureRoleAssignments(GALLERY_ID)).toEqual([]);
  });

  it('a missing version fails naming it; bad inputs fail naming the input before any call', async () => {
    const path = await config(`    principals: [${ALICE}]\n`);
    const missing = (await share({ image: VERSION_ID.replace('0.0.14', '0.0.99') }, path).catch(
      (e: unknown) => e,
    )) as Error;
    expect(missing.message).toMatch(/gallery version batch-worker-22-04\/0\.0\.99 not found/);

    emulator.control.clearCalls();
    const bad = (await share({ principals: 'alice@example.com', role: 'Owner' }, path).catch(
      (e: unknown) => e,
    )) as Error;
    expect(bad.message).toMatch(/principals\[0\]: must be a principal object id/);
    expect(bad.message).toMatch(/role: must be Reader or a role definition id/);
    expect(emulator.control.calls()).toEqual([]);
  });
});
