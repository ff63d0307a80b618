import {
  DescribeImagesCommand,
  DescribeInstancesCommand,
  type EC2Client,
  type Filter,
  type Image,
  type Instance,
} from '@aws-sdk/client-ec2';
import type { RunContext } from '../provider.js';
import { call } from './clients.js';

/**
 * Items per page of a listing. EC2 answers an unpaginated describe with everything at once,
 * which "might be throttled and could time out"; its developer guide pages by 1000
 * (https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-pagination.html).
 */
export const PAGE_SIZE = 1000;

export interface PageOf<T> {
  items: T[];
  nextToken?: string | undefined;
}

/**
 * Every item of a listing, page by page until EC2 hands out no NextToken (a full page may
 * carry one with nothing after it). `fetch` sends one page's request with `MaxResults` and the
 * token it is given.
 */
export async function allPages<T>(
  ctx: RunContext,
  what: string,
  fetch: (nextToken: string | undefined) => Promise<PageOf<T>>,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  do {
    const page = await call(ctx, what, () => fetch(token));
    items.push(...page.items);
    token = page.nextToken || undefined;
    if (token !== undefined) {
      if (seen.has(token)) throw new Error(`${what}: EC2 handed out the same NextToken twice`);
      seen.add(token);
    }
  } while (token !== undefined);
  return items;
}

/** Every image of a DescribeImages listing (by owner and filters; never by ids). */
export function listImages(
  client: EC2Client,
  what: string,
  ctx: RunContext,
  request: { Owners?: string[]; Filters: Filter[] },
): Promise<Image[]> {
  return allPages(ctx, what, async (token) => {
    const out = await client.send(
      new DescribeImagesCommand({
        ...request,
        MaxResults: PAGE_SIZE,
        ...(token ? { NextToken: token } : {}),
      }),
    );
    return { items: out.Images ?? [], nextToken: out.NextToken };
  });
}

/** Every instance of a DescribeInstances listing by filters. */
export function listInstances(
  client: EC2Client,
  what: string,
  ctx: RunContext,
  filters: Filter[],
): Promise<Instance[]> {
  return allPages(ctx, what, async (token) => {
    const out = await client.send(
      new DescribeInstancesCommand({
        Filters: filters,
        MaxResults: PAGE_SIZE,
        ...(token ? { NextToken: token } : {}),
      }),
    );
    return {
      items: (out.Reservations ?? []).flatMap((r) => r.Instances ?? []),
      nextToken: out.NextToken,
    };
  });
}
