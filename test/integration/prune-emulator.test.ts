import {
  DescribeImagesCommand,
  DisableImageDeprecationCommand,
  EnableImageDeprecationCommand,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { ec2 } from '../helpers/ec2.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.stop();
});
beforeEach(async () => {
  await emulator.control.reset();
});

describe('the emulated EC2 deprecates AMIs as EnableImageDeprecation documents', () => {
  it('rounds DeprecateAt to the minute, refuses a time in the past, and the owner still lists it', async () => {
    const seeded = emulator.control.seedAmi({ region: 'us-east-1', name: 'batch-worker-1' });
    const id = seeded.cloud === 'aws' ? seeded.id : '';
    const client = ec2(emulator);
    await expect(
      client.send(
        new EnableImageDeprecationCommand({
          ImageId: id,
          DeprecateAt: new Date(Date.now() - 3_600_000),
        }),
      ),
    ).rejects.toThrow(/must be in the future/);
    const at = new Date(Date.now() + 5 * 60_000 + 20_000);
    await client.send(new EnableImageDeprecationCommand({ ImageId: id, DeprecateAt: at }));
    const out = await client.send(new DescribeImagesCommand({ Owners: ['self'] }));
    const time = new Date(out.Images![0]!.DeprecationTime!);
    expect(time.getUTCSeconds()).toBe(0);
    expect(Math.abs(time.getTime() - at.getTime())).toBeLessThanOrEqual(30_000);
    await client.send(new DisableImageDeprecationCommand({ ImageId: id }));
    const after = await client.send(new DescribeImagesCommand({ ImageIds: [id] }));
    expect(after.Images![0]!.DeprecationTime).toBeUndefined();
  });

  it("a deprecated AMI shared with everyone is left out of others' listings unless asked for", async () => {
    emulator.control.seedAmi({
      region: 'us-east-1',
      name: 'vendor-image-1',
      ownerId: '210987654321',
      public: true,
      deprecationTime: new Date(Date.now() - 86_400_000).toISOString(),
    });
    const client = ec2(emulator);
    const listed = async (include: boolean) =>
      (
        await client.send(
          new DescribeImagesCommand({ Owners: ['210987654321'], IncludeDeprecated: include }),
        )
      ).Images!.map((i) => i.Name);
    expect(await listed(false)).toEqual([]);
    expect(await listed(true)).toEqual(['vendor-image-1']);
  });
});
