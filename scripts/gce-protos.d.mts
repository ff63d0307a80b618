// Types of gce-protos.mjs, for the tests.
export const PROTOS_REQUEST: string;
export const PROTOS_FILE: string;
export interface ProtosJson {
  nested?: Record<string, ProtosJson & Record<string, unknown>>;
  [key: string]: unknown;
}
export function servicesUsed(libDir?: string): string[];
export function trimProtos(
  json: ProtosJson,
  services: string[],
  called?: Set<string>,
): { json: ProtosJson; kept: number; of: number; outside: string[] };
export function gceProtos(libDir?: string): {
  text: string;
  services: string[];
  kept: number;
  of: number;
};
export function methodsCalled(libDir?: string): Set<string>;
