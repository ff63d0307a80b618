import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { runStep, runnerFiles } from '../helpers/actions-runner.js';
import { writeAzureConfig, writeConfig } from '../helpers/bake.js';
import { CREDENTIALS, writeAwsConfig } from '../helpers/ec2.js';
import { startTestEmulator } from '../helpers/emulator.js';
import { runnerCommands } from '../helpers/runner-commands.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.reset());

/**
 * What a provisioning script (or a package it installs, or a file it cats) may print, each a
 * workflow command the runner would act on if the builder's console reached the log as it is:
 * a forged image-id output, a post-step state naming a resource to delete, a mask over the
 * log, a forged error annotation, a stop of worker-image's own commands, the older `##[` form
 * mid-line, and one hidden behind a bare carriage return.
 */
const SCRIPT_OUTPUT = [
  '::set-output name=image-id::forged-image',
  '::save-state name=resources::[{"cloud":"gcp","kind":"disk","id":"projects/prod/zones/z/disks/db"}]',
  '::add-mask::builder',
  '::error file=worker-image.yml,line=1::forged annotation',
  '::stop-commands::forged-token',
  'Get:1 http://archive ##[set-output name=version;]forged-version',
  'progress 100%\r::set-output name=manifest-path::/etc/passwd',
].join('\n');

const CLOUDS = [
  { cloud: 'gcp', config: () => writeConfig(emulator), env: {} },
  { cloud: 'azure', config: () => writeAzureConfig(emulator), env: {} },
  {
    cloud: 'aws',
    config: () => writeAwsConfig(emulator),
    env: {
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    },
  },
] as const;

describe("dist/bake-image: the builder's console reaches the log, never the runner's commands", () => {
  it.each(CLOUDS)('$cloud', async ({ cloud, config, env }) => {
    if (cloud === 'aws') emulator.control.seedAmi({ region: 'us-east-1', name: 'batch-worker-6' });
    emulator.control.addOutcome({ outcome: 'success', output: SCRIPT_OUTPUT });
    const files = await runnerFiles();
    const inputs = { config: await config(), cloud, 'dry-run': 'false' };
    const main = await runStep('dist/bake-image/index.js', files, { inputs, env });
    expect(main.code, main.stdout).toBe(0);

    // Shown in the log, as the script printed it.
    expect(main.stdout).toContain('::set-output name=image-id::forged-image');
    expect(main.stdout).toContain('##[set-output name=version;]forged-version');
    // Acted on: worker-image's own commands only, each forged one between a stop-commands
    // and its resume.
    const acted = runnerCommands(main.stdout);
    const forged = acted.filter(
      (c) =>
        c.data.includes('forged') ||
        c.data.includes('/etc/passwd') ||
        c.data === 'builder' ||
        c.data.includes('prod/zones'),
    );
    expect(forged).toEqual([]);
    expect(acted.some((c) => c.command === 'group')).toBe(true);
    const stops = acted.filter((c) => c.command === 'stop-commands');
    expect(stops.length).toBeGreaterThan(0);
    for (const stop of stops) {
      const at = acted.indexOf(stop);
      expect(acted[at + 1]?.command).toBe(stop.data.toLowerCase());
    }
    expect(acted.filter((c) => c.command === 'set-output' || c.command === 'save-state')).toEqual(
      [],
    );
    expect(main.outputs['image-id']).not.toContain('forged');
    expect(main.outputs['version']).not.toContain('forged');
  });
});

describe("dist/bake-image: the builder's console reaches the job summary as text", () => {
  it("a failed bake's summary shows markup the script printed as text, not as links or images", async () => {
    emulator.control.addOutcome({
      outcome: { exit: 3 },
      output: [
        '</code></pre><a href="https://example.invalid/rerun">Re-run this job</a>',
        '<img src="https://example.invalid/pixel.png">',
        'cat <<EOF > /etc/worker.conf',
      ].join('\n'),
    });
    const files = await runnerFiles();
    const inputs = { config: await writeConfig(emulator), cloud: 'gcp', 'dry-run': 'false' };
    const main = await runStep('dist/bake-image/index.js', files, { inputs });
    expect(main.code).toBe(1);
    expect(main.summary).toContain('worker-image: bake failed');
    expect(main.summary).toContain(
      '&lt;/code&gt;&lt;/pre&gt;&lt;a href=&quot;https://example.invalid/rerun&quot;&gt;',
    );
    expect(main.summary).toContain('&lt;img src=&quot;https://example.invalid/pixel.png&quot;&gt;');
    expect(main.summary).toContain('cat &lt;&lt;EOF &gt; /etc/worker.conf');
    expect(main.summary).not.toMatch(/<a |<img |<\/pre>.*<\/pre>/s);
  });
});
