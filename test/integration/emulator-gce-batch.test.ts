/**
 * GCE's batch endpoint, `POST /batch/compute/v1`, as https://cloud.google.com/compute/docs/api/how-tos/batch
 * describes it: a multipart/mixed body of application/http parts, answered 200 with one
 * application/http part per inner request, in order, `Content-ID: <response-ID>`. Each inner
 * request is carried out as if sent on its own (call log, faults, quotas). The Google Cloud CLI
 * sends its compute lists and inserts this way.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { startTestEmulator } from '../helpers/emulator.js';

const project = 'batch-project';
const zone = 'us-central1-a';
const GCLOUD = '/usr/bin/gcloud';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
beforeEach(() => emulator.control.reset());
afterAll(async () => {
  await emulator?.stop();
});

interface Call {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Left out of the part when null; `<uuid+N>` when absent. */
  id?: string | null;
}

const BASE_ID = '3c7c3ab0-1b2d-4a0e-9f00-5e0f6a8b9c11';

/** A batch body as Google's how-to shows one (CRLF), or as gcloud writes one (`eol: '\n'`). */
function batchBody(calls: Call[], boundary: string, eol = '\r\n'): string {
  const lines: string[] = [];
  calls.forEach((c, i) => {
    const id = c.id === undefined ? `<${BASE_ID}+${i}>` : c.id;
    lines.push(`--${boundary}`, 'Content-Type: application/http');
    if (id !== null) lines.push(`Content-ID: ${id}`);
    lines.push('', `${c.method} ${c.path} HTTP/1.1`);
    for (const [name, value] of Object.entries(c.headers ?? {})) lines.push(`${name}: ${value}`);
    if (c.body !== undefined) lines.push('Content-Type: application/json');
    lines.push('', c.body === undefined ? '' : JSON.stringify(c.body));
  });
  lines.push(`--${boundary}--`, '');
  return lines.join(eol);
}

async function postBatch(
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${emulator.gceEndpoint}/batch/compute/v1`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
  });
}

interface Part {
  contentId: string | undefined;
  statusLine: string;
  status: number;
  headers: Record<string, string>;
  json: unknown;
}

/** Takes a multipart/mixed batch answer apart (independently of the emulator's parser). */
async function parts(res: Response): Promise<Part[]> {
  expect(res.status).toBe(200);
  const type = res.headers.get('content-type') ?? '';
  const boundary = /^multipart\/mixed; boundary="?([^";]+)"?$/.exec(type)?.[1];
  expect(boundary, type).toBeDefined();
  const text = await res.text();
  expect(text.trimEnd().endsWith(`--${boundary}--`)).toBe(true);
  const chunks = text.split(`--${boundary}`).slice(1, -1);
  return chunks.map((chunk) => {
    const [head, inner] = split(chunk.replace(/^\r\n/, ''), '\r\n\r\n');
    const partHeaders = headerMap(head);
    expect(partHeaders['content-type']).toBe('application/http');
    const [responseHead, body] = split(inner, '\r\n\r\n');
    const [statusLine, ...headerLines] = responseHead.split('\r\n');
    const headers = headerMap(headerLines.join('\r\n'));
    const content = body.replace(/\r\n$/, '');
    expect(Number(headers['content-length'])).toBe(Buffer.byteLength(content));
    return {
      contentId: partHeaders['content-id'],
      statusLine: statusLine!,
      status: Number(statusLine!.split(' ')[1]),
      headers,
      json: JSON.parse(content) as unknown,
    };
  });
}

function split(text: string, sep: string): [string, string] {
  const at = text.indexOf(sep);
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + sep.length)];
}

function headerMap(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\r\n')) {
    const at = line.indexOf(':');
    if (at > 0) out[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return out;
}

const api = (path: string) => `/compute/v1/projects/${path}`;

function vmBody(name: string) {
  return {
    name,
    machineType: 'e2-small',
    disks: [
      {
        boot: true,
        autoDelete: true,
        initializeParams: { sourceImage: 'projects/debian-cloud/global/images/family/debian-12' },
      },
    ],
  };
}

async function plain(method: string, path: string, body?: unknown) {
  const res = await fetch(`${emulator.gceEndpoint}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('POST /batch/compute/v1', () => {
  it('answers each GET in order, with its Content-ID, status line, headers and JSON', async () => {
    const boundary = 'batch_foobarbaz';
    const res = await postBatch(
      batchBody(
        [
          { method: 'GET', path: api('debian-cloud/global/images?alt=json&maxResults=500') },
          { method: 'GET', path: api(`${project}/zones/${zone}`) },
          { method: 'GET', path: api(`${project}/global/images/no-such-image`) },
          { method: 'GET', path: api(`${project}/zones/${zone}/instances/ghost`), id: 'item3' },
        ],
        boundary,
      ),
      `multipart/mixed; boundary=${boundary}`,
    );
    expect(res.headers.get('content-type')).not.toContain(boundary);
    const answers = await parts(res);
    expect(answers.map((p) => p.contentId)).toEqual([
      `<response-${BASE_ID}+0>`,
      `<response-${BASE_ID}+1>`,
      `<response-${BASE_ID}+2>`,
      '<response-item3>',
    ]);
    expect(answers.map((p) => p.statusLine)).toEqual([
      'HTTP/1.1 200 OK',
      'HTTP/1.1 200 OK',
      'HTTP/1.1 404 Not Found',
      'HTTP/1.1 404 Not Found',
    ]);
    for (const p of answers) {
      expect(p.headers['content-type']).toBe('application/json; charset=UTF-8');
    }

    const [list, zoneGet, missing] = answers.map((p) => p.json) as Record<string, unknown>[];
    expect(list).toMatchObject({ kind: 'compute#imageList' });
    const names = (list!.items as { name: string; family?: string }[]).map((i) => i.name);
    expect(names.some((n) => n.startsWith('debian-12-'))).toBe(true);
    // The same answers as the plain requests give.
    expect(list).toEqual(
      (await plain('GET', api('debian-cloud/global/images?alt=json&maxResults=500'))).json,
    );
    expect(zoneGet).toMatchObject({ kind: 'compute#zone', name: zone, status: 'UP' });
    const plainMissing = await plain('GET', api(`${project}/global/images/no-such-image`));
    expect(plainMissing.status).toBe(404);
    expect(missing).toEqual(plainMissing.json);
    expect(missing).toMatchObject({
      error: {
        code: 404,
        message: `The resource 'projects/${project}/global/images/no-such-image' was not found`,
      },
    });
  });

  it('takes gcloud’s form too: a quoted boundary, bare LF line ends, part headers it adds', async () => {
    const boundary = '===============0727023908928273847==';
    const headers = { 'MIME-Version': '1.0', 'content-length': '0', accept: 'application/json' };
    const body = batchBody(
      [
        { method: 'GET', path: api(`${project}/zones/${zone}?alt=json`), headers },
        { method: 'GET', path: api(`${project}/regions/us-central1?alt=json`), headers },
      ],
      boundary,
      '\n',
    );
    const answers = await parts(await postBatch(body, `multipart/mixed; boundary="${boundary}"`));
    expect(answers.map((p) => [p.status, (p.json as { name: string }).name])).toEqual([
      [200, zone],
      [200, 'us-central1'],
    ]);
  });

  it('carries out an insert (POST with a JSON body) as the plain request does', async () => {
    const plainInsert = await plain(
      'POST',
      api(`${project}/zones/${zone}/instances`),
      vmBody('vm-plain'),
    );
    expect(plainInsert.status).toBe(200);

    const boundary = 'b1';
    const [created, duplicate] = await parts(
      await postBatch(
        batchBody(
          [
            {
              method: 'POST',
              path: api(`${project}/zones/${zone}/instances?alt=json`),
              body: vmBody('vm-batch'),
            },
            {
              method: 'POST',
              path: api(`${project}/zones/${zone}/instances?alt=json`),
              body: vmBody('vm-plain'),
            },
          ],
          boundary,
        ),
        `multipart/mixed; boundary=${boundary}`,
      ),
    );
    expect(created!.status).toBe(200);
    const op = created!.json as Record<string, unknown>;
    expect(op).toMatchObject({
      kind: 'compute#operation',
      operationType: 'insert',
      targetLink: expect.stringMatching(new RegExp(`/zones/${zone}/instances/vm-batch$`)),
    });
    expect(Object.keys(op).sort()).toEqual(Object.keys(plainInsert.json).sort());

    // The instance exists, as after the plain insert.
    await expect
      .poll(
        async () =>
          (await plain('GET', api(`${project}/zones/${zone}/instances/vm-batch`))).json.status,
        {
          timeout: 10_000,
        },
      )
      .toBe('RUNNING');
    expect(
      emulator.control
        .resources()
        .filter((r) => r.kind === 'instance')
        .map((r) => r.name)
        .sort(),
    ).toEqual(['vm-batch', 'vm-plain']);

    // A duplicate is refused inside the batch as it is outside it.
    const again = await plain(
      'POST',
      api(`${project}/zones/${zone}/instances`),
      vmBody('vm-batch'),
    );
    expect(again.status).toBe(409);
    expect(duplicate!.status).toBe(409);
    expect(duplicate!.json).toEqual(
      JSON.parse(JSON.stringify(again.json).replaceAll('vm-batch', 'vm-plain')),
    );
  });

  it('logs every inner call like a plain one, with the outer credential unless a part has its own', async () => {
    emulator.control.clearCalls();
    const boundary = 'b2';
    await parts(
      await postBatch(
        batchBody(
          [
            { method: 'GET', path: api(`${project}/zones/${zone}?alt=json`) },
            {
              method: 'GET',
              path: api('debian-cloud/global/images/family/debian-12'),
              headers: { Authorization: 'Bearer inner-token' },
            },
          ],
          boundary,
        ),
        `multipart/mixed; boundary=${boundary}`,
        { authorization: 'Bearer outer-token' },
      ),
    );
    await fetch(`${emulator.gceEndpoint}${api(`${project}/zones/${zone}`)}`, {
      headers: { authorization: 'Bearer outer-token' },
    });
    await fetch(`${emulator.gceEndpoint}${api(`${project}/zones/${zone}`)}`, {
      headers: { authorization: 'Bearer inner-token' },
    });
    const res = await fetch(`${emulator.controlUrl}/calls`);
    const calls = (await res.json()) as {
      method: string;
      path: string;
      query: string;
      status: number;
      auth?: string;
    }[];
    const [outerPrint, innerPrint] = [calls[3]!.auth, calls[4]!.auth];
    expect(outerPrint).toMatch(/^Bearer sha256:/);
    expect(innerPrint).not.toBe(outerPrint);
    expect(
      calls.map(({ method, path, query, status, auth }) => ({ method, path, query, status, auth })),
    ).toEqual([
      { method: 'POST', path: '/batch/compute/v1', query: '', status: 200, auth: outerPrint },
      {
        method: 'GET',
        path: api(`${project}/zones/${zone}`),
        query: 'alt=json',
        status: 200,
        auth: outerPrint,
      },
      {
        method: 'GET',
        path: api('debian-cloud/global/images/family/debian-12'),
        query: '',
        status: 200,
        auth: innerPrint,
      },
      {
        method: 'GET',
        path: api(`${project}/zones/${zone}`),
        query: '',
        status: 200,
        auth: outerPrint,
      },
      {
        method: 'GET',
        path: api(`${project}/zones/${zone}`),
        query: '',
        status: 200,
        auth: innerPrint,
      },
    ]);
  });

  it('applies injected faults and rate quotas per inner request; the batch itself answers 200', async () => {
    emulator.control.addFault({ method: 'GET', path: '/zones/us-east1-b$', status: 503 });
    emulator.control.setHazards({ gce: { readRequestsPerMinute: 2, rateQuotaMinute: 60_000 } });
    const boundary = 'b3';
    const res = await postBatch(
      batchBody(
        [
          { method: 'GET', path: api(`${project}/zones/us-east1-b`) },
          { method: 'GET', path: api(`${project}/zones/us-east1-b`) },
          { method: 'GET', path: api(`${project}/zones/us-east1-c`) },
          { method: 'GET', path: api(`${project}/zones/us-east1-d`) },
        ],
        boundary,
      ),
      `multipart/mixed; boundary=${boundary}`,
    );
    const answers = await parts(res);
    expect(answers.map((p) => p.status)).toEqual([503, 200, 200, 403]);
    expect(answers[0]!.json).toMatchObject({
      error: { code: 503, message: 'The service is currently unavailable.' },
    });
    expect(answers[3]!.json).toMatchObject({
      error: { code: 403, errors: [{ reason: 'rateLimitExceeded', domain: 'usageLimits' }] },
    });
    expect(emulator.control.calls().map((c) => `${c.path} ${c.status}`)).toEqual([
      '/batch/compute/v1 200',
      `${api(`${project}/zones/us-east1-b`)} 503`,
      `${api(`${project}/zones/us-east1-b`)} 200`,
      `${api(`${project}/zones/us-east1-c`)} 200`,
      `${api(`${project}/zones/us-east1-d`)} 403`,
    ]);
  });

  it('takes 1000 calls and refuses 1001 with Google’s message, carrying out none of them', async () => {
    emulator.control.setHazards({ gce: { rateQuotaMinute: 0 } });
    const calls = (n: number) =>
      Array.from({ length: n }, () => ({ method: 'GET', path: api(`${project}/zones/${zone}`) }));
    const boundary = 'b4';
    const type = `multipart/mixed; boundary=${boundary}`;

    const refused = await postBatch(batchBody(calls(1001), boundary), type);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({
      error: {
        code: 400,
        message: 'Inner request count exceeds the limit. Received: 1001, Limit: 1000',
        errors: [
          {
            message: 'Inner request count exceeds the limit. Received: 1001, Limit: 1000',
            domain: 'global',
            reason: 'badRequest',
          },
        ],
        status: 'INVALID_ARGUMENT',
      },
    });
    expect(emulator.control.calls().map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual([
      'POST /batch/compute/v1 400',
    ]);

    const taken = await parts(await postBatch(batchBody(calls(1000), boundary), type));
    expect(taken).toHaveLength(1000);
    expect(taken.every((p) => p.status === 200)).toBe(true);
    expect(taken[999]!.contentId).toBe(`<response-${BASE_ID}+999>`);
    expect(emulator.control.calls()).toHaveLength(1 + 1 + 1000);
  }, 60_000);

  it('refuses a malformed batch with 400 and says what is wrong, carrying out nothing', async () => {
    const good = batchBody([{ method: 'GET', path: api(`${project}/zones/${zone}`) }], 'b5');
    const cases: [string, string, string][] = [
      [good, 'multipart/mixed', 'names no boundary'],
      [good, 'application/json', 'not multipart/mixed'],
      [good, 'multipart/mixed; boundary=other', 'no delimiter line --other'],
      [good.replace('--b5--', ''), 'multipart/mixed; boundary=b5', 'close delimiter --b5--'],
      ['--b5--\r\n', 'multipart/mixed; boundary=b5', 'error: 0 items.'],
      [
        good.replace('Content-Type: application/http', 'Content-Type: application/json'),
        'multipart/mixed; boundary=b5',
        'part 1 has Content-Type "application/json"; every part must be application/http',
      ],
      [
        batchBody(
          [
            { method: 'GET', path: api(`${project}/zones/${zone}`) },
            { method: 'POST', path: '/__emulator/reset' },
          ],
          'b5',
        ),
        'multipart/mixed; boundary=b5',
        'part 2 requests POST /__emulator/reset, outside /compute/v1/',
      ],
      [
        good.replace('GET /compute', `GET ${emulator.gceEndpoint}/compute`),
        'multipart/mixed; boundary=b5',
        'full URLs are not allowed',
      ],
      [
        good.replace(/GET \/compute\S+ HTTP\/1.1/, 'hello there'),
        'multipart/mixed; boundary=b5',
        'does not hold an HTTP request line',
      ],
    ];
    for (const [body, type, says] of cases) {
      emulator.control.clearCalls();
      const res = await postBatch(body, type);
      expect(res.status, says).toBe(400);
      const json = (await res.json()) as {
        error: { code: number; message: string; status: string };
      };
      expect(json.error.code).toBe(400);
      expect(json.error.status).toBe('INVALID_ARGUMENT');
      expect(json.error.message).toMatch(/^Failed to parse batch request, error: /);
      expect(json.error.message).toContain(says);
      expect(json.error.message).toMatch(/Received batch body: \(\d+\) bytes redacted$/);
      expect(emulator.control.calls().map((c) => c.path)).toEqual(['/batch/compute/v1']);
    }
  });
});

describe('the Google Cloud CLI against the emulator', () => {
  const reason = existsSync(GCLOUD) ? '' : `${GCLOUD} is not installed on this machine`;

  it.skipIf(!existsSync(GCLOUD))(
    `gcloud compute images list lists the stock images through the batch endpoint${reason ? ` (skipped: ${reason})` : ''}`,
    async () => {
      const config = await mkdtemp(join(tmpdir(), 'gcloud-config-'));
      try {
        const { code, stdout, stderr } = await run(
          GCLOUD,
          ['compute', 'images', 'list', '--format=json'],
          {
            ...process.env,
            CLOUDSDK_CONFIG: config,
            CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE: `${emulator.gceEndpoint}/compute/v1/`,
            CLOUDSDK_AUTH_DISABLE_CREDENTIALS: 'true',
            CLOUDSDK_CORE_PROJECT: 'some-project',
            CLOUDSDK_CORE_DISABLE_PROMPTS: '1',
            CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK: 'true',
            CLOUDSDK_CORE_DISABLE_USAGE_REPORTING: 'true',
          },
        );
        expect(code, stderr).toBe(0);
        const images = JSON.parse(stdout) as { name: string; family?: string; selfLink: string }[];
        expect(images.find((i) => i.family === 'debian-12')).toMatchObject({
          name: expect.stringMatching(/^debian-12-bookworm-v\d{8}$/),
          selfLink: expect.stringContaining('/projects/debian-cloud/global/images/'),
        });
        expect(images.some((i) => i.family === 'ubuntu-2204-lts')).toBe(true);
        const calls = emulator.control.calls();
        expect(calls.some((c) => c.path === '/batch/compute/v1' && c.status === 200)).toBe(true);
        expect(calls).toContainEqual(
          expect.objectContaining({
            method: 'GET',
            path: '/compute/v1/projects/debian-cloud/global/images',
            status: 200,
          }),
        );
      } finally {
        await rm(config, { recursive: true, force: true });
      }
    },
    120_000,
  );
});

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
