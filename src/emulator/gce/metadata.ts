import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendText } from '../http.js';
import type { GceContext } from './context.js';
import { instanceKey, type InstanceRecord } from './state.js';

/** Where each VM's metadata server lives, below the emulator's own prefix. */
export const METADATA_PREFIX = '/__emulator/gce/metadata/';

export function metadataUrl(
  base: string,
  inst: Pick<InstanceRecord, 'project' | 'zone' | 'name'>,
): string {
  return `${base}${METADATA_PREFIX}${inst.project}/${inst.zone}/${inst.name}/computeMetadata/v1`;
}

/** Guest attribute keys and namespaces: letters, digits, `-` and `_`. */
const ATTRIBUTE = /^instance\/guest-attributes\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)$/;

function value(ctx: GceContext, inst: InstanceRecord, path: string): string | undefined {
  if (path === 'instance/name') return inst.name;
  if (path === 'instance/id') return inst.id;
  if (path === 'instance/zone') return `projects/${inst.project}/zones/${inst.zone}`;
  if (path === 'project/project-id') return inst.project;
  const item = /^instance\/attributes\/(.+)$/.exec(path);
  if (item) return ctx.state.metadataValue(inst, item[1]!);
  return undefined;
}

/**
 * The part of a VM's metadata server that the wrapper and scripts use: guest attributes
 * (PUT/GET/DELETE, which need no IAM permission on GCE), the instance's own metadata
 * values and its identity. Answers as metadata.google.internal does, in plain text.
 */
export async function handleMetadata(
  ctx: GceContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const m = /^([^/]+)\/([^/]+)\/([^/]+)\/computeMetadata\/v1\/(.*)$/.exec(
    url.pathname.slice(METADATA_PREFIX.length),
  );
  if (!m) return sendText(res, 404, 'Not Found');
  const [, project, zone, name, path] = m as unknown as [string, string, string, string, string];
  const inst = ctx.state.instances.get(instanceKey(project, zone, name));
  if (!inst || inst.deleting) return sendText(res, 404, 'Not Found');
  if (req.headers['metadata-flavor'] !== 'Google') {
    return sendText(res, 403, 'Missing Metadata-Flavor:Google header.');
  }
  const attribute = ATTRIBUTE.exec(path);
  if (attribute) {
    // The same refusal whether the instance lacks enable-guest-attributes or an organization
    // policy turns them off.
    if (
      !ctx.state.guestAttributesEnabled(inst) ||
      ctx.hazards().gce.guestAttributesDisabledByPolicy
    ) {
      return sendText(res, 403, 'Guest attributes endpoint access is disabled.');
    }
    const key = `${attribute[1]}/${attribute[2]}`;
    if (req.method === 'PUT') {
      inst.guestAttributes.set(key, await readBody(req));
      return sendText(res, 200, '');
    }
    if (req.method === 'DELETE') {
      inst.guestAttributes.delete(key);
      return sendText(res, 200, '');
    }
    const stored = inst.guestAttributes.get(key);
    return stored === undefined ? sendText(res, 404, 'Not Found') : sendText(res, 200, stored);
  }
  const found = req.method === 'GET' ? value(ctx, inst, path) : undefined;
  return found === undefined ? sendText(res, 404, 'Not Found') : sendText(res, 200, found);
}
