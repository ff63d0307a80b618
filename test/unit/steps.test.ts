import { describe, expect, it } from 'vitest';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { ResourceLedger, type CreatedResource } from '../../src/steps/resources.js';
import { runSteps, type DeleteResource } from '../../src/steps/runner.js';

const builder: CreatedResource = {
  cloud: 'gcp',
  kind: 'instance',
  id: 'projects/p/zones/z/instances/b',
  role: 'builder',
  keep: 'never',
};
const disk: CreatedResource = {
  cloud: 'gcp',
  kind: 'disk',
  id: 'projects/p/zones/z/disks/d',
  role: 'builder',
  keep: 'never',
};
const image: CreatedResource = {
  cloud: 'gcp',
  kind: 'image',
  id: 'projects/p/global/images/i',
  role: 'image',
  keep: 'on-success',
};

function harness(failDelete: string[] = []) {
  const lines: string[] = [];
  const deleted: string[] = [];
  const persisted: CreatedResource[][] = [];
  const ledger = new ResourceLedger((items) => persisted.push(items));
  const deleteResource: DeleteResource = async (r) => {
    if (failDelete.includes(r.id)) throw new Error('quota exceeded');
    deleted.push(r.id);
  };
  const reporter = new ConsoleReporter((l) => lines.push(l));
  return { lines, deleted, persisted, ledger, opts: { reporter, ledger, deleteResource } };
}

describe('the step runner', () => {
  it('deletes what failed steps created, in reverse order, and rethrows the failure', async () => {
    const h = harness();
    const steps = [
      { name: 'create builder', run: async () => h.ledger.record(builder) },
      { name: 'create disk', run: async () => h.ledger.record(disk) },
      {
        name: 'create image',
        run: async () => (h.ledger.record(image), Promise.reject(new Error('image failed'))),
      },
    ];
    await expect(runSteps(steps, h.opts)).rejects.toThrow('image failed');
    expect(h.deleted).toEqual([image.id, disk.id, builder.id]);
    expect(h.ledger.list()).toEqual([]);
  });

  it('keeps the image and deletes the temporary builder when every step succeeds', async () => {
    const h = harness();
    const ran: string[] = [];
    const steps = [
      { name: 'create builder', run: async () => (ran.push('builder'), h.ledger.record(builder)) },
      { name: 'create image', run: async () => (ran.push('image'), h.ledger.record(image)) },
    ];
    const timings = await runSteps(steps, h.opts);
    expect(ran).toEqual(['builder', 'image']);
    expect(timings.map((t) => t.name)).toEqual(['create builder', 'create image']);
    expect(h.deleted).toEqual([builder.id]);
    expect(h.ledger.list()).toEqual([]);
  });

  it('stops at the first failing step and never runs the later ones', async () => {
    const h = harness();
    let later = false;
    const steps = [
      {
        name: 'create builder',
        run: async () => (h.ledger.record(builder), Promise.reject(new Error('exit 3'))),
      },
      { name: 'create image', run: async () => void (later = true) },
    ];
    await expect(runSteps(steps, h.opts)).rejects.toThrow('exit 3');
    expect(later).toBe(false);
    expect(h.deleted).toEqual([builder.id]);
  });

  it('persists each record before the step goes on, so a killed process leaves a trail', async () => {
    const h = harness();
    let seenWhileRunning: CreatedResource[] = [];
    const steps = [
      {
        name: 'create builder',
        run: async () => {
          h.ledger.record(builder);
          seenWhileRunning = h.persisted.at(-1) ?? [];
        },
      },
    ];
    await runSteps(steps, h.opts);
    expect(seenWhileRunning).toEqual([builder]);
    expect(h.persisted.at(-1)).toEqual([]);
  });

  it('keeps a resource it could not delete in the ledger and warns how to find it', async () => {
    const h = harness([builder.id]);
    const steps = [
      {
        name: 'create builder',
        run: async () => (h.ledger.record(builder), Promise.reject(new Error('boom'))),
      },
    ];
    await expect(runSteps(steps, h.opts)).rejects.toThrow('boom');
    expect(h.ledger.list()).toEqual([builder]);
    expect(h.lines.join('')).toMatch(
      /could not delete gcp instance projects\/p\/zones\/z\/instances\/b: quota exceeded/,
    );
  });

  it('on cancellation requests deletion without waiting, leaving confirmation to the post step', async () => {
    const h = harness();
    const controller = new AbortController();
    const waits: boolean[] = [];
    const steps = [
      {
        name: 'create builder',
        run: async () => {
          h.ledger.record(builder);
          controller.abort();
          throw new Error('cancelled');
        },
      },
    ];
    const deleteResource: DeleteResource = async (_r, o) => void waits.push(o.wait);
    await expect(
      runSteps(steps, { ...h.opts, deleteResource, signal: controller.signal }),
    ).rejects.toThrow('cancelled');
    expect(waits).toEqual([false]);
    expect(h.ledger.list()).toEqual([builder]);
  });

  it('on cancellation releases what a synchronous deletion finished, so the post step does not look for it again', async () => {
    const h = harness();
    const controller = new AbortController();
    const steps = [
      { name: 'create builder', run: async () => h.ledger.record(builder) },
      {
        name: 'create image',
        run: async () => {
          h.ledger.record(image);
          controller.abort();
          throw new Error('cancelled');
        },
      },
    ];
    const deleteResource: DeleteResource = async (r, o) => {
      expect(o.wait).toBe(false);
      return r.kind === 'image' ? 'deleted' : 'requested';
    };
    await expect(
      runSteps(steps, { ...h.opts, deleteResource, signal: controller.signal }),
    ).rejects.toThrow('cancelled');
    expect(h.ledger.list()).toEqual([builder]);
    expect(h.lines.join('')).toMatch(/deleted gcp image projects\/p\/global\/images\/i/);
    expect(h.lines.join('')).toMatch(/deletion of gcp instance .* requested/);
  });

  it('records what is left of a deletion in several steps, so the post step finishes exactly that', async () => {
    const h = harness();
    const controller = new AbortController();
    const snapshot = (id: string): CreatedResource => ({ ...image, kind: 'snapshot', id });
    const steps = [
      {
        name: 'create image',
        run: async () => {
          h.ledger.record(image);
          controller.abort();
          throw new Error('cancelled');
        },
      },
    ];
    const deleteResource: DeleteResource = async (_r, o) => {
      o.progress?.([snapshot('snap-1'), snapshot('snap-2')]);
      o.progress?.([snapshot('snap-2')]);
      return 'requested';
    };
    await expect(
      runSteps(steps, { ...h.opts, deleteResource, signal: controller.signal }),
    ).rejects.toThrow('cancelled');
    expect(h.ledger.list()).toEqual([snapshot('snap-2')]);
    expect(h.persisted.at(-1)).toEqual([snapshot('snap-2')]);
  });
});
