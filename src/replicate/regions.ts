import { ConfigError } from '../config/errors.js';
import { isMapping } from '../config/merge.js';
import { Problems, describe, type Path } from '../config/problems.js';
import { Section } from '../config/section.js';
import { parseYaml } from '../config/yaml.js';
import type { StorageAccountType, TargetRegion } from '../config/types.js';
import { canonicalRegion, checkRegion } from '../naming/azure.js';

export const STORAGE_ACCOUNT_TYPES = ['Standard_LRS', 'Standard_ZRS', 'Premium_LRS'] as const;
export const MAX_REPLICAS = 100;
const DEFAULT_STORAGE: StorageAccountType = 'Standard_LRS';
const KEYS = ['name', 'replicas', 'storage-account-type'];
const PAIR = /^([^=]+?)(?:\s*=\s*(\d+))?$/;

/**
 * The list at `section.key`: each item a region name (one replica, Standard_LRS) or a mapping
 * `{ name, replicas, storage-account-type }`. Undefined when any item is wrong, or a region
 * is listed twice (a problem at the item says which).
 */
export function readTargetRegions(section: Section, key: string): TargetRegion[] | undefined {
  const list = section.value(key);
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) {
    section.problem(key, `must be a list of regions (got ${describe(list)})`);
    return undefined;
  }
  const path = [...section.path, key];
  if (list.length === 0) {
    section.problem(key, 'must name at least one region');
    return undefined;
  }
  const regions = list.map((item: unknown, i) => readRegion(section.problems, [...path, i], item));
  return checkDuplicates(section.problems, path, regions);
}

/**
 * A CLI flag or action input naming regions: `eastus=3,westus2=2` (a region alone gets one
 * replica) or a YAML list as in worker-image.yml. Throws a ConfigError whose fields start with
 * `input`, e.g. `target-regions[1].replicas`.
 */
export function parseTargetRegions(text: string, input: string): TargetRegion[] {
  const problems = new Problems();
  const parsed = parseYaml(text);
  let regions: TargetRegion[] | undefined;
  if (text.trim() === '') {
    problems.add([input], 'must name at least one region');
  } else if (parsed.errors.length > 0) {
    problems.add([input], `is not valid YAML: ${parsed.errors.map((e) => e.message).join('; ')}`);
  } else if (typeof parsed.raw === 'string') {
    regions = readPairs(problems, input, parsed.raw);
  } else if (Array.isArray(parsed.raw)) {
    const root = Section.open(problems, [], { [input]: parsed.raw }, [input]);
    regions = root && readTargetRegions(root, input);
  } else {
    problems.add(
      [input],
      `must be region=replicas pairs such as "eastus=3,westus2=2", or a YAML list of regions (got ${describe(parsed.raw)})`,
    );
  }
  const [first, ...rest] = problems.list;
  if (first) throw new ConfigError([first, ...rest]);
  if (!regions)
    throw new Error(`internal: no regions read from ${input} although no problem was found`);
  return regions;
}

function readPairs(problems: Problems, input: string, text: string): TargetRegion[] | undefined {
  const pairs = text.split(',').map((p) => p.trim());
  const regions = pairs.map((pair, i): TargetRegion | undefined => {
    const m = PAIR.exec(pair);
    const [name, replicas] = [m?.[1] ?? '', Number(m?.[2] ?? 1)];
    const problem = !m
      ? `"${pair}" must be region=replicas such as eastus=3, or a region alone for one replica`
      : (checkRegion(name) ?? checkReplicas(replicas, m[2]));
    if (problem) {
      problems.add([input, i], problem);
      return undefined;
    }
    return { name, replicas, storageAccountType: DEFAULT_STORAGE };
  });
  return checkDuplicates(problems, [input], regions);
}

function readRegion(problems: Problems, path: Path, item: unknown): TargetRegion | undefined {
  if (typeof item === 'string') {
    const problem = checkRegion(item);
    if (problem) problems.add(path, problem);
    return problem ? undefined : { name: item, replicas: 1, storageAccountType: DEFAULT_STORAGE };
  }
  if (!isMapping(item)) {
    problems.add(
      path,
      `must be a region name or a mapping with name, replicas and storage-account-type (got ${describe(item)})`,
    );
    return undefined;
  }
  const before = problems.list.length;
  const region = Section.open(problems, path, item, KEYS);
  const name = region?.required('name', checkRegion);
  const replicas = region?.integer('replicas', 1, MAX_REPLICAS);
  const storage = region?.oneOf('storage-account-type', STORAGE_ACCOUNT_TYPES);
  if (!name || problems.list.length > before) return undefined;
  return { name, replicas: replicas ?? 1, storageAccountType: storage ?? DEFAULT_STORAGE };
}

function checkReplicas(replicas: number, text: string | undefined): string | undefined {
  if (replicas >= 1 && replicas <= MAX_REPLICAS) return undefined;
  return `replicas must be a whole number from 1 to ${MAX_REPLICAS} (got ${text})`;
}

/** Azure refuses a version whose target regions repeat one. */
function checkDuplicates(
  problems: Problems,
  path: Path,
  regions: (TargetRegion | undefined)[],
): TargetRegion[] | undefined {
  const seen = new Map<string, number>();
  let ok = true;
  regions.forEach((region, i) => {
    if (!region) {
      ok = false;
      return;
    }
    const first = seen.get(canonicalRegion(region.name));
    if (first === undefined) {
      seen.set(canonicalRegion(region.name), i);
      return;
    }
    problems.add([...path, i], `${region.name} is listed twice (also at [${first}])`);
    ok = false;
  });
  return ok ? (regions as TargetRegion[]) : undefined;
}
