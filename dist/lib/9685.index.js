export const id = 9685;
export const ids = [9685];
export const modules = {
	11788: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			c4: () => isNotFound,
			fF: () => options,
			hP: () => createClients
		});
		var _azure_arm_compute__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6446);
		var _azure_arm_resources__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15016);
		var _trust_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95174);
		function options(config) {
			if (!config.endpoint) return (0, _trust_js__WEBPACK_IMPORTED_MODULE_2__.t)(config);
			const scopes = [`${config.endpoint.replace(/\/+$/, "")}/.default`];
			return {
				endpoint: config.endpoint,
				credentialScopes: scopes,
				credentials: { scopes },
				...(0, _trust_js__WEBPACK_IMPORTED_MODULE_2__.t)(config)
			};
		}
		function createClients(config, credential) {
			const opts = options(config);
			let network;
			return {
				compute: new _azure_arm_compute__WEBPACK_IMPORTED_MODULE_0__.K(credential, config.subscriptionId, opts),
				network: () => network ??= (async () => {
					const { NetworkManagementClient: Client } = await __webpack_require__.e(9601).then(__webpack_require__.bind(__webpack_require__, 79601));
					return new Client(credential, config.subscriptionId, opts);
				})(),
				resources: new _azure_arm_resources__WEBPACK_IMPORTED_MODULE_1__.h(credential, config.subscriptionId, opts)
			};
		}
		function isNotFound(err) {
			return err?.statusCode === 404;
		}
	}),
	65084: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { $: () => azureCredential });
		;
		const MARGIN_MS = 6e4;
		function expiresAt(token) {
			try {
				const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString());
				return typeof payload?.exp === "number" ? payload.exp * 1e3 : undefined;
			} catch {
				return undefined;
			}
		}
		function reusedAssertion(fetch, now = Date.now) {
			let kept;
			let pending;
			return async () => {
				if (kept && kept.expires - now() > MARGIN_MS) return kept.token;
				pending ??= fetch().then((token) => {
					const expires = expiresAt(token);
					kept = expires === undefined ? undefined : {
						token,
						expires
					};
					return token;
				}).finally(() => {
					pending = undefined;
				});
				return pending;
			};
		}
		;
		const GITHUB_ISSUER = "https://token.actions.githubusercontent.com";
		const untrusted = (issuer, subject) => `the app registration (azure.client-id) has no federated credential that trusts this job: ` + `add one with issuer ${issuer ?? GITHUB_ISSUER} and subject ` + `${subject ?? "repo:ORG/REPO:ref:refs/heads/BRANCH"} (a job with an environment presents ` + `repo:ORG/REPO:environment:NAME, a pull request repo:ORG/REPO:pull_request)`;
		const HINTS = {
			"700213": (m) => untrusted(undefined, /assertion subject '([^']*)'/.exec(m)?.[1]),
			"70021": (m) => untrusted(/Assertion Issuer: '([^']*)'/.exec(m)?.[1], /Assertion Subject: '([^']*)'/.exec(m)?.[1]),
			"700211": (m) => "no federated credential of the app registration (azure.client-id) has the issuer this job's " + `ID token names (${/assertion issuer '([^']*)'/.exec(m)?.[1] ?? "see below"}): GitHub's is ` + `${GITHUB_ISSUER}, with no trailing slash`,
			"700016": () => "azure.client-id is not an app registration in azure.tenant-id: check both (the " + "application (client) id and the directory (tenant) id on the app's overview page)",
			"90002": () => "azure.tenant-id names no tenant of this cloud: check it (and authority-host)",
			"7000215": () => "the client secret is wrong or expired: set its value (not its secret id) in AZURE_CLIENT_SECRET",
			"700024": () => "the job's ID token was not valid when it was exchanged: check the runner's clock",
			"700212": () => "the job's ID token is not for api://AzureADTokenExchange, the audience a federated credential takes"
		};
		function withTokenHints(credential) {
			return { getToken: async (scopes, options) => {
				try {
					return await credential.getToken(scopes, options);
				} catch (err) {
					const message = err instanceof Error ? err.message : String(err);
					const code = /AADSTS(\d+)/.exec(message)?.[1];
					const hint = code ? HINTS[code] : undefined;
					if (!hint) throw err;
					throw new Error(`Azure login failed: ${hint(message)}. ${message}`, { cause: err });
				}
			} };
		}
		var trust = __webpack_require__(95174);
		;
		async function azureCredential(config, reporter) {
			if (config.auth === "none") {
				return { getToken: async () => ({
					token: "worker-image-no-auth",
					expiresOnTimestamp: Date.now() + 36e5
				}) };
			}
			if (config.auth === "oidc" && !process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
				throw new Error("azure.auth is oidc but the job could not get a GitHub ID token (ACTIONS_ID_TOKEN_REQUEST_URL " + "is not set): grant the job `permissions: id-token: write` (pull requests from forks never " + "get one); outside GitHub Actions use azure.auth: default after `az login`");
			}
			const { ClientAssertionCredential, DefaultAzureCredential } = await __webpack_require__.e(1712).then(__webpack_require__.bind(__webpack_require__, 31712));
			const options = credentialOptions(config);
			if (config.auth === "oidc") {
				const core = await __webpack_require__.e(3025).then(__webpack_require__.bind(__webpack_require__, 43025));
				const assertion = reusedAssertion(async () => {
					try {
						return await core.getIDToken("api://AzureADTokenExchange");
					} catch (err) {
						reporter.warning("azure.auth is oidc but the job could not get a GitHub ID token: grant the job " + "`permissions: id-token: write` (pull requests from forks never get one).");
						throw err;
					}
				});
				return withTokenHints(new ClientAssertionCredential(config.tenantId, config.clientId, assertion, options));
			}
			return withTokenHints(new DefaultAzureCredential(options));
		}
		function credentialOptions(config) {
			return {
				...config.authorityHost ? {
					authorityHost: config.authorityHost,
					disableInstanceDiscovery: true
				} : {},
				...(0, trust.t)(config)
			};
		}
	}),
	16059: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { z: () => untilDone });
		var _wait_sleep_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10220);
		async function untilDone(start, deadline, ctx, what = deadline.what) {
			const timeout = AbortSignal.timeout(Math.max(1, deadline.remaining()));
			const abortSignal = AbortSignal.any([ctx.signal, timeout]);
			try {
				return await (0, _wait_sleep_js__WEBPACK_IMPORTED_MODULE_0__.ZC)(Promise.resolve(start({
					updateIntervalInMs: ctx.pollInterval,
					abortSignal
				})), abortSignal);
			} catch (err) {
				if (timeout.aborted && !ctx.signal.aborted) throw deadline.error();
				if (ctx.signal.aborted) throw err;
				throw operationFailure(what, err);
			}
		}
		const LRO_FAILED = /^The long-running operation has failed\.?\s*/;
		function operationFailure(what, err) {
			const e = err;
			const message = String(e?.message ?? err).replace(LRO_FAILED, "");
			const code = typeof e?.code === "string" && !message.startsWith(e.code) ? `${e.code}: ` : "";
			return Object.assign(new Error(`${what} failed: ${code}${message}`, { cause: err }), {
				...e?.code !== undefined ? { code: e.code } : {},
				...e?.statusCode !== undefined ? { statusCode: e.statusCode } : {}
			});
		}
	}),
	54738: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			$4: () => readVersion,
			eh: () => summarize,
			vm: () => waitForReplication
		});
		var _naming_azure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63726);
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47683);
		var _wait_poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92738);
		var _wait_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63817);
		var _lro_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16059);
		function readVersion(clients, ref, ctx) {
			return (0, _wait_retry_js__WEBPACK_IMPORTED_MODULE_1__.bD)(`read gallery version ${ref.version}`, () => clients.compute.galleryImageVersions.get(ref.resourceGroup, ref.gallery, ref.definition, ref.version, {
				expand: "ReplicationStatus",
				abortSignal: ctx.signal
			}), {
				signal: ctx.signal,
				onRetry: (m) => ctx.reporter.info(m)
			});
		}
		function summarize(ref, v) {
			const status = v.replicationStatus;
			return {
				version: ref.version,
				aggregatedState: String(status?.aggregatedState ?? "Unknown"),
				regions: (status?.summary ?? []).map((r) => ({
					region: (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_3__.zT)(String(r.region ?? "")),
					state: String(r.state ?? "Unknown"),
					progress: Number(r.progress ?? 0),
					...r.details ? { details: r.details } : {}
				}))
			};
		}
		function progressLine(s) {
			return s.regions.map((r) => `${r.region} ${r.state} ${r.progress}%`).join(", ") || s.aggregatedState;
		}
		async function waitForReplication(clients, ref, deadline, ctx, operation) {
			let last = "";
			let summary;
			return (0, _wait_poll_js__WEBPACK_IMPORTED_MODULE_0__.g)(async () => {
				const version = await readVersion(clients, ref, ctx);
				summary = summarize(ref, version);
				const line = progressLine(summary);
				if (line !== last) ctx.reporter.info(`replication of ${ref.definition} ${ref.version}: ${line}`);
				last = line;
				const failed = summary.regions.filter((r) => r.state === "Failed");
				if (failed.length > 0 || String(version.provisioningState) === "Failed") {
					const what = `replication of gallery version ${ref.definition}/${ref.version}`;
					if (failed.length === 0 && operation) {
						await (0, _lro_js__WEBPACK_IMPORTED_MODULE_2__.z)(() => operation, deadline, ctx, what);
					}
					throw new Error(`${what} failed in ` + (failed.map((r) => `${r.region}${r.details ? ` (${r.details})` : ""}`).join(", ") || `provisioning (state ${String(version.provisioningState)})`));
				}
				const done = String(version.provisioningState) === "Succeeded" && summary.aggregatedState === "Completed";
				return done ? summary : undefined;
			}, {
				deadline,
				interval: ctx.pollInterval,
				signal: ctx.signal,
				progress: (elapsed) => ctx.reporter.info(`\u2026 replicating ${ref.version}: ${last}, ${elapsed} elapsed (deadline ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_4__.a)(deadline.budget)})`),
				onExpiry: async () => summary ? `last state: ${progressLine(summary)}` : undefined
			});
		}
	}),
	95174: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { t: () => trust });
		var _config_ca_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20813);
		function trust(config) {
			return config.caCertificate ? { tlsOptions: { ca: (0, _config_ca_file_js__WEBPACK_IMPORTED_MODULE_0__.m3)(config.caCertificate) } } : {};
		}
	}),
	13826: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			ns: () => planReplicas,
			xP: () => mergeTargetRegions
		});
		var _naming_azure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63726);
		var _regions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56204);
		const PRODUCTION_MIN_REPLICAS = 3;
		function planReplicas(regions, policy) {
			const { expectedConcurrentVms: vms, vmsPerReplica, production } = policy;
			if (vms === undefined) {
				const few = regions.filter((r) => r.replicas < PRODUCTION_MIN_REPLICAS);
				const notes = production && few.length > 0 ? [`production images should have at least ${PRODUCTION_MIN_REPLICAS} replicas per region (Azure's guidance); ` + `${few.map((r) => `${r.name} has ${r.replicas}`).join(", ")}: ` + "raise replicas, or set replica-policy.expected-concurrent-vms"] : [];
				return {
					regions,
					notes
				};
			}
			const needed = Math.ceil(vms / vmsPerReplica);
			const planned = Math.min(Math.max(needed, production ? PRODUCTION_MIN_REPLICAS : 1), _regions_js__WEBPACK_IMPORTED_MODULE_0__.zq);
			const notes = needed > _regions_js__WEBPACK_IMPORTED_MODULE_0__.zq ? [`${vms} concurrent VMs need ${needed} replicas; capped at ${_regions_js__WEBPACK_IMPORTED_MODULE_0__.zq}, Azure's maximum per version \u2014 ` + "consider splitting across versions/regions"] : [];
			return {
				regions: regions.map((r) => ({
					...r,
					replicas: Math.max(r.replicas, planned)
				})),
				notes
			};
		}
		function mergeTargetRegions(existing, requested) {
			const regions = existing.map((r) => ({
				...r,
				name: (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_1__.zT)(r.name)
			}));
			const added = [];
			const raised = [];
			for (const want of requested) {
				const name = (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_1__.zT)(want.name);
				const have = regions.find((r) => r.name === name);
				if (!have) {
					regions.push({
						...want,
						name
					});
					added.push(name);
				} else if (want.replicas > have.replicas) {
					have.replicas = want.replicas;
					raised.push(name);
				}
			}
			return {
				regions,
				changed: added.length > 0 || raised.length > 0,
				added,
				raised
			};
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
	})
};
