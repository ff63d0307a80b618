import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from './index.js';

/** The port `worker-image emulator` listens on unless told otherwise: stable, so configs can name it. */
export const DEFAULT_EMULATOR_PORT = 8085;

/** Azure Resource Manager (HTTPS) listens on the next port, so it is as stable as the first. */
function armPortFor(port: number): number {
  return port === 0 ? 0 : port + 1;
}

function instructions(emulator: Emulator, caFile: string): string {
  const { gceEndpoint: gce, armEndpoint: arm, ec2Endpoint: ec2, port, controlUrl } = emulator;
  return `worker-image emulator listening on ${gce} and ${arm}
  GCE API      ${gce}/compute/v1/
  Azure ARM    ${arm}/subscriptions/  (HTTPS; certificate made for this run: ${caFile})
  Entra ID     ${arm}/TENANT/oauth2/v2.0/token  (the same port; apps seeded via the control API)
  AWS EC2      ${ec2}/  (Query protocol, every region; the region comes from the signature)
  control API  ${controlUrl}/  (resources, calls, faults, durations, hazards, outcomes, gce/images,
               azure/gallery-versions, azure/replication-failures, azure/principals, entra/apps, aws/amis,
               aws/launch-permissions/REGION/AMI, aws/console/REGION/INSTANCE, reset)

The clouds' documented hazards are all on (eventual consistency, throttling, a deprovision
that never returns...): GET ${controlUrl}/hazards lists them with their sources, POST changes one.
Builders run the real wrapper; your provisioning script is replaced by a stand-in.

Point worker-image at it, in worker-image.yml:
  gcp:
    endpoint: ${gce}
    auth: none
  azure:
    endpoint: ${arm}
    ca-certificate: ${caFile}
    auth: none
  aws:
    endpoint: ${ec2}
  with any credentials in the environment, e.g.
    export AWS_ACCESS_KEY_ID=emulator AWS_SECRET_ACCESS_KEY=emulator
  (or, instead of aws.endpoint: export AWS_ENDPOINT_URL_EC2=${ec2})

Point @google-cloud/compute at it:
  import { PassThroughClient } from 'google-auth-library';
  new InstancesClient({ apiEndpoint: '127.0.0.1', port: ${port}, protocol: 'http', authClient: new PassThroughClient() })

Point @azure/arm-compute (arm-network, arm-resources alike) at it, with any bearer token:
  const credential = { getToken: async () => ({ token: 'emulator', expiresOnTimestamp: Date.now() + 3600_000 }) };
  new ComputeManagementClient(credential, subscriptionId, { endpoint: '${arm}', tlsOptions: { ca: readFileSync('${caFile}', 'utf8') } })
  or trust the certificate process-wide: NODE_EXTRA_CA_CERTS=${caFile}
  Entra ID is served there too (azure.authority-host: ${arm}, auth oidc or default): seed the
  app first, POST ${controlUrl}/entra/apps {"tenantId", "clientId", "secrets", "federated"}

Point @aws-sdk/client-ec2 (or the aws CLI: --endpoint-url) at it, with any credentials:
  new EC2Client({ region: 'us-east-1', endpoint: '${ec2}', credentials: { accessKeyId: 'emulator', secretAccessKey: 'emulator' } })

Stop with Ctrl+C.
`;
}

/** `worker-image emulator`: runs until SIGINT or SIGTERM, then stops cleanly. */
export async function runEmulatorCommand(args: { port?: number }): Promise<void> {
  const port = args.port ?? DEFAULT_EMULATOR_PORT;
  const emulator = await startEmulator({
    port,
    armPort: armPortFor(port),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  // A fresh certificate every run: clients read it from this file.
  const dir = await mkdtemp(join(tmpdir(), 'worker-image-emulator-'));
  const caFile = join(dir, 'ca.pem');
  await writeFile(caFile, emulator.caCertificate);
  process.stdout.write(instructions(emulator, caFile));
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stdout.write('stopping the emulator\n');
  await emulator.stop();
  await rm(dir, { recursive: true, force: true });
}
