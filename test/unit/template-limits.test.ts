import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cli } from '../../src/cli.js';
import { renderTemplate, TemplateError } from '../../src/template/render.js';
import { CancelledError } from '../../src/wait/errors.js';

/** Runs for minutes unless something stops it; prints nothing, so only time can stop it. */
const ENDLESS = '#!/bin/bash\n{% for i in range(100000000) %}\n{% set x = i * 2 %}\n{% endfor %}\n';

describe('rendering is bounded', () => {
  it('a template running past its time limit stops with the limit, the line and the setting', async () => {
    const err = await renderTemplate(ENDLESS, {}, 'startup.sh.j2', { timeoutMs: 200 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(TemplateError);
    expect((err as TemplateError).message).toMatch(
      /^startup\.sh\.j2:3: rendering took longer than 0\.2 s and was stopped .*template-timeout/,
    );
  });

  it('a template whose output grows past the size limit stops with the limit', async () => {
    const source = 'echo start\n{% for i in range(100000) %}\n{{ "x" * 100 }}\n{% endfor %}';
    await expect(renderTemplate(source, {}, 'startup.sh.j2')).rejects.toThrow(
      /^startup\.sh\.j2:3: the rendered output is over the 1048576-byte limit/,
    );
    await expect(
      renderTemplate('{{ "é" * 600 }}', {}, 'small.j2', { maxOutputBytes: 1000 }),
    ).rejects.toThrow('small.j2: the rendered output is 1200 bytes, over the 1000-byte limit');
  });

  it('aborting stops a CPU-bound render, and timers keep running meanwhile', async () => {
    const controller = new AbortController();
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
      if (ticks === 3) controller.abort();
    }, 10);
    try {
      await expect(
        renderTemplate(ENDLESS, {}, 'startup.sh.j2', {
          signal: controller.signal,
          timeoutMs: 600_000,
        }),
      ).rejects.toBeInstanceOf(CancelledError);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBe(3);
  });

  it('SIGTERM stops `worker-image render` of an endless template, which exits non-zero', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wi-limits-'));
    const template = join(dir, 'endless.sh.j2');
    await writeFile(template, ENDLESS);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const others = process.listenerCount('SIGTERM');
      const running = cli(['render', '--repo', dir, '--template', template]);
      // Once the command listens, as the runner's cancellation would reach it.
      const timer = setInterval(() => {
        if (process.listenerCount('SIGTERM') > others) process.emit('SIGTERM', 'SIGTERM');
      }, 20);
      const code = await running.finally(() => clearInterval(timer));
      expect(code).not.toBe(0);
      expect(stderr.mock.calls.join('')).toMatch(/cancelled while rendering/);
    } finally {
      stderr.mockRestore();
    }
  });
});
