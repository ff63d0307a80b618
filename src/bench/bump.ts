import { execFile } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import type { Figure } from './figures.js';

const run = promisify(execFile);

const REPO_FILES = 10_000;
/** At least this many rounds of bump and git grep. */
const MIN_ROUNDS = 9;
const EXAMPLE = resolve('examples/repo');
const CLI = resolve('bin/worker-image.js');
// The version token in POSIX ERE; the rules' patterns are ERE once it is put in.
const ERE_TOKEN = String.raw`[0-9]+(\.[0-9]+)*[a-z]?`;
// Git run for the bench alone: no user or system config may change what it does.
const GIT_ENV = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

/** Glob rules over every file: each rule's path is `**`, so the bump reads all 10,000. */
const RULES = [
  { name: 'gcp-images', pattern: `/global/images/batch-worker-{version}'`, value: 'gcp' },
  {
    name: 'azure-images',
    pattern: '/images/batch-worker-22-04/versions/{version}',
    value: 'azure',
  },
  { name: 'gcp-docs', pattern: '--image batch-worker-{version}', value: 'gcp' },
];
const CONFIG = `references:\n${RULES.map(
  (r) =>
    `  - name: ${r.name}\n    path: '**'\n    pattern: "${r.pattern}"\n    value: ${r.value}\n`,
).join('')}`;

/**
 * `worker-image bump --dry-run` against `git grep -E` with the same patterns, each a whole
 * process as a user runs it, over a generated 10,000-file repository, with glob rules that
 * make the bump read every file. The two run alternately, after one unmeasured run of each
 * (the page cache and git's index are warm for both). Also the bump's fixed cost: the same
 * command over a repository of one file.
 */
export async function bumpBench(runs: number): Promise<Figure[]> {
  const base = await mkdtemp(join(tmpdir(), 'wi-bench-bump-'));
  try {
    const dir = join(base, 'repo');
    await cp(EXAMPLE, dir, { recursive: true });
    writeFileSync(join(dir, 'worker-image.yml'), CONFIG);
    const example = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) =>
      e.isFile(),
    ).length;
    generateRepo(dir, REPO_FILES - example);
    await run('git', ['init', '-q'], { cwd: dir, env: GIT_ENV });
    await run('git', ['add', '-A'], { cwd: dir, env: GIT_ENV });
    const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter(
      (e) => e.isFile() && !relative(dir, e.parentPath).split(sep).includes('.git'),
    );
    const bytes = files.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);

    const one = join(base, 'one');
    mkdirSync(one);
    writeFileSync(
      join(one, 'worker-image.yml'),
      `references:\n  - path: image.py\n    pattern: "batch-worker-{version}"\n    value: gcp\n`,
    );
    writeFileSync(join(one, 'image.py'), "IMAGE = 'batch-worker-23'\n");

    const bumpArgs = [CLI, 'bump', '--dry-run', '--set', 'gcp=24', '--set', 'azure=0.0.15'];
    const grepArgs = [
      'grep',
      '-E',
      '-n',
      ...RULES.flatMap((r) => ['-e', r.pattern.replace('{version}', ERE_TOKEN)]),
    ];
    const bump = (cwd: string): Promise<Timed> =>
      timed(process.execPath, bumpArgs, cwd, process.env);
    const grep = (): Promise<Timed> => timed('git', grepArgs, dir, GIT_ENV);

    await bump(dir);
    await grep();
    await bump(one);
    const bumps: number[] = [];
    const greps: number[] = [];
    const starts: number[] = [];
    let bumpLines = 0;
    let grepLines = 0;
    // Each round is about a second: more rounds than the bench's default steady the ratio.
    const rounds = Math.max(runs, MIN_ROUNDS);
    for (let i = 0; i < rounds; i++) {
      // Alternately first, so neither always runs right after the other.
      let b: Timed;
      let g: Timed;
      if (i % 2 === 0) {
        b = await bump(dir);
        g = await grep();
      } else {
        g = await grep();
        b = await bump(dir);
      }
      bumps.push(b.ms);
      greps.push(g.ms);
      bumpLines = b.lines;
      grepLines = g.lines;
      starts.push((await bump(one)).ms);
    }

    const group = 'Bump';
    const conditions = `${files.length} files, ${(bytes / 2 ** 20).toFixed(1)} MiB (generated Python, Scala, Markdown, YAML and shell, and the example repo), ${RULES.length} rules with path '**', page cache and git index warm (one unmeasured run of each first), the two alternating, ${rounds} runs, ${cpus().length} CPUs`;
    return [
      {
        group,
        title: `worker-image bump --dry-run, ${RULES.length} glob rules reading all ${files.length} files (${bumpLines} log lines, diff included)`,
        values: bumps,
        unit: 'ms',
        method: `node bin/worker-image.js bump --dry-run --set gcp=24 --set azure=0.0.15, whole process, wall; ${conditions}`,
      },
      {
        group,
        title: `git grep -E -n, the same ${RULES.length} patterns over the same files (${grepLines} lines)`,
        values: greps,
        unit: 'ms',
        method: `git grep -E -n with one -e per rule ({version} as the ERE ${ERE_TOKEN}), its default threads, whole process, wall; ${conditions}`,
      },
      {
        group,
        title: 'bump wall / git grep -E wall (per round, measured side by side)',
        // Each round's pair ran back to back, under the same load: their ratio, median of the rounds.
        values: bumps.map((b, i) => b / greps[i]!),
        unit: 'x',
        target: { max: 1, text: '≤ 1.0× git grep -E' },
        compare: [
          'git grep reads with a thread per CPU, the bump on one: a busy machine slows git grep more, an idle one favours it',
        ],
        ifMissed:
          "of the bump's wall, the fixed-cost row (next) is node starting and loading the CLI, yaml and the config's validation, which git does not pay; the rest is listing, reading and searching the files on one thread (a worker thread's start outweighed its share of the reads when tried)",
      },
      {
        group,
        title: 'worker-image bump --dry-run, one rule naming one file (the fixed cost)',
        values: starts,
        unit: 'ms',
        method:
          'the same command over a repository of one file, alternating with the rows above: node start, module loading, config, one read',
      },
    ];
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

interface Timed {
  ms: number;
  lines: number;
}

/** One whole process, wall time from spawn to exit; fails on a non-zero exit. */
async function timed(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<Timed> {
  const start = performance.now();
  const { stdout } = await run(command, args, { cwd, env, maxBuffer: 64 << 20 });
  const ms = performance.now() - start;
  return { ms, lines: stdout.split('\n').filter(Boolean).length };
}

/**
 * Fills `dir` up to about `total` files: mostly Python modules, with docs, YAML and shell
 * scripts, in a Hail-like tree. One file in a hundred mentions a neighbour of the real
 * references (subnets, the gallery definition, the machine-name prefix, namespaced test
 * images), so the search has near misses to reject; one in a thousand names the GCP image
 * (half of them already at the new version), so the rules find references beyond the
 * example's. Deterministic, so runs compare.
 */
function generateRepo(dir: string, total: number): void {
  let seed = 42;
  const random = (n: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  const neighbours = [
    "SUBNET = 'batch-worker-subnet'",
    "DEFINITION = 'batch-worker-22-04'",
    "MACHINE_NAME_PREFIX = f'batch-worker-{DEFAULT_NAMESPACE}-'",
    "TEST_IMAGE = 'batch-worker-alice-3'",
    "NSG = 'batch-worker-nsg'",
  ];
  const kinds = [
    { folder: 'hail/python/hail', ext: 'py', weight: 70 },
    { folder: 'batch/batch', ext: 'py', weight: 10 },
    { folder: 'hail/src/main/scala/is/hail', ext: 'scala', weight: 10 },
    { folder: 'batch/docs', ext: 'md', weight: 4 },
    { folder: 'infra/k8s', ext: 'yaml', weight: 4 },
    { folder: 'devbin', ext: 'sh', weight: 2 },
  ];
  const weights = kinds.reduce((sum, k) => sum + k.weight, 0);
  const made = new Set<string>();
  for (let i = 0; i < total; i++) {
    let pick = random(weights);
    const kind = kinds.find((k) => (pick -= k.weight) < 0) ?? kinds[0]!;
    const path = join(dir, kind.folder, `m${random(40)}`, `file_${i}.${kind.ext}`);
    const lines = Array.from({ length: 40 + random(80) }, (_, j) => fillerLine(kind.ext, i, j));
    if (i % 100 === 0) {
      lines.splice(random(lines.length), 0, neighbours[random(neighbours.length)]!);
    }
    if (i % 1000 === 500 || i % 1000 === 700) {
      const version = i % 1000 === 500 ? 23 : 24;
      const line = `IMAGE = f'projects/{project}/global/images/batch-worker-${version}'`;
      lines.splice(random(lines.length), 0, line);
    }
    if (!made.has(dirname(path))) {
      mkdirSync(dirname(path), { recursive: true });
      made.add(dirname(path));
    }
    writeFileSync(path, lines.join('\n') + '\n');
  }
}

function fillerLine(ext: string, file: number, line: number): string {
  switch (ext) {
    case 'md':
      return `The worker reads job ${file}.${line} from the queue and reports its status to the driver.`;
    case 'yaml':
      return `  key_${line}: value-${file}-${line}  # setting ${line}`;
    case 'sh':
      return `echo "step ${line} of build ${file}" && sleep 0`;
    case 'scala':
      return `  def method${line}(x: Int): Int = x * ${file} + ${line}`;
    default:
      return `    value_${line} = compute(${file}, ${line}, f'batch-{name}-${line}')`;
  }
}
