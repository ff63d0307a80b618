import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '../config/load.js';
import { planBump } from '../references/plan.js';
import { PLACEHOLDER } from '../references/pattern.js';
import type { ReferenceRule } from '../references/rules.js';
import type { Figure } from './figures.js';
import { median } from './stats.js';

const run = promisify(execFile);

const REPO_FILES = 10_000;
const EXAMPLE = resolve('examples/repo');
// The version token in POSIX ERE; the example's patterns are ERE once it is put in.
const ERE_TOKEN = String.raw`[0-9]+(\.[0-9]+)*[a-z]?`;
// Git run for the bench alone: no user or system config may change what it does.
const GIT_ENV = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

/**
 * planBump with the example's rules over a 10,000-file repository (the example repo plus
 * unrelated code, docs and config, some of it naming the usual neighbours such as
 * batch-worker-subnet) against `git grep -E` for the same patterns, which is how the
 * references are found by hand. Only the search is timed: the repository is generated and
 * `git add`ed first.
 */
export async function bumpBench(runs: number): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'wi-bench-bump-'));
  try {
    await cp(EXAMPLE, dir, { recursive: true });
    const example = (await readdir(EXAMPLE, { recursive: true, withFileTypes: true })).filter((e) =>
      e.isFile(),
    ).length;
    await generateRepo(dir, REPO_FILES - example);
    const config = await loadConfig({ path: 'worker-image.yml', cwd: dir, purpose: 'bump' });
    const rules = config.references;
    await run('git', ['init', '-q'], { cwd: dir, env: GIT_ENV });
    await run('git', ['add', '-A'], { cwd: dir, env: GIT_ENV });

    const versions = { gcp: '24', azure: '0.0.15' };
    const plans: number[] = [];
    let references = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const plan = await planBump({ repoDir: dir, rules, versions });
      plans.push(performance.now() - start);
      references = plan.changes.length;
    }
    const grepArgs = ['grep', '-E', '-n', ...rules.flatMap((r) => ['-e', grepPattern(r)])];
    const greps: number[] = [];
    let grepLines = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const { stdout } = await run('git', grepArgs, {
        cwd: dir,
        env: GIT_ENV,
        maxBuffer: 64 << 20,
      });
      greps.push(performance.now() - start);
      grepLines = stdout.split('\n').filter(Boolean).length;
    }
    const group = 'Bump';
    return [
      {
        group,
        title: `bump plan, ${rules.length} example rules over a ${REPO_FILES}-file repo (${references} references)`,
        values: plans,
        unit: 'ms',
        method: 'planBump (reads, matches, plans every edit; writes nothing) in-process',
      },
      {
        group,
        title: `git grep -E, the same patterns over the same repo (${grepLines} lines)`,
        values: greps,
        unit: 'ms',
        method:
          'git grep -E -n with one -e per rule (the pattern with {version} as an ERE), index warm',
      },
      {
        group,
        title: 'bump plan time / git grep time (medians)',
        values: [median(plans) / median(greps)],
        unit: 'x',
        target: { max: 2, text: '≤ 2× git grep' },
        compare: ['the rules name their files; grep reads every file'],
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function grepPattern(rule: ReferenceRule): string {
  return rule.pattern.replace(PLACEHOLDER, ERE_TOKEN);
}

/**
 * Fills `dir` up to about `total` files: mostly Python modules, with docs, YAML and shell
 * scripts, in a Hail-like tree. One file in a hundred mentions a neighbour of the real
 * references (subnets, the gallery definition, the machine-name prefix, namespaced test
 * images), so the search has near misses to reject. Deterministic, so runs compare.
 */
async function generateRepo(dir: string, total: number): Promise<void> {
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
  for (let i = 0; i < total; i++) {
    let pick = random(weights);
    const kind = kinds.find((k) => (pick -= k.weight) < 0) ?? kinds[0]!;
    const path = join(dir, kind.folder, `m${random(40)}`, `file_${i}.${kind.ext}`);
    const lines = Array.from({ length: 40 + random(80) }, (_, j) => fillerLine(kind.ext, i, j));
    if (i % 100 === 0)
      lines.splice(random(lines.length), 0, neighbours[random(neighbours.length)]!);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, lines.join('\n') + '\n');
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
