import { describe, expect, it } from 'vitest';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { forTerminal } from '../../src/log/terminal.js';

describe("the CLI's output to a terminal", () => {
  it('keeps colour (SGR) and escapes every other control a VM console could print', () => {
    const printed: string[] = [];
    const reporter = new ConsoleReporter((l) => printed.push(l));
    reporter.info('\u001b[1;31mFAILED\u001b[0m apt-get install');
    reporter.info('title \u001b]0;owned\u0007 clipboard \u001b]52;c;ZXZpbA==\u0007');
    reporter.info('progress 10%\rdone, cursor \u001b[2J\u001b[H, bell \u0007, C1 \u009b');
    reporter.info('tabs\tstay\nlines stay');
    expect(printed.join('')).toBe(
      [
        '\u001b[1;31mFAILED\u001b[0m apt-get install',
        'title \\u001b]0;owned\\u0007 clipboard \\u001b]52;c;ZXZpbA==\\u0007',
        'progress 10%\\rdone, cursor \\u001b[2J\\u001b[H, bell \\u0007, C1 \\u009b',
        'tabs\tstay',
        'lines stay',
        '',
      ].join('\n'),
    );
  });

  it('leaves text without controls as it is', () => {
    const text = 'worker-image: image batch-worker-24 in us-central1 — 3 regions ✓';
    expect(forTerminal(text)).toBe(text);
  });
});
