import type { ArmRequest } from './context.js';
import { ArmError } from './errors.js';
import { newGuid } from './ids.js';
import type { ArmResource } from './state.js';

/**
 * Network resources' etags: "A unique read-only string that changes whenever the resource is
 * updated." (NetworkInterface, learn.microsoft.com/rest/api/virtualnetwork/network-interfaces/
 * create-or-update), and the conditional requests they allow. NRP's refusal of a stale
 * If-Match, as kubernetes-sigs/cloud-provider-azure#9729 and
 * hashicorp/terraform-provider-azurerm#13886 quote it: 412 {"code":"PreconditionFailed",
 * "message":"Precondition failed.","details":[{"code":"PreconditionFailedEtagMismatch",
 * "message":"Etag provided in if-match header W/\"…\" does not match etag W/\"…\" of resource
 * /subscriptions/… in NRP data store."}]}. The If-None-Match refusal's detail is the emulator's.
 */

interface NetworkTag {
  etag: string;
  guid: string;
}

const tags = new WeakMap<ArmResource, NetworkTag>();

export function networkTag(r: ArmResource): NetworkTag {
  let tag = tags.get(r);
  if (!tag) tags.set(r, (tag = { etag: `W/"${newGuid()}"`, guid: newGuid() }));
  return tag;
}

/** A successful PUT: the resource is another version of itself. */
export function renewEtag(r: ArmResource): void {
  networkTag(r).etag = `W/"${newGuid()}"`;
}

function header(req: ArmRequest, name: string): string[] | undefined {
  const value = req.headers[name];
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value.join(',') : value).split(',').map((v) => v.trim());
}

const opaque = (etag: string): string => etag.replace(/^W\//, '');

function matches(listed: string[], etag: string): boolean {
  return listed.some((v) => v === '*' || opaque(v) === opaque(etag));
}

function preconditionFailed(code: string, message: string): ArmError {
  return new ArmError(412, 'PreconditionFailed', 'Precondition failed.', {}, [{ code, message }]);
}

/** Refuses a PUT or DELETE whose If-Match or If-None-Match does not hold for `r` as it is. */
export function checkPreconditions(req: ArmRequest, r: ArmResource | undefined): void {
  if (!r) return;
  const { etag } = networkTag(r);
  const ifMatch = header(req, 'if-match');
  const ifNoneMatch = header(req, 'if-none-match');
  if (ifMatch && !matches(ifMatch, etag)) {
    throw preconditionFailed(
      'PreconditionFailedEtagMismatch',
      `Etag provided in if-match header ${ifMatch.join(',')} does not match etag ${etag} of resource ${r.id} in NRP data store.`,
    );
  }
  if (ifNoneMatch && matches(ifNoneMatch, etag)) {
    throw preconditionFailed(
      'PreconditionFailedEtagMatch',
      `Etag provided in if-none-match header ${ifNoneMatch.join(',')} matches etag ${etag} of resource ${r.id}.`,
    );
  }
}
