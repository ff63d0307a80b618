// Types of changelog-section.mjs, for the tests.
export function changelogSection(text: string, version: string): string;
export function changelogVersions(text: string): string[];
