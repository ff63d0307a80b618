import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cli } from '../../src/cli.js';
import type { Emulator } from '../../src/emulator/index.js';
import { writeConfig, writes } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
afterEach(() => vi.restoreAllMocks());

/** Runs the CLI in-process, capturing what it prints. */
async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const capture = (chunk: string | Uint8Array): boolean => ((out += String(chunk)), true);
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  const code = await cli(args);
  vi.restoreAllMocks();
  return { code, out };
}

describe('worker-image CLI', () => {
  it('bake --dry-run prints the plan (name, version, resources) and writes nothing', async () => {
    await emulator.control.reset();
    emulator.control.seedImage({ project: 'test-project', name: 'batch-worker-7' });
    const { code, out } = await run(['bake', '--config', await writeConfig(emulator), '--dry-run']);
    expect(code).toBe(0);
    expect(out).toContain('image:         batch-worker-8 (version 8)');
    expect(out).toMatch(
      /instance batch-worker-8-builder-[a-f0-9]{6} \(n1-standard-4, zone us-central1-a\) \(temporary\)/,
    );
    expect(writes(emulator)).toEqual([]);
  });

  it('render writes the template as the bake renders it', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'wi-render-')), 'startup.sh');
    const vars = JSON.stringify({ global: { docker_root_image: 'r/worker:1' } });
    const result = await run([
      'render',
      '--template',
      'templates/gcp-startup.sh.j2',
      '--vars',
      vars,
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain("ROOT_IMAGE='r/worker:1'");
  });

  it('render names the template line of an undefined variable', async () => {
    const { code, out } = await run([
      'render',
      '--template',
      'templates/gcp-startup.sh.j2',
      '--vars',
      '{}',
    ]);
    expect(code).toBe(1);
    expect(out).toMatch(/templates\/gcp-startup\.sh\.j2:\d+: undefined variable 'global/);
  });

  it('an unknown command prints the usage and exits 2', async () => {
    const { code, out } = await run(['bakee']);
    expect(code).toBe(2);
    expect(out).toContain('unknown command "bakee"');
    expect(out).toContain('worker-image bake --config FILE');
  });
});
