import type { IncomingMessage, ServerResponse } from 'node:http';
import { ArmError } from './arm/errors.js';
import type { SeedPrincipal } from './arm/principals.js';
import type { SeedEntraApp } from './entra/service.js';
import type { SeedGalleryVersion } from './arm/seed.js';
import type { EmulatorControl, ReplicationFailure } from './control.js';
import type { SeedAmi } from './ec2/seed.js';
import { GceError } from './gce/errors.js';
import type { SeedImage } from './gce/seed.js';
import type { Binding } from './gce/state.js';
import type { FaultRule } from './faults.js';
import type { CheckRule, OutcomeRule } from './vm/outcomes.js';
import { HttpError, jsonObject, readBody, sendJson, sendText } from './http.js';
import type { Mount } from './server.js';

export const CONTROL_PREFIX = '/__emulator/';

type Handler = (body: Record<string, unknown>, params: string[]) => unknown;

/**
 * The control API over HTTP, the same operations as `emulator.control`, for users driving
 * the emulator from another process (`worker-image emulator`) or a shell with curl.
 */
function routes(c: EmulatorControl): [string, RegExp, Handler][] {
  const instance = '([^/]+)/([^/]+)/([^/]+)';
  return [
    // Outcome rules apply to every cloud's VMs; `gce/outcomes` is their first name.
    ['POST', /^(?:gce\/)?outcomes$/, (b) => c.addOutcome(b as unknown as OutcomeRule)],
    ['DELETE', /^(?:gce\/)?outcomes$/, () => c.clearOutcomes()],
    ['POST', /^checks$/, (b) => c.addCheckOutcome(b as unknown as CheckRule)],
    ['DELETE', /^checks$/, () => c.clearCheckOutcomes()],
    ['GET', /^durations$/, () => c.durations()],
    ['POST', /^durations$/, (b) => c.setDurations(b)],
    ['GET', /^hazards$/, () => c.hazards()],
    ['POST', /^hazards$/, (b) => c.setHazards(b)],
    ['POST', /^faults$/, (b) => c.addFault(b as unknown as FaultRule)],
    ['DELETE', /^faults$/, () => c.clearFaults()],
    ['POST', /^gce\/images$/, (b) => c.seedImage(b as unknown as SeedImage)],
    ['GET', /^gce\/iam-policy\/([^/]+)\/([^/]+)$/, (_, [p, i]) => c.gceIamPolicy(p!, i!)],
    [
      'POST',
      /^gce\/iam-races\/([^/]+)\/([^/]+)$/,
      (b, [p, i]) => c.raceGceIamPolicy(p!, i!, (b.bindings ?? []) as Binding[]),
    ],
    [
      'POST',
      /^azure\/gallery-versions$/,
      (b) => c.seedGalleryVersion(b as unknown as SeedGalleryVersion),
    ],
    ['POST', /^azure\/principals$/, (b) => c.seedAzurePrincipal(b as unknown as SeedPrincipal)],
    ['POST', /^entra\/apps$/, (b) => c.seedEntraApp(b as unknown as SeedEntraApp)],
    [
      'POST',
      /^azure\/replication-failures$/,
      (b) => c.addReplicationFailure(b as unknown as ReplicationFailure),
    ],
    ['DELETE', /^azure\/replication-failures$/, () => c.clearReplicationFailures()],
    ['POST', /^aws\/amis$/, (b) => c.seedAmi(b as unknown as SeedAmi)],
    [
      'GET',
      /^aws\/launch-permissions\/([^/]+)\/([^/]+)$/,
      (_, [region, image]) => c.launchPermissions(region!, image!),
    ],
    [
      'GET',
      /^aws\/console\/([^/]+)\/([^/]+)$/,
      (_, [region, instance]) => c.consoleOutput(region!, instance!),
    ],
    ['GET', /^operations$/, () => c.operations()],
    ['GET', /^resources$/, () => c.resources()],
    ['GET', /^calls$/, () => c.calls()],
    ['DELETE', /^calls$/, () => c.clearCalls()],
    ['POST', /^reset$/, () => c.reset()],
    [
      'GET',
      new RegExp(`^gce/guest-attributes/${instance}$`),
      (_, [p, z, i]) => c.guestAttributes(p!, z!, i!),
    ],
    ['GET', new RegExp(`^gce/serial/${instance}$`), (_, [p, z, i]) => c.serialOutput(p!, z!, i!)],
  ];
}

function errorStatus(err: unknown): number {
  if (err instanceof HttpError || err instanceof GceError || err instanceof ArmError) {
    return err.status;
  }
  if (err instanceof TypeError) return 400;
  return 500;
}

export function controlMount(control: EmulatorControl): Mount {
  const table = routes(control);
  return {
    prefix: CONTROL_PREFIX,
    async handle(req: IncomingMessage, res: ServerResponse, url: URL) {
      const path = url.pathname.slice(CONTROL_PREFIX.length);
      try {
        const body = jsonObject(await readBody(req));
        for (const [method, pattern, handler] of table) {
          const m = pattern.exec(path);
          if (method !== req.method || !m) continue;
          const result = await handler(body, m.slice(1).map(decodeURIComponent));
          if (typeof result === 'string') return sendText(res, 200, result);
          return sendJson(res, 200, result ?? { ok: true });
        }
        throw new HttpError(404, `no control route ${req.method} ${url.pathname}`);
      } catch (err) {
        const status = errorStatus(err);
        const message = err instanceof Error ? err.message : String(err);
        sendJson(res, status, { error: { code: status, message } });
      }
    },
  };
}
