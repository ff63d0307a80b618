import { createHash } from 'node:crypto';
import type { Ec2Context } from './context.js';
import { Ec2Error, invalidParameter } from './errors.js';
import type { QueryParams } from './query.js';

/**
 * MaxResults/NextToken paging of EC2's describe actions.
 *
 * - Without MaxResults (and NextToken) the answer holds everything, unpaginated, as the EC2
 *   developer guide warns (https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-pagination.html).
 * - MaxResults is 5 to 1000; below 5 is refused ("Value ( 1 ) for parameter maxResults is
 *   invalid. Expecting a value greater than 5.", aws/aws-sdk-ruby#2575); above 1000 gives
 *   1000 (the DescribeSnapshots reference: "only 1,000 results are returned"). A NextToken
 *   without MaxResults continues with pages of 1000.
 * - A token EC2 did not hand out for this request is refused with InvalidParameterValue
 *   (boto/boto3#2673 for DescribeVpcs; aws/karpenter-provider-aws#6061 for DescribeImages).
 * - Pages are ordered by id and a token names the last id given, so every item present for the
 *   whole listing comes exactly once even when others appear or go between pages.
 */
const MIN_RESULTS = 5;
const MAX_RESULTS = 1000;

/** How an action words a bad token, where it is known to differ from the usual wording. */
const BAD_TOKEN: Record<string, string> = { DescribeImages: 'The NextToken is invalid' };

interface Cursor {
  /** The action and the request's other parameters: a token is good for the same listing only. */
  listing: string;
  after: string;
}

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

function listingOf(action: string, q: QueryParams): string {
  const rest = q.fingerprint(['Action', 'Version', 'NextToken', 'MaxResults', 'DryRun']);
  return createHash('sha256').update(`${action}?${rest}`).digest('hex').slice(0, 16);
}

function maxResultsOf(q: QueryParams): number | undefined {
  const raw = q.get('MaxResults');
  if (raw === undefined) return q.has('NextToken') ? MAX_RESULTS : undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < MIN_RESULTS) {
    throw invalidParameter(
      `Value ( ${raw} ) for parameter maxResults is invalid. Expecting a value greater than ${MIN_RESULTS}.`,
    );
  }
  return Math.min(n, MAX_RESULTS);
}

function readToken(action: string, q: QueryParams, listing: string): string | undefined {
  const token = q.get('NextToken');
  if (token === undefined) return undefined;
  const refuse = (): Ec2Error =>
    invalidParameter(
      BAD_TOKEN[action] ??
        `Value (${token}) for parameter NextToken is invalid. The token is invalid.`,
    );
  let cursor: Partial<Cursor>;
  try {
    cursor = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<Cursor>;
  } catch {
    throw refuse();
  }
  if (cursor?.listing !== listing || typeof cursor.after !== 'string') throw refuse();
  return cursor.after;
}

/** One page of `items` (keyed by their ids) as the request asks for it. */
export function paginate<T>(
  ctx: Ec2Context,
  action: string,
  q: QueryParams,
  items: T[],
  idOf: (item: T) => string,
): Page<T> {
  const max = maxResultsOf(q);
  if (max === undefined) return { items };
  const listing = listingOf(action, q);
  const after = readToken(action, q, listing);
  const sorted = [...items].sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
  const rest = after === undefined ? sorted : sorted.filter((i) => idOf(i) > after);
  const page = rest.slice(0, max);
  const full = page.length === max;
  const more = rest.length > max || (full && ctx.hazards().ec2.nextTokenOnFullPage);
  if (!more) return { items: page };
  const cursor: Cursor = { listing, after: idOf(page[page.length - 1]!) };
  return {
    items: page,
    nextToken: Buffer.from(JSON.stringify(cursor)).toString('base64url'),
  };
}
