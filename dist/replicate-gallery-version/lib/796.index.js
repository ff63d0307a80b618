export const id = 796;
export const ids = [796];
export const modules = {

/***/ 7796:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  replicateVersion: () => (/* binding */ replicateVersion)
});

// EXTERNAL MODULE: ./lib/naming/azure.js + 1 modules
var naming_azure = __webpack_require__(1140);
// EXTERNAL MODULE: ./lib/replicate/regions.js
var replicate_regions = __webpack_require__(3430);
;// CONCATENATED MODULE: ./lib/replicate/plan.js


/** Azure's guidance for production images. */
const PRODUCTION_MIN_REPLICAS = 3;
/**
 * Replicas per target region. Azure creates VMs from a version's replicas, so too few of them
 * throttle a pool that scales out at once. With `expectedConcurrentVms` every region gets
 * enough for that many VMs (at least 3 for production images, at most Azure's 100); a region
 * that asks for more keeps its count. Without it the counts stand as written.
 */
function planReplicas(regions, policy) {
    const { expectedConcurrentVms: vms, vmsPerReplica, production } = policy;
    if (vms === undefined) {
        const few = regions.filter((r) => r.replicas < PRODUCTION_MIN_REPLICAS);
        const notes = production && few.length > 0
            ? [
                `production images should have at least ${PRODUCTION_MIN_REPLICAS} replicas per region (Azure's guidance); ` +
                    `${few.map((r) => `${r.name} has ${r.replicas}`).join(', ')}: ` +
                    'raise replicas, or set replica-policy.expected-concurrent-vms',
            ]
            : [];
        return { regions, notes };
    }
    const needed = Math.ceil(vms / vmsPerReplica);
    const planned = Math.min(Math.max(needed, production ? PRODUCTION_MIN_REPLICAS : 1), replicate_regions/* MAX_REPLICAS */.zq);
    const notes = needed > replicate_regions/* MAX_REPLICAS */.zq
        ? [
            `${vms} concurrent VMs need ${needed} replicas; capped at ${replicate_regions/* MAX_REPLICAS */.zq}, Azure's maximum per version — ` +
                'consider splitting across versions/regions',
        ]
        : [];
    return {
        regions: regions.map((r) => ({ ...r, replicas: Math.max(r.replicas, planned) })),
        notes,
    };
}
/**
 * An existing version's target regions after a replicate request: regions are added and
 * counts raised, never removed or lowered. Removing a region deletes its replicas from under
 * the pools running there, whose next scale-out then fails; a lower count throttles them.
 * Shrinking is a deliberate change to make by hand, not a side effect of asking for more.
 * An existing region keeps its storage account type. Names are compared and returned in
 * Azure's region-name form (a version read back from Azure may say `East US`).
 */
function mergeTargetRegions(existing, requested) {
    const regions = existing.map((r) => ({ ...r, name: (0,naming_azure/* canonicalRegion */.zT)(r.name) }));
    const added = [];
    const raised = [];
    for (const want of requested) {
        const name = (0,naming_azure/* canonicalRegion */.zT)(want.name);
        const have = regions.find((r) => r.name === name);
        if (!have) {
            regions.push({ ...want, name });
            added.push(name);
        }
        else if (want.replicas > have.replicas) {
            have.replicas = want.replicas;
            raised.push(name);
        }
    }
    return { regions, changed: added.length > 0 || raised.length > 0, added, raised };
}

// EXTERNAL MODULE: ./lib/wait/duration.js
var duration = __webpack_require__(4545);
;// CONCATENATED MODULE: ./lib/wait/errors.js
/** A wait ran past its deadline. The message names what was awaited and for how long. */
class DeadlineError extends Error {
    name = 'DeadlineError';
}
/** The run was cancelled (SIGINT/SIGTERM from the runner, or Ctrl-C). */
class CancelledError extends Error {
    name = 'CancelledError';
    constructor(message = 'cancelled') {
        super(message);
    }
}

;// CONCATENATED MODULE: ./lib/wait/deadline.js


/** A point in time by which `what` must have happened. */
class Deadline {
    what;
    budget;
    start = Date.now();
    at;
    constructor(what, budget) {
        this.what = what;
        this.budget = budget;
        this.at = this.start + budget;
    }
    remaining() {
        return Math.max(0, this.at - Date.now());
    }
    elapsed() {
        return Date.now() - this.start;
    }
    expired() {
        return Date.now() >= this.at;
    }
    /** The error to throw on expiry; `detail` is appended (e.g. the builder's log tail). */
    error(detail) {
        const head = `${this.what} did not finish within ${(0,duration/* formatDuration */.a)(this.budget)}`;
        return new DeadlineError(detail ? `${head}\n${detail}` : head);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@azure/arm-compute/dist/esm/index.js + 145 modules
var esm = __webpack_require__(4401);
// EXTERNAL MODULE: ./node_modules/@azure/arm-network/dist/esm/index.js + 176 modules
var dist_esm = __webpack_require__(1685);
// EXTERNAL MODULE: ./node_modules/@azure/arm-resources/dist/esm/index.js + 24 modules
var arm_resources_dist_esm = __webpack_require__(4802);
;// CONCATENATED MODULE: ./lib/providers/azure/clients.js




/** Options every client shares: the endpoint override and the CA that endpoint presents. */
function options(config) {
    const opts = {};
    if (config.endpoint)
        opts.endpoint = config.endpoint;
    if (config.caCertificate)
        opts.tlsOptions = { ca: (0,external_node_fs_.readFileSync)(config.caCertificate, 'utf8') };
    return opts;
}
function createClients(config, credential) {
    const opts = options(config);
    return {
        compute: new esm/* ComputeManagementClient */.Kx(credential, config.subscriptionId, opts),
        network: new dist_esm/* NetworkManagementClient */.D76(credential, config.subscriptionId, opts),
        resources: new arm_resources_dist_esm/* ResourceManagementClient */.h0(credential, config.subscriptionId, opts),
    };
}
/** ARM's 404 (RestError statusCode), whichever client threw it. */
function isNotFound(err) {
    return err?.statusCode === 404;
}

;// CONCATENATED MODULE: ./lib/wait/sleep.js

/** Sleeps `ms`, or rejects with CancelledError as soon as `signal` aborts. */
function sleep(ms, signal) {
    if (signal?.aborted)
        return Promise.reject(new CancelledError());
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(new CancelledError());
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** Adds ±20% jitter so parallel pollers do not fall into step. */
function jitter(ms) {
    return ms * (0.8 + Math.random() * 0.4);
}
/**
 * Settles with `promise`, or rejects with CancelledError as soon as `signal` aborts (the
 * request itself is abandoned: SDK long-polls cannot be cancelled, and cleanup must not wait).
 */
function abortable(promise, signal) {
    if (!signal)
        return promise;
    if (signal.aborted)
        return Promise.reject(new CancelledError());
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(new CancelledError());
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then((v) => {
            signal.removeEventListener('abort', onAbort);
            resolve(v);
        }, (e) => {
            signal.removeEventListener('abort', onAbort);
            reject(e);
        });
    });
}

;// CONCATENATED MODULE: ./lib/providers/azure/lro.js

/**
 * Runs an ARM long-running operation to completion within `deadline`, cancellable by the
 * run's signal. `start` receives the options to pass to the SDK call; a start that ignores
 * them (an existing poller) is still bounded by the deadline. A failure names `what`.
 */
async function untilDone(start, deadline, ctx, what = deadline.what) {
    const timeout = AbortSignal.timeout(Math.max(1, deadline.remaining()));
    const abortSignal = AbortSignal.any([ctx.signal, timeout]);
    try {
        return await abortable(Promise.resolve(start({ updateIntervalInMs: ctx.pollInterval, abortSignal })), abortSignal);
    }
    catch (err) {
        if (timeout.aborted && !ctx.signal.aborted)
            throw deadline.error();
        if (ctx.signal.aborted)
            throw err;
        throw operationFailure(what, err);
    }
}
const LRO_FAILED = /^The long-running operation has failed\.?\s*/;
/**
 * `creating network wi-vnet-1 failed: SkuNotAvailable. The requested size...`: the SDK's
 * generic "The long-running operation has failed" says neither what nor where. The status
 * and code stay on the error, so callers can still tell a 404.
 */
function operationFailure(what, err) {
    const e = err;
    const message = String(e?.message ?? err).replace(LRO_FAILED, '');
    const code = typeof e?.code === 'string' && !message.startsWith(e.code) ? `${e.code}: ` : '';
    return Object.assign(new Error(`${what} failed: ${code}${message}`, { cause: err }), {
        ...(e?.code !== undefined ? { code: e.code } : {}),
        ...(e?.statusCode !== undefined ? { statusCode: e.statusCode } : {}),
    });
}

;// CONCATENATED MODULE: ./lib/providers/azure/credential.js
/**
 * The credential for the configured auth mode:
 * - `default`: DefaultAzureCredential (environment, workload identity, the az CLI login
 *   that azure/login leaves behind);
 * - `oidc`: the job's GitHub ID token exchanged directly for `client-id` in `tenant-id`
 *   (needs `permissions: id-token: write`);
 * - `none`: a fixed placeholder token, for an endpoint that does not check (the emulator).
 */
async function azureCredential(config, reporter) {
    if (config.auth === 'none') {
        return {
            getToken: async () => ({
                token: 'worker-image-no-auth',
                expiresOnTimestamp: Date.now() + 3_600_000,
            }),
        };
    }
    if (config.auth === 'oidc' && !process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
        // Checked here, not at the first token request: that would reach the identity platform.
        throw new Error('azure.auth is oidc but the job could not get a GitHub ID token (ACTIONS_ID_TOKEN_REQUEST_URL ' +
            'is not set): grant the job `permissions: id-token: write` (pull requests from forks never ' +
            'get one); outside GitHub Actions use azure.auth: default after `az login`');
    }
    const identity = await __webpack_require__.e(/* import() */ 952).then(__webpack_require__.bind(__webpack_require__, 3952));
    if (config.auth === 'oidc') {
        const core = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4116));
        return new identity.ClientAssertionCredential(config.tenantId, config.clientId, async () => {
            try {
                // getIDToken masks the token in the log.
                return await core.getIDToken('api://AzureADTokenExchange');
            }
            catch (err) {
                reporter.warning('azure.auth is oidc but the job could not get a GitHub ID token: grant the job ' +
                    '`permissions: id-token: write` (pull requests from forks never get one).');
                throw err;
            }
        });
    }
    return new identity.DefaultAzureCredential();
}

;// CONCATENATED MODULE: ./lib/wait/poll.js



/**
 * Calls `check` until it returns a value other than undefined, sleeping between calls.
 * Throws the deadline's error on expiry and CancelledError when the signal aborts.
 */
async function pollUntil(check, opts) {
    const every = opts.progressEvery ?? 30_000;
    let interval = opts.interval;
    let lastProgress = Date.now();
    for (;;) {
        if (opts.signal?.aborted)
            throw new CancelledError();
        const value = await check();
        if (value !== undefined)
            return value;
        if (opts.deadline.expired())
            throw opts.deadline.error(await opts.onExpiry?.());
        if (opts.progress && Date.now() - lastProgress >= every) {
            lastProgress = Date.now();
            opts.progress((0,duration/* formatDuration */.a)(opts.deadline.elapsed()));
        }
        await sleep(Math.min(jitter(interval), opts.deadline.remaining()), opts.signal);
        interval = Math.min(interval * (opts.backoff ?? 1), opts.maxInterval ?? interval);
    }
}

;// CONCATENATED MODULE: ./lib/wait/retry.js


/** HTTP status of an SDK error, whichever SDK threw it. */
function statusOf(err) {
    const e = err;
    for (const v of [
        e?.httpStatusCode,
        e?.status,
        e?.statusCode,
        e?.response?.status,
        e?.$metadata?.httpStatusCode,
        e?.code,
    ]) {
        if (typeof v === 'number' && v >= 100 && v < 600)
            return v;
    }
    return undefined;
}
/** `Retry-After` of an SDK error, in ms, when the server sent one. */
function retryAfterOf(err) {
    const headers = err?.response?.headers;
    let raw;
    if (headers instanceof Headers)
        raw = headers.get('retry-after');
    else if (headers && typeof headers === 'object') {
        raw = headers['retry-after'];
    }
    if (typeof raw !== 'string' && typeof raw !== 'number')
        return undefined;
    const seconds = Number(raw);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(String(raw));
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/** 429 and 5xx are worth another try; any other 4xx is the caller's mistake. */
function isTransient(err) {
    const status = statusOf(err);
    if (status === undefined) {
        const code = err?.code;
        return (typeof code === 'string' &&
            ['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNREFUSED'].includes(code));
    }
    return status === 429 || status >= 500;
}
/** Runs `fn`, retrying transient failures with backoff and honouring Retry-After. */
async function withRetry(what, fn, opts = {}) {
    const attempts = opts.attempts ?? 6;
    let delay = opts.baseDelay ?? 500;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (err) {
            if (err instanceof CancelledError || attempt >= attempts)
                throw err;
            if (!isTransient(err) && !opts.retryable?.(err))
                throw err;
            const wait = retryAfterOf(err) ?? jitter(delay);
            opts.onRetry?.(`${what}: ${opts.describe?.(err) ?? statusOf(err) ?? err.message}, retrying in ${Math.ceil(wait / 100) / 10}s (attempt ${attempt + 1}/${attempts})`);
            await sleep(wait, opts.signal);
            delay = Math.min(delay * 2, opts.maxDelay ?? 30_000);
        }
    }
}

;// CONCATENATED MODULE: ./lib/providers/azure/replication.js





function readVersion(clients, ref, ctx) {
    return withRetry(`read gallery version ${ref.version}`, () => clients.compute.galleryImageVersions.get(ref.resourceGroup, ref.gallery, ref.definition, ref.version, {
        expand: 'ReplicationStatus',
        abortSignal: ctx.signal,
    }), { signal: ctx.signal, onRetry: (m) => ctx.reporter.info(m) });
}
function summarize(ref, v) {
    const status = v.replicationStatus;
    return {
        version: ref.version,
        aggregatedState: String(status?.aggregatedState ?? 'Unknown'),
        regions: (status?.summary ?? []).map((r) => ({
            // Azure reports display names ("East US 2"); config and inputs use eastus2.
            region: (0,naming_azure/* canonicalRegion */.zT)(String(r.region ?? '')),
            state: String(r.state ?? 'Unknown'),
            progress: Number(r.progress ?? 0),
            ...(r.details ? { details: r.details } : {}),
        })),
    };
}
/** `eastus Completed 100%, westus2 Replicating 40%` */
function progressLine(s) {
    return (s.regions.map((r) => `${r.region} ${r.state} ${r.progress}%`).join(', ') || s.aggregatedState);
}
/**
 * Waits until every target region has its replicas, printing per-region progress. A region
 * in `Failed` fails the wait, naming it and Azure's details.
 */
async function waitForReplication(clients, ref, deadline, ctx, operation) {
    let last = '';
    let summary;
    return pollUntil(async () => {
        const version = await readVersion(clients, ref, ctx);
        summary = summarize(ref, version);
        const line = progressLine(summary);
        if (line !== last)
            ctx.reporter.info(`replication of ${ref.definition} ${ref.version}: ${line}`);
        last = line;
        const failed = summary.regions.filter((r) => r.state === 'Failed');
        if (failed.length > 0 || String(version.provisioningState) === 'Failed') {
            const what = `replication of gallery version ${ref.definition}/${ref.version}`;
            // No region failed: the create/update operation did, and only it says why.
            if (failed.length === 0 && operation) {
                await untilDone(() => operation, deadline, ctx, what);
            }
            throw new Error(`${what} failed in ` +
                (failed.map((r) => `${r.region}${r.details ? ` (${r.details})` : ''}`).join(', ') ||
                    `provisioning (state ${String(version.provisioningState)})`));
        }
        const done = String(version.provisioningState) === 'Succeeded' &&
            summary.aggregatedState === 'Completed';
        return done ? summary : undefined;
    }, {
        deadline,
        interval: ctx.pollInterval,
        signal: ctx.signal,
        progress: (elapsed) => ctx.reporter.info(`… replicating ${ref.version}: ${last}, ${elapsed} elapsed (deadline ${(0,duration/* formatDuration */.a)(deadline.budget)})`),
        onExpiry: async () => (summary ? `last state: ${progressLine(summary)}` : undefined),
    });
}

;// CONCATENATED MODULE: ./lib/providers/azure/replicate.js







/**
 * Sets or extends a gallery version's target regions and replica counts, then waits until
 * every region has its replicas. Never removes a region or lowers a count: pools may run on
 * them. A run that finds replication in progress waits for it instead of failing.
 */
async function replicateVersion(azure, request, ctx) {
    const clients = createClients(azure, await azureCredential(azure, ctx.reporter));
    const wctx = { ...ctx, pollInterval: azure.pollInterval };
    const { ref } = request;
    const deadline = new Deadline(`replication of ${ref.definition} ${ref.version}`, azure.timeouts.replication);
    let version;
    try {
        version = await readVersion(clients, ref, ctx);
    }
    catch (err) {
        if (!isNotFound(err))
            throw err;
        throw new Error(`gallery version ${ref.definition}/${ref.version} not found in gallery ${ref.gallery} ` +
            `(resource group ${ref.resourceGroup}); bake it first, or check the version`);
    }
    if (summarize(ref, version).aggregatedState === 'InProgress' ||
        String(version.provisioningState) !== 'Succeeded') {
        ctx.reporter.info(`replication of ${ref.version} is already in progress: waiting for it first`);
        await waitForReplication(clients, ref, deadline, wctx);
        version = await readVersion(clients, ref, ctx);
    }
    const existing = (version.publishingProfile?.targetRegions ?? []).map((r) => ({
        name: (0,naming_azure/* canonicalRegion */.zT)(r.name),
        replicas: r.regionalReplicaCount ?? 1,
        storageAccountType: (r.storageAccountType ??
            'Standard_LRS'),
    }));
    const planned = planReplicas(request.regions, request.policy);
    for (const note of planned.notes)
        ctx.reporter.warning(note);
    const merged = mergeTargetRegions(existing, planned.regions);
    let update;
    if (merged.changed) {
        ctx.reporter.info(`target regions: ${merged.regions.map((r) => `${r.name}×${r.replicas}`).join(', ')}` +
            (merged.added.length ? ` (added ${merged.added.join(', ')})` : '') +
            (merged.raised.length ? ` (raised ${merged.raised.join(', ')})` : ''));
        const poller = clients.compute.galleryImageVersions.update(ref.resourceGroup, ref.gallery, ref.definition, ref.version, {
            publishingProfile: {
                targetRegions: merged.regions.map((r) => ({
                    name: r.name,
                    regionalReplicaCount: r.replicas,
                    storageAccountType: r.storageAccountType,
                })),
            },
        }, { updateIntervalInMs: azure.pollInterval, abortSignal: ctx.signal });
        await untilDone(() => poller.submitted(), deadline, wctx);
        update = poller;
    }
    else {
        ctx.reporter.info(`${ref.version} already has every requested region and replica count`);
    }
    const summary = await waitForReplication(clients, ref, deadline, wctx, update);
    return { summary, added: merged.added, raised: merged.raised };
}


/***/ })

};
