export const id = 2470;
export const ids = [2470];
export const modules = {
	82470: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			RN: () => findMade,
			xB: () => terminateBuilder,
			zu: () => instancesByToken
		});
		var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93264);
		var _wait_deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94975);
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47683);
		var _wait_sleep_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10220);
		var _clients_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9574);
		var _pages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13242);
		var _visibility_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76676);
		var _watch_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82421);
		async function terminateBuilder(client, id, ctx, opts) {
			const role = opts.role ?? "builder";
			const what = `terminate ${role} ${id}`;
			const send = () => client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.N({ InstanceIds: [id] }));
			try {
				if (opts.ours && opts.wait) {
					await (0, _visibility_js__WEBPACK_IMPORTED_MODULE_5__.dc)(ctx, what, (0, _visibility_js__WEBPACK_IMPORTED_MODULE_5__.FG)(opts.aws, `${role} ${id}`), send);
				} else {
					await (0, _clients_js__WEBPACK_IMPORTED_MODULE_3__.T1)(ctx, what, send);
				}
			} catch (err) {
				if (opts.ours && (0, _visibility_js__WEBPACK_IMPORTED_MODULE_5__.sR)(err)) {
					ctx.reporter.info(`${what}: EC2 does not know it yet; the post step terminates it`);
					return;
				}
				if ((0, _clients_js__WEBPACK_IMPORTED_MODULE_3__.ST)(err)) return;
				throw err;
			}
			if (!opts.wait) return;
			await (0, _watch_js__WEBPACK_IMPORTED_MODULE_6__.J4)(client, id, ["terminated"], new _wait_deadline_js__WEBPACK_IMPORTED_MODULE_1__.B(`terminating ${role} ${id}`, opts.aws.timeouts.operation), opts.aws.pollInterval, ctx, role);
		}
		async function findMade(ctx, aws, what, wait, list) {
			const deadline = (0, _visibility_js__WEBPACK_IMPORTED_MODULE_5__.FG)(aws, what);
			let interval = 250;
			for (let first = true;; first = false) {
				const found = await list();
				if (found.length > 0 || !wait) return found;
				if (deadline.expired()) {
					ctx.reporter.info(`${what}: none listed ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_7__.a)(deadline.budget)} after the request, so none was made`);
					return [];
				}
				if (first) {
					ctx.reporter.info(`${what}: none listed yet (EC2 lists new resources after a while); looking again for up to ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_7__.a)(deadline.remaining())}`);
				}
				await (0, _wait_sleep_js__WEBPACK_IMPORTED_MODULE_2__.yy)(Math.min(interval, deadline.remaining()), ctx.signal);
				interval = Math.min(interval * 2, 5e3);
			}
		}
		async function instancesByToken(client, token, role, ctx, aws, wait) {
			const found = await findMade(ctx, aws, `the ${role} with client token ${token}`, wait, () => (0, _pages_js__WEBPACK_IMPORTED_MODULE_4__.ND)(client, `find the ${role} by its client token`, ctx, [{
				Name: "client-token",
				Values: [token]
			}]));
			return found.filter((i) => i.State?.Name !== "terminated").map((i) => i.InstanceId);
		}
	}),
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
	82421: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			J4: () => waitForInstanceState,
			kL: () => waitForScript,
			xJ: () => describeInstance,
			zH: () => waitForImages
		});
		var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93264);
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47683);
		var _wait_poll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92738);
		var _wrapper_wrapper_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94382);
		var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9574);
		var _visibility_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76676);
		const STATE_EVERY = 5;
		const DOWN = new Set([
			"stopping",
			"stopped",
			"shutting-down",
			"terminated"
		]);
		const GOING_DOWN = new Set(["stopping", "shutting-down"]);
		const POST_GRACE = 12e4;
		async function describeInstance(client, id, ctx, noun = "builder") {
			const out = await (0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.T1)(ctx, `read ${noun} ${id}`, () => client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.bN({ InstanceIds: [id] })));
			const instance = out.Reservations?.[0]?.Instances?.[0];
			if (!instance) throw new Error(`${noun} ${id} is not listed by DescribeInstances`);
			return instance;
		}
		async function readBuilder(client, id, ctx, visibility, noun = "builder") {
			try {
				return await describeInstance(client, id, ctx, noun);
			} catch (err) {
				if (visibility.notVisible(err)) return undefined;
				throw err;
			}
		}
		function stateOf(i) {
			return String(i.State?.Name ?? "unknown");
		}
		async function waitForScript(client, id, log, nonce, deadline, interval, ctx) {
			const marker = (0, _wrapper_wrapper_js__WEBPACK_IMPORTED_MODULE_4__.Bs)(nonce);
			const visibility = new _visibility_js__WEBPACK_IMPORTED_MODULE_3__.Ni(ctx, `builder ${id}`);
			let state = "pending";
			let polls = 0;
			let downAt;
			return (0, _wait_poll_js__WEBPACK_IMPORTED_MODULE_1__.g)(async () => {
				const found = marker.exec(await log.read(ctx));
				if (found) return Number(found[1]);
				if (downAt === undefined && ++polls % STATE_EVERY !== 1) return undefined;
				const instance = await readBuilder(client, id, ctx, visibility);
				if (!instance) return undefined;
				state = stateOf(instance);
				if (!DOWN.has(state)) return undefined;
				const last = marker.exec(await log.read(ctx));
				if (last) return Number(last[1]);
				if (GOING_DOWN.has(state)) return undefined;
				downAt ??= Date.now();
				if (log.buffered && Date.now() - downAt < POST_GRACE) return undefined;
				const reason = instance.StateReason?.Message ? ` (${instance.StateReason.Message})` : "";
				const posted = log.buffered ? ` (nor in its console ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_5__.a)(POST_GRACE)} after)` : "";
				throw new Error(`builder ${id} went ${state}${reason} before its provisioning script reported a status${posted}: ` + `did the user data not run, or did the instance fail?\n${log.formatTail()}`);
			}, {
				deadline,
				interval,
				signal: ctx.signal,
				progress: (elapsed) => ctx.reporter.info(`\u2026 builder ${id}: ${state === "running" ? "script running" : state}, ${elapsed} elapsed (deadline ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_5__.a)(deadline.budget)})`),
				onExpiry: async () => {
					await log.read(ctx).catch(() => "");
					return log.formatTail();
				}
			});
		}
		async function waitForInstanceState(client, id, states, deadline, interval, ctx, noun = "builder") {
			const visibility = new _visibility_js__WEBPACK_IMPORTED_MODULE_3__.Ni(ctx, `${noun} ${id}`);
			let state = "unknown";
			await (0, _wait_poll_js__WEBPACK_IMPORTED_MODULE_1__.g)(async () => {
				const instance = await readBuilder(client, id, ctx, visibility, noun);
				if (!instance) return undefined;
				state = stateOf(instance);
				if (states.includes(state)) return true;
				if (state === "terminated") {
					throw new Error(`${noun} ${id} was terminated (${instance.StateReason?.Message ?? "no reason given"})`);
				}
				return undefined;
			}, {
				deadline,
				interval: Math.min(interval, 1e3),
				maxInterval: interval,
				backoff: 1.5,
				signal: ctx.signal,
				progress: (elapsed) => ctx.reporter.info(`\u2026 waiting for ${noun} ${id} to be ${states.join(" or ")} (${state}), ${elapsed}`)
			});
		}
		async function waitForImages(clients, images, what, deadline, interval, ctx) {
			const states = new Map(images.map((i) => [i.region, "pending"]));
			const visibility = new Map(images.map((i) => [i.region, new _visibility_js__WEBPACK_IMPORTED_MODULE_3__.Ni(ctx, `AMI ${i.imageId} in ${i.region}`)]));
			const line = () => images.map((i) => `${i.region} ${states.get(i.region)}`).join(", ");
			let last = "";
			await (0, _wait_poll_js__WEBPACK_IMPORTED_MODULE_1__.g)(async () => {
				await Promise.all(images.filter((i) => states.get(i.region) !== "available").map(async ({ region, imageId }) => {
					const client = await clients(region);
					let out;
					try {
						out = await (0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.T1)(ctx, `read AMI ${imageId} in ${region}`, () => client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.ji({ ImageIds: [imageId] })));
					} catch (err) {
						if (visibility.get(region).notVisible(err)) return;
						throw err;
					}
					const image = out.Images?.[0];
					const state = String(image?.State ?? "unknown");
					states.set(region, state);
					if ([
						"failed",
						"error",
						"invalid",
						"deregistered"
					].includes(state)) {
						const reason = image?.StateReason?.Message ?? image?.StateReason?.Code ?? "no reason given";
						throw new Error(`${what}: AMI ${imageId} in ${region} ended ${state}: ${reason}`);
					}
				}));
				const now = line();
				if (now !== last) ctx.reporter.info(`${what}: ${now}`);
				last = now;
				return [...states.values()].every((s) => s === "available") ? true : undefined;
			}, {
				deadline,
				interval: Math.min(interval, 1e3),
				maxInterval: interval,
				backoff: 1.5,
				signal: ctx.signal,
				progress: (elapsed) => ctx.reporter.info(`\u2026 ${what}: ${line()}, ${elapsed} elapsed (deadline ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_5__.a)(deadline.budget)})`),
				onExpiry: async () => `last states: ${line()}`
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
