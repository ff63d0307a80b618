import { describe, expect, it } from 'vitest';
import {
  canonicalRegion,
  checkDefinitionName,
  checkGalleryName,
  checkGalleryVersion,
  checkRegion,
  checkResourceGroup,
  checkTagName,
  compareGalleryVersions,
  definitionName,
  galleryVersionId,
  galleryVersionOverwriteProblem,
  nextGalleryVersion,
  parseGalleryVersion,
  resolveGalleryVersion,
} from '../../src/naming/azure.js';

const MAX = 2_147_483_647;

describe('gallery versions', () => {
  it('are Major.Minor.Patch of 32-bit parts, spelt one way', () => {
    expect(parseGalleryVersion('1.2.3')).toEqual([1, 2, 3]);
    expect(parseGalleryVersion(`${MAX}.0.${MAX}`)).toEqual([MAX, 0, MAX]);
    for (const bad of ['1.2', '1.2.3.4', `0.0.${MAX + 1}`, 'v1.0.0', '01.0.0', '1.0.-1', '']) {
      expect(parseGalleryVersion(bad), bad).toBeUndefined();
    }
    expect(checkGalleryVersion('1.2.3')).toBeUndefined();
    expect(checkGalleryVersion('1.2')).toBe(
      'must be Major.Minor.Patch with each part 0..2147483647 (got "1.2")',
    );
    expect(checkGalleryVersion('1.00.0')).toBe(
      'must be Major.Minor.Patch with each part 0..2147483647 (got "1.00.0") without leading zeros, so a version has one spelling',
    );
  });

  it('sort numerically, with names other tools made first', () => {
    const sorted = ['1.10.0', 'latest', '1.9.0', '0.0.1', '1.9.10', '1.9.2'].sort(
      compareGalleryVersions,
    );
    expect(sorted).toEqual(['latest', '0.0.1', '1.9.0', '1.9.2', '1.9.10', '1.10.0']);
  });

  it('next is the patch after the highest; the first is 0.0.1', () => {
    expect(nextGalleryVersion([])).toBe('0.0.1');
    expect(nextGalleryVersion(['1.9.0', '1.10.3', '1.2.40', 'scratch'])).toBe('1.10.4');
    expect(nextGalleryVersion([`1.2.${MAX}`])).toBe('1.3.0');
    expect(nextGalleryVersion([`1.${MAX}.${MAX}`])).toBe('2.0.0');
    expect(() => nextGalleryVersion([`${MAX}.${MAX}.${MAX}`])).toThrow(/no gallery version/);
  });

  it('resolve auto to the next one and an explicit one as given', () => {
    const existing = ['1.0.0', '1.0.1'];
    expect(resolveGalleryVersion('auto', existing)).toEqual({ version: '1.0.2', exists: false });
    expect(resolveGalleryVersion('1.0.1', existing)).toEqual({ version: '1.0.1', exists: true });
    expect(resolveGalleryVersion('2.0.0', existing)).toEqual({ version: '2.0.0', exists: false });
  });

  it('are never replaced in the default namespace, elsewhere only with overwrite', () => {
    const taken = { version: '1.0.1', name: 'batch-worker-22-04 1.0.1', exists: true };
    expect(
      galleryVersionOverwriteProblem(
        taken,
        { namespace: 'default', overwrite: true },
        'gallery batch_images',
      ),
    ).toBe(
      'image batch-worker-22-04 1.0.1 already exists in gallery batch_images; images in the default namespace are never overwritten: choose another version, or use version: auto',
    );
    const mine = { ...taken, name: 'batch-worker-22-04-alice 1.0.1' };
    expect(
      galleryVersionOverwriteProblem(mine, { namespace: 'alice', overwrite: false }, 'gallery G'),
    ).toMatch(/set overwrite: true to replace it$/);
    expect(
      galleryVersionOverwriteProblem(mine, { namespace: 'alice', overwrite: true }, 'gallery G'),
    ).toBeUndefined();
  });

  it('have an ARM resource id', () => {
    expect(galleryVersionId('sub', 'batch-images', 'batch_images', 'batch-worker', '1.0.2')).toBe(
      '/subscriptions/sub/resourceGroups/batch-images/providers/Microsoft.Compute/galleries/batch_images/images/batch-worker/versions/1.0.2',
    );
  });
});

describe('Azure names', () => {
  it('image definitions carry the namespace only outside the default one', () => {
    expect(definitionName('batch-worker-22-04', 'default')).toBe('batch-worker-22-04');
    expect(definitionName('batch-worker-22-04', 'alice')).toBe('batch-worker-22-04-alice');
  });

  it('explain which rule a gallery, definition or resource group name breaks', () => {
    expect(checkGalleryName('batch_images.v2')).toBeUndefined();
    expect(checkGalleryName('batch-images')).toMatch(/only letters, digits and "_" and "."/);
    expect(checkGalleryName('.images')).toMatch(/start and end with a letter or digit/);
    expect(checkDefinitionName('batch-worker-22.04_gpu')).toBeUndefined();
    expect(checkDefinitionName('batch-')).toMatch(/start and end with a letter or digit/);
    expect(checkDefinitionName('a'.repeat(81))).toMatch(
      /is 81 characters; Azure allows at most 80/,
    );
    expect(checkResourceGroup('batch-images(prod)_1')).toBeUndefined();
    expect(checkResourceGroup('bätch')).toBeUndefined();
    expect(checkResourceGroup('バッチ-٣')).toBeUndefined();
    expect(checkResourceGroup('batch²')).toMatch(/may contain only/);
    expect(checkResourceGroup('batch.')).toMatch(/must not end with "\."/);
    expect(checkResourceGroup('batch images')).toMatch(/may contain only/);
    expect(checkResourceGroup('r'.repeat(91))).toMatch(/at most 90/);
  });

  it('regions are Azure names; display names get the name suggested', () => {
    expect(checkRegion('eastus2')).toBeUndefined();
    expect(checkRegion('East US 2')).toBe(
      '"East US 2" is not an Azure region name (did you mean "eastus2"?)',
    );
    // A suggestion is a real region, never a made-up one.
    expect(checkRegion('us-east-1')).toMatch(/such as eastus or westeurope/);
    expect(checkRegion('us-east-1')).not.toMatch(/did you mean/);
    expect(checkRegion('__proto__')).not.toMatch(/did you mean/);
    expect(checkRegion('östra')).toMatch(/such as eastus or westeurope/);
    expect(canonicalRegion('West Europe')).toBe('westeurope');
  });

  it('tag names keep worker-image- for worker-image, in any case', () => {
    expect(checkTagName('team')).toBeUndefined();
    expect(checkTagName('WORKER-IMAGE-RUN')).toMatch(/reserved/);
    expect(checkTagName('a?b')).toMatch(/found "\?"/);
  });
});
