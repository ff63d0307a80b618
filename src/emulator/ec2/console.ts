import type { Action, Ec2Context } from './context.js';
import { Ec2Error, missingParameter, stopIfDryRun } from './errors.js';
import { timestamp } from './ids.js';
import { findInstance } from './instances.js';

/**
 * GetConsoleOutput as the API reference describes it
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetConsoleOutput.html): by
 * default the output "posted shortly after an instance transition state (start, stop, reboot,
 * or terminate)", so what a script writes while the instance runs shows only at the next
 * transition; `Latest=true` reads the live console, on Nitro instance types only; the most
 * recent 64 KB either way.
 */
const CONSOLE_BYTES = 64 * 1024;

/**
 * Instance families on the Xen hypervisor: every other type is built on the Nitro System, as
 * are the bare-metal sizes (https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-nitro-instances.html).
 */
// prettier-ignore
const XEN_FAMILIES = new Set([
  'c1', 'c3', 'c4', 'cc2', 'cr1', 'd2', 'f1', 'g2', 'g3', 'g3s', 'h1', 'hs1', 'i2', 'i3',
  'm1', 'm2', 'm3', 'm4', 'p2', 'p3', 'r3', 'r4', 't1', 't2', 'x1', 'x1e',
]);

export function isNitro(instanceType: string): boolean {
  const [family = '', size = ''] = instanceType.split('.');
  return size === 'metal' || !XEN_FAMILIES.has(family);
}

function getConsoleOutput(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const id = q.get('InstanceId');
    if (!id) throw missingParameter('InstanceId');
    const inst = findInstance(region, id);
    const latest = q.bool('Latest');
    const hazards = ctx.hazards().ec2;
    if (latest && hazards.latestNitroOnly && !isNitro(inst.instanceType)) {
      throw new Ec2Error(
        'UnsupportedOperation',
        `The instance type ${inst.instanceType} does not support retrieving the latest console output. Only instance types built on the Nitro System support it.`,
      );
    }
    stopIfDryRun(req);
    const text = latest || !hazards.consoleBuffered ? inst.console.text() : inst.postedConsole;
    const bytes = Buffer.from(text, 'utf8');
    const recent = bytes.subarray(Math.max(0, bytes.length - CONSOLE_BYTES));
    return {
      instanceId: inst.id,
      timestamp: timestamp(),
      output: recent.length > 0 ? recent.toString('base64') : undefined,
    };
  };
}

export function consoleActions(ctx: Ec2Context): Record<string, Action> {
  return { GetConsoleOutput: getConsoleOutput(ctx) };
}
