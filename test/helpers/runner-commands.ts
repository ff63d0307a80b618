/**
 * The workflow commands the Actions runner would act on in a step's stdout, as the runner reads
 * them (actions/runner: src/Runner.Common/ActionCommand.cs, TryParseV2 and TryParse;
 * src/Runner.Worker/ActionCommandManager.cs, stop-commands). Lines end at `\n`, `\r` or `\r\n`
 * (.NET's ReadLine). A line is a command when, leading white space trimmed, it starts with
 * `::name ...::data`, or when it holds `##[name ...]data` anywhere, for a registered name. The
 * runner compares culture-sensitively, where ICU ignores controls and format characters: here
 * they are dropped before parsing, which finds at least what the runner finds.
 */
export interface RunnerCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

const REGISTERED = [
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'debug',
  'notice',
  'warning',
  'error',
  'group',
  'endgroup',
  'echo',
  'add-matcher',
  'remove-matcher',
  'stop-commands',
];

function parse(raw: string, registered: Set<string>): RunnerCommand | undefined {
  const line = raw.replace(/[\p{Cc}\p{Cf}]/gu, '');
  const v2 = line.replace(/^[\s\u0085]+/u, '');
  if (v2.startsWith('::')) {
    const end = v2.indexOf('::', 2);
    if (end >= 0) {
      const info = v2.slice(2, end);
      const space = info.indexOf(' ');
      const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
      if (registered.has(name)) {
        const properties: Record<string, string> = {};
        if (space > 0) {
          for (const pair of info
            .slice(space + 1)
            .trim()
            .split(',')) {
            const eq = pair.indexOf('=');
            if (eq > 0) properties[pair.slice(0, eq)] = pair.slice(eq + 1);
          }
        }
        return { command: name, properties, data: v2.slice(end + 2) };
      }
    }
  }
  const at = line.indexOf('##[');
  if (at >= 0) {
    const rb = line.indexOf(']', at);
    if (rb >= 0) {
      const info = line.slice(at + 3, rb);
      const space = info.indexOf(' ');
      const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
      if (registered.has(name)) {
        const properties: Record<string, string> = {};
        if (space > 0) {
          for (const pair of info.slice(space + 1).split(';')) {
            const eq = pair.indexOf('=');
            if (eq > 0) properties[pair.slice(0, eq)] = pair.slice(eq + 1);
          }
        }
        return { command: name, properties, data: line.slice(rb + 1) };
      }
    }
  }
  return undefined;
}

/** The commands the runner acts on, in order; stop-commands and its resume included. */
export function runnerCommands(stdout: string): RunnerCommand[] {
  const registered = new Set(REGISTERED);
  const acted: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const command = parse(line, registered);
    if (!command) continue;
    if (stopToken !== undefined) {
      if (command.command === stopToken) {
        acted.push(command);
        registered.delete(stopToken);
        stopToken = undefined;
      }
      continue;
    }
    acted.push(command);
    if (command.command === 'stop-commands') {
      stopToken = command.data.toLowerCase();
      registered.add(stopToken);
    }
  }
  return acted;
}
