/**
 * The differential test's report: per construct, how many templates rendered identically,
 * failed on both sides, were refused, or mismatched; the commonest refusals; and each shrunk
 * mismatch with its template, variables and both outputs, escaped so whitespace shows.
 */
import { TemplateError } from '../../src/template/render.js';
import type { GeneratedCase } from './template-gen.js';
import { constructsIn } from './template-gen.js';
import {
  crashMessage,
  varsFile,
  type Ours,
  type Outcome,
  type Shrunk,
  type Verdict,
} from './template-gen-compare.js';
import { render } from './template-gen-tree.js';

const VERDICTS: Verdict[] = ['identical', 'both fail', 'refused', 'mismatch'];

export interface RunFacts {
  seed: number;
  count: number;
  /** `ours`: worker-image's share of `render`, which it spends beside Jinja2's. */
  seconds: { total: number; generate: number; render: number; ours: number; shrink: number };
  cases: readonly GeneratedCase[];
  outcomes: readonly Outcome[];
  shrunk: readonly Shrunk[];
}

/** A string as a JSON literal: newlines, tabs and trailing spaces become visible. */
export const visible = (text: string): string => JSON.stringify(text);

function tally(outcomes: readonly Outcome[]): Record<Verdict, number> {
  const counts = { identical: 0, 'both fail': 0, refused: 0, mismatch: 0 };
  for (const o of outcomes) counts[o.verdict]++;
  return counts;
}

function table(facts: RunFacts): string[] {
  const rows = new Map<string, Outcome[]>();
  facts.cases.forEach((c, i) => {
    for (const construct of c.constructs) {
      const list = rows.get(construct) ?? [];
      list.push(facts.outcomes[i]!);
      rows.set(construct, list);
    }
  });
  const width = Math.max(...[...rows.keys()].map((k) => k.length), 9);
  const header = `${'construct'.padEnd(width)} ${'templates'.padStart(9)} ${VERDICTS.map((v) => v.padStart(9)).join(' ')}`;
  const lines = [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([construct, outcomes]) => {
      const counts = tally(outcomes);
      const flag = counts.mismatch > 0 ? '  ✗' : counts.refused > 0 ? '  (refused)' : '';
      return `${construct.padEnd(width)} ${String(outcomes.length).padStart(9)} ${VERDICTS.map((v) => String(counts[v]).padStart(9)).join(' ')}${flag}`;
    });
  return [header, ...lines];
}

/**
 * Refusal messages with names masked, commonest first, each with its shortest template: a
 * refusal of a listed construct, or an error where Jinja2 renders, is work left for the engine.
 */
function refusals(facts: RunFacts, limit = 15): string[] {
  const groups = new Map<string, string[]>();
  facts.outcomes.forEach((o, i) => {
    if (o.verdict !== 'refused' || !('refused' in o.ours)) return;
    const reason = o.ours.refused.reason.replace(/'[^']*'/g, "'…'").slice(0, 160);
    groups.set(reason, [...(groups.get(reason) ?? []), facts.cases[i]!.source]);
  });
  return [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, limit)
    .flatMap(([reason, sources]) => {
      const shortest = sources.reduce((a, b) => (b.length < a.length ? b : a));
      return [
        `${String(sources.length).padStart(6)}× ${reason}`,
        `        e.g. ${visible(shortest)}`,
      ];
    });
}

function oursText(ours: Ours): string {
  if ('output' in ours) return visible(ours.output);
  if ('refused' in ours) return `refused: ${ours.refused.message}`;
  const { crash } = ours;
  const thrown =
    crash instanceof TemplateError && crash.cause instanceof Error ? crash.cause : crash;
  const stack =
    thrown instanceof Error && thrown.stack && !(thrown instanceof TemplateError)
      ? thrown.stack
      : crashMessage(crash);
  return `crashed: ${stack.split('\n').slice(0, 6).join('\n             ')}`;
}

export function describeShrunk(s: Shrunk, heading: string): string[] {
  const { jinja2, ours, kind } = s.outcome;
  const constructs = constructsIn(s.tree);
  return [
    [
      `${heading} [${kind}]`,
      ...(constructs.length > 0 ? [`constructs: ${constructs.join(' ')}`] : []),
      ...(s.tries > 0 ? [`(${s.tries} smaller candidates tried)`] : []),
    ].join(' '),
    `  template:  ${visible(render(s.tree))}`,
    `  vars.yml:  ${visible(varsFile(s))}`,
    `  Jinja2:    ${'output' in jinja2 ? visible(jinja2.output) : `fails: ${jinja2.error}`}`,
    `  ours:      ${oursText(ours)}`,
  ];
}

export function report(facts: RunFacts): string {
  const totals = tally(facts.outcomes);
  const kinds = new Map<string, number>();
  for (const o of facts.outcomes) if (o.kind) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
  const { seconds } = facts;
  const lines = [
    `Jinja2 differential: seed ${facts.seed} (WORKER_IMAGE_DIFF_SEED), ${facts.count} templates (WORKER_IMAGE_DIFF_COUNT)`,
    `time: ${seconds.total.toFixed(1)} s (generate ${seconds.generate.toFixed(1)} s, render both ${seconds.render.toFixed(1)} s of which worker-image ${seconds.ours.toFixed(1)} s, shrink ${seconds.shrink.toFixed(1)} s)`,
    `totals: ${VERDICTS.map((v) => `${v} ${totals[v]}`).join(' · ')}`,
    `both fail, worker-image's error naming no line: ${facts.outcomes.filter((o) => o.verdict === 'both fail' && 'refused' in o.ours && o.ours.refused.line === undefined).length}`,
    ...(kinds.size > 0
      ? [`mismatches by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(' · ')}`]
      : []),
    '',
    ...table(facts),
  ];
  const refused = refusals(facts);
  if (refused.length > 0) lines.push('', 'Commonest refusals:', ...refused);
  facts.shrunk.forEach((s, i) =>
    lines.push(
      '',
      ...describeShrunk(s, `Mismatch ${i + 1} of ${facts.shrunk.length} shown (shrunk)`),
    ),
  );
  return lines.join('\n');
}
