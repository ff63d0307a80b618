import { createHash } from 'node:crypto';
import type { GceContext, GceRequest, Route } from './context.js';
import { GceError, invalidField } from './errors.js';
import { fingerprint, sameFingerprint } from './ids.js';
import { findImage, ownImage } from './images.js';
import type { Binding, Condition, IamPolicy, ImageRecord } from './state.js';

/*
 * Sources quoted below:
 * [Policy]: Compute v1 Policy, Binding and Expr, the body of images.setIamPolicy,
 *   https://cloud.google.com/compute/docs/reference/rest/v1/images/setIamPolicy
 * [GetPolicyOptions]: what Compute's `optionsRequestedPolicyVersion` carries,
 *   https://cloud.google.com/java/docs/reference/proto-google-iam-v1/latest/com.google.iam.v1.GetPolicyOptionsOrBuilder
 */

/**
 * Changes another writer makes to an image's policy just before our next setIamPolicy lands
 * (after we read it): the race read-modify-write must survive without losing either change.
 */
const races = new WeakMap<ImageRecord, Binding[]>();

/** The next setIamPolicy of `image` finds these bindings added (and the etag moved) first. */
export function raceIamPolicy(image: ImageRecord, bindings: Binding[]): void {
  races.set(image, [...(races.get(image) ?? []), ...bindings]);
}

const hasConditions = (bindings: Binding[]): boolean => bindings.some((b) => b.condition);

function mergeBindings(policy: IamPolicy, added: Binding[]): IamPolicy {
  const bindings: Binding[] = structuredClone(policy.bindings);
  for (const a of added) {
    const same = bindings.find((b) => b.role === a.role && !b.condition);
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

/**
 * "Valid values are 0, 1, and 3. Requests that specify an invalid value are rejected."
 * (Policy.version [Policy]; requestedPolicyVersion [GetPolicyOptions]).
 */
const VERSIONS = new Set([0, 1, 3]);

/**
 * A conditional binding as a version 1 policy shows it: "In an allow policy that uses version
 * 1, some role bindings might contain the string withcond in a role name, followed by a hash
 * value ... Version 1 allow policies don't show these conditions."
 * (https://cloud.google.com/iam/docs/troubleshooting-withcond)
 */
function withoutCondition(b: Binding): Binding {
  if (!b.condition) return b;
  const hash = createHash('sha256').update(JSON.stringify(b.condition)).digest('hex');
  return { role: `${b.role}_withcond_${hash.slice(0, 20)}`, members: b.members };
}

/**
 * The policy formatted at the caller's `requested` version: "The policy in the response might
 * use the policy version that you specified, or it might use a lower policy version. For
 * example, if you specify version 3, but the policy has no conditional role bindings, the
 * response uses version 1." [GetPolicyOptions]
 */
function policyJson(policy: IamPolicy, requested: number): Record<string, unknown> {
  const full = requested === 3 && hasConditions(policy.bindings);
  const json: Record<string, unknown> = { version: full ? 3 : 1, etag: policy.etag };
  if (policy.bindings.length > 0) {
    json.bindings = full ? policy.bindings : policy.bindings.map(withoutCondition);
  }
  return json;
}

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * A binding's condition, kept as given: "Textual representation of an expression in Common
 * Expression Language syntax" (Expr [Policy]). IAM Conditions take a title and
 * an expression, the description optional (https://cloud.google.com/iam/docs/conditions-overview;
 * Pulumi's IAMBindingCondition marks `title` and `expression` required).
 */
function parseCondition(value: unknown, field: string): Condition | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw invalidField(field, value, 'A condition has a title and an expression.');
  }
  const { title, description, expression, location } = value as Record<string, unknown>;
  if (!text(expression)) {
    throw invalidField(`${field}.expression`, expression, 'A condition needs a CEL expression.');
  }
  if (!text(title)) throw invalidField(`${field}.title`, title, 'A condition needs a title.');
  const condition: Condition = { title, expression };
  if (typeof description === 'string' && description !== '') condition.description = description;
  if (typeof location === 'string' && location !== '') condition.location = location;
  return condition;
}

function parseRole(role: unknown, i: number): string {
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
  return role;
}

function parseMembers(members: unknown, role: string, i: number): string[] {
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
  return [...new Set(list as string[])];
}

/**
 * Bindings as given. A role may appear in several bindings when their conditions differ: "a
 * different role binding might grant the same role to one or more of the principals in this
 * binding" (Binding.condition [Policy]).
 */
function parseBindings(value: unknown): Binding[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw invalidField('policy.bindings', value, 'Bindings must be a list.');
  return value
    .map((b: unknown, i): Binding => {
      const raw = (b ?? {}) as { role?: unknown; members?: unknown; condition?: unknown };
      const role = parseRole(raw.role, i);
      const members = parseMembers(raw.members, role, i);
      const condition = parseCondition(raw.condition, `policy.bindings[${i}].condition`);
      return condition ? { role, members, condition } : { role, members };
    })
    .filter((b) => b.members.length > 0);
}

function parseVersion(value: unknown, field: string): number {
  if (value === undefined || value === null || value === '') return 0;
  const version = typeof value === 'string' ? Number(value) : value;
  if (typeof version !== 'number' || !VERSIONS.has(version)) {
    throw invalidField(field, value, 'Valid policy versions are 0, 1 and 3.');
  }
  return version;
}

/**
 * "Any operation that affects conditional role bindings must specify version 3. This
 * requirement applies to ... Adding a conditional role binding to a policy; Changing a
 * conditional role binding in a policy; Removing any role binding, with or without a
 * condition, from a policy that includes conditions. Important: If you use IAM Conditions, you
 * must include the etag field whenever you call setIamPolicy. If you omit this field, then IAM
 * allows you to overwrite a version 3 policy with a version 1 policy, and all of the conditions
 * in the version 3 policy are lost." (Policy.version [Policy])
 */
function checkVersion(version: number, bindings: Binding[], held: IamPolicy, etag: boolean) {
  if (version === 3) return;
  if (hasConditions(bindings)) {
    throw invalidField(
      'policy.version',
      version,
      'A policy with conditional role bindings must be set with version 3.',
    );
  }
  if (etag && hasConditions(held.bindings)) {
    throw invalidField(
      'policy.version',
      version,
      'The policy has conditional role bindings: read and set it with version 3.',
    );
  }
}

function setPolicy(ctx: GceContext, req: GceRequest): unknown {
  const img = ownImage(ctx, req.params.project!, req.params.image!, 'setIamPolicy');
  const race = races.get(img);
  if (race) {
    races.delete(img);
    img.policy = mergeBindings(img.policy, race);
    ctx.log(`gce: another writer changed the IAM policy of image ${img.name}`);
  }
  const body = req.body as { policy?: Record<string, unknown>; bindings?: unknown; etag?: unknown };
  const policy = body.policy ?? { bindings: body.bindings, etag: body.etag };
  const etag = typeof policy.etag === 'string' && policy.etag !== '';
  // Read-modify-write: a policy read before someone else's change must not overwrite it.
  if (etag && !sameFingerprint(policy.etag, img.policy.etag)) {
    throw new GceError(
      412,
      'conditionNotMet',
      'Precondition Failed: the etag does not match the current policy. There were concurrent policy changes; read the policy again and retry.',
    );
  }
  const version = parseVersion(policy.version, 'policy.version');
  const bindings = parseBindings(policy.bindings);
  checkVersion(version, bindings, img.policy, etag);
  if (hasConditions(img.policy.bindings) && !hasConditions(bindings)) {
    ctx.log(`gce: setIamPolicy of image ${img.name} dropped its conditional role bindings`);
  }
  img.policy = {
    version: hasConditions(bindings) ? 3 : 1,
    bindings,
    etag: fingerprint([img.policy.etag, bindings, Date.now()]),
  };
  return policyJson(img.policy, version);
}

function getPolicy(ctx: GceContext, req: GceRequest): unknown {
  const img = findImage(ctx, req.params.project!, req.params.image!);
  const requested = parseVersion(
    req.query.get('optionsRequestedPolicyVersion') ?? undefined,
    'optionsRequestedPolicyVersion',
  );
  return policyJson(img.policy, requested);
}

export function iamRoutes(ctx: GceContext): Route[] {
  const base = 'projects/:project/global/images/:image';
  return [
    { method: 'GET', path: `${base}/getIamPolicy`, handle: (req) => getPolicy(ctx, req) },
    { method: 'POST', path: `${base}/setIamPolicy`, handle: (req) => setPolicy(ctx, req) },
  ];
}
