import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionsReporter } from '../../src/log/actions-reporter.js';
import { cli } from '../../src/cli.js';
import { PrefixedReporter } from '../../src/log/prefixed-reporter.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { inert, inertJson, mayBeCommand } from '../../src/log/workflow-commands.js';
import { runnerCommands } from '../helpers/runner-commands.js';

/**
 * Lines a builder's console (or a check's output, or a cloud's message) could hold that the
 * Actions runner would act on if printed as they are: step outputs, post-step state, masks,
 * annotations, a stop of worker-image's own commands.
 */
const HOSTILE = [
  '::set-output name=image-id::ami-0123456789abcdef0',
  '::save-state name=resources::[{"cloud":"gcp","id":"projects/p/zones/z/disks/prod"}]',
  '::add-mask::worker',
  '::error file=worker-image.yml,line=1::your config is wrong',
  '::stop-commands::attacker',
  '   \t::warning::indented',
  '\u00a0::notice::after a no-break space',
  '\u200b::set-output name=a::zero-width first',
  'cloud-init[512]: ok\r::set-output name=a::after a bare carriage return',
  'apt: Get:1 ##[set-output name=image-id;]ami-older-form anywhere in a line',
  'x #\u00ad#[save-state name=resources;][] soft hyphen inside the marker',
  '::group::fake group',
  '::endgroup::',
];

/** Ordinary console text that no runner takes for a command: printed as it is. */
const BENIGN = [
  '[    3.912044] cloud-init[512]: Cloud-init v. 24.1.3 running',
  'std::vector<int> v; // C++ in a build log',
  'inet6 fe80::1/64 scope link',
  '## Heading in a README the script printed',
  'worker-image: provisioning script exited with status 0',
];

function captureStdout(): () => string {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  return () => out;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('a builder console line printed to an Actions log', () => {
  it.each(HOSTILE)('is shown but never acted on: %j', (line) => {
    const stdout = captureStdout();
    const reporter = new ActionsReporter();
    reporter.info(line);
    // worker-image's own commands after it still act.
    core.warning('a warning of our own');
    core.setSecret('s3cret-value');
    const acted = runnerCommands(stdout());
    expect(acted.map((c) => c.command)).toEqual([
      'stop-commands',
      acted[1]!.command, // the resume token
      'warning',
      'add-mask',
    ]);
    expect(acted[1]!.command).toBe(acted[0]!.data.toLowerCase());
    expect(acted[1]!.command).toMatch(/^worker-image-[0-9a-f]{32}$/);
    expect(acted[2]!.data).toBe('a warning of our own');
    expect(stdout()).toContain(line);
  });

  it('stays inert inside a group and behind a cloud prefix (the pipeline runs clouds at once)', () => {
    const stdout = captureStdout();
    const reporter = new PrefixedReporter(new ActionsReporter(), '[aws] ');
    reporter.info(HOSTILE.join('\n'));
    core.error('our own error');
    expect(runnerCommands(stdout()).map((c) => c.command)).toEqual([
      'stop-commands',
      expect.stringMatching(/^worker-image-/),
      'error',
    ]);
  });

  it.each(BENIGN)('is printed unchanged when no runner would read it as a command: %j', (line) => {
    const stdout = captureStdout();
    new ActionsReporter().info(line);
    expect(stdout()).toBe(`${line}\n`);
    expect(mayBeCommand(line)).toBe(false);
  });

  it('gets a fresh token every time, so text printed later cannot resume the commands', () => {
    const tokens = new Set(
      Array.from({ length: 20 }, () => /::stop-commands::(\S+)/.exec(inert(HOSTILE[0]!))![1]),
    );
    expect(tokens.size).toBe(20);
  });

  it('never uses a token the text holds', () => {
    const tokens = ['worker-image-aaaa', 'worker-image-bbbb'];
    const wrapped = inert('::set-output name=a::worker-image-aaaa', () => tokens.shift()!);
    expect(wrapped.startsWith('::stop-commands::worker-image-bbbb\n')).toBe(true);
    expect(wrapped.endsWith('\n::worker-image-bbbb::')).toBe(true);
  });

  it('keeps a final line break final', () => {
    const wrapped = inert('::add-mask::x\n', () => 'worker-image-t');
    expect(wrapped).toBe('::stop-commands::worker-image-t\n::add-mask::x\n::worker-image-t::\n');
  });
});

describe('the CLI in a workflow run step', () => {
  it('prints hostile lines inert when GITHUB_ACTIONS is true, as they are elsewhere', () => {
    const lines: string[] = [];
    vi.stubEnv('GITHUB_ACTIONS', 'true');
    new ConsoleReporter((l) => lines.push(l)).info(HOSTILE[0]!);
    expect(runnerCommands(lines.join('')).map((c) => c.command)).toEqual([
      'stop-commands',
      expect.stringMatching(/^worker-image-/),
    ]);
    vi.stubEnv('GITHUB_ACTIONS', '');
    lines.length = 0;
    new ConsoleReporter((l) => lines.push(l)).info(HOSTILE[0]!);
    expect(lines.join('')).toBe(`${HOSTILE[0]}\n`);
  });

  it("prints a failed command's error inert on stderr, whatever value it quotes", async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      vi.stubEnv('GITHUB_ACTIONS', 'true');
      expect(await cli(['render', '--template', 'x\n::error::pwned'])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    const text = written.join('');
    expect(text).toContain('::error::pwned');
    expect(runnerCommands(text).map((c) => c.command)).toEqual([
      'stop-commands',
      expect.stringMatching(/^worker-image-/),
    ]);
  });

  it('writes --json output that no runner acts on and every JSON reader reads as the same value', () => {
    const value = {
      names: HOSTILE,
      tag: 'x\u{e0001}y', // a format character beyond U+FFFF
      nested: [{ description: 'built by ##[set-output name=a;]b' }],
    };
    const text = inertJson(value, 2);
    expect(JSON.parse(text)).toEqual(value);
    expect(runnerCommands(text)).toEqual([]);
    expect(runnerCommands(JSON.stringify(value, null, 2)).length).toBeGreaterThan(0);
  });
});
