export const id = 6833;
export const ids = [6833];
export const modules = {
	6833: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { GcpVerifier: () => GcpVerifier });
		var external_node_crypto_ = __webpack_require__(77598);
		var wait_deadline = __webpack_require__(94975);
		var duration = __webpack_require__(47683);
		var calls = __webpack_require__(90952);
		var clients = __webpack_require__(50573);
		var names = __webpack_require__(75125);
		var operations = __webpack_require__(12095);
		var provider = __webpack_require__(6719);
		var builder = __webpack_require__(82666);
		var maintenance = __webpack_require__(53858);
		;
		const IMAGE_LINK = /^(?:https?:\/\/[^/]+\/compute\/(?:v1|beta)\/)?projects\/([^/]+)\/global\/images\/([^/]+)$/;
		function verifierPlace(target, gcp) {
			const id = target.imageId.trim();
			const link = IMAGE_LINK.exec(id);
			const bare = /^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(id);
			if (!link && !bare) {
				throw new Error(`gcp image ${JSON.stringify(target.imageId)} is not an image link: expected ` + "projects/PROJECT/global/images/NAME (or its https://compute.googleapis.com/compute/v1/\u2026 selfLink)");
			}
			return {
				project: link ? link[1] : target.details.project ?? gcp.project,
				image: link ? link[2] : id,
				zone: target.details.zone || gcp.zone
			};
		}
		function verifierInstance(gcp, spec) {
			const { zone } = spec;
			return {
				name: spec.name,
				machineType: `zones/${zone}/machineTypes/${spec.machineType}`,
				labels: spec.labels,
				disks: [{
					boot: true,
					autoDelete: true,
					initializeParams: {
						diskName: spec.name,
						diskSizeGb: String(spec.diskSizeGb),
						diskType: `zones/${zone}/diskTypes/${gcp.bootDisk.type}`,
						sourceImage: spec.sourceImage,
						labels: spec.labels
					}
				}],
				networkInterfaces: (0, builder.dm)(gcp, zone),
				serviceAccounts: (0, builder.eM)(gcp),
				metadata: { items: [{
					key: "startup-script",
					value: spec.startupScript
				}, {
					key: "enable-guest-attributes",
					value: "TRUE"
				}] },
				scheduling: (0, maintenance.B)(spec.machineType)
			};
		}
		var retry = __webpack_require__(63817);
		;
		const VERIFIED_LABEL = "worker-image-verified";
		async function markImage(clients, gcp, place, verified, ctx) {
			const { project, image } = place;
			const deadline = (what) => new wait_deadline.B(`${what} image ${image}`, gcp.timeouts.operation);
			const wasFailed = await setVerifiedLabel(clients, place, verified, ctx, deadline("labelling"));
			const state = verified ? wasFailed ? "ACTIVE" : undefined : "DEPRECATED";
			if (state === undefined) return;
			const [op] = await (0, calls.T1)(ctx, `mark image ${image} ${state}`, () => clients.images.deprecate({
				project,
				image,
				deprecationStatusResource: { state }
			}, calls.XV));
			await (0, operations.$X)(clients, project, op, deadline(`marking ${state}`), ctx);
		}
		async function setVerifiedLabel(clients, place, verified, ctx, deadline) {
			const { project, image } = place;
			for (let attempt = 1;; attempt++) {
				const [current] = await (0, calls.T1)(ctx, `read image ${image}`, () => clients.images.get({
					project,
					image
				}, calls.XV));
				const labels = {
					...current.labels ?? {},
					[VERIFIED_LABEL]: String(verified)
				};
				const wasFailed = current.labels?.[VERIFIED_LABEL] === "false" && current.deprecated?.state === "DEPRECATED";
				try {
					const [op] = await (0, calls.T1)(ctx, `label image ${image}`, () => clients.images.setLabels({
						project,
						resource: image,
						globalSetLabelsRequestResource: {
							labels,
							labelFingerprint: current.labelFingerprint ?? ""
						}
					}, calls.XV));
					await (0, operations.$X)(clients, project, op, deadline, ctx);
					return wasFailed;
				} catch (err) {
					if ((0, retry.c2)(err) !== 412 || attempt > 1) throw err;
					ctx.reporter.info(`the labels of image ${image} changed while they were being set (412 conditionNotMet): reading them again`);
				}
			}
		}
		var report = __webpack_require__(70133);
		var reports = __webpack_require__(53376);
		var errors = __webpack_require__(38336);
		var poll = __webpack_require__(92738);
		var providers_provider = __webpack_require__(60163);
		var guest_status = __webpack_require__(61156);
		var serial = __webpack_require__(8605);
		var watch = __webpack_require__(16670);
		;
		const CONSOLE_EVERY = 5;
		const STATUS_EVERY = 10;
		const READY_SPREAD = 3;
		const DOWN = new Set([
			"STOPPING",
			"TERMINATED",
			"STOPPED",
			"SUSPENDING",
			"SUSPENDED"
		]);
		class VerifierWatch {
			o;
			ctx;
			runningAt;
			status = "PROVISIONING";
			serial;
			guest;
			reports;
			polls = 0;
			constructor(o, ctx) {
				this.o = o;
				this.ctx = ctx;
				this.serial = new serial.p(o.clients, o.vm, () => {});
				this.guest = new guest_status.L(o.clients, o.vm, "verifier");
				this.reports = new reports.X({
					name: `verifier ${o.vm.instance}`,
					checkCount: o.checkCount,
					createdAt: o.createdAt,
					request: "create request"
				}, ctx.reporter);
			}
			get progress() {
				return this.reports.progress;
			}
			get readyAt() {
				return this.reports.readyAt;
			}
			get name() {
				return this.o.vm.instance;
			}
			async poll() {
				const n = this.polls++;
				if (this.runningAt === undefined || n % STATUS_EVERY === 0) await this.readStatus();
				if (this.runningAt === undefined) return;
				const attributes = await this.guest.readAll(this.ctx);
				if (attributes) this.see((0, report.h1)(attributes));
				if (this.guest.off || n % CONSOLE_EVERY === 0) await this.readConsole();
			}
			async readStatus() {
				const status = await (0, watch.sR)(this.o.clients, this.o.vm, this.ctx);
				if (status !== this.status) this.ctx.reporter.info(`verifier ${this.name} is ${status}`);
				this.status = status;
				if (status === "RUNNING") this.runningAt ??= Date.now();
				if (DOWN.has(status)) {
					await this.readConsole().catch(() => undefined);
					throw new providers_provider.y(`verifier ${this.name} went ${status} before its verify script finished ` + `(${this.reported()})\n${this.serial.formatTail()}`);
				}
			}
			async readConsole() {
				const lines = await this.serial.read(this.ctx);
				if (lines.length > 0) this.see((0, report.Bb)(lines.join("\n"), this.o.nonce));
			}
			see(now) {
				this.reports.see(now);
			}
			reported() {
				return this.reports.reported();
			}
			lastLines() {
				return this.serial.lastLines();
			}
			formatTail() {
				return this.serial.formatTail();
			}
			async tail() {
				await this.readConsole().catch(() => undefined);
				return this.formatTail();
			}
			async waitReady(deadline) {
				await (0, poll.g)(async () => {
					await this.poll();
					return this.readyAt !== undefined ? true : undefined;
				}, {
					deadline,
					interval: this.o.interval,
					backoff: 1.5,
					maxInterval: this.o.interval * READY_SPREAD,
					backoffAfter: 1e4,
					signal: this.ctx.signal,
					progress: (elapsed) => this.ctx.reporter.info(`\u2026 verifier ${this.name}: ${this.status}, no ready report yet, ${elapsed} elapsed (limit ${(0, duration.a)(deadline.budget)})`)
				}).catch(async (err) => {
					if (!(err instanceof errors.j)) throw err;
					throw new errors.j(`verifier ${this.name} was not ready within ${(0, duration.a)(deadline.budget)} of its create ` + `request (${this.status}, no ready report from its verify script)\n${await this.tail()}`);
				});
			}
			async waitDone(deadline) {
				await (0, poll.g)(async () => {
					await this.poll();
					return this.progress.failed !== undefined ? true : undefined;
				}, {
					deadline,
					interval: this.o.interval,
					backoff: 1.5,
					maxInterval: this.o.interval * 5,
					backoffAfter: 5e3,
					signal: this.ctx.signal,
					progress: (elapsed) => this.ctx.reporter.info(`\u2026 verifier ${this.name}: ${this.reported()}, ${elapsed} elapsed (limit ${(0, duration.a)(deadline.budget)})`)
				}).catch(async (err) => {
					if (!(err instanceof errors.j)) throw err;
					throw new errors.j(`the checks on verifier ${this.name} did not all report within ${(0, duration.a)(deadline.budget)} ` + `of its ready report (${this.reported()})\n${await this.tail()}`);
				});
				await this.readConsole().catch(() => undefined);
			}
		}
		;
		class GcpVerifier {
			gcp;
			cloud = "gcp";
			clients;
			provider;
			constructor(gcp) {
				this.gcp = gcp;
				this.clients = (0, clients.hP)(gcp, ["instances", "zoneOperations"]);
				this.provider = new provider.GcpProvider(gcp, this.clients);
			}
			verifySteps(_config, request, ctx, ledger) {
				const { gcp, clients } = this;
				const place = verifierPlace(request.target, gcp);
				const { project, zone, image } = place;
				const name = (0, names.K2)(place.image, ctx.runId);
				const vm = {
					project,
					zone,
					instance: name
				};
				const machineType = request.vmType ?? gcp.machineType;
				let createdAt = 0;
				let readyDeadline;
				let watch;
				const steps = [
					{
						name: `Create verifier ${name} (${machineType}) from image ${image}`,
						run: async () => {
							await this.provider.ready();
							const [img] = await (0, calls.T1)(ctx, `read image ${image}`, () => clients.images.get({
								project,
								image
							}, calls.XV));
							if (String(img.status) !== "READY") {
								throw new Error(`image ${image} is ${String(img.status)}, not READY: it cannot boot`);
							}
							const instance = verifierInstance(gcp, {
								name,
								zone,
								machineType,
								sourceImage: `projects/${project}/global/images/${image}`,
								diskSizeGb: Math.max(gcp.bootDisk.sizeGb, Number(img.diskSizeGb ?? 0)),
								startupScript: request.script({ guestAttributes: true }),
								labels: {
									...gcp.labels,
									...request.labels,
									"worker-image-role": "verifier"
								}
							});
							ledger.record(this.resource(`projects/${project}/zones/${zone}/instances/${name}`));
							createdAt = Date.now();
							readyDeadline = new wait_deadline.B(`verifier ${name}`, request.readyLimitMs);
							watch = new VerifierWatch({
								clients,
								vm,
								nonce: request.nonce,
								checkCount: request.checkCount,
								createdAt,
								interval: gcp.pollInterval
							}, ctx);
							const requestId = (0, external_node_crypto_.randomUUID)();
							const [op] = await (0, calls.T1)(ctx, "create the verifier", () => clients.instances.insert({
								project,
								zone,
								instanceResource: instance,
								requestId
							}, calls.XV));
							const opBudget = Math.min(gcp.timeouts.operation, readyDeadline.remaining());
							await (0, operations.$X)(clients, project, op, new wait_deadline.B(`creating verifier ${name}`, opBudget), ctx);
						}
					},
					{
						name: `Wait for verifier ${name} to be ready`,
						run: () => watch.waitReady(readyDeadline)
					},
					{
						name: `Run ${request.checkCount} check(s) on verifier ${name}`,
						run: async () => {
							const w = watch;
							const deadline = new wait_deadline.B(`the checks on verifier ${name}`, Math.max(0, request.checksLimitMs - (Date.now() - w.readyAt)));
							await w.waitDone(deadline);
							const failed = w.progress.failed ?? 0;
							ctx.reporter.info(failed === 0 ? `all ${request.checkCount} check(s) passed on ${name} (${(0, duration.a)(Date.now() - w.readyAt)} after ready)` : `${failed} of ${request.checkCount} check(s) failed on ${name}\n${w.formatTail()}`);
						}
					}
				];
				const observation = () => ({
					vm: name,
					createdAt,
					...watch?.runningAt !== undefined ? { runningAt: watch.runningAt } : {},
					...watch?.readyAt !== undefined ? { readyAt: watch.readyAt } : {},
					progress: watch?.progress ?? { checks: [] },
					logTail: watch?.lastLines() ?? []
				});
				return {
					steps,
					observation
				};
			}
			async markVerification(target, verified, ctx) {
				await this.provider.ready();
				await markImage(this.clients, this.gcp, verifierPlace(target, this.gcp), verified, ctx);
			}
			deleteResource = (r, opts) => this.provider.deleteResource(r, opts);
			resource(id) {
				return {
					cloud: "gcp",
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
