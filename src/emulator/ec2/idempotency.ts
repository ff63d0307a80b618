import { invalidParameter } from './errors.js';
import type { QueryParams } from './query.js';

/**
 * What a repeated ClientToken's parameters are compared without: the token itself, the
 * protocol's own, and DryRun, which asks whether the request would succeed and is no parameter
 * of what it makes ("If you retry a request that completed successfully using the same client
 * token and the same parameters, the retry succeeds without performing any further actions",
 * https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-idempotency.html).
 */
const IGNORED = ['Action', 'Version', 'ClientToken', 'DryRun'];

export function idempotencyFingerprint(q: QueryParams): string {
  return q.fingerprint(IGNORED);
}

const MAX_TOKEN = 64;

/**
 * The ClientToken, if any: "A client token is a unique, case-sensitive string of up to 64 ASCII
 * characters" (ec2-api-idempotency.html; RunInstances ClientToken: "Constraints: Maximum 64
 * ASCII characters"). The refusal's wording is the emulator's, in EC2's InvalidParameterValue
 * form.
 */
export function clientToken(q: QueryParams): string | undefined {
  const token = q.get('ClientToken');
  if (token !== undefined && (token.length > MAX_TOKEN || !/^[\x20-\x7e]*$/.test(token))) {
    throw invalidParameter(
      `Value (${token}) for parameter clientToken is invalid. A client token is at most ${MAX_TOKEN} ASCII characters.`,
    );
  }
  return token;
}
