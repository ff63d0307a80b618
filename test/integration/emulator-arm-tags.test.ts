/**
 * ARM's tag limits, through the official SDK clients against the emulator: 50 tags on a resource
 * or group, names of up to 512 characters without `< > % & \ ? /` or controls, values of up to
 * 256; a refused PUT creates nothing and a refused update changes nothing; names are
 * case-insensitive.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { armClients, type ArmClients } from '../helpers/arm.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
let arm: ArmClients;
beforeAll(async () => {
  emulator = await startTestEmulator();
  arm = armClients(emulator);
});
beforeEach(() => emulator.control.reset());
afterAll(() => emulator.stop());

const tags = (n: number): Record<string, string> =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`tag${i}`, `value${i}`]));

const refusal = (
  p: Promise<unknown>,
): Promise<{ code?: string; statusCode?: number; message: string }> =>
  p.then(
    () => ({ message: 'accepted' }),
    (e: unknown) => e as { code?: string; statusCode?: number; message: string },
  );

describe('ARM emulator: tags as Azure limits them', () => {
  it('a resource group takes 50 tags, names of 512 and values of 256 characters, and no more', async () => {
    const { resources } = arm;
    const most = { ...tags(48), ['n'.repeat(512)]: 'x', long: 'v'.repeat(256) };
    await resources.resourceGroups.createOrUpdate('rg-most', { location: 'eastus', tags: most });
    expect((await resources.resourceGroups.get('rg-most')).tags).toEqual(most);

    const cases: [Record<string, string>, string, string][] = [
      [tags(51), 'InvalidTagCount', 'exceeds the maximum of 50'],
      [
        { ['n'.repeat(513)]: 'x' },
        'InvalidTagName',
        "Maximum allowed length for tag name - '512' characters.",
      ],
      [
        { long: 'v'.repeat(257) },
        'InvalidTagValueLength',
        "Maximum allowed length for tag value - '256' characters.",
      ],
      [
        { 'cost/centre': 'x', 'a?b': 'y' },
        'InvalidTagNameCharacters',
        "The tag names 'cost/centre, a?b' have reserved characters '<,>,%,&,\\,?,/' or control characters.",
      ],
      [{ 'bell\u0007': 'x' }, 'InvalidTagNameCharacters', 'or control characters'],
    ];
    for (const [bad, code, message] of cases) {
      const e = await refusal(
        resources.resourceGroups.createOrUpdate('rg-bad', { location: 'eastus', tags: bad }),
      );
      expect(e.statusCode).toBe(400);
      expect(e.code).toBe(code);
      expect(e.message).toContain(message);
    }
    expect(await resources.resourceGroups.checkExistence('rg-bad')).toEqual({ body: false });
    // An update past the limit changes nothing.
    const e = await refusal(resources.resourceGroups.update('rg-most', { tags: tags(51) }));
    expect(e.code).toBe('InvalidTagCount');
    expect((await resources.resourceGroups.get('rg-most')).tags).toEqual(most);
  });

  it('a gallery refuses a 51st tag as a group does', async () => {
    await arm.resources.resourceGroups.createOrUpdate('rg-g', { location: 'eastus' });
    const e = await refusal(
      arm.compute.galleries.beginCreateOrUpdateAndWait(
        'rg-g',
        'gallery1',
        { location: 'eastus', tags: tags(51) },
        { updateIntervalInMs: 50 },
      ),
    );
    expect(e.code).toBe('InvalidTagCount');
    await arm.compute.galleries.beginCreateOrUpdateAndWait(
      'rg-g',
      'gallery1',
      { location: 'eastus', tags: tags(50) },
      { updateIntervalInMs: 50 },
    );
    expect(
      Object.keys((await arm.compute.galleries.get('rg-g', 'gallery1')).tags ?? {}),
    ).toHaveLength(50);
  });

  it('tag names that differ only in case are one tag, the last given kept, and count once', async () => {
    const { resources } = arm;
    const fifty = { ...tags(49), Team: 'a', team: 'b' };
    await resources.resourceGroups.createOrUpdate('rg-case', { location: 'eastus', tags: fifty });
    const kept = (await resources.resourceGroups.get('rg-case')).tags ?? {};
    expect(kept).toEqual({ ...tags(49), team: 'b' });
    expect(Object.keys(kept)).toHaveLength(50);
  });
});
