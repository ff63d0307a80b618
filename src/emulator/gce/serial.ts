import type { GceContext, Route } from './context.js';
import { invalidField } from './errors.js';
import { findInstance } from './instances.js';
import { instancePath } from './links.js';

/**
 * `instances.getSerialPortOutput`: port 1 carries the boot log and the startup script's
 * output; ports 2-4 exist but stay silent. `start` is a byte offset; a negative one counts
 * back from the end, as GCE documents.
 */
export function serialRoutes(ctx: GceContext): Route[] {
  return [
    {
      method: 'GET',
      path: 'projects/:project/zones/:zone/instances/:instance/serialPort',
      handle: (req) => {
        const inst = findInstance(ctx, req);
        const port = Number(req.query.get('port') ?? '1');
        if (![1, 2, 3, 4].includes(port)) {
          throw invalidField('port', req.query.get('port'), 'Must be between 1 and 4.');
        }
        const start = Number(req.query.get('start') ?? '0');
        if (!Number.isSafeInteger(start)) {
          throw invalidField('start', req.query.get('start'), 'Must be an integer.');
        }
        const read =
          port === 1
            ? inst.serial.read(start < 0 ? Math.max(0, inst.serial.end() + start) : start)
            : { contents: '', start: Math.max(0, start), next: Math.max(0, start) };
        return {
          kind: 'compute#serialPortOutput',
          contents: read.contents,
          start: String(read.start),
          next: String(read.next),
          selfLink: ctx.links.url(
            `${instancePath(inst.project, inst.zone, inst.name)}/serialPort?port=${port}`,
          ),
        };
      },
    },
  ];
}
