import { chmod, lstat, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomHex } from '../naming/random.js';
import type { BumpPlan } from './plan.js';

/** A file changed on disk between planning and applying; nothing was written. */
export class StalePlanError extends Error {
  override readonly name = 'StalePlanError';
}

/**
 * Writes every planned file or none. Each new text goes to a temporary file beside its
 * target first (keeping the target's mode, so build scripts stay executable); only when all
 * are written do renames put them in place, and a failed rename restores the files already
 * replaced. Refuses, writing nothing, when a file no longer holds what was planned from, or
 * has become a symbolic link (a rename would replace the link with a file). Returns the
 * changed files, repository-relative.
 */
export async function applyBump(plan: BumpPlan): Promise<string[]> {
  const targets = plan.files.map((f) => ({ ...f, full: join(plan.repoDir, f.path) }));
  for (const t of targets) {
    if ((await lstat(t.full).catch(() => undefined))?.isSymbolicLink()) {
      throw new StalePlanError(
        `${t.path} became a symbolic link since the bump was planned; plan again`,
      );
    }
    const now = await readFile(t.full, 'utf8').catch(() => undefined);
    if (now !== t.before) {
      throw new StalePlanError(`${t.path} changed since the bump was planned; plan again`);
    }
  }

  const suffix = `.worker-image-${process.pid}-${randomHex(4)}.tmp`;
  const staged: { full: string; temp: string; before: string }[] = [];
  try {
    for (const t of targets) {
      const temp = join(dirname(t.full), `.${basename(t.full)}${suffix}`);
      staged.push({ full: t.full, temp, before: t.before });
      await writeFile(temp, t.after);
      await chmod(temp, (await stat(t.full)).mode & 0o7777);
    }
  } catch (err) {
    await Promise.all(staged.map((s) => rm(s.temp, { force: true })));
    throw err;
  }

  const replaced: typeof staged = [];
  try {
    for (const s of staged) {
      await rename(s.temp, s.full);
      replaced.push(s);
    }
  } catch (err) {
    await Promise.all(staged.map((s) => rm(s.temp, { force: true })));
    await Promise.all(replaced.map((s) => writeFile(s.full, s.before)));
    throw err;
  }
  return plan.files.map((f) => f.path);
}
