export const id = 61;
export const ids = [61];
export const modules = {

/***/ 1902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   fF: () => (/* binding */ options),
/* harmony export */   hP: () => (/* binding */ createClients)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _azure_arm_compute__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84401);
/* harmony import */ var _azure_arm_network__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71685);
/* harmony import */ var _azure_arm_resources__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14802);




/** Options every client shares: the endpoint override and the CA that endpoint presents. */
function options(config) {
    const opts = {};
    if (config.endpoint)
        opts.endpoint = config.endpoint;
    if (config.caCertificate)
        opts.tlsOptions = { ca: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(config.caCertificate, 'utf8') };
    return opts;
}
function createClients(config, credential) {
    const opts = options(config);
    return {
        compute: new _azure_arm_compute__WEBPACK_IMPORTED_MODULE_1__/* .ComputeManagementClient */ .Kx(credential, config.subscriptionId, opts),
        network: new _azure_arm_network__WEBPACK_IMPORTED_MODULE_2__/* .NetworkManagementClient */ .D76(credential, config.subscriptionId, opts),
        resources: new _azure_arm_resources__WEBPACK_IMPORTED_MODULE_3__/* .ResourceManagementClient */ .h0(credential, config.subscriptionId, opts),
    };
}
/** ARM's 404 (RestError statusCode), whichever client threw it. */
function isNotFound(err) {
    return err?.statusCode === 404;
}


/***/ }),

/***/ 71421:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ azureCredential)
/* harmony export */ });
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
    const identity = await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 23952));
    if (config.auth === 'oidc') {
        const core = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 14116));
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


/***/ }),

/***/ 99113:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ untilDone)
/* harmony export */ });
/* unused harmony export operationFailure */
/* harmony import */ var _wait_sleep_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70342);

/**
 * Runs an ARM long-running operation to completion within `deadline`, cancellable by the
 * run's signal. `start` receives the options to pass to the SDK call; a start that ignores
 * them (an existing poller) is still bounded by the deadline. A failure names `what`.
 */
async function untilDone(start, deadline, ctx, what = deadline.what) {
    const timeout = AbortSignal.timeout(Math.max(1, deadline.remaining()));
    const abortSignal = AbortSignal.any([ctx.signal, timeout]);
    try {
        return await (0,_wait_sleep_js__WEBPACK_IMPORTED_MODULE_0__/* .abortable */ .ZC)(Promise.resolve(start({ updateIntervalInMs: ctx.pollInterval, abortSignal })), abortSignal);
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


/***/ }),

/***/ 56061:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   shareGalleryImage: () => (/* binding */ shareGalleryImage)
/* harmony export */ });
/* unused harmony export assignmentName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _azure_arm_authorization__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(71043);
/* harmony import */ var _azure_arm_compute__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84401);
/* harmony import */ var _config_share_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31253);
/* harmony import */ var _share_result_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(98846);
/* harmony import */ var _wait_deadline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94485);
/* harmony import */ var _wait_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7607);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1902);
/* harmony import */ var _credential_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71421);
/* harmony import */ var _lro_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99113);










/**
 * A role assignment's name from what it grants (scope, principal, role): the same grant
 * always gets the same name, so a re-run finds its own assignment instead of adding another.
 * Formatted as a name-based (version 5 style) UUID, which is what ARM requires.
 */
function assignmentName(scope, principalId, roleId) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1')
        .update(`worker-image|${scope.toLowerCase()}|${principalId.toLowerCase()}|${roleId.toLowerCase()}`)
        .digest();
    hash[6] = (hash[6] & 0x0f) | 0x50;
    hash[8] = (hash[8] & 0x3f) | 0x80;
    const h = hash.subarray(0, 16).toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
function roleName(roleId) {
    return roleId === _config_share_js__WEBPACK_IMPORTED_MODULE_2__/* .READER_ROLE_ID */ .Z_ ? 'Reader' : `role ${roleId}`;
}
/** `RoleAssignmentExists`: the principal already has the role at this scope (another name). */
function isAssignmentExists(err) {
    const e = err;
    return e?.statusCode === 409 && e?.code === 'RoleAssignmentExists';
}
/**
 * `PrincipalNotFound`: no such principal, or one created moments ago that has not reached
 * every directory replica yet (learn.microsoft.com/azure/role-based-access-control/
 * role-assignments-template#new-service-principal). Setting principalType would skip the
 * lookup, but the type of a configured object id is not known here: retry instead.
 */
function isPrincipalNotFound(err) {
    return err?.code === 'PrincipalNotFound';
}
/** Retries over about 25 poll intervals (2 minutes at the default 5s): replication's usual lag. */
const PRINCIPAL_ATTEMPTS = 6;
/**
 * Shares a gallery image version two ways, each only where asked and only what is missing:
 * - a role assignment (Reader by default) per principal at the gallery or image definition;
 * - the gallery's direct sharing profile, with subscriptions and tenants (Add).
 */
async function shareGalleryImage(connection, request, ctx) {
    const { target, share, dryRun } = request;
    const azure = { ...connection, subscriptionId: target.subscriptionId };
    const credential = await (0,_credential_js__WEBPACK_IMPORTED_MODULE_7__/* .azureCredential */ .$)(azure, ctx.reporter);
    const opts = (0,_clients_js__WEBPACK_IMPORTED_MODULE_5__/* .options */ .fF)(azure);
    const compute = new _azure_arm_compute__WEBPACK_IMPORTED_MODULE_1__/* .ComputeManagementClient */ .Kx(credential, target.subscriptionId, opts);
    const retry = (what, fn) => (0,_wait_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .bD)(what, fn, { signal: ctx.signal, onRetry: (m) => ctx.reporter.info(m) });
    const signal = { abortSignal: ctx.signal };
    const gallery = await retry(`read gallery ${target.gallery}`, () => compute.galleries.get(target.resourceGroup, target.gallery, {
        ...signal,
        select: 'Permissions',
    })).catch((err) => {
        if (!(0,_clients_js__WEBPACK_IMPORTED_MODULE_5__/* .isNotFound */ .c4)(err))
            throw err;
        throw new Error(`gallery ${target.gallery} not found in resource group ${target.resourceGroup} (subscription ${target.subscriptionId})`);
    });
    if (target.version) {
        await retry(`read gallery version ${target.version}`, () => compute.galleryImageVersions.get(target.resourceGroup, target.gallery, target.definition, target.version, signal)).catch((err) => {
            if (!(0,_clients_js__WEBPACK_IMPORTED_MODULE_5__/* .isNotFound */ .c4)(err))
                throw err;
            throw new Error(`gallery version ${target.definition}/${target.version} not found in gallery ${target.gallery}; bake it first, or check the version`);
        });
    }
    const direct = share.subscriptions.length + share.tenants.length > 0;
    const profile = gallery.sharingProfile;
    // Checked before any change, so a refused share changes nothing.
    if (direct && profile?.permissions !== 'Groups') {
        throw new Error(`gallery ${target.gallery} cannot be shared directly with subscriptions or tenants: its sharing ` +
            `permission is ${profile?.permissions ?? 'Private'}, not Groups. Direct sharing must be enabled ` +
            'when the gallery is created (sharingProfile.permissions: Groups, e.g. `az sig create --permissions groups`); ' +
            'use a gallery created with it, or share through role assignments (share.azure.principals)');
    }
    const grants = [];
    if (share.principals.length > 0) {
        const authorization = new _azure_arm_authorization__WEBPACK_IMPORTED_MODULE_8__/* .AuthorizationManagementClient */ .IK(credential, target.subscriptionId, opts);
        const galleryId = `/subscriptions/${target.subscriptionId}/resourceGroups/${target.resourceGroup}` +
            `/providers/Microsoft.Compute/galleries/${target.gallery}`;
        const scope = share.scope === 'definition' ? `${galleryId}/images/${target.definition}` : galleryId;
        // The SDK puts `/` before the scope itself; ARM ids start with one.
        const scopePath = scope.replace(/^\//, '');
        const roleDefinitionId = `/subscriptions/${target.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${share.roleId}`;
        const via = `${roleName(share.roleId)} on ${share.scope} ${share.scope === 'definition' ? target.definition : target.gallery}`;
        for (const principalId of share.principals) {
            const name = assignmentName(scope, principalId, share.roleId);
            const found = await retry(`read role assignment ${name}`, () => authorization.roleAssignments.get(scopePath, name, signal)).then(() => true, (err) => {
                if ((0,_clients_js__WEBPACK_IMPORTED_MODULE_5__/* .isNotFound */ .c4)(err))
                    return false;
                throw err;
            });
            let status = found ? 'unchanged' : 'added';
            if (!found && !dryRun) {
                status = await (0,_wait_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .bD)(`assign ${roleName(share.roleId)} to ${principalId}`, () => authorization.roleAssignments.create(scopePath, name, { roleDefinitionId, principalId, description: 'worker-image share-image' }, signal), {
                    signal: ctx.signal,
                    onRetry: (m) => ctx.reporter.info(m),
                    retryable: isPrincipalNotFound,
                    attempts: PRINCIPAL_ATTEMPTS,
                    baseDelay: connection.pollInterval,
                    maxDelay: 8 * connection.pollInterval,
                }).then(() => 'added', (err) => {
                    if (isAssignmentExists(err))
                        return 'unchanged';
                    if (!isPrincipalNotFound(err))
                        throw err;
                    throw new Error(`principal ${principalId} was not found in the directory (PrincipalNotFound, still ` +
                        `after ${PRINCIPAL_ATTEMPTS} tries): check the object id in share.azure.principals; a ` +
                        'principal created moments ago can take a few minutes to reach every replica, so ' +
                        'a later run may succeed', { cause: err });
                });
            }
            grants.push({ member: principalId, status, via });
        }
    }
    if (direct && profile) {
        const current = (type) => new Set((profile.groups ?? [])
            .filter((g) => g.type?.toLowerCase() === type.toLowerCase())
            .flatMap((g) => g.ids ?? [])
            .map((id) => id.toLowerCase()));
        const groups = [
            { type: 'Subscriptions', label: 'subscription', ids: share.subscriptions },
            { type: 'AADTenants', label: 'tenant', ids: share.tenants },
        ];
        const missing = groups.map((g) => {
            const have = current(g.type);
            return { type: g.type, ids: g.ids.filter((id) => !have.has(id.toLowerCase())) };
        });
        for (const g of groups) {
            const add = missing.find((m) => m.type === g.type).ids;
            for (const id of g.ids) {
                grants.push({
                    member: `${g.label}:${id}`,
                    status: add.includes(id) ? 'added' : 'unchanged',
                    via: `sharing profile of gallery ${target.gallery}`,
                });
            }
        }
        const toAdd = missing.filter((m) => m.ids.length > 0);
        if (toAdd.length > 0 && !dryRun) {
            const deadline = new _wait_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .Deadline */ .B(`sharing gallery ${target.gallery}`, connection.timeouts.replication);
            const poller = compute.gallerySharingProfile.update(target.resourceGroup, target.gallery, { operationType: 'Add', groups: toAdd }, { updateIntervalInMs: connection.pollInterval, abortSignal: ctx.signal });
            await (0,_lro_js__WEBPACK_IMPORTED_MODULE_6__/* .untilDone */ .z)(() => poller, deadline, { ...ctx, pollInterval: connection.pollInterval });
        }
    }
    return (0,_share_result_js__WEBPACK_IMPORTED_MODULE_9__/* .shareResult */ .L)('azure', target.id, grants, dryRun);
}


/***/ }),

/***/ 94485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24545);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58406);


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
        const head = `${this.what} did not finish within ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(this.budget)}`;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeadlineError */ .j(detail ? `${head}\n${detail}` : head);
    }
}


/***/ }),

/***/ 7607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   c2: () => (/* binding */ statusOf)
/* harmony export */ });
/* unused harmony exports retryAfterOf, isTransient */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58406);
/* harmony import */ var _sleep_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70342);


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
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .c || attempt >= attempts)
                throw err;
            if (!isTransient(err) && !opts.retryable?.(err))
                throw err;
            const wait = retryAfterOf(err) ?? (0,_sleep_js__WEBPACK_IMPORTED_MODULE_1__/* .jitter */ .p$)(delay);
            opts.onRetry?.(`${what}: ${opts.describe?.(err) ?? statusOf(err) ?? err.message}, retrying in ${Math.ceil(wait / 100) / 10}s (attempt ${attempt + 1}/${attempts})`);
            await (0,_sleep_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy)(wait, opts.signal);
            delay = Math.min(delay * 2, opts.maxDelay ?? 30_000);
        }
    }
}


/***/ }),

/***/ 70342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZC: () => (/* binding */ abortable),
/* harmony export */   p$: () => (/* binding */ jitter),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58406);

/** Sleeps `ms`, or rejects with CancelledError as soon as `signal` aborts. */
function sleep(ms, signal) {
    if (signal?.aborted)
        return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .c());
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .c());
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
        return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .c());
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .c());
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


/***/ })

};
