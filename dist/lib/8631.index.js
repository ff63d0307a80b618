export const id = 8631;
export const ids = [8631];
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
	18631: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, {
			assignmentName: () => assignmentName,
			galleryShare: () => galleryShare,
			shareGalleryImage: () => shareGalleryImage
		});
		var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
		var _azure_arm_authorization__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96680);
		var _azure_arm_compute__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6446);
		var _config_share_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83423);
		var _share_result_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(87596);
		var _wait_deadline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94975);
		var _wait_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63817);
		var _load_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(50090);
		var _clients_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11788);
		var _credential_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65084);
		var _lro_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(16059);
		function assignmentName(scope, principalId, roleId) {
			const hash = (0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha1").update(`worker-image|${scope.toLowerCase()}|${principalId.toLowerCase()}|${roleId.toLowerCase()}`).digest();
			hash[6] = hash[6] & 15 | 80;
			hash[8] = hash[8] & 63 | 128;
			const h = hash.subarray(0, 16).toString("hex");
			return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
		}
		function roleName(roleId) {
			return roleId === _config_share_js__WEBPACK_IMPORTED_MODULE_3__.Z_ ? "Reader" : `role ${roleId}`;
		}
		function isAssignmentExists(err) {
			const e = err;
			return e?.statusCode === 409 && e?.code === "RoleAssignmentExists";
		}
		function isPrincipalNotFound(err) {
			return err?.code === "PrincipalNotFound";
		}
		const PRINCIPAL_ATTEMPTS = 6;
		async function shareGalleryImage(connection, request, ctx) {
			const { target, share, dryRun } = request;
			const azure = {
				...connection,
				subscriptionId: target.subscriptionId
			};
			const credential = await (0, _credential_js__WEBPACK_IMPORTED_MODULE_7__.$)(azure, ctx.reporter);
			const opts = (0, _clients_js__WEBPACK_IMPORTED_MODULE_6__.fF)(azure);
			const compute = new _azure_arm_compute__WEBPACK_IMPORTED_MODULE_2__.K(credential, target.subscriptionId, opts);
			const retry = (what, fn) => (0, _wait_retry_js__WEBPACK_IMPORTED_MODULE_5__.bD)(what, fn, {
				signal: ctx.signal,
				onRetry: (m) => ctx.reporter.info(m)
			});
			const signal = { abortSignal: ctx.signal };
			const gallery = await retry(`read gallery ${target.gallery}`, () => compute.galleries.get(target.resourceGroup, target.gallery, {
				...signal,
				select: "Permissions"
			})).catch((err) => {
				if (!(0, _clients_js__WEBPACK_IMPORTED_MODULE_6__.c4)(err)) throw err;
				throw new Error(`gallery ${target.gallery} not found in resource group ${target.resourceGroup} (subscription ${target.subscriptionId})`);
			});
			if (target.version) {
				await retry(`read gallery version ${target.version}`, () => compute.galleryImageVersions.get(target.resourceGroup, target.gallery, target.definition, target.version, signal)).catch((err) => {
					if (!(0, _clients_js__WEBPACK_IMPORTED_MODULE_6__.c4)(err)) throw err;
					throw new Error(`gallery version ${target.definition}/${target.version} not found in gallery ${target.gallery}; bake it first, or check the version`);
				});
			}
			const direct = share.subscriptions.length + share.tenants.length > 0;
			const profile = gallery.sharingProfile;
			if (direct && profile?.permissions !== "Groups") {
				throw new Error(`gallery ${target.gallery} cannot be shared directly with subscriptions or tenants: its sharing ` + `permission is ${profile?.permissions ?? "Private"}, not Groups. Direct sharing must be enabled ` + "when the gallery is created (sharingProfile.permissions: Groups, e.g. `az sig create --permissions groups`); " + "use a gallery created with it, or share through role assignments (share.azure.principals)");
			}
			const grants = [];
			if (share.principals.length > 0) {
				const authorization = new _azure_arm_authorization__WEBPACK_IMPORTED_MODULE_1__.I(credential, target.subscriptionId, opts);
				const galleryId = `/subscriptions/${target.subscriptionId}/resourceGroups/${target.resourceGroup}` + `/providers/Microsoft.Compute/galleries/${target.gallery}`;
				const scope = share.scope === "definition" ? `${galleryId}/images/${target.definition}` : galleryId;
				const scopePath = scope.replace(/^\//, "");
				const roleDefinitionId = `/subscriptions/${target.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${share.roleId}`;
				const via = `${roleName(share.roleId)} on ${share.scope} ${share.scope === "definition" ? target.definition : target.gallery}`;
				for (const principalId of share.principals) {
					const name = assignmentName(scope, principalId, share.roleId);
					const found = await retry(`read role assignment ${name}`, () => authorization.roleAssignments.get(scopePath, name, signal)).then(() => true, (err) => {
						if ((0, _clients_js__WEBPACK_IMPORTED_MODULE_6__.c4)(err)) return false;
						throw err;
					});
					let status = found ? "unchanged" : "added";
					if (!found && !dryRun) {
						status = await (0, _wait_retry_js__WEBPACK_IMPORTED_MODULE_5__.bD)(`assign ${roleName(share.roleId)} to ${principalId}`, () => authorization.roleAssignments.create(scopePath, name, {
							roleDefinitionId,
							principalId,
							description: "worker-image share-image"
						}, signal), {
							signal: ctx.signal,
							onRetry: (m) => ctx.reporter.info(m),
							retryable: isPrincipalNotFound,
							attempts: PRINCIPAL_ATTEMPTS,
							baseDelay: connection.pollInterval,
							maxDelay: 8 * connection.pollInterval
						}).then(() => "added", (err) => {
							if (isAssignmentExists(err)) return "unchanged";
							if (!isPrincipalNotFound(err)) throw err;
							throw new Error(`principal ${principalId} was not found in the directory (PrincipalNotFound, still ` + `after ${PRINCIPAL_ATTEMPTS} tries): check the object id in share.azure.principals; a ` + "principal created moments ago can take a few minutes to reach every replica, so " + "a later run may succeed", { cause: err });
						});
					}
					grants.push({
						member: principalId,
						status,
						via
					});
				}
			}
			if (direct && profile) {
				const current = (type) => new Set((profile.groups ?? []).filter((g) => g.type?.toLowerCase() === type.toLowerCase()).flatMap((g) => g.ids ?? []).map((id) => id.toLowerCase()));
				const groups = [{
					type: "Subscriptions",
					label: "subscription",
					ids: share.subscriptions
				}, {
					type: "AADTenants",
					label: "tenant",
					ids: share.tenants
				}];
				const missing = groups.map((g) => {
					const have = current(g.type);
					return {
						type: g.type,
						ids: g.ids.filter((id) => !have.has(id.toLowerCase()))
					};
				});
				for (const g of groups) {
					const add = missing.find((m) => m.type === g.type).ids;
					for (const id of g.ids) {
						grants.push({
							member: `${g.label}:${id}`,
							status: add.includes(id) ? "added" : "unchanged",
							via: `sharing profile of gallery ${target.gallery}`
						});
					}
				}
				const toAdd = missing.filter((m) => m.ids.length > 0);
				if (toAdd.length > 0 && !dryRun) {
					const deadline = new _wait_deadline_js__WEBPACK_IMPORTED_MODULE_4__.B(`sharing gallery ${target.gallery}`, connection.timeouts.replication);
					const poller = compute.gallerySharingProfile.update(target.resourceGroup, target.gallery, {
						operationType: "Add",
						groups: toAdd
					}, {
						updateIntervalInMs: connection.pollInterval,
						abortSignal: ctx.signal
					});
					await (0, _lro_js__WEBPACK_IMPORTED_MODULE_8__.z)(() => poller, deadline, {
						...ctx,
						pollInterval: connection.pollInterval
					});
				}
			}
			return (0, _share_result_js__WEBPACK_IMPORTED_MODULE_9__.L)("azure", target.id, grants, dryRun);
		}
		const galleryShare = {
			cloud: "azure",
			share(request, target, opts, ctx) {
				if (request.cloud !== "azure" || target.cloud !== "azure") {
					return Promise.reject((0, _load_js__WEBPACK_IMPORTED_MODULE_10__.$_)("azure", request.cloud, target.cloud));
				}
				return shareGalleryImage(request.connection, {
					target,
					share: request.share,
					dryRun: opts.dryRun
				}, ctx);
			}
		};
	}),
	95174: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { t: () => trust });
		var _config_ca_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20813);
		function trust(config) {
			return config.caCertificate ? { tlsOptions: { ca: (0, _config_ca_file_js__WEBPACK_IMPORTED_MODULE_0__.m3)(config.caCertificate) } } : {};
		}
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
