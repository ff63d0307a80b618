import { checkInstanceType } from '../naming/aws.js';
import { checkVmSize } from '../naming/azure.js';
import { checkMachineType } from '../naming/gce-machine-types.js';
import { compileTemplate } from '../template/render.js';
import { TemplateError } from '../template/errors.js';
import { isMapping } from './merge.js';
import { describe, type Problems } from './problems.js';
import { Section } from './section.js';
import type { Milliseconds } from './types.js';

/**
 * `verify:` (and `<cloud>.verify:`): what a VM booted from the new image must pass before the
 * image is shared or referenced. Checks are shell commands, Jinja2 templates like the startup
 * script, each with its own time limit; `time-to-ready` bounds the time from the create request
 * to the VM reporting ready.
 *
 * ```yaml
 * verify:
 *   checks:
 *     docker: docker info
 *     root-image:
 *       run: docker image inspect {{ global.docker_root_image }}
 *       timeout: 2m
 *   time-to-ready: 60s
 *   on-failure: fail
 * gcp:
 *   verify:
 *     machine-type: n1-standard-4
 *     checks:
 *       gpu: nvidia-smi
 * ```
 *
 * A cloud's block adds checks to the shared ones (one of the same name replaces it) and may
 * set its own time-to-ready, on-failure and the VM type to verify on.
 */

export const VERIFY_KEYS = ['checks', 'time-to-ready', 'on-failure'] as const;
/** The key naming the VM type to verify on, per cloud (as the cloud's own block names it). */
export const VERIFY_VM_TYPE_KEY = {
  gcp: 'machine-type',
  azure: 'vm-size',
  aws: 'instance-type',
} as const;
export type VerifyCloud = keyof typeof VERIFY_VM_TYPE_KEY;
/** The VM type to verify on is checked as the builder's is. */
const VM_TYPE_CHECK: Record<VerifyCloud, (value: string) => string | undefined> = {
  gcp: checkMachineType,
  azure: checkVmSize,
  aws: checkInstanceType,
};

const CHECK_KEYS = ['run', 'timeout'] as const;
export const ON_FAILURE = ['fail', 'warn'] as const;
export type OnFailure = (typeof ON_FAILURE)[number];

export const DEFAULT_TIME_TO_READY: Milliseconds = 60_000;
export const DEFAULT_CHECK_TIMEOUT: Milliseconds = 60_000;
const MAX_CHECK_TIMEOUT: Milliseconds = 3_600_000;
const MAX_TIME_TO_READY: Milliseconds = 3_600_000;
const MAX_CHECKS = 50;
/** Check names reach a shell, guest attribute keys and the job summary. */
const CHECK_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export interface VerifyCheckConfig {
  name: string;
  /** The command as written: a Jinja2 template, rendered with the startup script's variables. */
  run: string;
  timeout: Milliseconds;
}

/** One block as written (shared, or a cloud's). */
export interface VerifyBlock {
  checks: VerifyCheckConfig[];
  timeToReady?: Milliseconds;
  onFailure?: OnFailure;
  /** A cloud's block only: the machine type, VM size or instance type to verify on. */
  vmType?: string;
}

/** What a cloud verifies with, the shared block and its own merged. */
export interface VerifyConfig {
  checks: VerifyCheckConfig[];
  timeToReady: Milliseconds;
  onFailure: OnFailure;
  vmType?: string;
}

function readCheck(
  section: Section,
  name: string,
  value: unknown,
  template: string,
): VerifyCheckConfig | undefined {
  const path = [...section.path, 'checks', name];
  if (!CHECK_NAME.test(name)) {
    section.problem(
      path,
      'a check name is lowercase letters, digits and "-" (at most 63, not starting or ending with "-"), e.g. docker-info',
    );
    return undefined;
  }
  let run: string | undefined;
  let timeout = DEFAULT_CHECK_TIMEOUT;
  if (typeof value === 'string') {
    run = value;
  } else if (isMapping(value)) {
    const check = Section.open(section.problems, path, value, CHECK_KEYS);
    if (!check) return undefined;
    run = check.required('run');
    const limit = check.duration('timeout', 1000, MAX_CHECK_TIMEOUT);
    if (check.has('timeout') && limit === undefined) return undefined;
    timeout = limit ?? DEFAULT_CHECK_TIMEOUT;
  } else {
    section.problem(
      path,
      `must be a command, or a mapping with run: and timeout: (got ${describe(value)})`,
    );
    return undefined;
  }
  if (run === undefined) return undefined;
  if (run.trim() === '') {
    section.problem(
      path,
      'the command is empty: write the shell command the check runs, e.g. docker info',
    );
    return undefined;
  }
  try {
    compileTemplate(run, `${template}.${name}`);
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    const where =
      err.line !== undefined && run.includes('\n') ? `line ${err.line} of the command: ` : '';
    section.problem(path, `${where}${err.reason}`);
    return undefined;
  }
  return { name, run, timeout };
}

/**
 * Reads a `verify:` block at `path` (`['verify']`, `['gcp', 'verify']`). `cloud` marks a
 * cloud's block, which may also name the VM type. Problems are recorded at each field.
 */
export function readVerifyBlock(
  problems: Problems,
  path: readonly string[],
  value: unknown,
  cloud?: VerifyCloud,
): VerifyBlock | undefined {
  const keys = cloud ? [...VERIFY_KEYS, VERIFY_VM_TYPE_KEY[cloud]] : [...VERIFY_KEYS];
  let given = value;
  if (isMapping(value)) {
    // Another cloud's name for the VM type: say which one this cloud uses.
    const others = Object.entries(VERIFY_VM_TYPE_KEY).filter(([c]) => c !== cloud);
    const misplaced = others.filter(([, key]) => Object.hasOwn(value, key));
    for (const [other, key] of misplaced) {
      problems.add(
        [...path, key],
        cloud
          ? `${key} is ${other}'s name for the VM type; on ${cloud} write ${VERIFY_VM_TYPE_KEY[cloud]}`
          : `the VM type to verify on is set per cloud: ${other}.verify.${key}`,
      );
    }
    if (misplaced.length > 0) {
      given = Object.fromEntries(
        Object.entries(value).filter(([k]) => !misplaced.some(([, key]) => key === k)),
      );
    }
  }
  const section = Section.open(problems, path, given, keys);
  if (!section) return undefined;
  const before = problems.list.length;
  const checks: VerifyCheckConfig[] = [];
  const raw = section.value('checks');
  if (raw !== undefined && !isMapping(raw)) {
    section.problem(
      'checks',
      `must be a mapping of check names to commands, e.g. docker: docker info (got ${describe(raw)})`,
    );
  } else if (raw !== undefined) {
    const entries = Object.entries(raw);
    if (entries.length > MAX_CHECKS) {
      section.problem('checks', `${entries.length} checks; at most ${MAX_CHECKS}`);
    }
    for (const [name, check] of entries) {
      const read = readCheck(section, name, check, path.join('.') + '.checks');
      if (read) checks.push(read);
    }
  }
  const timeToReady = section.duration('time-to-ready', 1000, MAX_TIME_TO_READY);
  const onFailure = section.oneOf('on-failure', ON_FAILURE);
  const vmType = cloud
    ? section.string(VERIFY_VM_TYPE_KEY[cloud], VM_TYPE_CHECK[cloud])
    : undefined;
  if (problems.list.length > before) return undefined;
  return {
    checks,
    ...(timeToReady !== undefined ? { timeToReady } : {}),
    ...(onFailure !== undefined ? { onFailure } : {}),
    ...(vmType !== undefined ? { vmType } : {}),
  };
}

/**
 * A cloud's verification: its own checks added to the shared ones (a name in both: the
 * cloud's), its own settings over the shared ones over the defaults. Undefined when neither
 * block exists; a block without any check is refused by the caller's config reader.
 */
export function verifyFor(
  shared: VerifyBlock | undefined,
  own: VerifyBlock | undefined,
): VerifyConfig | undefined {
  if (!shared && !own) return undefined;
  const checks = [...(shared?.checks ?? [])];
  for (const check of own?.checks ?? []) {
    const at = checks.findIndex((c) => c.name === check.name);
    if (at === -1) checks.push(check);
    else checks[at] = check;
  }
  const vmType = own?.vmType;
  return {
    checks,
    timeToReady: own?.timeToReady ?? shared?.timeToReady ?? DEFAULT_TIME_TO_READY,
    onFailure: own?.onFailure ?? shared?.onFailure ?? 'fail',
    ...(vmType !== undefined ? { vmType } : {}),
  };
}
