/**
 * Random template variables shaped like a startup script's: names, counts, flags, package
 * lists, user records, environment mappings, a nested config, with the strings that trip
 * renderers up (quotes, newlines, unicode, shell metacharacters, numbers in strings).
 */
import type { Random } from './template-gen-random.js';
import { PyDict, PyFloat, type Value } from './template-gen-values.js';

export const WORDS = [
  'worker',
  'batch',
  'gpu',
  'Debian',
  'nvidia-driver',
  'python3.11',
  'a',
  'b',
  'Zeta',
  'alpha beta',
  'B',
  'A',
];

export const TRICKY_STRINGS = [
  '',
  "it's",
  'say "hi"',
  'back\\slash',
  'line1\nline2',
  'tab\there',
  'crlf\r\nend',
  '  padded  ',
  'café',
  'naïve Ünïcode',
  '日本語',
  '🚀 rocket',
  'Straße',
  '$HOME',
  '$(id -u)',
  '`date`',
  'a; rm -rf /',
  'x && y || z',
  '*.txt',
  '<b>&amp;</b>',
  '{{ not a tag }}',
  '42',
  ' 7 ',
  '-3',
  '3.5',
  '1e3',
  '0x1F',
  '1_000',
  'True',
  'None',
  'MiXeD Case',
  'a\u2028b',
  'a\u000bb\u001cc',
  '\u00a0nbsp\u00a0',
  'trailing newline\n',
  'ßtraße ﬁx',
  'İstanbul',
  'ΣΑΣ ΟΔΟΣ',
  'e\u0301 combining',
  '👩‍👩‍👧 family',
  'C:\\new\\table',
  'a %} b }} c #} d',
];

export const LONG_STRINGS = [
  'The quick brown fox jumps over the lazy dog and keeps running far away',
  'apt-get install -y --no-install-recommends build-essential curl ca-certificates',
  'first line\n\n  indented third\nlast line',
  'a-very-long-hyphenated-identifier-that-does-not-fit-anywhere ok',
  'word '.repeat(12).trim(),
  'one\ttwo  three   four',
];

export function randomString(rng: Random): string {
  return rng.weighted<() => string>([
    [4, () => rng.pick(WORDS)],
    [3, () => rng.pick(TRICKY_STRINGS)],
    [1, () => rng.pick(LONG_STRINGS)],
  ])();
}

export function randomInt(rng: Random): number {
  return rng.weighted<() => number>([
    [6, () => rng.pick([0, 1, 2, 3, 4, 5, 7, 10, -1, -4])],
    [1, () => rng.pick([8080, 65535, 1024, 2147483648, -250])],
  ])();
}

export const FLOATS = [
  1.0, 2.5, 0.1, -3.75, 1e-7, 2.5e-7, 100.0, 1e16, 0.30000000000000004, 3.14159, 1e22, -0.0, 0.5,
];

export function randomFloat(rng: Random): PyFloat {
  return new PyFloat(rng.pick(FLOATS));
}

function randomList<T extends Value>(rng: Random, item: () => T, max = 5): T[] {
  return Array.from({ length: rng.int(0, max) }, item);
}

export function randomRecord(rng: Random, withNote = true): PyDict {
  const entries: [string, Value][] = [
    ['name', rng.pick([...WORDS.slice(0, 6), ...TRICKY_STRINGS.slice(1, 10)])],
    ['size', rng.int(0, 9)],
    ['tags', randomList(rng, () => rng.pick(WORDS), 3)],
  ];
  if (withNote) entries.push(['note', rng.chance(0.5) ? null : randomString(rng)]);
  return new PyDict(entries);
}

const KEYS = ['HOME', 'PATH', 'LANG', 'region', 'zone', 'tier', 'owner', 'a', 'b', 'B', 'Zed'];
/** Keys a JavaScript object would reorder, and keys that are no identifier. */
const ODD_KEYS = ['8080', '443', '10', '2', 'with space', 'dash-key', 'dotted.key', ''];

export function randomDict(rng: Random): PyDict {
  const keys = rng.some(rng.chance(0.15) ? [...KEYS, ...ODD_KEYS] : KEYS, rng.int(1, 4));
  const valueOf = rng.chance(0.5) ? () => randomString(rng) : () => randomValueScalar(rng);
  return new PyDict(keys.map((k) => [k, valueOf()]));
}

function randomValueScalar(rng: Random): Value {
  return rng.weighted<() => Value>([
    [3, () => randomString(rng)],
    [3, () => randomInt(rng)],
    [1, () => randomFloat(rng)],
    [1, () => rng.chance(0.5)],
    [1, () => null],
  ])();
}

/** Each kind of variable, with the names templates give such variables. */
export const VARIABLE_KINDS: readonly { names: string[]; make: (rng: Random) => Value }[] = [
  { names: ['name', 'region', 'motd', 'user', 'image'], make: randomString },
  { names: ['greeting', 'script', 'label', 'path', 'title'], make: randomString },
  { names: ['count', 'port', 'retries', 'size_gb', 'workers'], make: randomInt },
  { names: ['ratio', 'version', 'tiny', 'scale'], make: randomFloat },
  { names: ['enable_gpu', 'debug', 'verbose'], make: (rng) => rng.chance(0.5) },
  { names: ['nothing', 'proxy'], make: () => null },
  {
    names: ['packages', 'regions', 'tags', 'words'],
    make: (rng) => randomList(rng, () => randomString(rng)),
  },
  { names: ['sizes', 'ports', 'numbers'], make: (rng) => randomList(rng, () => randomInt(rng), 6) },
  {
    names: ['users', 'disks'],
    make: (rng) => randomList(rng, () => randomRecord(rng, rng.chance(0.9)), 4),
  },
  {
    names: ['pairs', 'mounts'],
    make: (rng) => randomList(rng, () => [rng.pick(WORDS), randomInt(rng)], 4),
  },
  { names: ['env', 'limits', 'labels'], make: randomDict },
  {
    names: ['cfg', 'settings'],
    make: (rng) =>
      new PyDict([
        [
          'image',
          new PyDict([
            ['name', randomString(rng)],
            ['version', rng.chance(0.5) ? randomFloat(rng) : randomInt(rng)],
            ['family', rng.pick(WORDS)],
          ]),
        ],
        ['env', randomDict(rng)],
        ['disks', randomList(rng, () => randomRecord(rng), 3)],
      ]),
  },
  {
    names: ['mixed', 'values'],
    make: (rng) => randomList(rng, () => randomValueScalar(rng), 5),
  },
];

/** A template's variables: most kinds, each under one of its names. */
export function randomVariables(rng: Random): PyDict {
  const entries: [string, Value][] = [];
  for (const kind of VARIABLE_KINDS) {
    if (rng.chance(0.75)) entries.push([rng.pick(kind.names), kind.make(rng)]);
  }
  return new PyDict(entries);
}
