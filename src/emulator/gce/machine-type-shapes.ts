import { CUSTOM, machineTypeProblem, PREDEFINED, X4 } from '../../naming/gce-machine-types.js';

export interface MachineShape {
  guestCpus: number;
  memoryMb: number;
  isSharedCpu: boolean;
  architecture: 'X86_64' | 'ARM64';
}

/**
 * The shared-core types' vCPUs and memory, from
 * https://cloud.google.com/compute/docs/general-purpose-machines (E2 shared-core, N1 shared-core).
 */
const SHARED_CORE: Record<string, [number, number]> = {
  'e2-micro': [2, 1024],
  'e2-small': [2, 2048],
  'e2-medium': [2, 4096],
  'f1-micro': [1, 614],
  'g1-small': [1, 1740],
};

/**
 * GB of memory per vCPU by machine class, as https://cloud.google.com/compute/docs/machine-resource
 * gives them for most series (standard 4, highmem 8, highcpu 1); the memory-optimized classes
 * take the M1/M2 ratios, approximately. Series whose ratios differ, from the series' pages.
 */
const GB_PER_VCPU: Record<string, number> = {
  standard: 4,
  highmem: 8,
  highcpu: 1,
  ultramem: 24,
  megamem: 15,
  hypermem: 21,
  highlssd: 8,
  standardlssd: 4,
};
const SERIES_GB_PER_VCPU: Record<string, Record<string, number>> = {
  n1: { standard: 3.75, highmem: 6.5, highcpu: 0.9 },
  c2d: { highcpu: 2 },
  c3: { highcpu: 2 },
  c3d: { highcpu: 2 },
  c4: { highcpu: 2 },
  c4a: { highcpu: 2 },
  c4d: { highcpu: 2 },
  n4: { highcpu: 2 },
};

/**
 * Accelerator-optimized types count GPUs, not vCPUs (`a2-highgpu-2g`): vCPUs and GB per GPU of
 * https://cloud.google.com/compute/docs/accelerator-optimized-machines (A2, and A3 for edgegpu),
 * applied to every series as the emulator's approximation.
 */
const PER_GPU: Record<string, [number, number]> = {
  highgpu: [12, 85],
  megagpu: [6, 85],
  ultragpu: [12, 170],
  edgegpu: [26, 234],
};

/** Arm series (https://cloud.google.com/compute/docs/instances/arm-on-compute). */
const ARM_SERIES = new Set(['t2a', 'c4a', 'n4a']);

/** vCPUs and memory of a machine type named as GCE names them, or undefined if there is none. */
export function machineShape(name: string): MachineShape | undefined {
  if (machineTypeProblem(name) !== undefined) return undefined;
  const shared = SHARED_CORE[name];
  if (shared) {
    return { guestCpus: shared[0], memoryMb: shared[1], isSharedCpu: true, architecture: 'X86_64' };
  }
  const arch = (series: string | undefined) => (ARM_SERIES.has(series ?? '') ? 'ARM64' : 'X86_64');
  const custom = CUSTOM.exec(name);
  if (custom) {
    // E2's shared-core custom types (micro, small, medium) have 2 vCPUs sharing a core.
    const shared = !/^\d+$/.test(custom[2]!);
    return {
      guestCpus: shared ? 2 : Number(custom[2]),
      memoryMb: Number(custom[3]),
      isSharedCpu: shared,
      architecture: arch(custom[1]),
    };
  }
  const x4 = X4.exec(name);
  if (x4) {
    // X4: 960 to 1,920 vCPUs with 16 to 32 TB, about 17 GB a vCPU (the emulator's rounding).
    const n = Number(x4[1]);
    return { guestCpus: n, memoryMb: n * 17 * 1024, isSharedCpu: false, architecture: 'X86_64' };
  }
  const [, series, cls, count, gpus] = PREDEFINED.exec(name)!;
  const n = Number(count);
  const perGpu = gpus ? PER_GPU[cls!] : undefined;
  if (perGpu) {
    return {
      guestCpus: n * perGpu[0],
      memoryMb: n * perGpu[1] * 1024,
      isSharedCpu: false,
      architecture: arch(series),
    };
  }
  const gb = SERIES_GB_PER_VCPU[series!]?.[cls!] ?? GB_PER_VCPU[cls!] ?? 4;
  return {
    guestCpus: n,
    memoryMb: Math.floor(n * gb * 1024),
    isSharedCpu: false,
    architecture: arch(series),
  };
}
