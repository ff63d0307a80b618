import type { ArmContext } from './context.js';
import { ArmError } from './errors.js';
import { idKey } from './ids.js';
import type { ArmResource } from './state.js';

/** Every `{ "id": ... }` inside a value, with the path of property names leading to it. */
function idsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) idsIn(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') out.push(v);
      else idsIn(v, out);
    }
  }
  return out;
}

export interface Reference {
  /** The resource holding the reference. */
  by: ArmResource;
  /** The id it refers to: `target` itself or something below it (a subnet of a vnet). */
  id: string;
}

/** Who refers to `target` (or to something inside it) by id: what keeps it from being deleted. */
export function referencesTo(ctx: ArmContext, target: ArmResource): Reference[] {
  const own = idKey(target.id);
  const refs: Reference[] = [];
  for (const r of ctx.state.resources.values()) {
    if (r === target) continue;
    for (const id of idsIn(r.properties)) {
      const k = idKey(id);
      if (k === own || k.startsWith(`${own}/`)) refs.push({ by: r, id });
    }
  }
  return refs;
}

/** The network provider's refusal of a reference to something missing or in another region. */
export function invalidReference(id: unknown, by: string): ArmError {
  return new ArmError(
    400,
    'InvalidResourceReference',
    `Resource ${String(id)} referenced by resource ${by} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.`,
  );
}

/** The live resource a request refers to by id, of the expected type and in the same region. */
export function resolveReference(
  ctx: ArmContext,
  id: unknown,
  type: string,
  by: string,
  location: string,
): ArmResource {
  const r = typeof id === 'string' ? ctx.state.get(id) : undefined;
  if (!r || r.deleting || r.type.toLowerCase() !== type.toLowerCase() || r.location !== location) {
    throw invalidReference(id, by);
  }
  return r;
}
