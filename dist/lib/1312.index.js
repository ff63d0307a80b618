export const id = 1312;
export const ids = [1312];
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
	46186: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			B: () => deleteSnapshots,
			v: () => deleteImage
		});
		var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93264);
		var _wait_deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94975);
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47683);
		var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9574);
		var _pages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13242);
		var _visibility_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76676);
		async function deleteImage(client, region, imageId, ctx, opts) {
			const wait = opts.wait ?? true;
			const where = `AMI ${imageId} in ${region}`;
			const read = () => client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.ji({ ImageIds: [imageId] }));
			let image;
			try {
				const out = opts.ours && wait ? await (0, _visibility_js__WEBPACK_IMPORTED_MODULE_4__.dc)(ctx, `read ${where}`, (0, _visibility_js__WEBPACK_IMPORTED_MODULE_4__.FG)(opts.aws, where), read) : await (0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.T1)(ctx, `read ${where}`, read);
				image = out.Images?.[0];
			} catch (err) {
				if (err instanceof _visibility_js__WEBPACK_IMPORTED_MODULE_4__._F) {
					return deleteLeftSnapshots(client, region, imageId, ctx, opts);
				}
				if (opts.ours && (0, _visibility_js__WEBPACK_IMPORTED_MODULE_4__.sR)(err)) return false;
				if ((0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.ST)(err)) return true;
				throw err;
			}
			if (!image) return true;
			if (image.State !== "deregistered") {
				try {
					await (0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.T1)(ctx, `deregister ${where}`, () => client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.x2({ ImageId: imageId })));
				} catch (err) {
					if (!(0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.ST)(err)) throw err;
				}
			}
			const snapshots = (image.BlockDeviceMappings ?? []).flatMap((m) => m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []);
			opts.progress?.(snapshots);
			return deleteSnapshots(client, region, imageId, snapshots, ctx, opts);
		}
		async function deleteLeftSnapshots(client, region, imageId, ctx, opts) {
			const left = await (0, _pages_js__WEBPACK_IMPORTED_MODULE_3__.S4)(ctx, `find snapshots of ${imageId} in ${region}`, async (token) => {
				const out = await client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.Mm({
					OwnerIds: ["self"],
					Filters: [{
						Name: "description",
						Values: [`Created by CreateImage(*) for ${imageId}*`, `Copied for DestinationAmi ${imageId} *`]
					}],
					MaxResults: _pages_js__WEBPACK_IMPORTED_MODULE_3__.md,
					...token ? { NextToken: token } : {}
				}));
				return {
					items: out.Snapshots ?? [],
					nextToken: out.NextToken
				};
			});
			ctx.reporter.info(`AMI ${imageId} in ${region} is not known to EC2: it was deleted before` + (left.length > 0 ? `; deleting the ${left.length} snapshot(s) it left` : ""));
			const ids = left.flatMap((s) => s.SnapshotId ? [s.SnapshotId] : []);
			opts.progress?.(ids);
			return deleteSnapshots(client, region, imageId, ids, ctx, opts);
		}
		async function deleteSnapshots(client, region, imageId, snapshots, ctx, opts) {
			const deadline = new _wait_deadline_js__WEBPACK_IMPORTED_MODULE_1__.B(`the snapshots of ${imageId} in ${region}`, opts.aws.timeouts.operation);
			const inUse = (err) => (0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.CA)(err) === "InvalidSnapshot.InUse";
			let left = [...snapshots];
			let said = false;
			for (const SnapshotId of snapshots) {
				const what = `delete snapshot ${SnapshotId} in ${region}`;
				const send = () => client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.tZ({ SnapshotId }));
				try {
					if (opts.wait === false) await (0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.T1)(ctx, what, send);
					else {
						await (0, _visibility_js__WEBPACK_IMPORTED_MODULE_4__.Cz)(ctx, what, deadline, send, {
							retryable: inUse,
							onFirst: () => {
								if (said) return;
								said = true;
								ctx.reporter.info(`${what}: still in use by the AMI ${imageId} just deregistered (InvalidSnapshot.InUse), retrying`);
							},
							exhausted: () => new Error(`${what}: EC2 still answered InvalidSnapshot.InUse ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_5__.a)(deadline.budget)} after AMI ${imageId} was deregistered`)
						});
					}
				} catch (err) {
					if (opts.wait === false && inUse(err)) {
						ctx.reporter.info(`${what}: still in use by ${imageId} just deregistered; the post step deletes it`);
						continue;
					}
					if (!(0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.ST)(err)) throw err;
				}
				left = left.filter((id) => id !== SnapshotId);
				opts.progress?.(left);
			}
			return left.length === 0;
		}
	}),
	91312: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { AwsProvider: () => AwsProvider });
		var client_ec2 = __webpack_require__(93264);
		var labels = __webpack_require__(42095);
		var wait_deadline = __webpack_require__(94975);
		var wrapper = __webpack_require__(94382);
		var aws_builder = __webpack_require__(81941);
		var cleanup = __webpack_require__(82470);
		var aws_clients = __webpack_require__(9574);
		var console = __webpack_require__(96399);
		var aws_images = __webpack_require__(46186);
		var external_node_crypto_ = __webpack_require__(77598);
		;
		function hash(...parts) {
			return (0, external_node_crypto_.createHash)("sha256").update(parts.join("/")).digest("hex");
		}
		function builderName(ami, runId) {
			return `${ami}-builder-${hash(runId).slice(0, 6)}`;
		}
		function clientToken(runId, purpose, region, ami) {
			return `wi-${purpose}-${hash(runId, purpose, region, ami).slice(0, 40)}`;
		}
		var pages = __webpack_require__(13242);
		var devices = __webpack_require__(23753);
		var version = __webpack_require__(49894);
		;
		async function ownImages(clients, region, filter, ctx) {
			const images = await (0, pages.v8)(await clients(region), `list AMIs in ${region}`, ctx, {
				Owners: ["self"],
				Filters: [{
					Name: "name",
					Values: [filter]
				}]
			});
			return images.filter((i) => i.Name && i.State !== "deregistered");
		}
		async function planAws(config, aws, clients, ctx) {
			const { namespace } = config.image;
			const prefix = (0, version.tO)(aws.amiName, namespace, "");
			const existing = await ownImages(clients, aws.region, `${prefix}*`, ctx);
			const resolved = (0, version.x)({
				name: aws.amiName,
				namespace,
				version: config.image.version
			}, existing.map((i) => i.Name));
			const replaces = existing.filter((i) => i.Name === resolved.name).map((i) => ({
				region: aws.region,
				imageId: i.ImageId
			}));
			for (const region of aws.targetRegions) {
				for (const i of await ownImages(clients, region, resolved.name, ctx)) {
					replaces.push({
						region,
						imageId: i.ImageId
					});
				}
			}
			const where = [...new Set(replaces.map((r) => r.region))].join(", ");
			const problem = (0, version.pw)({
				...resolved,
				exists: replaces.length > 0
			}, config.image, `region ${where}`);
			if (problem) throw new Error(problem);
			const source = await resolveSourceImage(aws, clients, ctx);
			const sourceSize = source.BlockDeviceMappings?.find((m) => m.DeviceName === source.RootDeviceName)?.Ebs?.VolumeSize;
			if (sourceSize !== undefined && aws.volume.sizeGb < sourceSize) {
				throw new Error(`aws.volume.size-gb: ${aws.volume.sizeGb} GB is smaller than the source AMI's ${sourceSize} GB root volume (${source.ImageId}); set at least ${sourceSize}`);
			}
			const builder = builderName(resolved.name, ctx.runId);
			const tags = {
				...aws.tags,
				"worker-image-run": (0, labels.w)(ctx.runId),
				"worker-image-version": resolved.version,
				...ctx.commit ? { "worker-image-commit": ctx.commit } : {},
				...ctx.runUrl ? { "worker-image-run-url": ctx.runUrl } : {}
			};
			return {
				cloud: "aws",
				imageName: resolved.name,
				version: resolved.version,
				location: `region ${aws.region}` + (aws.targetRegions.length ? `, copied to ${aws.targetRegions.join(", ")}` : ""),
				sourceImage: `${source.ImageId} (${source.Name})`,
				template: aws.template.path,
				labels: tags,
				tags,
				region: aws.region,
				builderName: builder,
				sourceImageId: source.ImageId,
				rootDeviceName: source.RootDeviceName ?? "/dev/xvda",
				dataDevices: (0, devices.P3)(source),
				volumeSizeGb: aws.volume.sizeGb,
				targetRegions: aws.targetRegions,
				replaces,
				resources: [
					{
						kind: "instance",
						name: `${builder} (${aws.instanceType}, ${aws.region})`,
						role: "builder"
					},
					{
						kind: "AMI",
						name: `${resolved.name} (${aws.region}${aws.encrypted ? ", encrypted" : ""})`,
						role: "image"
					},
					...aws.targetRegions.map((r) => ({
						kind: "AMI copy",
						name: `${resolved.name} (${r})`,
						role: "image"
					}))
				]
			};
		}
		async function resolveSourceImage(aws, clients, ctx) {
			const client = await clients(aws.region);
			const { id, owner, name } = aws.sourceImage;
			if (id) {
				try {
					const out = await (0, aws_clients.T1)(ctx, "resolve the source AMI", () => client.send(new client_ec2.ji({ ImageIds: [id] })));
					const image = out.Images?.[0];
					if (image?.State === "available") return image;
					if (image) throw new Error(`aws.source-image: AMI ${id} is ${image.State}, not available`);
				} catch (err) {
					if (!(0, aws_clients.CA)(err)?.startsWith("InvalidAMIID.")) throw err;
				}
				throw new Error(`aws.source-image: AMI ${id} not found in ${aws.region} (AMI ids are regional; is it shared with this account?)`);
			}
			const images = await (0, pages.v8)(client, "resolve the source AMI", ctx, {
				Owners: [owner],
				Filters: [{
					Name: "name",
					Values: [name]
				}, {
					Name: "state",
					Values: ["available"]
				}]
			});
			const newest = images.sort((a, b) => (b.CreationDate ?? "").localeCompare(a.CreationDate ?? ""))[0];
			if (!newest?.ImageId) {
				throw new Error(`aws.source-image: no available AMI of owner ${owner} matches "${name}" in ${aws.region}; ` + `list them with \`aws ec2 describe-images --region ${aws.region} --owners ${owner} --filters Name=name,Values='${name}'\``);
			}
			return newest;
		}
		var watch = __webpack_require__(82421);
		;
		const TOKEN = "client-token/";
		const PENDING = "pending-image/";
		class AwsProvider {
			aws;
			cloud = "aws";
			client;
			constructor(aws) {
				this.aws = aws;
				this.client = (0, aws_clients.yY)(aws.endpoint);
			}
			plan(config, ctx) {
				return planAws(config, this.aws, this.client, ctx);
			}
			bakeSteps(config, basePlan, script, ctx, ledger) {
				const plan = basePlan;
				const { aws } = this;
				const { region } = plan;
				const nonce = (0, labels.w)(ctx.runId);
				const amis = new Map();
				let instanceId = "";
				let builder;
				let builderDeadline;
				let client;
				let consoleLog;
				let terminating;
				const copy = async () => {
					const tags = (0, aws_builder.Tw)({
						...plan.tags,
						Name: plan.imageName,
						"worker-image-role": "image"
					});
					const copies = [];
					for (const target of plan.targetRegions) {
						const dest = await this.client(target);
						const pending = this.pendingImage(target, plan);
						ledger.record(pending);
						const out = await (0, aws_clients.T1)(ctx, `copy the AMI to ${target}`, () => dest.send(new client_ec2.SD({
							SourceRegion: region,
							SourceImageId: amis.get(region),
							Name: plan.imageName,
							Description: this.description(config, plan, ctx),
							ClientToken: clientToken(ctx.runId, "copy", target, plan.imageName),
							...aws.encrypted ? { Encrypted: true } : {},
							TagSpecifications: [{
								ResourceType: "image",
								Tags: tags
							}, {
								ResourceType: "snapshot",
								Tags: tags
							}]
						}))).catch((err) => {
							if ((0, aws_clients.J5)(err)) ledger.release(pending);
							throw err;
						});
						const imageId = out.ImageId;
						ledger.record(this.resource("image", `${target}/${imageId}`, "image"));
						ledger.release(pending);
						amis.set(target, imageId);
						copies.push({
							region: target,
							imageId
						});
						ctx.reporter.info(`copying to ${target} as ${imageId}`);
					}
					const deadline = new wait_deadline.B(`copies of AMI ${plan.imageName}`, aws.timeouts.copy);
					await (0, watch.zH)(this.client, copies, `copies of ${plan.imageName}`, deadline, aws.pollInterval, ctx);
				};
				const steps = [
					{
						name: `Launch builder ${plan.builderName} (${aws.instanceType}) from ${plan.sourceImageId}`,
						run: async () => {
							const data = (0, aws_builder.sw)((0, wrapper.a1)(script, {
								nonce,
								guestAttributes: false
							}), plan.template);
							client = await this.client(region);
							const token = clientToken(ctx.runId, "builder", region, plan.imageName);
							const pending = this.resource("instance", `${region}/${TOKEN}${token}`, "builder");
							ledger.record(pending);
							builderDeadline = new wait_deadline.B(`builder ${plan.builderName}`, aws.timeouts.builder);
							const out = await (0, aws_clients.T1)(ctx, "launch the builder", () => client.send(new client_ec2.zq((0, aws_builder.F2)(aws, plan, data, token)))).catch((err) => {
								if ((0, aws_clients.J5)(err)) ledger.release(pending);
								throw err;
							});
							instanceId = out.Instances?.[0]?.InstanceId ?? "";
							if (!instanceId) throw new Error("RunInstances returned no instance id");
							builder = this.resource("instance", `${region}/${instanceId}`, "builder");
							ledger.record(builder);
							ledger.release(pending);
							consoleLog = new console.w(client, () => instanceId, (line) => ctx.reporter.info(line), ctx);
							ctx.reporter.info(`builder ${instanceId} launched in ${region}`);
						}
					},
					{
						name: `Run the provisioning script on ${plan.builderName}`,
						run: async () => {
							const code = await (0, watch.kL)(client, instanceId, consoleLog, nonce, builderDeadline, aws.pollInterval, ctx);
							if (code !== 0) {
								throw new Error(`the provisioning script failed with exit status ${code} on builder ` + `${plan.builderName} (${instanceId}, template ${plan.template}); no AMI was created\n${consoleLog.formatTail()}`);
							}
							ctx.reporter.info(`provisioning script succeeded after ${Math.round(builderDeadline.elapsed() / 100) / 10}s`);
						}
					},
					{
						name: `Wait for ${plan.builderName} to stop`,
						run: () => (0, watch.J4)(client, instanceId, ["stopped"], builderDeadline, aws.pollInterval, ctx)
					},
					...plan.replaces.length > 0 ? [{
						name: `Deregister the existing AMI ${plan.imageName} (overwrite: true)`,
						run: async () => {
							await Promise.all(plan.replaces.map(async (r) => {
								const client = await this.client(r.region);
								await (0, aws_images.v)(client, r.region, r.imageId, ctx, {
									aws,
									ours: false
								});
								ctx.reporter.info(`deregistered ${r.imageId} in ${r.region}`);
							}));
						}
					}] : [],
					{
						name: `Create AMI ${plan.imageName}`,
						run: async () => {
							const tags = (0, aws_builder.Tw)({
								...plan.tags,
								Name: plan.imageName,
								"worker-image-role": "image"
							});
							const pending = this.pendingImage(region, plan);
							ledger.record(pending);
							const out = await (0, aws_clients.T1)(ctx, "create the AMI", () => client.send(new client_ec2.T6({
								InstanceId: instanceId,
								Name: plan.imageName,
								Description: this.description(config, plan, ctx),
								...(0, devices.CK)(plan.dataDevices),
								TagSpecifications: [{
									ResourceType: "image",
									Tags: tags
								}, {
									ResourceType: "snapshot",
									Tags: tags
								}]
							}))).catch(async (err) => {
								if ((0, aws_clients.CA)(err) === "InvalidAMIName.Duplicate") {
									const run = plan.tags["worker-image-run"];
									const [made] = await this.runImages(client, region, plan.imageName, run, ctx, true);
									if (made?.ImageId) {
										ctx.reporter.info(`AMI ${plan.imageName} was made by this run's first request, whose answer was lost: ${made.ImageId}`);
										return { ImageId: made.ImageId };
									}
								}
								if ((0, aws_clients.J5)(err)) ledger.release(pending);
								throw err;
							});
							const imageId = out.ImageId;
							ledger.record(this.resource("image", `${region}/${imageId}`, "image"));
							ledger.release(pending);
							amis.set(region, imageId);
							const deadline = new wait_deadline.B(`AMI ${plan.imageName}`, aws.timeouts.image);
							await (0, watch.zH)(this.client, [{
								region,
								imageId
							}], `AMI ${plan.imageName}`, deadline, aws.pollInterval, ctx);
						}
					},
					{
						name: `Terminate builder ${plan.builderName}`,
						run: async () => {
							const terminate = async () => {
								try {
									await (0, cleanup.xB)(client, instanceId, ctx, {
										aws,
										wait: true,
										ours: true
									});
									if (builder) ledger.release(builder);
								} catch (err) {
									if (ctx.signal.aborted) throw err;
									ctx.reporter.warning(`could not terminate builder ${instanceId} yet (${err.message}); cleanup tries again`);
								}
							};
							if (plan.targetRegions.length === 0) return terminate();
							terminating = terminate();
							terminating.catch(() => {});
						}
					},
					...plan.targetRegions.length > 0 ? [{
						name: `Copy AMI ${plan.imageName} to ${plan.targetRegions.join(", ")}`,
						run: async () => {
							try {
								await copy();
							} finally {
								await terminating;
							}
						}
					}] : []
				];
				const result = () => {
					const regions = [region, ...plan.targetRegions];
					const artifactId = [...amis].map(([r, id]) => `${r}:${id}`).sort().join(",");
					return {
						cloud: "aws",
						imageName: plan.imageName,
						imageId: amis.get(region) ?? "",
						artifactId,
						version: plan.version,
						sourceImage: plan.sourceImageId,
						details: {
							region,
							regions: regions.join(","),
							amis: artifactId,
							encrypted: String(aws.encrypted)
						},
						timings: []
					};
				};
				return {
					steps,
					result
				};
			}
			async deleteResource(r, opts) {
				const ctx = {
					runId: "",
					reporter: opts.reporter,
					signal: new AbortController().signal
				};
				const { aws } = this;
				const slash = r.id.indexOf("/");
				const region = r.id.slice(0, slash);
				const rest = r.id.slice(slash + 1);
				const client = await this.client(region);
				if (r.kind === "image" && rest.startsWith(PENDING)) {
					const [run, ...parts] = rest.slice(PENDING.length).split("/");
					const name = parts.join("/");
					const copies = await this.runImages(client, region, name, run, ctx, opts.wait);
					let done = copies.length > 0 || opts.wait;
					for (const image of copies) {
						const gone = await (0, aws_images.v)(client, region, image.ImageId, ctx, {
							aws,
							ours: true,
							wait: opts.wait
						});
						done &&= gone;
					}
					return done ? "deleted" : "requested";
				}
				const snapshotRecords = (ids) => ids.map((id) => this.resource("snapshot", `${region}/${id}`, "image"));
				if (r.kind === "image") {
					const gone = await (0, aws_images.v)(client, region, rest, ctx, {
						aws,
						ours: true,
						wait: opts.wait,
						progress: (ids) => opts.progress?.(snapshotRecords(ids))
					});
					return gone ? "deleted" : "requested";
				}
				if (r.kind === "snapshot") {
					const gone = await (0, aws_images.B)(client, region, "a deregistered AMI", [rest], ctx, {
						aws,
						ours: true,
						wait: opts.wait,
						progress: (ids) => opts.progress?.(snapshotRecords(ids))
					});
					return gone ? "deleted" : "requested";
				}
				if (r.kind !== "instance") throw new Error(`unknown aws resource kind ${r.kind}`);
				const ids = rest.startsWith(TOKEN) ? await (0, cleanup.zu)(client, rest.slice(TOKEN.length), "builder", ctx, aws, opts.wait) : [rest];
				for (const id of ids) {
					await (0, cleanup.xB)(client, id, ctx, {
						aws,
						wait: opts.wait,
						ours: true
					});
				}
				return opts.wait ? "deleted" : "requested";
			}
			description(config, plan, ctx) {
				const provenance = [
					`version ${plan.version}`,
					`from ${plan.sourceImageId}`,
					ctx.commit ? `commit ${ctx.commit.slice(0, 12)}` : "",
					ctx.runUrl ? `run ${ctx.runUrl}` : ""
				].filter(Boolean);
				const head = config.image.description ?? `${config.image.name} worker image`;
				return `${head} (${provenance.join(", ")}; built by worker-image)`.slice(0, 255);
			}
			runImages(client, region, name, run, ctx, wait) {
				return (0, cleanup.RN)(ctx, this.aws, `the AMI ${name} in ${region}`, wait, () => (0, pages.v8)(client, `find the AMI ${name} in ${region}`, ctx, {
					Owners: ["self"],
					Filters: [{
						Name: "name",
						Values: [name]
					}, {
						Name: "tag:worker-image-run",
						Values: [run]
					}]
				}));
			}
			pendingImage(region, plan) {
				return this.resource("image", `${region}/${PENDING}${plan.tags["worker-image-run"]}/${plan.imageName}`, "image");
			}
			resource(kind, id, role) {
				return {
					cloud: "aws",
					kind,
					id,
					role,
					keep: role === "image" ? "on-success" : "never"
				};
			}
		}
	})
};
