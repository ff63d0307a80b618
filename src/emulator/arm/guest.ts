import { mkdtempSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGuestScript, type GuestScript, type GuestScriptOptions } from '../vm/script.js';
import { ACTIONS_FILE, ENV } from '../vm/shims.js';
import { killMarked } from '../vm/sweep.js';

/** What the home directories of this process's guests start with: a test looks for strays by it. */
export const GUEST_HOME_PREFIX = `worker-image-emulator-arm-${process.pid}-`;

/**
 * A VM's guest: every process run-command starts on the VM, for as long as the VM runs. A
 * command's script ends, but what it left running detached (`nohup`, `setsid`, `&`) lives on
 * until the VM powers off, is deallocated or deleted, or the emulator stops; each of them
 * carries the guest's marker in its environment, so powering off finds them all. The
 * commands the guest records (`waagent -deprovision+user`, `shutdown -h now`) are acted on
 * as they are recorded, not when some script ends.
 */
export class VmGuest {
  readonly home = mkdtempSync(join(tmpdir(), GUEST_HOME_PREFIX));
  private readonly scripts = new Set<GuestScript>();
  private readonly watcher: FSWatcher | undefined;
  private poller: NodeJS.Timeout | undefined;
  private offset = 0;
  private partial = '';
  private stopping: Promise<void> | undefined;

  constructor(private readonly onAction: (action: string) => void) {
    try {
      this.watcher = watch(this.home, () => this.catchUp());
      this.watcher.on('error', () => undefined);
    } catch {
      // No inotify watch left on this machine: look a few times a second instead.
      this.poller = setInterval(() => this.catchUp(), 50);
      this.poller.unref();
    }
  }

  /** `NAME=value` in the environment of every process of this guest. */
  get marker(): string {
    return `${ENV.dir}=${this.home}`;
  }

  get running(): boolean {
    return this.stopping === undefined;
  }

  run(o: Omit<GuestScriptOptions, 'home'>): GuestScript {
    const script = startGuestScript({ ...o, home: this.home });
    this.scripts.add(script);
    void script.exited.then(() => this.scripts.delete(script));
    return script;
  }

  /** Acts on the commands recorded since the last look, in the order they were recorded. */
  catchUp(): void {
    if (!this.running) return;
    let record: Buffer;
    try {
      record = readFileSync(join(this.home, ACTIONS_FILE));
    } catch {
      return; // nothing recorded yet
    }
    if (record.length <= this.offset) return;
    const lines = (this.partial + record.subarray(this.offset).toString('utf8')).split('\n');
    this.offset = record.length;
    this.partial = lines.pop() ?? '';
    for (const line of lines) if (line !== '') this.onAction(line);
  }

  /** Powers the guest off: every process it started goes, wherever it went. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.watcher?.close();
      clearInterval(this.poller);
      // The marker first: a detached process holding a script's output would keep it open.
      await killMarked(this.marker);
      await Promise.all([...this.scripts].map((s) => s.kill()));
      await killMarked(this.marker);
      await rm(this.home, { recursive: true, force: true }).catch(() => undefined);
    })();
    return this.stopping;
  }
}
