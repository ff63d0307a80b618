import { invalidField } from './errors.js';
import { compileFilter } from './filter.js';

type Resource = Record<string, unknown>;

const MAX_RESULTS = 500;

function pageToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function offsetOf(token: string): number {
  try {
    const { offset } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      offset?: unknown;
    };
    if (Number.isInteger(offset) && (offset as number) >= 0) return offset as number;
  } catch {
    // not one of ours: reported below
  }
  throw invalidField('pageToken', token, 'The page token is invalid.');
}

function sortBy(items: Resource[], orderBy: string): Resource[] {
  const by = (field: string, dir: number) => (a: Resource, b: Resource) =>
    String(a[field] ?? '') < String(b[field] ?? '')
      ? -dir
      : String(a[field] ?? '') > String(b[field] ?? '')
        ? dir
        : 0;
  switch (orderBy.trim()) {
    case '':
    case 'name':
      return [...items].sort(by('name', 1));
    case 'creationTimestamp desc':
      return [...items].sort(by('creationTimestamp', -1));
    default:
      throw invalidField(
        'orderBy',
        orderBy,
        "Supported orderings are 'name' and 'creationTimestamp desc'.",
      );
  }
}

/** The page a list request asks for: its first item, its size, and the token of the next. */
export function pageWindow(
  query: URLSearchParams,
  total: number,
): { offset: number; size: number; next?: string } {
  const max = query.has('maxResults') ? Number(query.get('maxResults')) : MAX_RESULTS;
  if (!Number.isInteger(max) || max < 0 || max > MAX_RESULTS) {
    throw invalidField('maxResults', query.get('maxResults'), 'Must be between 0 and 500.');
  }
  const token = query.get('pageToken');
  const offset = token ? offsetOf(token) : 0;
  const size = max === 0 ? MAX_RESULTS : max;
  return { offset, size, ...(offset + size < total ? { next: pageToken(offset + size) } : {}) };
}

/** The items `filter` keeps, in the order `orderBy` asks for. */
export function filtered(all: Resource[], query: URLSearchParams): Resource[] {
  const filter = compileFilter(query.get('filter') ?? '');
  return sortBy(all.filter(filter), query.get('orderBy') ?? '');
}

/** A list response: `filter`, `orderBy`, `maxResults` (≤ 500) and `pageToken` applied. */
export function listPage(
  all: Resource[],
  query: URLSearchParams,
  envelope: { kind: string; id: string; selfLink: string },
): Resource {
  const items = filtered(all, query);
  const { offset, size, next } = pageWindow(query, items.length);
  const page = items.slice(offset, offset + size);
  const out: Resource = { ...envelope };
  // GCE leaves `items` out of an empty page.
  if (page.length > 0) out.items = page;
  if (next !== undefined) out.nextPageToken = next;
  return out;
}
