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
 * make the bump read every file. git grep runs with LC_ALL=C (byte-wise, its fastest: the goal
 * is held to it) and with LC_ALL=C.UTF-8 (the runners' locale), each pinned, since the
 * machine's own locale would otherwise decide a 3-4x difference in git grep's wall. The
 * commands run in turn after one unmeasured run of each (the page cache and git's index are
 * warm for all). Also the bump's fixed cost: the same command over a repository of one file.
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
    // git grep's -E is the C library's regex, which works on bytes in the C locale and on
    // characters in a UTF-8 one: several times slower there. Both are measured, each locale
    // pinned, whatever the machine's own; the bump is judged against the faster. GitHub's Ubuntu
    // runners set LANG=C.UTF-8 (a capture: ruby/spec#1336; nektos/act#1476 copies it).
    const greps: Grep[] = [{ locale: 'C', values: [] }];
    if (await hasLocale(UTF8_LOCALE)) greps.push({ locale: UTF8_LOCALE, values: [] });
    const bump = (cwd: string): Promise<Timed> =>
      timed(process.execPath, bumpArgs, cwd, process.env);
    const grep = (g: Grep): Promise<Timed> =>
      timed('git', grepArgs, dir, { ...GIT_ENV, LC_ALL: g.locale });

    await bump(dir);
    const outputs = new Set<string>();
    for (const g of greps) outputs.add((await grep(g)).stdout);
    if (outputs.size !== 1) {
      throw new Error('bump bench: git grep found different lines in the C and UTF-8 locales');
    }
    await bump(one);
    const bumps: number[] = [];
    const starts: number[] = [];
    let bumpLines = 0;
    let grepLines = 0;
    // Each round is about a second: more rounds than the bench's default steady the ratio.
    const rounds = Math.max(runs, MIN_ROUNDS);
    const commands = [undefined, ...greps];
    for (let i = 0; i < rounds; i++) {
      // Each round starts with a different command, so none always runs right after another.
      for (let k = 0; k < commands.length; k++) {
        const g = commands[(i + k) % commands.length];
        if (g === undefined) {
          const b = await bump(dir);
          bumps.push(b.ms);
          bumpLines = b.lines;
        } else {
          const t = await grep(g);
          g.values.push(t.ms);
          grepLines = t.lines;
        }
      }
      starts.push((await bump(one)).ms);
    }

    const group = 'Bump';
    const conditions = `${files.length} files, ${(bytes / 2 ** 20).toFixed(1)} MiB (generated Python, Scala, Markdown, YAML and shell, and the example repo), ${RULES.length} rules with path '**', page cache and git index warm (one unmeasured run of each first), the commands in turn, each round starting with the next, ${rounds} rounds, ${cpus().length} CPUs`;
    const [bytewise, utf8] = greps;
    return [
      {
        group,
        title: `worker-image bump --dry-run, ${RULES.length} glob rules reading all ${files.length} files (${bumpLines} log lines, diff included)`,
        values: bumps,
        unit: 'ms',
        method: `node bin/worker-image.js bump --dry-run --set gcp=24 --set azure=0.0.15, whole process, wall; ${conditions}`,
      },
      ...greps.map((g): Figure => ({
        group,
        title: `git grep -E -n, LC_ALL=${g.locale}, the same ${RULES.length} patterns over the same files (${grepLines} lines)`,
        values: g.values,
        unit: 'ms',
        method: `git grep -E -n with one -e per rule ({version} as the ERE ${ERE_TOKEN}), its default threads, LC_ALL=${g.locale} (${g.locale === 'C' ? 'byte-wise regex: git grep at its fastest; the files and patterns are ASCII, so it finds the same lines, checked' : "character-wise regex, the locale GitHub's runners set"}), whole process, wall; ${conditions}`,
      })),
      {
        group,
        title: 'bump wall / git grep -E wall, LC_ALL=C (per round, measured side by side)',
        // Each round's runs were back to back, under the same load: their ratio, median of the rounds.
        values: bumps.map((b, i) => b / bytewise!.values[i]!),
        unit: 'x',
        target: { max: 1, text: '≤ 1.0× git grep -E' },
        compare: [
          'git grep reads with a thread per CPU, the bump on one: a busy machine slows git grep more, an idle one favours it',
          ...(utf8
            ? []
            : [`no ${UTF8_LOCALE} locale on this machine: git grep was not measured in it`]),
        ],
        ifMissed:
          "git grep in the C locale matches bytes; the bump's fixed cost alone (the row after next: node starting and loading the CLI, yaml and the config's validation, which git does not pay) is most of git grep's whole wall there, and the rest is listing, reading (an open, a read and a close per file) and searching on one thread (a worker thread's start outweighed its share of the reads when tried)",
      },
      ...(utf8
        ? [
            {
              group,
              title: `bump wall / git grep -E wall, LC_ALL=${utf8.locale} (per round)`,
              values: bumps.map((b, i) => b / utf8.values[i]!),
              unit: 'x',
              method:
                "for comparison, not the goal: git grep in the runners' locale, where its regex matches characters as the bump's does",
            } satisfies Figure,
          ]
        : []),
      {
        group,
        title: 'worker-image bump --dry-run, one rule naming one file (the fixed cost)',
        values: starts,
        unit: 'ms',
        method:
          'the same command over a repository of one file, after each round of the rows above: node start, module loading, config, one read',
      },
    ];
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

interface Timed {
  ms: number;
  lines: number;
  stdout: string;
}

/** git grep under one locale, and its walls. */
interface Grep {
  locale: string;
  values: number[];
}

const UTF8_LOCALE = 'C.UTF-8';

/** Whether the C library here has `locale` (else LC_ALL=it would silently mean C). */
async function hasLocale(locale: string): Promise<boolean> {
  try {
    const { stdout } = await run('locale', ['charmap'], {
      env: { ...process.env, LC_ALL: locale },
    });
    return stdout.trim() === 'UTF-8';
  } catch {
    return false;
  }
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
  return { ms, lines: stdout.split('\n').filter(Boolean).length, stdout };
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
