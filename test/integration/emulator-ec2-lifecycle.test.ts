/**
 * An instance's life after launch as other EC2 clients drive it, through @aws-sdk/client-ec2
 * against the emulator: StartInstances on a stopped instance (user data does not run again),
 * RebootInstances (a running user-data script dies with the old boot), and
 * DescribeInstanceStatus (what `aws ec2 wait instance-status-ok` polls).
 */
import {
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeInstanceStatusCommand,
  GetConsoleOutputCommand,
  RebootInstancesCommand,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { awsResources, ec2, until } from '../helpers/ec2.js';
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

const errorOf = (p: Promise<unknown>): Promise<Error | undefined> =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

async function launch(userData: string): Promise<string> {
  const client = ec2(emulator);
  const images = await client.send(
    new DescribeImagesCommand({
      Owners: ['099720109477'],
      Filters: [
        { Name: 'name', Values: ['ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*'] },
      ],
    }),
  );
  const out = await client.send(
    new RunInstancesCommand({
      ImageId: images.Images![0]!.ImageId!,
      InstanceType: 'm5.large',
      MinCount: 1,
      MaxCount: 1,
      UserData: Buffer.from(userData).toString('base64'),
    }),
  );
  return out.Instances![0]!.InstanceId!;
}

async function state(id: string): Promise<string | undefined> {
  const out = await ec2(emulator).send(new DescribeInstancesCommand({ InstanceIds: [id] }));
  return out.Reservations![0]!.Instances![0]!.State!.Name;
}

const consoleOf = async (id: string) =>
  Buffer.from(
    (await ec2(emulator).send(new GetConsoleOutputCommand({ InstanceId: id, Latest: true })))
      .Output ?? '',
    'base64',
  ).toString();

describe('EC2 emulator: starting, rebooting and checking an instance', () => {
  it('StartInstances runs a stopped instance again without its user data; a running one is no error, a terminated one is refused', async () => {
    const client = ec2(emulator);
    const id = await launch('#!/bin/bash\necho first boot\nshutdown -h now\n');
    await until(async () => (await state(id)) === 'stopped');
    const started = await client.send(new StartInstancesCommand({ InstanceIds: [id] }));
    expect(started.StartingInstances![0]).toMatchObject({
      PreviousState: { Name: 'stopped' },
      CurrentState: { Name: 'pending' },
    });
    await until(async () => (await state(id)) === 'running');
    expect(await consoleOf(id)).toContain('user-data already ran on this instance');
    // The user data that powered it off the first time does not run again.
    await new Promise((r) => setTimeout(r, 800));
    expect(await state(id)).toBe('running');
    const again = await client.send(new StartInstancesCommand({ InstanceIds: [id] }));
    expect(again.StartingInstances![0]!.CurrentState!.Name).toBe('running');
    await client.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    const refused = await errorOf(client.send(new StartInstancesCommand({ InstanceIds: [id] })));
    expect(refused?.name).toBe('IncorrectInstanceState');
    expect(refused?.message).toBe(
      `This instance '${id}' is not in a state from which it can be started.`,
    );
  });

  it('RebootInstances kills a running user-data script with the old boot; the instance stays running; a stopped one is refused', async () => {
    const client = ec2(emulator);
    const id = await launch('#!/bin/bash\nsleep 30\nshutdown -h now\n');
    await until(() => awsResources(emulator).some((r) => r.id === id && r.pid !== undefined));
    const pid = awsResources(emulator).find((r) => r.id === id)!.pid!;
    expect(await client.send(new RebootInstancesCommand({ InstanceIds: [id] }))).toMatchObject({
      $metadata: { httpStatusCode: 200 },
    });
    expect(awsResources(emulator).find((r) => r.id === id)?.pid).toBeUndefined();
    expect(() => process.kill(pid, 0)).toThrow();
    expect(await state(id)).toBe('running');
    expect(await consoleOf(id)).toContain('Reached target reboot.target');
    await client.send(new StopInstancesCommand({ InstanceIds: [id] }));
    await until(async () => (await state(id)) === 'stopped');
    const refused = await errorOf(client.send(new RebootInstancesCommand({ InstanceIds: [id] })));
    expect(refused?.name).toBe('IncorrectInstanceState');
  });

  it('DescribeInstanceStatus: running instances only unless all are asked for; checks initialize, then pass', async () => {
    emulator.control.setDurations({ boot: 300 });
    const client = ec2(emulator);
    const running = await launch('#!/bin/bash\nsleep 30\n');
    const stopped = await launch('#!/bin/bash\nshutdown -h now\n');
    await until(
      async () => (await state(running)) === 'running' && (await state(stopped)) === 'stopped',
    );
    // Checks initialize for `boot` after running, read when asked: long here, however loaded the
    // machine, then short so they pass.
    emulator.control.setDurations({ boot: 60_000 });
    const first = await client.send(new DescribeInstanceStatusCommand({}));
    expect(first.InstanceStatuses!.map((s) => s.InstanceId)).toEqual([running]);
    expect(first.InstanceStatuses![0]!.InstanceStatus?.Status).toBe('initializing');
    emulator.control.setDurations({ boot: 300 });
    await until(async () => {
      const out = await client.send(
        new DescribeInstanceStatusCommand({
          Filters: [{ Name: 'instance-status.status', Values: ['ok'] }],
        }),
      );
      return out.InstanceStatuses?.[0]?.InstanceId === running;
    });
    const ok = await client.send(new DescribeInstanceStatusCommand({ InstanceIds: [running] }));
    expect(ok.InstanceStatuses![0]).toMatchObject({
      InstanceState: { Name: 'running', Code: 16 },
      SystemStatus: { Status: 'ok', Details: [{ Name: 'reachability', Status: 'passed' }] },
    });
    const all = await client.send(new DescribeInstanceStatusCommand({ IncludeAllInstances: true }));
    expect(
      Object.fromEntries(
        all.InstanceStatuses!.map((s) => [s.InstanceId, s.InstanceStatus?.Status]),
      ),
    ).toEqual({
      [running]: 'ok',
      [stopped]: 'not-applicable',
    });
    const bad = await errorOf(
      client.send(
        new DescribeInstanceStatusCommand({ Filters: [{ Name: 'colour', Values: ['x'] }] }),
      ),
    );
    expect(bad?.message).toBe("The filter 'colour' is invalid");
    await client.send(new TerminateInstancesCommand({ InstanceIds: [running, stopped] }));
  });
});
