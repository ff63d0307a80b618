export const id = 386;
export const ids = [386];
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

/***/ 31386:
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

// EXTERNAL MODULE: ./lib/providers/aws/clients.js
var aws_clients = __webpack_require__(36624);
;// CONCATENATED MODULE: ./lib/providers/aws/console.js


/** How many of the builder's last console lines a failure shows. */
const TAIL_LINES = 50;
/**
 * Follows the builder's console through GetConsoleOutput, which returns the last 64 KB as a
 * whole each time: new lines are what follows the text seen before. `Latest` (the live
 * buffer) is asked for first; instance types that do not support it get the default buffer.
 */
class ConsoleLog {
    client;
    instanceId;
    onLine;
    text = '';
    latest = true;
    tail = [];
    constructor(client, instanceId, onLine) {
        this.client = client;
        this.instanceId = instanceId;
        this.onLine = onLine;
    }
    /** Reads the console; returns everything it now holds. */
    async read(ctx) {
        const InstanceId = this.instanceId();
        let out;
        try {
            out = await (0,aws_clients/* call */.T1)(ctx, 'read the console output', () => this.client.send(new dist_cjs/* GetConsoleOutputCommand */.Olx({ InstanceId, Latest: this.latest || undefined })));
        }
        catch (err) {
            if (!this.latest || (0,aws_clients/* errorCode */.CA)(err) !== 'UnsupportedOperation')
                throw err;
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

;// CONCATENATED MODULE: ./lib/providers/aws/images.js


/**
 * Deregisters an AMI and deletes its snapshots (deregistering alone leaves them, and they
 * are billed). Already gone counts as deleted.
 */
async function deleteImage(client, region, imageId, ctx) {
    let snapshots;
    try {
        const out = await (0,aws_clients/* call */.T1)(ctx, `read AMI ${imageId} in ${region}`, () => client.send(new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [imageId] })));
        snapshots = (out.Images?.[0]?.BlockDeviceMappings ?? []).flatMap((m) => m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []);
        await (0,aws_clients/* call */.T1)(ctx, `deregister AMI ${imageId} in ${region}`, () => client.send(new dist_cjs/* DeregisterImageCommand */.x2c({ ImageId: imageId })));
    }
    catch (err) {
        if ((0,aws_clients/* isGone */.ST)(err))
            return;
        throw err;
    }
    for (const SnapshotId of snapshots) {
        try {
            await (0,aws_clients/* call */.T1)(ctx, `delete snapshot ${SnapshotId} in ${region}`, () => client.send(new dist_cjs/* DeleteSnapshotCommand */.tZN({ SnapshotId })));
        }
        catch (err) {
            if (!(0,aws_clients/* isGone */.ST)(err))
                throw err;
        }
    }
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





/** Own AMIs whose name matches `filter` (EC2 wildcards) in one region. */
async function ownImages(clients, region, filter, ctx) {
    const client = await clients(region);
    const out = await (0,aws_clients/* call */.T1)(ctx, `list AMIs in ${region}`, () => client.send(new dist_cjs/* DescribeImagesCommand */.ji5({
        Owners: ['self'],
        Filters: [{ Name: 'name', Values: [filter] }],
    })));
    return (out.Images ?? []).filter((i) => i.Name);
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
            const out = await (0,aws_clients/* call */.T1)(ctx, 'resolve the source AMI', () => client.send(new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [id] })));
            const image = out.Images?.[0];
            if (image?.State === 'available')
                return image;
            if (image)
                throw new Error(`aws.source-image: AMI ${id} is ${image.State}, not available`);
        }
        catch (err) {
            if (!(0,aws_clients/* errorCode */.CA)(err)?.startsWith('InvalidAMIID.'))
                throw err;
        }
        throw new Error(`aws.source-image: AMI ${id} not found in ${aws.region} (AMI ids are regional; is it shared with this account?)`);
    }
    const out = await (0,aws_clients/* call */.T1)(ctx, 'resolve the source AMI', () => client.send(new dist_cjs/* DescribeImagesCommand */.ji5({
        Owners: [owner],
        Filters: [
            { Name: 'name', Values: [name] },
            { Name: 'state', Values: ['available'] },
        ],
    })));
    const newest = (out.Images ?? []).sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))[0];
    if (!newest?.ImageId) {
        throw new Error(`aws.source-image: no available AMI of owner ${owner} matches "${name}" in ${aws.region}; ` +
            `list them with \`aws ec2 describe-images --region ${aws.region} --owners ${owner} --filters Name=name,Values='${name}'\``);
    }
    return newest;
}

// EXTERNAL MODULE: ./lib/wait/duration.js
var duration = __webpack_require__(24545);
// EXTERNAL MODULE: ./lib/wait/poll.js
var poll = __webpack_require__(95944);
;// CONCATENATED MODULE: ./lib/providers/aws/watch.js





/** The instance state is read every this many polls while the script runs (it rarely changes). */
const STATE_EVERY = 5;
const DOWN = new Set(['stopping', 'stopped', 'shutting-down', 'terminated']);
async function describeInstance(client, id, ctx) {
    const out = await (0,aws_clients/* call */.T1)(ctx, `read builder ${id}`, () => client.send(new dist_cjs/* DescribeInstancesCommand */.bNs({ InstanceIds: [id] })));
    const instance = out.Reservations?.[0]?.Instances?.[0];
    if (!instance)
        throw new Error(`builder ${id} is not listed by DescribeInstances`);
    return instance;
}
function stateOf(i) {
    return String(i.State?.Name ?? 'unknown');
}
/**
 * Waits until the wrapper's console marker reports the script's exit status, streaming the
 * console. A builder that goes down without a marker fails the wait at once.
 */
async function waitForScript(client, id, log, nonce, deadline, interval, ctx) {
    const marker = (0,wrapper/* statusMarker */.Bs)(nonce);
    let state = 'pending';
    let polls = 0;
    return (0,poll/* pollUntil */.g)(async () => {
        const found = marker.exec(await log.read(ctx));
        if (found)
            return Number(found[1]);
        if (++polls % STATE_EVERY !== 1)
            return undefined;
        const instance = await describeInstance(client, id, ctx);
        state = stateOf(instance);
        if (!DOWN.has(state))
            return undefined;
        // The console of a stopped instance is complete: the marker may be there after all.
        const last = marker.exec(await log.read(ctx));
        if (last)
            return Number(last[1]);
        const reason = instance.StateReason?.Message ? ` (${instance.StateReason.Message})` : '';
        throw new Error(`builder ${id} went ${state}${reason} before its provisioning script reported a status: ` +
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
    let state = 'unknown';
    await (0,poll/* pollUntil */.g)(async () => {
        const instance = await describeInstance(client, id, ctx);
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
    const line = () => images.map((i) => `${i.region} ${states.get(i.region)}`).join(', ');
    let last = '';
    await (0,poll/* pollUntil */.g)(async () => {
        await Promise.all(images
            .filter((i) => states.get(i.region) !== 'available')
            .map(async ({ region, imageId }) => {
            const client = await clients(region);
            const out = await (0,aws_clients/* call */.T1)(ctx, `read AMI ${imageId} in ${region}`, () => client.send(new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [imageId] })));
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

;// CONCATENATED MODULE: ./lib/providers/aws/provider.js











/** A builder recorded before RunInstances answers is known by its idempotency token. */
const TOKEN = 'client-token/';
/** A copy requested but not yet answered: found again by its name and run tag. */
const PENDING_COPY = 'pending-copy/';
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
            this.clients.set(region, (0,aws_clients/* ec2Client */.wC)(region, { endpoint: this.aws.endpoint }));
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
        const op = (what) => new wait_deadline/* Deadline */.B(what, aws.timeouts.operation);
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
                    const out = await (0,aws_clients/* call */.T1)(ctx, 'launch the builder', () => client.send(new dist_cjs/* RunInstancesCommand */.zq7(builderRequest(aws, plan, data, token))));
                    instanceId = out.Instances?.[0]?.InstanceId ?? '';
                    if (!instanceId)
                        throw new Error('RunInstances returned no instance id');
                    builder = this.resource('instance', `${region}/${instanceId}`, 'builder');
                    ledger.record(builder);
                    ledger.release(pending);
                    consoleLog = new ConsoleLog(client, () => instanceId, (line) => ctx.reporter.info(line));
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
                            for (const r of plan.replaces) {
                                await deleteImage(await this.client(r.region), r.region, r.imageId, ctx);
                                ctx.reporter.info(`deregistered ${r.imageId} in ${r.region}`);
                            }
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
                    const out = await (0,aws_clients/* call */.T1)(ctx, 'create the AMI', () => client.send(new dist_cjs/* CreateImageCommand */.T6T({
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
                        await (0,aws_clients/* call */.T1)(ctx, 'terminate the builder', () => client.send(new dist_cjs/* TerminateInstancesCommand */.NaF({ InstanceIds: [instanceId] })));
                        await waitForInstanceState(client, instanceId, ['terminated'], op(`terminating builder ${instanceId}`), aws.pollInterval, ctx);
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
                                const out = await (0,aws_clients/* call */.T1)(ctx, `copy the AMI to ${target}`, () => dest.send(new dist_cjs/* CopyImageCommand */.SDF({
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
                                })));
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
    async deleteResource(r, opts) {
        // Cleanup runs after a cancellation too: it must not inherit the aborted signal.
        const ctx = {
            runId: '',
            reporter: opts.reporter,
            signal: new AbortController().signal,
        };
        const slash = r.id.indexOf('/');
        const region = r.id.slice(0, slash);
        const rest = r.id.slice(slash + 1);
        const client = await this.client(region);
        if (r.kind === 'image' && rest.startsWith(PENDING_COPY)) {
            const [run, ...name] = rest.slice(PENDING_COPY.length).split('/');
            const out = await (0,aws_clients/* call */.T1)(ctx, `find copies of ${name.join('/')} in ${region}`, () => client.send(new dist_cjs/* DescribeImagesCommand */.ji5({
                Owners: ['self'],
                Filters: [
                    { Name: 'name', Values: [name.join('/')] },
                    { Name: 'tag:worker-image-run', Values: [run] },
                ],
            })));
            for (const image of out.Images ?? [])
                await deleteImage(client, region, image.ImageId, ctx);
            return;
        }
        if (r.kind === 'image')
            return deleteImage(client, region, rest, ctx);
        if (r.kind !== 'instance')
            throw new Error(`unknown aws resource kind ${r.kind}`);
        const ids = rest.startsWith(TOKEN)
            ? await this.instancesByToken(client, rest.slice(TOKEN.length), ctx)
            : [rest];
        if (ids.length === 0)
            return;
        try {
            await (0,aws_clients/* call */.T1)(ctx, `terminate ${ids.join(', ')}`, () => client.send(new dist_cjs/* TerminateInstancesCommand */.NaF({ InstanceIds: ids })));
        }
        catch (err) {
            if ((0,aws_clients/* isGone */.ST)(err))
                return;
            throw err;
        }
        if (!opts.wait)
            return;
        for (const id of ids) {
            await waitForInstanceState(client, id, ['terminated'], new wait_deadline/* Deadline */.B(`terminating builder ${id}`, this.aws.timeouts.operation), this.aws.pollInterval, ctx);
        }
    }
    async instancesByToken(client, token, ctx) {
        const out = await (0,aws_clients/* call */.T1)(ctx, 'find the builder by its client token', () => client.send(new dist_cjs/* DescribeInstancesCommand */.bNs({ Filters: [{ Name: 'client-token', Values: [token] }] })));
        return (out.Reservations ?? [])
            .flatMap((res) => res.Instances ?? [])
            .filter((i) => i.State?.Name !== 'terminated')
            .map((i) => i.InstanceId);
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

/***/ 58406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ CancelledError),
/* harmony export */   j: () => (/* binding */ DeadlineError)
/* harmony export */ });
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
            opts.onRetry?.(`${what}: ${statusOf(err) ?? err.message}, retrying in ${Math.ceil(wait / 100) / 10}s (attempt ${attempt + 1}/${attempts})`);
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
        ? `report() {
  curl -fsS -m 10 --retry 5 --retry-connrefused -X PUT -H 'Metadata-Flavor: Google' \\
    --data "$2" "$wi_metadata/instance/guest-attributes/${STATUS_NAMESPACE}/$1" >/dev/null 2>&1 ||
    wget -q -T 10 -t 5 -O /dev/null --method=PUT --header='Metadata-Flavor: Google' \\
      --body-data="$2" "$wi_metadata/instance/guest-attributes/${STATUS_NAMESPACE}/$1" ||
    echo "worker-image: could not write guest attribute $1 (the console marker still reports it)"
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
echo "worker-image: provisioning script started"
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
