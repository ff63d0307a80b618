export const id = 1358;
export const ids = [1358];
export const modules = {
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
	41358: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, {
			IMAGE_USER_ROLE: () => IMAGE_USER_ROLE,
			gceShare: () => gceShare,
			shareGceImage: () => shareGceImage,
			withImageUsers: () => withImageUsers
		});
		var _google_cloud_compute_build_src_v1_images_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19303);
		var _share_result_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(87596);
		var _wait_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63817);
		var _wait_sleep_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10220);
		var _load_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(50090);
		var _calls_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90952);
		var _clients_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50573);
		const IMAGE_USER_ROLE = "roles/compute.imageUser";
		const MAX_ATTEMPTS = 5;
		function imageUsers(policy) {
			const users = new Set();
			for (const b of policy.bindings ?? []) {
				if (b.role === IMAGE_USER_ROLE && !b.condition) for (const m of b.members ?? []) users.add(m);
			}
			return users;
		}
		function withImageUsers(policy, members) {
			const bindings = (policy.bindings ?? []).map((b) => ({ ...b }));
			const existing = bindings.find((b) => b.role === IMAGE_USER_ROLE && !b.condition);
			if (existing) existing.members = [...existing.members ?? [], ...members];
			else bindings.push({
				role: IMAGE_USER_ROLE,
				members
			});
			return {
				...policy,
				bindings
			};
		}
		function isEtagConflict(err) {
			const status = (0, _wait_retry_js__WEBPACK_IMPORTED_MODULE_1__.c2)(err);
			const code = err?.code;
			return status === 409 || status === 412 || code === 10 || code === 9;
		}
		async function shareGceImage(connection, request, ctx) {
			const { project, image, share } = request;
			const options = (0, _clients_js__WEBPACK_IMPORTED_MODULE_4__.s1)({
				...connection,
				project
			});
			const images = new _google_cloud_compute_build_src_v1_images_client_js__WEBPACK_IMPORTED_MODULE_0__.A(options);
			const name = `projects/${project}/global/images/${image}`;
			try {
				await (0, _clients_js__WEBPACK_IMPORTED_MODULE_4__.qH)(options?.auth ? { auth: options.auth } : {});
				for (let attempt = 1;; attempt++) {
					let policy;
					try {
						[policy] = await (0, _calls_js__WEBPACK_IMPORTED_MODULE_3__.T1)(ctx, `read the IAM policy of image ${image}`, () => images.getIamPolicy({
							project,
							resource: image,
							optionsRequestedPolicyVersion: 3
						}, _calls_js__WEBPACK_IMPORTED_MODULE_3__.XV));
					} catch (err) {
						if (!(0, _calls_js__WEBPACK_IMPORTED_MODULE_3__.c4)(err)) throw err;
						throw new Error(`image ${image} not found in project ${project}; check the image and project`);
					}
					const granted = imageUsers(policy);
					const missing = share.members.filter((m) => !granted.has(m));
					const grants = share.members.map((member) => ({
						member,
						status: missing.includes(member) ? "added" : "unchanged",
						via: IMAGE_USER_ROLE
					}));
					if (missing.length === 0 || request.dryRun) {
						return (0, _share_result_js__WEBPACK_IMPORTED_MODULE_5__.L)("gcp", name, grants, request.dryRun);
					}
					try {
						await (0, _calls_js__WEBPACK_IMPORTED_MODULE_3__.T1)(ctx, `set the IAM policy of image ${image}`, () => images.setIamPolicy({
							project,
							resource: image,
							globalSetPolicyRequestResource: { policy: withImageUsers(policy, missing) }
						}, _calls_js__WEBPACK_IMPORTED_MODULE_3__.XV));
						return (0, _share_result_js__WEBPACK_IMPORTED_MODULE_5__.L)("gcp", name, grants, false);
					} catch (err) {
						if (!isEtagConflict(err) || attempt >= MAX_ATTEMPTS) {
							if (isEtagConflict(err)) {
								throw new Error(`the IAM policy of image ${image} kept changing while it was updated (${MAX_ATTEMPTS} attempts); ` + "another process is editing it: run again when it is done");
							}
							throw err;
						}
						ctx.reporter.info(`the IAM policy of image ${image} changed since it was read; reading it again (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`);
						await (0, _wait_sleep_js__WEBPACK_IMPORTED_MODULE_2__.yy)((0, _wait_sleep_js__WEBPACK_IMPORTED_MODULE_2__.p$)(200 * attempt), ctx.signal);
					}
				}
			} finally {
				await images.close();
			}
		}
		const gceShare = {
			cloud: "gcp",
			share(request, target, opts, ctx) {
				if (request.cloud !== "gcp" || target.cloud !== "gcp") {
					return Promise.reject((0, _load_js__WEBPACK_IMPORTED_MODULE_6__.$_)("gcp", request.cloud, target.cloud));
				}
				const project = target.project ?? request.connection.project;
				if (!project) {
					return Promise.reject(new Error(`image ${target.image}: no project; give the project input, an image link (projects/P/global/images/N) or a config with a gcp: block`));
				}
				return shareGceImage(request.connection, {
					project,
					image: target.image,
					share: request.share,
					dryRun: opts.dryRun
				}, ctx);
			}
		};
	}),
	87596: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			L: () => shareResult,
			a: () => describeGrant
		});
		function shareResult(cloud, image, grants, dryRun) {
			return {
				cloud,
				image,
				grants,
				changed: !dryRun && grants.some((g) => g.status === "added"),
				dryRun
			};
		}
		function describeGrant(g, dryRun = false) {
			const where = g.region ? ` in ${g.region} (${g.image})` : "";
			const what = g.status === "unchanged" ? "already granted" : dryRun ? "would be granted" : "granted";
			return `${g.member}: ${what}${where} (${g.via})`;
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
