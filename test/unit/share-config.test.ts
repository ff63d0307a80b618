import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ConfigError } from '../../src/config/errors.js';
import { validateForShare } from '../../src/config/validate.js';
import { parseYaml } from '../../src/config/yaml.js';
import {
  SHARE_INPUTS,
  shareSettings,
  splitList,
  type ShareInputs,
} from '../../src/share/request.js';
import { parseAmis, parseTarget } from '../../src/share/target.js';

function problems(yaml: string): string[] {
  const parsed = parseYaml(yaml);
  const result = validateForShare(parsed.raw, {
    source: '/w/worker-image.yml',
    baseDir: '/w',
    lineOf: parsed.lineOf,
  });
  return (result.problems ?? []).map((p) => `${p.line}: ${p.field}: ${p.message}`);
}

function inputProblems(inputs: ShareInputs): string[] {
  try {
    shareSettings(inputs);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => `${p.field}: ${p.message}`);
    throw err;
  }
  return [];
}

const ORG = 'arn:aws:organizations::123456789012:organization/o-abc123defg';
const OU = 'arn:aws:organizations::123456789012:ou/o-abc123defg/ou-ab12-cdef3456';

describe('share: in worker-image.yml', () => {
  it('accepts members for every cloud and applies the Azure defaults', () => {
    const parsed = parseYaml(`share:
  gcp:
    members: [group:batch-users@example.com, 'serviceAccount:x@p.iam.gserviceaccount.com', user:a@example.com, domain:example.com]
  azure:
    principals: [11111111-2222-4333-8444-555555555555]
    subscriptions: [bbbbbbbb-cccc-4ddd-8eee-ffffffffffff]
  aws:
    accounts: ['012345678901', 123456789012]
    organizations: [${ORG}]
    organizational-units: [${OU}]
`);
    const { config } = validateForShare(parsed.raw, { source: '/w/x.yml', baseDir: '/w' });
    expect(config?.share).toEqual({
      gcp: {
        members: [
          'group:batch-users@example.com',
          'serviceAccount:x@p.iam.gserviceaccount.com',
          'user:a@example.com',
          'domain:example.com',
        ],
      },
      azure: {
        principals: ['11111111-2222-4333-8444-555555555555'],
        roleId: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
        scope: 'gallery',
        subscriptions: ['bbbbbbbb-cccc-4ddd-8eee-ffffffffffff'],
        tenants: [],
      },
      aws: {
        accounts: ['012345678901', '123456789012'],
        organizations: [ORG],
        organizationalUnits: [OU],
      },
    });
  });

  it('refuses allUsers and allAuthenticatedUsers with the reason, and bad prefixes, naming field and line', () => {
    expect(
      problems(`share:
  gcp:
    members:
      - allUsers
      - allAuthenticatedUsers
      - batch-users@example.com
      - Group:x@example.com
      - serviceAccount:not-an-email
      - domain:nodot
      - 'domain:'
`),
    ).toEqual([
      expect.stringMatching(
        /^4: share\.gcp\.members\[0\]: "allUsers" is refused: roles\/compute\.imageUser cannot be public, and granting it to allUsers would publish your image to anyone/,
      ),
      expect.stringMatching(
        /^5: share\.gcp\.members\[1\]: .*would publish your image to every Google account/,
      ),
      expect.stringMatching(
        /^6: share\.gcp\.members\[2\]: .*is not an IAM member: use a prefix user:, group:/,
      ),
      expect.stringMatching(/^7: share\.gcp\.members\[3\]: .*the prefix is spelled group:/),
      expect.stringMatching(
        /^8: share\.gcp\.members\[4\]: .*serviceAccount: needs an email address/,
      ),
      expect.stringMatching(/^9: share\.gcp\.members\[5\]: .*"nodot" is not a domain/),
      expect.stringMatching(
        /^10: share\.gcp\.members\[6\]: "domain:": no domain after domain:; give one such as domain:example\.com/,
      ),
    ]);
  });

  it('rejects bad GUIDs, roles and scopes on Azure', () => {
    expect(
      problems(`share:
  azure:
    principals: [alice@example.com]
    role: Owner
    scope: subscription
    tenants: [not-a-guid]
`),
    ).toEqual([
      expect.stringMatching(/^3: share\.azure\.principals\[0\]: must be a principal object id/),
      expect.stringMatching(/^4: share\.azure\.role: must be Reader or a role definition id/),
      expect.stringMatching(/^5: share\.azure\.scope: must be one of gallery, definition/),
      expect.stringMatching(/^6: share\.azure\.tenants\[0\]: must be a tenant id/),
    ]);
  });

  it('rejects account ids that are not 12 digits and malformed ARNs on AWS', () => {
    const found = problems(`share:
  aws:
    accounts: [12345, '1234567890123', 'abcdefghijkl']
    organizations: ['arn:aws:organizations::123456789012:ou/o-abc123defg/ou-ab12-cdef3456']
    organizational-units: ['o-abc123defg']
`);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /share\.aws\.accounts\[0\]: "12345" is not an AWS account id: exactly 12 digits/,
        ),
        expect.stringMatching(
          /share\.aws\.accounts\[1\]: "1234567890123" is not an AWS account id/,
        ),
        expect.stringMatching(/share\.aws\.accounts\[2\]: "abcdefghijkl" is not an AWS account id/),
        expect.stringMatching(/share\.aws\.organizations\[0\]: .* is not an organization ARN/),
        expect.stringMatching(
          /share\.aws\.organizational-units\[0\]: .* is not an organizational unit ARN/,
        ),
      ]),
    );
    expect(found).toHaveLength(5);
  });

  it('names an empty block and a member listed twice', () => {
    expect(problems(`share:\n  gcp: {}\n  aws: {}\n`)).toEqual([
      expect.stringMatching(/share\.gcp\.members: required/),
      expect.stringMatching(/share\.aws\.accounts: required/),
    ]);
    expect(
      problems(`share:\n  gcp:\n    members: [group:a@example.com, group:A@example.com]\n`),
    ).toEqual([
      expect.stringMatching(/share\.gcp\.members\[1\]: "group:A@example\.com" is listed twice/),
    ]);
  });
});

describe('share inputs', () => {
  it('splits lists on lines and commas, and reads YAML flow lists', () => {
    expect(splitList('a, b\nc\n')).toEqual(['a', 'b', 'c']);
    expect(splitList('[\'a\', "b"]')).toEqual(['a', 'b']);
    expect(splitList('- a\n- b')).toEqual(['a', 'b']);
  });

  it('needs a cloud and an image or manifest, and refuses inputs of another cloud', () => {
    expect(inputProblems({})).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^cloud: required: one of gcp, azure, aws/),
        expect.stringMatching(/^image: required \(or manifest\)/),
      ]),
    );
    expect(
      inputProblems({
        cloud: 'gcp',
        image: 'x',
        members: 'group:a@example.com',
        accounts: '123456789012',
      }),
    ).toEqual(['accounts: is not used when sharing on gcp']);
  });

  it('rejects public members from inputs naming the input and index', () => {
    expect(
      inputProblems({ cloud: 'gcp', image: 'x', members: 'group:a@example.com,allUsers' }),
    ).toEqual([
      expect.stringMatching(
        /^members\[1\]: "allUsers" is refused: roles\/compute\.imageUser cannot be public/,
      ),
    ]);
  });

  it("reads images in each cloud's spelling", () => {
    expect(
      parseTarget(
        'gcp',
        'https://compute.googleapis.com/compute/v1/projects/my-project/global/images/batch-worker-24',
      ),
    ).toEqual({
      cloud: 'gcp',
      project: 'my-project',
      image: 'batch-worker-24',
    });
    expect(() => parseTarget('gcp', 'Batch_Worker')).toThrow(/must start with a lowercase letter/);
    expect(
      parseTarget(
        'azure',
        '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/d/versions/0.0.1',
      ),
    ).toMatchObject({ gallery: 'g', definition: 'd', version: '0.0.1' });
    expect(parseAmis('us-east-1:ami-0123456789abcdef0, eu-west-1:ami-0123456789abcdef1')).toEqual([
      { region: 'us-east-1', imageId: 'ami-0123456789abcdef0' },
      { region: 'eu-west-1', imageId: 'ami-0123456789abcdef1' },
    ]);
    expect(() => parseAmis('ami-0123456789abcdef0')).toThrow(/is not region:ami-id/);
  });

  it('share-image/action.yml declares exactly the share inputs and config', () => {
    const action = YAML.parse(readFileSync('share-image/action.yml', 'utf8'));
    expect(Object.keys(action.inputs).sort()).toEqual(['config', ...SHARE_INPUTS].sort());
    expect(Object.keys(action.outputs).sort()).toEqual(['catalogue-path', 'changed', 'grants']);
  });
});
