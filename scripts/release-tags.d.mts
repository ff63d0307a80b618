// Types of release-tags.mjs, for the tests.
export function parseReleaseTag(tag: string): [number, number, number];
export function checkTagMatchesVersion(tag: string, version: string): void;
export function majorTagToMove(tag: string, tags: string[]): string | undefined;
