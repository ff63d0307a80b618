import type { GceContext, GceRequest, Route } from './context.js';
import { GceError } from './errors.js';
import { queryFlag } from './query-flags.js';
import { fingerprint, newId, sameFingerprint } from './ids.js';
import { labelFingerprint, metadataFingerprint, tagsFingerprint } from './instance-json.js';
import { checkTags } from './instance-tags.js';
import { findInstance, instanceOperation } from './instances.js';
import { parseMetadataItems } from './metadata-items.js';
import { checkLabels } from './names.js';
import type { InstanceRecord } from './state.js';

/**
 * One of an instance's fingerprinted sets replaced whole: refused with 412 conditionNotMet and
 * `stale` unless the request names the fingerprint the instance shows now; then a zonal
 * operation, DONE at once (or failed by an injected fault, changing nothing). `apply` is given a
 * new fingerprint, made for this change whatever the content: GCE's "changes after every request
 * to modify or update labels" (Instance.labelFingerprint) and "changes after every request to
 * modify or update metadata" (Metadata.fingerprint, compute v1 reference), so a writer that read
 * the set before another writer's change is refused even if the content came back since.
 */
function replaceFingerprinted(
  ctx: GceContext,
  req: GceRequest,
  inst: InstanceRecord,
  change: {
    type: string;
    current: string;
    given: unknown;
    stale: string;
    apply: (fingerprint: string) => void;
  },
): unknown {
  if (!sameFingerprint(change.given, change.current)) {
    throw new GceError(412, 'conditionNotMet', change.stale);
  }
  const { op, faulted } = instanceOperation(ctx, req, inst, change.type, 0);
  if (!faulted) {
    change.apply(fingerprint([change.type, newId()]));
    ctx.ops.finish(op);
  }
  return ctx.ops.toJson(op);
}

/**
 * `instances.setLabels` (https://cloud.google.com/compute/docs/reference/rest/v1/instances/setLabels):
 * the body's `labels` replace the instance's set, and `labelFingerprint` must be the one the
 * instance shows now, as for an image ("Labels fingerprint either invalid or resource labels
 * have changed").
 */
function setLabels(ctx: GceContext, req: GceRequest): unknown {
  const inst = findInstance(ctx, req);
  const labels = checkLabels('instancesSetLabelsRequest.labels', req.body.labels);
  return replaceFingerprinted(ctx, req, inst, {
    type: 'setLabels',
    current: labelFingerprint(inst),
    given: req.body.labelFingerprint,
    stale: 'Labels fingerprint either invalid or resource labels have changed',
    apply: (next) => {
      inst.labels = labels;
      inst.labelFingerprint = next;
    },
  });
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
  return replaceFingerprinted(ctx, req, inst, {
    type: 'setMetadata',
    current: metadataFingerprint(inst),
    given: req.body.fingerprint,
    stale: 'Supplied fingerprint does not match current metadata fingerprint.',
    apply: (next) => {
      inst.metadata = items;
      inst.metadataFingerprint = next;
    },
  });
}

/**
 * `instances.setTags` (https://cloud.google.com/compute/docs/reference/rest/v1/instances/setTags):
 * the body's `items` replace the network tags, checked as an insert's are; its `fingerprint`
 * must be the one the instance shows now (Tags.fingerprint "changes after every request to
 * modify or update tags"). GCE's wording for a stale one is not public: the emulator's own.
 */
function setTags(ctx: GceContext, req: GceRequest): unknown {
  const inst = findInstance(ctx, req);
  const tags = checkTags('tagsResource.items', req.body.items);
  return replaceFingerprinted(ctx, req, inst, {
    type: 'setTags',
    current: tagsFingerprint(inst),
    given: req.body.fingerprint,
    stale: 'Supplied fingerprint does not match current tags fingerprint.',
    apply: (next) => {
      inst.tags = tags;
      inst.tagsFingerprint = next;
    },
  });
}

/**
 * `instances.setDeletionProtection`
 * (https://cloud.google.com/compute/docs/reference/rest/v1/instances/setDeletionProtection): the
 * query's `deletionProtection` (true when absent) turns the protection on or off; a zonal
 * operation, DONE at once.
 */
function setDeletionProtection(ctx: GceContext, req: GceRequest): unknown {
  const inst = findInstance(ctx, req);
  const protect = queryFlag(req.query, 'deletionProtection', true);
  const { op, faulted } = instanceOperation(ctx, req, inst, 'setDeletionProtection', 0);
  if (!faulted) {
    inst.deletionProtection = protect;
    ctx.ops.finish(op);
  }
  return ctx.ops.toJson(op);
}

export function instanceUpdateRoutes(ctx: GceContext): Route[] {
  const one = 'projects/:project/zones/:zone/instances/:instance';
  return [
    { method: 'POST', path: `${one}/setTags`, handle: (req) => setTags(ctx, req) },
    {
      method: 'POST',
      path: `${one}/setDeletionProtection`,
      handle: (req) => setDeletionProtection(ctx, req),
    },
    { method: 'POST', path: `${one}/setLabels`, handle: (req) => setLabels(ctx, req) },
    { method: 'POST', path: `${one}/setMetadata`, handle: (req) => setMetadata(ctx, req) },
  ];
}
