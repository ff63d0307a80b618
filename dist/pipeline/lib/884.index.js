export const id = 884;
export const ids = [884];
export const modules = {

/***/ 54884:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I6: () => (/* binding */ builderByToken),
/* harmony export */   RN: () => (/* binding */ findMade),
/* harmony export */   xB: () => (/* binding */ terminateBuilder)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35193);
/* harmony import */ var _wait_deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94485);
/* harmony import */ var _wait_duration_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24545);
/* harmony import */ var _wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70342);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36624);
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19640);
/* harmony import */ var _visibility_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42626);
/* harmony import */ var _watch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5043);








/** Terminates a builder and, when waiting, confirms by its state that it is terminated. */
async function terminateBuilder(client, id, ctx, opts) {
    const what = `terminate builder ${id}`;
    const send = () => client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_6__/* .TerminateInstancesCommand */ .NaF({ InstanceIds: [id] }));
    try {
        if (opts.ours && opts.wait) {
            await (0,_visibility_js__WEBPACK_IMPORTED_MODULE_4__/* .whenVisible */ .dc)(ctx, what, (0,_visibility_js__WEBPACK_IMPORTED_MODULE_4__/* .visibilityDeadline */ .FG)(opts.aws, `builder ${id}`), send);
        }
        else {
            await (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .call */ .T1)(ctx, what, send);
        }
    }
    catch (err) {
        if (opts.ours && (0,_visibility_js__WEBPACK_IMPORTED_MODULE_4__/* .isNotVisible */ .sR)(err)) {
            ctx.reporter.info(`${what}: EC2 does not know it yet; the post step terminates it`);
            return;
        }
        if ((0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .isGone */ .ST)(err))
            return;
        throw err;
    }
    if (!opts.wait)
        return;
    await (0,_watch_js__WEBPACK_IMPORTED_MODULE_5__/* .waitForInstanceState */ .J4)(client, id, ['terminated'], new _wait_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .Deadline */ .B(`terminating builder ${id}`, opts.aws.timeouts.operation), opts.aws.pollInterval, ctx);
}
/**
 * What a listing finds of something this run may have made without learning its id (the
 * answer to RunInstances or CopyImage was lost). EC2 lists a new resource only after a while:
 * an empty listing is believed only once the visibility window has passed. Cancelled
 * (`wait` false), one look, and the post step looks again.
 */
async function findMade(ctx, aws, what, wait, list) {
    const deadline = (0,_visibility_js__WEBPACK_IMPORTED_MODULE_4__/* .visibilityDeadline */ .FG)(aws, what);
    let interval = 250;
    for (let first = true;; first = false) {
        const found = await list();
        if (found.length > 0 || !wait)
            return found;
        if (deadline.expired()) {
            ctx.reporter.info(`${what}: none listed ${(0,_wait_duration_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a)(deadline.budget)} after the request, so none was made`);
            return [];
        }
        if (first) {
            ctx.reporter.info(`${what}: none listed yet (EC2 lists new resources after a while); looking again for up to ${(0,_wait_duration_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a)(deadline.remaining())}`);
        }
        await (0,_wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy)(Math.min(interval, deadline.remaining()), ctx.signal);
        interval = Math.min(interval * 2, 5000);
    }
}
/** The builder RunInstances launched with `token`, terminated or not (ids of live ones). */
async function builderByToken(client, token, ctx, aws, wait) {
    const found = await findMade(ctx, aws, `the builder with client token ${token}`, wait, () => (0,_pages_js__WEBPACK_IMPORTED_MODULE_3__/* .listInstances */ .ND)(client, 'find the builder by its client token', ctx, [
        { Name: 'client-token', Values: [token] },
    ]));
    return found.filter((i) => i.State?.Name !== 'terminated').map((i) => i.InstanceId);
}


/***/ }),

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

/***/ 19640:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ listInstances),
/* harmony export */   S4: () => (/* binding */ allPages),
/* harmony export */   md: () => (/* binding */ PAGE_SIZE),
/* harmony export */   v8: () => (/* binding */ listImages)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35193);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36624);


/**
 * Items per page of a listing. EC2 answers an unpaginated describe with everything at once,
 * which "might be throttled and could time out"; its developer guide pages by 1000
 * (https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-pagination.html).
 */
const PAGE_SIZE = 1000;
/**
 * Every item of a listing, page by page until EC2 hands out no NextToken (a full page may
 * carry one with nothing after it). `fetch` sends one page's request with `MaxResults` and the
 * token it is given.
 */
async function allPages(ctx, what, fetch) {
    const items = [];
    const seen = new Set();
    let token;
    do {
        const page = await (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)(ctx, what, () => fetch(token));
        items.push(...page.items);
        token = page.nextToken || undefined;
        if (token !== undefined) {
            if (seen.has(token))
                throw new Error(`${what}: EC2 handed out the same NextToken twice`);
            seen.add(token);
        }
    } while (token !== undefined);
    return items;
}
/** Every image of a DescribeImages listing (by owner and filters; never by ids). */
function listImages(client, what, ctx, request) {
    return allPages(ctx, what, async (token) => {
        const out = await client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeImagesCommand */ .ji5({
            ...request,
            MaxResults: PAGE_SIZE,
            ...(token ? { NextToken: token } : {}),
        }));
        return { items: out.Images ?? [], nextToken: out.NextToken };
    });
}
/** Every instance of a DescribeInstances listing by filters. */
function listInstances(client, what, ctx, filters) {
    return allPages(ctx, what, async (token) => {
        const out = await client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeInstancesCommand */ .bNs({
            Filters: filters,
            MaxResults: PAGE_SIZE,
            ...(token ? { NextToken: token } : {}),
        }));
        return {
            items: (out.Reservations ?? []).flatMap((r) => r.Instances ?? []),
            nextToken: out.NextToken,
        };
    });
}


/***/ }),

/***/ 42626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cz: () => (/* binding */ retryWithin),
/* harmony export */   FG: () => (/* binding */ visibilityDeadline),
/* harmony export */   Ni: () => (/* binding */ VisibilityNote),
/* harmony export */   _F: () => (/* binding */ NotVisibleError),
/* harmony export */   dc: () => (/* binding */ whenVisible),
/* harmony export */   sR: () => (/* binding */ isNotVisible)
/* harmony export */ });
/* harmony import */ var _wait_deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94485);
/* harmony import */ var _wait_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24545);
/* harmony import */ var _wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70342);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36624);




/**
 * EC2 is eventually consistent: for a while after RunInstances, CreateImage or CopyImage the
 * new resource answers NotFound to every call that names it, and TerminateInstances answering
 * NotFound "does not mean the instance is terminated"
 * (https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html). So NotFound for
 * something this run created means "not visible yet" for a bounded window; for anything else
 * it keeps its plain meaning.
 */
const NOT_VISIBLE_YET = new Set(['InvalidInstanceID.NotFound', 'InvalidAMIID.NotFound']);
/** The longest EC2 is given to know a resource it has made (AWS speaks of seconds). */
const VISIBILITY_WINDOW = 120_000;
function isNotVisible(err) {
    return NOT_VISIBLE_YET.has((0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(err) ?? '');
}
/** The window for `what` to become visible: two minutes, or the operation timeout if shorter. */
function visibilityDeadline(aws, what) {
    return new _wait_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .Deadline */ .B(what, Math.min(VISIBILITY_WINDOW, aws.timeouts.operation));
}
/** What each run (its reporter) was already told is not visible yet. */
const told = new WeakMap();
/**
 * Says once per run, in one info line, that EC2 does not know a resource of this run yet,
 * however many calls (console, state, termination) meet it.
 */
class VisibilityNote {
    ctx;
    what;
    constructor(ctx, what) {
        this.ctx = ctx;
        this.what = what;
    }
    /** True (and noted) when `err` is EC2 not knowing the resource yet. */
    notVisible(err) {
        if (!isNotVisible(err))
            return false;
        const said = told.get(this.ctx.reporter) ?? new Set();
        told.set(this.ctx.reporter, said);
        if (!said.has(this.what)) {
            said.add(this.what);
            this.ctx.reporter.info(`${this.what}: EC2 does not know it yet (${(0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(err)}; its API is eventually consistent), waiting for it`);
        }
        return true;
    }
}
/** Exhaustion of `whenVisible`: EC2 never came to know the resource within the window. */
class NotVisibleError extends Error {
    name = 'NotVisibleError';
}
/**
 * `fn` (one EC2 call), retried with backoff while `retryable(err)`, until `deadline`; then
 * `exhausted(err)`. `onFirst` reports the first such answer, once.
 */
async function retryWithin(ctx, what, deadline, fn, opts) {
    let interval = 250;
    for (let first = true;; first = false) {
        try {
            return await (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .call */ .T1)(ctx, what, fn);
        }
        catch (err) {
            if (!opts.retryable(err))
                throw err;
            if (deadline.expired())
                throw opts.exhausted(err);
            if (first)
                opts.onFirst(err);
            await (0,_wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy)(Math.min((0,_wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__/* .jitter */ .p$)(interval), deadline.remaining()), ctx.signal);
            interval = Math.min(interval * 2, 5000);
        }
    }
}
/**
 * One EC2 call naming a resource this run created (`deadline.what`), retried while EC2 does
 * not know it yet, until `deadline`; then one error line naming what was awaited.
 */
function whenVisible(ctx, what, deadline, fn) {
    const note = new VisibilityNote(ctx, deadline.what);
    return retryWithin(ctx, what, deadline, fn, {
        retryable: isNotVisible,
        onFirst: (err) => note.notVisible(err),
        exhausted: (err) => new NotVisibleError(`${what}: EC2 still answered ${(0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(err)} after ${(0,_wait_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(deadline.budget)} of waiting for ${deadline.what} to become visible`),
    });
}


/***/ }),

/***/ 5043:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ waitForInstanceState),
/* harmony export */   kL: () => (/* binding */ waitForScript),
/* harmony export */   zH: () => (/* binding */ waitForImages)
/* harmony export */ });
/* unused harmony export describeInstance */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35193);
/* harmony import */ var _wait_duration_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24545);
/* harmony import */ var _wait_poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95944);
/* harmony import */ var _wrapper_wrapper_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61828);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36624);
/* harmony import */ var _visibility_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42626);






/** The instance state is read every this many polls while the script runs (it rarely changes). */
const STATE_EVERY = 5;
const DOWN = new Set(['stopping', 'stopped', 'shutting-down', 'terminated']);
/** On the way down: the buffered console is posted once the instance has stopped. */
const GOING_DOWN = new Set(['stopping', 'shutting-down']);
/**
 * A buffered console is "posted shortly after an instance transition state": how long after
 * the builder stopped its status marker is waited for before the builder is taken for one
 * whose script never reported.
 */
const POST_GRACE = 120_000;
async function describeInstance(client, id, ctx) {
    const out = await (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(ctx, `read builder ${id}`, () => client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .DescribeInstancesCommand */ .bNs({ InstanceIds: [id] })));
    const instance = out.Reservations?.[0]?.Instances?.[0];
    if (!instance)
        throw new Error(`builder ${id} is not listed by DescribeInstances`);
    return instance;
}
/** The builder, or undefined while EC2 does not know it yet (said once, by `visibility`). */
async function readBuilder(client, id, ctx, visibility) {
    try {
        return await describeInstance(client, id, ctx);
    }
    catch (err) {
        if (visibility.notVisible(err))
            return undefined;
        throw err;
    }
}
function stateOf(i) {
    return String(i.State?.Name ?? 'unknown');
}
/**
 * Waits until the wrapper's console marker reports the script's exit status, streaming the
 * console. A builder that goes down without a marker fails the wait: at once when its console
 * is live, after POST_GRACE when it is buffered (the marker is posted after it stopped).
 */
async function waitForScript(client, id, log, nonce, deadline, interval, ctx) {
    const marker = (0,_wrapper_wrapper_js__WEBPACK_IMPORTED_MODULE_4__/* .statusMarker */ .Bs)(nonce);
    const visibility = new _visibility_js__WEBPACK_IMPORTED_MODULE_2__/* .VisibilityNote */ .Ni(ctx, `builder ${id}`);
    let state = 'pending';
    let polls = 0;
    let downAt;
    return (0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g)(async () => {
        const found = marker.exec(await log.read(ctx));
        if (found)
            return Number(found[1]);
        if (downAt === undefined && ++polls % STATE_EVERY !== 1)
            return undefined;
        const instance = await readBuilder(client, id, ctx, visibility);
        if (!instance)
            return undefined;
        state = stateOf(instance);
        if (!DOWN.has(state))
            return undefined;
        // The console of a stopped instance is complete: the marker may be there after all.
        const last = marker.exec(await log.read(ctx));
        if (last)
            return Number(last[1]);
        if (GOING_DOWN.has(state))
            return undefined;
        downAt ??= Date.now();
        if (log.buffered && Date.now() - downAt < POST_GRACE)
            return undefined;
        const reason = instance.StateReason?.Message ? ` (${instance.StateReason.Message})` : '';
        const posted = log.buffered
            ? ` (nor in its console ${(0,_wait_duration_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a)(POST_GRACE)} after)`
            : '';
        throw new Error(`builder ${id} went ${state}${reason} before its provisioning script reported a status${posted}: ` +
            `did the user data not run, or did the instance fail?\n${log.formatTail()}`);
    }, {
        deadline,
        interval,
        signal: ctx.signal,
        progress: (elapsed) => ctx.reporter.info(`… builder ${id}: ${state === 'running' ? 'script running' : state}, ${elapsed} elapsed (deadline ${(0,_wait_duration_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a)(deadline.budget)})`),
        onExpiry: async () => {
            await log.read(ctx).catch(() => '');
            return log.formatTail();
        },
    });
}
/** Polls the builder until it is in one of `states`; fails when it ends in another final one. */
async function waitForInstanceState(client, id, states, deadline, interval, ctx) {
    const visibility = new _visibility_js__WEBPACK_IMPORTED_MODULE_2__/* .VisibilityNote */ .Ni(ctx, `builder ${id}`);
    let state = 'unknown';
    await (0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g)(async () => {
        const instance = await readBuilder(client, id, ctx, visibility);
        if (!instance)
            return undefined;
        state = stateOf(instance);
        if (states.includes(state))
            return true;
        if (state === 'terminated') {
            throw new Error(`builder ${id} was terminated (${instance.StateReason?.Message ?? 'no reason given'})`);
        }
        return undefined;
    }, {
        deadline,
        interval: Math.min(interval, 1000),
        maxInterval: interval,
        backoff: 1.5,
        signal: ctx.signal,
        progress: (elapsed) => ctx.reporter.info(`… waiting for builder ${id} to be ${states.join(' or ')} (${state}), ${elapsed}`),
    });
}
/**
 * Waits until every AMI is available, reading all regions at each poll; one that fails
 * fails the wait, naming its region and EC2's reason.
 */
async function waitForImages(clients, images, what, deadline, interval, ctx) {
    const states = new Map(images.map((i) => [i.region, 'pending']));
    const visibility = new Map(images.map((i) => [i.region, new _visibility_js__WEBPACK_IMPORTED_MODULE_2__/* .VisibilityNote */ .Ni(ctx, `AMI ${i.imageId} in ${i.region}`)]));
    const line = () => images.map((i) => `${i.region} ${states.get(i.region)}`).join(', ');
    let last = '';
    await (0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g)(async () => {
        await Promise.all(images
            .filter((i) => states.get(i.region) !== 'available')
            .map(async ({ region, imageId }) => {
            const client = await clients(region);
            let out;
            try {
                out = await (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(ctx, `read AMI ${imageId} in ${region}`, () => client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .DescribeImagesCommand */ .ji5({ ImageIds: [imageId] })));
            }
            catch (err) {
                if (visibility.get(region).notVisible(err))
                    return;
                throw err;
            }
            const image = out.Images?.[0];
            const state = String(image?.State ?? 'unknown');
            states.set(region, state);
            if (['failed', 'error', 'invalid', 'deregistered'].includes(state)) {
                const reason = image?.StateReason?.Message ?? image?.StateReason?.Code ?? 'no reason given';
                throw new Error(`${what}: AMI ${imageId} in ${region} ended ${state}: ${reason}`);
            }
        }));
        const now = line();
        if (now !== last)
            ctx.reporter.info(`${what}: ${now}`);
        last = now;
        return [...states.values()].every((s) => s === 'available') ? true : undefined;
    }, {
        deadline,
        interval: Math.min(interval, 1000),
        maxInterval: interval,
        backoff: 1.5,
        signal: ctx.signal,
        progress: (elapsed) => ctx.reporter.info(`… ${what}: ${line()}, ${elapsed} elapsed (deadline ${(0,_wait_duration_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a)(deadline.budget)})`),
        onExpiry: async () => `last states: ${line()}`,
    });
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

/***/ 95944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24545);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58406);
/* harmony import */ var _sleep_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70342);



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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .c();
        const value = await check();
        if (value !== undefined)
            return value;
        if (opts.deadline.expired())
            throw opts.deadline.error(await opts.onExpiry?.());
        if (opts.progress && Date.now() - lastProgress >= every) {
            lastProgress = Date.now();
            opts.progress((0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(opts.deadline.elapsed()));
        }
        await (0,_sleep_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy)(Math.min((0,_sleep_js__WEBPACK_IMPORTED_MODULE_1__/* .jitter */ .p$)(interval), opts.deadline.remaining()), opts.signal);
        interval = Math.min(interval * (opts.backoff ?? 1), opts.maxInterval ?? interval);
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


/***/ }),

/***/ 61828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ statusMarker),
/* harmony export */   a1: () => (/* binding */ wrapScript),
/* harmony export */   dC: () => (/* binding */ STARTED_LINE),
/* harmony export */   i$: () => (/* binding */ parseStatus),
/* harmony export */   j_: () => (/* binding */ STATUS_NAMESPACE),
/* harmony export */   jw: () => (/* binding */ STATUS_KEY)
/* harmony export */ });
/**
 * The builder wrapper: the startup script a builder VM actually runs. It runs the user's
 * rendered script, reports how it ended where the bake can read it, and powers the VM off
 * whether the script succeeded or failed, so a failing script can never hang a bake.
 *
 * How it reports, in order of preference for the reader:
 *  - GCE guest attribute `worker-image/status` (`running`, then `exit=<code>`), written with
 *    a PUT to the metadata server, which needs no IAM permission;
 *  - a console marker line `worker-image-status[<nonce>]: exit=<code>` on stdout, which
 *    reaches the serial console; the nonce keeps a script's own output from faking it.
 *
 * Scripts written for the hand-run flow end with `shutdown -h now`. Inside the wrapper,
 * `shutdown`, `poweroff` and `halt` are deferred (a shim first on PATH) so the status is
 * always reported before the VM goes down.
 */
const STATUS_NAMESPACE = 'worker-image';
const STATUS_KEY = 'status';
/** What the wrapper prints as it hands over to the provisioning script. */
const STARTED_LINE = 'worker-image: provisioning script started';
/** The console marker the wrapper prints, as a RegExp that captures the exit code. */
function statusMarker(nonce) {
    return new RegExp(`worker-image-status\\[${nonce}\\]: exit=(\\d+)`);
}
/** Parses a guest-attribute or marker value (`exit=3`) into an exit code; `running` gives null. */
function parseStatus(value) {
    const m = /^exit=(\d+)$/.exec(value.trim());
    return m ? Number(m[1]) : null;
}
function wrapScript(userScript, opts) {
    if (!/^[a-z0-9-]+$/.test(opts.nonce)) {
        throw new Error(`wrapper nonce must match [a-z0-9-]+, got ${JSON.stringify(opts.nonce)}`);
    }
    const payload = Buffer.from(userScript, 'utf8')
        .toString('base64')
        .replace(/.{1,76}/g, '$&\n');
    const report = opts.guestAttributes
        ? `# Guest attributes refused once (an organization policy, or not enabled) stay refused.
wi_report=on
report() {
  [ "$wi_report" = on ] || return 0
  curl -fsS -m 10 --retry 5 --retry-connrefused -X PUT -H 'Metadata-Flavor: Google' \\
    --data "$2" "$wi_metadata/instance/guest-attributes/${STATUS_NAMESPACE}/$1" >/dev/null 2>&1 ||
    wget -q -T 10 -t 5 -O /dev/null --method=PUT --header='Metadata-Flavor: Google' \\
      --body-data="$2" "$wi_metadata/instance/guest-attributes/${STATUS_NAMESPACE}/$1" 2>/dev/null ||
    { wi_report=off; echo "worker-image: could not write guest attribute $1 (the console marker still reports it)"; }
}`
        : `report() { :; }`;
    return `#!/bin/bash
# worker-image builder wrapper (generated). Runs the provisioning script, reports its exit
# status, and powers the VM off whatever the outcome.
set -u
wi_metadata="\${WORKER_IMAGE_METADATA_URL:-http://metadata.google.internal/computeMetadata/v1}"
wi_dir="$(mktemp -d -t worker-image.XXXXXX)"
# The rendered script may hold secrets: it must not end up in the image.
trap 'rm -rf "$wi_dir"' EXIT
mkdir -p "$wi_dir/bin"
base64 -d > "$wi_dir/script.sh" <<'WORKER_IMAGE_PAYLOAD'
${payload}WORKER_IMAGE_PAYLOAD
for cmd in shutdown poweroff halt; do
  printf '#!/bin/sh\\necho "worker-image: $(basename "$0") deferred until the status is reported"\\n' > "$wi_dir/bin/$cmd"
  chmod +x "$wi_dir/bin/$cmd"
done
${report}
report ${STATUS_KEY} running
echo "${STARTED_LINE}"
PATH="$wi_dir/bin:$PATH" bash "$wi_dir/script.sh" < /dev/null
code=$?
echo "worker-image: provisioning script exited with status $code"
report ${STATUS_KEY} "exit=$code"
echo "worker-image-status[${opts.nonce}]: exit=$code"
rm -rf "$wi_dir"
sync
${opts.powerOff === false ? 'exit 0' : 'shutdown -h now || poweroff'}
`;
}


/***/ })

};
