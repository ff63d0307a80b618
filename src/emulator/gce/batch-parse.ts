/**
 * Google's HTTP batch format, as https://cloud.google.com/compute/docs/api/how-tos/batch
 * describes it: a `multipart/mixed` body whose parts are each `Content-Type: application/http`
 * with an optional `Content-ID`, holding one whole HTTP request (request line with the path
 * only, headers, a blank line, an optional body). The CRLF before a delimiter belongs to the
 * delimiter (RFC 2046 §5.1.1); gcloud's parts end lines with a bare LF, so both are read.
 */

/** "You're limited to 1000 calls in a single batch request." (the page above) */
export const MAX_BATCH_CALLS = 1000;

/** The path prefix every inner request must have: "All the inner requests must go to the same Google API." */
export const INNER_PREFIX = '/compute/v1/';

/** One inner request of a batch. */
export interface BatchPart {
  /** The part's `Content-ID` without its angle brackets, if it had one. */
  contentId?: string;
  method: string;
  /** The path and query, e.g. `/compute/v1/projects/p/global/images?maxResults=500`. */
  target: string;
  /** The inner request's own headers, as sent. */
  headers: [string, string][];
  body: string;
}

/** A batch the front end cannot take apart; the message says what is wrong with it. */
export class BatchParseError extends Error {}

/** A batch over the documented number of calls. */
export class BatchTooLargeError extends Error {
  constructor(readonly received: number) {
    super(`${received} calls in one batch; the limit is ${MAX_BATCH_CALLS}`);
  }
}

/** The boundary of a `multipart/mixed` content type, quoted or not. */
export function boundaryOf(contentType: string | undefined): string {
  if (!contentType) throw new BatchParseError('the request has no Content-Type');
  const [type, ...params] = contentType.split(';');
  if (type!.trim().toLowerCase() !== 'multipart/mixed') {
    throw new BatchParseError(
      `Content-Type is ${JSON.stringify(contentType)}, not multipart/mixed with a boundary`,
    );
  }
  for (const param of params) {
    const at = param.indexOf('=');
    if (at === -1 || param.slice(0, at).trim().toLowerCase() !== 'boundary') continue;
    let value = param.slice(at + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
      value = value.slice(1, -1);
    }
    if (value !== '') return value;
  }
  throw new BatchParseError(`Content-Type ${JSON.stringify(contentType)} names no boundary`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The parts' raw texts (headers, blank line, content), between the delimiters. */
function splitParts(body: string, boundary: string): string[] {
  const delimiter = new RegExp(
    `(?:^|\\r?\\n)--${escapeRegExp(boundary)}(--)?[ \\t]*(?=\\r?\\n|$)`,
    'g',
  );
  const parts: string[] = [];
  let start: number | undefined;
  for (let m = delimiter.exec(body); m; m = delimiter.exec(body)) {
    if (start !== undefined) parts.push(body.slice(start, m.index));
    if (m[1]) return parts;
    // The part starts after the delimiter line's line break.
    const after = m.index + m[0].length;
    start = body.startsWith('\r\n', after) ? after + 2 : after + 1;
  }
  if (start === undefined) {
    throw new BatchParseError(`the body has no delimiter line --${boundary}`);
  }
  throw new BatchParseError(`the body does not end with the close delimiter --${boundary}--`);
}

/** Header lines up to the first blank line, and what follows it. */
function splitHead(text: string): { headers: [string, string][]; rest: string } {
  // A text that starts with a line break has no headers; otherwise they end at a blank line.
  const blank = /^\r?\n/.exec(text) ?? /\r?\n\r?\n/.exec(text);
  // A part with headers only (no blank line) has an empty body.
  const head = blank ? text.slice(0, blank.index) : text.replace(/\r?\n$/, '');
  const rest = blank ? text.slice(blank.index + blank[0].length) : '';
  const lines = head === '' ? [] : head.split(/\r?\n/);
  const headers: [string, string][] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return { headers, rest };
}

function header(headers: [string, string][], name: string): string | undefined {
  return headers.find(([n]) => n.toLowerCase() === name)?.[1];
}

function parsePart(text: string, index: number): BatchPart {
  const which = `part ${index + 1}`;
  const { headers: partHeaders, rest } = splitHead(text);
  const type = header(partHeaders, 'content-type');
  if (type?.split(';')[0]!.trim().toLowerCase() !== 'application/http') {
    throw new BatchParseError(
      `${which} has Content-Type ${type === undefined ? '(none)' : JSON.stringify(type)}; every part must be application/http`,
    );
  }
  const id = header(partHeaders, 'content-id');
  const contentId = id === undefined ? undefined : id.replace(/^<(.*)>$/, '$1');

  const inner = rest.replace(/^(\r?\n)+/, '');
  const lineEnd = /\r?\n/.exec(inner);
  const requestLine = lineEnd ? inner.slice(0, lineEnd.index) : inner;
  const afterLine = lineEnd ? inner.slice(lineEnd.index + lineEnd[0].length) : '';
  const m = /^([A-Z]+) (\S+)(?: HTTP\/\d(?:\.\d)?)?\s*$/.exec(requestLine);
  if (!m) {
    throw new BatchParseError(
      `${which} does not hold an HTTP request line such as "GET /compute/v1/... HTTP/1.1": ${JSON.stringify(requestLine.slice(0, 200))}`,
    );
  }
  const [, method, target] = m as unknown as [string, string, string];
  if (!target.startsWith('/')) {
    // "The HTTP request must only contain the path portion of the URL; full URLs are not
    // allowed in batch requests." (the batch how-to)
    throw new BatchParseError(
      `${which} requests ${JSON.stringify(target)}: an inner request names the path only, full URLs are not allowed`,
    );
  }
  if (!target.startsWith(INNER_PREFIX)) {
    throw new BatchParseError(
      `${which} requests ${method} ${target.split('?')[0]}, outside ${INNER_PREFIX}: all the inner requests of a batch must go to the Compute Engine API`,
    );
  }
  const { headers, rest: body } = splitHead(afterLine);
  return { ...(contentId === undefined ? {} : { contentId }), method, target, headers, body };
}

/** The inner requests of a batch POST, in order; throws a `BatchParseError` or `BatchTooLargeError`. */
export function parseBatch(contentType: string | undefined, body: string): BatchPart[] {
  const boundary = boundaryOf(contentType);
  const texts = splitParts(body, boundary);
  // Google's front end: "Failed to parse batch request, error: 0 items."
  if (texts.length === 0) throw new BatchParseError('0 items');
  if (texts.length > MAX_BATCH_CALLS) throw new BatchTooLargeError(texts.length);
  return texts.map(parsePart);
}
