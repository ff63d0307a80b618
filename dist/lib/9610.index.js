export const id = 9610;
export const ids = [9610];
export const modules = {
	9574: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			CA: () => errorCode,
			J5: () => refused,
			ST: () => isGone,
			T1: () => call,
			wC: () => ec2Client,
			yY: () => regionalClients
		});
		var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93264);
		var _wait_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63817);
		var _wait_sleep_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10220);
		async function ec2Client(region, opts) {
			return new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.gu({
				region,
				maxAttempts: 1,
				...opts.endpoint ? { endpoint: opts.endpoint } : {}
			});
		}
		function call(ctx, what, fn) {
			return (0, _wait_retry_js__WEBPACK_IMPORTED_MODULE_1__.bD)(what, () => (0, _wait_sleep_js__WEBPACK_IMPORTED_MODULE_2__.ZC)(fn(), ctx.signal), {
				signal: ctx.signal,
				onRetry: (m) => ctx.reporter.info(m)
			});
		}
		function errorCode(err) {
			const name = err?.name;
			return typeof name === "string" ? name : undefined;
		}
		function isGone(err) {
			const code = errorCode(err) ?? "";
			return code.endsWith(".NotFound") || code === "InvalidAMIID.Unavailable";
		}
		function regionalClients(endpoint) {
			const clients = new Map();
			return (region) => {
				if (!clients.has(region)) clients.set(region, ec2Client(region, { endpoint }));
				return clients.get(region);
			};
		}
		function refused(err) {
			const status = (0, _wait_retry_js__WEBPACK_IMPORTED_MODULE_1__.c2)(err);
			return status !== undefined && status >= 400 && status < 500;
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
	13242: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			ND: () => listInstances,
			S4: () => allPages,
			md: () => PAGE_SIZE,
			v8: () => listImages
		});
		var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93264);
		var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9574);
		const PAGE_SIZE = 1e3;
		async function allPages(ctx, what, fetch) {
			const items = [];
			const seen = new Set();
			let token;
			do {
				const page = await (0, _clients_js__WEBPACK_IMPORTED_MODULE_1__.T1)(ctx, what, () => fetch(token));
				items.push(...page.items);
				token = page.nextToken || undefined;
				if (token !== undefined) {
					if (seen.has(token)) throw new Error(`${what}: EC2 handed out the same NextToken twice`);
					seen.add(token);
				}
			} while (token !== undefined);
			return items;
		}
		function listImages(client, what, ctx, request) {
			return allPages(ctx, what, async (token) => {
				const out = await client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.ji({
					...request,
					MaxResults: PAGE_SIZE,
					...token ? { NextToken: token } : {}
				}));
				return {
					items: out.Images ?? [],
					nextToken: out.NextToken
				};
			});
		}
		function listInstances(client, what, ctx, filters) {
			return allPages(ctx, what, async (token) => {
				const out = await client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.bN({
					Filters: filters,
					MaxResults: PAGE_SIZE,
					...token ? { NextToken: token } : {}
				}));
				return {
					items: (out.Reservations ?? []).flatMap((r) => r.Instances ?? []),
					nextToken: out.NextToken
				};
			});
		}
	}),
	39610: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { AwsPrune: () => AwsPrune });
		var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93264);
		var _prune_inventory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74906);
		var _prune_lineage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16195);
		var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9574);
		var _images_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46186);
		var _pages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13242);
		var _prune_age_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87617);
		const FAILED_STATES = new Set([
			"failed",
			"error",
			"invalid"
		]);
		const VERSION_TAG = "worker-image-version";
		const MINUTE = 6e4;
		const SNAPSHOT_OF = /(?:for|DestinationAmi) (ami-[0-9a-f]+)/;
		const tagsOf = (tags) => Object.fromEntries((tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""]));
		class AwsPrune {
			aws;
			now;
			cloud = "aws";
			families = new Map();
			client;
			constructor(aws, now = () => new Date()) {
				this.aws = aws;
				this.now = now;
				this.client = (0, _clients_js__WEBPACK_IMPORTED_MODULE_1__.yY)(aws.endpoint);
			}
			get regions() {
				return [...new Set([this.aws.region, ...this.aws.targetRegions])];
			}
			async inventory(ctx) {
				const base = this.aws.amiName;
				this.families.clear();
				const family = (name) => {
					let f = this.families.get(name);
					if (!f) this.families.set(name, f = {
						name,
						ami: name,
						amis: [],
						leftovers: []
					});
					return f;
				};
				for (const region of this.regions) {
					const client = await this.client(region);
					const images = await (0, _pages_js__WEBPACK_IMPORTED_MODULE_3__.v8)(client, `list AMIs named ${base}-* in ${region}`, ctx, {
						Owners: ["self"],
						Filters: [{
							Name: "name",
							Values: [`${base}-*`]
						}]
					});
					const live = images.filter((i) => i.State !== "deregistered");
					for (const image of live) if (image.Name) family(image.Name).amis.push({
						region,
						image
					});
					const ids = new Set(live.map((i) => i.ImageId));
					const snapshots = await (0, _pages_js__WEBPACK_IMPORTED_MODULE_3__.S4)(ctx, `list image snapshots in ${region}`, async (token) => {
						const out = await client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.Mm({
							OwnerIds: ["self"],
							Filters: [{
								Name: `tag:${_prune_inventory_js__WEBPACK_IMPORTED_MODULE_4__.eg}`,
								Values: ["image"]
							}],
							MaxResults: _pages_js__WEBPACK_IMPORTED_MODULE_3__.md,
							...token ? { NextToken: token } : {}
						}));
						return {
							items: out.Snapshots ?? [],
							nextToken: out.NextToken
						};
					});
					for (const snapshot of snapshots) {
						const ami = SNAPSHOT_OF.exec(snapshot.Description ?? "")?.[1];
						const name = tagsOf(snapshot.Tags).Name;
						if (!ami || ids.has(ami) || !name?.startsWith(`${base}-`)) continue;
						family(name).leftovers.push({
							region,
							snapshot
						});
					}
					ctx.reporter.info(`${region}: ${live.length} AMI(s) named ${base}-*, ` + `${snapshots.filter((s) => !ids.has(SNAPSHOT_OF.exec(s.Description ?? "")?.[1])).length} snapshot(s) left by deregistered ones`);
				}
				for (const f of [...this.families.values()]) {
					if (f.leftovers.length === 0 || !f.amis.some((a) => a.region === this.aws.region)) continue;
					const name = `${f.ami} (snapshots)`;
					this.families.set(name, {
						name,
						ami: f.ami,
						amis: [],
						leftovers: f.leftovers
					});
					f.leftovers = [];
				}
				return [...this.families.values()].flatMap((f) => this.toPrune(f));
			}
			async apply(decision, ctx) {
				const f = this.families.get(decision.image.name);
				if (!f) throw new Error(`internal: AMI ${decision.image.name} was not in the inventory`);
				if (decision.action === "deprecate") {
					const at = new Date(Math.ceil(this.now().getTime() / MINUTE) * MINUTE + MINUTE);
					const refused = [];
					await Promise.all(f.amis.filter((a) => !a.image.DeprecationTime).map(async ({ region, image }) => {
						const client = await this.client(region);
						try {
							await (0, _clients_js__WEBPACK_IMPORTED_MODULE_1__.T1)(ctx, `deprecate AMI ${image.ImageId} in ${region}`, () => client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.cJ({
								ImageId: image.ImageId,
								DeprecateAt: at
							})));
						} catch (err) {
							refused.push(`${region} ${image.ImageId}: ${err.message}`);
						}
					}));
					if (refused.length > 0) {
						throw new Error(`AMI ${decision.image.name} is not deprecated in ${refused.join("; ")}`);
					}
					return;
				}
				if (decision.action !== "delete") return;
				const failures = [];
				const remove = async ({ region, image }) => {
					try {
						await (0, _images_js__WEBPACK_IMPORTED_MODULE_2__.v)(await this.client(region), region, image.ImageId, ctx, {
							aws: this.aws,
							ours: false
						});
						ctx.reporter.info(`deregistered ${image.ImageId} in ${region} and deleted its snapshots`);
					} catch (err) {
						failures.push(`${region} ${image.ImageId}: ${err.message}`);
					}
				};
				await Promise.all(f.amis.filter((a) => a.region !== this.aws.region).map(remove));
				await Promise.all(f.amis.filter((a) => a.region === this.aws.region).map(remove));
				for (const region of new Set(f.leftovers.map((l) => l.region))) {
					const ids = f.leftovers.filter((l) => l.region === region).map((l) => l.snapshot.SnapshotId);
					try {
						await (0, _images_js__WEBPACK_IMPORTED_MODULE_2__.B)(await this.client(region), region, decision.image.name, ids, ctx, {
							aws: this.aws,
							ours: false
						});
						ctx.reporter.info(`deleted ${ids.length} snapshot(s) left in ${region}`);
					} catch (err) {
						failures.push(`${region} snapshots ${ids.join(", ")}: ${err.message}`);
					}
				}
				if (failures.length > 0) {
					throw new Error(`AMI ${decision.image.name} is half-pruned (the next prune finishes it): ${failures.join("; ")}`);
				}
			}
			toPrune(f) {
				const source = f.amis.find((a) => a.region === this.aws.region) ?? f.amis[0];
				const tags = source ? tagsOf(source.image.Tags) : tagsOf(f.leftovers[0]?.snapshot.Tags);
				const lineage = (0, _prune_lineage_js__WEBPACK_IMPORTED_MODULE_5__.b)(f.ami, this.aws.amiName, tags[VERSION_TAG]);
				if (!lineage) return [];
				const createdAt = (0, _prune_age_js__WEBPACK_IMPORTED_MODULE_6__.Q)(source?.image.CreationDate ?? f.leftovers[0]?.snapshot.StartTime);
				const deprecations = f.amis.flatMap((a) => (0, _prune_age_js__WEBPACK_IMPORTED_MODULE_6__.Q)(a.image.DeprecationTime) ?? []);
				const deprecatedAt = f.amis.length > 0 && deprecations.length === f.amis.length ? deprecations.sort((a, b) => b.getTime() - a.getTime())[0] : undefined;
				const failed = f.amis.find((a) => FAILED_STATES.has(a.image.State ?? ""));
				const busy = f.amis.find((a) => a.image.State !== "available");
				const partial = [...f.leftovers.length > 0 ? [`${f.leftovers.length} snapshot(s) of deregistered AMIs left in ` + [...new Set(f.leftovers.map((l) => l.region))].join(", ")] : [], ...f.amis.length > 0 && !f.amis.some((a) => a.region === this.aws.region) ? [`deregistered in ${this.aws.region}, left in ${f.amis.map((a) => a.region).join(", ")}`] : []].join("; ");
				return [{
					cloud: "aws",
					name: f.name,
					...lineage,
					...createdAt ? { createdAt } : {},
					deprecated: deprecatedAt !== undefined,
					...deprecatedAt ? { deprecatedAt } : {},
					baked: tags[_prune_inventory_js__WEBPACK_IMPORTED_MODULE_4__.eg] === "image",
					protectedByLabel: tags[_prune_inventory_js__WEBPACK_IMPORTED_MODULE_4__.nX] !== undefined && tags[_prune_inventory_js__WEBPACK_IMPORTED_MODULE_4__.nX] !== "false",
					...failed ? { failed: `AMI ${failed.image.State} in ${failed.region}` } : busy ? { busy: `AMI ${busy.image.State} in ${busy.region}` } : {},
					...partial ? { partial } : {},
					id: f.amis.map((a) => `${a.region}:${a.image.ImageId}`).join(",") || f.name
				}];
			}
		}
	}),
	76676: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Cz: () => retryWithin,
			FG: () => visibilityDeadline,
			Ni: () => VisibilityNote,
			_F: () => NotVisibleError,
			dc: () => whenVisible,
			sR: () => isNotVisible
		});
		var _wait_deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94975);
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47683);
		var _wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10220);
		var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9574);
		const NOT_VISIBLE_YET = new Set(["InvalidInstanceID.NotFound", "InvalidAMIID.NotFound"]);
		const VISIBILITY_WINDOW = 12e4;
		function isNotVisible(err) {
			return NOT_VISIBLE_YET.has((0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.CA)(err) ?? "");
		}
		function visibilityDeadline(aws, what) {
			return new _wait_deadline_js__WEBPACK_IMPORTED_MODULE_0__.B(what, Math.min(VISIBILITY_WINDOW, aws.timeouts.operation));
		}
		const told = new WeakMap();
		class VisibilityNote {
			ctx;
			what;
			constructor(ctx, what) {
				this.ctx = ctx;
				this.what = what;
			}
			notVisible(err) {
				if (!isNotVisible(err)) return false;
				const said = told.get(this.ctx.reporter) ?? new Set();
				told.set(this.ctx.reporter, said);
				if (!said.has(this.what)) {
					said.add(this.what);
					this.ctx.reporter.info(`${this.what}: EC2 does not know it yet (${(0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.CA)(err)}; its API is eventually consistent), waiting for it`);
				}
				return true;
			}
		}
		class NotVisibleError extends Error {
			name = "NotVisibleError";
		}
		async function retryWithin(ctx, what, deadline, fn, opts) {
			let interval = 250;
			for (let first = true;; first = false) {
				try {
					return await (0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.T1)(ctx, what, fn);
				} catch (err) {
					if (!opts.retryable(err)) throw err;
					if (deadline.expired()) throw opts.exhausted(err);
					if (first) opts.onFirst(err);
					await (0, _wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__.yy)(Math.min((0, _wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__.p$)(interval), deadline.remaining()), ctx.signal);
					interval = Math.min(interval * 2, 5e3);
				}
			}
		}
		function whenVisible(ctx, what, deadline, fn) {
			const note = new VisibilityNote(ctx, deadline.what);
			return retryWithin(ctx, what, deadline, fn, {
				retryable: isNotVisible,
				onFirst: (err) => note.notVisible(err),
				exhausted: (err) => new NotVisibleError(`${what}: EC2 still answered ${(0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.CA)(err)} after ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_3__.a)(deadline.budget)} of waiting for ${deadline.what} to become visible`)
			});
		}
	}),
	87617: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Q: () => dateOf,
			n: () => formatAge
		});
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47683);
		const DAY = 864e5;
		function formatAge(ms) {
			if (ms < DAY) return (0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(ms);
			const days = Math.floor(ms / DAY);
			const hours = Math.floor((ms - days * DAY) / 36e5);
			return `${days}d${hours ? `${hours}h` : ""}`;
		}
		function dateOf(value) {
			const at = value ? new Date(value) : undefined;
			return at && !Number.isNaN(at.getTime()) ? at : undefined;
		}
	}),
	74906: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			eg: () => ROLE_LABEL,
			hy: () => ageOf,
			nX: () => PROTECT_LABEL
		});
		const PROTECT_LABEL = "worker-image-protect";
		const ROLE_LABEL = "worker-image-role";
		function ageOf(image, now) {
			return image.createdAt ? now.getTime() - image.createdAt.getTime() : undefined;
		}
	}),
	16195: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { b: () => lineageOf });
		var _naming_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49894);
		function lineageOf(name, base, versionLabel) {
			if (!name.startsWith(`${base}-`)) return undefined;
			const rest = name.slice(base.length + 1);
			const of = (namespace, version) => ({
				lineage: namespace === "default" ? base : `${base}-${namespace}`,
				namespace,
				version
			});
			if (versionLabel && (0, _naming_version_js__WEBPACK_IMPORTED_MODULE_0__.ot)(versionLabel)) {
				if (rest === versionLabel) return of("default", versionLabel);
				if (rest.endsWith(`-${versionLabel}`)) {
					return of(rest.slice(0, -versionLabel.length - 1), versionLabel);
				}
			}
			const m = /^(?:(.+)-)?([^-]+)$/.exec(rest);
			if (!m?.[2] || !(0, _naming_version_js__WEBPACK_IMPORTED_MODULE_0__.ot)(m[2])) return undefined;
			return of(m[1] ?? "default", m[2]);
		}
	}),
	94975: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { B: () => Deadline });
		var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47683);
		var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38336);
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
			error(detail) {
				const head = `${this.what} did not finish within ${(0, _duration_js__WEBPACK_IMPORTED_MODULE_1__.a)(this.budget)}`;
				return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j(detail ? `${head}\n${detail}` : head);
			}
		}
	}),
	63817: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			bD: () => withRetry,
			c2: () => statusOf
		});
		var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38336);
		var _sleep_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10220);
		function statusOf(err) {
			const e = err;
			for (const v of [
				e?.httpStatusCode,
				e?.status,
				e?.statusCode,
				e?.response?.status,
				e?.$metadata?.httpStatusCode,
				e?.code
			]) {
				if (typeof v === "number" && v >= 100 && v < 600) return v;
			}
			return undefined;
		}
		function retryAfterOf(err) {
			const headers = err?.response?.headers;
			let raw;
			if (headers && typeof headers === "object") {
				const get = headers.get;
				raw = typeof get === "function" ? get.call(headers, "retry-after") : headers["retry-after"];
			}
			if (typeof raw !== "string" && typeof raw !== "number") return undefined;
			const seconds = Number(raw);
			if (Number.isFinite(seconds)) return Math.max(0, seconds * 1e3);
			const date = Date.parse(String(raw));
			return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
		}
		function isTransient(err) {
			const status = statusOf(err);
			if (status === undefined) {
				const code = err?.code;
				return typeof code === "string" && [
					"ECONNRESET",
					"ETIMEDOUT",
					"EPIPE",
					"ECONNREFUSED"
				].includes(code);
			}
			return status === 429 || status >= 500;
		}
		async function withRetry(what, fn, opts = {}) {
			const attempts = opts.attempts ?? 6;
			let delay = opts.baseDelay ?? 500;
			for (let attempt = 1;; attempt++) {
				try {
					return await fn();
				} catch (err) {
					if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.c || attempt >= attempts) throw err;
					if (!isTransient(err) && !opts.retryable?.(err)) throw err;
					const wait = retryAfterOf(err) ?? (0, _sleep_js__WEBPACK_IMPORTED_MODULE_1__.p$)(delay);
					opts.onRetry?.(`${what}: ${opts.describe?.(err) ?? statusOf(err) ?? err.message}, retrying in ${Math.ceil(wait / 100) / 10}s (attempt ${attempt + 1}/${attempts})`);
					await (0, _sleep_js__WEBPACK_IMPORTED_MODULE_1__.yy)(wait, opts.signal);
					delay = Math.min(delay * 2, opts.maxDelay ?? 3e4);
				}
			}
		}
	}),
	10220: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			ZC: () => abortable,
			p$: () => jitter,
			yy: () => sleep
		});
		var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38336);
		function sleep(ms, signal) {
			if (signal?.aborted) return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__.c());
			return new Promise((resolve, reject) => {
				const onAbort = () => {
					clearTimeout(timer);
					reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__.c());
				};
				const timer = setTimeout(() => {
					signal?.removeEventListener("abort", onAbort);
					resolve();
				}, ms);
				signal?.addEventListener("abort", onAbort, { once: true });
			});
		}
		function jitter(ms) {
			return ms * (.8 + Math.random() * .4);
		}
		function abortable(promise, signal) {
			if (!signal) return promise;
			if (signal.aborted) return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__.c());
			return new Promise((resolve, reject) => {
				const onAbort = () => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__.c());
				signal.addEventListener("abort", onAbort, { once: true });
				promise.then((v) => {
					signal.removeEventListener("abort", onAbort);
					resolve(v);
				}, (e) => {
					signal.removeEventListener("abort", onAbort);
					reject(e);
				});
			});
		}
	})
};
