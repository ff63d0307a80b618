import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { checkPathText, quoted } from './text.js';

const PEM_BEGIN = '-----BEGIN CERTIFICATE-----';
/** How much of the file is looked at for the PEM line (a certificate bundle starts with one). */
const HEAD_BYTES = 64 * 1024;

/**
 * Why `path` (the `ca-certificate` setting or input) cannot be the CA file, or undefined:
 * not found, a folder, or no PEM certificate in it. Checked before any call, so a wrong file
 * never surfaces as ENOENT/EISDIR or, later, as a TLS error; the file itself is never quoted.
 */
export function checkCaCertificateFile(path: string): string | undefined {
  const text = checkPathText(path);
  if (text) return text;
  let stat;
  try {
    stat = statSync(path, { throwIfNoEntry: false });
  } catch (err) {
    return `${quoted(path)} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  if (!stat) return `file not found: ${quoted(path)}`;
  if (stat.isDirectory()) return `${quoted(path)} is a folder, not a PEM certificate file`;
  if (!stat.isFile()) return `${quoted(path)} is not a file`;
  let pem: boolean;
  try {
    pem = holdsPem(path);
  } catch (err) {
    return `${quoted(path)} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  if (!pem) {
    return `${quoted(path)} holds no PEM certificate: no ${PEM_BEGIN} line in its first 64 KB`;
  }
  return undefined;
}

/** Whether the file at `path` has a PEM certificate line in its head; throws when unreadable. */
export function holdsPem(path: string): boolean {
  const head = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(path, 'r');
  try {
    return head.subarray(0, readSync(fd, head, 0, head.length, 0)).includes(PEM_BEGIN);
  } finally {
    closeSync(fd);
  }
}

/** The CA file's text, read once checked: an error names `ca-certificate`, never the content. */
export function readCaCertificateFile(path: string): string {
  const problem = checkCaCertificateFile(path);
  if (problem) throw new Error(`ca-certificate: ${problem}`);
  return readFileSync(path, 'utf8');
}
