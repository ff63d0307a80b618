export const id = 366;
export const ids = [366];
export const modules = {

/***/ 22366:
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

// EXTERNAL MODULE: ./lib/providers/aws/cleanup.js
var cleanup = __webpack_require__(54884);
// EXTERNAL MODULE: ./lib/providers/aws/clients.js
var aws_clients = __webpack_require__(36624);
// EXTERNAL MODULE: ./lib/providers/aws/visibility.js
var visibility = __webpack_require__(42626);
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
        this.visibility = new visibility/* VisibilityNote */.Ni(ctx, `builder ${instanceId()}`);
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
            out = await (0,aws_clients/* call */.T1)(ctx, 'read the console output', () => this.client.send(new dist_cjs/* GetConsoleOutputCommand */.Olx({ InstanceId, Latest: this.latest || undefined })));
        }
        catch (err) {
            if (this.visibility.notVisible(err))
                return this.text;
            if (!this.latest || !refusesLatest(err))
                throw err;
            ctx.reporter.info(`builder ${InstanceId} has no live console (${(0,aws_clients/* errorCode */.CA)(err)}: Latest is for Nitro instance types); ` +
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
    const code = (0,aws_clients/* errorCode */.CA)(err) ?? '';
    if (code === 'UnsupportedOperation')
        return true;
    return (status !== undefined &&
        status >= 400 &&
        status < 500 &&
        status !== 429 &&
        !code.startsWith('InvalidInstanceID.') &&
        !['RequestLimitExceeded', 'Throttling', 'AuthFailure', 'UnauthorizedOperation'].includes(code));
}

// EXTERNAL MODULE: ./lib/wait/duration.js
var duration = __webpack_require__(24545);
// EXTERNAL MODULE: ./lib/providers/aws/pages.js
var pages = __webpack_require__(19640);
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
            ? await (0,visibility/* whenVisible */.dc)(ctx, `read ${where}`, (0,visibility/* visibilityDeadline */.FG)(opts.aws, where), read)
            : await (0,aws_clients/* call */.T1)(ctx, `read ${where}`, read);
        image = out.Images?.[0];
    }
    catch (err) {
        if (err instanceof visibility/* NotVisibleError */._F) {
            return deleteLeftSnapshots(client, region, imageId, ctx, opts);
        }
        if (opts.ours && (0,visibility/* isNotVisible */.sR)(err))
            return false;
        if ((0,aws_clients/* isGone */.ST)(err))
            return true;
        throw err;
    }
    if (!image)
        return true;
    if (image.State !== 'deregistered') {
        try {
            await (0,aws_clients/* call */.T1)(ctx, `deregister ${where}`, () => client.send(new dist_cjs/* DeregisterImageCommand */.x2c({ ImageId: imageId })));
        }
        catch (err) {
            if (!(0,aws_clients/* isGone */.ST)(err))
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
    const left = await (0,pages/* allPages */.S4)(ctx, `find snapshots of ${imageId} in ${region}`, async (token) => {
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
            MaxResults: pages/* PAGE_SIZE */.md,
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
    const inUse = (err) => (0,aws_clients/* errorCode */.CA)(err) === 'InvalidSnapshot.InUse';
    let left = [...snapshots];
    let said = false;
    for (const SnapshotId of snapshots) {
        const what = `delete snapshot ${SnapshotId} in ${region}`;
        const send = () => client.send(new dist_cjs/* DeleteSnapshotCommand */.tZN({ SnapshotId }));
        try {
            if (opts.wait === false)
                await (0,aws_clients/* call */.T1)(ctx, what, send);
            else {
                await (0,visibility/* retryWithin */.Cz)(ctx, what, deadline, send, {
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
            if (!(0,aws_clients/* isGone */.ST)(err))
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
    const images = await (0,pages/* listImages */.v8)(await clients(region), `list AMIs in ${region}`, ctx, {
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
    const images = await (0,pages/* listImages */.v8)(client, 'resolve the source AMI', ctx, {
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

// EXTERNAL MODULE: ./lib/providers/aws/watch.js
var watch = __webpack_require__(5043);
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
                    const out = await (0,aws_clients/* call */.T1)(ctx, 'launch the builder', () => client.send(new dist_cjs/* RunInstancesCommand */.zq7(builderRequest(aws, plan, data, token)))).catch((err) => {
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
                    const code = await (0,watch/* waitForScript */.kL)(client, instanceId, consoleLog, nonce, builderDeadline, aws.pollInterval, ctx);
                    if (code !== 0) {
                        throw new Error(`the provisioning script failed with exit status ${code} on builder ` +
                            `${plan.builderName} (${instanceId}, template ${plan.template}); no AMI was created\n${consoleLog.formatTail()}`);
                    }
                    ctx.reporter.info(`provisioning script succeeded after ${Math.round(builderDeadline.elapsed() / 100) / 10}s`);
                },
            },
            {
                name: `Wait for ${plan.builderName} to stop`,
                run: () => (0,watch/* waitForInstanceState */.J4)(client, instanceId, ['stopped'], builderDeadline, aws.pollInterval, ctx),
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
                    await (0,watch/* waitForImages */.zH)(this.client, [{ region, imageId }], `AMI ${plan.imageName}`, deadline, aws.pollInterval, ctx);
                },
            },
            {
                name: `Terminate builder ${plan.builderName}`,
                run: async () => {
                    // The AMI is made: a builder that will not terminate must not cost it. It stays in
                    // the ledger, and cleanup (then the post step, then gc) tries again.
                    try {
                        await (0,cleanup/* terminateBuilder */.xB)(client, instanceId, ctx, { aws, wait: true, ours: true });
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
                            await (0,watch/* waitForImages */.zH)(this.client, copies, `copies of ${plan.imageName}`, deadline, aws.pollInterval, ctx);
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
            const copies = await (0,cleanup/* findMade */.RN)(ctx, aws, `the copy of ${name} in ${region}`, opts.wait, () => (0,pages/* listImages */.v8)(client, `find copies of ${name} in ${region}`, ctx, {
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
            ? await (0,cleanup/* builderByToken */.I6)(client, rest.slice(TOKEN.length), ctx, aws, opts.wait)
            : [rest];
        for (const id of ids) {
            await (0,cleanup/* terminateBuilder */.xB)(client, id, ctx, { aws, wait: opts.wait, ours: true });
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


/***/ })

};
