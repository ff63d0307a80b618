export const id = 9466;
export const ids = [9466];
export const modules = {
	81941: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			F2: () => builderRequest,
			Tw: () => tagList,
			sw: () => userData
		});
		var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
		var _devices_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23753);
		const MAX_USER_DATA = 16 * 1024;
		function tagList(tags) {
			return Object.entries(tags).map(([Key, Value]) => ({
				Key,
				Value
			}));
		}
		function userData(script, template) {
			const plain = Buffer.from(script, "utf8");
			if (plain.length <= MAX_USER_DATA) return plain.toString("base64");
			const packed = (0, node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(plain, { level: 9 });
			if (packed.length <= MAX_USER_DATA) return packed.toString("base64");
			throw new Error(`the provisioning script rendered from ${template} is ${plain.length} bytes (${packed.length} compressed); ` + `EC2 user data holds at most ${MAX_USER_DATA}: move large parts into files the script downloads`);
		}
		function builderRequest(aws, plan, userDataBase64, clientToken) {
			const tags = tagList({
				...plan.tags,
				Name: plan.builderName,
				"worker-image-role": "builder"
			});
			const profile = aws.iamInstanceProfile;
			return {
				ImageId: plan.sourceImageId,
				InstanceType: aws.instanceType,
				MinCount: 1,
				MaxCount: 1,
				ClientToken: clientToken,
				UserData: userDataBase64,
				MetadataOptions: {
					HttpTokens: "required",
					HttpEndpoint: "enabled"
				},
				InstanceInitiatedShutdownBehavior: "stop",
				...aws.subnetId ? { SubnetId: aws.subnetId } : {},
				...aws.securityGroupIds.length ? { SecurityGroupIds: aws.securityGroupIds } : {},
				...profile ? { IamInstanceProfile: profile.startsWith("arn:") ? { Arn: profile } : { Name: profile } } : {},
				BlockDeviceMappings: [{
					DeviceName: plan.rootDeviceName,
					Ebs: {
						VolumeSize: aws.volume.sizeGb,
						VolumeType: aws.volume.type,
						DeleteOnTermination: true,
						...aws.encrypted ? { Encrypted: true } : {},
						...aws.kmsKeyId ? { KmsKeyId: aws.kmsKeyId } : {}
					}
				}, ...(0, _devices_js__WEBPACK_IMPORTED_MODULE_1__.nO)(plan.dataDevices)],
				TagSpecifications: [{
					ResourceType: "instance",
					Tags: tags
				}, {
					ResourceType: "volume",
					Tags: tags
				}]
			};
		}
	}),
	96399: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			r: () => TAIL_LINES,
			w: () => ConsoleLog
		});
		var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93264);
		var _wait_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63817);
		var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9574);
		var _visibility_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76676);
		const TAIL_LINES = 50;
		class ConsoleLog {
			client;
			instanceId;
			onLine;
			noun;
			text = "";
			latest = true;
			tail = [];
			visibility;
			constructor(client, instanceId, onLine, ctx, noun = "builder") {
				this.client = client;
				this.instanceId = instanceId;
				this.onLine = onLine;
				this.noun = noun;
				this.visibility = new _visibility_js__WEBPACK_IMPORTED_MODULE_3__.Ni(ctx, `${noun} ${instanceId()}`);
			}
			get buffered() {
				return !this.latest;
			}
			async read(ctx) {
				const InstanceId = this.instanceId();
				let out;
				try {
					out = await (0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.T1)(ctx, "read the console output", () => this.client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.Ol({
						InstanceId,
						Latest: this.latest || undefined
					})));
				} catch (err) {
					if (this.visibility.notVisible(err)) return this.text;
					if (!this.latest || !refusesLatest(err)) throw err;
					ctx.reporter.info(`${this.noun} ${InstanceId} has no live console (${(0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.CA)(err)}: Latest is for Nitro instance types); ` + `reading the buffered one, which shows the script status once the ${this.noun} stops`);
					this.latest = false;
					return this.read(ctx);
				}
				const text = out.Output ? Buffer.from(out.Output, "base64").toString("utf8") : "";
				this.follow(text);
				return text;
			}
			follow(text) {
				let fresh;
				if (text.startsWith(this.text)) fresh = text.slice(this.text.length);
				else {
					const anchor = this.text.slice(-200);
					const at = anchor ? text.lastIndexOf(anchor) : -1;
					fresh = at >= 0 ? text.slice(at + anchor.length) : text;
				}
				const end = fresh.lastIndexOf("\n") + 1;
				this.text = text.slice(0, text.length - (fresh.length - end));
				for (const line of fresh.slice(0, end).split(/\r?\n/).slice(0, -1)) {
					this.tail.push(line);
					if (this.tail.length > TAIL_LINES) this.tail.shift();
					this.onLine(line);
				}
			}
			formatTail() {
				const id = this.instanceId();
				if (this.tail.length === 0) return `(no console output from ${id} yet)`;
				return [`last ${this.tail.length} console lines of ${id}:`, ...this.tail.map((l) => `  ${l}`)].join("\n");
			}
		}
		function refusesLatest(err) {
			const status = (0, _wait_retry_js__WEBPACK_IMPORTED_MODULE_1__.c2)(err);
			const code = (0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.CA)(err) ?? "";
			if (code === "UnsupportedOperation") return true;
			return status !== undefined && status >= 400 && status < 500 && status !== 429 && !code.startsWith("InvalidInstanceID.") && ![
				"RequestLimitExceeded",
				"Throttling",
				"AuthFailure",
				"UnauthorizedOperation"
			].includes(code);
		}
	}),
	23753: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			CK: () => keptDevices,
			P3: () => dataDevicesOf,
			nO: () => temporaryDevices
		});
		function dataDevicesOf(image) {
			return (image.BlockDeviceMappings ?? []).flatMap((m) => m.Ebs && m.DeviceName && m.DeviceName !== image.RootDeviceName ? [{
				deviceName: m.DeviceName,
				deleteOnTermination: m.Ebs.DeleteOnTermination ?? true
			}] : []);
		}
		function temporaryDevices(devices) {
			return devices.map((d) => ({
				DeviceName: d.deviceName,
				Ebs: { DeleteOnTermination: true }
			}));
		}
		function keptDevices(devices) {
			const kept = devices.filter((d) => !d.deleteOnTermination);
			return kept.length === 0 ? {} : { BlockDeviceMappings: kept.map((d) => ({
				DeviceName: d.deviceName,
				Ebs: { DeleteOnTermination: false }
			})) };
		}
	}),
	9466: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { AwsVerifier: () => AwsVerifier });
		var client_ec2 = __webpack_require__(93264);
		var wait_deadline = __webpack_require__(94975);
		var aws_clients = __webpack_require__(9574);
		var devices = __webpack_require__(23753);
		var external_node_crypto_ = __webpack_require__(77598);
		var external_node_zlib_ = __webpack_require__(38522);
		var builder = __webpack_require__(81941);
		;
		const AMI = /^ami-[0-9a-f]{8,17}$/;
		function regional(text, region, what) {
			const colon = text.indexOf(":");
			const at = colon >= 0 ? text.slice(0, colon) : region;
			const imageId = colon >= 0 ? text.slice(colon + 1) : text;
			if (!AMI.test(imageId) || !at) {
				throw new Error(`${what} ${JSON.stringify(text)} is not an AMI id in a region (\`ami-\u2026\` with details.region, or \`region:ami-\u2026\`)`);
			}
			return {
				region: at,
				imageId
			};
		}
		function launchAmi(target, defaultRegion) {
			return regional(target.imageId, target.details.region || defaultRegion, `the image to verify (${target.imageName})`);
		}
		function amisOf(target, defaultRegion) {
			const listed = (target.details.amis ?? "").split(",").map((s) => s.trim()).filter(Boolean).map((s) => regional(s, undefined, `details.amis of ${target.imageName}:`));
			const all = listed.length > 0 ? listed : [launchAmi(target, defaultRegion)];
			const seen = new Set();
			return all.filter((a) => !seen.has(`${a.region}/${a.imageId}`) && !!seen.add(`${a.region}/${a.imageId}`));
		}
		function hash(...parts) {
			return (0, external_node_crypto_.createHash)("sha256").update(parts.join("/")).digest("hex");
		}
		function verifierName(imageName, runId) {
			return `${imageName}-verify-${hash(runId).slice(0, 6)}`;
		}
		function verifierToken(runId, ami) {
			return `wi-verifier-${hash(runId, "verifier", ami.region, ami.imageId).slice(0, 40)}`;
		}
		const MAX_USER_DATA = 16 * 1024;
		function verifyUserData(script) {
			const plain = Buffer.from(script, "utf8");
			if (plain.length <= MAX_USER_DATA) return plain.toString("base64");
			const packed = (0, external_node_zlib_.gzipSync)(plain, { level: 9 });
			if (packed.length <= MAX_USER_DATA) return packed.toString("base64");
			throw new Error(`the verify script is ${plain.length} bytes (${packed.length} compressed); EC2 user data holds at most ` + `${MAX_USER_DATA}: shorten the checks, or move long ones into a file baked into the image`);
		}
		function verifierRequest(aws, launch) {
			const tags = (0, builder.Tw)({
				...launch.labels,
				Name: launch.name,
				"worker-image-role": "verifier"
			});
			const home = launch.ami.region === aws.region;
			const profile = aws.iamInstanceProfile;
			return {
				ImageId: launch.ami.imageId,
				InstanceType: launch.instanceType,
				MinCount: 1,
				MaxCount: 1,
				ClientToken: launch.clientToken,
				UserData: launch.userDataBase64,
				MetadataOptions: {
					HttpTokens: "required",
					HttpEndpoint: "enabled"
				},
				InstanceInitiatedShutdownBehavior: "terminate",
				...home && aws.subnetId ? { SubnetId: aws.subnetId } : {},
				...home && aws.securityGroupIds.length ? { SecurityGroupIds: aws.securityGroupIds } : {},
				...profile ? { IamInstanceProfile: profile.startsWith("arn:") ? { Arn: profile } : { Name: profile } } : {},
				...launch.rootDeviceName ? { BlockDeviceMappings: [{
					DeviceName: launch.rootDeviceName,
					Ebs: { DeleteOnTermination: true }
				}, ...(0, devices.nO)(launch.dataDevices ?? [])] } : {},
				TagSpecifications: [{
					ResourceType: "instance",
					Tags: tags
				}, {
					ResourceType: "volume",
					Tags: tags
				}]
			};
		}
		var visibility = __webpack_require__(76676);
		;
		const VERIFIED_TAG = "worker-image-verified";
		async function markAmis(clients, aws, target, verified, ctx) {
			const Tags = [{
				Key: VERIFIED_TAG,
				Value: String(verified)
			}];
			const mark = async ({ region, imageId }) => {
				const client = await clients(region);
				const deadline = (0, visibility.FG)(aws, `AMI ${imageId} in ${region}`);
				const out = await (0, visibility.dc)(ctx, `read AMI ${imageId} in ${region}`, deadline, () => client.send(new client_ec2.ji({ ImageIds: [imageId] })));
				const image = out.Images?.[0];
				if (!image) throw new Error(`AMI ${imageId} is not listed in ${region}: nothing to tag`);
				const snapshots = (image.BlockDeviceMappings ?? []).map((m) => m.Ebs?.SnapshotId).filter((id) => !!id);
				await (0, visibility.dc)(ctx, `tag AMI ${imageId} in ${region}`, deadline, () => client.send(new client_ec2.Rm({
					Resources: [imageId, ...snapshots],
					Tags
				})));
				ctx.reporter.info(`${region}: ${imageId}${snapshots.length ? ` and ${snapshots.join(", ")}` : ""} tagged ${VERIFIED_TAG}=${verified}`);
				return image.Name;
			};
			const amis = amisOf(target, aws.region);
			const [name] = await Promise.all(amis.map(mark));
			if (target.details.copies !== "by-name" || !name) return;
			await Promise.all((await copiesNamed(clients, aws, name, amis, ctx)).map(mark));
		}
		async function copiesNamed(clients, aws, name, known, ctx) {
			const regions = aws.targetRegions.filter((r) => !known.some((a) => a.region === r));
			const found = await Promise.all(regions.map(async (region) => {
				const regional = await clients(region);
				const listed = await (0, aws_clients.T1)(ctx, `find copies of ${name} in ${region}`, () => regional.send(new client_ec2.ji({
					Owners: ["self"],
					Filters: [{
						Name: "name",
						Values: [name]
					}]
				})));
				return (listed.Images ?? []).flatMap((i) => i.ImageId ? [{
					region,
					imageId: i.ImageId
				}] : []);
			}));
			return found.flat();
		}
		var cleanup = __webpack_require__(82470);
		var report = __webpack_require__(70133);
		var reports = __webpack_require__(53376);
		var duration = __webpack_require__(47683);
		var poll = __webpack_require__(92738);
		var provider = __webpack_require__(60163);
		var console = __webpack_require__(96399);
		var watch = __webpack_require__(82421);
		;
		const STATE_EVERY = 5;
		const DOWN = new Set([
			"stopping",
			"stopped",
			"shutting-down",
			"terminated"
		]);
		class VerifierWatch {
			o;
			ctx;
			runningAt;
			state = "pending";
			tail = [];
			log;
			visibility;
			reports;
			polls = 0;
			constructor(o, ctx) {
				this.o = o;
				this.ctx = ctx;
				this.log = new console.w(o.client, () => o.instanceId, (line) => {
					this.tail.push(line);
					if (this.tail.length > console.r) this.tail.shift();
				}, ctx, "verifier");
				this.visibility = new visibility.Ni(ctx, `verifier ${o.instanceId}`);
				this.reports = new reports.X({
					name: `verifier ${o.instanceId}`,
					checkCount: o.checkCount,
					createdAt: o.createdAt,
					request: "launch request"
				}, ctx.reporter);
			}
			get progress() {
				return this.reports.progress;
			}
			get readyAt() {
				return this.reports.readyAt;
			}
			async readInstance() {
				try {
					return await (0, watch.xJ)(this.o.client, this.o.instanceId, this.ctx, "verifier");
				} catch (err) {
					if (this.visibility.notVisible(err)) return undefined;
					throw err;
				}
			}
			async poll() {
				const first = this.polls++ === 0;
				if (this.runningAt === undefined || !first && this.polls % STATE_EVERY === 0) {
					const instance = await this.readInstance();
					if (instance) this.seeState(instance);
				}
				if (this.runningAt === undefined) return;
				const text = await this.log.read(this.ctx);
				if (this.log.buffered) {
					throw new Error(`verifier ${this.o.instanceId} runs on ${this.o.instanceType}, which has no live console: EC2 ` + "posts the console of a Xen instance type only at state changes, so the verify script cannot be " + "followed while the instance runs. Verify on an instance type built on the Nitro System " + "(aws.verify.instance-type, e.g. t3, m5, c6i)");
				}
				this.reports.see((0, report.Bb)(text, this.o.nonce));
			}
			seeState(instance) {
				const state = String(instance.State?.Name ?? "unknown");
				if (state !== this.state) this.ctx.reporter.info(`verifier ${this.o.instanceId} is ${state}`);
				this.state = state;
				if (state === "running") this.runningAt ??= Date.now();
				if (DOWN.has(state)) {
					const reason = instance.StateReason?.Message ? ` (${instance.StateReason.Message})` : "";
					const byImage = instance.StateReason?.Code === "Client.InstanceInitiatedShutdown";
					throw new (byImage ? provider.y : Error)(`verifier ${this.o.instanceId} went ${state}${reason} before its verify script finished ` + `(${this.reported()})\n${this.formatTail()}`);
				}
			}
			reported() {
				return this.reports.reported();
			}
			formatTail() {
				return this.log.formatTail();
			}
			spacing() {
				return {
					maxInterval: this.o.maxInterval,
					backoff: 1.5,
					backoffAfter: 1e4
				};
			}
			async waitReady(deadline) {
				await (0, poll.g)(async () => {
					await this.poll();
					return this.readyAt !== undefined ? true : undefined;
				}, {
					deadline,
					interval: this.o.interval,
					...this.spacing(),
					signal: this.ctx.signal,
					progress: (elapsed) => this.ctx.reporter.info(`\u2026 verifier ${this.o.instanceId}: ${this.state}, no ready report yet, ${elapsed} elapsed (limit ${(0, duration.a)(deadline.budget)})`),
					onExpiry: async () => `(${this.state}; ${this.reported()})\n${this.formatTail()}`
				});
			}
			async waitDone(deadline) {
				await (0, poll.g)(async () => {
					await this.poll();
					return this.progress.failed !== undefined ? true : undefined;
				}, {
					deadline,
					interval: this.o.interval,
					...this.spacing(),
					signal: this.ctx.signal,
					progress: (elapsed) => this.ctx.reporter.info(`\u2026 verifier ${this.o.instanceId}: ${this.reported()}, ${elapsed} elapsed (limit ${(0, duration.a)(deadline.budget)})`),
					onExpiry: async () => `(${this.reported()})\n${this.formatTail()}`
				});
			}
		}
		;
		const TOKEN = "client-token/";
		async function devicesOf(client, ami, aws, ctx) {
			const what = `AMI ${ami.imageId} in ${ami.region}`;
			const out = await (0, visibility.dc)(ctx, `read ${what}`, (0, visibility.FG)(aws, what), () => client.send(new client_ec2.ji({ ImageIds: [ami.imageId] })));
			const image = out.Images?.[0];
			if (!image) throw new Error(`${what} is not listed: nothing to verify`);
			if (image.State !== "available") {
				const reason = image.StateReason?.Message ? ` (${image.StateReason.Message})` : "";
				throw new Error(`${what} is ${image.State}${reason}, not available: it cannot be verified`);
			}
			if (!image.RootDeviceName) throw new Error(`${what} names no root device`);
			return {
				rootDeviceName: image.RootDeviceName,
				dataDevices: (0, devices.P3)(image)
			};
		}
		class AwsVerifier {
			aws;
			cloud = "aws";
			client;
			constructor(aws) {
				this.aws = aws;
				this.client = (0, aws_clients.yY)(aws.endpoint);
			}
			verifySteps(_config, request, ctx, ledger) {
				const { aws } = this;
				const ami = launchAmi(request.target, aws.region);
				const name = verifierName(request.target.imageName, ctx.runId);
				const instanceType = request.vmType ?? aws.instanceType;
				const interval = Math.min(aws.pollInterval, 1e3);
				let createdAt = 0;
				let instanceId = "";
				let readyDeadline;
				let watch;
				const steps = [
					{
						name: `Launch verifier ${name} (${instanceType}) from ${ami.imageId} in ${ami.region}`,
						run: async () => {
							const client = await this.client(ami.region);
							const { rootDeviceName, dataDevices } = await devicesOf(client, ami, aws, ctx);
							const token = verifierToken(ctx.runId, ami);
							const input = verifierRequest(aws, {
								rootDeviceName,
								dataDevices,
								ami,
								name,
								instanceType,
								userDataBase64: verifyUserData(request.script({ guestAttributes: false })),
								clientToken: token,
								labels: request.labels
							});
							const pending = this.resource(`${ami.region}/${TOKEN}${token}`);
							ledger.record(pending);
							createdAt = Date.now();
							readyDeadline = new wait_deadline.B(`the wait for verifier ${name}'s ready report`, request.readyLimitMs);
							const out = await (0, aws_clients.T1)(ctx, "launch the verifier", () => client.send(new client_ec2.zq(input))).catch((err) => {
								if ((0, aws_clients.J5)(err)) ledger.release(pending);
								throw err;
							});
							instanceId = out.Instances?.[0]?.InstanceId ?? "";
							if (!instanceId) throw new Error("RunInstances returned no instance id");
							ledger.record(this.resource(`${ami.region}/${instanceId}`));
							ledger.release(pending);
							watch = new VerifierWatch({
								client,
								instanceId,
								instanceType,
								nonce: request.nonce,
								checkCount: request.checkCount,
								createdAt,
								interval,
								maxInterval: Math.max(interval, aws.pollInterval)
							}, ctx);
							ctx.reporter.info(`verifier ${instanceId} launched in ${ami.region}`);
						}
					},
					{
						name: `Wait for verifier ${name} to be ready`,
						run: () => watch.waitReady(readyDeadline)
					},
					{
						name: `Run ${request.checkCount} check(s) on verifier ${name}`,
						run: async () => {
							const deadline = new wait_deadline.B(`the wait for the checks on verifier ${name}`, Math.max(0, request.checksLimitMs - (Date.now() - watch.readyAt)));
							await watch.waitDone(deadline);
							const failed = watch.progress.failed ?? 0;
							ctx.reporter.info(failed === 0 ? `all ${request.checkCount} check(s) passed on ${instanceId}` : `${failed} of ${request.checkCount} check(s) failed on ${instanceId}\n${watch.formatTail()}`);
						}
					}
				];
				const observation = () => ({
					vm: instanceId || name,
					createdAt,
					...watch?.runningAt !== undefined ? { runningAt: watch.runningAt } : {},
					...watch?.readyAt !== undefined ? { readyAt: watch.readyAt } : {},
					progress: watch?.progress ?? { checks: [] },
					logTail: watch ? [...watch.tail] : []
				});
				return {
					steps,
					observation
				};
			}
			markVerification(target, verified, ctx) {
				return markAmis(this.client, this.aws, target, verified, ctx);
			}
			deleteResource = async (r, opts) => {
				if (r.kind !== "instance") throw new Error(`unknown aws verify resource kind ${r.kind}`);
				const ctx = {
					runId: "",
					reporter: opts.reporter,
					signal: new AbortController().signal
				};
				const slash = r.id.indexOf("/");
				const region = r.id.slice(0, slash);
				const rest = r.id.slice(slash + 1);
				const client = await this.client(region);
				const ids = rest.startsWith(TOKEN) ? await (0, cleanup.zu)(client, rest.slice(TOKEN.length), "verifier", ctx, this.aws, opts.wait) : [rest];
				for (const id of ids) {
					await (0, cleanup.xB)(client, id, ctx, {
						aws: this.aws,
						wait: opts.wait,
						ours: true,
						role: "verifier"
					});
				}
				return opts.wait ? "deleted" : "requested";
			};
			resource(id) {
				return {
					cloud: "aws",
					kind: "instance",
					id,
					role: "verifier",
					keep: "never"
				};
			}
		}
	}),
	60163: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { y: () => VerifyFault });
		class VerifyFault extends Error {
			name = "VerifyFault";
		}
	}),
	70133: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Bb: () => progressFromConsole,
			h1: () => progressFromAttributes,
			o$: () => mergeProgress
		});
		var _script_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26240);
		const TIMED_OUT = new Set([124, 137]);
		function outcome(index, value) {
			const m = /^exit=(\d+) ms=(\d+)$/.exec(value.trim());
			if (!m) return undefined;
			const exit = Number(m[1]);
			return {
				index,
				exit,
				ms: Number(m[2]),
				timedOut: TIMED_OUT.has(exit)
			};
		}
		function escapeNonce(nonce) {
			return nonce.replace(/[^a-z0-9-]/g, "");
		}
		function progressFromConsole(text, nonce) {
			const progress = { checks: [] };
			const marker = new RegExp(`worker-image-verify\\[${escapeNonce(nonce)}\\]: (ready uptime=([0-9.]+)(?: at=(\\d+))?|check=(\\d+) (exit=\\d+ ms=\\d+)|done failed=(\\d+))`, "g");
			for (const m of text.matchAll(marker)) {
				if (m[2] !== undefined) {
					progress.readyUptime = Number(m[2]);
					if (m[3] !== undefined) progress.readyClock = Number(m[3]);
				} else if (m[4] !== undefined) {
					const found = outcome(Number(m[4]), m[5]);
					if (found && !progress.checks.some((c) => c.index === found.index)) {
						progress.checks.push(found);
					}
				} else if (m[6] !== undefined) progress.failed = Number(m[6]);
			}
			progress.checks.sort((a, b) => a.index - b.index);
			return progress;
		}
		function progressFromAttributes(attributes) {
			const progress = { checks: [] };
			const ready = /^uptime=([0-9.]+)(?: at=(\d+))?$/.exec(attributes.get(_script_js__WEBPACK_IMPORTED_MODULE_0__.mY)?.trim() ?? "");
			if (ready) {
				progress.readyUptime = Number(ready[1]);
				if (ready[2] !== undefined) progress.readyClock = Number(ready[2]);
			}
			for (let index = 0; attributes.has((0, _script_js__WEBPACK_IMPORTED_MODULE_0__.yR)(index)); index++) {
				const found = outcome(index, attributes.get((0, _script_js__WEBPACK_IMPORTED_MODULE_0__.yR)(index)));
				if (found) progress.checks.push(found);
			}
			const done = /^failed=(\d+)$/.exec(attributes.get(_script_js__WEBPACK_IMPORTED_MODULE_0__.R0)?.trim() ?? "");
			if (done) progress.failed = Number(done[1]);
			return progress;
		}
		function mergeProgress(before, now) {
			const checks = [...before.checks];
			for (const c of now.checks) if (!checks.some((b) => b.index === c.index)) checks.push(c);
			checks.sort((a, b) => a.index - b.index);
			const ready = before.readyUptime !== undefined ? before : now;
			const { readyUptime, readyClock } = ready;
			const failed = before.failed ?? now.failed;
			return {
				...readyUptime !== undefined ? { readyUptime } : {},
				...readyClock !== undefined ? { readyClock } : {},
				checks,
				...failed !== undefined ? { failed } : {}
			};
		}
	}),
	53376: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { X: () => VerifyReports });
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47683);
		var _report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70133);
		class VerifyReports {
			o;
			reporter;
			progress = { checks: [] };
			readyAt;
			printed = new Set();
			notReadyAt;
			constructor(o, reporter) {
				this.o = o;
				this.reporter = reporter;
				this.notReadyAt = o.createdAt;
			}
			see(now) {
				this.progress = (0, _report_js__WEBPACK_IMPORTED_MODULE_0__.o$)(this.progress, now);
				const seenAt = Date.now();
				if (this.progress.readyUptime === undefined) this.notReadyAt = seenAt;
				else if (this.readyAt === undefined) {
					this.readyAt = readyTime(this.progress.readyClock, this.notReadyAt, seenAt);
					this.reporter.info(`${this.o.name} ready ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_1__.a)(this.readyAt - this.o.createdAt)} after the ${this.o.request} ` + `(uptime ${this.progress.readyUptime}s when the verify script started)`);
				}
				for (const c of this.progress.checks) this.print(c);
			}
			reported() {
				if (this.progress.readyUptime === undefined) return "no ready report";
				return `${this.progress.checks.length} of ${this.o.checkCount} checks reported`;
			}
			print(c) {
				if (this.printed.has(c.index)) return;
				this.printed.add(c.index);
				const verdict = c.exit === 0 ? "passed" : c.timedOut ? "timed out" : "failed";
				this.reporter.info(`check ${c.index + 1}/${this.o.checkCount} ${verdict} (exit ${c.exit}, ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_1__.a)(c.ms)})`);
			}
		}
		function readyTime(clock, notReadyAt, seenAt) {
			if (clock === undefined) return seenAt;
			return Math.min(Math.max(clock, notReadyAt), seenAt);
		}
	}),
	26240: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			R0: () => DONE_KEY,
			mY: () => READY_KEY,
			xz: () => verifyScript,
			yR: () => checkKey
		});
		var _wrapper_wrapper_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94382);
		const CHECK_OUTPUT_LINES = 20;
		const READY_KEY = "verify-ready";
		const DONE_KEY = "verify-done";
		const checkKey = (index) => `verify-check-${index}`;
		function base64Lines(text) {
			return Buffer.from(text, "utf8").toString("base64").replace(/.{1,76}/g, "$&\n");
		}
		function quoted(text) {
			return `'${text.replace(/'/g, `'\\''`)}'`;
		}
		function verifyScript(opts) {
			if (!/^[a-z0-9-]+$/.test(opts.nonce)) {
				throw new Error(`verify nonce must match [a-z0-9-]+, got ${JSON.stringify(opts.nonce)}`);
			}
			const marker = `worker-image-verify[${opts.nonce}]`;
			const report = (0, _wrapper_wrapper_js__WEBPACK_IMPORTED_MODULE_0__.T_)(opts.guestAttributes);
			const checks = opts.checks.map((check, index) => {
				if (!Number.isInteger(check.timeoutSeconds) || check.timeoutSeconds < 1) {
					throw new Error(`check ${check.name}: timeoutSeconds must be a whole number of seconds \u2265 1`);
				}
				return `base64 -d > "$wi_dir/check-${index}.sh" <<'WORKER_IMAGE_CHECK'
${base64Lines(check.command)}WORKER_IMAGE_CHECK
wi_check ${index} ${quoted(check.name)} ${check.timeoutSeconds}`;
			});
			return `#!/bin/bash
# worker-image verify script (generated). Marks the VM ready, runs each check with its own
# time limit and reports its exit status and duration. The VM stays up: worker-image deletes it.
set -u
wi_dir="$(mktemp -d -t worker-image-verify.XXXXXX)"
trap 'rm -rf "$wi_dir"' EXIT
${report}
# Milliseconds since the epoch: bash 5's clock, else date's seconds.
wi_ms() {
  local t="\${EPOCHREALTIME:-}"
  if [ -n "$t" ]; then t="\${t//[.,]/}"; echo $((10#$t / 1000)); else echo $(($(date +%s) * 1000)); fi
}
wi_uptime=0
read -r wi_uptime _ 2>/dev/null < /proc/uptime || true
wi_at="$(wi_ms)"
report ${READY_KEY} "uptime=$wi_uptime at=$wi_at"
echo "${marker}: ready uptime=$wi_uptime at=$wi_at"
wi_failed=0
wi_check() {
  local index="$1" name="$2" limit="$3" start code ms
  echo "worker-image: check $name started (limit \${limit}s)"
  start="$(wi_ms)"
  WORKER_IMAGE_CHECK="$name" timeout --kill-after=5 "$limit" bash "$wi_dir/check-$index.sh" \
    < /dev/null > "$wi_dir/out-$index" 2>&1
  code=$?
  ms=$(($(wi_ms) - start))
  tail -n ${CHECK_OUTPUT_LINES} "$wi_dir/out-$index" | sed -e 's/worker-image-verify\\[/worker-image-verify(/g' -e "s/^/  [$name] /"
  [ "$code" -eq 0 ] || wi_failed=$((wi_failed + 1))
  report "verify-check-$index" "exit=$code ms=$ms"
  echo "${marker}: check=$index exit=$code ms=$ms"
}
${checks.join("\n")}
report ${DONE_KEY} "failed=$wi_failed"
echo "${marker}: done failed=$wi_failed"
`;
		}
	})
};
