export const id = 5;
export const ids = [5];
export const modules = {

/***/ 36624:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   ST: () => (/* binding */ isGone),
/* harmony export */   T1: () => (/* binding */ call),
/* harmony export */   wC: () => (/* binding */ ec2Client)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35193);
/* harmony import */ var _wait_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7607);
/* harmony import */ var _wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70342);



/**
 * An EC2 client for one region. Credentials come from the SDK's default chain (environment,
 * the web identity aws-actions/configure-aws-credentials sets up, profiles, instance roles);
 * the endpoint from `opts.endpoint` or else the SDK's own resolution (`AWS_ENDPOINT_URL_EC2`,
 * then the regional endpoint).
 *
 * The SDK's retries are off: callers wrap calls in `withRetry` (see `call`), whose retries are
 * bounded, back off, honour Retry-After and stop on cancellation.
 */
async function ec2Client(region, opts) {
    return new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__/* .EC2Client */ .gu5({
        region,
        maxAttempts: 1,
        ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
    });
}
/** One EC2 call, retried when transient (throttling, 5xx), abandoned on cancellation. */
function call(ctx, what, fn) {
    return (0,_wait_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(what, () => (0,_wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__/* .abortable */ .ZC)(fn(), ctx.signal), {
        signal: ctx.signal,
        onRetry: (m) => ctx.reporter.info(m),
    });
}
/** EC2 names errors by code: `InvalidAMIID.NotFound`, `InvalidInstanceID.NotFound`, ... */
function errorCode(err) {
    const name = err?.name;
    return typeof name === 'string' ? name : undefined;
}
/** The resource is gone (or never was): what deletion treats as done. */
function isGone(err) {
    const code = errorCode(err) ?? '';
    return code.endsWith('.NotFound') || code === 'InvalidAMIID.Unavailable';
}


/***/ }),

/***/ 57005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  shareAmis: () => (/* binding */ shareAmis)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(35193);
// EXTERNAL MODULE: ./lib/share/result.js
var result = __webpack_require__(98846);
// EXTERNAL MODULE: ./lib/providers/aws/clients.js
var aws_clients = __webpack_require__(36624);
;// CONCATENATED MODULE: ./lib/providers/aws/kms.js


/**
 * Whether an encrypted snapshot's key is AWS managed (the region's default EBS key,
 * `alias/aws/ebs`), which no other account can be granted. DescribeImages does not name
 * the key (its KmsKeyId is a launch-time parameter), so the snapshot does, and KMS says who
 * manages it. KMS is reached at the SDK's usual endpoint (or `AWS_ENDPOINT_URL_KMS`).
 */
async function snapshotUsesAwsManagedKey(ec2, region, snapshotId, ctx) {
    const out = await (0,aws_clients/* call */.T1)(ctx, `read snapshot ${snapshotId} in ${region}`, () => ec2.send(new dist_cjs/* DescribeSnapshotsCommand */.MmI({ SnapshotIds: [snapshotId] }), {
        abortSignal: ctx.signal,
    }));
    const keyId = out.Snapshots?.[0]?.KmsKeyId;
    // An encrypted snapshot always names its key; without one it was the account default.
    if (!keyId || /(^|:)alias\/aws\/ebs$/.test(keyId))
        return true;
    const { KMSClient, DescribeKeyCommand } = await __webpack_require__.e(/* import() */ 632).then(__webpack_require__.t.bind(__webpack_require__, 92632, 19));
    const kms = new KMSClient({ region, maxAttempts: 1 });
    const key = await (0,aws_clients/* call */.T1)(ctx, `read KMS key ${keyId}`, () => kms.send(new DescribeKeyCommand({ KeyId: keyId }), { abortSignal: ctx.signal }));
    return key.KeyMetadata?.KeyManager === 'AWS';
}

;// CONCATENATED MODULE: ./lib/providers/aws/share.js




/** The account id, organization or OU a launch permission names; one of the three is set. */
function permissionKey(p) {
    return p.UserId ?? p.OrganizationArn ?? p.OrganizationalUnitArn ?? undefined;
}
function wanted(share) {
    return [
        ...share.accounts.map((UserId) => ({ UserId })),
        ...share.organizations.map((OrganizationArn) => ({ OrganizationArn })),
        ...share.organizationalUnits.map((OrganizationalUnitArn) => ({ OrganizationalUnitArn })),
    ];
}
/**
 * Gives launch permission on an AMI in every region it was copied to: reads each copy's
 * launch permissions and adds only the missing ones (a second run changes nothing). An AMI
 * encrypted with the default AWS managed key is refused before any change, with why.
 */
async function shareAmis(connection, request, ctx) {
    const permissions = wanted(request.share);
    const retry = (what, fn) => (0,aws_clients/* call */.T1)(ctx, what, fn);
    const clients = new Map();
    for (const { region } of request.amis) {
        clients.set(region, await (0,aws_clients/* ec2Client */.wC)(region, connection.endpoint ? { endpoint: connection.endpoint } : {}));
    }
    const client = (region) => clients.get(region);
    try {
        // Every copy is checked before any is changed: a refusal leaves all regions as they were.
        for (const { region, imageId } of request.amis) {
            const described = await retry(`describe ${imageId} in ${region}`, () => client(region).send(new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [imageId] }), {
                abortSignal: ctx.signal,
            })).catch((err) => {
                if ((0,aws_clients/* errorCode */.CA)(err) === 'InvalidAMIID.NotFound') {
                    throw new Error(`AMI ${imageId} not found in ${region}; check the region:ami-id pairs`);
                }
                throw err;
            });
            const image = described.Images?.[0];
            if (!image)
                throw new Error(`AMI ${imageId} not found in ${region}`);
            for (const m of image.BlockDeviceMappings ?? []) {
                const snapshot = m.Ebs?.SnapshotId;
                if (!m.Ebs?.Encrypted || !snapshot)
                    continue;
                if (await snapshotUsesAwsManagedKey(client(region), region, snapshot, ctx)) {
                    throw new Error(`AMI ${imageId} in ${region} cannot be shared: its snapshot ${snapshot} ` +
                        'is encrypted with the default AWS managed key (alias/aws/ebs), which cannot be shared ' +
                        'with other accounts. Re-encrypt it with a customer managed KMS key (CopyImage with ' +
                        'KmsKeyId), share that key with the accounts, and share the new AMI');
                }
            }
        }
        const grants = [];
        for (const { region, imageId } of request.amis) {
            const attribute = await retry(`read launch permissions of ${imageId} in ${region}`, () => client(region).send(new dist_cjs/* DescribeImageAttributeCommand */.OkE({ ImageId: imageId, Attribute: 'launchPermission' }), { abortSignal: ctx.signal }));
            const have = new Set((attribute.LaunchPermissions ?? []).map(permissionKey).filter((k) => k !== undefined));
            const missing = permissions.filter((p) => !have.has(permissionKey(p)));
            for (const p of permissions) {
                const member = permissionKey(p);
                grants.push({
                    member,
                    status: missing.includes(p) ? 'added' : 'unchanged',
                    via: 'launch permission',
                    region,
                    image: imageId,
                });
            }
            if (missing.length > 0 && !request.dryRun) {
                await retry(`add launch permissions to ${imageId} in ${region}`, () => client(region).send(new dist_cjs/* ModifyImageAttributeCommand */.FE3({
                    ImageId: imageId,
                    LaunchPermission: { Add: missing },
                }), { abortSignal: ctx.signal }));
            }
        }
        const name = request.amis.map((a) => `${a.region}:${a.imageId}`).join(',');
        return (0,result/* shareResult */.L)('aws', name, grants, request.dryRun);
    }
    finally {
        for (const c of clients.values())
            c.destroy();
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
