import { checkStorageLocation } from '../../naming/gce.js';
import type { GceContext, GceRequest, Route } from './context.js';
import {
  alreadyExists,
  GceError,
  invalidField,
  notFound,
  notReady,
  required,
  resourceInUse,
} from './errors.js';
import { parseGuestOsFeatures, withFeatures } from './guest-os-features.js';
import { imageJson } from './image-json.js';
import { fingerprint, newId, sameFingerprint, timestamp } from './ids.js';
import { queryFlag } from './query-flags.js';
import { diskPath, imagePath, type ImageRef, parseDiskRef, parseImageRef } from './links.js';
import { listPage } from './list.js';
import { checkLabels, checkName } from './names.js';
import type { OperationError, OperationWarning } from './operations.js';
import {
  diskKey,
  imageKey,
  type Deprecation,
  type DeprecationState,
  type DiskRecord,
  type ImageRecord,
} from './state.js';

const DEPRECATION_STATES: DeprecationState[] = ['ACTIVE', 'DEPRECATED', 'OBSOLETE', 'DELETED'];
export const EMPTY_POLICY_ETAG = 'ACAB';

export function findImage(ctx: GceContext, project: string, name: string): ImageRecord {
  const img = ctx.state.images.get(imageKey(project, name));
  if (!img) throw notFound(imagePath(project, name));
  return img;
}

/**
 * The stock images belong to their publishers' projects: every project may read and boot them,
 * none may change or delete them, or add images to those projects. GCE answers as it answers a
 * missing permission ("Required 'compute.images.get' permission for 'projects/…'", 403
 * forbidden, as Dataflow and Cloud Build users quote it).
 */
function publishersOnly(ctx: GceContext, project: string, permission: string, path: string): void {
  const published = [...ctx.state.images.values()].some((i) => i.public && i.project === project);
  if (published) {
    throw new GceError(403, 'forbidden', `Required '${permission}' permission for '${path}'`);
  }
}

/** An image the caller may change: its own, not a stock one. */
export function ownImage(
  ctx: GceContext,
  project: string,
  name: string,
  verb: string,
): ImageRecord {
  const img = findImage(ctx, project, name);
  publishersOnly(ctx, project, `compute.images.${verb}`, imagePath(project, name));
  return img;
}

/**
 * Only images whose deprecation state is ACTIVE (or unset) are a family's candidates:
 * getFromFamily "returns the latest image that is part of an image family and is not
 * deprecated" (https://cloud.google.com/compute/docs/reference/rest/v1/images/getFromFamily),
 * so DEPRECATED, OBSOLETE and DELETED images are all skipped.
 */
function isCurrent(img: ImageRecord): boolean {
  return !img.deprecated || img.deprecated.state === 'ACTIVE';
}

/** The newest non-deprecated READY image of a family, as `images.getFromFamily` picks it. */
export function imageFromFamily(ctx: GceContext, project: string, family: string): ImageRecord {
  const candidates = [...ctx.state.images.values()].filter(
    (i) => i.project === project && i.family === family && i.status === 'READY' && isCurrent(i),
  );
  candidates.sort((a, b) => Date.parse(b.creationTimestamp) - Date.parse(a.creationTimestamp));
  const newest = candidates[0];
  if (!newest) throw notFound(`projects/${project}/global/images/family/${family}`);
  return newest;
}

/**
 * What an operation that used a DEPRECATED image warns: "Operations which communicate the end of
 * life date for an image, can use ACTIVE. ... DEPRECATED ... return successfully, but with a
 * warning indicating the deprecated resource and recommending its replacement"
 * (DeprecationStatus.state), in GCE's words as gcloud prints them: "The resource
 * 'projects/debian-cloud/global/images/debian-9-stretch-v20180806' is deprecated. A suggested
 * replacement is 'projects/debian-cloud/global/images/debian-9-stretch-v20180814'.", with
 * `resource_name` and `replacement_suggestion` in its data.
 */
export function deprecationWarning(img: ImageRecord): OperationWarning | undefined {
  if (img.deprecated?.state !== 'DEPRECATED') return undefined;
  const resource = imagePath(img.project, img.name);
  const replacement = img.deprecated.replacement
    ? `A suggested replacement is '${img.deprecated.replacement.replace(/^.*\/compute\/v1\//, '')}'.`
    : undefined;
  return {
    code: 'DEPRECATED_RESOURCE_USED',
    message: `The resource '${resource}' is deprecated.${replacement ? ` ${replacement}` : ''}`,
    data: [
      { key: 'resource_name', value: resource },
      ...(replacement ? [{ key: 'replacement_suggestion', value: replacement }] : []),
    ],
  };
}

/** The image a new disk is created from: must exist, be READY and not be obsolete. */
export function resolveSourceImage(ctx: GceContext, field: string, ref: ImageRef): ImageRecord {
  const img = ref.family
    ? imageFromFamily(ctx, ref.project, ref.family)
    : findImage(ctx, ref.project, ref.name!);
  if (img.status !== 'READY') throw notReady(imagePath(img.project, img.name));
  const state = img.deprecated?.state;
  if (state === 'OBSOLETE' || state === 'DELETED') {
    throw invalidField(field, imagePath(img.project, img.name), `The image is ${state}.`);
  }
  return img;
}

/** GCE stores an image in the multi-region nearest its source unless told otherwise. */
function defaultLocation(zone: string): string {
  const region = zone.replace(/-[a-z]$/, '');
  for (const [prefix, multi] of [
    ['us-', 'us'],
    ['northamerica-', 'us'],
    ['europe-', 'eu'],
    ['asia-', 'asia'],
  ] as const) {
    if (region.startsWith(prefix)) return multi;
  }
  return region;
}

/** Regions or multi-regions (checkStorageLocation); the refusal's wording is the emulator's. */
function storageLocations(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const known = (v: unknown): boolean =>
    typeof v === 'string' && checkStorageLocation(v) === undefined;
  if (!Array.isArray(value) || !value.every(known)) {
    throw invalidField(
      'resource.storageLocations',
      value,
      'Storage locations are regions or multi-regions.',
    );
  }
  return value as string[];
}

/**
 * A disk can be imaged in bursts of `diskImageBurst`, earning one more image every
 * `diskImageRefill` ("once every 10 minutes ... at most 6 requests in 60 minutes",
 * https://cloud.google.com/compute/docs/images/create-custom). Beyond that the image's
 * operation fails as googleapis/python-compute#279 and gcpdiag's snapshot rule report it.
 */
function spendImageAllowance(ctx: GceContext, disk: DiskRecord): OperationError | undefined {
  const { diskImageBurst: burst, diskImageRefill: refill } = ctx.hazards().gce;
  if (burst <= 0) return undefined;
  const now = Date.now();
  const last = disk.imageAllowance ?? { images: burst, at: now };
  const earned = refill > 0 ? Math.floor((now - last.at) / refill) : burst;
  const images = Math.min(burst, last.images + earned);
  // Time not yet worth a whole image carries over to the next count.
  const at = images === burst ? now : last.at + earned * refill;
  if (images < 1) {
    disk.imageAllowance = { images, at };
    return {
      code: 'RESOURCE_OPERATION_RATE_EXCEEDED',
      message: `Operation rate exceeded for resource '${diskPath(disk.project, disk.zone, disk.name)}'. Too frequent operations from the source resource.`,
    };
  }
  disk.imageAllowance = { images: images - 1, at };
  return undefined;
}

/** What an image is made from, and what it takes from it. */
interface ImageSource {
  fields: Pick<ImageRecord, 'sourceDisk' | 'sourceDiskId' | 'sourceImage' | 'sourceImageId'>;
  sizeGb: number;
  guestOsFeatures: string[];
  location: string;
  /** A disk pays into its image allowance (spendImageAllowance); an image does not. */
  disk?: DiskRecord;
  /** The image copied, whose deprecation the operation warns of. */
  image?: ImageRecord;
}

function diskSource(ctx: GceContext, req: GceRequest, project: string): ImageSource {
  const ref = parseDiskRef('resource.sourceDisk', req.body.sourceDisk, project);
  const disk = ctx.state.disks.get(diskKey(ref.project, ref.zone, ref.name));
  if (!disk) throw notFound(diskPath(ref.project, ref.zone, ref.name));
  if (disk.status !== 'READY') throw notReady(diskPath(ref.project, ref.zone, ref.name));
  const user = disk.user ? ctx.state.instances.get(disk.user) : undefined;
  if (user && user.status !== 'TERMINATED' && !queryFlag(req.query, 'forceCreate', false)) {
    throw resourceInUse(
      diskPath(ref.project, ref.zone, ref.name),
      `projects/${user.project}/zones/${user.zone}/instances/${user.name}`,
    );
  }
  return {
    fields: { sourceDisk: diskPath(ref.project, ref.zone, ref.name), sourceDiskId: disk.id },
    sizeGb: disk.sizeGb,
    guestOsFeatures: disk.guestOsFeatures,
    location: defaultLocation(ref.zone),
    disk,
  };
}

/**
 * A copy of another image (`gcloud compute images create --source-image`, Daisy's copies): by
 * name, URL or family, READY and not OBSOLETE or DELETED, as a disk's source image must be.
 */
function imageSource(ctx: GceContext, req: GceRequest, project: string): ImageSource {
  const field = 'resource.sourceImage';
  const img = resolveSourceImage(ctx, field, parseImageRef(field, req.body.sourceImage, project));
  return {
    fields: { sourceImage: imagePath(img.project, img.name), sourceImageId: img.id },
    sizeGb: img.diskSizeGb,
    guestOsFeatures: img.guestOsFeatures,
    location: img.storageLocations[0] ?? 'us',
    image: img,
  };
}

/**
 * Exactly one source: "You must provide exactly one of" rawDisk.source, sourceDisk,
 * sourceImage and sourceSnapshot (the Image resource's fields, compute v1). The emulator makes
 * images from disks and images; the other two are refused as not emulated.
 */
function imageSourceOf(ctx: GceContext, req: GceRequest, project: string): ImageSource {
  const b = req.body;
  const given = (['sourceDisk', 'sourceImage', 'sourceSnapshot', 'rawDisk'] as const).filter(
    (f) => b[f] !== undefined,
  );
  if (given.length > 1) {
    throw invalidField(
      `resource.${given[1]}`,
      b[given[1]!],
      `Only one of ${given.join(', ')} may be given.`,
    );
  }
  if (given.length === 0) throw required('resource.sourceDisk');
  if (given[0] === 'sourceDisk') return diskSource(ctx, req, project);
  if (given[0] === 'sourceImage') return imageSource(ctx, req, project);
  throw new GceError(
    400,
    'invalid',
    `The emulator makes images from a sourceDisk or a sourceImage, not from ${given[0]}.`,
  );
}

function insert(ctx: GceContext, req: GceRequest): unknown {
  const { project } = req.params as { project: string };
  const b = req.body;
  publishersOnly(ctx, project, 'compute.images.create', `projects/${project}`);
  const name = checkName('resource.name', b.name);
  if (ctx.state.images.has(imageKey(project, name))) throw alreadyExists(imagePath(project, name));
  const source = imageSourceOf(ctx, req, project);
  const family = b.family === undefined ? undefined : checkName('resource.family', b.family);
  const img: ImageRecord = {
    project,
    name,
    id: newId(),
    creationTimestamp: timestamp(),
    status: 'PENDING',
    family,
    description: typeof b.description === 'string' ? b.description : undefined,
    labels: checkLabels('resource.labels', b.labels),
    ...source.fields,
    diskSizeGb: source.sizeGb,
    archiveSizeBytes: Math.round(source.sizeGb * 0.35 * 2 ** 30),
    storageLocations: storageLocations(b.storageLocations) ?? [source.location],
    guestOsFeatures: withFeatures(
      source.guestOsFeatures,
      parseGuestOsFeatures('resource.guestOsFeatures', b.guestOsFeatures),
    ),
    policy: { version: 1, etag: EMPTY_POLICY_ETAG, bindings: [] },
    public: false,
  };
  const fault = req.operationFault();
  const op = ctx.ops.start({
    project,
    operationType: 'insert',
    targetLink: ctx.links.url(imagePath(project, name)),
    targetId: img.id,
  });
  const warning = source.image && deprecationWarning(source.image);
  if (warning) op.warnings = [warning];
  const ms = ctx.durations().imageCapture;
  if (fault) return ctx.ops.toJson(ctx.ops.failAfter(op, fault, ms));
  const tooFrequent = source.disk && spendImageAllowance(ctx, source.disk);
  if (tooFrequent) return ctx.ops.toJson(ctx.ops.failAfter(op, tooFrequent, 0));
  ctx.state.images.set(imageKey(project, name), img);
  ctx.timers.after(ms, () => {
    if (ctx.state.images.get(imageKey(project, name)) === img && img.status === 'PENDING') {
      img.status = 'READY';
      ctx.log(`gce: image ${name} is READY`);
    }
    ctx.ops.finish(op);
  });
  return ctx.ops.toJson(op);
}

function remove(ctx: GceContext, req: GceRequest): unknown {
  const { project, image } = req.params as { project: string; image: string };
  const img = ownImage(ctx, project, image, 'delete');
  if (img.status === 'DELETING') throw notReady(imagePath(project, image));
  const fault = req.operationFault();
  const op = ctx.ops.start({
    project,
    operationType: 'delete',
    targetLink: ctx.links.url(imagePath(project, image)),
    targetId: img.id,
  });
  const ms = ctx.durations().delete;
  if (fault) return ctx.ops.toJson(ctx.ops.failAfter(op, fault, ms));
  img.status = 'DELETING';
  ctx.timers.after(ms, () => {
    if (ctx.state.images.get(imageKey(project, image)) === img) {
      ctx.state.images.delete(imageKey(project, image));
    }
    ctx.ops.finish(op);
  });
  return ctx.ops.toJson(op);
}

/** An image's URL, full or partial: what a replacement must be. */
const IMAGE_URL = /(^|\/)projects\/[^/]+\/global\/images\/[^/]+$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * A DeprecationStatus field: `replacement` is "The URL of the suggested replacement for a
 * deprecated resource. The suggested replacement resource must be the same kind of resource as
 * the deprecated resource", refused otherwise as GCE refuses a malformed resource URL ("The URL
 * is malformed."); `deprecated`, `obsolete` and `deleted` are RFC 3339 timestamps (compute v1
 * DeprecationStatus), whose refusal's wording is the emulator's.
 */
function checkDeprecationField(field: string, value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  if (field.endsWith('.replacement')) {
    if (!IMAGE_URL.test(text)) throw invalidField(field, value, 'The URL is malformed.');
  } else if (!RFC3339.test(text) || Number.isNaN(Date.parse(text))) {
    throw invalidField(field, value, 'Must be an RFC 3339 timestamp.');
  }
  return text;
}

export function parseDeprecation(
  field: string,
  value: Record<string, unknown>,
): Deprecation | undefined {
  const state = value.state ?? 'ACTIVE';
  if (!DEPRECATION_STATES.includes(state as DeprecationState)) {
    throw invalidField(`${field}.state`, state, `Must be one of ${DEPRECATION_STATES.join(', ')}.`);
  }
  if (state === 'ACTIVE') return undefined;
  const out: Deprecation = { state: state as DeprecationState };
  for (const k of ['replacement', 'deprecated', 'obsolete', 'deleted'] as const) {
    if (value[k] === undefined || value[k] === '') continue;
    out[k] = checkDeprecationField(`${field}.${k}`, value[k]);
  }
  return out;
}

/**
 * `images.deprecate` (https://cloud.google.com/compute/docs/reference/rest/v1/images/deprecate):
 * the body is a DeprecationStatus; state ACTIVE clears it. A DEPRECATED image still boots
 * (with a warning, DeprecationStatus.State) but its family skips it (isCurrent); OBSOLETE and
 * DELETED ones are refused as a source (resolveSourceImage). A global operation, DONE at once.
 */
function deprecate(ctx: GceContext, req: GceRequest): unknown {
  const { project, image } = req.params as { project: string; image: string };
  const img = ownImage(ctx, project, image, 'deprecate');
  const deprecated = parseDeprecation('deprecationStatusResource', req.body);
  const op = ctx.ops.start({
    project,
    operationType: 'deprecate',
    targetLink: ctx.links.url(imagePath(project, image)),
    targetId: img.id,
  });
  const fault = req.operationFault();
  if (fault) ctx.ops.finish(op, fault);
  else {
    img.deprecated = deprecated;
    ctx.ops.finish(op);
  }
  return ctx.ops.toJson(op);
}

/**
 * `images.setLabels` (https://cloud.google.com/compute/docs/reference/rest/v1/images/setLabels):
 * the body's `labels` replace the image's whole set. `labelFingerprint` must be the one the
 * image shows now ("You must always provide an up-to-date fingerprint hash when updating or
 * changing labels, otherwise the request will fail with error 412 conditionNotMet",
 * GlobalSetLabelsRequest): a missing or stale one is refused, and every accepted change makes
 * a new fingerprint, so a writer that read the labels before another writer's change must read
 * them again. A global operation, DONE at once.
 */
function setLabels(ctx: GceContext, req: GceRequest): unknown {
  const { project, image } = req.params as { project: string; image: string };
  const img = ownImage(ctx, project, image, 'setLabels');
  const labels = checkLabels('globalSetLabelsRequest.labels', req.body.labels);
  const current = imageJson(ctx, img).labelFingerprint;
  if (!sameFingerprint(req.body.labelFingerprint, String(current))) {
    throw new GceError(
      412,
      'conditionNotMet',
      'Labels fingerprint either invalid or resource labels have changed',
    );
  }
  const op = ctx.ops.start({
    project,
    operationType: 'setLabels',
    targetLink: ctx.links.url(imagePath(project, image)),
    targetId: img.id,
  });
  const fault = req.operationFault();
  if (fault) ctx.ops.finish(op, fault);
  else {
    img.labels = labels;
    img.labelFingerprint = fingerprint([labels, newId()]);
    ctx.ops.finish(op);
  }
  return ctx.ops.toJson(op);
}

export function imageRoutes(ctx: GceContext): Route[] {
  const base = 'projects/:project/global/images';
  return [
    {
      method: 'GET',
      path: base,
      handle: (req) => {
        const { project } = req.params as { project: string };
        const all = [...ctx.state.images.values()].filter((i) => i.project === project);
        return listPage(
          all.map((i) => imageJson(ctx, i)),
          req.query,
          {
            kind: 'compute#imageList',
            id: `projects/${project}/global/images`,
            selfLink: ctx.links.url(`projects/${project}/global/images`),
          },
        );
      },
    },
    { method: 'POST', path: base, handle: (req) => insert(ctx, req) },
    {
      // imageFamilyViews.get: "the latest image that is part of an image family, is not
      // deprecated and is rolled out in the specified zone", as an ImageFamilyView ({ image }).
      // Every image here is rolled out in every zone.
      method: 'GET',
      path: 'projects/:project/zones/:zone/imageFamilyViews/:family',
      handle: (req) => ({
        image: imageJson(ctx, imageFromFamily(ctx, req.params.project!, req.params.family!)),
      }),
    },
    {
      method: 'GET',
      path: `${base}/family/:family`,
      handle: (req) =>
        imageJson(ctx, imageFromFamily(ctx, req.params.project!, req.params.family!)),
    },
    {
      method: 'GET',
      path: `${base}/:image`,
      handle: (req) => imageJson(ctx, findImage(ctx, req.params.project!, req.params.image!)),
    },
    { method: 'DELETE', path: `${base}/:image`, handle: (req) => remove(ctx, req) },
    { method: 'POST', path: `${base}/:image/deprecate`, handle: (req) => deprecate(ctx, req) },
    { method: 'POST', path: `${base}/:image/setLabels`, handle: (req) => setLabels(ctx, req) },
  ];
}
