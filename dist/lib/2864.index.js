export const id = 2864;
export const ids = [2864];
export const modules = {
	972: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { p: () => runContext });
		var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
		var _naming_labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42095);
		function runContext(env, reporter, signal) {
			const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
			return {
				runId: (0, _naming_labels_js__WEBPACK_IMPORTED_MODULE_1__.Vz)(env),
				uuid: (0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
				reporter,
				signal,
				...env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {},
				...runUrl ? { runUrl } : {}
			};
		}
	}),
	8509: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			HN: () => writeManifest,
			uJ: () => withVerification,
			wb: () => manifestBuild
		});
		var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
		var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
		var _config_confine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54936);
		const BUILDER_TYPE = {
			gcp: "googlecompute",
			azure: "azure-arm",
			aws: "amazon-ebs"
		};
		function manifestBuild(result, run) {
			return {
				name: result.cloud,
				builder_type: BUILDER_TYPE[result.cloud],
				build_time: run.buildTime,
				files: null,
				artifact_id: result.artifactId,
				packer_run_uuid: run.uuid,
				custom_data: {
					cloud: result.cloud,
					image_name: result.imageName,
					image_id: result.imageId,
					version: result.version,
					source_image: result.sourceImage,
					run_id: run.runId,
					...run.commit ? { commit: run.commit } : {},
					...run.runUrl ? { run_url: run.runUrl } : {},
					...result.details
				}
			};
		}
		function withVerification(build, result) {
			const data = Object.fromEntries(Object.entries(build.custom_data).filter(([key]) => key !== "time_to_ready_s"));
			return {
				...build,
				custom_data: {
					...data,
					verified: String(result.verified),
					...result.timeToReadyS !== undefined ? { time_to_ready_s: result.timeToReadyS.toFixed(1) } : {}
				}
			};
		}
		async function writeManifest(path, builds, uuid) {
			const manifest = {
				builds,
				last_run_uuid: uuid
			};
			try {
				await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
				(0, _config_confine_js__WEBPACK_IMPORTED_MODULE_2__.Yz)(path, "manifest");
				await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, JSON.stringify(manifest, null, 2) + "\n");
			} catch (err) {
				const made = builds.map((b) => b.artifact_id).join(", ");
				throw new Error(`the manifest could not be written to ${path} (${err.message}); the images are made and kept: ${made}`, { cause: err });
			}
		}
	}),
	50090: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			$_: () => wrongCloud,
			Cg: () => loadProvider,
			bF: () => loadShareProvider,
			mJ: () => loadPruneProvider,
			vB: () => loadVerifyProvider
		});
		async function loadProvider(cloud, config) {
			switch (cloud) {
				case "gcp": {
					if (!config.gcp) throw new Error("no gcp: block in the config");
					const { GcpProvider } = await Promise.all([__webpack_require__.e(6192), __webpack_require__.e(6719)]).then(__webpack_require__.bind(__webpack_require__, 6719));
					return new GcpProvider(config.gcp);
				}
				case "azure": {
					if (!config.azure) throw new Error("no azure: block in the config");
					const { AzureProvider } = await Promise.all([
						__webpack_require__.e(6915),
						__webpack_require__.e(9685),
						__webpack_require__.e(8644)
					]).then(__webpack_require__.bind(__webpack_require__, 48644));
					return new AzureProvider(config.azure);
				}
				case "aws": {
					if (!config.aws) throw new Error("no aws: block in the config");
					const { AwsProvider } = await Promise.all([
						__webpack_require__.e(3264),
						__webpack_require__.e(2470),
						__webpack_require__.e(1312)
					]).then(__webpack_require__.bind(__webpack_require__, 91312));
					return new AwsProvider(config.aws);
				}
				default: throw new Error(`cloud ${cloud} is not supported yet`);
			}
		}
		async function loadVerifyProvider(cloud, config) {
			switch (cloud) {
				case "gcp": {
					if (!config.gcp) throw new Error("no gcp: block in the config");
					const { GcpVerifier } = await Promise.all([
						__webpack_require__.e(6192),
						__webpack_require__.e(6719),
						__webpack_require__.e(6833)
					]).then(__webpack_require__.bind(__webpack_require__, 6833));
					return new GcpVerifier(config.gcp);
				}
				case "azure": {
					if (!config.azure) throw new Error("no azure: block in the config");
					const { AzureVerifier } = await Promise.all([
						__webpack_require__.e(6915),
						__webpack_require__.e(9685),
						__webpack_require__.e(8644),
						__webpack_require__.e(8559)
					]).then(__webpack_require__.bind(__webpack_require__, 48559));
					return new AzureVerifier(config.azure);
				}
				case "aws": {
					if (!config.aws) throw new Error("no aws: block in the config");
					const { AwsVerifier } = await Promise.all([
						__webpack_require__.e(3264),
						__webpack_require__.e(2470),
						__webpack_require__.e(9466)
					]).then(__webpack_require__.bind(__webpack_require__, 9466));
					return new AwsVerifier(config.aws);
				}
				default: throw new Error(`cloud ${cloud} is not supported yet`);
			}
		}
		async function loadPruneProvider(cloud, config) {
			switch (cloud) {
				case "gcp": {
					if (!config.gcp) throw new Error("no gcp: block in the config");
					const { GcpPrune } = await Promise.all([
						__webpack_require__.e(6192),
						__webpack_require__.e(6719),
						__webpack_require__.e(1045)
					]).then(__webpack_require__.bind(__webpack_require__, 31045));
					return new GcpPrune(config.gcp, config.image);
				}
				case "azure": {
					if (!config.azure) throw new Error("no azure: block in the config");
					const { AzurePrune } = await Promise.all([
						__webpack_require__.e(6915),
						__webpack_require__.e(9685),
						__webpack_require__.e(8644),
						__webpack_require__.e(3924)
					]).then(__webpack_require__.bind(__webpack_require__, 73924));
					return new AzurePrune(config.azure, config.lifecycle?.azure?.deleteAfter);
				}
				case "aws": {
					if (!config.aws) throw new Error("no aws: block in the config");
					const { AwsPrune } = await Promise.all([__webpack_require__.e(3264), __webpack_require__.e(9610)]).then(__webpack_require__.bind(__webpack_require__, 39610));
					return new AwsPrune(config.aws);
				}
				default: throw new Error(`prune does not support ${String(cloud)}`);
			}
		}
		async function loadShareProvider(cloud) {
			switch (cloud) {
				case "gcp": return (await Promise.all([__webpack_require__.e(6192), __webpack_require__.e(1358)]).then(__webpack_require__.bind(__webpack_require__, 41358))).gceShare;
				case "azure": return (await Promise.all([
					__webpack_require__.e(6915),
					__webpack_require__.e(6680),
					__webpack_require__.e(8631)
				]).then(__webpack_require__.bind(__webpack_require__, 18631))).galleryShare;
				case "aws": return (await Promise.all([__webpack_require__.e(3264), __webpack_require__.e(6849)]).then(__webpack_require__.bind(__webpack_require__, 76849))).amiShare;
				default: throw new Error(`cloud ${cloud} is not supported yet`);
			}
		}
		function wrongCloud(provider, request, target) {
			return new Error(`internal: the ${provider} share provider was given a ${request} request for a ${target} image`);
		}
	}),
	60163: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { y: () => VerifyFault });
		class VerifyFault extends Error {
			name = "VerifyFault";
		}
	}),
	52444: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			K: () => ResourceLedger,
			q: () => describe
		});
		class ResourceLedger {
			persist;
			items;
			constructor(persist = () => {}, initial = []) {
				this.persist = persist;
				this.items = [...initial];
			}
			record(resource) {
				this.items.push(resource);
				this.persist(this.list());
			}
			release(resource) {
				const i = this.items.findIndex((r) => r.cloud === resource.cloud && r.id === resource.id);
				if (i >= 0) this.items.splice(i, 1);
				this.persist(this.list());
			}
			replace(old, next) {
				const at = this.items.findIndex((r) => old.some((o) => o.cloud === r.cloud && o.id === r.id));
				const kept = this.items.filter((r) => !old.some((o) => o.cloud === r.cloud && o.id === r.id));
				kept.splice(at < 0 ? kept.length : at, 0, ...next);
				this.items.splice(0, this.items.length, ...kept);
				this.persist(this.list());
			}
			list() {
				return [...this.items];
			}
		}
		function describe(r) {
			return `${r.cloud} ${r.kind} ${r.id}`;
		}
	}),
	51551: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			r: () => runSteps,
			t: () => cleanup
		});
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47683);
		var _resources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52444);
		async function runSteps(steps, opts) {
			const timings = [];
			let failure;
			try {
				for (const step of steps) {
					const start = Date.now();
					await opts.reporter.group(step.name, () => step.run());
					timings.push({
						name: step.name,
						ms: Date.now() - start
					});
				}
			} catch (err) {
				failure = err;
			}
			await cleanup(opts, failure === undefined);
			if (failure !== undefined) throw failure;
			return timings;
		}
		async function cleanup(opts, succeeded) {
			const items = opts.ledger.list().reverse();
			const doomed = items.filter((r) => !(succeeded && r.keep === "on-success"));
			for (const r of items) if (!doomed.includes(r)) opts.ledger.release(r);
			if (doomed.length === 0) return;
			await opts.reporter.group("Clean up", async () => {
				for (const r of doomed) {
					const start = Date.now();
					const wait = !opts.signal?.aborted;
					let held = [r];
					const progress = (left) => {
						opts.ledger.replace(held, left);
						held = left;
					};
					try {
						const outcome = await opts.deleteResource(r, {
							wait,
							reporter: opts.reporter,
							progress
						});
						if (wait || outcome === "deleted") {
							for (const h of held) opts.ledger.release(h);
							opts.reporter.info(`deleted ${(0, _resources_js__WEBPACK_IMPORTED_MODULE_0__.q)(r)} (${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_1__.a)(Date.now() - start)})`);
						} else {
							opts.reporter.info(`deletion of ${(0, _resources_js__WEBPACK_IMPORTED_MODULE_0__.q)(r)} requested`);
						}
					} catch (err) {
						opts.reporter.warning(`could not delete ${(0, _resources_js__WEBPACK_IMPORTED_MODULE_0__.q)(r)}: ${err.message.replace(/\.$/, "")}. ` + "The post step retries; `worker-image gc` finds it by its worker-image-run label.");
					}
				}
			});
		}
	}),
	19508: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { P: () => abortOnSignals });
		const SIGNALS = [
			"SIGINT",
			"SIGTERM",
			"SIGHUP"
		];
		function abortOnSignals(controller, reporter) {
			let received = false;
			const handler = (signal) => {
				received = true;
				if (!controller.signal.aborted) {
					reporter.warning(`received ${signal}: cancelling and deleting what this run created`);
					controller.abort();
				}
			};
			for (const signal of SIGNALS) process.on(signal, handler);
			return () => {
				for (const signal of SIGNALS) process.off(signal, handler);
				if (received) setTimeout(() => process.exit(), 1e3).unref();
			};
		}
	}),
	9250: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			DW: () => resultLines,
			QW: () => summaryRows,
			_3: () => evaluate
		});
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47683);
		const oneDecimal = (ms) => Math.round(ms / 100) / 10;
		function evaluate(target, seen, limits) {
			const reasons = limits.fault ? [limits.fault] : [];
			const readyMs = seen.readyAt === undefined ? undefined : seen.readyAt - seen.createdAt;
			const budget = (0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(limits.budgetMs);
			if (readyMs === undefined) {
				reasons.push(`the VM did not report ready within ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(limits.readyLimitMs)} of its create request ` + `(budget ${budget}), so no check reported`);
			} else if (readyMs > limits.budgetMs) {
				reasons.push(`time to ready ${oneDecimal(readyMs)} s is over the ${budget} budget (time-to-ready)`);
			}
			const checks = limits.checks.map((check, index) => {
				const outcome = seen.progress.checks.find((c) => c.index === index);
				if (!outcome) return {
					name: check.name,
					status: "not-run"
				};
				const seconds = oneDecimal(outcome.ms);
				const status = outcome.timedOut ? "timed-out" : outcome.exit === 0 ? "passed" : "failed";
				if (status === "timed-out") {
					reasons.push(`check ${check.name} did not finish within its ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(check.timeout)} limit (stopped after ${seconds} s)`);
				} else if (status === "failed") {
					reasons.push(`check ${check.name} failed with exit status ${outcome.exit} after ${seconds} s`);
				}
				return {
					name: check.name,
					status,
					seconds,
					exit: outcome.exit
				};
			});
			const missing = checks.filter((c) => c.status === "not-run").map((c) => c.name);
			if (missing.length > 0 && readyMs !== undefined) {
				reasons.push(`${missing.length === 1 ? "check" : "checks"} ${missing.join(", ")} did not report before the checks' time limits and margin ran out`);
			}
			return {
				cloud: target.cloud,
				imageName: target.imageName,
				imageId: target.imageId,
				vm: seen.vm,
				checks,
				...readyMs !== undefined ? { timeToReadyS: oneDecimal(readyMs) } : {},
				budgetS: oneDecimal(limits.budgetMs),
				verified: reasons.length === 0,
				reasons,
				logTail: seen.logTail
			};
		}
		function resultLines(result) {
			const width = Math.max(...result.checks.map((c) => c.name.length), 0);
			const lines = result.checks.map((c) => {
				const took = c.seconds === undefined ? "" : ` ${c.seconds.toFixed(1)} s`;
				const exit = c.status === "failed" ? ` (exit ${c.exit})` : "";
				return `${c.status === "passed" ? "\u2713" : "\u2717"} ${c.name.padEnd(width)}  ${c.status}${took}${exit}`;
			});
			const ready = result.timeToReadyS === undefined ? `time to ready: not ready (budget ${result.budgetS} s)` : `time to ready: ${result.timeToReadyS.toFixed(1)} s (budget ${result.budgetS} s${result.timeToReadyS > result.budgetS ? ", over" : ""})`;
			return [...lines, ready];
		}
		function summaryRows(result) {
			const ready = result.timeToReadyS === undefined ? "not ready" : result.timeToReadyS > result.budgetS ? "over budget" : "within budget";
			return [
				[
					"Check",
					"Status",
					"Seconds"
				],
				...result.checks.map((c) => [
					c.name,
					c.status,
					c.seconds?.toFixed(1) ?? ""
				]),
				[
					`time to ready (budget ${result.budgetS.toFixed(1)} s)`,
					ready,
					result.timeToReadyS?.toFixed(1) ?? ""
				]
			];
		}
	}),
	72895: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Gz: () => VerifyError,
			gH: () => renderChecks,
			ZG: () => verifyImage
		});
		var labels = __webpack_require__(42095);
		var load = __webpack_require__(50090);
		var provider = __webpack_require__(60163);
		var errors = __webpack_require__(38336);
		var runner = __webpack_require__(51551);
		var render = __webpack_require__(73385);
		var duration = __webpack_require__(47683);
		;
		const KILL_AFTER_MS = 5e3;
		const CHECKS_MARGIN_MS = 3e4;
		const MAX_READY_GRACE_MS = 12e4;
		function waitLimits(verify) {
			const grace = Math.min(verify.timeToReady, MAX_READY_GRACE_MS);
			const checks = verify.checks.reduce((sum, c) => sum + c.timeout + KILL_AFTER_MS, 0);
			return {
				readyLimitMs: verify.timeToReady + grace,
				checksLimitMs: checks + CHECKS_MARGIN_MS
			};
		}
		var verify_result = __webpack_require__(9250);
		var script = __webpack_require__(26240);
		;
		function isImageFault(err, observation, signal) {
			if (signal.aborted) return false;
			if (err instanceof provider.y) return true;
			return err instanceof errors.j && observation().createdAt > 0;
		}
		const LOG_TAIL_LINES = 30;
		class VerifyError extends Error {
			result;
			name = "VerifyError";
			constructor(result, also) {
				const tail = result.logTail.slice(-LOG_TAIL_LINES);
				super(`${result.cloud} image ${result.imageName} failed verification: ${result.reasons.join("; ")}` + (also ? `; ${also}` : "") + (tail.length > 0 ? `\nlast lines of the verifier's log:\n${tail.join("\n")}` : ""));
				this.result = result;
			}
		}
		async function renderChecks(config, cloud, verify, signal) {
			const variables = config[cloud]?.template.variables ?? {};
			const checks = [];
			for (const check of verify.checks) {
				const command = await (0, render.Xm)(check.run, variables, `${cloud} verify check ${check.name}`, {
					...signal ? { signal } : {},
					...config.templateTimeout !== undefined ? { timeoutMs: config.templateTimeout } : {}
				});
				checks.push({
					name: check.name,
					command,
					timeoutSeconds: Math.ceil(check.timeout / 1e3)
				});
			}
			return checks;
		}
		async function verifyImage(config, target, ctx, opts) {
			const { cloud, verify } = opts;
			if (target.cloud !== cloud) {
				throw new Error(`internal: a ${target.cloud} image cannot be verified on ${cloud}`);
			}
			if (verify.checks.length === 0) {
				throw new Error(`the ${cloud} verification has no checks (verify.checks in the config)`);
			}
			const checks = opts.checks ?? await renderChecks(config, cloud, verify, ctx.signal);
			if (checks.length !== verify.checks.length) {
				throw new Error(`internal: ${checks.length} rendered checks for ${verify.checks.length}`);
			}
			const nonce = (0, labels.w)(ctx.runId);
			const limits = waitLimits(verify);
			const request = {
				target,
				script: ({ guestAttributes }) => (0, script.xz)({
					nonce,
					guestAttributes,
					checks
				}),
				nonce,
				checkCount: checks.length,
				...verify.vmType !== undefined ? { vmType: verify.vmType } : {},
				...limits,
				labels: {
					"worker-image-run": nonce,
					...target.version ? { "worker-image-version": target.version } : {}
				}
			};
			const provider = opts.provider ?? await (0, load.vB)(cloud, config);
			ctx.reporter.info(`verifying ${cloud} image ${target.imageName}: ${checks.length} ${checks.length === 1 ? "check" : "checks"} ` + `(${checks.map((c) => c.name).join(", ")}), time to ready within ${(0, duration.a)(verify.timeToReady)}` + `${verify.vmType ? ` on ${verify.vmType}` : ""}`);
			const { steps, observation } = provider.verifySteps(config, request, ctx, opts.ledger);
			let fault;
			try {
				await (0, runner.r)(steps, {
					reporter: ctx.reporter,
					ledger: opts.ledger,
					deleteResource: (r, o) => provider.deleteResource(r, o),
					signal: ctx.signal
				});
			} catch (err) {
				if (!isImageFault(err, observation, ctx.signal)) throw err;
				fault = err.message.split("\n")[0];
			}
			const result = (0, verify_result._3)(target, observation(), {
				checks: verify.checks,
				budgetMs: verify.timeToReady,
				readyLimitMs: limits.readyLimitMs,
				...fault !== undefined ? { fault } : {}
			});
			await ctx.reporter.group(`Verification of ${cloud} image ${target.imageName}`, async () => {
				for (const line of (0, verify_result.DW)(result)) ctx.reporter.info(line);
			});
			try {
				await provider.markVerification(target, result.verified, ctx);
				ctx.reporter.info(`marked ${target.imageName} as ${result.verified ? "verified" : "not verified"} (worker-image-verified=${result.verified})`);
			} catch (err) {
				const why = err.message.replace(/\.$/, "");
				if (!result.verified) {
					throw new VerifyError(result, `marking it as not verified on the image failed too: ${why}`);
				}
				throw new Error(`${cloud} image ${target.imageName} passed verification, but marking it verified on the image failed: ${why}`, { cause: err });
			}
			if (result.verified) return result;
			if (verify.onFailure === "fail") throw new VerifyError(result);
			ctx.reporter.warning(`${cloud} image ${target.imageName} failed verification (on-failure: warn, so the run goes on): ` + result.reasons.join("; "));
			return result;
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
	}),
	20354: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Dz: () => newestBuild,
			aS: () => targetFromBuild,
			dc: () => targetFromBake,
			tk: () => targetFromImage
		});
		var _manifest_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28643);
		var _naming_aws_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91486);
		var _naming_azure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63726);
		var _naming_gce_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26201);
		class VerifyTargetError extends Error {
			name = "VerifyTargetError";
		}
		function targetFromBake(result) {
			return {
				cloud: result.cloud,
				imageName: result.imageName,
				imageId: result.imageId,
				version: result.version,
				details: result.details
			};
		}
		function targetFromBuild(build) {
			const cloud = (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_0__.a0)(build);
			const data = build.custom_data;
			return {
				cloud,
				imageName: data.image_name ?? build.artifact_id,
				imageId: data.image_id ?? build.artifact_id,
				version: data.version ?? "",
				details: data
			};
		}
		function newestBuild(cloud, builds, shown) {
			const mine = builds.filter((b) => (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_0__.a0)(b) === cloud);
			const newest = mine.reduce((best, b) => best === undefined || b.build_time > best.build_time ? b : best, undefined);
			if (!newest) {
				const clouds = [...new Set(builds.map((b) => (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_0__.a0)(b) ?? b.name))].join(", ") || "none";
				throw new VerifyTargetError(`--manifest ${shown}: its last run has no ${cloud} build (it has: ${clouds}); pass the ${cloud} manifest, or the image with --image`);
			}
			return newest;
		}
		const GCE_LINK = /^(?:https?:\/\/[^/]+\/compute\/(?:v1|beta)\/)?projects\/([^/]+)\/global\/images\/([^/]+)$/;
		const GALLERY_VERSION_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)\/versions\/([^/]+)$/i;
		function targetFromImage(cloud, text, config) {
			const value = text.trim();
			const refuse = (why, example) => {
				throw new VerifyTargetError(`--image ${JSON.stringify(value)}: ${why}; give ${example}`);
			};
			if (cloud === "gcp") {
				const example = "a GCE image name (batch-worker-24) or projects/my-project/global/images/batch-worker-24";
				const link = GCE_LINK.exec(value);
				const project = link ? link[1] : config.gcp?.project;
				const name = link ? link[2] : value;
				const problem = (0, _naming_gce_js__WEBPACK_IMPORTED_MODULE_1__.p9)(name, "image name") ?? (project ? (0, _naming_gce_js__WEBPACK_IMPORTED_MODULE_1__.vb)(project) : undefined);
				if (problem) refuse(problem, example);
				if (!project) refuse("no project: the config has no gcp.project", example);
				return {
					cloud,
					imageName: name,
					imageId: `projects/${project}/global/images/${name}`,
					version: /-(\d+[a-z]?)$/.exec(name)?.[1] ?? "",
					details: { project }
				};
			}
			if (cloud === "azure") {
				const example = "a gallery version id (/subscriptions/S/resourceGroups/RG/providers/Microsoft.Compute/galleries/G/images/D/versions/0.0.14) or D/0.0.14";
				const id = GALLERY_VERSION_ID.exec(value);
				const short = /^([^/]+)\/([^/]+)$/.exec(value);
				if (!id && !short) refuse("not a gallery image version", example);
				const azure = config.azure;
				if (!id && !azure) refuse("a definition/version needs the config azure: block", example);
				const [subscription, group, gallery, definition, version] = id ? id.slice(1) : [
					azure.subscriptionId,
					azure.resourceGroup,
					azure.gallery,
					short[1],
					short[2]
				];
				const problem = (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_2__.dW)(definition) ?? (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_2__.zX)(version);
				if (problem) refuse(problem, example);
				return {
					cloud,
					imageName: `${definition}/${version}`,
					imageId: (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_2__.aX)(subscription, group, gallery, definition, version),
					version,
					details: {
						subscription_id: subscription,
						resource_group: group,
						gallery,
						definition,
						...azure ? { location: azure.location } : {}
					}
				};
			}
			const example = "an AMI id (ami-0123456789abcdef0) or region:ami-0123456789abcdef0";
			const pair = /^([^:]+):(.*)$/.exec(value);
			const region = pair ? pair[1] : config.aws?.region;
			const ami = pair ? pair[2] : value;
			const problem = (0, _naming_aws_js__WEBPACK_IMPORTED_MODULE_3__.lK)(ami) ?? (region ? (0, _naming_aws_js__WEBPACK_IMPORTED_MODULE_3__.GC)(region) : undefined);
			if (problem) refuse(problem, example);
			if (!region) refuse("no region: the config has no aws.region", example);
			return {
				cloud,
				imageName: ami,
				imageId: ami,
				version: "",
				details: {
					region,
					amis: `${region}:${ami}`,
					copies: "by-name"
				}
			};
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
