/**
 * EC2's tags as the API reference and the tag restrictions document them, through
 * @aws-sdk/client-ec2 against the emulator: CreateTags, DeleteTags and DescribeTags, the limits
 * every tagging call enforces (50 per resource, key and value lengths, the reserved `aws:`
 * prefix, the resource types a TagSpecification may name), and DescribeInstanceAttribute.
 */
import {
  CreateTagsCommand,
  DeleteTagsCommand,
  DescribeImagesCommand,
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  DescribeTagsCommand,
  ModifyInstanceAttributeCommand,
  RunInstancesCommand,
  type Tag,
  type TagSpecification,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { ec2 } from '../helpers/ec2.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(async () => {
  await emulator.control.reset();
  emulator.control.setHazards({ ec2: { instanceVisibilityLag: 0 } });
});

const UBUNTU = 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*';
const CANONICAL = '099720109477';

const errorOf = (p: Promise<unknown>): Promise<Error | undefined> =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

const tags = (n: number, prefix = 'k'): Tag[] =>
  Array.from({ length: n }, (_, i) => ({ Key: `${prefix}${i}`, Value: `v${i}` }));

async function launch(
  specs: TagSpecification[] = [],
  extra: { UserData?: string } = {},
): Promise<string> {
  const client = ec2(emulator);
  const images = await client.send(
    new DescribeImagesCommand({
      Owners: [CANONICAL],
      Filters: [{ Name: 'name', Values: [UBUNTU] }],
    }),
  );
  const out = await client.send(
    new RunInstancesCommand({
      ImageId: images.Images![0]!.ImageId!,
      InstanceType: 'm5.large',
      MinCount: 1,
      MaxCount: 1,
      TagSpecifications: specs,
      ...extra,
    }),
  );
  return out.Instances![0]!.InstanceId!;
}

async function tagsOf(id: string): Promise<Record<string, string>> {
  const out = await ec2(emulator).send(
    new DescribeTagsCommand({ Filters: [{ Name: 'resource-id', Values: [id] }] }),
  );
  return Object.fromEntries((out.Tags ?? []).map((t) => [t.Key!, t.Value!]));
}

async function instanceCount(): Promise<number> {
  const out = await ec2(emulator).send(new DescribeInstancesCommand({}));
  return (out.Reservations ?? []).flatMap((r) => r.Instances ?? []).length;
}

describe('EC2 emulator: tags as EC2 limits them', () => {
  it('CreateTags: 50 tags a resource, the 51st refused (TagLimitExceeded), an existing key still overwritten at 50', async () => {
    const client = ec2(emulator);
    const id = await launch();
    await client.send(new CreateTagsCommand({ Resources: [id], Tags: tags(50) }));
    const over = await errorOf(
      client.send(
        new CreateTagsCommand({ Resources: [id], Tags: [{ Key: 'one-more', Value: 'x' }] }),
      ),
    );
    expect(over?.name).toBe('TagLimitExceeded');
    await client.send(
      new CreateTagsCommand({ Resources: [id], Tags: [{ Key: 'k7', Value: 'new' }] }),
    );
    const now = await tagsOf(id);
    expect(Object.keys(now)).toHaveLength(50);
    expect(now.k7).toBe('new');
    expect(now['one-more']).toBeUndefined();
  });

  it('CreateTags refuses the aws: prefix in any case, a 129-character key and a 257-character value; lengths count characters, not UTF-16 units', async () => {
    const client = ec2(emulator);
    const id = await launch();
    for (const Key of ['aws:team', 'AWS:team', 'Aws:cost']) {
      const e = await errorOf(
        client.send(new CreateTagsCommand({ Resources: [id], Tags: [{ Key, Value: 'x' }] })),
      );
      expect(e?.name).toBe('InvalidParameterValue');
      expect(e?.message).toBe(
        `Value ( ${Key} ) for parameter key is invalid. Tag keys starting with 'aws:' are reserved for internal use`,
      );
    }
    const longKey = await errorOf(
      client.send(
        new CreateTagsCommand({ Resources: [id], Tags: [{ Key: 'k'.repeat(129), Value: 'x' }] }),
      ),
    );
    expect(longKey?.message).toBe('Tag key exceeds the maximum length of 128 characters');
    const longValue = await errorOf(
      client.send(
        new CreateTagsCommand({ Resources: [id], Tags: [{ Key: 'k', Value: 'v'.repeat(257) }] }),
      ),
    );
    expect(longValue?.message).toBe('Tag value exceeds the maximum length of 256 characters');
    // 128 and 256 characters outside the BMP: twice as many UTF-16 units, still allowed.
    await client.send(
      new CreateTagsCommand({
        Resources: [id],
        Tags: [
          { Key: '🧬'.repeat(128), Value: '🧪'.repeat(256) },
          { Key: 'team:aws:owner', Value: '' },
        ],
      }),
    );
    expect(await tagsOf(id)).toEqual({
      ['🧬'.repeat(128)]: '🧪'.repeat(256),
      'team:aws:owner': '',
    });
  });

  it('CreateTags over several resources is all or none: one full resource leaves the other untagged', async () => {
    const client = ec2(emulator);
    const full = await launch([{ ResourceType: 'instance', Tags: tags(50) }]);
    const empty = await launch();
    const e = await errorOf(
      client.send(
        new CreateTagsCommand({ Resources: [empty, full], Tags: [{ Key: 'new', Value: 'x' }] }),
      ),
    );
    expect(e?.name).toBe('TagLimitExceeded');
    expect(await tagsOf(empty)).toEqual({});
  });

  it('RunInstances refuses a TagSpecification of a type it does not make, over 50 tags or an aws: key, and launches nothing', async () => {
    const refused: [TagSpecification[], string][] = [
      [
        [{ ResourceType: 'image', Tags: tags(1) }],
        "'image' is not a valid taggable resource type for this operation.",
      ],
      [
        [{ ResourceType: 'instance', Tags: tags(51) }],
        'The maximum number of Tags for a resource has been reached.',
      ],
      [
        [{ ResourceType: 'volume', Tags: [{ Key: 'aws:cloudformation:stack-name', Value: 's' }] }],
        "Value ( aws:cloudformation:stack-name ) for parameter key is invalid. Tag keys starting with 'aws:' are reserved for internal use",
      ],
    ];
    for (const [specs, message] of refused) {
      const e = await errorOf(launch(specs));
      expect(e?.message).toBe(message);
    }
    expect(await instanceCount()).toBe(0);
    const id = await launch([
      { ResourceType: 'instance', Tags: tags(50) },
      { ResourceType: 'volume', Tags: tags(50, 'v') },
    ]);
    expect(Object.keys(await tagsOf(id))).toHaveLength(50);
  });
});

describe('EC2 emulator: DeleteTags and DescribeTags', () => {
  it('DeleteTags: a key alone whatever its value, a key and value only when they match, no tags at all deletes every tag', async () => {
    const client = ec2(emulator);
    const id = await launch([{ ResourceType: 'instance', Tags: tags(4) }]);
    await client.send(
      new DeleteTagsCommand({
        Resources: [id],
        Tags: [
          { Key: 'k0' },
          { Key: 'k1', Value: 'not-v1' },
          { Key: 'k2', Value: 'v2' },
          { Key: 'absent' },
        ],
      }),
    );
    expect(await tagsOf(id)).toEqual({ k1: 'v1', k3: 'v3' });
    // An empty value is a value: only a tag whose value is empty goes.
    await client.send(
      new CreateTagsCommand({ Resources: [id], Tags: [{ Key: 'blank', Value: '' }] }),
    );
    await client.send(
      new DeleteTagsCommand({
        Resources: [id],
        Tags: [
          { Key: 'k1', Value: '' },
          { Key: 'blank', Value: '' },
        ],
      }),
    );
    expect(await tagsOf(id)).toEqual({ k1: 'v1', k3: 'v3' });
    const reserved = await errorOf(
      client.send(
        new DeleteTagsCommand({ Resources: [id], Tags: [{ Key: 'aws:ec2launchtemplate:id' }] }),
      ),
    );
    expect(reserved?.name).toBe('InvalidParameterValue');
    await client.send(new DeleteTagsCommand({ Resources: [id] }));
    expect(await tagsOf(id)).toEqual({});
    const unknown = await errorOf(
      client.send(new DeleteTagsCommand({ Resources: ['i-0123456789abcdef0'] })),
    );
    expect(unknown?.name).toBe('InvalidInstanceID.NotFound');
  });

  it('DescribeTags lists a tag per item with its resource, filtered by key, value and resource type, and pages each tag exactly once', async () => {
    const client = ec2(emulator);
    const a = await launch([
      { ResourceType: 'instance', Tags: [{ Key: 'run', Value: 'r1' }, ...tags(6)] },
      { ResourceType: 'volume', Tags: [{ Key: 'run', Value: 'r1' }] },
    ]);
    const b = await launch([{ ResourceType: 'instance', Tags: [{ Key: 'run', Value: 'r2' }] }]);
    const runTags = await client.send(
      new DescribeTagsCommand({ Filters: [{ Name: 'key', Values: ['run'] }] }),
    );
    expect(
      runTags
        .Tags!.map(
          (t) =>
            `${t.ResourceType} ${t.ResourceId === a ? 'a' : t.ResourceId === b ? 'b' : 'vol'} ${t.Value}`,
        )
        .sort(),
    ).toEqual(['instance a r1', 'instance b r2', 'volume vol r1']);
    const r1Instances = await client.send(
      new DescribeTagsCommand({
        Filters: [
          { Name: 'resource-type', Values: ['instance'] },
          { Name: 'value', Values: ['r1'] },
        ],
      }),
    );
    expect(r1Instances.Tags!.map((t) => t.ResourceId)).toEqual([a]);

    const seen: string[] = [];
    let NextToken: string | undefined;
    let pages = 0;
    do {
      const page = await client.send(new DescribeTagsCommand({ MaxResults: 5, NextToken }));
      seen.push(...page.Tags!.map((t) => `${t.ResourceId}/${t.Key}`));
      NextToken = page.NextToken;
      pages++;
    } while (NextToken);
    // a: run + 6, its volume: run, b: run.
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
    expect(pages).toBe(2);
    const bad = await errorOf(
      client.send(new DescribeTagsCommand({ Filters: [{ Name: 'owner', Values: ['me'] }] })),
    );
    expect(bad?.message).toBe("The filter 'owner' is invalid");
  });
});

describe('EC2 emulator: filter limits', () => {
  it('a call with over 200 filter values, or a value over 255 characters, is FilterLimitExceeded, on any describe action', async () => {
    const client = ec2(emulator);
    const many = Array.from({ length: 201 }, (_, i) => `i-${String(i).padStart(17, '0')}`);
    const tooMany = await errorOf(
      client.send(
        new DescribeInstancesCommand({ Filters: [{ Name: 'instance-id', Values: many }] }),
      ),
    );
    expect(tooMany?.name).toBe('FilterLimitExceeded');
    expect(tooMany?.message).toBe(
      'The maximum number of filter values specified on a single call is 200',
    );
    const long = await errorOf(
      client.send(
        new DescribeTagsCommand({ Filters: [{ Name: 'value', Values: ['v'.repeat(256)] }] }),
      ),
    );
    expect(long?.message).toBe('The maximum length for a filter value is 255 characters');
    // 200 values of 255 characters are within both limits.
    const within = await client.send(
      new DescribeTagsCommand({
        Filters: [
          { Name: 'key', Values: many.slice(0, 199) },
          { Name: 'value', Values: ['v'.repeat(255)] },
        ],
      }),
    );
    expect(within.Tags ?? []).toEqual([]);
  });
});

describe('EC2 emulator: DescribeInstanceAttribute', () => {
  it('answers one attribute per call: the user data as given (base64), the type, defaults for what was never set, and what ModifyInstanceAttribute set', async () => {
    const client = ec2(emulator);
    const userData = Buffer.from('#!/bin/bash\necho hello\n').toString('base64');
    const id = await launch([], { UserData: userData });
    const attr = (Attribute: string) =>
      client.send(
        new DescribeInstanceAttributeCommand({ InstanceId: id, Attribute: Attribute as never }),
      );
    const ud = await attr('userData');
    expect(ud.InstanceId).toBe(id);
    expect(Buffer.from(ud.UserData!.Value!, 'base64').toString()).toBe('#!/bin/bash\necho hello\n');
    expect((await attr('instanceType')).InstanceType?.Value).toBe('m5.large');
    expect((await attr('disableApiTermination')).DisableApiTermination?.Value).toBe(false);
    expect(
      (await attr('instanceInitiatedShutdownBehavior')).InstanceInitiatedShutdownBehavior?.Value,
    ).toBe('stop');
    await client.send(
      new ModifyInstanceAttributeCommand({
        InstanceId: id,
        DisableApiTermination: { Value: true },
      }),
    );
    expect((await attr('disableApiTermination')).DisableApiTermination?.Value).toBe(true);
    const groups = await attr('groupSet');
    expect(groups.Groups).toHaveLength(1);
    expect(groups.Groups![0]!.GroupId).toMatch(/^sg-/);
    const devices = await attr('blockDeviceMapping');
    expect(devices.BlockDeviceMappings![0]!.Ebs?.VolumeId).toMatch(/^vol-/);
    const unknown = await errorOf(attr('colour'));
    expect(unknown?.message).toBe(
      'Value (colour) for parameter attribute is invalid. Unknown attribute.',
    );
  });
});
