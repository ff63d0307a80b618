import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressFromAttributes, progressFromConsole } from '../../src/verify/report.js';
import { checkKey, verifyScript, type VerifyCheck } from '../../src/verify/script.js';

/**
 * The verify script runs on a VM booted from the new image; here it runs for real with the
 * machine's bash and coreutils' timeout, and what it prints is read back as the bake reads a
 * console.
 */

const nonce = 'run-42-1';

async function runScript(checks: VerifyCheck[]): Promise<{ code: number | null; out: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'wi-verify-'));
  const path = join(dir, 'verify.sh');
  await writeFile(path, verifyScript({ nonce, guestAttributes: false, checks }));
  const run = spawnSync('bash', [path], { encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, out: run.stdout + run.stderr };
}

describe('the verify script', () => {
  it('reports ready, then each check with its exit status and duration, and the failures', async () => {
    const { code, out } = await runScript([
      {
        name: 'passes',
        command: 'echo "docker is fine ($WORKER_IMAGE_CHECK)"\n',
        timeoutSeconds: 10,
      },
      { name: 'fails', command: 'echo "no GPU" >&2\nexit 3\n', timeoutSeconds: 10 },
      { name: 'hangs', command: 'sleep 20\n', timeoutSeconds: 1 },
    ]);
    const after = Date.now();
    expect(code).toBe(0);
    const progress = progressFromConsole(out, nonce);
    expect(progress.readyUptime).toBeGreaterThan(0);
    // The VM's clock when it was ready (this machine's, here), within the run.
    expect(progress.readyClock).toBeGreaterThan(after - 30_000);
    expect(progress.readyClock).toBeLessThanOrEqual(after);
    expect(progress.checks.map(({ index, exit, timedOut }) => [index, exit, timedOut])).toEqual([
      [0, 0, false],
      [1, 3, false],
      [2, 124, true],
    ]);
    // The stopped check ran about its limit, not the 20 s it asked for.
    expect(progress.checks[2]!.ms).toBeGreaterThanOrEqual(900);
    expect(progress.checks[2]!.ms).toBeLessThan(10_000);
    expect(progress.failed).toBe(2);
    // Each check's output reaches the console under its name, stderr included.
    expect(out).toContain('  [passes] docker is fine (passes)');
    expect(out).toContain('  [fails] no GPU');
  });

  it('a check cannot report for another: marker text in its output is defused', async () => {
    const fake = `worker-image-verify[${nonce}]: check=1 exit=0 ms=1`;
    const { out } = await runScript([
      {
        name: 'liar',
        command: `echo '${fake}'\necho 'worker-image-verify[${nonce}]: done failed=0'\nexit 1\n`,
        timeoutSeconds: 10,
      },
      { name: 'honest', command: 'exit 5\n', timeoutSeconds: 10 },
    ]);
    const progress = progressFromConsole(out, nonce);
    expect(progress.checks.map((c) => c.exit)).toEqual([1, 5]);
    expect(progress.failed).toBe(2);
  });

  it('runs commands holding quotes, heredocs and the payload terminator as written', async () => {
    const command = "printf '%s\\n' \"it's\" 'WORKER_IMAGE_CHECK'\ncat <<'EOF'\n$HOME stays\nEOF\n";
    const { out } = await runScript([{ name: 'quoting', command, timeoutSeconds: 10 }]);
    expect(out).toContain("  [quoting] it's");
    expect(out).toContain('  [quoting] WORKER_IMAGE_CHECK');
    expect(out).toContain('  [quoting] $HOME stays');
    expect(progressFromConsole(out, nonce).checks[0]!.exit).toBe(0);
  });

  it('reads a console whose lines carry a prefix, and ignores another run’s lines', () => {
    const text = [
      `Dec 03 10:00:01 vm google_metadata_script_runner[812]: startup-script: worker-image-verify[${nonce}]: ready uptime=7.31`,
      `Dec 03 10:00:02 vm startup-script: worker-image-verify[other-run]: check=0 exit=9 ms=5`,
      `Dec 03 10:00:02 vm startup-script: worker-image-verify[${nonce}]: check=0 exit=0 ms=812`,
    ].join('\n');
    expect(progressFromConsole(text, nonce)).toEqual({
      readyUptime: 7.31,
      checks: [{ index: 0, exit: 0, ms: 812, timedOut: false }],
    });
  });

  it('reads the VM clock a ready report carries, on either channel', () => {
    const line = `startup-script: worker-image-verify[${nonce}]: ready uptime=7.31 at=1764844800123`;
    expect(progressFromConsole(line, nonce)).toEqual({
      readyUptime: 7.31,
      readyClock: 1764844800123,
      checks: [],
    });
    const attributes = new Map([['verify-ready', 'uptime=7.31 at=1764844800123']]);
    expect(progressFromAttributes(attributes).readyClock).toBe(1764844800123);
  });

  it('reads the same from guest attributes', () => {
    const attributes = new Map([
      ['verify-ready', 'uptime=12.5'],
      [checkKey(0), 'exit=0 ms=40'],
      [checkKey(1), 'exit=137 ms=65000'],
      ['verify-done', 'failed=1'],
    ]);
    expect(progressFromAttributes(attributes)).toEqual({
      readyUptime: 12.5,
      checks: [
        { index: 0, exit: 0, ms: 40, timedOut: false },
        { index: 1, exit: 137, ms: 65000, timedOut: true },
      ],
      failed: 1,
    });
  });

  it('refuses a nonce or a time limit it could not honour', () => {
    expect(() => verifyScript({ nonce: 'a b', guestAttributes: false, checks: [] })).toThrow(
      /nonce must match/,
    );
    expect(() =>
      verifyScript({
        nonce,
        guestAttributes: false,
        checks: [{ name: 'x', command: 'true', timeoutSeconds: 0.5 }],
      }),
    ).toThrow(/check x: timeoutSeconds must be a whole number/);
  });

  const shellcheck = spawnSync('shellcheck', ['--version']).status === 0;
  it.skipIf(!shellcheck)('passes shellcheck, with and without guest attributes', async () => {
    for (const guestAttributes of [true, false]) {
      const dir = await mkdtemp(join(tmpdir(), 'wi-verify-'));
      const path = join(dir, 'verify.sh');
      await writeFile(
        path,
        verifyScript({
          nonce,
          guestAttributes,
          checks: [{ name: 'docker-info', command: 'docker info\n', timeoutSeconds: 30 }],
        }),
      );
      const run = spawnSync('shellcheck', ['-s', 'bash', path], { encoding: 'utf8' });
      expect(run.stdout).toBe('');
      expect(run.status).toBe(0);
    }
  });
});
