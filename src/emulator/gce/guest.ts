import type { GceContext, Route } from './context.js';
import { constraintViolated, GceError } from './errors.js';
import { projectNumber } from './ids.js';
import { findInstance } from './instances.js';
import { instancePath } from './links.js';

/** The organization policy that turns guest attributes off for every VM under it. */
const GUEST_ATTRIBUTES_CONSTRAINT = 'compute.disableGuestAttributesAccess';

/**
 * Nothing stored under what was asked: "The resource 'hostkeys/' of type 'Guest Attribute'
 * was not found." (the text gcloud's own `compute ssh` matches on).
 */
function attributeNotFound(path: string): GceError {
  return new GceError(
    404,
    'notFound',
    `The resource '${path}' of type 'Guest Attribute' was not found.`,
  );
}

/**
 * `instances.getGuestAttributes`: what the guest wrote through its metadata server, by
 * `queryPath` (`namespace/` or `namespace/key`) or `variableKey` (`namespace/key`). Under the
 * organization policy nothing can be read (nor written): 412.
 */
export function guestRoutes(ctx: GceContext): Route[] {
  return [
    {
      method: 'GET',
      path: 'projects/:project/zones/:zone/instances/:instance/getGuestAttributes',
      handle: (req) => {
        const inst = findInstance(ctx, req);
        const path = instancePath(inst.project, inst.zone, inst.name);
        if (ctx.hazards().gce.guestAttributesDisabledByPolicy) {
          throw constraintViolated(GUEST_ATTRIBUTES_CONSTRAINT, projectNumber(inst.project));
        }
        if (!ctx.state.guestAttributesEnabled(inst)) {
          throw new GceError(
            400,
            'badRequest',
            `Guest attributes are disabled for '${path}': set the metadata key 'enable-guest-attributes' to TRUE.`,
          );
        }
        const selfLink = ctx.links.url(`${path}/guestAttributes`);
        const variableKey = req.query.get('variableKey');
        if (variableKey) {
          const value = inst.guestAttributes.get(variableKey);
          if (value === undefined) throw attributeNotFound(variableKey);
          return { kind: 'compute#guestAttributes', selfLink, variableKey, variableValue: value };
        }
        const queryPath = req.query.get('queryPath') ?? '';
        const prefix = queryPath.replace(/^\//, '');
        const items = [...inst.guestAttributes]
          .filter(([k]) =>
            prefix.endsWith('/') || prefix === '' ? k.startsWith(prefix) : k === prefix,
          )
          .map(([k, value]) => {
            const [namespace, ...key] = k.split('/');
            return { namespace, key: key.join('/'), value };
          });
        if (items.length === 0) throw attributeNotFound(queryPath);
        return { kind: 'compute#guestAttributes', selfLink, queryPath, queryValue: { items } };
      },
    },
  ];
}
