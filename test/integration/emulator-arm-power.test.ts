/**
 * Starting and restarting a VM as other ARM clients do (`az vm start`, `az vm restart`, the SDKs'
 * `beginStart`/`beginRestart`), through the official SDK against the emulator: a stopped or
 * deallocated VM runs again, a running one restarts, a generalized one never starts again.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import {
  armClients,
  createBuilderVm,
  createNetwork,
  POLL,
  powerState,
  type ArmClients,
} from '../helpers/arm.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
let arm: ArmClients;
beforeAll(async () => {
  emulator = await startTestEmulator();
  arm = armClients(emulator);
});
beforeEach(() => emulator.control.reset());
afterAll(() => emulator.stop());

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => ({ message: 'accepted' }) as { code?: string; statusCode?: number; message: string },
    (e: unknown) => e as { code?: string; statusCode?: number; message: string },
  );

describe('ARM emulator: starting and restarting a VM', () => {
  it('a powered-off or deallocated VM starts and runs; a running one restarts; a generalized one is refused', async () => {
    const { compute } = arm;
    const { nicId } = await createNetwork(arm, 'rg-p', 'eastus');
    await createBuilderVm(arm, 'rg-p', 'vm1', 'eastus', nicId);
    expect(await powerState(arm, 'rg-p', 'vm1')).toBe('PowerState/running');

    await compute.virtualMachines.beginPowerOffAndWait('rg-p', 'vm1', POLL);
    expect(await powerState(arm, 'rg-p', 'vm1')).toBe('PowerState/stopped');
    const stoppedRestart = await refusal(
      compute.virtualMachines.beginRestartAndWait('rg-p', 'vm1', POLL),
    );
    expect(stoppedRestart).toMatchObject({ statusCode: 409, code: 'OperationNotAllowed' });
    await compute.virtualMachines.beginStartAndWait('rg-p', 'vm1', POLL);
    expect(await powerState(arm, 'rg-p', 'vm1')).toBe('PowerState/running');
    await compute.virtualMachines.beginRestartAndWait('rg-p', 'vm1', POLL);
    expect(await powerState(arm, 'rg-p', 'vm1')).toBe('PowerState/running');
    // Starting a running VM changes nothing.
    await compute.virtualMachines.beginStartAndWait('rg-p', 'vm1', POLL);
    expect(await powerState(arm, 'rg-p', 'vm1')).toBe('PowerState/running');

    await compute.virtualMachines.beginDeallocateAndWait('rg-p', 'vm1', POLL);
    await compute.virtualMachines.generalize('rg-p', 'vm1');
    const generalized = await refusal(
      compute.virtualMachines.beginStartAndWait('rg-p', 'vm1', POLL),
    );
    expect(generalized).toMatchObject({
      statusCode: 409,
      code: 'OperationNotAllowed',
      message: "Operation 'start' is not allowed on VM 'vm1' since the VM is generalized.",
    });
    expect(await powerState(arm, 'rg-p', 'vm1')).toBe('PowerState/deallocated');
  });
});
