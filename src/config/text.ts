import { shown, visible } from './excerpt.js';

/**
 * Characters no path or name may hold: controls (Cc: a newline that starts a forged
 * `::error::` line in a runner's log, an escape that recolours a terminal, NUL, which Node
 * refuses in a path), format characters (Cf: bidi overrides that print a name backwards,
 * zero-width spaces), line and paragraph separators (Zl, Zp) and lone surrogates (Cs, which
 * reach the file system as U+FFFD, another name).
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

/** Linux's NAME_MAX and PATH_MAX: a longer part or path fails in the kernel (ENAMETOOLONG). */
const PART_MAX_BYTES = 255;
const PATH_MAX_BYTES = 4096;

/** `text` as messages quote it: in quotes, escapes for what a log would not show, clipped. */
export function quoted(text: string, max?: number): string {
  return `"${shown(
    text.replace(/["\\]/g, (c) => `\\${c}`),
    max,
  )}"`;
}

/** Why `text` may not be a path or a name because of a character in it, or undefined. */
export function unsafeCharacter(text: string): string | undefined {
  const found = UNSAFE.exec(text);
  if (!found) return undefined;
  return (
    `${quoted(text)} holds a control or invisible format character ("${visible(found[0])}" at ` +
    `character ${found.index + 1}), which a log would act on or not show: remove it`
  );
}

/**
 * Why `path` (a setting naming a file) may not be used, or undefined: no unsafe character,
 * each part at most 255 bytes and the whole at most 4096, checked before the file system is
 * asked, which would answer ENAMETOOLONG echoing the path whole.
 */
export function checkPathText(path: string): string | undefined {
  const unsafe = unsafeCharacter(path);
  if (unsafe) return unsafe;
  const long = path.split(/[/\\]/).find((part) => Buffer.byteLength(part) > PART_MAX_BYTES);
  if (long !== undefined) {
    return `each part of a path is at most ${PART_MAX_BYTES} bytes (one here is ${Buffer.byteLength(long)}): ${quoted(long, 40)}; shorten it`;
  }
  const bytes = Buffer.byteLength(path);
  if (bytes > PATH_MAX_BYTES) {
    return `a path is at most ${PATH_MAX_BYTES} bytes (got ${bytes}): ${quoted(path, 40)}`;
  }
  return undefined;
}

/** Why `name` (a name shown in messages, such as a rule's) may not be used, or undefined. */
export function checkNameText(name: string, max: number): string | undefined {
  const unsafe = unsafeCharacter(name);
  if (unsafe) return unsafe;
  if (name.length > max) {
    return `at most ${max} characters (got ${name.length}): ${quoted(name, 40)}`;
  }
  if (name.trim() !== name) {
    return `${quoted(name)} starts or ends with a space: remove it`;
  }
  return undefined;
}
