import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Root } from '../../src/config/confine.js';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig, type RawOverrides } from '../../src/config/load.js';

/**
 * Input a fuzzer found accepted, or refused with a message that did not name the setting:
 * keys that are names of Object.prototype, control and format characters in paths and names,
 * lifecycle.protect entries that protect nothing, Azure identifiers, huge versions, and YAML
 * that the library reads differently from what the user wrote.
 */

type Config = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function base(): Config {
  return {
    image: { name: 'w', version: 'auto' },
    variables: { x: 1 },
    gcp: {
      project: 'my-project',
      zone: 'us-central1-a',
      'source-image': { family: 'ubuntu-2204-lts', project: 'ubuntu-os-cloud' },
      template: 't.j2',
    },
  };
}

const AZURE = {
  'subscription-id': '11111111-1111-4111-8111-111111111111',
  location: 'eastus',
  'resource-group': 'batch-images',
  gallery: 'batch_images',
  definition: { name: 'batch-worker-22-04', publisher: 'batch', offer: 'worker', sku: '22-04' },
  'source-image': {
    publisher: 'Canonical',
    offer: '0001-com-ubuntu-server-jammy',
    sku: '22_04-lts-gen2',
  },
  template: 't.j2',
};

let dir: string;
let root: Root;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'worker-image-hardening-'));
  root = { dir, name: 'the repository' };
  await writeFile(join(dir, 't.j2'), 'echo {{ x }}\n');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function loadText(
  text: string,
  opts: { overrides?: RawOverrides; overrideNames?: Record<string, string> } = {},
) {
  await writeFile(join(dir, 'worker-image.yml'), text);
  return loadConfig({ path: 'worker-image.yml', cwd: dir, root, ...opts });
}

const load = (edit: (c: Config) => void) => {
  const config = base();
  edit(config);
  return loadText(stringify(config));
};

/** The problems as `line field: message`, one a line. */
async function refused(promise: Promise<unknown>): Promise<string> {
  const err = await promise.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ConfigError);
  return (err as ConfigError).problems
    .map((p) => `${p.line ?? '-'} ${p.field}: ${p.message}`)
    .join('\n');
}

describe('names of Object.prototype are values like any other', () => {
  it.each(['toString', 'hasOwnProperty', 'constructor', '__proto__'])(
    'gcp.scopes: [%s] is refused as a scope, naming it',
    async (scope) => {
      const out = await refused(load((c) => (c.gcp.scopes = [scope])));
      expect(out).toMatch(/gcp\.scopes\[0\]: must be a scope URL such as https:\/\//);
      expect(out).toContain(`(got "${scope}")`);
    },
  );

  it('Azure and AWS tags named after Object.prototype keep every tag', async () => {
    const config = await load((c) => {
      c.azure = { ...AZURE, tags: { constructor: 'a', toString: 'b', __proto__x: 'c' } };
      c.aws = {
        region: 'us-east-1',
        'source-image': { owner: '099720109477', name: 'ubuntu/images/*' },
        template: 't.j2',
        tags: { constructor: 'a', valueOf: 'b' },
      };
    });
    expect(config.azure?.tags).toEqual({ constructor: 'a', toString: 'b', __proto__x: 'c' });
    expect(config.aws?.tags).toEqual({ constructor: 'a', valueOf: 'b' });
  });

  it('a __proto__ tag is kept as a tag, not lost as the object prototype', async () => {
    const config = await loadText(
      `${stringify(base())}azure:\n${stringify({ ...AZURE, tags: { team: 'x' } })
        .replace(/^/gm, '  ')
        .replace('team: x', '__proto__: y')}`,
    );
    expect(Object.keys(config.azure!.tags)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(config.azure!.tags)).toBe(Object.prototype);
  });

  it('a key named constructor beside an override is an unknown field, named plainly', async () => {
    const out = await refused(
      loadText(`constructor: 1\n${stringify(base())}`, {
        overrides: { image: { version: '24' } },
        overrideNames: { 'image.version': '--version', constructor: '--x' },
      }),
    );
    expect(out).toMatch(/^1 constructor: unknown field/m);
    expect(out).not.toMatch(/function|native code/);
  });

  it('a __proto__ key in an override does not change what the config is', async () => {
    const out = await refused(
      loadText(stringify(base()), {
        overrides: JSON.parse('{"__proto__": {"polluted": 1}, "image": {"version": "024"}}'),
      }),
    );
    expect(out).toMatch(/__proto__: unknown field/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('control and format characters in paths and names', () => {
  it.each([
    ['a newline', 'm\n::error file=x::pwned.json', String.raw`"m\n::error file=x::pwned.json"`],
    ['a tab', 'm\t.json', String.raw`"m\t.json"`],
    ['an escape', 'm\u001b[31m.json', String.raw`"m\u001b[31m.json"`],
    ['a NUL', 'a\0b.json', String.raw`"a\u0000b.json"`],
    ['a bidi override', 'm\u202enosj.json', String.raw`"m\u202enosj.json"`],
    ['a zero-width space', 'm\u200b.json', String.raw`"m\u200b.json"`],
  ])('manifest holding %s is refused, the character shown escaped', async (_, path, shown) => {
    const out = await refused(load((c) => (c.manifest = path)));
    expect(out).toContain(`manifest: ${shown} holds a control or invisible format character`);
    // eslint-disable-next-line no-control-regex -- the raw characters must not reach a message
    expect(out).not.toMatch(/[\0\t\u001b\u202e\u200b]/);
    expect(out).not.toMatch(/^::error/m);
  });

  it('a template path with a newline is refused, not printed raw', async () => {
    const out = await refused(load((c) => (c.gcp.template = 't.j2\n::error::pwned')));
    expect(out).toContain(String.raw`gcp.template: "t.j2\n::error::pwned" holds a control`);
    expect(out.split('\n')).toHaveLength(1);
  });

  it('an azure ca-certificate path with a format character is refused', async () => {
    const out = await refused(
      load((c) => (c.azure = { ...AZURE, 'ca-certificate': 'ca\u2066.pem' })),
    );
    expect(out).toContain(String.raw`azure.ca-certificate: "ca\u2066.pem" holds a control`);
  });

  it('a path part over 255 bytes is refused before use, and not echoed whole', async () => {
    const long = `${'a'.repeat(100_000)}.json`;
    const out = await refused(load((c) => (c.manifest = long)));
    expect(out).toMatch(
      /manifest: each part of a path is at most 255 bytes \(one here is 100005\)/,
    );
    expect(out).not.toMatch(/ENAMETOOLONG|lstat/);
    expect(out.length).toBeLessThan(600);
  });

  it('a path over 4096 bytes in all is refused, with short parts', async () => {
    const long = Array.from({ length: 500 }, () => 'abcdefghij').join('/');
    const out = await refused(load((c) => (c.manifest = `${long}.json`)));
    expect(out).toMatch(/manifest: a path is at most 4096 bytes \(got 5504\)/);
    expect(out.length).toBeLessThan(600);
  });

  it.each([
    [
      'name',
      { name: 'rule\n::error::pwned' },
      String.raw`references[0].name: "rule\n::error::pwned"`,
    ],
    ['path', { path: 'a\nb.py' }, String.raw`references[0].path: "a\nb.py"`],
    ['yaml-path', { 'yaml-path': 'a.\u202eb', pattern: undefined }, String.raw`"a.\u202eb"`],
  ])('references[].%s with a control character is refused', async (_, rule, shown) => {
    const out = await refused(
      load((c) => {
        c.references = [{ path: 'x.py', pattern: 'w-{version}', value: 'gcp', ...rule }];
      }),
    );
    expect(out).toContain(`${shown} holds a control or invisible format character`);
  });

  it('a references[].name over 100 characters is refused, clipped', async () => {
    const out = await refused(
      load((c) => {
        c.references = [
          { name: 'n'.repeat(5000), path: 'x.py', pattern: 'w-{version}', value: 'gcp' },
        ];
      }),
    );
    expect(out).toMatch(/references\[0\]\.name: at most 100 characters \(got 5000\)/);
    expect(out.length).toBeLessThan(400);
  });

  it('a config path (--config, the config: input) with a newline is refused as text', async () => {
    const out = await refused(loadConfig({ path: 'w.yml\n::error::x', cwd: dir, root }));
    expect(out).toContain(String.raw`- config: "w.yml\n::error::x" holds a control`);
  });

  it('azure.source-image.version must be latest or Major.Minor.Build', async () => {
    const out = await refused(
      load(
        (c) =>
          (c.azure = {
            ...AZURE,
            'source-image': { ...AZURE['source-image'], version: 'new\nest' },
          }),
      ),
    );
    expect(out).toContain(
      String.raw`azure.source-image.version: must be latest or Major.Minor.Build with decimal numbers, such as 22.04.202401010 (got "new\nest")`,
    );
  });

  it('aws.source-image.name with a newline is refused', async () => {
    const out = await refused(
      load((c) => {
        c.aws = {
          region: 'us-east-1',
          'source-image': { owner: '099720109477', name: 'ubuntu/*\n::error::x' },
          template: 't.j2',
        };
      }),
    );
    expect(out).toContain(
      String.raw`aws.source-image.name: "ubuntu/*\n::error::x" holds a control`,
    );
  });
});

describe('lifecycle.protect lists versions as images are versioned', () => {
  it('refuses each entry that is not a version, saying what to write', async () => {
    const out = await refused(
      load(
        (c) => (c.lifecycle = { protect: ['batch-worker-24', ' 24', 'v24', '\0', '-1', 'auto'] }),
      ),
    );
    expect(out).toContain(
      'lifecycle.protect[0]: protect lists versions: write 24, not batch-worker-24',
    );
    expect(out).toContain('lifecycle.protect[1]: protect lists versions: write 24, not " 24"');
    expect(out).toContain('lifecycle.protect[2]: protect lists versions: write 24, not v24');
    expect(out).toMatch(/lifecycle\.protect\[3\]: "\\u0000" is not a version/);
    expect(out).toMatch(/lifecycle\.protect\[4\]: "-1" is not a version/);
    expect(out).toMatch(/lifecycle\.protect\[5\]: "auto" is not a version/);
  });

  it('refuses a version too large for a version number, saying so', async () => {
    const out = await refused(
      load((c) => (c.gcp.lifecycle = { protect: ['99999999999999999999999'] })),
    );
    expect(out).toMatch(/gcp\.lifecycle\.protect\[0\]: .*too large: .*at most 9007199254740991/);
  });

  it('accepts image versions, gallery versions in the shared and azure blocks', async () => {
    const config = await load((c) => {
      c.lifecycle = { protect: [23, '17a', '0.0.15'] };
      c.azure = { ...AZURE, lifecycle: { protect: ['1.2.3'] } };
    });
    expect(config.lifecycle?.gcp?.protect).toEqual(['23', '17a', '0.0.15']);
    expect(config.lifecycle?.azure?.protect).toEqual(['23', '17a', '0.0.15', '1.2.3']);
  });

  it('refuses a gallery version under gcp and an image version under azure', async () => {
    const out = await refused(
      load((c) => {
        c.gcp.lifecycle = { protect: ['0.0.15'] };
        c.azure = { ...AZURE, lifecycle: { protect: ['24'] } };
      }),
    );
    expect(out).toMatch(/gcp\.lifecycle\.protect\[0\]: "0\.0\.15" is an Azure gallery version/);
    expect(out).toMatch(/azure\.lifecycle\.protect\[0\]: Azure versions are gallery versions/);
  });
});

describe('Azure publisher, offer and sku', () => {
  it.each([
    ['definition', 'publisher', 'a b'],
    ['definition', 'offer', '/etc/passwd'],
    ['definition', 'sku', '..'],
    ['definition', 'publisher', '*'],
    ['definition', 'offer', 'w\u001b[2J'],
    ['definition', 'sku', 'a\0b'],
    ['source-image', 'publisher', 'Canonical\n::error::x'],
    ['source-image', 'offer', 'ubuntu😀'],
    ['source-image', 'sku', ' 22_04-lts'],
    ['source-image', 'publisher', 'Canonical:x'],
  ])('azure.%s.%s: %j is refused', async (block, key, value) => {
    const out = await refused(
      load(
        (c) => (c.azure = { ...AZURE, [block]: { ...AZURE[block as 'definition'], [key]: value } }),
      ),
    );
    expect(out).toMatch(
      new RegExp(
        `azure\\.${block}\\.${key}: .*(letters, digits, "\\.", "_" and "-"|may not end in "\\.")`,
      ),
    );
    // eslint-disable-next-line no-control-regex -- the raw characters must not reach a message
    expect(out).not.toMatch(/[\0\u001b\n]/);
  });

  it('a 100k-character sku is refused by length, not echoed', async () => {
    const out = await refused(
      load(
        (c) =>
          (c.azure = { ...AZURE, definition: { ...AZURE.definition, sku: 's'.repeat(100_000) } }),
      ),
    );
    expect(out).toMatch(/azure\.definition\.sku: at most 128 characters \(got 100000\)/);
    expect(out.length).toBeLessThan(400);
  });

  it('accepts the marketplace and gallery identifiers people use', async () => {
    const config = await load(
      (c) =>
        (c.azure = {
          ...AZURE,
          definition: { ...AZURE.definition, publisher: 'My.Co_2', sku: '8.2' },
          'source-image': { publisher: 'RedHat', offer: 'RHEL', sku: '8-lvm-gen2' },
        }),
    );
    expect(config.azure?.definition).toMatchObject({ publisher: 'My.Co_2', sku: '8.2' });
  });
});

describe('versions too large to be a version number', () => {
  it('image.version says it is too large, not that it has leading zeros', async () => {
    const out = await refused(load((c) => (c.image.version = '99999999999999999999999')));
    expect(out).toMatch(
      /image\.version: "99999999999999999999999" is too large: a version number is at most 9007199254740991/,
    );
    expect(out).not.toMatch(/leading zeros/);
  });

  it('--version names the flag and the size', async () => {
    const out = await refused(
      loadText(stringify(base()), {
        overrides: { image: { version: '99999999999999999999999' } },
        overrideNames: { 'image.version': '--version' },
      }),
    );
    expect(out).toMatch(/--version \(image\.version\): "99999999999999999999999" is too large/);
  });

  it('a plain number YAML reads as a float is too large too', async () => {
    const out = await refused(
      loadText(stringify(base()).replace('version: auto', 'version: 99999999999999999999999')),
    );
    expect(out).toMatch(/image\.version: .*99999999999999999999999/);
  });
});

describe('YAML the library reads otherwise than it is written', () => {
  it('two documents: the config is one YAML document, with the line of the second ---', async () => {
    const out = await refused(loadText(`${stringify(base())}---\nimage: {name: x}\n`));
    expect(out).toMatch(/^13 : holds more than one YAML document \(a second --- on line 13\)/);
    expect(out).not.toMatch(/parseAllDocuments/);
  });

  it('explicit !!str is a string in every YAML version: accepted', async () => {
    const config = await loadText(stringify(base()).replace('version: auto', 'version: !!str 24'));
    expect(config.image.version).toBe('24');
  });

  it('a YAML 1.1 timestamp is described as a date, and quoting it is the fix', async () => {
    const text = `%YAML 1.1\n---\n${stringify({
      ...base(),
      azure: { ...AZURE, 'end-of-life-date': 'X' },
    }).replace('end-of-life-date: X', 'end-of-life-date: 2027-06-30')}`;
    const out = await refused(loadText(text));
    expect(out).toMatch(
      /azure\.end-of-life-date: YAML 1\.1 reads 2027-06-30 as a date, not the text "2027-06-30"; quote it: end-of-life-date: '2027-06-30'/,
    );
    expect(out).not.toMatch(/got a mapping/);
  });

  it('a file whose lines end in CR alone says so', async () => {
    const out = await refused(loadText(`# my config\n${stringify(base())}`.replace(/\n/g, '\r')));
    expect(out).toMatch(/: lines end in a carriage return alone \(CR, old Mac OS\)/);
    expect(out).not.toMatch(/image\.name: required/);
  });
});
