import type { HazardTable } from '../hazard-spec.js';

/** Compute Engine's documented hazards. */
export const GCE_HAZARDS = {
  serialRetainedBytes: {
    default: 1024 * 1024,
    off: 0,
    unit: 'bytes',
    what: 'serial port output keeps the last 1 MB; a read whose start was discarded answers with `start` moved forward (0 keeps everything)',
    source:
      'https://cloud.google.com/compute/docs/reference/rest/v1/instances/getSerialPortOutput (SerialPortOutput.start, next)',
  },
} satisfies HazardTable;
