import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { outcomeWord, type ScriptOutcome } from './outcomes.js';
import { ACTIONS_FILE, bashShim, ENV, recordingShim } from './shims.js';

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
  /**
   * The recorded commands the script ran, in order (`shutdown -h now`, `waagent -force
   * -deprovision+user`); empty with `home`, whose owner reads the record as it grows.
   */
  actions: string[];
}

export interface GuestScript {
  readonly pid: number | undefined;
  /** Settles once the script has exited and its output has been read. */
  readonly exited: Promise<ScriptExit>;
  /** Kills the script's whole process group, as powering the VM off would. */
  kill(): Promise<void>;
}

export type OutputStream = 'stdout' | 'stderr';

export interface GuestScriptOptions {
  bash: string;
  script: string;
  /**
   * A directory that outlives the script, as a VM's disk outlives one command: the script
   * runs there and leaves it (and whatever it started) in place. Absent: a private directory,
   * removed when the script exits.
   */
  home?: string;
  outcome: ScriptOutcome;
  /** What the stand-in for the provisioning script prints before it ends ('' or absent: nothing). */
  output?: string;
  /** How long the stand-in for the provisioning script runs. */
  scriptMs: number;
  /**
   * How the stand-ins for a verify script's checks end: Outcomes.checksFor(vm name), decided
   * when the VM was created.
   */
  checks?: string;
  /** What the guest's environment holds besides PATH, HOME and LANG (e.g. its metadata server). */
  env: Record<string, string>;
  /** Commands recorded instead of run, each with what the shim prints about it. */
  recorded: Record<string, string>;
  /**
   * `merged`: stderr into stdout in the order written, as on a serial console; `separate`: two
   * streams, as run-command reports them.
   */
  streams: 'merged' | 'separate';
  onLine: (line: string, stream: OutputStream) => void;
}

async function readActions(dir: string): Promise<string[]> {
  const text = await readFile(join(dir, ACTIONS_FILE), 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line !== '');
}

function linesOf(input: Readable, stream: OutputStream, o: GuestScriptOptions): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  lines.on('line', (line) => o.onLine(line, stream));
  return new Promise((resolve) => lines.once('close', resolve));
}

/**
 * Runs a script as a VM's guest would, with the real bash in its own process group and a
 * private directory, the shims first on PATH. Synchronous up to the spawn (a few small
 * files), so a VM is never half-started when a delete or stop() looks for its process.
 */
export function startGuestScript(o: GuestScriptOptions): GuestScript {
  const dir = o.home ?? mkdtempSync(join(tmpdir(), 'worker-image-emulator-vm-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  // The VM's own /tmp: what its scripts leave there (a wrapper killed with its VM cannot run
  // its EXIT trap) goes with the VM, not into this machine's /tmp.
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(bin, 'bash'), bashShim(o.bash), { mode: 0o755 });
  for (const [cmd, note] of Object.entries(o.recorded)) {
    writeFileSync(join(bin, cmd), recordingShim(o.bash, note), { mode: 0o755 });
  }
  // A shared home sees one script after another, and a detached process may outlive its own.
  const file = join(dir, o.home ? `script-${randomBytes(4).toString('hex')}.sh` : 'script.sh');
  writeFileSync(file, o.script);

  // The VM's environment is its own: nothing of this process leaks in but PATH.
  const merge = o.streams === 'merged' ? 'exec 2>&1; ' : '';
  const child = spawn(o.bash, ['-c', `${merge}exec "$0" "$1"`, o.bash, file], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', o.streams === 'merged' ? 'ignore' : 'pipe'],
    env: {
      PATH: `${bin}:${process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin'}`,
      HOME: dir,
      LANG: 'C.UTF-8',
      TMPDIR: tmp,
      ...o.env,
      [ENV.dir]: dir,
      [ENV.outcome]: outcomeWord(o.outcome),
      ...(o.output ? { [ENV.output]: o.output } : {}),
      ...(o.checks !== undefined ? { [ENV.checks]: o.checks } : {}),
      [ENV.scriptSeconds]: String(o.scriptMs / 1000),
    },
  });
  const drained = Promise.all([
    linesOf(child.stdout!, 'stdout', o),
    child.stderr ? linesOf(child.stderr, 'stderr', o) : undefined,
  ]);

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
      if (o.home) return resolve({ code, signal, actions: [] });
      const actions = await readActions(dir);
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
      resolve({ code, signal, actions });
    };
    child.once('exit', (code, signal) => void finish(code, signal));
    child.once('error', (err) => {
      o.onLine(`emulator: could not run the script: ${err.message}`, 'stderr');
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
