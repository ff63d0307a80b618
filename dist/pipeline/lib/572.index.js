export const id = 572;
export const ids = [572];
export const modules = {

/***/ 58782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ isNotReady),
/* harmony export */   T1: () => (/* binding */ call),
/* harmony export */   XV: () => (/* binding */ CALL),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   sT: () => (/* binding */ retried),
/* harmony export */   tO: () => (/* binding */ retryOptions)
/* harmony export */ });
/* harmony import */ var _wait_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7607);
/* harmony import */ var _wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70342);


/**
 * The SDK retries idempotent GETs for up to 10 minutes on its own, which would blow past our
 * deadlines. Its retries are off; ours (bounded, backing off, cancellable) take over.
 */
const CALL = { retry: null, timeout: 60_000 };
/**
 * Backing off from 0.5 s to 30 s, eight attempts span a little over a minute: GCE refills a
 * rate quota at the start of the next minute (https://cloud.google.com/compute/api-quota).
 */
const ATTEMPTS = 8;
/**
 * The reasons GCE gives a 403 that means "slow down": `rateLimitExceeded` for a project's
 * rate quota, `userRateLimitExceeded` for a caller's, and the ErrorInfo reason newer answers
 * carry. Any other 403 (a missing permission) is final.
 */
const RATE_LIMIT_REASONS = new Set([
    'rateLimitExceeded',
    'userRateLimitExceeded',
    'RATE_LIMIT_EXCEEDED',
]);
const RATE_LIMIT_MESSAGE = /Rate Limit Exceeded|Quota exceeded for quota (metric|group)/i;
/** Where google-gax keeps an error's raw HTTP body, whose `errors[].reason` it does not copy. */
const RAW_BODY = Symbol.for('google-gax.rawHttpResponsePayload');
function reasonsOf(err) {
    const reasons = [];
    const { reason } = err;
    if (typeof reason === 'string')
        reasons.push(reason);
    const raw = err[RAW_BODY];
    if (typeof raw !== 'string')
        return reasons;
    try {
        const body = JSON.parse(raw);
        for (const e of body.error?.errors ?? [])
            if (typeof e.reason === 'string')
                reasons.push(e.reason);
    }
    catch {
        // not JSON: the message still tells
    }
    return reasons;
}
/** GCE's 403 rate limit (documented as 403 `rateLimitExceeded`), as opposed to a 403 refusal. */
function isRateLimited(err) {
    if (typeof err !== 'object' || err === null || (0,_wait_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(err) !== 403)
        return false;
    return (reasonsOf(err).some((r) => RATE_LIMIT_REASONS.has(r)) ||
        RATE_LIMIT_MESSAGE.test(String(err.message)));
}
/** How every GCE call is retried: 429, 5xx and 403 rate limits, bounded and logged. */
function retryOptions(onRetry, signal) {
    return {
        attempts: ATTEMPTS,
        retryable: isRateLimited,
        describe: (err) => isRateLimited(err) ? `403 rate limit (${err.message})` : undefined,
        onRetry,
        ...(signal ? { signal } : {}),
    };
}
/** `fn` with retries; a rate limit that outlasts them fails as one line naming the call. */
async function retried(what, fn, opts) {
    try {
        return await (0,_wait_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(what, fn, opts);
    }
    catch (err) {
        if (!isRateLimited(err))
            throw err;
        throw new Error(`${what}: still over GCE's API rate quota after ${ATTEMPTS} attempts over about a minute ` +
            `(${err.message}); other tools in the project may be using it up: try again ` +
            'later or ask for a higher quota');
    }
}
function call(ctx, what, fn) {
    return retried(what, () => (0,_wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__/* .abortable */ .ZC)(fn(), ctx.signal), retryOptions((m) => ctx.reporter.info(m), ctx.signal));
}
/** gRPC code 5 is NOT_FOUND; over REST the SDK also keeps the HTTP status. */
function isNotFound(err) {
    const e = err;
    return e?.httpStatusCode === 404 || e?.code === 5 || e?.code === 404;
}
/**
 * GCE's `resourceNotReady` (400): another operation on the resource, typically a deletion
 * already under way, has not finished. The REST error keeps only the message.
 */
function isNotReady(err) {
    const e = err;
    return e?.httpStatusCode === 400 && /is not ready/.test(String(e.message));
}


/***/ }),

/***/ 19191:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qe: () => (/* binding */ createDisksClient),
/* harmony export */   hP: () => (/* binding */ createClients),
/* harmony export */   qH: () => (/* binding */ verifyCredentials),
/* harmony export */   s1: () => (/* binding */ clientOptions)
/* harmony export */ });
/* harmony import */ var _google_cloud_compute_build_src_v1_disks_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41601);
/* harmony import */ var _google_cloud_compute_build_src_v1_global_operations_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68773);
/* harmony import */ var _google_cloud_compute_build_src_v1_images_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28225);
/* harmony import */ var _google_cloud_compute_build_src_v1_instances_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60891);
/* harmony import */ var _google_cloud_compute_build_src_v1_zone_operations_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99276);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(492);






const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
/** Client options from the config: the SDK's defaults, or an endpoint override. */
function clientOptions(config) {
    const options = { projectId: config.project };
    if (config.endpoint) {
        const url = new URL(config.endpoint);
        options.apiEndpoint = url.hostname;
        options.port = Number(url.port || (url.protocol === 'http:' ? 80 : 443));
        options.protocol = url.protocol.replace(':', '');
    }
    // `none`: no credentials are attached (a local emulator, or a proxy that adds its own).
    if (config.auth === 'none')
        options.authClient = new google_auth_library__WEBPACK_IMPORTED_MODULE_5__.PassThroughClient();
    // One GoogleAuth for all clients, so credentials are looked up once and checked up front.
    else
        options.auth = new google_auth_library__WEBPACK_IMPORTED_MODULE_5__.GoogleAuth({ projectId: config.project, scopes: [CLOUD_PLATFORM] });
    return options;
}
function createClients(config) {
    const options = clientOptions(config);
    return {
        instances: new _google_cloud_compute_build_src_v1_instances_client_js__WEBPACK_IMPORTED_MODULE_3__/* .InstancesClient */ .C(options),
        images: new _google_cloud_compute_build_src_v1_images_client_js__WEBPACK_IMPORTED_MODULE_2__/* .ImagesClient */ .A(options),
        zoneOperations: new _google_cloud_compute_build_src_v1_zone_operations_client_js__WEBPACK_IMPORTED_MODULE_4__/* .ZoneOperationsClient */ .G(options),
        globalOperations: new _google_cloud_compute_build_src_v1_global_operations_client_js__WEBPACK_IMPORTED_MODULE_1__/* .GlobalOperationsClient */ .V(options),
        ...(options.auth ? { auth: options.auth } : {}),
    };
}
/**
 * Finds the Application Default Credentials before the first API call. Without this, missing
 * credentials surface inside the SDK as an unhandled rejection and the call never settles.
 */
async function verifyCredentials(clients) {
    if (!clients.auth)
        return;
    try {
        await clients.auth.getClient();
    }
    catch (err) {
        throw new Error('gcp.auth is application-default, but no Google credentials were found: run ' +
            'google-github-actions/auth before this step (the job needs `permissions: id-token: write`), ' +
            'set GOOGLE_APPLICATION_CREDENTIALS, or run `gcloud auth application-default login` ' +
            `locally; against the emulator set gcp.auth: none (${err.message})`);
    }
}
/** Only gc lists and deletes disks on their own (a bake's boot disk goes with its builder). */
function createDisksClient(config, auth) {
    return new _google_cloud_compute_build_src_v1_disks_client_js__WEBPACK_IMPORTED_MODULE_0__/* .DisksClient */ .g({ ...clientOptions(config), ...(auth ? { auth } : {}) });
}


/***/ }),

/***/ 40572:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   shareGceImage: () => (/* binding */ shareGceImage)
/* harmony export */ });
/* unused harmony exports IMAGE_USER_ROLE, withImageUsers */
/* harmony import */ var _google_cloud_compute_build_src_v1_images_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28225);
/* harmony import */ var _share_result_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98846);
/* harmony import */ var _wait_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7607);
/* harmony import */ var _wait_sleep_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70342);
/* harmony import */ var _calls_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58782);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19191);






const IMAGE_USER_ROLE = 'roles/compute.imageUser';
/** Concurrent writers are rare; a handful of re-reads settles any realistic race. */
const MAX_ATTEMPTS = 5;
/**
 * The members of the unconditional `roles/compute.imageUser` binding. A conditional binding
 * grants only under its condition, so it does not count as granted.
 */
function imageUsers(policy) {
    const users = new Set();
    for (const b of policy.bindings ?? []) {
        if (b.role === IMAGE_USER_ROLE && !b.condition)
            for (const m of b.members ?? [])
                users.add(m);
    }
    return users;
}
/** The policy with `members` added to the imageUser binding; every other binding kept as read. */
function withImageUsers(policy, members) {
    const bindings = (policy.bindings ?? []).map((b) => ({ ...b }));
    const existing = bindings.find((b) => b.role === IMAGE_USER_ROLE && !b.condition);
    if (existing)
        existing.members = [...(existing.members ?? []), ...members];
    else
        bindings.push({ role: IMAGE_USER_ROLE, members });
    return { ...policy, bindings };
}
/** A write refused because the policy changed since it was read (its etag is stale). */
function isEtagConflict(err) {
    const status = (0,_wait_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(err);
    const code = err?.code;
    // Over REST the SDK keeps the HTTP status; gRPC codes 10 ABORTED and 9 FAILED_PRECONDITION.
    return status === 409 || status === 412 || code === 10 || code === 9;
}
/**
 * Grants `roles/compute.imageUser` on a GCE image: read the policy, add the missing members,
 * write it back with the etag that was read. When someone else changed the policy in
 * between, GCE refuses the write; the policy is then read and merged again, so their change
 * is never lost. Members already granted are left alone, so a second run writes nothing.
 */
async function shareGceImage(connection, request, ctx) {
    const { project, image, share } = request;
    const options = (0,_clients_js__WEBPACK_IMPORTED_MODULE_4__/* .clientOptions */ .s1)({ ...connection, project });
    const images = new _google_cloud_compute_build_src_v1_images_client_js__WEBPACK_IMPORTED_MODULE_0__/* .ImagesClient */ .A(options);
    const name = `projects/${project}/global/images/${image}`;
    try {
        await (0,_clients_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyCredentials */ .qH)(options?.auth ? { auth: options.auth } : {});
        for (let attempt = 1;; attempt++) {
            let policy;
            try {
                [policy] = await (0,_calls_js__WEBPACK_IMPORTED_MODULE_3__/* .call */ .T1)(ctx, `read the IAM policy of image ${image}`, () => images.getIamPolicy({ project, resource: image, optionsRequestedPolicyVersion: 3 }, _calls_js__WEBPACK_IMPORTED_MODULE_3__/* .CALL */ .XV));
            }
            catch (err) {
                if (!(0,_calls_js__WEBPACK_IMPORTED_MODULE_3__/* .isNotFound */ .c4)(err))
                    throw err;
                throw new Error(`image ${image} not found in project ${project}; check the image and project`);
            }
            const granted = imageUsers(policy);
            const missing = share.members.filter((m) => !granted.has(m));
            const grants = share.members.map((member) => ({
                member,
                status: missing.includes(member) ? 'added' : 'unchanged',
                via: IMAGE_USER_ROLE,
            }));
            if (missing.length === 0 || request.dryRun) {
                return (0,_share_result_js__WEBPACK_IMPORTED_MODULE_5__/* .shareResult */ .L)('gcp', name, grants, request.dryRun);
            }
            try {
                await (0,_calls_js__WEBPACK_IMPORTED_MODULE_3__/* .call */ .T1)(ctx, `set the IAM policy of image ${image}`, () => images.setIamPolicy({
                    project,
                    resource: image,
                    globalSetPolicyRequestResource: { policy: withImageUsers(policy, missing) },
                }, _calls_js__WEBPACK_IMPORTED_MODULE_3__/* .CALL */ .XV));
                return (0,_share_result_js__WEBPACK_IMPORTED_MODULE_5__/* .shareResult */ .L)('gcp', name, grants, false);
            }
            catch (err) {
                if (!isEtagConflict(err) || attempt >= MAX_ATTEMPTS) {
                    if (isEtagConflict(err)) {
                        throw new Error(`the IAM policy of image ${image} kept changing while it was updated (${MAX_ATTEMPTS} attempts); ` +
                            'another process is editing it: run again when it is done');
                    }
                    throw err;
                }
                ctx.reporter.info(`the IAM policy of image ${image} changed since it was read; reading it again (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`);
                await (0,_wait_sleep_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .yy)((0,_wait_sleep_js__WEBPACK_IMPORTED_MODULE_2__/* .jitter */ .p$)(200 * attempt), ctx.signal);
            }
        }
    }
    finally {
        await images.close();
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
