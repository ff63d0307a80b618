/**
 * Renders generated templates with worker-image and with Jinja2, classifies each pair of
 * results, and shrinks a mismatch to the smallest template (and variables) that still shows it.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderTemplate, TemplateError } from '../../src/template/render.js';
import { parseVarsArg } from '../../src/template/vars.js';
import type { Jinja2, Jinja2Result } from './jinja2.js';
import { render, simplerTrees, type Node } from './template-gen-tree.js';
import { PyDict, simplerValues, toPythonJson, toYaml } from './template-gen-values.js';

/** A template and its variables, as the test renders it on both sides. */
export interface Sample {
  tree: Node;
  variables: PyDict;
}

/**
 * What worker-image did with a template. A crash is anything thrown but a TemplateError, or a
 * TemplateError that wraps an engine bug (isInternal). It keeps what was thrown: its stack is
 * read only for the mismatches shown, as source-mapping thousands of stacks takes minutes.
 */
export type Ours = { output: string } | { refused: TemplateError } | { crash: unknown };

/** A crash's first line, without the line it names: the same crash is the one to shrink towards. */
export function crashMessage(thrown: unknown): string {
  if (thrown instanceof TemplateError) return `${thrown.name}: ${thrown.reason}`;
  return thrown instanceof Error
    ? `${thrown.name}: ${thrown.message}`.split('\n')[0]!
    : String(thrown);
}

/** JavaScript's own errors: a bug in the engine, whatever message wraps them. */
const JS_ERRORS = [TypeError, ReferenceError, SyntaxError, EvalError, URIError];

/**
 * A TemplateError that only wraps a bug in the engine ("internal error…", or a JavaScript
 * TypeError as its cause) is a crash, not a refusal: it names no construct and no fix.
 */
export function isInternal(err: TemplateError): boolean {
  return (
    /\binternal error\b/i.test(err.reason) || JS_ERRORS.some((type) => err.cause instanceof type)
  );
}

/** Renders samples the way worker-image would, in order. */
export type Renderer = (samples: readonly Sample[]) => Promise<Ours[]>;

export type Verdict = 'identical' | 'both fail' | 'refused' | 'mismatch';

/**
 * Why a pair is a mismatch: the bytes differ; worker-image rendered what Jinja2 rejects;
 * worker-image refused without naming a line; worker-image crashed (not a TemplateError).
 */
export type MismatchKind = 'differs' | 'only Jinja2 fails' | 'refusal without a line' | 'crash';

export interface Outcome {
  verdict: Verdict;
  kind?: MismatchKind;
  jinja2: Jinja2Result;
  ours: Ours;
}

export function classify(jinja2: Jinja2Result, ours: Ours): Outcome {
  const is = (verdict: Verdict, kind?: MismatchKind): Outcome => ({ verdict, kind, jinja2, ours });
  if ('crash' in ours) return is('mismatch', 'crash');
  if ('error' in jinja2)
    return 'refused' in ours ? is('both fail') : is('mismatch', 'only Jinja2 fails');
  if ('refused' in ours) {
    return ours.refused.line === undefined
      ? is('mismatch', 'refusal without a line')
      : is('refused');
  }
  return ours.output === jinja2.output ? is('identical') : is('mismatch', 'differs');
}

/** The variables file a user passes with `--vars @vars.yml`. */
export function varsFile(sample: Sample): string {
  return toYaml(sample.variables);
}

export function jinja2Case(sample: Sample): { source: string; variablesJson: string } {
  return { source: render(sample.tree), variablesJson: toPythonJson(sample.variables) };
}

/**
 * worker-image's own path from a user's files to the output: the variables written as a YAML
 * vars file and read by `--vars @FILE`'s parser, then `renderTemplate`, awaited in case it is
 * asynchronous.
 */
export async function workerImageRenderer(): Promise<{
  render: Renderer;
  close: () => Promise<void>;
  /** Time spent reading vars files and rendering, so far. */
  seconds: () => number;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'template-differential-'));
  const file = join(dir, 'vars.yml');
  let busy = 0;
  const renderOne = async (sample: Sample): Promise<Ours> => {
    let variables: Record<string, unknown>;
    try {
      writeFileSync(file, varsFile(sample));
      variables = await parseVarsArg(`@${file}`);
    } catch (err) {
      return { crash: new Error(`reading the vars file failed: ${String(err)}`) };
    }
    try {
      const output: unknown = await renderTemplate(
        render(sample.tree),
        variables,
        'differential.j2',
      );
      return typeof output === 'string'
        ? { output }
        : { crash: new Error(`rendered a ${typeof output}, not a string`) };
    } catch (err) {
      return err instanceof TemplateError && !isInternal(err) ? { refused: err } : { crash: err };
    }
  };
  return {
    render: async (samples) => {
      const start = performance.now();
      const out: Ours[] = [];
      for (const sample of samples) out.push(await renderOne(sample));
      busy += performance.now() - start;
      return out;
    },
    close: () => rm(dir, { recursive: true, force: true }),
    seconds: () => busy / 1000,
  };
}

/**
 * Renders with both and classifies, `chunk` templates per Jinja2 request, the requests shared
 * out among the Jinja2 processes given.
 */
export async function compare(
  samples: readonly Sample[],
  jinja2: readonly Jinja2[],
  ours: Renderer,
  chunk = 250,
): Promise<Outcome[]> {
  const requests: Promise<Jinja2Result[]>[] = [];
  // Every chunk is sent at once: python renders while worker-image does.
  for (let i = 0; i < samples.length; i += chunk) {
    const python = jinja2[requests.length % jinja2.length]!;
    requests.push(python.render(samples.slice(i, i + chunk).map(jinja2Case)));
  }
  const outcomes: Outcome[] = [];
  for (let i = 0; i < samples.length; i += chunk) {
    const mine = await ours(samples.slice(i, i + chunk));
    const theirs = await requests[i / chunk]!;
    mine.forEach((o, j) => outcomes.push(classify(theirs[j]!, o)));
  }
  return outcomes;
}

// ---------------------------------------------------------------- shrinking

export interface Shrunk extends Sample {
  outcome: Outcome;
  /** Candidates tried, for the report. */
  tries: number;
}

function size(sample: Sample): number {
  return render(sample.tree).length + varsFile(sample).length;
}

/** A Jinja2 output that prints an object's address: two runs never agree on it. */
const ADDRESS = / at 0x[0-9a-f]+>/;

/**
 * Simpler samples: the template one step simpler (see simplerTrees), then the variables with
 * one dropped or one value simpler. Only samples smaller than `sample` are offered.
 */
function* simplerSamples(sample: Sample): Generator<Sample> {
  const limit = size(sample);
  for (const tree of simplerTrees(sample.tree)) {
    const candidate = { tree, variables: sample.variables };
    if (size(candidate) < limit) yield candidate;
  }
  const { entries } = sample.variables;
  for (let i = 0; i < entries.length; i++) {
    yield { tree: sample.tree, variables: new PyDict(entries.filter((_, j) => j !== i)) };
  }
  for (let i = 0; i < entries.length; i++) {
    const [name, value] = entries[i]!;
    for (const simpler of simplerValues(value)) {
      const candidate = {
        tree: sample.tree,
        variables: new PyDict(entries.with(i, [name, simpler])),
      };
      if (size(candidate) < limit) yield candidate;
    }
  }
}

/**
 * Greedy shrinking: tries simpler samples in batches (one Jinja2 request each) and moves to
 * the first that still mismatches the same way, until none does or `deadline` (ms since the
 * epoch) passes.
 */
export async function shrink(
  sample: Sample,
  outcome: Outcome,
  jinja2: readonly Jinja2[],
  ours: Renderer,
  deadline: number,
  batch = 24,
): Promise<Shrunk> {
  let best: Shrunk = { ...sample, outcome, tries: 0 };
  const stillFails = (o: Outcome): boolean =>
    o.verdict === 'mismatch' &&
    o.kind === outcome.kind &&
    sameFailure(o, outcome) &&
    !('output' in o.jinja2 && ADDRESS.test(o.jinja2.output));
  let progress = true;
  while (progress && Date.now() < deadline) {
    progress = false;
    const candidates = simplerSamples(best);
    for (
      let next = take(candidates, batch);
      next.length > 0 && Date.now() < deadline;
      next = take(candidates, batch)
    ) {
      const outcomes = await compare(next, jinja2, ours, batch);
      best.tries += next.length;
      const hit = outcomes.findIndex(stillFails);
      if (hit !== -1) {
        best = { ...next[hit]!, outcome: outcomes[hit]!, tries: best.tries };
        progress = true;
        break;
      }
    }
  }
  return best;
}

/** The same crash, or Jinja2 failing with the same exception class: not a different bug. */
export function sameFailure(a: Outcome, b: Outcome): boolean {
  if ('crash' in a.ours && 'crash' in b.ours)
    return crashMessage(a.ours.crash) === crashMessage(b.ours.crash);
  if ('error' in a.jinja2 && 'error' in b.jinja2)
    return a.jinja2.error.split(':')[0] === b.jinja2.error.split(':')[0];
  return true;
}

function take<T>(items: Iterator<T>, count: number): T[] {
  const out: T[] = [];
  for (let r = items.next(); !r.done; r = items.next()) {
    out.push(r.value);
    if (out.length === count) break;
  }
  return out;
}

// ---------------------------------------------------------------- which mismatches to show

/**
 * Mismatches to shrink, so the ones shown differ: one of each crash, then one per mismatch kind
 * and focus in turn.
 */
export function pickToShrink(
  list: readonly { focus: string }[],
  outcomes: readonly Outcome[],
  count: number,
): number[] {
  const groups = new Map<string, number[]>();
  outcomes.forEach((o, i) => {
    if (o.verdict !== 'mismatch') return;
    const key = 'crash' in o.ours ? crashMessage(o.ours.crash) : `${o.kind} ${list[i]!.focus}`;
    if ('crash' in o.ours && groups.has(key)) return;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const queues = [...groups.values()];
  const picked: number[] = [];
  while (picked.length < count && queues.some((q) => q.length > 0)) {
    for (const q of queues) if (q.length > 0 && picked.length < count) picked.push(q.shift()!);
  }
  return picked;
}

/**
 * What tells one bug from another in a shrunk mismatch: the crash; Jinja2's exception; or, where
 * the outputs differ, the first differing word on each side (`None` printed as `Undefined`).
 */
export function sameness({ outcome }: Shrunk): string {
  const { ours, jinja2, kind } = outcome;
  if ('crash' in ours) return crashMessage(ours.crash);
  if ('error' in jinja2) return `${kind} ${jinja2.error.replace(/'[^']*'/g, '…')}`;
  if (!('output' in ours)) return `${kind} ${ours.refused.reason}`;
  const [a, b] = [jinja2.output, ours.output];
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  while (at > 0 && /\w/.test(a[at - 1]!)) at--;
  const word = (text: string): string => /^(?:\w+|[^])?/.exec(text.slice(at))![0];
  return `${kind} ${word(a)} ${word(b)}`;
}
