import { afterEach, describe, expect, it } from 'vitest';
import { overridesFromInputs } from '../../src/actions/inputs.js';

afterEach(() => {
  delete process.env.INPUT_TEMPLATE;
  delete process.env.INPUT_PROJECT;
});

describe('bake-image inputs as a config overlay', () => {
  it('the template input goes to the cloud being baked', () => {
    process.env.INPUT_TEMPLATE = 'templates/custom.sh.j2';
    const aws = overridesFromInputs('aws') as Record<string, Record<string, unknown>>;
    expect(aws.aws).toMatchObject({ template: 'templates/custom.sh.j2' });
    expect(aws.gcp?.template).toBeUndefined();
    const azure = overridesFromInputs('azure') as Record<string, Record<string, unknown>>;
    expect(azure.azure).toEqual({ template: 'templates/custom.sh.j2' });
  });

  it('on GCP it joins the other gcp inputs', () => {
    process.env.INPUT_TEMPLATE = 'templates/custom.sh.j2';
    process.env.INPUT_PROJECT = 'my-project';
    const gcp = overridesFromInputs('gcp') as Record<string, Record<string, unknown>>;
    expect(gcp.gcp).toMatchObject({ project: 'my-project', template: 'templates/custom.sh.j2' });
  });
});
