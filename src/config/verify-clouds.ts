import type { Cloud } from '../steps/resources.js';
import { isMapping, own as ownValue } from './merge.js';
import type { Problems } from './problems.js';
import type { Section } from './section.js';
import { readVerifyBlock, verifyFor, type VerifyBlock, type VerifyConfig } from './verify.js';

/**
 * `verify:` and each cloud's `<cloud>.verify:`, resolved to one VerifyConfig per configured
 * cloud; undefined when neither kind of block exists. A cloud left without any check (shared
 * or its own) is refused: a verification that checks nothing would pass every image.
 */
export function readVerifyClouds(
  problems: Problems,
  root: Section,
  clouds: readonly Cloud[],
): Partial<Record<Cloud, VerifyConfig>> | undefined {
  const shared = root.has('verify')
    ? readVerifyBlock(problems, ['verify'], root.value('verify'))
    : undefined;
  const own: Partial<Record<Cloud, VerifyBlock | undefined>> = {};
  const written: Cloud[] = [];
  for (const cloud of clouds) {
    const block = root.value(cloud);
    const ownVerify = isMapping(block) ? ownValue(block, 'verify') : undefined;
    if (ownVerify === undefined || ownVerify === null) continue;
    written.push(cloud);
    own[cloud] = readVerifyBlock(problems, [cloud, 'verify'], ownVerify, cloud);
  }
  if (!root.has('verify') && written.length === 0) return undefined;

  const configured = clouds.filter((cloud) => root.has(cloud));
  const empty = new Set<string>();
  const verify: Partial<Record<Cloud, VerifyConfig>> = {};
  for (const cloud of configured) {
    // A block with a problem was reported at its field: nothing more to say about it.
    if ((root.has('verify') && !shared) || (written.includes(cloud) && !own[cloud])) continue;
    const merged = verifyFor(shared, own[cloud]);
    if (!merged) continue;
    if (merged.checks.length === 0) {
      empty.add(written.includes(cloud) ? `${cloud}.verify` : 'verify');
      continue;
    }
    verify[cloud] = merged;
  }
  if (shared && shared.checks.length === 0 && configured.length === 0) empty.add('verify');
  for (const field of empty) {
    problems.add(
      [...field.split('.'), 'checks'],
      'required: at least one check the new image must pass, e.g. checks: { docker: docker info } ' +
        '(a verification without checks would pass any image; remove the verify block to skip it)',
    );
  }
  return verify;
}
