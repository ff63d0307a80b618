// Fails when the committed dist/ differs from a fresh bundle of the current source.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

function files(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .map((f) => relative(dir, f))
    .sort();
}

const fresh = mkdtempSync(join(tmpdir(), 'worker-image-dist-'));
try {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/bundle.mjs', '--out', fresh], { stdio: 'inherit' });
  const want = files(fresh);
  // What counts is what a clone gets: the committed files, not an ignored leftover.
  const tracked = execFileSync('git', ['ls-files', 'dist'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((f) => relative('dist', f));
  const have = files('dist').filter((f) => tracked.includes(f));
  const problems = [
    ...want.filter((f) => !have.includes(f)).map((f) => `missing: dist/${f}`),
    ...have.filter((f) => !want.includes(f)).map((f) => `stale: dist/${f}`),
    ...want
      .filter((f) => have.includes(f))
      .filter((f) => !readFileSync(join(fresh, f)).equals(readFileSync(join('dist', f))))
      .map((f) => `differs: dist/${f}`),
  ];
  if (problems.length > 0) {
    console.error(
      `dist/ does not match the source; run \`npm run bundle\` and commit dist/:\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`dist/ matches the source (${want.length} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
