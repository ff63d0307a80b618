import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import type { Emulator } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import type { ShareInputs } from '../../src/share/request.js';
import { runShare } from '../../src/share/run.js';
import { writeConfig } from '../helpers/bake.js';
import { gceClients, startTestEmulator, type GceClients } from '../helpers/emulator.js';

let emulator: Emulator;
let gce: GceClients;
beforeAll(async () => {
  emulator = await startTestEmulator();
  gce = gceClients(emulator);
});
afterAll(async () => {
  await gce.close();
  await emulator.stop();
});
beforeEach(async () => {
  await emulator.control.reset();
  emulator.control.seedImage({ project: PROJECT, name: IMAGE });
});

const PROJECT = 'test-project';
const IMAGE = 'batch-worker-24';
const MEMBERS = [
  'group:batch-users@example.com',
  'serviceAccount:worker@test-project.iam.gserviceaccount.com',
];

async function configWithShare(members: string[] = MEMBERS): Promise<string> {
  const path = await writeConfig(emulator);
  await appendFile(
    path,
    `share:\n  gcp:\n    members:\n${members.map((m) => `      - ${m}\n`).join('')}`,
  );
  return path;
}

async function share(inputs: ShareInputs, config?: string) {
  const lines: string[] = [];
  const outcome = await runShare(
    { cloud: 'gcp', ...inputs },
    {
      ...(config ? { config } : {}),
      cwd: config ? dirname(config) : process.cwd(),
      reporter: new ConsoleReporter((l) => lines.push(l)),
      signal: new AbortController().signal,
    },
  );
  return { ...outcome, log: lines.join('') };
}

const setCalls = () =>
  emulator.control.calls().filter((c) => c.method === 'POST' && c.path.endsWith('/setIamPolicy'));

function imageUsers(): string[] {
  const policy = emulator.control.gceIamPolicy(PROJECT, IMAGE);
  return (
    policy.bindings.find((b) => b.role === 'roles/compute.imageUser' && !b.condition)?.members ?? []
  );
}

describe('share-image on GCP against the emulator', () => {
  it('grants roles/compute.imageUser to the configured members, keeping other bindings; a second run changes nothing', async () => {
    const viewer = { role: 'roles/compute.viewer', members: ['user:auditor@example.com'] };
    const [empty] = await gce.images.getIamPolicy({ project: PROJECT, resource: IMAGE });
    await gce.images.setIamPolicy({
      project: PROJECT,
      resource: IMAGE,
      globalSetPolicyRequestResource: { policy: { bindings: [viewer], etag: empty.etag } },
    });
    const config = await configWithShare();

    const first = await share({ image: IMAGE }, config);
    expect(first.result).toMatchObject({
      cloud: 'gcp',
      image: `projects/${PROJECT}/global/images/${IMAGE}`,
      changed: true,
      grants: MEMBERS.map((member) => ({
        member,
        status: 'added',
        via: 'roles/compute.imageUser',
      })),
    });
    expect(imageUsers().sort()).toEqual([...MEMBERS].sort());
    expect(emulator.control.gceIamPolicy(PROJECT, IMAGE).bindings).toContainEqual(viewer);

    emulator.control.clearCalls();
    const second = await share({ image: IMAGE }, config);
    expect(second.result.changed).toBe(false);
    expect(second.result.grants.map((g) => g.status)).toEqual(['unchanged', 'unchanged']);
    expect(second.log).toContain('group:batch-users@example.com: already granted');
    expect(second.log).toContain('no change');
    expect(setCalls()).toEqual([]);
  });

  it('keeps a conditional grant of the same role as it was: the policy is read and written at version 3', async () => {
    const until = {
      role: 'roles/compute.imageUser',
      members: ['group:contractors@example.com'],
      condition: {
        title: 'until-2027',
        expression: 'request.time < timestamp("2027-01-01T00:00:00Z")',
      },
    };
    const [empty] = await gce.images.getIamPolicy({ project: PROJECT, resource: IMAGE });
    await gce.images.setIamPolicy({
      project: PROJECT,
      resource: IMAGE,
      globalSetPolicyRequestResource: {
        policy: { version: 3, bindings: [until], etag: empty.etag },
      },
    });
    const { result } = await share({ image: IMAGE }, await configWithShare());

    expect(result.grants.every((g) => g.status === 'added')).toBe(true);
    expect(imageUsers().sort()).toEqual([...MEMBERS].sort());
    const [read] = await gce.images.getIamPolicy({
      project: PROJECT,
      resource: IMAGE,
      optionsRequestedPolicyVersion: 3,
    });
    expect(read.version).toBe(3);
    expect(read.bindings?.find((b) => b.condition)).toMatchObject(until);
  });

  it('a concurrent policy change between read and write is retried, and neither change is lost', async () => {
    const other = { role: 'roles/compute.imageUser', members: ['user:someone-else@example.com'] };
    const admin = { role: 'roles/compute.storageAdmin', members: ['group:storage@example.com'] };
    emulator.control.raceGceIamPolicy(PROJECT, IMAGE, [other, admin]);
    const { result, log } = await share({ image: IMAGE }, await configWithShare());

    expect(result.grants.every((g) => g.status === 'added')).toBe(true);
    expect(log).toContain('changed since it was read; reading it again');
    expect(setCalls().map((c) => c.status)).toEqual([412, 200]);
    expect(imageUsers().sort()).toEqual([...MEMBERS, 'user:someone-else@example.com'].sort());
    expect(emulator.control.gceIamPolicy(PROJECT, IMAGE).bindings).toContainEqual(admin);
  });

  it('refuses allUsers before any call, naming the field and its line', async () => {
    const config = await configWithShare(['group:batch-users@example.com', 'allUsers']);
    const err = await share({ image: IMAGE }, config).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    const problem = (err as ConfigError).problems[0];
    expect(problem.field).toBe('share.gcp.members[1]');
    expect(problem.line).toBeGreaterThan(10);
    expect(problem.message).toMatch(/roles\/compute\.imageUser cannot be public/);
    expect(problem.message).toMatch(/would publish your image/);

    const input = await share({
      image: IMAGE,
      project: PROJECT,
      endpoint: emulator.gceEndpoint,
      auth: 'none',
      members: 'group:a@example.com\nallAuthenticatedUsers',
    }).catch((e: unknown) => e);
    expect((input as Error).message).toMatch(/members\[1\]: "allAuthenticatedUsers" is refused/);
    expect(emulator.control.calls()).toEqual([]);
  });

  it('takes a link to the configured endpoint, refuses one to another host before any call', async () => {
    const inputs = {
      endpoint: emulator.gceEndpoint,
      auth: 'none',
      members: MEMBERS.join(','),
    } as const;
    const path = `/compute/v1/projects/${PROJECT}/global/images/${IMAGE}`;
    const err = await share({ ...inputs, image: `https://evil.example${path}` }).catch(
      (e: unknown) => e,
    );
    expect((err as Error).message).toMatch(
      /^image: ".*" links to "evil\.example", not to GCE \(compute\.googleapis\.com, www\.googleapis\.com, the endpoint ".*"\)/,
    );
    expect(emulator.control.calls()).toEqual([]);
    const { result } = await share({ ...inputs, image: `${emulator.gceEndpoint}${path}` });
    expect(result.image).toBe(`projects/${PROJECT}/global/images/${IMAGE}`);
  });

  it('takes the image from the manifest and writes the catalogue; a dry run writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wi-share-gcp-'));
    const manifest = join(dir, 'manifest.json');
    await writeFile(
      manifest,
      JSON.stringify({
        builds: [
          {
            name: 'gcp',
            builder_type: 'googlecompute',
            build_time: 1_790_000_000,
            files: null,
            artifact_id: IMAGE,
            packer_run_uuid: 'run-1',
            custom_data: {
              cloud: 'gcp',
              image_name: IMAGE,
              image_id: `${emulator.gceEndpoint}/compute/v1/projects/${PROJECT}/global/images/${IMAGE}`,
              version: '24',
              source_image: 'ubuntu-minimal-2204-jammy-v20261101',
              commit: 'abc123',
              run_url: 'https://github.com/org/repo/actions/runs/1',
              project: PROJECT,
              zone: 'us-central1-a',
              storage_location: 'us',
            },
          },
        ],
        last_run_uuid: 'run-1',
      }),
    );
    const inputs = {
      manifest,
      members: MEMBERS.join(','),
      endpoint: emulator.gceEndpoint,
      auth: 'none',
      catalogue: `${dir}/catalogue/`,
    };
    const dry = await share({ ...inputs, 'dry-run': 'true' });
    expect(dry.result).toMatchObject({ dryRun: true, changed: false });
    expect(dry.log).toContain('would be granted');
    expect(setCalls()).toEqual([]);
    expect(dry.catalogue).toEqual([]);

    const { result, catalogue } = await share(inputs);
    expect(result.changed).toBe(true);
    expect(catalogue).toEqual([join(dir, 'catalogue', 'gce_share_requests.json')]);
    const written = JSON.parse(await readFile(catalogue[0]!, 'utf8'));
    expect(written).toMatchObject({
      schema: 'worker-image/catalogue/v1',
      cloud: 'gcp',
      images: [
        {
          image: IMAGE,
          version: '24',
          source_image: 'ubuntu-minimal-2204-jammy-v20261101',
          commit: 'abc123',
          regions: [{ region: 'us', image_id: expect.stringContaining(`/images/${IMAGE}`) }],
          shared_with: [...MEMBERS].sort(),
        },
      ],
    });
  });

  it('a missing image fails naming it and the project', async () => {
    const err = await share({ image: 'batch-worker-99' }, await configWithShare()).catch(
      (e: unknown) => e,
    );
    expect((err as Error).message).toBe(
      'image batch-worker-99 not found in project test-project; check the image and project',
    );
  });
});
