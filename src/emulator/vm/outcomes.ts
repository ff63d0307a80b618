/** How the stand-in for a builder's provisioning script ends. */
export type ScriptOutcome = 'success' | 'hang' | { exit: number };

/** A rule deciding a builder's outcome; first matching rule wins. */
export interface OutcomeRule {
  /** A substring of the VM name (GCE instance or Azure VM); absent matches every VM. */
  match?: string;
  outcome: ScriptOutcome;
}

/** The outcome rules every cloud's VMs share: a test sets them once for whatever it bakes. */
export class Outcomes {
  private rules: OutcomeRule[] = [];

  add(rule: OutcomeRule): void {
    this.rules.push(rule);
  }

  clear(): void {
    this.rules = [];
  }

  /** Decided when the VM is created, so a later rule does not change a running builder. */
  for(vmName: string): ScriptOutcome {
    const rule = this.rules.find((r) => !r.match || vmName.includes(r.match));
    return rule?.outcome ?? 'success';
  }
}
