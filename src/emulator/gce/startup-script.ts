import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { access, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { bashShim, ENV, POWER_OFF_FLAG, powerOffShim } from './shims.js';
import type { ScriptOutcome } from './state.js';

/** How long output still in the pipe may trail the script's exit (a daemon may hold it open). */
const DRAIN_MS = 1000;

/** The machine's bash, found once: scripts run for real, as on the VM. */
export function findBash(): string | undefined {
  for (const candidate of ['/bin/bash', '/usr/bin/bash']) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next
    }
  }
  return undefined;
}

export interface ScriptExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The script (or the wrapper around it) ran shutdown/poweroff/halt. */
  poweredOff: boolean;
}

export interface StartupScript {
  readonly pid: number | undefined;
  /** Settles once the script has exited and its output has been read. */
  readonly exited: Promise<ScriptExit>;
  /** Kills the script's whole process group, as powering the VM off would. */
  kill(): Promise<void>;
}

export interface StartupScriptOptions {
  bash: string;
  script: string;
  /** Base URL of this VM's metadata server, ending in `/computeMetadata/v1`. */
  metadataUrl: string;
  outcome: ScriptOutcome;
  /** How long the stand-in for the provisioning script runs. */
  scriptMs: number;
  onLine: (line: string) => void;
}

function outcomeEnv(outcome: ScriptOutcome): string {
  return typeof outcome === 'string' ? outcome : `exit:${outcome.exit}`;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Runs a startup script with the real bash in its own process group and a private
 * directory, the shims first on PATH, and the metadata server's URL in the environment.
 * Synchronous up to the spawn (a few small files), so a VM is never half-started when a
 * delete or stop() looks for its process.
 */
export function startStartupScript(o: StartupScriptOptions): StartupScript {
  const dir = mkdtempSync(join(tmpdir(), 'worker-image-emulator-vm-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'bash'), bashShim(o.bash), { mode: 0o755 });
  for (const cmd of ['shutdown', 'poweroff', 'halt']) {
    writeFileSync(join(bin, cmd), powerOffShim(o.bash), { mode: 0o755 });
  }
  const file = join(dir, 'startup-script');
  writeFileSync(file, o.script);

  // One pipe for stdout and stderr keeps lines in the order the script wrote them, as on a
  // serial console. The VM's environment is its own: nothing of this process leaks in but PATH.
  const child = spawn(o.bash, ['-c', 'exec 2>&1; exec "$0" "$1"', o.bash, file], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'ignore'],
    env: {
      PATH: `${bin}:${process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin'}`,
      HOME: dir,
      LANG: 'C.UTF-8',
      WORKER_IMAGE_METADATA_URL: o.metadataUrl,
      [ENV.dir]: dir,
      [ENV.outcome]: outcomeEnv(o.outcome),
      [ENV.scriptSeconds]: String(o.scriptMs / 1000),
    },
  });
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  lines.on('line', o.onLine);
  const drained = new Promise<void>((resolve) => lines.once('close', resolve));

  const exited = new Promise<ScriptExit>((resolve) => {
    const finish = async (code: number | null, signal: NodeJS.Signals | null): Promise<void> => {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        drained,
        new Promise<void>((r) => {
          timer = setTimeout(r, DRAIN_MS);
          timer.unref();
        }),
      ]);
      clearTimeout(timer);
      const poweredOff = await exists(join(dir, POWER_OFF_FLAG));
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
      resolve({ code, signal, poweredOff });
    };
    child.once('exit', (code, signal) => void finish(code, signal));
    child.once('error', (err) => {
      o.onLine(`emulator: could not run the startup script: ${err.message}`);
      void finish(null, null);
    });
  });

  return {
    pid: child.pid,
    exited,
    async kill() {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // the group is already gone
        }
      }
      await exited;
    },
  };
}
