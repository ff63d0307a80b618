import { checkGceName } from './gce.js';

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
  'a2',
  'a3',
  'a4',
  'a4x',
  'c2',
  'c2d',
  'c3',
  'c3d',
  'c4',
  'c4a',
  'c4d',
  'e2',
  'g2',
  'g4',
  'h3',
  'h4d',
  'm1',
  'm2',
  'm3',
  'm4',
  'n1',
  'n2',
  'n2d',
  'n4',
  'n4a',
  'n4d',
  't2a',
  't2d',
  'x4',
  'z3',
]);
const CLASSES = new Set([
  'standard',
  'highmem',
  'highcpu',
  'ultramem',
  'megamem',
  'hypermem',
  'highgpu',
  'megagpu',
  'ultragpu',
  'edgegpu',
  'highlssd',
  'standardlssd',
]);
const SHARED_CORE = new Set(['e2-micro', 'e2-small', 'e2-medium', 'f1-micro', 'g1-small']);
/**
 * `SERIES-CLASS-VCPUS`, the count followed by `g` for GPU types (`a2-highgpu-1g`) and by a
 * suffix for local SSD or bare metal (`-lssd`, `-nolssd`, `-metal`, Z3's `-highlssd` and
 * `-standardlssd`); captures series, class, count and the GPU mark.
 */
export const PREDEFINED =
  /^([a-z0-9]+)-([a-z]+)-(\d+)(g?)(?:-(?:lssd|nolssd|metal|highlssd|standardlssd))?$/;
/** X4 bare metal types name no class: `x4-960-metal`. */
export const X4 = /^x4-(\d+)-metal$/;
/** `custom-VCPUS-MEMORY`, E2's shared-core `e2-custom-micro-2048` too; captures series, vCPUs, memory. */
export const CUSTOM = /^(?:([a-z0-9]+)-)?custom-(\d+|micro|small|medium)-(\d+)(?:-ext)?$/;

/** Why `name` is not a machine type GCE has, or undefined when it may be one. */
export function machineTypeProblem(name: string): string | undefined {
  if (SHARED_CORE.has(name)) return undefined;
  const custom = CUSTOM.exec(name);
  if (custom) {
    return custom[1] === undefined || SERIES.has(custom[1])
      ? undefined
      : `there is no machine series "${custom[1]}"`;
  }
  if (X4.test(name)) return undefined;
  const m = PREDEFINED.exec(name);
  if (!m)
    return 'a machine type is SERIES-CLASS-VCPUS (n2-standard-4), shared-core (e2-small) or custom (custom-4-8192)';
  if (!SERIES.has(m[1]!)) return `there is no machine series "${m[1]}"`;
  if (!CLASSES.has(m[2]!)) return `there is no machine class "${m[2]}"`;
  if (Number(m[3]) === 0) return 'a machine type has at least one vCPU';
  return undefined;
}

/** The config's check: the problem with the machine type `name`, for the user. */
export function checkMachineType(name: string): string | undefined {
  const badName = checkGceName(name, 'machine type');
  if (badName) return badName;
  const problem = machineTypeProblem(name);
  return problem && `"${name}" is not a GCE machine type: ${problem}`;
}
