import { invalidField } from './errors.js';

export const instancePath = (project: string, zone: string, name: string): string =>
  `projects/${project}/zones/${zone}/instances/${name}`;
export const diskPath = (project: string, zone: string, name: string): string =>
  `projects/${project}/zones/${zone}/disks/${name}`;
export const imagePath = (project: string, name: string): string =>
  `projects/${project}/global/images/${name}`;
export const zonePath = (project: string, zone: string): string =>
  `projects/${project}/zones/${zone}`;

/**
 * selfLinks point at the emulator itself rather than www.googleapis.com, so a client that
 * follows one stays on localhost. Parsers accept either form.
 */
export class Links {
  constructor(private readonly base: string) {}

  url(path: string): string {
    return `${this.base}${path}`;
  }
}

/**
 * The `projects/...` part of a reference given as a full URL (any host), a
 * `projects/...` path, or a path relative to the project (`zones/z/disks/d`, `global/images/i`).
 */
function projectRelative(ref: string, project: string): string {
  const at = ref.search(/(^|\/)projects\//);
  if (at >= 0) return ref.slice(ref.indexOf('projects/', at));
  return `projects/${project}/${ref.replace(/^\//, '')}`;
}

export interface ImageRef {
  project: string;
  name?: string;
  family?: string;
}

/**
 * An image reference: a name, `global/images/NAME`, `global/images/family/FAMILY`, as a path or
 * a URL. With `familyViews`, also a zonal image family view,
 * `projects/P/zones/ZONE/imageFamilyViews/FAMILY` (ZONE may be `-`), which gcloud sends as a
 * disk's sourceImage for `--image-family` of a public image project
 * (googlecloudsdk/api_lib/compute/image_utils.py, image_family_scope 'zonal'): the family's
 * latest image rolled out in the zone. Every image here is rolled out in every zone, so it is
 * the family's latest.
 */
export function parseImageRef(
  field: string,
  ref: unknown,
  project: string,
  opts: { familyViews?: boolean } = {},
): ImageRef {
  if (typeof ref !== 'string' || ref === '')
    throw invalidField(field, ref, 'An image is required.');
  const path = ref.includes('/')
    ? projectRelative(ref, project)
    : `projects/${project}/global/images/${ref}`;
  const view = /^projects\/([^/]+)\/zones\/[^/]+\/imageFamilyViews\/([^/]+)$/.exec(path);
  if (view && opts.familyViews) return { project: view[1]!, family: view[2]! };
  const m = /^projects\/([^/]+)\/global\/images\/(?:family\/([^/]+)|([^/]+))$/.exec(path);
  if (!m) throw invalidField(field, ref, 'The URL is malformed.');
  return m[2] ? { project: m[1]!, family: m[2] } : { project: m[1]!, name: m[3]! };
}

export interface DiskRef {
  project: string;
  zone: string;
  name: string;
}

export function parseDiskRef(field: string, ref: unknown, project: string): DiskRef {
  if (typeof ref !== 'string' || ref === '') throw invalidField(field, ref, 'A disk is required.');
  const m = /^projects\/([^/]+)\/zones\/([^/]+)\/disks\/([^/]+)$/.exec(
    projectRelative(ref, project),
  );
  if (!m) throw invalidField(field, ref, 'The URL is malformed.');
  return { project: m[1]!, zone: m[2]!, name: m[3]! };
}

/** The last path segment of a zone, machine type or other reference. */
export function lastSegment(ref: string): string {
  return ref.split('/').pop() ?? ref;
}
