import type { GceContext, Route } from './context.js';
import { GceError, notFound } from './errors.js';
import { findInstance } from './instances.js';
import { instancePath } from './links.js';

/**
 * `instances.getGuestAttributes`: what the guest wrote through its metadata server, by
 * `queryPath` (`namespace/` or `namespace/key`) or `variableKey` (`namespace/key`).
 */
export function guestRoutes(ctx: GceContext): Route[] {
  return [
    {
      method: 'GET',
      path: 'projects/:project/zones/:zone/instances/:instance/getGuestAttributes',
      handle: (req) => {
        const inst = findInstance(ctx, req);
        const path = instancePath(inst.project, inst.zone, inst.name);
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
          if (value === undefined) throw notFound(`${path}/guestAttributes/${variableKey}`);
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
        if (items.length === 0) throw notFound(`${path}/guestAttributes/${queryPath}`);
        return { kind: 'compute#guestAttributes', selfLink, queryPath, queryValue: { items } };
      },
    },
  ];
}
