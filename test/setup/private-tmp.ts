import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One temporary folder for the whole run, set as TMPDIR before the test workers start (they,
 * the emulator's guests and every process a test spawns inherit it), and removed with all it
 * holds when the run ends: the configs, repositories and VM homes the tests make do not pile
 * up in the machine's /tmp from run to run.
 */
export default function privateTmp(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'wi-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
