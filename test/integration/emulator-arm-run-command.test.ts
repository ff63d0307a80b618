import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AzureResourceInfo, Emulator } from '../../src/emulator/index.js';
import { statusMarker, wrapScript } from '../../src/wrapper/wrapper.js';
import {
  armClients,
  createBuilderVm,
  createNetwork,
  POLL,
  type ArmClients,
} from '../helpers/arm.js';
import { startTestEmulator } from '../helpers/emulator.js';
import { liveProcessesInGroup } from '../helpers/processes.js';

/**
 * Run-command runs the script for real with bash, the user's provisioning script replaced by
 * the emulator's stand-in, and answers as the Linux run-command extension does: always
 * "Enable succeeded", the last 4 KiB of stdout and of stderr, the exit status nowhere but in
 * what the wrapper printed.
 */

const location = 'westeurope';
const nonce = 'rc-test';

let emulator: Emulator;
let arm: ArmClients;

beforeAll(async () => {
  emulator = await startTestEmulator();
  arm = armClients(emulator);
});

beforeEach(async () => {
  await emulator.control.reset();
});

afterAll(async () => {
  await emulator?.stop();
});

async function builder(group: string, name: string): Promise<void> {
  const { nicId } = await createNetwork(arm, group, location);
  await createBuilderVm(arm, group, name, location, nicId);
}

function vmInfo(name: string): AzureResourceInfo | undefined {
  return emulator.control
    .resources()
    .find(
      (r): r is AzureResourceInfo =>
        r.cloud === 'azure' && r.kind === 'virtualMachine' && r.name === name,
    );
}

async function run(group: string, vm: string, script: string): Promise<string> {
  const result = await arm.compute.virtualMachines.beginRunCommandAndWait(
    group,
    vm,
    { commandId: 'RunShellScript', script: script.split('\n') },
    POLL,
  );
  expect(result.value).toHaveLength(1);
  expect(result.value?.[0]).toMatchObject({
    code: 'ProvisioningState/succeeded',
    displayStatus: 'Provisioning succeeded',
    level: 'Info',
  });
  return result.value?.[0]?.message ?? '';
}

const wrapped = (script: string): string =>
  wrapScript(script, { nonce, guestAttributes: false, powerOff: false });

describe('run-command on a builder', () => {
  it('a provisioning script that exits 3 is reported by the marker, not by run-command', async () => {
    emulator.control.addOutcome({ match: 'fails', outcome: { exit: 3 } });
    await builder('rg-exit', 'builder-fails');
    const message = await run('rg-exit', 'builder-fails', wrapped('#!/bin/bash\nexit 0\n'));
    expect(message).toMatch(/^Enable succeeded: \n\[stdout\]\n/);
    expect(message).toContain('emulator: provisioning script fails with exit status 3');
    expect(message).toContain(`worker-image-status[${nonce}]: exit=3`);
    expect(statusMarker(nonce).exec(message)?.[1]).toBe('3');
  });

  it('a bash syntax error fails like bash does: exit=2, the error under [stderr]', async () => {
    await builder('rg-syntax', 'builder-syntax');
    const message = await run(
      'rg-syntax',
      'builder-syntax',
      wrapped('#!/bin/bash\nif true; then\n  echo unclosed\n'),
    );
    expect(statusMarker(nonce).exec(message)?.[1]).toBe('2');
    const stderr = message.slice(message.indexOf('\n[stderr]\n'));
    expect(stderr).toMatch(/script\.sh: line \d+: syntax error/);
  });

  it('keeps only the last 4096 bytes of stdout and of stderr', async () => {
    await builder('rg-tail', 'builder-tail');
    const message = await run(
      'rg-tail',
      'builder-tail',
      'for i in $(seq 1 2000); do echo "out line $i"; echo "err line $i" >&2; done',
    );
    const [, stdout, stderr] = /^Enable succeeded: \n\[stdout\]\n([^]*)\n\[stderr\]\n([^]*)$/.exec(
      message,
    )!;
    expect(Buffer.byteLength(stdout!)).toBe(4096);
    expect(Buffer.byteLength(stderr!)).toBe(4096);
    expect(stdout).toMatch(/out line 2000\n$/);
    expect(stderr).toMatch(/err line 2000\n$/);
    expect(stdout).not.toContain('out line 1\n');
  });

  it('shutdown and waagent are recorded; the VM keeps running', async () => {
    await builder('rg-shutdown', 'builder-shutdown');
    const message = await run(
      'rg-shutdown',
      'builder-shutdown',
      'waagent -force -deprovision+user\nshutdown -h now\necho still here',
    );
    expect(message).toContain('still here');
    expect(vmInfo('builder-shutdown')).toMatchObject({
      powerState: 'running',
      guestActions: ['waagent -force -deprovision+user', 'shutdown -h now'],
    });
    const vm = await arm.compute.virtualMachines.get('rg-shutdown', 'builder-shutdown', {
      expand: 'instanceView',
    });
    expect(vm.instanceView?.statuses?.map((s) => s.code)).toContain('PowerState/running');
  });

  it('one run-command at a time: a second one is refused while the first runs', async () => {
    emulator.control.addOutcome({ match: 'busy', outcome: 'hang' });
    await builder('rg-busy', 'builder-busy');
    await arm.compute.virtualMachines.beginRunCommand(
      'rg-busy',
      'builder-busy',
      { commandId: 'RunShellScript', script: wrapped('echo hi').split('\n') },
      POLL,
    );
    await expect(
      arm.compute.virtualMachines.beginRunCommand(
        'rg-busy',
        'builder-busy',
        { commandId: 'RunShellScript', script: ['true'] },
        POLL,
      ),
    ).rejects.toMatchObject({ statusCode: 409, code: 'Conflict' });
  });

  it('a hanging script never returns; deleting the resource group kills every process of it', async () => {
    emulator.control.addOutcome({ match: 'hangs', outcome: 'hang' });
    await builder('rg-hangs', 'builder-hangs');
    const poller = await arm.compute.virtualMachines.beginRunCommand(
      'rg-hangs',
      'builder-hangs',
      { commandId: 'RunShellScript', script: wrapped('#!/bin/bash\nsleep 1\n').split('\n') },
      POLL,
    );
    const done = poller.pollUntilDone().then(
      () => 'finished',
      (err: Error) => err.message,
    );
    const pid = vmInfo('builder-hangs')?.pid;
    expect(pid).toBeTypeOf('number');
    expect(liveProcessesInGroup(pid!).length).toBeGreaterThan(0);

    await arm.resources.resourceGroups.beginDeleteAndWait('rg-hangs', POLL);
    expect(liveProcessesInGroup(pid!)).toEqual([]);
    expect(await done).toMatch(/OperationPreempted/);
    expect(emulator.control.resources()).toEqual([]);
  });
});
