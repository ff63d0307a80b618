export const id = 6719;
export const ids = [6719];
export const modules = {
	82666: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			dm: () => networkInterfaces,
			eM: () => serviceAccounts,
			pd: () => builderInstance
		});
		var _maintenance_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53858);
		var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75125);
		function networkInterfaces(gcp, zone) {
			const subnetwork = gcp.subnet ? gcp.subnet.includes("/") ? gcp.subnet : `regions/${(0, _names_js__WEBPACK_IMPORTED_MODULE_1__.AP)(zone)}/subnetworks/${gcp.subnet}` : undefined;
			const network = gcp.network ? gcp.network.includes("/") ? gcp.network : `global/networks/${gcp.network}` : undefined;
			const accessConfig = {
				name: "external-nat",
				type: "ONE_TO_ONE_NAT",
				...gcp.networkTier ? { networkTier: gcp.networkTier } : {}
			};
			return [{
				...network ? { network } : {},
				...subnetwork ? { subnetwork } : {},
				...gcp.externalIp ? { accessConfigs: [accessConfig] } : {}
			}];
		}
		function serviceAccounts(gcp) {
			return gcp.serviceAccount === "none" ? [] : [{
				email: gcp.serviceAccount,
				scopes: gcp.scopes
			}];
		}
		function builderInstance(gcp, plan, startupScript, labels) {
			const { zone } = gcp;
			return {
				name: plan.builderName,
				machineType: `zones/${zone}/machineTypes/${gcp.machineType}`,
				labels,
				disks: [{
					boot: true,
					autoDelete: true,
					initializeParams: {
						diskName: plan.builderName,
						diskSizeGb: String(gcp.bootDisk.sizeGb),
						diskType: `zones/${zone}/diskTypes/${gcp.bootDisk.type}`,
						sourceImage: plan.sourceImageLink,
						labels
					}
				}],
				networkInterfaces: networkInterfaces(gcp, zone),
				serviceAccounts: serviceAccounts(gcp),
				metadata: { items: [{
					key: "startup-script",
					value: startupScript
				}, {
					key: "enable-guest-attributes",
					value: "TRUE"
				}] },
				scheduling: (0, _maintenance_js__WEBPACK_IMPORTED_MODULE_0__.B)(gcp.machineType)
			};
		}
	}),
	90952: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			BS: () => isNotReady,
			T1: () => call,
			XV: () => CALL,
			c4: () => isNotFound,
			sT: () => retried,
			tO: () => retryOptions
		});
		var _wait_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63817);
		var _wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10220);
		const CALL = {
			retry: null,
			timeout: 6e4
		};
		const ATTEMPTS = 8;
		const RATE_LIMIT_REASONS = new Set([
			"rateLimitExceeded",
			"userRateLimitExceeded",
			"RATE_LIMIT_EXCEEDED"
		]);
		const RATE_LIMIT_MESSAGE = /Rate Limit Exceeded|Quota exceeded for quota (metric|group)/i;
		const RAW_BODY = Symbol.for("google-gax.rawHttpResponsePayload");
		function reasonsOf(err) {
			const reasons = [];
			const { reason } = err;
			if (typeof reason === "string") reasons.push(reason);
			const raw = err[RAW_BODY];
			if (typeof raw !== "string") return reasons;
			try {
				const body = JSON.parse(raw);
				for (const e of body.error?.errors ?? []) if (typeof e.reason === "string") reasons.push(e.reason);
			} catch {}
			return reasons;
		}
		function isRateLimited(err) {
			if (typeof err !== "object" || err === null || (0, _wait_retry_js__WEBPACK_IMPORTED_MODULE_0__.c2)(err) !== 403) return false;
			return reasonsOf(err).some((r) => RATE_LIMIT_REASONS.has(r)) || RATE_LIMIT_MESSAGE.test(String(err.message));
		}
		function retryOptions(onRetry, signal) {
			return {
				attempts: ATTEMPTS,
				retryable: isRateLimited,
				describe: (err) => isRateLimited(err) ? `403 rate limit (${err.message})` : undefined,
				onRetry,
				...signal ? { signal } : {}
			};
		}
		async function retried(what, fn, opts) {
			try {
				return await (0, _wait_retry_js__WEBPACK_IMPORTED_MODULE_0__.bD)(what, fn, opts);
			} catch (err) {
				if (!isRateLimited(err)) throw err;
				throw new Error(`${what}: still over GCE's API rate quota after ${ATTEMPTS} attempts over about a minute ` + `(${err.message}); other tools in the project may be using it up: try again ` + "later or ask for a higher quota");
			}
		}
		function call(ctx, what, fn) {
			return retried(what, () => (0, _wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__.ZC)(fn(), ctx.signal), retryOptions((m) => ctx.reporter.info(m), ctx.signal));
		}
		function isNotFound(err) {
			const e = err;
			return e?.httpStatusCode === 404 || e?.code === 5 || e?.code === 404;
		}
		function isNotReady(err) {
			const e = err;
			return e?.httpStatusCode === 400 && /is not ready/.test(String(e.message));
		}
	}),
	50573: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Qe: () => createDisksClient,
			hP: () => createClients,
			qH: () => verifyCredentials,
			s1: () => clientOptions
		});
		var _google_cloud_compute_build_src_v1_disks_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90015);
		var _google_cloud_compute_build_src_v1_global_operations_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42923);
		var _google_cloud_compute_build_src_v1_images_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19303);
		var _google_cloud_compute_build_src_v1_instances_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14513);
		var _google_cloud_compute_build_src_v1_zone_operations_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16418);
		var google_auth_library__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(126);
		const CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
		function clientOptions(config) {
			const options = { projectId: config.project };
			if (config.endpoint) {
				const url = new URL(config.endpoint);
				options.apiEndpoint = url.hostname;
				options.port = Number(url.port || (url.protocol === "http:" ? 80 : 443));
				options.protocol = url.protocol.replace(":", "");
			}
			if (config.auth === "none") options.authClient = new google_auth_library__WEBPACK_IMPORTED_MODULE_5__.PassThroughClient();
			else options.auth = new google_auth_library__WEBPACK_IMPORTED_MODULE_5__.GoogleAuth({
				projectId: config.project,
				scopes: [CLOUD_PLATFORM]
			});
			return options;
		}
		function createClients(config, now = []) {
			const options = clientOptions(config);
			const made = {};
			const make = {
				instances: () => made.instances ??= new _google_cloud_compute_build_src_v1_instances_client_js__WEBPACK_IMPORTED_MODULE_3__.C(options),
				images: () => made.images ??= new _google_cloud_compute_build_src_v1_images_client_js__WEBPACK_IMPORTED_MODULE_2__.A(options),
				zoneOperations: () => made.zoneOperations ??= new _google_cloud_compute_build_src_v1_zone_operations_client_js__WEBPACK_IMPORTED_MODULE_4__.G(options),
				globalOperations: () => made.globalOperations ??= new _google_cloud_compute_build_src_v1_global_operations_client_js__WEBPACK_IMPORTED_MODULE_1__.V(options)
			};
			for (const name of now) make[name]();
			return {
				get instances() {
					return make.instances();
				},
				get images() {
					return make.images();
				},
				get zoneOperations() {
					return make.zoneOperations();
				},
				get globalOperations() {
					return make.globalOperations();
				},
				...options.auth ? { auth: options.auth } : {}
			};
		}
		async function verifyCredentials(clients) {
			if (!clients.auth) return;
			try {
				await clients.auth.getClient();
			} catch (err) {
				throw new Error("gcp.auth is application-default, but no Google credentials were found: run " + "google-github-actions/auth before this step (the job needs `permissions: id-token: write`), " + "set GOOGLE_APPLICATION_CREDENTIALS, or run `gcloud auth application-default login` " + `locally; against the emulator set gcp.auth: none (${err.message})`);
			}
		}
		function createDisksClient(config, auth) {
			return new _google_cloud_compute_build_src_v1_disks_client_js__WEBPACK_IMPORTED_MODULE_0__.g({
				...clientOptions(config),
				...auth ? { auth } : {}
			});
		}
	}),
	61156: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { L: () => GuestStatus });
		var _wait_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63817);
		var _wrapper_wrapper_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94382);
		var _calls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90952);
		const POLICY = "constraints/compute.disableGuestAttributesAccess";
		function isUnavailable(err) {
			const status = (0, _wait_retry_js__WEBPACK_IMPORTED_MODULE_0__.c2)(err);
			return status === 412 || status === 400;
		}
		class GuestStatus {
			clients;
			builder;
			role;
			unavailable = false;
			constructor(clients, builder, role = "builder") {
				this.clients = clients;
				this.builder = builder;
				this.role = role;
			}
			get off() {
				return this.unavailable;
			}
			async read(ctx) {
				return (await this.readAll(ctx))?.get(_wrapper_wrapper_js__WEBPACK_IMPORTED_MODULE_2__.jw);
			}
			async readAll(ctx) {
				if (this.unavailable) return undefined;
				try {
					const [attrs] = await (0, _calls_js__WEBPACK_IMPORTED_MODULE_1__.T1)(ctx, "read guest attributes", () => this.clients.instances.getGuestAttributes({
						...this.builder,
						queryPath: `${_wrapper_wrapper_js__WEBPACK_IMPORTED_MODULE_2__.j_}/`
					}, _calls_js__WEBPACK_IMPORTED_MODULE_1__.XV));
					const found = new Map();
					for (const item of attrs.queryValue?.items ?? []) {
						if (item.key && typeof item.value === "string") found.set(item.key, item.value);
					}
					return found;
				} catch (err) {
					if ((0, _calls_js__WEBPACK_IMPORTED_MODULE_1__.c4)(err)) return new Map();
					if (!isUnavailable(err)) throw err;
					this.unavailable = true;
					ctx.reporter.warning(`guest attributes of ${this.role} ${this.builder.instance} are unavailable ` + `(${(0, _wait_retry_js__WEBPACK_IMPORTED_MODULE_0__.c2)(err)}: ${err.message}): the organization policy ${POLICY} ` + "or a missing enable-guest-attributes metadata key turns them off, so the exit status " + "is read from the serial console marker alone");
					return undefined;
				}
			}
		}
	}),
	53858: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { B: () => scheduling });
		const GPU_FAMILIES = new Set([
			"a2",
			"a3",
			"a4",
			"a4x",
			"g2",
			"g4"
		]);
		function liveMigrates(machineType) {
			const family = machineType.split("-")[0];
			return !GPU_FAMILIES.has(family) && !machineType.endsWith("-metal");
		}
		function scheduling(machineType) {
			return {
				automaticRestart: false,
				onHostMaintenance: liveMigrates(machineType) ? "MIGRATE" : "TERMINATE"
			};
		}
	}),
	75125: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			AP: () => regionOf,
			K2: () => verifierName,
			b8: () => builderName
		});
		var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
		const MAX = 63;
		function builderName(image, runId) {
			return runName(image, "builder", runId);
		}
		function verifierName(image, runId) {
			return runName(image, "verify", runId);
		}
		function runName(image, role, runId) {
			const suffix = `-${role}-${(0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(runId).digest("hex").slice(0, 6)}`;
			return image.slice(0, MAX - suffix.length).replace(/-+$/, "") + suffix;
		}
		function regionOf(zone) {
			return zone.replace(/-[a-z]$/, "");
		}
	}),
	12095: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			$X: () => waitOperation,
			QS: () => whileTooFrequent
		});
		var _calls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90952);
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47683);
		var _wait_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38336);
		var _wait_sleep_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10220);
		function operationOf(started) {
			const op = started.latestResponse ?? started;
			if (!op?.name) throw new Error("the compute API returned no operation name");
			return op;
		}
		function isDone(op) {
			return String(op.status) === "DONE";
		}
		function operationError(op) {
			const errors = op.error?.errors ?? [];
			if (errors.length === 0) return undefined;
			return errors.map((e) => [e.code, e.message].filter(Boolean).join(": ")).join("; ");
		}
		class OperationFailedError extends Error {
			codes;
			name = "OperationFailedError";
			constructor(message, codes) {
				super(message);
				this.codes = codes;
			}
		}
		async function waitOperation(clients, project, started, deadline, ctx) {
			let op = operationOf(started);
			const zone = op.zone ? op.zone.split("/").pop() : undefined;
			while (!isDone(op)) {
				if (ctx.signal.aborted) throw new _wait_errors_js__WEBPACK_IMPORTED_MODULE_1__.c();
				if (deadline.expired()) throw deadline.error();
				const options = {
					..._calls_js__WEBPACK_IMPORTED_MODULE_0__.XV,
					timeout: Math.max(1e3, Math.min(13e4, deadline.remaining()))
				};
				const name = op.name;
				const [next] = await (0, _calls_js__WEBPACK_IMPORTED_MODULE_0__.T1)(ctx, `wait for operation ${name}`, () => zone ? clients.zoneOperations.wait({
					project,
					zone,
					operation: name
				}, options) : clients.globalOperations.wait({
					project,
					operation: name
				}, options)).catch((err) => {
					if (deadline.expired()) throw deadline.error();
					throw err;
				});
				op = next;
			}
			const error = operationError(op);
			if (error) {
				const codes = (op.error?.errors ?? []).map((e) => e.code ?? "").filter(Boolean);
				throw new OperationFailedError(`${deadline.what} failed: ${error}`, codes);
			}
			for (const w of op.warnings ?? []) {
				if (w.message) ctx.reporter.warning(`${deadline.what}: ${w.message}`);
			}
			return op;
		}
		const TOO_FREQUENT = "RESOURCE_OPERATION_RATE_EXCEEDED";
		async function whileTooFrequent(deadline, ctx, attempt) {
			let delay = 1e3;
			for (let n = 1;; n++) {
				try {
					return await attempt();
				} catch (err) {
					if (!(err instanceof OperationFailedError) || !err.codes.includes(TOO_FREQUENT)) throw err;
					const wait = (0, _wait_sleep_js__WEBPACK_IMPORTED_MODULE_2__.p$)(delay);
					if (wait >= deadline.remaining()) {
						throw new OperationFailedError(`${err.message} (refused ${n} times within ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_3__.a)(deadline.budget)})`, err.codes);
					}
					ctx.reporter.info(`${deadline.what}: GCE refused it as too frequent for its source (${TOO_FREQUENT}); ` + `trying again in ${Math.ceil(wait / 100) / 10}s (attempt ${n + 1})`);
					await (0, _wait_sleep_js__WEBPACK_IMPORTED_MODULE_2__.yy)(wait, ctx.signal);
					delay = Math.min(delay * 2, 6e4);
				}
			}
		}
	}),
	6719: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { GcpProvider: () => GcpProvider });
		var external_node_crypto_ = __webpack_require__(77598);
		var labels = __webpack_require__(42095);
		var wait_deadline = __webpack_require__(94975);
		var poll = __webpack_require__(92738);
		var wrapper = __webpack_require__(94382);
		var gcp_builder = __webpack_require__(82666);
		var calls = __webpack_require__(90952);
		var gcp_clients = __webpack_require__(50573);
		;
		function imageResource(config, gcp, plan, labels, ctx) {
			const provenance = [
				`version ${plan.version}`,
				`from ${plan.sourceImage}`,
				ctx.commit ? `commit ${ctx.commit}` : "",
				ctx.runUrl ? `run ${ctx.runUrl}` : ""
			].filter(Boolean);
			const head = config.image.description ?? `${config.image.name} worker image`;
			return {
				name: plan.imageName,
				sourceDisk: `projects/${gcp.project}/zones/${gcp.zone}/disks/${plan.builderName}`,
				...gcp.imageFamily ? { family: gcp.imageFamily } : {},
				...gcp.storageLocation ? { storageLocations: [gcp.storageLocation] } : {},
				labels,
				description: `${head} (${provenance.join(", ")}; built by worker-image)`.slice(0, 2048)
			};
		}
		var operations = __webpack_require__(12095);
		var naming_version = __webpack_require__(49894);
		var gcp_names = __webpack_require__(75125);
		;
		async function planGcp(config, gcp, clients, ctx) {
			const { name: base, namespace } = config.image;
			const [images] = await (0, calls.T1)(ctx, "list images", () => clients.images.list({
				project: gcp.project,
				filter: `name eq '${base}-.*'`
			}, calls.XV));
			const names = images.map((i) => i.name ?? "").filter((n) => (0, naming_version.Le)(n, base, namespace));
			const resolved = (0, naming_version.x)(config.image, names);
			const problem = (0, naming_version.pw)(resolved, config.image, `project ${gcp.project}`);
			if (problem) throw new Error(problem);
			const { version, name } = resolved;
			const replaces = resolved.exists;
			const source = await resolveSourceImage(gcp, clients, ctx);
			const builder = (0, gcp_names.b8)(name, ctx.runId);
			return {
				cloud: "gcp",
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
					"worker-image-run": (0, labels.w)(ctx.runId),
					"worker-image-version": (0, labels.w)(version),
					...ctx.commit ? { "worker-image-commit": (0, labels.w)(ctx.commit) } : {}
				},
				resources: [{
					kind: "instance",
					name: `${builder} (${gcp.machineType}, zone ${gcp.zone}, ${builderAccess(gcp)})`,
					role: "builder"
				}, {
					kind: "image",
					name: `${name}${gcp.imageFamily ? ` (family ${gcp.imageFamily})` : ""}`,
					role: "image"
				}]
			};
		}
		function builderAccess(gcp) {
			const account = gcp.serviceAccount === "none" ? "no service account" : gcp.serviceAccount === "default" ? "default service account" : gcp.serviceAccount;
			const tier = gcp.networkTier ? ` ${gcp.networkTier}` : "";
			return `${account}, ${gcp.externalIp ? `external IP${tier}` : "no external IP"}`;
		}
		async function resolveSourceImage(gcp, clients, ctx) {
			const { name, family, project } = gcp.sourceImage;
			try {
				const [image] = await (0, calls.T1)(ctx, "resolve the source image", () => name ? clients.images.get({
					project,
					image: name
				}, calls.XV) : clients.images.getFromFamily({
					project,
					family
				}, calls.XV));
				if (!image.selfLink || !image.name) throw new Error("the source image has no selfLink");
				return {
					name: image.name,
					selfLink: image.selfLink
				};
			} catch (err) {
				if (!(0, calls.c4)(err)) throw err;
				const what = name ? `image ${name}` : `image family ${family}`;
				throw new Error(`gcp.source-image: ${what} not found in project ${project}; ` + "check the name, or list them with `gcloud compute images list --project " + `${project}\``);
			}
		}
		var gcp_serial = __webpack_require__(8605);
		var watch = __webpack_require__(16670);
		;
		class GcpProvider {
			gcp;
			clients;
			cloud = "gcp";
			disks;
			credentials;
			constructor(gcp, clients = (0, gcp_clients.hP)(gcp)) {
				this.gcp = gcp;
				this.clients = clients;
			}
			ready() {
				this.credentials ??= (0, gcp_clients.qH)(this.clients);
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
				const builder = {
					project,
					zone,
					instance: plan.builderName
				};
				const nonce = (0, labels.w)(ctx.runId);
				const serial = new gcp_serial.p(clients, builder, (line) => ctx.reporter.info(line));
				let builderDeadline;
				let imageLink = "";
				let exitCode;
				const steps = [
					{
						name: `Create builder ${plan.builderName} from ${plan.sourceImage}`,
						run: async () => {
							const labels = {
								...plan.labels,
								"worker-image-role": "builder"
							};
							const instance = (0, gcp_builder.pd)(gcp, plan, (0, wrapper.a1)(script, {
								nonce,
								guestAttributes: true
							}), labels);
							ledger.record(this.resource("instance", `projects/${project}/zones/${zone}/instances/${plan.builderName}`, "builder"));
							builderDeadline = new wait_deadline.B(`builder ${plan.builderName}`, gcp.timeouts.builder);
							const requestId = (0, external_node_crypto_.randomUUID)();
							const [op] = await (0, calls.T1)(ctx, "create the builder", () => clients.instances.insert({
								project,
								zone,
								instanceResource: instance,
								requestId
							}, calls.XV));
							await (0, operations.$X)(clients, project, op, this.opDeadline(`creating builder ${plan.builderName}`), ctx);
						}
					},
					{
						name: `Run the provisioning script on ${plan.builderName}`,
						run: async () => {
							const deadline = builderDeadline;
							exitCode = await (0, watch.kL)(clients, gcp, builder, serial, nonce, deadline, ctx);
							if (exitCode !== 0) {
								await serial.read(ctx).catch(() => []);
								throw new Error(`the provisioning script failed with exit status ${exitCode} on builder ` + `${plan.builderName} (template ${plan.template}); no image was created\n${serial.formatTail()}`);
							}
							ctx.reporter.info(`provisioning script succeeded after ${Math.round(deadline.elapsed() / 100) / 10}s`);
						}
					},
					{
						name: `Wait for ${plan.builderName} to stop`,
						run: () => (0, watch.lh)(clients, gcp, builder, builderDeadline, ctx)
					},
					...plan.replaces ? [{
						name: `Delete the existing image ${plan.imageName} (overwrite: true)`,
						run: async () => {
							await this.deleteImage(plan.project, plan.imageName, true, ctx);
						}
					}] : [],
					{
						name: `Create image ${plan.imageName}`,
						run: async () => {
							const labels = {
								...plan.labels,
								"worker-image-role": "image"
							};
							ledger.record(this.resource("image", `projects/${project}/global/images/${plan.imageName}`, "image"));
							const deadline = new wait_deadline.B(`image ${plan.imageName}`, gcp.timeouts.image);
							await (0, operations.QS)(deadline, ctx, async () => {
								const requestId = (0, external_node_crypto_.randomUUID)();
								const [op] = await (0, calls.T1)(ctx, "create the image", () => clients.images.insert({
									project,
									imageResource: imageResource(config, gcp, plan, labels, ctx),
									requestId
								}, calls.XV));
								await (0, operations.$X)(clients, project, op, deadline, ctx);
							});
							const [image] = await (0, calls.T1)(ctx, "read the image", () => clients.images.get({
								project,
								image: plan.imageName
							}, calls.XV));
							if (String(image.status) !== "READY") {
								throw new Error(`image ${plan.imageName} ended ${String(image.status)}, not READY`);
							}
							imageLink = image.selfLink ?? "";
							ctx.reporter.info(`image ${plan.imageName} is READY (${imageLink})`);
						}
					}
				];
				const result = () => ({
					cloud: "gcp",
					imageName: plan.imageName,
					imageId: imageLink,
					artifactId: plan.imageName,
					version: plan.version,
					sourceImage: plan.sourceImageLink,
					details: {
						project,
						zone,
						...gcp.imageFamily ? { family: gcp.imageFamily } : {},
						...gcp.storageLocation ? { storage_location: gcp.storageLocation } : {}
					},
					timings: []
				});
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
				await this.ready();
				const parts = r.id.split("/");
				if (r.kind === "instance") {
					const [, project, , zone, , instance] = parts;
					const role = r.role === "verifier" ? "verifier" : "builder";
					await this.deleteInstance(project, zone, instance, opts.wait, ctx, role);
				} else if (r.kind === "image") {
					await this.deleteImage(parts[1], parts[4], opts.wait, ctx);
				} else if (r.kind === "disk") {
					const [, project, , zone, , disk] = parts;
					this.disks ??= (0, gcp_clients.Qe)(this.gcp, this.clients.auth);
					const disks = this.disks;
					await this.deleteWith(`disk ${disk}`, project, opts.wait, ctx, () => disks.delete({
						project,
						zone,
						disk
					}, calls.XV));
				} else {
					throw new Error(`unknown gcp resource kind ${r.kind}`);
				}
			}
			deleteInstance(project, zone, instance, wait, ctx, role) {
				return this.deleteWith(`${role} ${instance}`, project, wait, ctx, () => this.clients.instances.delete({
					project,
					zone,
					instance
				}, calls.XV));
			}
			deleteImage(project, image, wait, ctx) {
				return this.deleteWith(`image ${image}`, project, wait, ctx, () => this.clients.images.delete({
					project,
					image
				}, calls.XV));
			}
			async deleteWith(what, project, wait, ctx, start) {
				const deadline = this.opDeadline(`deleting ${what}`);
				await (0, poll.g)(async () => {
					try {
						const [op] = await (0, calls.T1)(ctx, `delete ${what}`, start);
						if (wait) await (0, operations.$X)(this.clients, project, op, deadline, ctx);
						return true;
					} catch (err) {
						if ((0, calls.c4)(err) || (0, calls.BS)(err) && !wait) return true;
						if ((0, calls.BS)(err)) return undefined;
						throw err;
					}
				}, {
					deadline,
					interval: this.gcp.pollInterval,
					signal: ctx.signal
				});
			}
			opDeadline(what) {
				return new wait_deadline.B(what, this.gcp.timeouts.operation);
			}
			resource(kind, id, role) {
				return {
					cloud: "gcp",
					kind,
					id,
					role,
					keep: role === "image" ? "on-success" : "never"
				};
			}
		}
	}),
	8605: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { p: () => SerialLog });
		var _calls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90952);
		const TAIL_LINES = 50;
		class SerialLog {
			clients;
			instance;
			onLine;
			next = "0";
			partial = "";
			tail = [];
			constructor(clients, instance, onLine) {
				this.clients = clients;
				this.instance = instance;
				this.onLine = onLine;
			}
			async read(ctx) {
				const [out] = await (0, _calls_js__WEBPACK_IMPORTED_MODULE_0__.T1)(ctx, "read the serial console", () => this.clients.instances.getSerialPortOutput({
					...this.instance,
					port: 1,
					start: this.next
				}, _calls_js__WEBPACK_IMPORTED_MODULE_0__.XV));
				const lost = Number(out.start ?? this.next) - Number(this.next);
				if (lost > 0) {
					const gap = `[${lost} bytes of serial console output from ${this.instance.instance} were lost: the console keeps only its last 1 MB]`;
					ctx.reporter.warning(gap);
					this.keep(gap);
					this.partial = "";
				}
				if (out.next !== undefined && out.next !== null) this.next = String(out.next);
				const text = this.partial + (out.contents ?? "");
				const lines = text.split(/\r?\n/);
				this.partial = lines.pop() ?? "";
				for (const line of lines) {
					this.keep(line);
					this.onLine(line);
				}
				return lines;
			}
			keep(line) {
				this.tail.push(line);
				if (this.tail.length > TAIL_LINES) this.tail.shift();
			}
			lastLines() {
				return this.partial ? [...this.tail, this.partial].slice(-TAIL_LINES) : [...this.tail];
			}
			formatTail() {
				const lines = this.lastLines();
				if (lines.length === 0) return `(no serial console output from ${this.instance.instance})`;
				return [`last ${lines.length} serial console lines of ${this.instance.instance}:`, ...lines.map((l) => `  ${l}`)].join("\n");
			}
		}
	}),
	16670: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			kL: () => waitForScript,
			lh: () => waitForStop,
			sR: () => instanceStatus
		});
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47683);
		var _wait_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38336);
		var _wait_poll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92738);
		var _wrapper_wrapper_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94382);
		var _calls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90952);
		var _guest_status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61156);
		const STOPPED = new Set([
			"TERMINATED",
			"STOPPED",
			"SUSPENDED"
		]);
		const SCRIPT_POLL_FACTOR = 5;
		const GUEST_EVERY = 3;
		const STATUS_EVERY = 6;
		const SHUTDOWN_WINDOW = 6e4;
		async function instanceStatus(clients, b, ctx) {
			const [instance] = await (0, _calls_js__WEBPACK_IMPORTED_MODULE_2__.T1)(ctx, `read builder ${b.instance}`, () => clients.instances.get(b, _calls_js__WEBPACK_IMPORTED_MODULE_2__.XV));
			return String(instance.status ?? "UNKNOWN");
		}
		async function waitForScript(clients, gcp, b, serial, nonce, deadline, ctx) {
			const marker = (0, _wrapper_wrapper_js__WEBPACK_IMPORTED_MODULE_4__.Bs)(nonce);
			const guest = new _guest_status_js__WEBPACK_IMPORTED_MODULE_3__.L(clients, b);
			let state = "booting";
			let polls = 0;
			const reported = async (withGuest) => {
				for (const line of await serial.read(ctx)) {
					if (line.includes(_wrapper_wrapper_js__WEBPACK_IMPORTED_MODULE_4__.dC)) state = "script running";
					const m = marker.exec(line);
					if (m) return Number(m[1]);
				}
				if (!withGuest) return undefined;
				const value = await guest.read(ctx);
				if (value === undefined) return undefined;
				state = "script running";
				return (0, _wrapper_wrapper_js__WEBPACK_IMPORTED_MODULE_4__.i$)(value) ?? undefined;
			};
			return (0, _wait_poll_js__WEBPACK_IMPORTED_MODULE_1__.g)(async () => {
				const code = await reported(polls % GUEST_EVERY === 0);
				if (code !== undefined) return code;
				if (++polls % STATUS_EVERY === 0) {
					const status = await instanceStatus(clients, b, ctx);
					if (STOPPED.has(status)) {
						const last = await reported(true).catch(() => undefined);
						if (last !== undefined) return last;
						throw new Error(`builder ${b.instance} stopped (${status}) before its provisioning script reported ` + `a status: was the startup script replaced, or did the VM crash?\n${serial.formatTail()}`);
					}
					if (state !== "script running") state = status.toLowerCase();
				}
				return undefined;
			}, {
				deadline,
				interval: SCRIPT_POLL_FACTOR * gcp.pollInterval,
				signal: ctx.signal,
				progress: (elapsed) => ctx.reporter.info(`\u2026 builder ${b.instance}: ${state}, ${elapsed} elapsed (deadline ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_5__.a)(deadline.budget)})`),
				onExpiry: async () => {
					await serial.read(ctx).catch(() => []);
					return serial.formatTail();
				}
			});
		}
		async function waitForStop(clients, gcp, b, deadline, ctx) {
			let status = "UNKNOWN";
			await (0, _wait_poll_js__WEBPACK_IMPORTED_MODULE_1__.g)(async () => {
				status = await instanceStatus(clients, b, ctx);
				return STOPPED.has(status) ? true : undefined;
			}, {
				deadline,
				interval: gcp.pollInterval,
				backoffAfter: SHUTDOWN_WINDOW,
				backoff: 1.5,
				maxInterval: SCRIPT_POLL_FACTOR * gcp.pollInterval,
				signal: ctx.signal,
				progress: (elapsed) => ctx.reporter.info(`\u2026 waiting for builder ${b.instance} to stop, ${elapsed}`)
			}).catch((err) => {
				if (!(err instanceof _wait_errors_js__WEBPACK_IMPORTED_MODULE_0__.j)) throw err;
				throw new _wait_errors_js__WEBPACK_IMPORTED_MODULE_0__.j(`builder ${b.instance} did not stop within ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_5__.a)(deadline.budget)} after its ` + `provisioning script succeeded (still ${status}): the wrapper's shutdown did not take effect`);
			});
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
	92738: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { g: () => pollUntil });
		var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47683);
		var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38336);
		var _sleep_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10220);
		async function pollUntil(check, opts) {
			const every = opts.progressEvery ?? 3e4;
			let interval = opts.interval;
			const start = Date.now();
			let lastProgress = start;
			for (;;) {
				if (opts.signal?.aborted) throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.c();
				const value = await check();
				if (value !== undefined) return value;
				if (opts.deadline.expired()) throw opts.deadline.error(await opts.onExpiry?.());
				if (opts.progress && Date.now() - lastProgress >= every) {
					lastProgress = Date.now();
					opts.progress((0, _duration_js__WEBPACK_IMPORTED_MODULE_2__.a)(opts.deadline.elapsed()));
				}
				await (0, _sleep_js__WEBPACK_IMPORTED_MODULE_1__.yy)(Math.min((0, _sleep_js__WEBPACK_IMPORTED_MODULE_1__.p$)(interval), opts.deadline.remaining()), opts.signal);
				if (Date.now() - start >= (opts.backoffAfter ?? 0)) {
					interval = Math.min(interval * (opts.backoff ?? 1), opts.maxInterval ?? interval);
				}
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
	}),
	94382: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Bs: () => statusMarker,
			T_: () => reportFunction,
			a1: () => wrapScript,
			dC: () => STARTED_LINE,
			i$: () => parseStatus,
			j_: () => STATUS_NAMESPACE,
			jw: () => STATUS_KEY
		});
		const STATUS_NAMESPACE = "worker-image";
		const STATUS_KEY = "status";
		const STARTED_LINE = "worker-image: provisioning script started";
		function statusMarker(nonce) {
			return new RegExp(`worker-image-status\\[${nonce}\\]: exit=(\\d+)`);
		}
		function parseStatus(value) {
			const m = /^exit=(\d+)$/.exec(value.trim());
			return m ? Number(m[1]) : null;
		}
		function reportFunction(guestAttributes) {
			if (!guestAttributes) return `report() { :; }`;
			return `wi_metadata="\${WORKER_IMAGE_METADATA_URL:-http://metadata.google.internal/computeMetadata/v1}"
wi_report=on
report() {
  [ "$wi_report" = on ] || return 0
  curl -fsS -m 10 --retry 5 --retry-connrefused -X PUT -H 'Metadata-Flavor: Google' \\
    --data "$2" "$wi_metadata/instance/guest-attributes/${STATUS_NAMESPACE}/$1" >/dev/null 2>&1 ||
    wget -q -T 10 -t 5 -O /dev/null --method=PUT --header='Metadata-Flavor: Google' \\
      --body-data="$2" "$wi_metadata/instance/guest-attributes/${STATUS_NAMESPACE}/$1" 2>/dev/null ||
    { wi_report=off; echo "worker-image: could not write guest attribute $1 (the console marker still reports it)"; }
}`;
		}
		function onceGuard(nonce) {
			return `wi_once="\${WORKER_IMAGE_RUN_DIR:-/run}/worker-image"
mkdir -p "$wi_once" && chmod 700 "$wi_once"
if [ -f "$wi_once/${nonce}.exit" ]; then
  code="$(cat "$wi_once/${nonce}.exit")"
  echo "worker-image: the provisioning script already ran in this boot (this is a repeated request); its output went to the first request"
  echo "worker-image-status[${nonce}]: exit=$code"
  exit 0
fi
`;
		}
		function wrapScript(userScript, opts) {
			if (!/^[a-z0-9-]+$/.test(opts.nonce)) {
				throw new Error(`wrapper nonce must match [a-z0-9-]+, got ${JSON.stringify(opts.nonce)}`);
			}
			const payload = Buffer.from(userScript, "utf8").toString("base64").replace(/.{1,76}/g, "$&\n");
			const report = reportFunction(opts.guestAttributes);
			return `#!/bin/bash
# worker-image builder wrapper (generated). Runs the provisioning script, reports its exit
# status, and powers the VM off whatever the outcome.
set -u
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
${opts.once ? onceGuard(opts.nonce) : ""}report ${STATUS_KEY} running
echo "${STARTED_LINE}"
PATH="$wi_dir/bin:$PATH" bash "$wi_dir/script.sh" < /dev/null
code=$?
echo "worker-image: provisioning script exited with status $code"
report ${STATUS_KEY} "exit=$code"
${opts.once ? `echo "$code" > "$wi_once/${opts.nonce}.exit"
` : ""}echo "worker-image-status[${opts.nonce}]: exit=$code"
rm -rf "$wi_dir"
sync
${opts.powerOff === false ? "exit 0" : "shutdown -h now || poweroff"}
`;
		}
	})
};
