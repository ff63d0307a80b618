import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AzureResourceInfo, Emulator } from '../../src/emulator/index.js';
import { statusMarker, wrapScript } from '../../src/wrapper/wrapper.js';
import {
  armClients,
  createBuilderVm,
  createNetwork,
  POLL,
  powerState,
  strayGuestProcesses,
  type ArmClients,
} from '../helpers/arm.js';
import { startTestEmulator } from '../helpers/emulator.js';
import { liveProcessesInGroup } from '../helpers/processes.js';

/**
 * Run-command runs the script for real with bash, the user's provisioning script replaced by
 * the emulator's stand-in, and answers as the Linux run-command extension does: always
 * "Enable succeeded", the last 4 KiB of stdout and of stderr, the exit status nowhere but in
 * what the wrapper printed. The guest lives as long as the VM, and what it does (deprovision,
 * shut down) happens to the VM as it would on Azure.
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
  expect(strayGuestProcesses()).toEqual([]);
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

/** A run-command started but not waited for. */
function start(group: string, vm: string, script: string) {
  return arm.compute.virtualMachines.runCommand(
    group,
    vm,
    { commandId: 'RunShellScript', script: script.split('\n') },
    POLL,
  );
}

/** Waits until `check` holds (the test's own timeout bounds it). */
async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
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

  it('a command that deprovisions never completes and keeps the extension busy: the next one answers 409', async () => {
    // Reported at the script's exit, so the test need not wait out the agent's status pass.
    emulator.control.setHazards({ arm: { runCommandReportDelay: 0 } });
    await builder('rg-deprov', 'builder-deprov');
    const first = start('rg-deprov', 'builder-deprov', 'waagent -force -deprovision+user');
    await first.submitted();
    await until(() => vmInfo('builder-deprov')?.pid === undefined);
    expect((await first.poll()).status).toBe('running');
    expect(vmInfo('builder-deprov')).toMatchObject({
      powerState: 'running',
      guestActions: ['waagent -force -deprovision+user'],
    });
    await expect(
      arm.compute.virtualMachines.runCommand(
        'rg-deprov',
        'builder-deprov',
        { commandId: 'RunShellScript', script: ['true'] },
        POLL,
      ),
    ).rejects.toMatchObject({
      statusCode: 409,
      code: 'Conflict',
      message:
        'Run command extension execution is in progress. Please wait for completion before invoking a run command.',
    });
  });

  it('a deprovision started detached right after the command exits still loses its report', async () => {
    // The agent's status pass comes well after the detached deprovision, however loaded the machine.
    emulator.control.setHazards({ arm: { runCommandReportDelay: 3000 } });
    await builder('rg-late', 'builder-late');
    const starter = start(
      'rg-late',
      'builder-late',
      "nohup setsid sh -c 'waagent -force -deprovision+user' >/dev/null 2>&1 &\necho started",
    );
    await starter.submitted();
    await until(() => vmInfo('builder-late')?.guestActions?.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect((await starter.poll()).status).toBe('running');
  });

  it('`shutdown -h now` in the guest stops the VM, still allocated; its command is never reported', async () => {
    await builder('rg-off', 'builder-off');
    const command = start('rg-off', 'builder-off', 'shutdown -h now\nsleep 600');
    await command.submitted();
    await until(
      async () => (await powerState(arm, 'rg-off', 'builder-off')) === 'PowerState/stopped',
    );
    expect(vmInfo('builder-off')).toMatchObject({ powerState: 'stopped', status: 'Succeeded' });
    expect(strayGuestProcesses()).toEqual([]);
    expect((await command.poll()).status).toBe('running');
    await expect(
      arm.compute.virtualMachines.runCommand(
        'rg-off',
        'builder-off',
        { commandId: 'RunShellScript', script: ['true'] },
        POLL,
      ),
    ).rejects.toMatchObject({ statusCode: 409, code: 'OperationNotAllowed' });
    // Deallocation preempts the command that never reported.
    const ended = command.pollUntilDone().catch((err: Error) => err.message);
    await arm.compute.virtualMachines.beginDeallocateAndWait('rg-off', 'builder-off', POLL);
    expect(await ended).toMatch(/OperationPreempted/);
  });

  it('what a command leaves running detached outlives it, and dies with the VM', async () => {
    await builder('rg-daemon', 'builder-daemon');
    const message = await run(
      'rg-daemon',
      'builder-daemon',
      'nohup setsid sleep 600 >/dev/null 2>&1 &\n(sleep 600 &)\necho detached',
    );
    expect(message).toContain('detached');
    expect(strayGuestProcesses().length).toBeGreaterThanOrEqual(2);
    await arm.compute.virtualMachines.beginDeallocateAndWait('rg-daemon', 'builder-daemon', POLL);
    expect(strayGuestProcesses()).toEqual([]);
  });

  it('run-command gives a script until its time limit, then fails it and frees the extension', async () => {
    emulator.control.setHazards({ arm: { runCommandCap: 1000 } });
    emulator.control.addOutcome({ match: 'capped', outcome: 'hang' });
    await builder('rg-cap', 'builder-capped');
    const capped = start('rg-cap', 'builder-capped', wrapped('echo forever'));
    await expect(capped.pollUntilDone()).rejects.toThrow(
      /VMExtensionProvisioningTimeout\. Provisioning of VM extension 'RunCommandLinux' has timed out/,
    );
    expect(await run('rg-cap', 'builder-capped', 'echo free again')).toContain('free again');
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
