// Prints one release's section of CHANGELOG.md: the notes of its GitHub release. Fails when
// the changelog has no section for that version, or an empty one, so no release goes out
// without saying what changed.
//
//   node scripts/changelog-section.mjs v1.2.3 [CHANGELOG.md]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const HEADING = /^## /;

/**
 * The body of the `## [1.2.3] - date` section (a leading `v` in `version` is ignored), without
 * its heading and without the link definitions Keep a Changelog puts at the end of the file.
 * Throws when there is no such section or it says nothing.
 */
export function changelogSection(text, version) {
  const wanted = version.replace(/^v/, '');
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => HEADING.test(line) && headingVersion(line) === wanted);
  if (start < 0) {
    throw new Error(
      `CHANGELOG.md has no section for ${wanted}: add "## [${wanted}] - YYYY-MM-DD" above the previous release`,
    );
  }
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => HEADING.test(line));
  const body = (end < 0 ? rest : rest.slice(0, end))
    .filter((line) => !/^\[[^\]]+\]:\s/.test(line))
    .join('\n')
    .trim();
  if (!body) throw new Error(`CHANGELOG.md's section for ${wanted} is empty`);
  return body;
}

/** The released versions of a changelog, newest first (the order they are written in). */
export function changelogVersions(text) {
  return text
    .split(/\r?\n/)
    .filter((line) => HEADING.test(line))
    .map(headingVersion)
    .filter((v) => v !== undefined);
}

function headingVersion(line) {
  return /^## \[?v?(\d+\.\d+\.\d+)\]?(\s|$)/.exec(line)?.[1];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  if (!version) {
    console.error('usage: node scripts/changelog-section.mjs vX.Y.Z [CHANGELOG.md]');
    process.exit(2);
  }
  try {
    process.stdout.write(`${changelogSection(readFileSync(file, 'utf8'), version)}\n`);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
