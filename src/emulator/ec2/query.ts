import { Ec2Error } from './errors.js';

/**
 * The EC2 Query protocol's request side: a form-encoded body of flat parameters where lists
 * are numbered from 1 (`ImageId.1=`, `Filter.1.Name=`, `Filter.1.Value.1=`) and structures
 * are dotted (`MetadataOptions.HttpTokens=`).
 */
export class QueryParams {
  constructor(
    private readonly params: Map<string, string>,
    /** The names that came with an empty value (`Tag.1.Value=`), which `get` reads as absent. */
    private readonly blank: ReadonlySet<string> = new Set(),
  ) {}

  /**
   * An empty value counts as absent: aws-sdk-go v1 (Packer's amazon-ebs) sends unset strings
   * as `SubnetId=` and `KmsKeyId=`, and EC2 takes them as not given (the ec2query serializer
   * of aws-sdk-go v1 sent empty members until aws/aws-sdk-go#5265). The few parameters where
   * EC2 tells an empty string from none read it with `text`.
   */
  static parse(body: string): QueryParams {
    const all = [...new URLSearchParams(body)];
    return new QueryParams(
      new Map(all.filter(([, v]) => v !== '')),
      new Set(all.filter(([, v]) => v === '').map(([k]) => k)),
    );
  }

  get(name: string): string | undefined {
    return this.params.get(name);
  }

  /**
   * The value as sent, an empty string included: for the parameters whose empty value means
   * something (DeleteTags' `Tag.N.Value=` deletes a tag only if its value is empty).
   */
  text(name: string): string | undefined {
    return this.params.get(name) ?? (this.blank.has(name) ? '' : undefined);
  }

  has(name: string): boolean {
    return this.params.has(name);
  }

  /** `name=true|false`; absent gives `fallback`. */
  bool(name: string, fallback = false): boolean {
    const v = this.params.get(name);
    return v === undefined ? fallback : v.toLowerCase() === 'true';
  }

  /** `name.1`, `name.2`, ... until the first gap. */
  list(name: string): string[] {
    const out: string[] = [];
    for (let i = 1; this.params.has(`${name}.${i}`); i++)
      out.push(this.params.get(`${name}.${i}`)!);
    return out;
  }

  /** The parameters under `name.`, as their own set (`MetadataOptions.` → `HttpTokens`). */
  sub(name: string): QueryParams {
    const prefix = `${name}.`;
    const inner = new Map<string, string>();
    for (const [k, v] of this.params)
      if (k.startsWith(prefix)) inner.set(k.slice(prefix.length), v);
    const blank = [...this.blank].filter((k) => k.startsWith(prefix));
    return new QueryParams(inner, new Set(blank.map((k) => k.slice(prefix.length))));
  }

  /** Numbered structures: `Filter.1.Name`, `Filter.2.Name` → one QueryParams each. */
  structs(name: string): QueryParams[] {
    const out: QueryParams[] = [];
    for (let i = 1; ; i++) {
      const s = this.sub(`${name}.${i}`);
      if (s.empty()) return out;
      out.push(s);
    }
  }

  empty(): boolean {
    return this.params.size === 0;
  }

  /** Everything but the listed names, in a stable order: what idempotency tokens compare. */
  fingerprint(without: string[]): string {
    return [...this.params]
      .filter(([k]) => !without.includes(k))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
  }
}

export interface Filter {
  name: string;
  values: string[];
}

/**
 * EC2's limits on a call's filters, as its answers quote them: "FilterLimitExceeded: The maximum
 * number of filter values specified on a single call is 200" (DescribeInstances,
 * gjbae1212/gossm#47, convox/rack#2205) and "The maximum length for a filter value is 255
 * characters" (DescribeTags, ansible/workshops#530).
 */
const MAX_FILTER_VALUES = 200;
const MAX_FILTER_VALUE_LENGTH = 255;

export function filtersOf(q: QueryParams): Filter[] {
  const filters = q
    .structs('Filter')
    .map((f) => ({ name: f.get('Name') ?? '', values: f.list('Value') }));
  const values = filters.flatMap((f) => f.values);
  if (values.length > MAX_FILTER_VALUES) {
    throw new Ec2Error(
      'FilterLimitExceeded',
      `The maximum number of filter values specified on a single call is ${MAX_FILTER_VALUES}`,
    );
  }
  if (values.some((v) => [...v].length > MAX_FILTER_VALUE_LENGTH)) {
    throw new Ec2Error(
      'FilterLimitExceeded',
      `The maximum length for a filter value is ${MAX_FILTER_VALUE_LENGTH} characters`,
    );
  }
  return filters;
}

export function tagList(q: QueryParams, name: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const t of q.structs(name)) tags[t.get('Key') ?? ''] = t.get('Value') ?? '';
  return tags;
}

/** EC2 filter values take `*` and `?` wildcards. */
export function wildcard(pattern: string): RegExp {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`);
}

export function matchesAny(value: string | undefined, patterns: string[]): boolean {
  return value !== undefined && patterns.some((p) => wildcard(p).test(value));
}
