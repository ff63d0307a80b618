export const id = 827;
export const ids = [827];
export const modules = {

/***/ 33827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GcpProvider: () => (/* binding */ GcpProvider)
});

// EXTERNAL MODULE: ./lib/naming/labels.js
var labels = __webpack_require__(40361);
// EXTERNAL MODULE: ./lib/wait/deadline.js
var wait_deadline = __webpack_require__(94485);
// EXTERNAL MODULE: ./lib/wait/poll.js
var poll = __webpack_require__(95944);
// EXTERNAL MODULE: ./lib/wrapper/wrapper.js
var wrapper = __webpack_require__(61828);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/providers/gcp/names.js

const MAX = 63;
/**
 * The builder's name: the image's name plus a short hash of the run id, so concurrent runs
 * for one image never collide and a leaked builder says which image it was baking.
 */
function builderName(image, runId) {
    const suffix = `-builder-${(0,external_node_crypto_.createHash)('sha256').update(runId).digest('hex').slice(0, 6)}`;
    return image.slice(0, MAX - suffix.length).replace(/-+$/, '') + suffix;
}
/** `us-central1-a` → `us-central1`. */
function regionOf(zone) {
    return zone.replace(/-[a-z]$/, '');
}

;// CONCATENATED MODULE: ./lib/providers/gcp/builder.js

/** The builder VM: boots the stock image and runs the wrapped script as its startup script. */
function builderInstance(gcp, plan, startupScript, labels) {
    const { zone } = gcp;
    const subnetwork = gcp.subnet
        ? gcp.subnet.includes('/')
            ? gcp.subnet
            : `regions/${regionOf(zone)}/subnetworks/${gcp.subnet}`
        : undefined;
    const network = gcp.network
        ? gcp.network.includes('/')
            ? gcp.network
            : `global/networks/${gcp.network}`
        : undefined;
    return {
        name: plan.builderName,
        machineType: `zones/${zone}/machineTypes/${gcp.machineType}`,
        labels,
        disks: [
            {
                boot: true,
                autoDelete: true,
                initializeParams: {
                    diskName: plan.builderName,
                    diskSizeGb: String(gcp.bootDisk.sizeGb),
                    diskType: `zones/${zone}/diskTypes/${gcp.bootDisk.type}`,
                    sourceImage: plan.sourceImageLink,
                    labels,
                },
            },
        ],
        networkInterfaces: [
            {
                ...(network ? { network } : {}),
                ...(subnetwork ? { subnetwork } : {}),
                // The script downloads packages; without Cloud NAT the builder needs its own address.
                accessConfigs: [{ name: 'External NAT', type: 'ONE_TO_ONE_NAT' }],
            },
        ],
        serviceAccounts: gcp.serviceAccount ? [{ email: gcp.serviceAccount, scopes: gcp.scopes }] : [],
        metadata: {
            items: [
                { key: 'startup-script', value: startupScript },
                // The wrapper reports through guest attributes: no IAM permission needed for that.
                { key: 'enable-guest-attributes', value: 'TRUE' },
            ],
        },
        // A builder that crashes must stay down, not rerun the script on a half-built disk.
        scheduling: { automaticRestart: false },
    };
}

// EXTERNAL MODULE: ./lib/wait/retry.js
var retry = __webpack_require__(7607);
// EXTERNAL MODULE: ./lib/wait/sleep.js
var sleep = __webpack_require__(70342);
;// CONCATENATED MODULE: ./lib/providers/gcp/calls.js


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
    if (typeof err !== 'object' || err === null || (0,retry/* statusOf */.c2)(err) !== 403)
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
        return await (0,retry/* withRetry */.bD)(what, fn, opts);
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
    return retried(what, () => (0,sleep/* abortable */.ZC)(fn(), ctx.signal), retryOptions((m) => ctx.reporter.info(m), ctx.signal));
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

// EXTERNAL MODULE: ./node_modules/@google-cloud/compute/build/src/v1/disks_client.js
var disks_client = __webpack_require__(41601);
// EXTERNAL MODULE: ./node_modules/@google-cloud/compute/build/src/v1/global_operations_client.js
var global_operations_client = __webpack_require__(68773);
// EXTERNAL MODULE: ./node_modules/@google-cloud/compute/build/src/v1/images_client.js
var images_client = __webpack_require__(28225);
// EXTERNAL MODULE: ./node_modules/@google-cloud/compute/build/src/v1/instances_client.js
var instances_client = __webpack_require__(60891);
// EXTERNAL MODULE: ./node_modules/@google-cloud/compute/build/src/v1/zone_operations_client.js
var zone_operations_client = __webpack_require__(99276);
// EXTERNAL MODULE: ./node_modules/google-auth-library/build/src/index.js
var src = __webpack_require__(492);
;// CONCATENATED MODULE: ./lib/providers/gcp/clients.js






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
        options.authClient = new src.PassThroughClient();
    // One GoogleAuth for all clients, so credentials are looked up once and checked up front.
    else
        options.auth = new src.GoogleAuth({ projectId: config.project, scopes: [CLOUD_PLATFORM] });
    return options;
}
function createClients(config) {
    const options = clientOptions(config);
    return {
        instances: new instances_client/* InstancesClient */.C(options),
        images: new images_client/* ImagesClient */.A(options),
        zoneOperations: new zone_operations_client/* ZoneOperationsClient */.G(options),
        globalOperations: new global_operations_client/* GlobalOperationsClient */.V(options),
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
    return new disks_client/* DisksClient */.g({ ...clientOptions(config), ...(auth ? { auth } : {}) });
}

;// CONCATENATED MODULE: ./lib/providers/gcp/image.js
/** The image resource captured from the stopped builder's boot disk. */
function imageResource(config, gcp, plan, labels, ctx) {
    // Labels cannot hold a URL, so the run link and commit go into the description.
    const provenance = [
        `version ${plan.version}`,
        `from ${plan.sourceImage}`,
        ctx.commit ? `commit ${ctx.commit}` : '',
        ctx.runUrl ? `run ${ctx.runUrl}` : '',
    ].filter(Boolean);
    const head = config.image.description ?? `${config.image.name} worker image`;
    return {
        name: plan.imageName,
        sourceDisk: `projects/${gcp.project}/zones/${gcp.zone}/disks/${plan.builderName}`,
        ...(gcp.imageFamily ? { family: gcp.imageFamily } : {}),
        ...(gcp.storageLocation ? { storageLocations: [gcp.storageLocation] } : {}),
        labels,
        description: `${head} (${provenance.join(', ')}; built by worker-image)`.slice(0, 2048),
    };
}

// EXTERNAL MODULE: ./lib/wait/duration.js
var duration = __webpack_require__(24545);
// EXTERNAL MODULE: ./lib/wait/errors.js
var errors = __webpack_require__(58406);
;// CONCATENATED MODULE: ./lib/providers/gcp/operations.js




/** The compute Operation behind an SDK call's result. */
function operationOf(started) {
    const op = (started.latestResponse ?? started);
    if (!op?.name)
        throw new Error('the compute API returned no operation name');
    return op;
}
function isDone(op) {
    return String(op.status) === 'DONE';
}
/** A failed operation as one line: `QUOTA_EXCEEDED: Quota 'CPUS' exceeded`. */
function operationError(op) {
    const errors = op.error?.errors ?? [];
    if (errors.length === 0)
        return undefined;
    return errors.map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; ');
}
/** An operation that ended DONE with errors; `codes` lets a caller tell which. */
class OperationFailedError extends Error {
    codes;
    name = 'OperationFailedError';
    constructor(message, codes) {
        super(message);
        this.codes = codes;
    }
}
/**
 * Waits for a zonal or global operation with the server's long-poll (`operations.wait`,
 * which answers when the operation is DONE or after about two minutes), within `deadline`.
 */
async function waitOperation(clients, project, started, deadline, ctx) {
    let op = operationOf(started);
    const zone = op.zone ? op.zone.split('/').pop() : undefined;
    while (!isDone(op)) {
        if (ctx.signal.aborted)
            throw new errors/* CancelledError */.c();
        if (deadline.expired())
            throw deadline.error();
        const options = { ...CALL, timeout: Math.max(1000, Math.min(130_000, deadline.remaining())) };
        const name = op.name;
        const [next] = await call(ctx, `wait for operation ${name}`, () => zone
            ? clients.zoneOperations.wait({ project, zone, operation: name }, options)
            : clients.globalOperations.wait({ project, operation: name }, options)).catch((err) => {
            // The SDK's timeout is what was left of the deadline: its "Deadline exceeded" is ours.
            if (deadline.expired())
                throw deadline.error();
            throw err;
        });
        op = next;
    }
    const error = operationError(op);
    if (error) {
        const codes = (op.error?.errors ?? []).map((e) => e.code ?? '').filter(Boolean);
        throw new OperationFailedError(`${deadline.what} failed: ${error}`, codes);
    }
    return op;
}
const TOO_FREQUENT = 'RESOURCE_OPERATION_RATE_EXCEEDED';
/**
 * GCE refuses to make images (or snapshots) of one disk more often than about every 10
 * minutes, bursts of 6 aside: the operation fails with RESOURCE_OPERATION_RATE_EXCEEDED
 * (https://cloud.google.com/compute/docs/images/create-custom, googleapis/python-compute#279).
 * Nothing was created then, so `attempt` is made again, backing off, within `deadline`.
 */
async function whileTooFrequent(deadline, ctx, attempt) {
    let delay = 1000;
    for (let n = 1;; n++) {
        try {
            return await attempt();
        }
        catch (err) {
            if (!(err instanceof OperationFailedError) || !err.codes.includes(TOO_FREQUENT))
                throw err;
            const wait = (0,sleep/* jitter */.p$)(delay);
            if (wait >= deadline.remaining()) {
                throw new OperationFailedError(`${err.message} (refused ${n} times within ${(0,duration/* formatDuration */.a)(deadline.budget)})`, err.codes);
            }
            ctx.reporter.info(`${deadline.what}: GCE refused it as too frequent for its source (${TOO_FREQUENT}); ` +
                `trying again in ${Math.ceil(wait / 100) / 10}s (attempt ${n + 1})`);
            await (0,sleep/* sleep */.yy)(wait, ctx.signal);
            delay = Math.min(delay * 2, 60_000);
        }
    }
}

// EXTERNAL MODULE: ./lib/naming/version.js
var naming_version = __webpack_require__(9552);
;// CONCATENATED MODULE: ./lib/providers/gcp/plan.js




/** Reads only: lists the images of the base name, picks the version, resolves the source. */
async function planGcp(config, gcp, clients, ctx) {
    const { name: base, namespace } = config.image;
    const [images] = await call(ctx, 'list images', () => clients.images.list({ project: gcp.project, filter: `name eq '${base}-.*'` }, CALL));
    const names = images.map((i) => i.name ?? '').filter((n) => (0,naming_version/* versionOfImage */.Le)(n, base, namespace));
    const resolved = (0,naming_version/* resolveVersion */.x)(config.image, names);
    const problem = (0,naming_version/* overwriteProblem */.pw)(resolved, config.image, `project ${gcp.project}`);
    if (problem)
        throw new Error(problem);
    const { version, name } = resolved;
    const replaces = resolved.exists;
    const source = await resolveSourceImage(gcp, clients, ctx);
    const builder = builderName(name, ctx.runId);
    return {
        cloud: 'gcp',
        imageName: name,
        version,
        location: `project ${gcp.project}`,
        project: gcp.project,
        zone: gcp.zone,
        sourceImage: source.name,
        sourceImageLink: source.selfLink,
        builderName: builder,
        replaces,
        template: gcp.template.path,
        labels: {
            ...gcp.labels,
            'worker-image-run': (0,labels/* labelValue */.w)(ctx.runId),
            'worker-image-version': (0,labels/* labelValue */.w)(version),
            ...(ctx.commit ? { 'worker-image-commit': (0,labels/* labelValue */.w)(ctx.commit) } : {}),
        },
        resources: [
            {
                kind: 'instance',
                name: `${builder} (${gcp.machineType}, zone ${gcp.zone})`,
                role: 'builder',
            },
            {
                kind: 'image',
                name: `${name}${gcp.imageFamily ? ` (family ${gcp.imageFamily})` : ''}`,
                role: 'image',
            },
        ],
    };
}
async function resolveSourceImage(gcp, clients, ctx) {
    const { name, family, project } = gcp.sourceImage;
    try {
        const [image] = await call(ctx, 'resolve the source image', () => name
            ? clients.images.get({ project, image: name }, CALL)
            : clients.images.getFromFamily({ project, family: family }, CALL));
        if (!image.selfLink || !image.name)
            throw new Error('the source image has no selfLink');
        return { name: image.name, selfLink: image.selfLink };
    }
    catch (err) {
        if (!isNotFound(err))
            throw err;
        const what = name ? `image ${name}` : `image family ${family}`;
        throw new Error(`gcp.source-image: ${what} not found in project ${project}; ` +
            'check the name, or list them with `gcloud compute images list --project ' +
            `${project}\``);
    }
}

;// CONCATENATED MODULE: ./lib/providers/gcp/serial.js

/** How many of the builder's last console lines a failure shows. */
const TAIL_LINES = 50;
/**
 * Follows serial port 1 of the builder: each read asks only for what is new (`start`/`next`)
 * and hands complete lines on; the last lines are kept for failure messages. GCE keeps only
 * the last 1 MB of a port: when what was asked for is gone, the answer's `start` is later than
 * asked (SerialPortOutput.start), and the loss is reported, not skipped in silence.
 */
class SerialLog {
    clients;
    instance;
    onLine;
    next = '0';
    partial = '';
    tail = [];
    constructor(clients, instance, onLine) {
        this.clients = clients;
        this.instance = instance;
        this.onLine = onLine;
    }
    async read(ctx) {
        const [out] = await call(ctx, 'read the serial console', () => this.clients.instances.getSerialPortOutput({ ...this.instance, port: 1, start: this.next }, CALL));
        const lost = Number(out.start ?? this.next) - Number(this.next);
        if (lost > 0) {
            const gap = `[${lost} bytes of serial console output from ${this.instance.instance} were lost: the console keeps only its last 1 MB]`;
            ctx.reporter.warning(gap);
            this.keep(gap);
            // What was pending ended in the lost bytes.
            this.partial = '';
        }
        if (out.next !== undefined && out.next !== null)
            this.next = String(out.next);
        const text = this.partial + (out.contents ?? '');
        const lines = text.split(/\r?\n/);
        this.partial = lines.pop() ?? '';
        for (const line of lines) {
            this.keep(line);
            this.onLine(line);
        }
        return lines;
    }
    keep(line) {
        this.tail.push(line);
        if (this.tail.length > TAIL_LINES)
            this.tail.shift();
    }
    /** The last lines seen, with any unterminated last line. */
    lastLines() {
        return this.partial ? [...this.tail, this.partial].slice(-TAIL_LINES) : [...this.tail];
    }
    /** Block for error messages: "last N serial console lines of X:\n  ...". */
    formatTail() {
        const lines = this.lastLines();
        if (lines.length === 0)
            return `(no serial console output from ${this.instance.instance})`;
        return [
            `last ${lines.length} serial console lines of ${this.instance.instance}:`,
            ...lines.map((l) => `  ${l}`),
        ].join('\n');
    }
}

;// CONCATENATED MODULE: ./lib/providers/gcp/guest-status.js



/** The organization policy that turns guest attributes off for every VM under it. */
const POLICY = 'constraints/compute.disableGuestAttributesAccess';
/**
 * Guest attributes the instance will never have: 412 when an organization policy forbids them
 * ("Constraint constraints/compute.disableGuestAttributesAccess violated", GoogleCloudPlatform/
 * iap-desktop#309), 400 when the instance lacks `enable-guest-attributes`.
 */
function isUnavailable(err) {
    const status = (0,retry/* statusOf */.c2)(err);
    return status === 412 || status === 400;
}
/**
 * The wrapper's status as guest attributes report it, for as long as GCE lets them be read.
 * When it does not, one warning says why and the console marker alone reports the status.
 */
class GuestStatus {
    clients;
    builder;
    unavailable = false;
    constructor(clients, builder) {
        this.clients = clients;
        this.builder = builder;
    }
    /** `status` as the wrapper wrote it (`running`, `exit=3`), or undefined when there is none. */
    async read(ctx) {
        if (this.unavailable)
            return undefined;
        try {
            const [attrs] = await call(ctx, 'read guest attributes', () => this.clients.instances.getGuestAttributes({ ...this.builder, queryPath: `${wrapper/* STATUS_NAMESPACE */.j_}/` }, CALL));
            return attrs.queryValue?.items?.find((i) => i.key === wrapper/* STATUS_KEY */.jw)?.value ?? undefined;
        }
        catch (err) {
            // Nothing written yet (GCE answers 404 for an empty namespace).
            if (isNotFound(err))
                return undefined;
            if (!isUnavailable(err))
                throw err;
            this.unavailable = true;
            ctx.reporter.warning(`guest attributes of builder ${this.builder.instance} are unavailable ` +
                `(${(0,retry/* statusOf */.c2)(err)}: ${err.message}): the organization policy ${POLICY} ` +
                'or a missing enable-guest-attributes metadata key turns them off, so the exit status ' +
                'is read from the serial console marker alone');
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./lib/providers/gcp/watch.js






const STOPPED = new Set(['TERMINATED', 'STOPPED', 'SUSPENDED']);
/** Instance status is read every this many polls while the script runs (it rarely changes). */
const STATUS_EVERY = 5;
async function instanceStatus(clients, b, ctx) {
    const [instance] = await call(ctx, `read builder ${b.instance}`, () => clients.instances.get(b, CALL));
    return String(instance.status ?? 'UNKNOWN');
}
/**
 * Waits until the wrapper reports the script's exit status, streaming the serial console.
 * Reads the console marker and the guest attribute, while guest attributes can be read.
 */
async function waitForScript(clients, gcp, b, serial, nonce, deadline, ctx) {
    const marker = (0,wrapper/* statusMarker */.Bs)(nonce);
    const guest = new GuestStatus(clients, b);
    let state = 'booting';
    let polls = 0;
    const reported = async () => {
        for (const line of await serial.read(ctx)) {
            if (line.includes(wrapper/* STARTED_LINE */.dC))
                state = 'script running';
            const m = marker.exec(line);
            if (m)
                return Number(m[1]);
        }
        const value = await guest.read(ctx);
        if (value === undefined)
            return undefined;
        state = 'script running';
        return (0,wrapper/* parseStatus */.i$)(value) ?? undefined;
    };
    return (0,poll/* pollUntil */.g)(async () => {
        const code = await reported();
        if (code !== undefined)
            return code;
        if (++polls % STATUS_EVERY === 0) {
            const status = await instanceStatus(clients, b, ctx);
            if (STOPPED.has(status)) {
                // The script may have reported and powered off since the reads above (a slow or
                // retried status read is enough): its status is final now, so read it once more.
                const last = await reported().catch(() => undefined);
                if (last !== undefined)
                    return last;
                throw new Error(`builder ${b.instance} stopped (${status}) before its provisioning script reported ` +
                    `a status: was the startup script replaced, or did the VM crash?\n${serial.formatTail()}`);
            }
            if (state !== 'script running')
                state = status.toLowerCase();
        }
        return undefined;
    }, {
        deadline,
        interval: gcp.pollInterval,
        signal: ctx.signal,
        progress: (elapsed) => ctx.reporter.info(`… builder ${b.instance}: ${state}, ${elapsed} elapsed (deadline ${(0,duration/* formatDuration */.a)(deadline.budget)})`),
        onExpiry: async () => {
            await serial.read(ctx).catch(() => []);
            return serial.formatTail();
        },
    });
}
/** After a successful script the wrapper powers off; the image needs the disk at rest. */
async function waitForStop(clients, gcp, b, deadline, ctx) {
    let status = 'UNKNOWN';
    await (0,poll/* pollUntil */.g)(async () => {
        status = await instanceStatus(clients, b, ctx);
        return STOPPED.has(status) ? true : undefined;
    }, {
        deadline,
        interval: Math.min(gcp.pollInterval, 250),
        signal: ctx.signal,
        progress: (elapsed) => ctx.reporter.info(`… waiting for builder ${b.instance} to stop, ${elapsed}`),
    }).catch((err) => {
        // "did not finish" would read as the script still running: it succeeded, the VM stayed up.
        if (!(err instanceof errors/* DeadlineError */.j))
            throw err;
        throw new errors/* DeadlineError */.j(`builder ${b.instance} did not stop within ${(0,duration/* formatDuration */.a)(deadline.budget)} after its ` +
            `provisioning script succeeded (still ${status}): the wrapper's shutdown did not take effect`);
    });
}

;// CONCATENATED MODULE: ./lib/providers/gcp/provider.js












/**
 * The GCE bake, as the googlecompute procedure reads: check the image is absent, create the
 * builder, wait for its script, wait for it to stop, create the image, delete the builder.
 */
class GcpProvider {
    gcp;
    cloud = 'gcp';
    clients;
    disks;
    credentials;
    constructor(gcp) {
        this.gcp = gcp;
        this.clients = createClients(gcp);
    }
    /** Credentials are found (or refused with advice) before the first call. */
    ready() {
        this.credentials ??= verifyCredentials(this.clients);
        return this.credentials;
    }
    async plan(config, ctx) {
        await this.ready();
        return planGcp(config, this.gcp, this.clients, ctx);
    }
    bakeSteps(config, basePlan, script, ctx, ledger) {
        const plan = basePlan;
        const { gcp, clients } = this;
        const { project, zone } = plan;
        const builder = { project, zone, instance: plan.builderName };
        const nonce = (0,labels/* labelValue */.w)(ctx.runId);
        const serial = new SerialLog(clients, builder, (line) => ctx.reporter.info(line));
        let builderDeadline;
        let imageLink = '';
        let exitCode;
        const steps = [
            {
                name: `Create builder ${plan.builderName} from ${plan.sourceImage}`,
                run: async () => {
                    const labels = { ...plan.labels, 'worker-image-role': 'builder' };
                    const instance = builderInstance(gcp, plan, (0,wrapper/* wrapScript */.a1)(script, { nonce, guestAttributes: true }), labels);
                    // Recorded before the call: if the call's answer is lost, cleanup still tries.
                    ledger.record(this.resource('instance', `projects/${project}/zones/${zone}/instances/${plan.builderName}`, 'builder'));
                    builderDeadline = new wait_deadline/* Deadline */.B(`builder ${plan.builderName}`, gcp.timeouts.builder);
                    const [op] = await call(ctx, 'create the builder', () => clients.instances.insert({ project, zone, instanceResource: instance }, CALL));
                    await waitOperation(clients, project, op, this.opDeadline(`creating builder ${plan.builderName}`), ctx);
                },
            },
            {
                name: `Run the provisioning script on ${plan.builderName}`,
                run: async () => {
                    const deadline = builderDeadline;
                    exitCode = await waitForScript(clients, gcp, builder, serial, nonce, deadline, ctx);
                    if (exitCode !== 0) {
                        await serial.read(ctx).catch(() => []);
                        throw new Error(`the provisioning script failed with exit status ${exitCode} on builder ` +
                            `${plan.builderName} (template ${plan.template}); no image was created\n${serial.formatTail()}`);
                    }
                    ctx.reporter.info(`provisioning script succeeded after ${Math.round(deadline.elapsed() / 100) / 10}s`);
                },
            },
            {
                name: `Wait for ${plan.builderName} to stop`,
                run: () => waitForStop(clients, gcp, builder, builderDeadline, ctx),
            },
            ...(plan.replaces
                ? [
                    {
                        name: `Delete the existing image ${plan.imageName} (overwrite: true)`,
                        run: async () => {
                            await this.deleteImage(plan.project, plan.imageName, true, ctx);
                        },
                    },
                ]
                : []),
            {
                name: `Create image ${plan.imageName}`,
                run: async () => {
                    const labels = { ...plan.labels, 'worker-image-role': 'image' };
                    ledger.record(this.resource('image', `projects/${project}/global/images/${plan.imageName}`, 'image'));
                    const deadline = new wait_deadline/* Deadline */.B(`image ${plan.imageName}`, gcp.timeouts.image);
                    await whileTooFrequent(deadline, ctx, async () => {
                        const [op] = await call(ctx, 'create the image', () => clients.images.insert({ project, imageResource: imageResource(config, gcp, plan, labels, ctx) }, CALL));
                        await waitOperation(clients, project, op, deadline, ctx);
                    });
                    const [image] = await call(ctx, 'read the image', () => clients.images.get({ project, image: plan.imageName }, CALL));
                    if (String(image.status) !== 'READY') {
                        throw new Error(`image ${plan.imageName} ended ${String(image.status)}, not READY`);
                    }
                    imageLink = image.selfLink ?? '';
                    ctx.reporter.info(`image ${plan.imageName} is READY (${imageLink})`);
                },
            },
        ];
        const result = () => ({
            cloud: 'gcp',
            imageName: plan.imageName,
            imageId: imageLink,
            // Packer's googlecompute artifact id is the image name.
            artifactId: plan.imageName,
            version: plan.version,
            sourceImage: plan.sourceImageLink,
            details: {
                project,
                zone,
                ...(gcp.imageFamily ? { family: gcp.imageFamily } : {}),
                ...(gcp.storageLocation ? { storage_location: gcp.storageLocation } : {}),
            },
            timings: [],
        });
        return { steps, result };
    }
    async deleteResource(r, opts) {
        // Cleanup runs after a cancellation too: it must not inherit the aborted signal.
        const ctx = {
            runId: '',
            reporter: opts.reporter,
            signal: new AbortController().signal,
        };
        await this.ready();
        const parts = r.id.split('/');
        if (r.kind === 'instance') {
            const [, project, , zone, , instance] = parts;
            await this.deleteInstance(project, zone, instance, opts.wait, ctx);
        }
        else if (r.kind === 'image') {
            await this.deleteImage(parts[1], parts[4], opts.wait, ctx);
        }
        else if (r.kind === 'disk') {
            // projects/P/zones/Z/disks/D: a builder's boot disk left without its instance (gc).
            const [, project, , zone, , disk] = parts;
            this.disks ??= createDisksClient(this.gcp, this.clients.auth);
            const disks = this.disks;
            await this.deleteWith(`disk ${disk}`, project, opts.wait, ctx, () => disks.delete({ project: project, zone: zone, disk: disk }, CALL));
        }
        else {
            throw new Error(`unknown gcp resource kind ${r.kind}`);
        }
    }
    deleteInstance(project, zone, instance, wait, ctx) {
        return this.deleteWith(`builder ${instance}`, project, wait, ctx, () => this.clients.instances.delete({ project, zone, instance }, CALL));
    }
    deleteImage(project, image, wait, ctx) {
        return this.deleteWith(`image ${image}`, project, wait, ctx, () => this.clients.images.delete({ project, image }, CALL));
    }
    /**
     * Starts a deletion and, when asked, waits for it; already gone counts as deleted. A
     * deletion already under way (the cancelled main step's, when the post step runs) answers
     * "not ready": that counts as requested, and when waiting, it is asked again until gone.
     */
    async deleteWith(what, project, wait, ctx, start) {
        const deadline = this.opDeadline(`deleting ${what}`);
        await (0,poll/* pollUntil */.g)(async () => {
            try {
                const [op] = await call(ctx, `delete ${what}`, start);
                if (wait)
                    await waitOperation(this.clients, project, op, deadline, ctx);
                return true;
            }
            catch (err) {
                if (isNotFound(err) || (isNotReady(err) && !wait))
                    return true;
                if (isNotReady(err))
                    return undefined;
                throw err;
            }
        }, { deadline, interval: this.gcp.pollInterval, signal: ctx.signal });
    }
    opDeadline(what) {
        return new wait_deadline/* Deadline */.B(what, this.gcp.timeouts.operation);
    }
    resource(kind, id, role) {
        return { cloud: 'gcp', kind, id, role, keep: role === 'image' ? 'on-success' : 'never' };
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
