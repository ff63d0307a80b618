import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * The security posture every workflow of this repository (and every example a user copies)
 * keeps. Each rule names the risk it closes:
 *
 * - `permissions`: the workflow grants nothing (`permissions: {}`), so a job gets only what
 *   it declares; a new job cannot silently inherit a write token.
 * - `pinned`: a third-party action or reusable workflow runs from a full commit SHA (a tag
 *   can be moved to other code) with a `# vX.Y.Z` comment saying which release that is.
 * - `run-expression`: no `${{ }}` inside `run:`. The runner pastes the value into the script
 *   before bash parses it, so a branch name or PR title becomes code; values go through
 *   `env:` and are read as "$VAR".
 * - `persist-credentials`: actions/checkout leaves no token in .git/config for later steps
 *   (or an uploaded workspace) to read.
 */
export type PostureRule = 'permissions' | 'pinned' | 'run-expression' | 'persist-credentials';

export interface PostureFinding {
  file: string;
  line: number;
  rule: PostureRule;
  message: string;
}

export interface PostureOptions {
  /** Repositories whose actions and workflows are ours and may be referenced by tag. */
  firstParty?: string[];
}

const SHA = /^[0-9a-f]{40}$/;
const RELEASE_COMMENT = /^\s*#\s*v\d+\.\d+\.\d+\b/;

export function formatFinding(f: PostureFinding): string {
  return `${f.file}:${f.line}: ${f.message} [${f.rule}]`;
}

/** Checks one workflow file's text; returns every finding, in file order. */
export function checkWorkflowPosture(
  file: string,
  text: string,
  options: PostureOptions = {},
): PostureFinding[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const findings: PostureFinding[] = [];
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lines.linePos(node.range[0]).line : 1;
  // The line of `needle` within a node's source (a block scalar spans many lines).
  const lineWithin = (node: Node, needle: string): number => {
    if (!node.range) return 1;
    const at = text.slice(node.range[0], node.range[1]).indexOf(needle);
    return lines.linePos(node.range[0] + Math.max(at, 0)).line;
  };
  const report = (
    node: Node | null | undefined,
    rule: PostureRule,
    message: string,
    line = lineOf(node),
  ): void => {
    findings.push({ file, line, rule, message });
  };

  const root = doc.contents;
  if (!isMap(root)) {
    report(root, 'permissions', 'the workflow is not a YAML mapping');
    return findings;
  }

  const permissions = root.get('permissions', true);
  if (permissions === undefined) {
    report(root, 'permissions', 'workflow-level `permissions: {}` is missing; grant per job');
  } else if (!(isMap(permissions) && permissions.items.length === 0)) {
    report(
      permissions as Node,
      'permissions',
      'workflow-level permissions must be `{}`; grant what a job needs in that job',
    );
  }

  const firstParty = (options.firstParty ?? []).map((r) => r.toLowerCase());
  const checkUses = (node: unknown): void => {
    if (!isScalar(node) || typeof node.value !== 'string') return;
    const ref = node.value.trim();
    if (ref.startsWith('./')) return;
    if (ref.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(ref))
        report(node, 'pinned', `${ref} is not pinned to an image digest (@sha256:…)`);
      return;
    }
    const at = ref.lastIndexOf('@');
    const name = at < 0 ? ref : ref.slice(0, at);
    const version = at < 0 ? '' : ref.slice(at + 1);
    const repo = name.split('/').slice(0, 2).join('/').toLowerCase();
    if (firstParty.includes(repo)) return;
    if (!SHA.test(version)) {
      report(node, 'pinned', `${ref} is not pinned to a full commit SHA`);
      return;
    }
    const source = text.split('\n')[lineOf(node) - 1] ?? '';
    if (!RELEASE_COMMENT.test(source.slice(source.indexOf(ref) + ref.length))) {
      report(node, 'pinned', `${ref} has no "# vX.Y.Z" comment naming the pinned release`);
    }
  };

  const jobs = root.get('jobs', true);
  if (!isMap(jobs)) return findings;
  for (const jobPair of jobs.items) {
    const job = jobPair.value;
    if (!isMap(job)) continue;
    checkUses(job.get('uses', true));
    const steps = job.get('steps', true);
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const uses = step.get('uses', true);
      checkUses(uses);

      const run = step.get('run', true);
      if (isScalar(run) && typeof run.value === 'string') {
        for (const expr of run.value.match(/\$\{\{[\s\S]*?\}\}/g) ?? []) {
          const message = `run: contains ${expr}; pass the value through env: and read "$VAR"`;
          report(run, 'run-expression', message, lineWithin(run, expr));
        }
      }

      if (isScalar(uses) && /^actions\/checkout@/i.test(String(uses.value))) {
        const persist = step.getIn(['with', 'persist-credentials'], true);
        if (!isScalar(persist) || !(persist.value === false || persist.value === 'false')) {
          report(
            uses,
            'persist-credentials',
            'actions/checkout without `persist-credentials: false` leaves the token in .git/config',
          );
        }
      }
    }
  }
  return findings;
}
