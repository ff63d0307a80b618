export const id = 190;
export const ids = [190];
export const modules = {

/***/ 58190:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AwsProvider: () => (/* binding */ AwsProvider)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(35193);
// EXTERNAL MODULE: ./lib/naming/labels.js
var labels = __webpack_require__(40361);
// EXTERNAL MODULE: ./lib/wait/deadline.js
var wait_deadline = __webpack_require__(94485);
// EXTERNAL MODULE: ./lib/wait/retry.js
var retry = __webpack_require__(7607);
// EXTERNAL MODULE: ./lib/wrapper/wrapper.js
var wrapper = __webpack_require__(61828);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./lib/providers/aws/builder.js

/** EC2 takes at most 16 KB of user data (before base64). */
const MAX_USER_DATA = 16 * 1024;
function tagList(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
/**
 * The wrapped script as user data: plain when it fits (readable in the console and the
 * instance's settings), gzip-compressed otherwise (cloud-init unpacks it).
 */
function userData(script, template) {
    const plain = Buffer.from(script, 'utf8');
    if (plain.length <= MAX_USER_DATA)
        return plain.toString('base64');
    const packed = (0,external_node_zlib_.gzipSync)(plain, { level: 9 });
    if (packed.length <= MAX_USER_DATA)
        return packed.toString('base64');
    throw new Error(`the provisioning script rendered from ${template} is ${plain.length} bytes (${packed.length} compressed); ` +
        `EC2 user data holds at most ${MAX_USER_DATA}: move large parts into files the script downloads`);
}
/**
 * The builder: the source AMI with the wrapped script as user data, IMDSv2 only, and a
 * guest power-off that stops (not terminates) it, so its volume can become the AMI.
 */
function builderRequest(aws, plan, userDataBase64, clientToken) {
    const tags = tagList({ ...plan.tags, Name: plan.builderName, 'worker-image-role': 'builder' });
    const profile = aws.iamInstanceProfile;
    return {
        ImageId: plan.sourceImageId,
        InstanceType: aws.instanceType,
        MinCount: 1,
        MaxCount: 1,
        ClientToken: clientToken,
        UserData: userDataBase64,
        MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
        InstanceInitiatedShutdownBehavior: 'stop',
        ...(aws.subnetId ? { SubnetId: aws.subnetId } : {}),
        ...(aws.securityGroupIds.length ? { SecurityGroupIds: aws.securityGroupIds } : {}),
        ...(profile
            ? { IamInstanceProfile: profile.startsWith('arn:') ? { Arn: profile } : { Name: profile } }
            : {}),
        BlockDeviceMappings: [
            {
                DeviceName: plan.rootDeviceName,
                Ebs: {
                    VolumeSize: aws.volume.sizeGb,
                    VolumeType: aws.volume.type,
                    DeleteOnTermination: true,
                    ...(aws.encrypted ? { Encrypted: true } : {}),
                    ...(aws.kmsKeyId ? { KmsKeyId: aws.kmsKeyId } : {}),
                },
            },
        ],
        TagSpecifications: [
            { ResourceType: 'instance', Tags: tags },
            { ResourceType: 'volume', Tags: tags },
        ],
    };
}

// EXTERNAL MODULE: ./lib/wait/duration.js
var duration = __webpack_require__(24545);
// EXTERNAL MODULE: ./lib/wait/sleep.js
var sleep = __webpack_require__(70342);
;// CONCATENATED MODULE: ./lib/providers/aws/clients.js



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
    return new dist_cjs/* EC2Client */.gu5({
        region,
        maxAttempts: 1,
        ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
    });
}
/** One EC2 call, retried when transient (throttling, 5xx), abandoned on cancellation. */
function call(ctx, what, fn) {
    return (0,retry/* withRetry */.bD)(what, () => (0,sleep/* abortable */.ZC)(fn(), ctx.signal), {
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

;// CONCATENATED MODULE: ./lib/providers/aws/pages.js


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
        const page = await call(ctx, what, () => fetch(token));
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
        const out = await client.send(new dist_cjs/* DescribeImagesCommand */.ji5({
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
        const out = await client.send(new dist_cjs/* DescribeInstancesCommand */.bNs({
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

;// CONCATENATED MODULE: ./lib/providers/aws/visibility.js




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
    return NOT_VISIBLE_YET.has(errorCode(err) ?? '');
}
/** The window for `what` to become visible: two minutes, or the operation timeout if shorter. */
function visibilityDeadline(aws, what) {
    return new wait_deadline/* Deadline */.B(what, Math.min(VISIBILITY_WINDOW, aws.timeouts.operation));
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
            this.ctx.reporter.info(`${this.what}: EC2 does not know it yet (${errorCode(err)}; its API is eventually consistent), waiting for it`);
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
            return await call(ctx, what, fn);
        }
        catch (err) {
            if (!opts.retryable(err))
                throw err;
            if (deadline.expired())
                throw opts.exhausted(err);
            if (first)
                opts.onFirst(err);
            await (0,sleep/* sleep */.yy)(Math.min((0,sleep/* jitter */.p$)(interval), deadline.remaining()), ctx.signal);
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
        exhausted: (err) => new NotVisibleError(`${what}: EC2 still answered ${errorCode(err)} after ${(0,duration/* formatDuration */.a)(deadline.budget)} of waiting for ${deadline.what} to become visible`),
    });
}

// EXTERNAL MODULE: ./lib/wait/poll.js
var poll = __webpack_require__(95944);
;// CONCATENATED MODULE: ./lib/providers/aws/watch.js






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
    const out = await call(ctx, `read builder ${id}`, () => client.send(new dist_cjs/* DescribeInstancesCommand */.bNs({ InstanceIds: [id] })));
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
    const marker = (0,wrapper/* statusMarker */.Bs)(nonce);
    const visibility = new VisibilityNote(ctx, `builder ${id}`);
    let state = 'pending';
    let polls = 0;
    let downAt;
    return (0,poll/* pollUntil */.g)(async () => {
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
            ? ` (nor in its console ${(0,duration/* formatDuration */.a)(POST_GRACE)} after)`
            : '';
        throw new Error(`builder ${id} went ${state}${reason} before its provisioning script reported a status${posted}: ` +
            `did the user data not run, or did the instance fail?\n${log.formatTail()}`);
    }, {
        deadline,
        interval,
        signal: ctx.signal,
        progress: (elapsed) => ctx.reporter.info(`… builder ${id}: ${state === 'running' ? 'script running' : state}, ${elapsed} elapsed (deadline ${(0,duration/* formatDuration */.a)(deadline.budget)})`),
        onExpiry: async () => {
            await log.read(ctx).catch(() => '');
            return log.formatTail();
        },
    });
}
/** Polls the builder until it is in one of `states`; fails when it ends in another final one. */
async function waitForInstanceState(client, id, states, deadline, interval, ctx) {
    const visibility = new VisibilityNote(ctx, `builder ${id}`);
    let state = 'unknown';
    await (0,poll/* pollUntil */.g)(async () => {
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
    const visibility = new Map(images.map((i) => [i.region, new VisibilityNote(ctx, `AMI ${i.imageId} in ${i.region}`)]));
    const line = () => images.map((i) => `${i.region} ${states.get(i.region)}`).join(', ');
    let last = '';
    await (0,poll/* pollUntil */.g)(async () => {
        await Promise.all(images
            .filter((i) => states.get(i.region) !== 'available')
            .map(async ({ region, imageId }) => {
            const client = await clients(region);
            let out;
            try {
                out = await call(ctx, `read AMI ${imageId} in ${region}`, () => client.send(new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [imageId] })));
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
        progress: (elapsed) => ctx.reporter.info(`… ${what}: ${line()}, ${elapsed} elapsed (deadline ${(0,duration/* formatDuration */.a)(deadline.budget)})`),
        onExpiry: async () => `last states: ${line()}`,
    });
}

;// CONCATENATED MODULE: ./lib/providers/aws/cleanup.js








/** Terminates a builder and, when waiting, confirms by its state that it is terminated. */
async function terminateBuilder(client, id, ctx, opts) {
    const what = `terminate builder ${id}`;
    const send = () => client.send(new dist_cjs/* TerminateInstancesCommand */.NaF({ InstanceIds: [id] }));
    try {
        if (opts.ours && opts.wait) {
            await whenVisible(ctx, what, visibilityDeadline(opts.aws, `builder ${id}`), send);
        }
        else {
            await call(ctx, what, send);
        }
    }
    catch (err) {
        if (opts.ours && isNotVisible(err)) {
            ctx.reporter.info(`${what}: EC2 does not know it yet; the post step terminates it`);
            return;
        }
        if (isGone(err))
            return;
        throw err;
    }
    if (!opts.wait)
        return;
    await waitForInstanceState(client, id, ['terminated'], new wait_deadline/* Deadline */.B(`terminating builder ${id}`, opts.aws.timeouts.operation), opts.aws.pollInterval, ctx);
}
/**
 * What a listing finds of something this run may have made without learning its id (the
 * answer to RunInstances or CopyImage was lost). EC2 lists a new resource only after a while:
 * an empty listing is believed only once the visibility window has passed. Cancelled
 * (`wait` false), one look, and the post step looks again.
 */
async function findMade(ctx, aws, what, wait, list) {
    const deadline = visibilityDeadline(aws, what);
    let interval = 250;
    for (let first = true;; first = false) {
        const found = await list();
        if (found.length > 0 || !wait)
            return found;
        if (deadline.expired()) {
            ctx.reporter.info(`${what}: none listed ${(0,duration/* formatDuration */.a)(deadline.budget)} after the request, so none was made`);
            return [];
        }
        if (first) {
            ctx.reporter.info(`${what}: none listed yet (EC2 lists new resources after a while); looking again for up to ${(0,duration/* formatDuration */.a)(deadline.remaining())}`);
        }
        await (0,sleep/* sleep */.yy)(Math.min(interval, deadline.remaining()), ctx.signal);
        interval = Math.min(interval * 2, 5000);
    }
}
/** The builder RunInstances launched with `token`, terminated or not (ids of live ones). */
async function builderByToken(client, token, ctx, aws, wait) {
    const found = await findMade(ctx, aws, `the builder with client token ${token}`, wait, () => listInstances(client, 'find the builder by its client token', ctx, [
        { Name: 'client-token', Values: [token] },
    ]));
    return found.filter((i) => i.State?.Name !== 'terminated').map((i) => i.InstanceId);
}

;// CONCATENATED MODULE: ./lib/providers/aws/console.js




/** How many of the builder's last console lines a failure shows. */
const TAIL_LINES = 50;
/**
 * Follows the builder's console through GetConsoleOutput, which returns the last 64 KB as a
 * whole each time: new lines are what follows the text seen before. `Latest` (the live
 * console) is asked for first; it is for Nitro instance types only, so a type on Xen (t2, m4,
 * c4, ...) refuses it and gets the default, buffered console: output posted at state changes
 * (running, stopped), so the script's status may show only once the builder has stopped
 * (GetConsoleOutput API reference).
 */
class ConsoleLog {
    client;
    instanceId;
    onLine;
    text = '';
    latest = true;
    tail = [];
    visibility;
    constructor(client, instanceId, onLine, ctx) {
        this.client = client;
        this.instanceId = instanceId;
        this.onLine = onLine;
        this.visibility = new VisibilityNote(ctx, `builder ${instanceId()}`);
    }
    /** The instance type has no live console: output shows at state changes only. */
    get buffered() {
        return !this.latest;
    }
    /**
     * Reads the console; returns everything it now holds (what was seen before while EC2 does
     * not know the just-launched builder yet).
     */
    async read(ctx) {
        const InstanceId = this.instanceId();
        let out;
        try {
            out = await call(ctx, 'read the console output', () => this.client.send(new dist_cjs/* GetConsoleOutputCommand */.Olx({ InstanceId, Latest: this.latest || undefined })));
        }
        catch (err) {
            if (this.visibility.notVisible(err))
                return this.text;
            if (!this.latest || !refusesLatest(err))
                throw err;
            ctx.reporter.info(`builder ${InstanceId} has no live console (${errorCode(err)}: Latest is for Nitro instance types); ` +
                'reading the buffered one, which shows the script status once the builder stops');
            this.latest = false;
            return this.read(ctx);
        }
        const text = out.Output ? Buffer.from(out.Output, 'base64').toString('utf8') : '';
        this.follow(text);
        return text;
    }
    follow(text) {
        let fresh;
        if (text.startsWith(this.text))
            fresh = text.slice(this.text.length);
        else {
            // The 64 KB window moved on: continue after the last text seen, if it is still there.
            const anchor = this.text.slice(-200);
            const at = anchor ? text.lastIndexOf(anchor) : -1;
            fresh = at >= 0 ? text.slice(at + anchor.length) : text;
        }
        // Only whole lines: a partial last line is shown once it is complete.
        const end = fresh.lastIndexOf('\n') + 1;
        this.text = text.slice(0, text.length - (fresh.length - end));
        for (const line of fresh.slice(0, end).split(/\r?\n/).slice(0, -1)) {
            this.tail.push(line);
            if (this.tail.length > TAIL_LINES)
                this.tail.shift();
            this.onLine(line);
        }
    }
    /** Block for error messages: "last N console lines of i-…:\n  ...". */
    formatTail() {
        const id = this.instanceId();
        if (this.tail.length === 0)
            return `(no console output from ${id} yet)`;
        return [
            `last ${this.tail.length} console lines of ${id}:`,
            ...this.tail.map((l) => `  ${l}`),
        ].join('\n');
    }
}
/**
 * EC2 refusing `Latest` for the instance type: UnsupportedOperation, or any other client error
 * but a missing instance or throttling (the wording for Xen types is not documented).
 */
function refusesLatest(err) {
    const status = (0,retry/* statusOf */.c2)(err);
    const code = errorCode(err) ?? '';
    if (code === 'UnsupportedOperation')
        return true;
    return (status !== undefined &&
        status >= 400 &&
        status < 500 &&
        status !== 429 &&
        !code.startsWith('InvalidInstanceID.') &&
        !['RequestLimitExceeded', 'Throttling', 'AuthFailure', 'UnauthorizedOperation'].includes(code));
}

;// CONCATENATED MODULE: ./lib/providers/aws/images.js






/**
 * Deregisters an AMI and deletes its snapshots (deregistering alone leaves them, and they
 * are billed). Already gone counts as deleted; for an AMI this run created, only once the
 * visibility window has passed and no snapshot of it is left. True once nothing is left; false
 * when, cancelled, something is left for the post step.
 */
async function deleteImage(client, region, imageId, ctx, opts) {
    const wait = opts.wait ?? true;
    const where = `AMI ${imageId} in ${region}`;
    const read = () => client.send(new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [imageId] }));
    let image;
    try {
        const out = opts.ours && wait
            ? await whenVisible(ctx, `read ${where}`, visibilityDeadline(opts.aws, where), read)
            : await call(ctx, `read ${where}`, read);
        image = out.Images?.[0];
    }
    catch (err) {
        if (err instanceof NotVisibleError) {
            return deleteLeftSnapshots(client, region, imageId, ctx, opts);
        }
        if (opts.ours && isNotVisible(err))
            return false;
        if (isGone(err))
            return true;
        throw err;
    }
    if (!image)
        return true;
    if (image.State !== 'deregistered') {
        try {
            await call(ctx, `deregister ${where}`, () => client.send(new dist_cjs/* DeregisterImageCommand */.x2c({ ImageId: imageId })));
        }
        catch (err) {
            if (!isGone(err))
                throw err;
        }
    }
    const snapshots = (image.BlockDeviceMappings ?? []).flatMap((m) => m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []);
    opts.progress?.(snapshots);
    return deleteSnapshots(client, region, imageId, snapshots, ctx, opts);
}
/**
 * An AMI of this run that EC2 did not come to know within the window was deleted before (by
 * a cleanup the runner cut short, say): its snapshots, found by the description EC2 gives
 * them ("Created by CreateImage(i-…) for ami-…", "Copied for DestinationAmi ami-…"), may
 * still be there.
 */
async function deleteLeftSnapshots(client, region, imageId, ctx, opts) {
    const left = await allPages(ctx, `find snapshots of ${imageId} in ${region}`, async (token) => {
        const out = await client.send(new dist_cjs/* DescribeSnapshotsCommand */.MmI({
            OwnerIds: ['self'],
            Filters: [
                {
                    Name: 'description',
                    Values: [
                        `Created by CreateImage(*) for ${imageId}*`,
                        `Copied for DestinationAmi ${imageId} *`,
                    ],
                },
            ],
            MaxResults: PAGE_SIZE,
            ...(token ? { NextToken: token } : {}),
        }));
        return { items: out.Snapshots ?? [], nextToken: out.NextToken };
    });
    ctx.reporter.info(`AMI ${imageId} in ${region} is not known to EC2: it was deleted before` +
        (left.length > 0 ? `; deleting the ${left.length} snapshot(s) it left` : ''));
    const ids = left.flatMap((s) => (s.SnapshotId ? [s.SnapshotId] : []));
    opts.progress?.(ids);
    return deleteSnapshots(client, region, imageId, ids, ctx, opts);
}
/**
 * Deletes a deregistered AMI's snapshots. Right after DeregisterImage, DeleteSnapshot answers
 * InvalidSnapshot.InUse for a while (boto/boto#3019): retried until the operation timeout, or,
 * cancelled, left for the post step. Reports what is left after each deletion; true once none is.
 */
async function deleteSnapshots(client, region, imageId, snapshots, ctx, opts) {
    const deadline = new wait_deadline/* Deadline */.B(`the snapshots of ${imageId} in ${region}`, opts.aws.timeouts.operation);
    const inUse = (err) => errorCode(err) === 'InvalidSnapshot.InUse';
    let left = [...snapshots];
    let said = false;
    for (const SnapshotId of snapshots) {
        const what = `delete snapshot ${SnapshotId} in ${region}`;
        const send = () => client.send(new dist_cjs/* DeleteSnapshotCommand */.tZN({ SnapshotId }));
        try {
            if (opts.wait === false)
                await call(ctx, what, send);
            else {
                await retryWithin(ctx, what, deadline, send, {
                    retryable: inUse,
                    onFirst: () => {
                        if (said)
                            return;
                        said = true;
                        ctx.reporter.info(`${what}: still in use by the AMI ${imageId} just deregistered (InvalidSnapshot.InUse), retrying`);
                    },
                    exhausted: () => new Error(`${what}: EC2 still answered InvalidSnapshot.InUse ${(0,duration/* formatDuration */.a)(deadline.budget)} after AMI ${imageId} was deregistered`),
                });
            }
        }
        catch (err) {
            if (opts.wait === false && inUse(err)) {
                ctx.reporter.info(`${what}: still in use by ${imageId} just deregistered; the post step deletes it`);
                continue;
            }
            if (!isGone(err))
                throw err;
        }
        left = left.filter((id) => id !== SnapshotId);
        opts.progress?.(left);
    }
    return left.length === 0;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/providers/aws/names.js

function hash(...parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('/')).digest('hex');
}
/** The builder's Name tag: the AMI's name plus a short hash of the run id. */
function builderName(ami, runId) {
    return `${ami}-builder-${hash(runId).slice(0, 6)}`;
}
/**
 * Idempotency tokens (at most 64 ASCII characters) derived from the run, so a retried call
 * (a lost answer, a re-run step) returns what the first one made instead of a second builder
 * or a second copy.
 */
function clientToken(runId, purpose, region, ami) {
    return `wi-${purpose}-${hash(runId, purpose, region, ami).slice(0, 40)}`;
}

// EXTERNAL MODULE: ./lib/naming/version.js
var version = __webpack_require__(9552);
;// CONCATENATED MODULE: ./lib/providers/aws/plan.js






/**
 * Own AMIs whose name matches `filter` (EC2 wildcards) in one region. An AMI deregistered
 * moments ago is still listed, as `deregistered` (DescribeImages API reference): it is gone.
 */
async function ownImages(clients, region, filter, ctx) {
    const images = await listImages(await clients(region), `list AMIs in ${region}`, ctx, {
        Owners: ['self'],
        Filters: [{ Name: 'name', Values: [filter] }],
    });
    return images.filter((i) => i.Name && i.State !== 'deregistered');
}
/**
 * Reads only: the AMIs of the base name in the source region give the version; the name is
 * then looked up in every region it will be copied to (a copy of an existing name would fail
 * hours later); the source AMI is resolved.
 */
async function planAws(config, aws, clients, ctx) {
    const { namespace } = config.image;
    const prefix = (0,version/* imageName */.tO)(aws.amiName, namespace, '');
    const existing = await ownImages(clients, aws.region, `${prefix}*`, ctx);
    const resolved = (0,version/* resolveVersion */.x)({ name: aws.amiName, namespace, version: config.image.version }, existing.map((i) => i.Name));
    const replaces = existing
        .filter((i) => i.Name === resolved.name)
        .map((i) => ({ region: aws.region, imageId: i.ImageId }));
    for (const region of aws.targetRegions) {
        for (const i of await ownImages(clients, region, resolved.name, ctx)) {
            replaces.push({ region, imageId: i.ImageId });
        }
    }
    const where = [...new Set(replaces.map((r) => r.region))].join(', ');
    const problem = (0,version/* overwriteProblem */.pw)({ ...resolved, exists: replaces.length > 0 }, config.image, `region ${where}`);
    if (problem)
        throw new Error(problem);
    const source = await resolveSourceImage(aws, clients, ctx);
    const sourceSize = source.BlockDeviceMappings?.find((m) => m.DeviceName === source.RootDeviceName)
        ?.Ebs?.VolumeSize;
    if (sourceSize !== undefined && aws.volume.sizeGb < sourceSize) {
        throw new Error(`aws.volume.size-gb: ${aws.volume.sizeGb} GB is smaller than the source AMI's ${sourceSize} GB root volume (${source.ImageId}); set at least ${sourceSize}`);
    }
    const builder = builderName(resolved.name, ctx.runId);
    const tags = {
        ...aws.tags,
        'worker-image-run': (0,labels/* labelValue */.w)(ctx.runId),
        'worker-image-version': resolved.version,
        ...(ctx.commit ? { 'worker-image-commit': ctx.commit } : {}),
        ...(ctx.runUrl ? { 'worker-image-run-url': ctx.runUrl } : {}),
    };
    return {
        cloud: 'aws',
        imageName: resolved.name,
        version: resolved.version,
        location: `region ${aws.region}` +
            (aws.targetRegions.length ? `, copied to ${aws.targetRegions.join(', ')}` : ''),
        sourceImage: `${source.ImageId} (${source.Name})`,
        template: aws.template.path,
        labels: tags,
        tags,
        region: aws.region,
        builderName: builder,
        sourceImageId: source.ImageId,
        rootDeviceName: source.RootDeviceName ?? '/dev/xvda',
        volumeSizeGb: aws.volume.sizeGb,
        targetRegions: aws.targetRegions,
        replaces,
        resources: [
            {
                kind: 'instance',
                name: `${builder} (${aws.instanceType}, ${aws.region})`,
                role: 'builder',
            },
            {
                kind: 'AMI',
                name: `${resolved.name} (${aws.region}${aws.encrypted ? ', encrypted' : ''})`,
                role: 'image',
            },
            ...aws.targetRegions.map((r) => ({
                kind: 'AMI copy',
                name: `${resolved.name} (${r})`,
                role: 'image',
            })),
        ],
    };
}
/** An explicit AMI id, or the newest available AMI of the owner matching the name filter. */
async function resolveSourceImage(aws, clients, ctx) {
    const client = await clients(aws.region);
    const { id, owner, name } = aws.sourceImage;
    if (id) {
        try {
            const out = await call(ctx, 'resolve the source AMI', () => client.send(new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [id] })));
            const image = out.Images?.[0];
            if (image?.State === 'available')
                return image;
            if (image)
                throw new Error(`aws.source-image: AMI ${id} is ${image.State}, not available`);
        }
        catch (err) {
            if (!errorCode(err)?.startsWith('InvalidAMIID.'))
                throw err;
        }
        throw new Error(`aws.source-image: AMI ${id} not found in ${aws.region} (AMI ids are regional; is it shared with this account?)`);
    }
    const images = await listImages(client, 'resolve the source AMI', ctx, {
        Owners: [owner],
        Filters: [
            { Name: 'name', Values: [name] },
            { Name: 'state', Values: ['available'] },
        ],
    });
    const newest = images.sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))[0];
    if (!newest?.ImageId) {
        throw new Error(`aws.source-image: no available AMI of owner ${owner} matches "${name}" in ${aws.region}; ` +
            `list them with \`aws ec2 describe-images --region ${aws.region} --owners ${owner} --filters Name=name,Values='${name}'\``);
    }
    return newest;
}

;// CONCATENATED MODULE: ./lib/providers/aws/provider.js














/** A builder recorded before RunInstances answers is known by its idempotency token. */
const TOKEN = 'client-token/';
/** A copy requested but not yet answered: found again by its name and run tag. */
const PENDING_COPY = 'pending-copy/';
/** EC2 refused the request outright (4xx): it made nothing, so nothing is to be found later. */
function refused(err) {
    const status = (0,retry/* statusOf */.c2)(err);
    return status !== undefined && status >= 400 && status < 500;
}
/**
 * The AWS bake, as Packer's amazon-ebs reads: check the AMI name is free, launch the builder
 * with the wrapped script as user data, wait for its status and for it to stop, create the
 * AMI, terminate the builder, copy the AMI to the target regions.
 */
class AwsProvider {
    aws;
    cloud = 'aws';
    clients = new Map();
    constructor(aws) {
        this.aws = aws;
    }
    client = (region) => {
        if (!this.clients.has(region)) {
            this.clients.set(region, ec2Client(region, { endpoint: this.aws.endpoint }));
        }
        return this.clients.get(region);
    };
    plan(config, ctx) {
        return planAws(config, this.aws, this.client, ctx);
    }
    bakeSteps(config, basePlan, script, ctx, ledger) {
        const plan = basePlan;
        const { aws } = this;
        const { region } = plan;
        const nonce = (0,labels/* labelValue */.w)(ctx.runId);
        const amis = new Map();
        let instanceId = '';
        let builder;
        let builderDeadline;
        let client;
        let consoleLog;
        const steps = [
            {
                name: `Launch builder ${plan.builderName} (${aws.instanceType}) from ${plan.sourceImageId}`,
                run: async () => {
                    const data = userData((0,wrapper/* wrapScript */.a1)(script, { nonce, guestAttributes: false }), plan.template);
                    client = await this.client(region);
                    const token = clientToken(ctx.runId, 'builder', region, plan.imageName);
                    // Recorded before the call: if its answer is lost, cleanup finds it by the token.
                    const pending = this.resource('instance', `${region}/${TOKEN}${token}`, 'builder');
                    ledger.record(pending);
                    builderDeadline = new wait_deadline/* Deadline */.B(`builder ${plan.builderName}`, aws.timeouts.builder);
                    const out = await call(ctx, 'launch the builder', () => client.send(new dist_cjs/* RunInstancesCommand */.zq7(builderRequest(aws, plan, data, token)))).catch((err) => {
                        if (refused(err))
                            ledger.release(pending);
                        throw err;
                    });
                    instanceId = out.Instances?.[0]?.InstanceId ?? '';
                    if (!instanceId)
                        throw new Error('RunInstances returned no instance id');
                    builder = this.resource('instance', `${region}/${instanceId}`, 'builder');
                    ledger.record(builder);
                    ledger.release(pending);
                    consoleLog = new ConsoleLog(client, () => instanceId, (line) => ctx.reporter.info(line), ctx);
                    ctx.reporter.info(`builder ${instanceId} launched in ${region}`);
                },
            },
            {
                name: `Run the provisioning script on ${plan.builderName}`,
                run: async () => {
                    const code = await waitForScript(client, instanceId, consoleLog, nonce, builderDeadline, aws.pollInterval, ctx);
                    if (code !== 0) {
                        throw new Error(`the provisioning script failed with exit status ${code} on builder ` +
                            `${plan.builderName} (${instanceId}, template ${plan.template}); no AMI was created\n${consoleLog.formatTail()}`);
                    }
                    ctx.reporter.info(`provisioning script succeeded after ${Math.round(builderDeadline.elapsed() / 100) / 10}s`);
                },
            },
            {
                name: `Wait for ${plan.builderName} to stop`,
                run: () => waitForInstanceState(client, instanceId, ['stopped'], builderDeadline, aws.pollInterval, ctx),
            },
            ...(plan.replaces.length > 0
                ? [
                    {
                        name: `Deregister the existing AMI ${plan.imageName} (overwrite: true)`,
                        run: async () => {
                            // One region at a time would wait out each snapshot's InUse window in turn.
                            await Promise.all(plan.replaces.map(async (r) => {
                                const client = await this.client(r.region);
                                await deleteImage(client, r.region, r.imageId, ctx, { aws, ours: false });
                                ctx.reporter.info(`deregistered ${r.imageId} in ${r.region}`);
                            }));
                        },
                    },
                ]
                : []),
            {
                name: `Create AMI ${plan.imageName}`,
                run: async () => {
                    const tags = tagList({
                        ...plan.tags,
                        Name: plan.imageName,
                        'worker-image-role': 'image',
                    });
                    const out = await call(ctx, 'create the AMI', () => client.send(new dist_cjs/* CreateImageCommand */.T6T({
                        InstanceId: instanceId,
                        Name: plan.imageName,
                        Description: this.description(config, plan, ctx),
                        TagSpecifications: [
                            { ResourceType: 'image', Tags: tags },
                            { ResourceType: 'snapshot', Tags: tags },
                        ],
                    })));
                    const imageId = out.ImageId;
                    ledger.record(this.resource('image', `${region}/${imageId}`, 'image'));
                    amis.set(region, imageId);
                    const deadline = new wait_deadline/* Deadline */.B(`AMI ${plan.imageName}`, aws.timeouts.image);
                    await waitForImages(this.client, [{ region, imageId }], `AMI ${plan.imageName}`, deadline, aws.pollInterval, ctx);
                },
            },
            {
                name: `Terminate builder ${plan.builderName}`,
                run: async () => {
                    // The AMI is made: a builder that will not terminate must not cost it. It stays in
                    // the ledger, and cleanup (then the post step, then gc) tries again.
                    try {
                        await terminateBuilder(client, instanceId, ctx, { aws, wait: true, ours: true });
                        if (builder)
                            ledger.release(builder);
                    }
                    catch (err) {
                        if (ctx.signal.aborted)
                            throw err;
                        ctx.reporter.warning(`could not terminate builder ${instanceId} yet (${err.message}); cleanup tries again`);
                    }
                },
            },
            ...(plan.targetRegions.length > 0
                ? [
                    {
                        name: `Copy AMI ${plan.imageName} to ${plan.targetRegions.join(', ')}`,
                        run: async () => {
                            const tags = tagList({
                                ...plan.tags,
                                Name: plan.imageName,
                                'worker-image-role': 'image',
                            });
                            const copies = [];
                            for (const target of plan.targetRegions) {
                                const dest = await this.client(target);
                                // Recorded before the call: a cancellation while it is in flight still
                                // finds the copy (by name and run tag) and deletes it.
                                const pending = this.resource('image', `${target}/${PENDING_COPY}${plan.tags['worker-image-run']}/${plan.imageName}`, 'image');
                                ledger.record(pending);
                                const out = await call(ctx, `copy the AMI to ${target}`, () => dest.send(new dist_cjs/* CopyImageCommand */.SDF({
                                    SourceRegion: region,
                                    SourceImageId: amis.get(region),
                                    Name: plan.imageName,
                                    Description: this.description(config, plan, ctx),
                                    // Retried or re-sent, the copy is the same copy.
                                    ClientToken: clientToken(ctx.runId, 'copy', target, plan.imageName),
                                    ...(aws.encrypted ? { Encrypted: true } : {}),
                                    TagSpecifications: [
                                        { ResourceType: 'image', Tags: tags },
                                        { ResourceType: 'snapshot', Tags: tags },
                                    ],
                                }))).catch((err) => {
                                    if (refused(err))
                                        ledger.release(pending);
                                    throw err;
                                });
                                const imageId = out.ImageId;
                                ledger.record(this.resource('image', `${target}/${imageId}`, 'image'));
                                ledger.release(pending);
                                amis.set(target, imageId);
                                copies.push({ region: target, imageId });
                                ctx.reporter.info(`copying to ${target} as ${imageId}`);
                            }
                            const deadline = new wait_deadline/* Deadline */.B(`copies of AMI ${plan.imageName}`, aws.timeouts.copy);
                            await waitForImages(this.client, copies, `copies of ${plan.imageName}`, deadline, aws.pollInterval, ctx);
                        },
                    },
                ]
                : []),
        ];
        const result = () => {
            const regions = [region, ...plan.targetRegions];
            // Packer's amazon-ebs artifact id: `region:ami` pairs, sorted, comma-separated.
            const artifactId = [...amis]
                .map(([r, id]) => `${r}:${id}`)
                .sort()
                .join(',');
            return {
                cloud: 'aws',
                imageName: plan.imageName,
                imageId: amis.get(region) ?? '',
                artifactId,
                version: plan.version,
                sourceImage: plan.sourceImageId,
                details: {
                    region,
                    regions: regions.join(','),
                    amis: artifactId,
                    encrypted: String(aws.encrypted),
                },
                timings: [],
            };
        };
        return { steps, result };
    }
    /**
     * Deletes what this run recorded. Everything in the ledger was made by this run, so NotFound
     * is EC2 not knowing it yet: retried within the visibility window, never taken for "gone".
     */
    async deleteResource(r, opts) {
        // Cleanup runs after a cancellation too: it must not inherit the aborted signal.
        const ctx = {
            runId: '',
            reporter: opts.reporter,
            signal: new AbortController().signal,
        };
        const { aws } = this;
        const slash = r.id.indexOf('/');
        const region = r.id.slice(0, slash);
        const rest = r.id.slice(slash + 1);
        const client = await this.client(region);
        if (r.kind === 'image' && rest.startsWith(PENDING_COPY)) {
            const [run, ...parts] = rest.slice(PENDING_COPY.length).split('/');
            const name = parts.join('/');
            const copies = await findMade(ctx, aws, `the copy of ${name} in ${region}`, opts.wait, () => listImages(client, `find copies of ${name} in ${region}`, ctx, {
                Owners: ['self'],
                Filters: [
                    { Name: 'name', Values: [name] },
                    { Name: 'tag:worker-image-run', Values: [run] },
                ],
            }));
            let done = copies.length > 0 || opts.wait;
            for (const image of copies) {
                const gone = await deleteImage(client, region, image.ImageId, ctx, {
                    aws,
                    ours: true,
                    wait: opts.wait,
                });
                done &&= gone;
            }
            // Cancelled, one look found nothing: the copy may not be listed yet; post looks again.
            return done ? 'deleted' : 'requested';
        }
        const snapshotRecords = (ids) => ids.map((id) => this.resource('snapshot', `${region}/${id}`, 'image'));
        if (r.kind === 'image') {
            // Once deregistered, the AMI is recorded as its snapshots: the post step then deletes
            // those, never looking for an AMI EC2 no longer knows (that would read "not visible yet").
            const gone = await deleteImage(client, region, rest, ctx, {
                aws,
                ours: true,
                wait: opts.wait,
                progress: (ids) => opts.progress?.(snapshotRecords(ids)),
            });
            return gone ? 'deleted' : 'requested';
        }
        if (r.kind === 'snapshot') {
            const gone = await deleteSnapshots(client, region, 'a deregistered AMI', [rest], ctx, {
                aws,
                ours: true,
                wait: opts.wait,
                progress: (ids) => opts.progress?.(snapshotRecords(ids)),
            });
            return gone ? 'deleted' : 'requested';
        }
        if (r.kind !== 'instance')
            throw new Error(`unknown aws resource kind ${r.kind}`);
        const ids = rest.startsWith(TOKEN)
            ? await builderByToken(client, rest.slice(TOKEN.length), ctx, aws, opts.wait)
            : [rest];
        for (const id of ids) {
            await terminateBuilder(client, id, ctx, { aws, wait: opts.wait, ours: true });
        }
        return opts.wait ? 'deleted' : 'requested';
    }
    /** What the AMI says about itself: the run link and commit fit in a description, not a name. */
    description(config, plan, ctx) {
        const provenance = [
            `version ${plan.version}`,
            `from ${plan.sourceImageId}`,
            ctx.commit ? `commit ${ctx.commit.slice(0, 12)}` : '',
            ctx.runUrl ? `run ${ctx.runUrl}` : '',
        ].filter(Boolean);
        const head = config.image.description ?? `${config.image.name} worker image`;
        return `${head} (${provenance.join(', ')}; built by worker-image)`.slice(0, 255);
    }
    resource(kind, id, role) {
        return { cloud: 'aws', kind, id, role, keep: role === 'image' ? 'on-success' : 'never' };
    }
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
