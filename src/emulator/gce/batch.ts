import { randomBytes } from 'node:crypto';
import {
  Agent,
  request,
  STATUS_CODES,
  type IncomingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import type { HttpFault } from '../faults.js';
import { HttpError, readBody, sendJson } from '../http.js';
import type { Mount } from '../server.js';
import {
  BatchParseError,
  BatchTooLargeError,
  MAX_BATCH_CALLS,
  parseBatch,
  type BatchPart,
} from './batch-parse.js';

/** GCE's batch endpoint, the API's `batchPath` (https://cloud.google.com/compute/docs/api/how-tos/batch). */
export const BATCH_PATH = '/batch/compute/v1';

/** One inner request's answer. */
interface InnerResponse {
  contentId?: string;
  status: number;
  headers: [string, string][];
  body: string;
}

/**
 * Outer headers that do not pass to the inner requests: "The outer batch request's headers,
 * except for the Content- headers such as Content-Type, apply to every request in the batch"
 * (the batch how-to); nor do the outer connection's own.
 */
const OUTER_ONLY =
  /^(content-.*|host|connection|keep-alive|transfer-encoding|te|trailer|upgrade|expect|proxy-.*)$/i;
/** Inner headers the loopback request sets itself. */
const INNER_SKIP = /^(host|content-length|connection|keep-alive|transfer-encoding|expect)$/i;
/** Response headers that describe the loopback connection, not the answer. */
const RESPONSE_SKIP = /^(content-length|connection|keep-alive|transfer-encoding|date)$/i;

function titleCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}

/** The headers an inner request is sent with: the outer ones, overridden by its own. */
function innerHeaders(outer: IncomingHttpHeaders, part: BatchPart, body: Buffer) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(outer)) {
    if (value === undefined || OUTER_ONLY.test(name)) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  // "If you specify a given HTTP header in both the outer request and an individual call, then
  // the individual call header's value overrides the outer batch request header's value."
  for (const [name, value] of part.headers) {
    if (!INNER_SKIP.test(name)) headers[name.toLowerCase()] = value;
  }
  headers['content-length'] = String(body.length);
  return headers;
}

/**
 * Sends one inner request to the emulator's own port, so that it meets everything a request
 * sent on its own meets: the call log, injected faults, rate quotas, the router.
 */
function send(
  baseUrl: URL,
  agent: Agent,
  outer: IncomingHttpHeaders,
  part: BatchPart,
): Promise<InnerResponse> {
  const body = Buffer.from(part.body, 'utf8');
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: baseUrl.hostname,
        port: baseUrl.port,
        method: part.method,
        path: part.target,
        headers: innerHeaders(outer, part, body),
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const headers: [string, string][] = [];
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
            const name = res.rawHeaders[i]!;
            if (!RESPONSE_SKIP.test(name)) headers.push([titleCase(name), res.rawHeaders[i + 1]!]);
          }
          resolve({
            ...(part.contentId === undefined ? {} : { contentId: part.contentId }),
            status: res.statusCode ?? 500,
            headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The batch answer: `multipart/mixed` with a boundary of its own, one `application/http` part
 * per inner request in the order sent, its `Content-ID` the request's with `response-` before it
 * (`<response-ID>`), holding the status line, the inner response's headers and its body.
 */
export function serializeBatchResponse(responses: InnerResponse[], boundary: string): string {
  const out: string[] = [];
  for (const r of responses) {
    out.push(`--${boundary}`, 'Content-Type: application/http');
    if (r.contentId !== undefined) out.push(`Content-ID: <response-${r.contentId}>`);
    out.push('', `HTTP/1.1 ${r.status} ${STATUS_CODES[r.status] ?? 'Unknown'}`);
    for (const [name, value] of r.headers) out.push(`${name}: ${value}`);
    out.push(`Content-Length: ${Buffer.byteLength(r.body)}`, '', r.body);
  }
  out.push(`--${boundary}--`, '');
  return out.join('\r\n');
}

/** A front-end refusal of the whole batch, in the error shape Google's front end answers with. */
function refuse(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, {
    error: {
      code: status,
      message,
      errors: [{ message, domain: 'global', reason: 'badRequest' }],
      status: 'INVALID_ARGUMENT',
    },
  });
}

export interface BatchMountOptions {
  /** The emulator's own `http://127.0.0.1:PORT`, where the inner requests are sent. */
  baseUrl: string;
  sendFault(res: ServerResponse, fault: HttpFault): void;
}

/**
 * `POST /batch/compute/v1`: takes a batch apart, carries out its inner requests one after the
 * other, each exactly as if sent on its own (Google: "The batch request is separated into a
 * set of requests before processing", and n batched requests count as n against the limits),
 * and answers 200 with every inner answer, failures included.
 */
export function batchMount(o: BatchMountOptions): Mount {
  const baseUrl = new URL(o.baseUrl);
  return {
    prefix: BATCH_PATH,
    serves: (pathname) => pathname === BATCH_PATH,
    api: { sendFault: o.sendFault },
    async handle(req, res) {
      let text: string;
      try {
        text = await readBody(req);
      } catch (err) {
        if (!(err instanceof HttpError)) throw err;
        return refuse(res, err.status, err.message);
      }
      if (req.method !== 'POST') {
        return refuse(res, 405, `${req.method} ${BATCH_PATH}: a batch is sent with POST`);
      }
      let parts: BatchPart[];
      try {
        parts = parseBatch(req.headers['content-type'], text);
      } catch (err) {
        // Google's front end: "Inner request count exceeds the limit. Received: 250, Limit: 100"
        // (mhasbini/gmail_analyzer#12) and "Failed to parse batch request, error: 0 items.
        // Received batch body: (0) bytes redacted" (skaut/skaut-google-drive-gallery#2155).
        if (err instanceof BatchTooLargeError) {
          return refuse(
            res,
            400,
            `Inner request count exceeds the limit. Received: ${err.received}, Limit: ${MAX_BATCH_CALLS}`,
          );
        }
        if (err instanceof BatchParseError) {
          return refuse(
            res,
            400,
            `Failed to parse batch request, error: ${err.message}. Received batch body: (${Buffer.byteLength(text)}) bytes redacted`,
          );
        }
        throw err;
      }

      let gone = false;
      res.once('close', () => {
        gone = true;
      });
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const responses: InnerResponse[] = [];
      try {
        for (const part of parts) {
          // A client that went away reads no answers: the rest of its batch is not carried out.
          if (gone) return;
          responses.push(await send(baseUrl, agent, req.headers, part));
        }
      } finally {
        agent.destroy();
      }
      const boundary = `batch_${randomBytes(12).toString('base64url')}`;
      const body = serializeBatchResponse(responses, boundary);
      res.writeHead(200, {
        'content-type': `multipart/mixed; boundary=${boundary}`,
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    },
  };
}
