import { mkdtemp } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bake } from '../../src/bake/bake.js';
import { runContext } from '../../src/bake/context.js';
import { loadConfig } from '../../src/config/load.js';
import type { WorkerImageConfig } from '../../src/config/types.js';
import type { Emulator } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { ResourceLedger } from '../../src/steps/resources.js';
import { liveBuilders } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';

/**
 * The batch service's script creates its builder with
 *
 *   gcloud compute instances create BUILDER --project hail-vdc --zone=us-central1-a \
 *     --machine-type=n1-standard-4 --network=default --subnet=default --network-tier=PREMIUM \
 *     --metadata-from-file startup-script=… --no-restart-on-failure --maintenance-policy=MIGRATE \
 *     --scopes=https://www.googleapis.com/auth/cloud-platform \
 *     --image=ubuntu-minimal-2404-noble-amd64-v20260810 --image-project=ubuntu-os-cloud \
 *     --boot-disk-size=10GB --boot-disk-type=pd-ssd
 *
 * This is the instances.insert body gcloud builds from those flags, field by field, written out
 * from gcloud's own code (googlecloudsdk/api_lib/compute: instance_utils.py,
 * instances/utils.py, instances/create/utils.py, constants.py). gcloud sends references as full
 * URLs; GCE takes a reference relative to the project (`global/networks/default`) as the same
 * resource, so both sides are compared as `projects/…` paths.
 */
const PROJECT = 'hail-vdc';
const ZONE = 'us-central1-a';
const GCLOUD_INSERT = {
  // --machine-type=n1-standard-4, in --zone
  machineType: `projects/${PROJECT}/zones/${ZONE}/machineTypes/n1-standard-4`,
  // CreateServiceAccountMessages: no --service-account means 'default' (GCE attaches the
  // project's Compute Engine default account); --scopes expanded and sorted.
  serviceAccounts: [
    { email: 'default', scopes: ['https://www.googleapis.com/auth/cloud-platform'] },
  ],
  // CreateNetworkInterfaceMessage: --subnet and --network as self links; without --no-address
  // one access config named DEFAULT_ACCESS_CONFIG_NAME ('external-nat'), type ONE_TO_ONE_NAT,
  // its tier from --network-tier=PREMIUM.
  network: `projects/${PROJECT}/global/networks/default`,
  subnetwork: `projects/${PROJECT}/regions/us-central1/subnetworks/default`,
  accessConfigs: [{ name: 'external-nat', type: 'ONE_TO_ONE_NAT', networkTier: 'PREMIUM' }],
  // CreateSchedulingMessage: automaticRestart from --no-restart-on-failure, onHostMaintenance
  // from --maintenance-policy=MIGRATE.
  scheduling: { automaticRestart: false, onHostMaintenance: 'MIGRATE' },
  // CreateDefaultBootAttachedDiskMessage: a boot disk deleted with the VM (--boot-disk-auto-delete
  // defaults on), initialised from --image in --image-project, --boot-disk-size=10GB as GB,
  // --boot-disk-type=pd-ssd as the zone's disk type.
  boot: true,
  autoDelete: true,
  sourceImage: 'projects/ubuntu-os-cloud/global/images/ubuntu-minimal-2404-noble-amd64-v20260810',
  diskSizeGb: '10',
  diskType: `projects/${PROJECT}/zones/${ZONE}/diskTypes/pd-ssd`,
};

type Json = Record<string, unknown>;

/** A reference as GCE reads it: the path below `/compute/v1/`, relative ones in the project. */
function resource(ref: unknown): string {
  const text = String(ref).replace(/^https?:\/\/[^/]+\/compute\/v1\//, '');
  return text.startsWith('projects/') ? text : `projects/${PROJECT}/${text}`;
}

/** Forwards every request to the emulator and keeps the JSON bodies of instance inserts. */
async function recordingProxy(
  target: string,
): Promise<{ server: Server; url: string; inserts: Json[] }> {
  const inserts: Json[] = [];
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (
        req.method === 'POST' &&
        /\/zones\/[^/]+\/instances$/.test(new URL(req.url!, target).pathname)
      ) {
        inserts.push(JSON.parse(body.toString('utf8')) as Json);
      }
      const forward = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(body);
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, inserts };
}

let emulator: Emulator;
let proxy: Awaited<ReturnType<typeof recordingProxy>>;
beforeAll(async () => {
  emulator = await startTestEmulator();
  proxy = await recordingProxy(emulator.gceEndpoint);
});
afterAll(async () => {
  proxy.server.closeAllConnections();
  await new Promise((done) => proxy.server.close(done));
  await emulator.stop();
});

async function exampleConfig(gcp: Record<string, unknown> = {}): Promise<WorkerImageConfig> {
  const out = await mkdtemp(join(tmpdir(), 'wi-batch-service-'));
  return (await loadConfig({
    path: 'examples/batch-service/worker-image.yml',
    cwd: process.cwd(),
    clouds: ['gcp'],
    overrides: {
      manifest: join(out, 'manifest.json'),
      gcp: {
        endpoint: proxy.url,
        auth: 'none',
        'poll-interval': '100ms',
        timeouts: { builder: '30s', image: '30s', operation: '30s' },
        ...gcp,
      },
    },
  })) as WorkerImageConfig;
}

describe('the batch service’s example builds its GCE builder as its gcloud script did', () => {
  it('sends the insert gcloud sends for the script’s flags, and bakes batch-worker-17', async () => {
    emulator.control.seedImage({ project: PROJECT, name: 'batch-worker-16' });
    const config = await exampleConfig();
    const lines: string[] = [];
    const ctx = runContext(
      {},
      new ConsoleReporter((l) => lines.push(l)),
      new AbortController().signal,
    );
    const outcome = await bake(config, ctx, { cloud: 'gcp', ledger: new ResourceLedger() });
    expect(outcome.result?.imageName, lines.join('\n')).toBe('batch-worker-17');
    expect(liveBuilders(emulator)).toEqual([]);

    expect(proxy.inserts).toHaveLength(1);
    const insert = proxy.inserts[0]!;
    const nic = (insert.networkInterfaces as Json[])[0]!;
    const disk = (insert.disks as Json[])[0]!;
    const init = disk.initializeParams as Json;
    const sent = {
      machineType: resource(insert.machineType),
      serviceAccounts: insert.serviceAccounts,
      network: resource(nic.network),
      subnetwork: resource(nic.subnetwork),
      accessConfigs: nic.accessConfigs,
      scheduling: insert.scheduling,
      boot: disk.boot,
      autoDelete: disk.autoDelete,
      sourceImage: resource(init.sourceImage),
      diskSizeGb: init.diskSizeGb,
      diskType: resource(init.diskType),
    };
    expect(sent).toEqual(GCLOUD_INSERT);
    // Nothing else that changes the VM: one disk, one interface, the startup script (wrapped,
    // so its exit status is reported) and the guest-attributes switch the wrapper reports with.
    expect(insert.disks).toHaveLength(1);
    expect(insert.networkInterfaces).toHaveLength(1);
    expect(((insert.metadata as Json).items as Json[]).map((i) => i.key)).toEqual([
      'startup-script',
      'enable-guest-attributes',
    ]);
  });

  it('behind Cloud NAT and with no account, the builder gets no external address and no account', async () => {
    proxy.inserts.length = 0;
    const config = await exampleConfig({
      'external-ip': false,
      'network-tier': null,
      'service-account': 'none',
      scopes: null,
    });
    const ctx = runContext({}, new ConsoleReporter(() => undefined), new AbortController().signal);
    const outcome = await bake(config, ctx, { cloud: 'gcp', ledger: new ResourceLedger() });
    expect(outcome.result?.imageName).toBeDefined();
    const insert = proxy.inserts[0]!;
    const nic = (insert.networkInterfaces as Json[])[0]!;
    // `--no-address --no-service-account --no-scopes` in gcloud's words.
    expect(nic.accessConfigs ?? []).toEqual([]);
    expect(insert.serviceAccounts ?? []).toEqual([]);
    expect(resource(nic.subnetwork)).toBe(GCLOUD_INSERT.subnetwork);
  });
});
