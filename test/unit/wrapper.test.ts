import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { parseStatus, statusMarker, wrapScript } from '../../src/wrapper/wrapper.js';
import { gceClients, startTestEmulator, waitDone, type GceClients } from '../helpers/emulator.js';

/**
 * The wrapper runs on real VMs, so it is run here for real: the machine's bash, a stub in
 * place of the user's script, `shutdown` shimmed on PATH, and the emulator's metadata server
 * taking the guest attribute the bake then reads through the SDK.
 */

const project = 'wrapper-project';
const zone = 'us-central1-a';
const nonce = 'wrap-test';
const instances = ['exits-0', 'exits-3', 'shuts-down', 'payload'];

let emulator: Emulator;
let gce: GceClients;
const cleanup: string[] = [];

beforeAll(async () => {
  // These read the guest attributes the wrapper writes: no organization policy forbids them here.
  emulator = await startTestEmulator({
    hazards: { gce: { guestAttributesDisabledByPolicy: false } },
  });
  gce = gceClients(emulator);
  await Promise.all(
    instances.map(async (name) => {
      const [op] = await gce.instances.insert({
        project,
        zone,
        instanceResource: {
          name,
          machineType: 'e2-small',
          disks: [
            {
              boot: true,
              initializeParams: {
                sourceImage: 'projects/debian-cloud/global/images/family/debian-12',
              },
            },
          ],
          metadata: { items: [{ key: 'enable-guest-attributes', value: 'TRUE' }] },
        },
      });
      await waitDone(gce, project, op);
    }),
  );
});

afterAll(async () => {
  await Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true })));
  await gce?.close();
  await emulator?.stop();
});

interface WrapperRun {
  code: number | null;
  output: string;
  /** One line per call of the real (shimmed) shutdown: its arguments and the status reported by then. */
  shutdowns: string[];
}

/** Stub scripts start with this, so the test can remove the directory the wrapper leaves in /tmp. */
const STUB_HEAD = '#!/bin/bash\necho "stub-dir=$(dirname "$0")"\n';

async function runWrapper(
  instance: string,
  userScript: string,
  env: Record<string, string> = {},
): Promise<WrapperRun> {
  const dir = await mkdtemp(join(tmpdir(), 'wi-wrapper-test-'));
  cleanup.push(dir);
  const bin = join(dir, 'bin');
  const log = join(dir, 'shutdown.log');
  await mkdir(bin);
  const recorder = `#!/bin/sh
status=$(curl -fsS -H 'Metadata-Flavor: Google' "$WORKER_IMAGE_METADATA_URL/instance/guest-attributes/worker-image/status")
echo "$(basename "$0") $* status=$status" >> '${log}'
`;
  for (const cmd of ['shutdown', 'poweroff'])
    await writeFile(join(bin, cmd), recorder, { mode: 0o755 });
  const script = join(dir, 'startup-script');
  await writeFile(script, wrapScript(userScript, { nonce, guestAttributes: true }));

  const child = spawn('bash', [script], {
    env: {
      ...process.env,
      ...env,
      PATH: `${bin}:${process.env.PATH}`,
      WORKER_IMAGE_METADATA_URL: emulator.gceMetadataUrl(project, zone, instance),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const stubDir = /stub-dir=(\/tmp\/worker-image\.\S+)/.exec(output)?.[1];
  if (stubDir) cleanup.push(stubDir);
  const shutdowns = (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  return { code, output, shutdowns };
}

/** The status as the bake reads it: getGuestAttributes through the official SDK. */
async function reportedStatus(instance: string): Promise<string | undefined> {
  const [attrs] = await gce.instances.getGuestAttributes({
    project,
    zone,
    instance,
    queryPath: 'worker-image/',
  });
  return (
    attrs.queryValue?.items?.find((i) => i.namespace === 'worker-image' && i.key === 'status')
      ?.value ?? undefined
  );
}

describe('the builder wrapper run by bash', () => {
  it('reports exit=0 for a script that succeeds, then shuts down once', async () => {
    const run = await runWrapper('exits-0', `${STUB_HEAD}echo provisioning\nexit 0\n`);
    expect(run.code).toBe(0);
    expect(await reportedStatus('exits-0')).toBe('exit=0');
    expect(emulator.control.guestAttributes(project, zone, 'exits-0')).toEqual({
      'worker-image/status': 'exit=0',
    });
    expect(statusMarker(nonce).exec(run.output)?.[1]).toBe('0');
    expect(run.output.indexOf('provisioning\n')).toBeLessThan(
      run.output.indexOf(`worker-image-status[${nonce}]`),
    );
    expect(run.shutdowns).toEqual(['shutdown -h now status=exit=0']);
  });

  it('reports exit=3 for a script that fails, and still shuts down', async () => {
    const run = await runWrapper('exits-3', `${STUB_HEAD}echo failing >&2\nexit 3\n`);
    expect(await reportedStatus('exits-3')).toBe('exit=3');
    expect(parseStatus((await reportedStatus('exits-3'))!)).toBe(3);
    expect(statusMarker(nonce).exec(run.output)?.[1]).toBe('3');
    expect(run.output).toContain('worker-image: provisioning script exited with status 3');
    expect(run.shutdowns).toEqual(['shutdown -h now status=exit=3']);
  });

  it('defers a script’s own `shutdown -h now` until the status is reported', async () => {
    const run = await runWrapper('shuts-down', `${STUB_HEAD}echo done\nshutdown -h now\n`);
    expect(run.output).toContain('worker-image: shutdown deferred until the status is reported');
    expect(await reportedStatus('shuts-down')).toBe('exit=0');
    expect(statusMarker(nonce).exec(run.output)?.[1]).toBe('0');
    // The real shutdown ran exactly once, after the status was written.
    expect(run.shutdowns).toEqual(['shutdown -h now status=exit=0']);
  });

  it('hands the script over byte for byte, whatever it contains', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wi-wrapper-payload-'));
    cleanup.push(dir);
    const copy = join(dir, 'copy');
    const userScript =
      `${STUB_HEAD}cat "$0" > "$PAYLOAD_COPY"\n` +
      `# 'single' "double \\"escaped\\"" \`backticks\` $(not run) \${HOME} $$ \\ \\\\ \\n\n` +
      "cat > /dev/null <<'WORKER_IMAGE_PAYLOAD'\n" +
      'WORKER_IMAGE_PAYLOAD\n' +
      '# ünïcödé ✓, a tab:\t, a carriage return:\r, EOF without a newline\n' +
      'true';
    const run = await runWrapper('payload', userScript, { PAYLOAD_COPY: copy });
    expect(await readFile(copy, 'utf8')).toBe(userScript);
    expect(await reportedStatus('payload')).toBe('exit=0');
    expect(run.shutdowns).toEqual(['shutdown -h now status=exit=0']);
  });
});
