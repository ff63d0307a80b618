// Types of web-globals.mjs, for the tests.
export const GCE_PACKAGES: string[];
export const BOUND: Record<string, string>;
export const FETCH_GLOBALS: string[];
export function globalReads(program: unknown, names: string[]): Map<string, number[]>;
export function bindGlobals(
  file: string,
  text: string,
  bound?: Record<string, string>,
): Promise<string | undefined>;
export function stageBoundGlobals(
  nodeModules: string,
  stage: string,
): Promise<Map<string, string[]>>;
