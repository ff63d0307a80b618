import type { CallRecord } from '../emulator/calls.js';

/** What the requests of a wait on a GCE VM are, by the GCE method they call. */
export const GCE_WAIT_KINDS: [kind: string, method: string, path: RegExp][] = [
  ['instances.get', 'GET', /\/instances\/[^/]+$/],
  ['getSerialPortOutput', 'GET', /\/serialPort$/],
  ['getGuestAttributes', 'GET', /\/getGuestAttributes$/],
  ['operations.wait', 'POST', /\/operations\/[^/]+\/wait$/],
];

/** A call's kind (GCE_WAIT_KINDS), or `other`. */
export function kindOf(c: CallRecord): string {
  return (
    GCE_WAIT_KINDS.find(([, method, path]) => c.method === method && path.test(c.path))?.[0] ??
    'other'
  );
}

/** When the emulator received a call, in ms. */
export const at = (c: CallRecord): number => Date.parse(c.time);
