import { ArmError } from './errors.js';
import { shortRegion } from './regions.js';
import type { ArmResource } from './state.js';

/**
 * `$filter` of Resources - List By Resource Group (learn.microsoft.com/rest/api/resources/
 * resources/list-by-resource-group#uri-parameters): `eq`/`ne` on location, resourceType, name
 * and resourceGroup; `substringof('v', name|resourceGroup)`; these joined by `and`/`or` (with
 * parentheses); `tagName eq 'k'` alone or `and tagValue eq 'v'`; `startswith(tagName, 'p')`.
 * The identity and plan properties are not emulated and are refused (the wording is the
 * emulator's, the code ARM's for a filter it cannot read). Names and types compare as ARM
 * compares them, case-insensitively; tag values exactly, as resource-groups.ts does.
 */

export interface ResourceFilter {
  matches(r: ArmResource): boolean;
  /** Filtered by tag name and value: "the original tags for each resource will not be returned". */
  hidesTags: boolean;
}

type Test = (r: ArmResource) => boolean;

const QUOTED = String.raw`'((?:[^']|'')*)'`;
const unquote = (s: string): string => s.replace(/''/g, "'");
const lower = (s: string): string => s.toLowerCase();

const FIELDS: Record<string, (r: ArmResource) => string> = {
  location: (r) => r.location,
  resourcetype: (r) => r.type,
  name: (r) => r.name,
  resourcegroup: (r) => r.resourceGroup,
};

function tagKey(r: ArmResource, name: string): string | undefined {
  return Object.keys(r.tags).find((k) => lower(k) === lower(name));
}

function refuse(filter: string): ArmError {
  return new ArmError(
    400,
    'InvalidFilterInQueryString',
    `Invalid $filter '${filter}': the emulator reads eq/ne on location, resourceType, name and resourceGroup, substringof(), tagName/tagValue and startswith(tagName, …).`,
  );
}

export function parseResourceFilter(filter: string | null): ResourceFilter {
  if (!filter || filter.trim() === '') return { matches: () => true, hidesTags: false };
  const tag = new RegExp(
    String.raw`^\s*tagName\s+eq\s+${QUOTED}(?:\s+and\s+tagValue\s+eq\s+${QUOTED})?\s*$`,
    'i',
  ).exec(filter);
  if (tag) {
    const name = unquote(tag[1]!);
    const value = tag[2] === undefined ? undefined : unquote(tag[2]);
    return {
      matches: (r) => {
        const key = tagKey(r, name);
        return key !== undefined && (value === undefined || r.tags[key] === value);
      },
      hidesTags: value !== undefined,
    };
  }
  const prefix = new RegExp(
    String.raw`^\s*startswith\(\s*tagName\s*,\s*${QUOTED}\s*\)\s*$`,
    'i',
  ).exec(filter);
  if (prefix) {
    const p = lower(unquote(prefix[1]!));
    return {
      matches: (r) => Object.keys(r.tags).some((k) => lower(k).startsWith(p)),
      hidesTags: false,
    };
  }
  return { matches: new Parser(filter).parse(), hidesTags: false };
}

/** `or` of `and`s of terms: a comparison, a substringof(), or a parenthesised expression. */
class Parser {
  private rest: string;

  constructor(private readonly filter: string) {
    this.rest = filter;
  }

  parse(): Test {
    const test = this.or();
    if (this.rest.trim() !== '') throw refuse(this.filter);
    return test;
  }

  private take(pattern: RegExp): RegExpExecArray | undefined {
    const m = new RegExp(String.raw`^\s*(?:${pattern.source})`, 'i').exec(this.rest);
    if (!m) return undefined;
    this.rest = this.rest.slice(m[0].length);
    return m;
  }

  private or(): Test {
    const parts = [this.and()];
    while (this.take(/or\b/)) parts.push(this.and());
    return (r) => parts.some((t) => t(r));
  }

  private and(): Test {
    const parts = [this.term()];
    while (this.take(/and\b/)) parts.push(this.term());
    return (r) => parts.every((t) => t(r));
  }

  private term(): Test {
    if (this.take(/\(/)) {
      const inner = this.or();
      if (!this.take(/\)/)) throw refuse(this.filter);
      return inner;
    }
    const sub = this.take(
      new RegExp(String.raw`substringof\(\s*${QUOTED}\s*,\s*(name|resourceGroup)\s*\)`),
    );
    if (sub) {
      const needle = lower(unquote(sub[1]!));
      const field = FIELDS[lower(sub[2]!)]!;
      return (r) => lower(field(r)).includes(needle);
    }
    const cmp = this.take(
      new RegExp(String.raw`(location|resourceType|name|resourceGroup)\s+(eq|ne)\s+${QUOTED}`),
    );
    if (!cmp) throw refuse(this.filter);
    const field = FIELDS[lower(cmp[1]!)]!;
    const norm = lower(cmp[1]!) === 'location' ? shortRegion : lower;
    const value = norm(unquote(cmp[3]!));
    const eq = lower(cmp[2]!) === 'eq';
    return (r) => (norm(field(r)) === value) === eq;
  }
}
