/** How the stand-in for a builder's provisioning script (or a verify check) ends. */
export type ScriptOutcome = 'success' | 'hang' | { exit: number };

/** A rule deciding a builder's outcome; first matching rule wins. */
export interface OutcomeRule {
  /** A substring of the VM name (GCE instance or Azure VM); absent matches every VM. */
  match?: string;
  outcome: ScriptOutcome;
  /**
   * What the stand-in prints before it ends, as the user's script (or a package it installs)
   * would: it reaches the VM's console like any output of the script.
   */
  output?: string;
}

/**
 * A rule deciding how a verify check ends on VMs booted from a baked image: the check's stand-in
 * runs `ms` milliseconds (default: the `check` duration) and then succeeds, fails or hangs.
 */
export interface CheckRule {
  /** The check's name as worker-image.yml names it; absent matches every check. */
  check?: string;
  /** A substring of the VM name; absent matches every VM. */
  match?: string;
  outcome: ScriptOutcome;
  ms?: number;
}

/** Check names are `[a-z0-9-]`: the table below needs no quoting. */
const CHECK_NAME = /^[a-z0-9-]+$/;

export function outcomeWord(outcome: ScriptOutcome): string {
  return typeof outcome === 'string' ? outcome : `exit:${outcome.exit}`;
}

/** The outcome rules every cloud's VMs share: a test sets them once for whatever it bakes. */
export class Outcomes {
  private rules: OutcomeRule[] = [];
  private checks: CheckRule[] = [];

  add(rule: OutcomeRule): void {
    this.rules.push(rule);
  }

  addCheck(rule: CheckRule): void {
    if (rule.check !== undefined && !CHECK_NAME.test(rule.check)) {
      throw new TypeError('check rule check must be a check name ([a-z0-9-])');
    }
    this.checks.push(rule);
  }

  clear(): void {
    this.rules = [];
    this.checks = [];
  }

  clearChecks(): void {
    this.checks = [];
  }

  /** Decided when the VM is created, so a later rule does not change a running builder. */
  for(vmName: string): ScriptOutcome {
    return this.ruleFor(vmName)?.outcome ?? 'success';
  }

  /** What the VM's stand-in prints (the first matching rule's `output`), decided with `for`. */
  outputFor(vmName: string): string {
    return this.ruleFor(vmName)?.output ?? '';
  }

  private ruleFor(vmName: string): OutcomeRule | undefined {
    return this.rules.find((r) => !r.match || vmName.includes(r.match));
  }

  /**
   * The check rules for a VM, decided when it is created, as the table the `bash` shim reads:
   * one line per rule, `check outcome seconds` (`*` for every check; seconds empty for the
   * default), first match wins.
   */
  checksFor(vmName: string, defaultMs: number): string {
    return this.checks
      .filter((r) => !r.match || vmName.includes(r.match))
      .map((r) => `${r.check ?? '*'} ${outcomeWord(r.outcome)} ${(r.ms ?? defaultMs) / 1000}`)
      .concat(`* success ${defaultMs / 1000}`)
      .join('\n');
  }
}
