import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { TemplateError } from '../../src/template/render.js';
import { Jinja2 } from '../helpers/jinja2.js';
import { generateCases, LISTED_CONSTRUCTS, type GeneratedCase } from '../helpers/template-gen.js';
import {
  compare,
  jinja2Case,
  pickToShrink,
  sameness,
  shrink,
  workerImageRenderer,
  type Renderer,
  type Sample,
  type Shrunk,
} from '../helpers/template-gen-compare.js';
import { describeShrunk, report } from '../helpers/template-gen-report.js';
import { body, render, text } from '../helpers/template-gen-tree.js';
import {
  PyDict,
  PyFloat,
  toPythonJson,
  toYaml,
  type Value,
} from '../helpers/template-gen-values.js';

/** Set WORKER_IMAGE_DIFF_SEED to explore other templates; a mismatch report names its seed. */
const SEED = Number(process.env.WORKER_IMAGE_DIFF_SEED ?? 12);
const COUNT = Number(process.env.WORKER_IMAGE_DIFF_COUNT ?? 5000);
/** How many mismatches are shrunk and shown, and how long shrinking them may take in all. */
const SHRINK = Number(process.env.WORKER_IMAGE_DIFF_SHRINK ?? 10);
const SHRINK_SECONDS = Number(process.env.WORKER_IMAGE_DIFF_SHRINK_SECONDS ?? 30);

/** Two processes: python is the slower side, and the machines running the suite have two cores. */
const jinja2 = [new Jinja2(), new Jinja2()];
afterAll(() => Promise.all(jinja2.map((j) => j.close())));

let generated: { cases: GeneratedCase[]; seconds: number } | undefined;
function cases(): { cases: GeneratedCase[]; seconds: number } {
  if (!generated) {
    const start = performance.now();
    const list = generateCases(SEED, COUNT);
    generated = { cases: list, seconds: (performance.now() - start) / 1000 };
  }
  return generated;
}

/** Jinja2 in a second process, standing in for worker-image; `bend` injects a difference. */
function jinja2Renderer(other: Jinja2, bend: (output: string) => string = (o) => o): Renderer {
  return async (samples) =>
    (await other.render(samples.map(jinja2Case))).map((r) =>
      'output' in r
        ? { output: bend(r.output) }
        : { refused: new TemplateError('differential.j2', 1, r.error) },
    );
}

/** A template as written, with its variables. */
const found = (source: string, variables: [string, Value][] = []): Sample => ({
  tree: body([text(source)]),
  variables: new PyDict(variables),
});

/** Shrunk mismatches the generator found on its way, kept so they stay fixed. */
const FOUND: Sample[] = [
  found('{{ mixed }}', [['mixed', [new PyFloat(100)]]]),
  found('{{ ratio }}', [['ratio', new PyFloat(1e22)]]),
  found('{{ (proxy, 2.5) }}', [['proxy', null]]),
  found("{{ proxy|default('fallback') }}", [['proxy', null]]),
  found("{{ '%d' % ratio }}", [['ratio', new PyFloat(-0)]]),
  found('{{ settings }}', [
    [
      'settings',
      new PyDict([
        ['HOME', null],
        ['443', 'a'],
      ]),
    ],
  ]),
  found('{% for k in env %}{{ k }}{% endfor %}', [
    [
      'env',
      new PyDict([
        ['b', 1],
        ['10', 2],
      ]),
    ],
  ]),
  found('{% set s = 0 %}{% for k in tags %}{% set s = s ~ k %}{{ s }}{% endfor %}{{ s }}', [
    ['tags', ['b', 'a']],
  ]),
  // `mixed` is assigned further down, so Jinja2 takes it for a local that is not set yet.
  found('{% set k %}{{ mixed[0] }}{% endset %}{% set mixed %}x{% endset %}', [['mixed', [7]]]),
  // Jinja2 folds the constant `1[0] ~ 1` while compiling and fails though the branch never runs.
  found('{% if false %}{{ 1[0] ~ 1 }}{% endif %}'),
  found('{{ pacakges|default(nothing) }}', [['nothing', null]]),
  found('{{ (2.5, mounts[-3][1]) }}', [['mounts', [['a', 0], [], []]]]),
  found("{{ 'inf'|float % 2 }}"),
];

describe('templates render like Jinja2 (StrictUndefined, trim_blocks, lstrip_blocks) or are refused', () => {
  it('the generator is deterministic and exercises every listed construct hundreds of times', () => {
    const again = generateCases(SEED, 50).map((c) => c.source);
    expect(again).toEqual(
      cases()
        .cases.slice(0, 50)
        .map((c) => c.source),
    );
    const seen = new Map<string, number>();
    for (const c of cases().cases)
      for (const k of c.constructs) seen.set(k, (seen.get(k) ?? 0) + 1);
    const rare = LISTED_CONSTRUCTS.filter((k) => (seen.get(k) ?? 0) < COUNT / 50).map(
      (k) => `${k}: ${seen.get(k) ?? 0}`,
    );
    expect(rare).toEqual([]);
  });

  it('each vars file reads back to the values Jinja2 is given', () => {
    // A thousand sets of variables hold every kind of value the generator makes, many times.
    const differ = cases()
      .cases.slice(0, 1000)
      .filter(
        (c) =>
          !isDeepStrictEqual(parseYaml(toYaml(c.variables)), JSON.parse(toPythonJson(c.variables))),
      );
    expect(differ.map((c) => toYaml(c.variables))).toEqual([]);
  });

  it('templates the generator found rendering differently render like Jinja2 now', async () => {
    const ours = await workerImageRenderer();
    try {
      const outcomes = await compare(FOUND, jinja2, ours.render);
      const mismatches = outcomes.flatMap((outcome, i) =>
        outcome.verdict === 'mismatch'
          ? describeShrunk({ ...FOUND[i]!, outcome, tries: 0 }, 'Found earlier:')
          : [],
      );
      expect(mismatches.join('\n')).toBe('');
    } finally {
      await ours.close();
    }
  });

  it('the comparison finds a renderer that differs, and shrinks the template to what shows it', async () => {
    const sample = generateCases(SEED + 1, 200);
    const other = new Jinja2();
    try {
      const same = await compare(sample, jinja2, jinja2Renderer(other));
      expect(same.filter((o) => o.verdict === 'mismatch')).toEqual([]);
      expect(same.filter((o) => o.verdict === 'both fail').length).toBeGreaterThan(15);

      // A renderer that prints Python's True as JavaScript's true.
      const bent = jinja2Renderer(other, (o) => o.replace(/True/g, 'true'));
      const outcomes = await compare(sample, jinja2, bent);
      const first = outcomes.findIndex((o) => o.verdict === 'mismatch');
      expect(first).not.toBe(-1);
      const shrunk = await shrink(
        sample[first]!,
        outcomes[first]!,
        jinja2,
        bent,
        Date.now() + 30_000,
      );
      const [before, after] = [sample[first]!.source.length, render(shrunk.tree).length];
      expect(
        after,
        describeShrunk(shrunk, `shrunk from ${before} characters`).join('\n'),
      ).toBeLessThan(before / 4);
      expect(shrunk.outcome).toMatchObject({
        verdict: 'mismatch',
        jinja2: { output: expect.stringContaining('True') },
      });
    } finally {
      await other.close();
    }
  });

  it(
    `${COUNT} generated templates: identical bytes, both fail, or refused with a line`,
    { timeout: 600_000 },
    async () => {
      const start = performance.now();
      const { cases: list, seconds: generate } = cases();
      const ours = await workerImageRenderer();
      try {
        const renderStart = performance.now();
        const outcomes = await compare(list, jinja2, ours.render);
        const renderSeconds = (performance.now() - renderStart) / 1000;
        const oursSeconds = ours.seconds();

        const shrinkStart = performance.now();
        const deadline = Date.now() + SHRINK_SECONDS * 1000;
        // Twice as many as are shown: several often turn out to show the same bug.
        const picked = pickToShrink(list, outcomes, 2 * SHRINK);
        const shrunk: Shrunk[] = [];
        for (const [n, i] of picked.entries()) {
          const share = (deadline - Date.now()) / (picked.length - n);
          shrunk.push(
            await shrink(list[i]!, outcomes[i]!, jinja2, ours.render, Date.now() + share),
          );
        }
        const distinct = [...new Map(shrunk.map((s) => [sameness(s), s])).values()].slice(
          0,
          SHRINK,
        );
        const text = report({
          seed: SEED,
          count: COUNT,
          seconds: {
            total: (performance.now() - start) / 1000 + generate,
            generate,
            render: renderSeconds,
            ours: oursSeconds,
            shrink: (performance.now() - shrinkStart) / 1000,
          },
          cases: list,
          outcomes,
          shrunk: distinct,
        });
        console.log(text);
        const mismatches = outcomes.filter((o) => o.verdict === 'mismatch').length;
        expect(
          mismatches,
          `${mismatches} of ${COUNT} templates mismatch Jinja2: see the report above`,
        ).toBe(0);
      } finally {
        await ours.close();
      }
    },
  );
});
