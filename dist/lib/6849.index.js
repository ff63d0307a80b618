export const id = 6849;
export const ids = [6849];
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
	76849: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, {
			amiShare: () => amiShare,
			shareAmis: () => shareAmis
		});
		var client_ec2 = __webpack_require__(93264);
		var result = __webpack_require__(87596);
		var load = __webpack_require__(50090);
		var aws_clients = __webpack_require__(9574);
		;
		async function snapshotUsesAwsManagedKey(ec2, region, snapshotId, ctx) {
			const out = await (0, aws_clients.T1)(ctx, `read snapshot ${snapshotId} in ${region}`, () => ec2.send(new client_ec2.Mm({ SnapshotIds: [snapshotId] }), { abortSignal: ctx.signal }));
			const keyId = out.Snapshots?.[0]?.KmsKeyId;
			if (!keyId || /(^|:)alias\/aws\/ebs$/.test(keyId)) return true;
			const { KMSClient, DescribeKeyCommand } = await Promise.all([__webpack_require__.e(2429), __webpack_require__.e(6005)]).then(__webpack_require__.bind(__webpack_require__, 96005));
			const kms = new KMSClient({
				region,
				maxAttempts: 1
			});
			const key = await (0, aws_clients.T1)(ctx, `read KMS key ${keyId}`, () => kms.send(new DescribeKeyCommand({ KeyId: keyId }), { abortSignal: ctx.signal }));
			return key.KeyMetadata?.KeyManager === "AWS";
		}
		;
		function permissionKey(p) {
			return p.UserId ?? p.OrganizationArn ?? p.OrganizationalUnitArn ?? undefined;
		}
		function wanted(share) {
			return [
				...share.accounts.map((UserId) => ({ UserId })),
				...share.organizations.map((OrganizationArn) => ({ OrganizationArn })),
				...share.organizationalUnits.map((OrganizationalUnitArn) => ({ OrganizationalUnitArn }))
			];
		}
		async function shareAmis(connection, request, ctx) {
			const permissions = wanted(request.share);
			const retry = (what, fn) => (0, aws_clients.T1)(ctx, what, fn);
			const clients = new Map();
			for (const { region } of request.amis) {
				clients.set(region, await (0, aws_clients.wC)(region, connection.endpoint ? { endpoint: connection.endpoint } : {}));
			}
			const client = (region) => clients.get(region);
			try {
				for (const { region, imageId } of request.amis) {
					const described = await retry(`describe ${imageId} in ${region}`, () => client(region).send(new client_ec2.ji({ ImageIds: [imageId] }), { abortSignal: ctx.signal })).catch((err) => {
						if ((0, aws_clients.CA)(err) === "InvalidAMIID.NotFound") {
							throw new Error(`AMI ${imageId} not found in ${region}; check the region:ami-id pairs`);
						}
						throw err;
					});
					const image = described.Images?.[0];
					if (!image) throw new Error(`AMI ${imageId} not found in ${region}`);
					for (const m of image.BlockDeviceMappings ?? []) {
						const snapshot = m.Ebs?.SnapshotId;
						if (!m.Ebs?.Encrypted || !snapshot) continue;
						if (await snapshotUsesAwsManagedKey(client(region), region, snapshot, ctx)) {
							throw new Error(`AMI ${imageId} in ${region} cannot be shared: its snapshot ${snapshot} ` + "is encrypted with the default AWS managed key (alias/aws/ebs), which cannot be shared " + "with other accounts. Re-encrypt it with a customer managed KMS key (CopyImage with " + "KmsKeyId), share that key with the accounts, and share the new AMI");
						}
					}
				}
				const grants = [];
				for (const { region, imageId } of request.amis) {
					const attribute = await retry(`read launch permissions of ${imageId} in ${region}`, () => client(region).send(new client_ec2.Ok({
						ImageId: imageId,
						Attribute: "launchPermission"
					}), { abortSignal: ctx.signal }));
					const have = new Set((attribute.LaunchPermissions ?? []).map(permissionKey).filter((k) => k !== undefined));
					const missing = permissions.filter((p) => !have.has(permissionKey(p)));
					for (const p of permissions) {
						const member = permissionKey(p);
						grants.push({
							member,
							status: missing.includes(p) ? "added" : "unchanged",
							via: "launch permission",
							region,
							image: imageId
						});
					}
					if (missing.length > 0 && !request.dryRun) {
						await retry(`add launch permissions to ${imageId} in ${region}`, () => client(region).send(new client_ec2.FE({
							ImageId: imageId,
							LaunchPermission: { Add: missing }
						}), { abortSignal: ctx.signal }));
					}
				}
				const name = request.amis.map((a) => `${a.region}:${a.imageId}`).join(",");
				return (0, result.L)("aws", name, grants, request.dryRun);
			} finally {
				for (const c of clients.values()) c.destroy();
			}
		}
		const amiShare = {
			cloud: "aws",
			share(request, target, opts, ctx) {
				if (request.cloud !== "aws" || target.cloud !== "aws") {
					return Promise.reject((0, load.$_)("aws", request.cloud, target.cloud));
				}
				return shareAmis(request.connection, {
					amis: target.amis,
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
