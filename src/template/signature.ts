import { PyError } from './errors.js';
import type { Args, Value } from './values.js';

/**
 * Binds a call's arguments to Python parameter names as Python would, raising Python's
 * TypeError for too many, unknown or repeated arguments. Unpassed parameters are absent.
 */
export function signature(
  name: string,
  params: string[],
  required = 0,
): (args: Args) => Partial<Record<string, Value>> {
  return ({ args, kwargs }) => {
    if (args.length > params.length) {
      throw new PyError(
        'TypeError',
        `${name}() takes at most ${params.length + 1} positional arguments (${args.length + 1} given)`,
      );
    }
    const bound = Object.create(null) as Partial<Record<string, Value>>;
    args.forEach((arg, i) => (bound[params[i]!] = arg));
    for (const [key, value] of kwargs) {
      if (!params.includes(key)) {
        throw new PyError('TypeError', `${name}() got an unexpected keyword argument '${key}'`);
      }
      if (Object.hasOwn(bound, key))
        throw new PyError('TypeError', `${name}() got multiple values for argument '${key}'`);
      bound[key] = value;
    }
    const missing = params.slice(0, required).find((p) => !Object.hasOwn(bound, p));
    if (missing)
      throw new PyError('TypeError', `${name}() missing required argument: '${missing}'`);
    return bound;
  };
}
