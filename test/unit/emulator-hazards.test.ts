import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultHazards, hazardRows, mergeHazards } from '../../src/emulator/hazards.js';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';

describe('emulator hazards', () => {
  it('every documented hazard is on by default and cites where the cloud documents it', () => {
    const rows = hazardRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const { cloud, name, spec } of rows) {
      expect(spec.default, `${cloud}.${name} is off by default`).not.toBe(spec.off);
      expect(spec.source, `${cloud}.${name} has no source`).toMatch(/https:\/\//);
      expect(spec.what.length, `${cloud}.${name} says what it does`).toBeGreaterThan(20);
    }
  });

  it('a change names the unknown or mistyped field', () => {
    const base = defaultHazards();
    expect(() => mergeHazards(base, { ec2: { imageVisibilityLagg: 0 } })).toThrow(
      /unknown hazard ec2\.imageVisibilityLagg \(known: .*imageVisibilityLag/,
    );
    expect(() => mergeHazards(base, { azure: {} })).toThrow(/unknown hazard cloud "azure"/);
    expect(() => mergeHazards(base, { ec2: { imageVisibilityLag: -1 } })).toThrow(
      /ec2\.imageVisibilityLag must be a non-negative number \(ms\)/,
    );
    expect(() => mergeHazards(base, { arm: { deprovisionStopsAgent: 'no' } })).toThrow(
      /arm\.deprovisionStopsAgent is on or off/,
    );
    const merged = mergeHazards(base, { ec2: { imageVisibilityLag: 0 } });
    expect(merged.ec2.imageVisibilityLag).toBe(0);
    expect(base.ec2.imageVisibilityLag).toBe(defaultHazards().ec2.imageVisibilityLag);
  });

  describe('through the control API', () => {
    let emulator: Emulator;
    beforeAll(async () => {
      emulator = await startEmulator({ hazards: { ec2: { instanceVisibilityLag: 10 } } });
    });
    afterAll(() => emulator.stop());

    it('reads and changes them over HTTP; a bad change is a 400 naming the field; reset restores the start', async () => {
      const url = `${emulator.controlUrl}/hazards`;
      const read = async () =>
        (await (await fetch(url)).json()) as ReturnType<typeof defaultHazards>;
      expect((await read()).ec2.instanceVisibilityLag).toBe(10);
      const changed = await fetch(url, {
        method: 'POST',
        body: JSON.stringify({ ec2: { consoleBuffered: false } }),
      });
      expect(changed.status).toBe(200);
      expect((await read()).ec2.consoleBuffered).toBe(false);
      const bad = await fetch(url, { method: 'POST', body: JSON.stringify({ ec2: { nope: 1 } }) });
      expect(bad.status).toBe(400);
      expect(await bad.text()).toMatch(/unknown hazard ec2\.nope/);
      await emulator.control.reset();
      const after = await read();
      expect(after.ec2.consoleBuffered).toBe(true);
      expect(after.ec2.instanceVisibilityLag).toBe(10);
    });
  });
});
