import { appendFile, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { runStep, runnerFiles } from '../helpers/actions-runner.js';
import { AZURE_SUBSCRIPTION, writeAzureConfig, writeConfig } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(async () => {
  await emulator.control.reset();
  emulator.control.seedAzurePrincipal({ id: PRINCIPAL });
});

const SHARE = 'dist/share-image/index.js';
const GALLERY_ID = `/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/batch-images/providers/Microsoft.Compute/galleries/batch_images`;
const PRINCIPAL = '11111111-2222-4333-8444-555555555555';

async function share(inputs: Record<string, string>) {
  return runStep(SHARE, await runnerFiles(), { inputs: { 'dry-run': 'false', ...inputs } });
}

describe('dist/share-image (node24, as the runner runs it)', () => {
  it('GCP: grants imageUser from the config, writes outputs, summary and catalogue; a second run reports no change', async () => {
    emulator.control.seedImage({ project: 'test-project', name: 'batch-worker-24' });
    const config = await writeConfig(emulator);
    await appendFile(config, 'share:\n  gcp:\n    members: [group:batch-users@example.com]\n');
    // Inside the workspace (the config's folder): a catalogue outside it is refused.
    const catalogue = join(dirname(config), 'catalogue/');
    const inputs = { config, cloud: 'gcp', image: 'batch-worker-24', catalogue };

    const first = await share(inputs);
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs['changed']).toBe('true');
    expect(JSON.parse(first.outputs['grants']!)).toEqual([
      { member: 'group:batch-users@example.com', status: 'added', via: 'roles/compute.imageUser' },
    ]);
    expect(first.outputs['catalogue-path']).toBe(join(catalogue, 'gce_share_requests.json'));
    expect(first.summary).toContain('worker-image: image shared');
    expect(first.summary).toContain('group:batch-users@example.com');
    const written = JSON.parse(await readFile(first.outputs['catalogue-path']!, 'utf8'));
    expect(written.images[0].shared_with).toEqual(['group:batch-users@example.com']);
    expect(
      emulator.control
        .gceIamPolicy('test-project', 'batch-worker-24')
        .bindings.find((b) => b.role === 'roles/compute.imageUser')?.members,
    ).toEqual(['group:batch-users@example.com']);

    const second = await share(inputs);
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs['changed']).toBe('false');
    expect(JSON.parse(second.outputs['grants']!)[0].status).toBe('unchanged');
    expect(second.stdout).toContain('group:batch-users@example.com: already granted');
    expect(second.summary).toContain('already shared (no change)');
  });

  it('GCP: allUsers fails the step with the reason and an annotation, before any call', async () => {
    const config = await writeConfig(emulator);
    await appendFile(config, 'share:\n  gcp:\n    members: [allUsers]\n');
    const run = await share({ config, cloud: 'gcp', image: 'batch-worker-24' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error file=.*worker-image\.yml,line=\d+::share\.gcp\.members\[0\]/,
    );
    expect(run.stdout).toContain('roles/compute.imageUser cannot be public');
    expect(emulator.control.calls()).toEqual([]);
  });

  it('Azure: assigns Reader on the gallery from inputs; a second run reports no change', async () => {
    emulator.control.seedGalleryVersion({
      subscriptionId: AZURE_SUBSCRIPTION,
      resourceGroup: 'batch-images',
      gallery: 'batch_images',
      definition: 'batch-worker-22-04',
      version: '0.0.14',
    });
    const config = await writeAzureConfig(emulator);
    const inputs = {
      config,
      cloud: 'azure',
      image: `${GALLERY_ID}/images/batch-worker-22-04/versions/0.0.14`,
      principals: PRINCIPAL,
    };
    const first = await share(inputs);
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs['changed']).toBe('true');
    expect(emulator.control.azureRoleAssignments(GALLERY_ID)).toEqual([
      expect.objectContaining({ principalId: PRINCIPAL, scope: GALLERY_ID }),
    ]);

    const second = await share(inputs);
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs['changed']).toBe('false');
    expect(second.stdout).toContain(
      `${PRINCIPAL}: already granted (Reader on gallery batch_images)`,
    );
    expect(emulator.control.azureRoleAssignments(GALLERY_ID)).toHaveLength(1);
  });
});
