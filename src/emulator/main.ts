import { startEmulator } from './index.js';

/** The port `worker-image emulator` listens on unless told otherwise: stable, so configs can name it. */
export const DEFAULT_EMULATOR_PORT = 8085;

function instructions(endpoint: string, port: number, controlUrl: string): string {
  return `worker-image emulator listening on ${endpoint}
  GCE API      ${endpoint}/compute/v1/
  control API  ${controlUrl}/  (resources, calls, faults, durations, gce/outcomes, gce/images, reset)

Point worker-image at it, in worker-image.yml:
  gcp:
    endpoint: ${endpoint}
    auth: none

Point @google-cloud/compute at it:
  import { PassThroughClient } from 'google-auth-library';
  new InstancesClient({ apiEndpoint: '127.0.0.1', port: ${port}, protocol: 'http', authClient: new PassThroughClient() })

Stop with Ctrl+C.
`;
}

/** `worker-image emulator`: runs until SIGINT or SIGTERM, then stops cleanly. */
export async function runEmulatorCommand(args: { port?: number }): Promise<void> {
  const emulator = await startEmulator({
    port: args.port ?? DEFAULT_EMULATOR_PORT,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(instructions(emulator.gceEndpoint, emulator.port, emulator.controlUrl));
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
}
