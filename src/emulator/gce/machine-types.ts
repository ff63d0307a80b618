import { invalidField } from './errors.js';

/**
 * Which machine types exist, by their shape: the machine families and series of
 * https://cloud.google.com/compute/docs/machine-resource (general-purpose, compute-, memory-,
 * storage- and accelerator-optimized), their types named `SERIES-CLASS-VCPUS[-SUFFIX]`
 * (`n2-standard-4`, `c3-standard-88-lssd`, `a2-highgpu-1g`, `c3-standard-192-metal`), the
 * shared-core types, and custom types (`custom-2-4096`, `n2-custom-4-8192-ext`). The vCPU
 * counts each series offers are not checked: a wrong count passes here where GCE refuses it,
 * a misspelt series or class does not.
 */
const SERIES = new Set([
  'a2', 'a3', 'a4', 'a4x', 'c2', 'c2d', 'c3', 'c3d', 'c4', 'c4a', 'c4d', 'e2', 'g2', 'g4',
  'h3', 'h4d', 'm1', 'm2', 'm3', 'm4', 'n1', 'n2', 'n2d', 'n4', 'n4a', 'n4d', 't2a', 't2d',
  'x4', 'z3',
]);
const CLASSES = new Set([
  'standard', 'highmem', 'highcpu', 'ultramem', 'megamem', 'hypermem', 'highgpu', 'megagpu',
  'ultragpu', 'edgegpu', 'highlssd', 'standardlssd',
]);
const SHARED_CORE = new Set(['e2-micro', 'e2-small', 'e2-medium', 'f1-micro', 'g1-small']);
const PREDEFINED = /^([a-z0-9]+)-([a-z]+)-(\d+)g?(?:-(?:lssd|nolssd|metal))?$/;
const CUSTOM = /^(?:([a-z0-9]+)-)?custom-\d+-\d+(?:-ext)?$/;

export function machineTypeExists(name: string): boolean {
  if (SHARED_CORE.has(name)) return true;
  const custom = CUSTOM.exec(name);
  if (custom) return custom[1] === undefined || SERIES.has(custom[1]);
  const m = PREDEFINED.exec(name);
  return m !== null && SERIES.has(m[1]!) && CLASSES.has(m[2]!) && Number(m[3]) > 0;
}

/**
 * An insert's machine type, refused as GCE refuses one that does not exist: "Invalid value for
 * field 'resource.machineType': 'zones/us-central1-a/machineTypes/n1-standard-99'. Machine type
 * with name 'n1-standard-99' does not exist in zone 'us-central1-a'." (400 invalid, as
 * Terraform users quote it).
 */
export function checkMachineType(given: string, zone: string): string {
  const path = given.includes('/') ? given : `zones/${zone}/machineTypes/${given}`;
  const name = path.split('/').pop() ?? '';
  if (!machineTypeExists(name)) {
    throw invalidField(
      'resource.machineType',
      given,
      `Machine type with name '${name}' does not exist in zone '${zone}'.`,
    );
  }
  return path;
}
