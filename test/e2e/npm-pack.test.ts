import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The CLI as a user outside GitHub Actions gets it: `npm pack`, then the tarball installed into
// an empty folder. npm packs from a hard-linked copy of this checkout (with dist/, src/ and
// test/, so leaving them out is the files list's doing), where its `prepare` compiles lib/
// afresh without touching the checkout's own. The install takes the runtime dependencies at
// the versions package-lock.json pins, which `npm ci` left in npm's cache: nothing is
// downloaded (--offline).

const exec = promisify(execFile);
const REPO = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
/** Not copied: installed, generated, or git's (npm pack reads none of them). */
const NOT_COPIED = [
  'node_modules',
  '.git',
  'lib',
  'worker-image-out',
  '.bench',
  '.bundle-stage',
  'coverage',
];
/** What the package holds besides bin/, lib/ and templates/. */
const TOP_LEVEL = ['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json'];

// Node 24 first on PATH (for npm, the `prepare` script and the CLI's shebang), and none of the
// npm_* settings of an `npm test` that may have started this run.
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))),
  PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
};
/** Runs a command to its end or its deadline; a failure shows both its streams (tsc's are stdout). */
async function run(cmd: string, args: string[], cwd: string, timeout = 120_000) {
  try {
    return await exec(cmd, args, { cwd, env, timeout, maxBuffer: 16 << 20, encoding: 'utf8' });
  } catch (err) {
    const { stdout, stderr } = err as { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

let root: string;
let files: string[];
let installed: string;
let cli: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'wi-npm-pack-'));
  const stage = join(root, 'checkout');
  mkdirSync(stage);
  const entries = readdirSync(REPO).filter((e) => !NOT_COPIED.includes(e) && !e.endsWith('.log'));
  // Hard links cost nothing; across file systems (tmpdir elsewhere) a copy does.
  await run('cp', ['-al', ...entries, stage], REPO).catch(async () => {
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(stage);
    await run('cp', ['-a', ...entries, stage], REPO);
  });
  symlinkSync(join(REPO, 'node_modules'), join(stage, 'node_modules'));

  const packed = await run('npm', ['pack', '--json', '--pack-destination', root], stage);
  const [tarball] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  files = tarball!.files.map((f) => f.path).sort();

  const app = join(root, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true }));
  writeFileSync(join(app, 'package-lock.json'), JSON.stringify(pinnedRuntimeDependencies()));
  await run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', join(root, tarball!.filename)],
    app,
  );
  installed = join(app, 'node_modules', 'worker-image');
  cli = join(app, 'node_modules', '.bin', 'worker-image');
}, 300_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/**
 * A lockfile for the empty folder holding package-lock.json's runtime packages (not its dev
 * ones), unclaimed until the tarball's dependencies claim them: npm resolves worker-image's
 * dependencies to those versions from its cache instead of asking the registry.
 */
function pinnedRuntimeDependencies() {
  const lock = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  const packages: Record<string, unknown> = { '': { name: 'app' } };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || entry.dev) continue;
    packages[path] = { ...entry, devOptional: undefined };
  }
  return { name: 'app', lockfileVersion: 3, requires: true, packages };
}

/** Every module reachable by relative import from `entry`, and imports naming no file. */
function importClosure(entry: string): { reached: Set<string>; missing: string[] } {
  const reached = new Set<string>();
  const missing: string[] = [];
  const imports =
    /\bfrom\s*['"](\.\.?\/[^'"]+)['"]|\bimport\s*\(\s*(?:\/\*[\s\S]*?\*\/\s*)?['"](\.\.?\/[^'"]+)['"]|\bimport\s*['"](\.\.?\/[^'"]+)['"]/g;
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(imports)) {
      const target = resolve(dirname(file), (m[1] ?? m[2] ?? m[3])!);
      if (existsSync(target)) pending.push(target);
      else missing.push(`${relative(installed, file)} imports ${relative(installed, target)}`);
    }
  }
  return { reached, missing };
}

describe('the CLI as an npm package', () => {
  it('packs bin/, the compiled lib/, the templates, README, LICENSE and CHANGELOG, and nothing else', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        ...TOP_LEVEL,
        'bin/worker-image.js',
        'lib/cli.js',
        'lib/emulator/main.js',
        'templates/gcp-startup.sh.j2',
        'templates/worker-image.example.yml',
      ]),
    );
    // No src/, test/, dist/, scripts/, examples/ or workflows; no build or bench code.
    const other = files.filter((f) => !/^(bin|lib|templates)\//.test(f) && !TOP_LEVEL.includes(f));
    expect(other).toEqual([]);
    const notCli = /^lib\/(bench|bundle|shim)\/|^lib\/(demo|start)\.js$/;
    expect(files.filter((f) => notCli.test(f))).toEqual([]);
  });

  it('ships every module the CLI imports, and no module it never loads', () => {
    // bin/ runs lib/cli.js when there is no dist/ bundle beside it, as in the package.
    expect(existsSync(join(installed, 'dist'))).toBe(false);
    expect(readFileSync(join(installed, 'bin/worker-image.js'), 'utf8')).toContain(
      "'../lib/cli.js'",
    );
    const { reached, missing } = importClosure(join(installed, 'lib/cli.js'));
    expect(missing).toEqual([]);
    const shipped = readdirSync(join(installed, 'lib'), { recursive: true })
      .map((f) => join(installed, 'lib', String(f)))
      .filter((f) => f.endsWith('.js'));
    // A module of types alone compiles to `export {};`, which nothing loads.
    const unloaded = shipped.filter(
      (f) => !reached.has(f) && readFileSync(f, 'utf8').trim() !== 'export {};',
    );
    expect(
      unloaded.map((f) => relative(installed, f)),
      'modules only the actions or the build load: leave them out in package.json "files"',
    ).toEqual([]);
  });

  it('installed into an empty folder, prints its version', async () => {
    const { stdout } = await run(cli, ['--version'], root, 30_000);
    expect(stdout).toBe(`worker-image ${pkg.version}\n`);
  });

  it('installed into an empty folder, plans the example config offline with its own templates', async () => {
    const project = join(root, 'project');
    mkdirSync(join(project, 'examples'), { recursive: true });
    cpSync('examples/worker-image.yml', join(project, 'examples/worker-image.yml'));
    cpSync(join(installed, 'templates'), join(project, 'templates'), { recursive: true });
    const args = ['plan', '--offline', '--config', 'examples/worker-image.yml', '--repo', '.'];
    const versions = ['--version', 'gcp=25,azure=0.0.14,aws=25', '--format', 'json'];
    const { stdout } = await run(cli, [...args, ...versions], project, 60_000);
    const plan = JSON.parse(stdout) as { clouds: string[]; named: Record<string, string> };
    expect(plan.clouds).toEqual(['gcp', 'azure', 'aws']);
    expect(plan.named).toEqual({
      gcp: 'batch-worker-25',
      azure: 'batch-worker-22-04/0.0.14',
      aws: 'batch-worker-25',
    });
  });
});
