import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { writeConfig } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.reset());

/** The CLI baking on GCP, from the committed bundle as a clone runs it. */
function bake(config: string): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(
    process.execPath,
    ['bin/worker-image.js', 'bake', '--config', config, '--cloud', 'gcp'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

function ended(
  child: ChildProcessByStdio<null, Readable, Readable>,
): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

const left = (): string[] => emulator.control.resources().map((r) => `${r.kind} ${r.name}`);

describe('the CLI when the terminal that started it goes away', () => {
  it('bakes on with its output closed part-way (`| head -1`), and leaves only the image', async () => {
    const config = await writeConfig(emulator);
    const child = bake(config);
    child.stdout.once('data', () => child.stdout.destroy());
    const { code, stderr } = await ended(child);
    // Before, Node's unhandled EPIPE killed the bake with its builder running.
    expect(stderr).toContain('standard output cannot be written (EPIPE): its output is dropped');
    expect(stderr).not.toContain('Error');
    expect(code).toBe(0);
    expect(existsSync(join(dirname(config), 'manifest.json'))).toBe(true);
    expect(left()).toEqual(['image batch-worker-1']);
  }, 60_000);

  it('on a hang-up (SIGHUP) cancels and deletes its builder, as on SIGINT', async () => {
    // A script that never ends: the hang-up comes while the builder is up.
    emulator.control.addOutcome({ outcome: 'hang' });
    const config = await writeConfig(emulator);
    const child = bake(config);
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      out += s;
      if (out.includes('▸ Run the provisioning script')) child.kill('SIGHUP');
    });
    const { code } = await ended(child);
    expect(out).toContain('received SIGHUP: cancelling and deleting what this run created');
    expect(code).not.toBe(0);
    // A cancelled run asks for the deletion and exits; the cloud finishes it.
    expect(out).toMatch(/deletion of gcp instance \S+ requested/);
    const deadline = Date.now() + 10_000;
    while (left().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(left()).toEqual([]);
  }, 60_000);
});
