// Types of gce-protos.mjs, for the tests.
export const PROTOS_REQUEST: string;
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
export interface ClientProtos {
  client: string;
  request: string;
  file: string;
}
export function clientProtos(service: string): ClientProtos;
export function gceProtos(libDir?: string): {
  files: (ClientProtos & { service: string; text: string; kept: number })[];
  services: string[];
  of: number;
};
export function stageClientProtos(packageDir: string, files: ClientProtos[]): void;
export function methodsCalled(libDir?: string): Set<string>;
