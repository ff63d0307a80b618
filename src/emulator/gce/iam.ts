import type { GceContext, GceRequest, Route } from './context.js';
import { GceError, invalidField } from './errors.js';
import { fingerprint } from './ids.js';
import { findImage } from './images.js';
import type { Binding, IamPolicy, ImageRecord } from './state.js';

/**
 * Changes another writer makes to an image's policy just before our next setIamPolicy lands
 * (after we read it): the race read-modify-write must survive without losing either change.
 */
const races = new WeakMap<ImageRecord, Binding[]>();

/** The next setIamPolicy of `image` finds these bindings added (and the etag moved) first. */
export function raceIamPolicy(image: ImageRecord, bindings: Binding[]): void {
  races.set(image, [...(races.get(image) ?? []), ...bindings]);
}

function mergeBindings(policy: IamPolicy, added: Binding[]): IamPolicy {
  const bindings = policy.bindings.map((b) => ({ ...b, members: [...b.members] }));
  for (const a of added) {
    const same = bindings.find((b) => b.role === a.role);
    if (same) same.members = [...new Set([...same.members, ...a.members])];
    else bindings.push({ role: a.role, members: [...a.members] });
  }
  return { ...policy, bindings, etag: fingerprint([policy.etag, bindings, 'race']) };
}

export function imagePolicy(image: ImageRecord): IamPolicy {
  return structuredClone(image.policy);
}

/** Members IAM accepts, by prefix (`user:a@b.c`) or exactly (`allUsers`). */
const MEMBER =
  /^(user|serviceAccount|group|domain|deleted:user|deleted:serviceAccount|deleted:group):.+|^(allUsers|allAuthenticatedUsers)$|^principal(Set)?:\/\/.+/;

function policyJson(policy: IamPolicy): Record<string, unknown> {
  const json: Record<string, unknown> = { version: policy.version, etag: policy.etag };
  if (policy.bindings.length > 0) json.bindings = policy.bindings;
  return json;
}

function parseBindings(value: unknown): Binding[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw invalidField('policy.bindings', value, 'Bindings must be a list.');
  return value
    .map((b: unknown, i): Binding => {
      const { role, members } = (b ?? {}) as { role?: unknown; members?: unknown };
      if (
        typeof role !== 'string' ||
        !/^(roles|projects\/[^/]+\/roles|organizations\/[^/]+\/roles)\//.test(role)
      ) {
        throw invalidField(
          `policy.bindings[${i}].role`,
          role,
          'Roles look like roles/compute.imageUser.',
        );
      }
      const list = Array.isArray(members) ? members : [];
      for (const m of list) {
        if (typeof m !== 'string' || !MEMBER.test(m)) {
          throw invalidField(
            `policy.bindings[${i}].members`,
            m,
            'Members look like user:someone@example.com.',
          );
        }
        if (m === 'allUsers' && role === 'roles/compute.imageUser') {
          throw new GceError(400, 'invalid', `Role ${role} cannot be granted to allUsers.`);
        }
      }
      return { role, members: [...new Set(list as string[])] };
    })
    .filter((b) => b.members.length > 0);
}

function setPolicy(ctx: GceContext, req: GceRequest): unknown {
  const img = findImage(ctx, req.params.project!, req.params.image!);
  const race = races.get(img);
  if (race) {
    races.delete(img);
    img.policy = mergeBindings(img.policy, race);
    ctx.log(`gce: another writer changed the IAM policy of image ${img.name}`);
  }
  const body = req.body as { policy?: Record<string, unknown>; bindings?: unknown; etag?: unknown };
  const policy = body.policy ?? { bindings: body.bindings, etag: body.etag };
  // Read-modify-write: a policy read before someone else's change must not overwrite it.
  if (typeof policy.etag === 'string' && policy.etag !== '' && policy.etag !== img.policy.etag) {
    throw new GceError(
      412,
      'conditionNotMet',
      'Precondition Failed: the etag does not match the current policy. There were concurrent policy changes; read the policy again and retry.',
    );
  }
  const bindings = parseBindings(policy.bindings);
  const version = typeof policy.version === 'number' ? policy.version : 1;
  img.policy = { version, bindings, etag: fingerprint([img.policy.etag, bindings, Date.now()]) };
  return policyJson(img.policy);
}

export function iamRoutes(ctx: GceContext): Route[] {
  const base = 'projects/:project/global/images/:image';
  return [
    {
      method: 'GET',
      path: `${base}/getIamPolicy`,
      handle: (req) => policyJson(findImage(ctx, req.params.project!, req.params.image!).policy),
    },
    { method: 'POST', path: `${base}/setIamPolicy`, handle: (req) => setPolicy(ctx, req) },
  ];
}
