// The release workflow's tag rules.
//
//   node scripts/release-tags.mjs check v1.2.3   fails unless package.json says 1.2.3
//   node scripts/release-tags.mjs major v1.2.3   prints v1 when v1.2.3 is the newest v1.x.y
//                                                tag (so `uses: …@v1` should move to it),
//                                                nothing when a newer v1 release exists
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const RELEASE = /^v(\d+)\.(\d+)\.(\d+)$/;

/** [major, minor, patch] of a vX.Y.Z tag; throws for anything else. */
export function parseReleaseTag(tag) {
  const m = RELEASE.exec(tag);
  if (!m) throw new Error(`${tag} is not a release tag (vX.Y.Z)`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Throws unless the tag names the version in package.json (what `--version` prints). */
export function checkTagMatchesVersion(tag, version) {
  parseReleaseTag(tag);
  if (tag !== `v${version}`) {
    throw new Error(
      `tag ${tag} does not match package.json's version ${version}: set "version": "${tag.slice(1)}" and tag that commit`,
    );
  }
}

/**
 * The major tag (`v1`) to point at `tag`, or undefined when another release of that major is
 * newer (a fix to an older minor line must not take `@v1` back).
 */
export function majorTagToMove(tag, tags) {
  const [major, ...own] = parseReleaseTag(tag);
  for (const other of tags) {
    if (!RELEASE.test(other)) continue;
    const [otherMajor, ...rest] = parseReleaseTag(other);
    if (otherMajor === major && compare(rest, own) > 0) return undefined;
  }
  return `v${major}`;
}

function compare([a1, a2], [b1, b2]) {
  return a1 - b1 || a2 - b2;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [command, tag] = process.argv.slice(2);
  try {
    if (command === 'check' && tag) {
      const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
      checkTagMatchesVersion(tag, version);
    } else if (command === 'major' && tag) {
      const tags = execFileSync('git', ['tag', '--list', 'v*'], { encoding: 'utf8' }).split('\n');
      const major = majorTagToMove(tag, tags);
      if (major) console.log(major);
      else console.error(`a newer release than ${tag} has its major tag; leaving it`);
    } else {
      console.error('usage: node scripts/release-tags.mjs check|major vX.Y.Z');
      process.exit(2);
    }
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
