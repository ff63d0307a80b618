import type { GceContext, GceRequest, Route } from './context.js';
import { GceError } from './errors.js';
import { fingerprint } from './ids.js';
import { findInstance, instanceOperation } from './instances.js';
import { parseMetadataItems } from './metadata-items.js';
import { checkLabels } from './names.js';

/**
 * `instances.setLabels` (https://cloud.google.com/compute/docs/reference/rest/v1/instances/setLabels):
 * the body's `labels` replace the instance's set, and `labelFingerprint` must be the one the
 * instance shows now, as for an image (412 conditionNotMet otherwise, "Labels fingerprint either
 * invalid or resource labels have changed").
 */
function setLabels(ctx: GceContext, req: GceRequest): unknown {
  const inst = findInstance(ctx, req);
  const labels = checkLabels('instancesSetLabelsRequest.labels', req.body.labels);
  if (req.body.labelFingerprint !== fingerprint(inst.labels)) {
    throw new GceError(
      412,
      'conditionNotMet',
      'Labels fingerprint either invalid or resource labels have changed',
    );
  }
  const { op, faulted } = instanceOperation(ctx, req, inst, 'setLabels', 0);
  if (!faulted) {
    inst.labels = labels;
    ctx.ops.finish(op);
  }
  return ctx.ops.toJson(op);
}

/**
 * `instances.setMetadata` (https://cloud.google.com/compute/docs/reference/rest/v1/instances/setMetadata):
 * the body's `items` replace the instance's metadata, checked as an insert's are; its
 * `fingerprint` must be the one the instance shows now ("You must always provide an up-to-date
 * fingerprint hash in order to update or change metadata, otherwise the request will fail with
 * error 412 conditionNotMet", Metadata.fingerprint). The metadata server and guest attributes
 * see the new items at once; a startup script does not run again (GCE runs it at boot).
 */
function setMetadata(ctx: GceContext, req: GceRequest): unknown {
  const inst = findInstance(ctx, req);
  const items = parseMetadataItems(req.body, ctx.hazards().gce);
  if (req.body.fingerprint !== fingerprint(inst.metadata)) {
    throw new GceError(
      412,
      'conditionNotMet',
      'Supplied fingerprint does not match current metadata fingerprint.',
    );
  }
  const { op, faulted } = instanceOperation(ctx, req, inst, 'setMetadata', 0);
  if (!faulted) {
    inst.metadata = items;
    ctx.ops.finish(op);
  }
  return ctx.ops.toJson(op);
}

export function instanceUpdateRoutes(ctx: GceContext): Route[] {
  const one = 'projects/:project/zones/:zone/instances/:instance';
  return [
    { method: 'POST', path: `${one}/setLabels`, handle: (req) => setLabels(ctx, req) },
    { method: 'POST', path: `${one}/setMetadata`, handle: (req) => setMetadata(ctx, req) },
  ];
}
