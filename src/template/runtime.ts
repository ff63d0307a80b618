import nunjucks from 'nunjucks';
import { pythonSlice, pythonStr } from './python.js';

/** The parts of nunjucks' runtime module that compiled templates call and we replace. */
export interface Runtime {
  memberLookup(obj: unknown, key: unknown, ...slice: unknown[]): unknown;
  ensureDefined(value: unknown, lineno: number, colno: number): unknown;
}

/** A value could not be printed; `lineno`/`colno` (1-based) are where its `{{` is. */
export class OutputError extends Error {
  override name = 'OutputError';
  constructor(
    message: string,
    readonly lineno: number,
    readonly colno: number,
    readonly undefinedValue: boolean,
  ) {
    super(message);
  }
}

// installJinjaCompat() replaces memberLookup on this shared object, so read it at call time.
const shared = (nunjucks as unknown as { runtime: Runtime }).runtime;

function isSequence(value: unknown): value is string | unknown[] {
  return typeof value === 'string' || Array.isArray(value);
}

/**
 * nunjucks' runtime with Jinja2's output: every `{{ }}` passes through `ensureDefined` (because
 * `throwOnUndefined` is on), which here prints the value as Python's `str()` would (`None`,
 * `True`, `1e-05`) and fails on an undefined value with its position. Lookups gain Python's
 * negative indexes and slices.
 */
export const jinjaRuntime: Runtime = Object.create(shared, {
  ensureDefined: {
    value(value: unknown, lineno: number, colno: number): string {
      if (value === undefined)
        throw new OutputError('undefined value', lineno + 1, colno + 1, true);
      try {
        return pythonStr(value);
      } catch (err) {
        throw new OutputError((err as Error).message, lineno + 1, colno + 1, false);
      }
    },
  },
  memberLookup: {
    value(obj: unknown, key: unknown, ...slice: unknown[]): unknown {
      if (slice.length === 2 && isSequence(obj)) {
        const [stop, step] = slice as [number | null, number | null];
        const picked = pythonSlice([...obj], key as number | null, stop, step);
        return typeof obj === 'string' ? picked.join('') : picked;
      }
      if (typeof key === 'number' && key < 0 && isSequence(obj)) {
        const seq = [...obj];
        return seq[key + seq.length];
      }
      return shared.memberLookup(obj, key, ...slice);
    },
  },
});
