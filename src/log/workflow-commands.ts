import { randomHex } from '../naming/random.js';

/**
 * Text that comes from outside (a builder's console, a verify check's output, a cloud's message)
 * must not act on the job when printed to an Actions log. The runner reads a step's stdout line
 * by line (`\n`, `\r` or `\r\n` ends a line: .NET's ReadLine) and takes a line for a workflow
 * command when, its leading white space trimmed, it starts with `::` (`::set-output name=a::b`),
 * or when it holds `##[` anywhere (the older `##[set-output name=a;]b`); both comparisons are
 * culture-sensitive, so characters ICU ignores (zero-width, soft hyphen, controls) do not break
 * the marker (actions/runner, src/Runner.Common/ActionCommand.cs, TryParseV2 and TryParse).
 * set-output, save-state, add-mask, the annotations and stop-commands all still act from stdout
 * (src/Runner.Worker/ActionCommandManager.cs): a console line could set a step output, feed the
 * post step a state, mask words of the log or stop the processing of worker-image's own commands.
 */
const LINE_END = /\r\n|\r|\n/;
/** Controls, format characters (zero-width, bidi, soft hyphen) and combining marks. */
const IGNORABLE = /[\p{Cc}\p{Cf}\p{Mn}\p{Me}]/gu;
/** IGNORABLE less the controls, which JSON.stringify escapes in strings and uses outside them. */
const IGNORABLE_IN_JSON = /[\p{Cf}\p{Mn}\p{Me}]/gu;
/** White space as .NET's TrimStart reads it, and more (JS's \s also takes U+FEFF). */
const LEADING_SPACE = /^[\s\u0085\u180e]+/u;

/** Whether any line of `text` could be read by the runner as a workflow command. */
export function mayBeCommand(text: string): boolean {
  if (!text.includes(':') && !text.includes('#')) return false;
  return text.split(LINE_END).some((raw) => {
    const line = raw.replace(IGNORABLE, '');
    return line.replace(LEADING_SPACE, '').startsWith('::') || line.includes('##[');
  });
}

/** A stop-commands token: random, so no text printed before it could hold it. */
export function commandToken(): string {
  return `worker-image-${randomHex(16)}`;
}

/**
 * `text` as it may be printed to an Actions log: unchanged when no line of it could be a
 * workflow command, else between `::stop-commands::TOKEN` and `::TOKEN::` with a fresh random
 * token, GitHub's documented way to print text verbatim without the runner acting on it
 * ("Stopping and starting workflow commands"). The caller writes the result in one piece, so
 * none of worker-image's own commands falls between the two markers. A final line break stays
 * final.
 */
export function inert(text: string, token: () => string = commandToken): string {
  if (!mayBeCommand(text)) return text;
  let t = token();
  for (let tries = 1; text.includes(t); tries++) {
    if (tries === 10) throw new Error('inert: the token source keeps giving tokens the text holds');
    t = token();
  }
  const final = text.endsWith('\n');
  return `::stop-commands::${t}\n${final ? text : `${text}\n`}::${t}::${final ? '\n' : ''}`;
}

/**
 * `JSON.stringify(value, null, indent)` that no runner reads as a command, and that any JSON
 * reader reads as the same value: outside its strings JSON holds neither `#` nor such
 * characters, and inside them `\u` escapes say the same thing (`##[` is written `#\u0023[`, the
 * characters the runner's comparison ignores as `\uXXXX`). For output that may be piped to a
 * program (`--json`), where markers around it would break the reader.
 */
export function inertJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(IGNORABLE_IN_JSON, (c) =>
      // Each UTF-16 unit, so a character beyond U+FFFF is written as its surrogate pair.
      Array.from(
        { length: c.length },
        (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`,
      ).join(''),
    )
    .replaceAll('##[', '#\\u0023[');
}

/**
 * `text` for the CLI's stdout or stderr: `inert` in a workflow's `run:` step (GITHUB_ACTIONS=true),
 * where the runner reads both for commands (its step output handler takes each stream's lines
 * alike), else unchanged.
 */
export function forStdout(text: string): string {
  return process.env.GITHUB_ACTIONS === 'true' ? inert(text) : text;
}
