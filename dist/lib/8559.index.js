export const id = 8559;
export const ids = [8559];
export const modules = {
	48559: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { AzureVerifier: () => AzureVerifier });
		var report = __webpack_require__(70133);
		var deadline = __webpack_require__(94975);
		var duration = __webpack_require__(47683);
		var poll = __webpack_require__(92738);
		var provider = __webpack_require__(60163);
		var lro = __webpack_require__(16059);
		var network = __webpack_require__(55574);
		var preflight = __webpack_require__(40171);
		var azure_provider = __webpack_require__(48644);
		var run_command = __webpack_require__(21181);
		;
		function reportMarker(nonce) {
			return `worker-image-verify[${nonce}]`;
		}
		function runCommandScript(verifyScript, nonce) {
			const marker = reportMarker(nonce);
			return `#!/bin/bash
# worker-image verify through run-command (generated): runs the verify script, then prints the
# checks' output on stderr and the verify reports last on stdout, with the VM's clock at the
# script's start and end (run-command answers only at the end, keeping 4 KiB of each stream).
wi_now_ms() {
  local t="\${EPOCHREALTIME:-}"
  if [ -n "$t" ]; then t="\${t//[.,]/}"; echo $((10#$t / 1000)); else echo $(($(date +%s) * 1000)); fi
}
wi_log="$(mktemp -t worker-image-verify-log.XXXXXX)"
wi_start="$(wi_now_ms)"
(
${verifyScript.replace(/\n?$/, "\n")})> "$wi_log" 2>&1
wi_exit=$?
wi_end="$(wi_now_ms)"
grep -vF '${marker}' "$wi_log" >&2
grep -F '${marker}' "$wi_log"
echo "${marker}: clock start_ms=$wi_start end_ms=$wi_end exit=$wi_exit"
rm -f "$wi_log"
`;
		}
		function clockFromOutput(output, nonce) {
			const marker = reportMarker(nonce).replace(/[[\]]/g, "\\$&");
			const m = new RegExp(`${marker}: clock start_ms=(\\d+) end_ms=(\\d+) exit=(\\d+)`).exec(output);
			if (!m) return undefined;
			return {
				startMs: Number(m[1]),
				endMs: Number(m[2]),
				exit: Number(m[3])
			};
		}
		function readyTime(clock, sentAt, answeredAt) {
			const latest = Math.max(sentAt, answeredAt - Math.max(0, clock.endMs - clock.startMs));
			return Math.min(Math.max(clock.startMs, sentAt), latest);
		}
		var external_node_crypto_ = __webpack_require__(77598);
		var builder = __webpack_require__(10839);
		var ssh_key = __webpack_require__(67952);
		var vm_size = __webpack_require__(35421);
		;
		const VERSION_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)\/versions\/([^/]+)$/i;
		function parseVersionId(id) {
			const m = VERSION_ID.exec(id);
			if (!m) {
				throw new Error(`${JSON.stringify(id)} is not a gallery image version id ` + "(/subscriptions/S/resourceGroups/RG/providers/Microsoft.Compute/galleries/G/images/D/versions/V)");
			}
			const [, subscriptionId, resourceGroup, gallery, definition, version] = m;
			return {
				subscriptionId,
				resourceGroup,
				gallery,
				definition,
				version
			};
		}
		function verifierNames(ref, runId) {
			const hash = (0, external_node_crypto_.createHash)("sha256").update(`verify/${runId}/${ref.definition}/${ref.version}`).digest("hex").slice(0, 8);
			const group = `wi-verify-${ref.definition}-${ref.version}`.replace(/[^-\w.()]/g, "-").slice(0, 70) + `-${hash}`;
			return {
				resourceGroup: group,
				vm: `wi-verifier-${hash}`,
				vnet: `wi-vnet-${hash}`,
				subnet: "verifier",
				nic: `wi-nic-${hash}`,
				osDisk: `wi-osdisk-${hash}`
			};
		}
		function verifierVm(azure, o) {
			return {
				location: o.location,
				tags: o.tags,
				identity: (0, builder.aX)(azure),
				hardwareProfile: { vmSize: o.vmSize },
				securityProfile: (0, builder.tZ)(azure),
				storageProfile: {
					imageReference: { id: o.imageId },
					osDisk: {
						name: o.names.osDisk,
						createOption: "FromImage",
						deleteOption: "Delete",
						managedDisk: { storageAccountType: (0, vm_size.C)(o.vmSize) }
					}
				},
				osProfile: {
					computerName: o.names.vm,
					adminUsername: "wiverifier",
					linuxConfiguration: {
						disablePasswordAuthentication: true,
						ssh: { publicKeys: [{
							path: "/home/wiverifier/.ssh/authorized_keys",
							keyData: (0, ssh_key.a)()
						}] }
					}
				},
				networkProfile: { networkInterfaces: [{
					id: o.nicId,
					primary: true,
					deleteOption: "Delete"
				}] }
			};
		}
		;
		const TAIL_LINES = 50;
		function describeCheck(c, index) {
			if (!c) return `check ${index}: no report`;
			const took = (0, duration.a)(c.ms);
			if (c.timedOut) return `check ${index}: timed out (exit ${c.exit}) after ${took}`;
			return `check ${index}: ${c.exit === 0 ? "passed" : "failed"} (exit ${c.exit}) in ${took}`;
		}
		class AzureVerifier {
			azure;
			cloud = "azure";
			provider;
			constructor(azure) {
				this.azure = azure;
				this.provider = new azure_provider.AzureProvider(azure);
			}
			verifySteps(_config, request, ctx, ledger) {
				const { azure } = this;
				const target = request.target;
				const ref = parseVersionId(target.imageId);
				const names = verifierNames(ref, ctx.runId);
				const location = target.details.location ?? azure.location;
				const vmSize = request.vmType ?? azure.vmSize;
				const wctx = {
					...ctx,
					pollInterval: azure.pollInterval
				};
				const tags = {
					...request.labels,
					"worker-image-role": "verifier"
				};
				const observation = {
					vm: names.vm,
					createdAt: 0,
					progress: { checks: [] },
					logTail: []
				};
				let clients;
				let ready;
				const steps = [
					{
						name: `Create temporary resource group ${names.resourceGroup}`,
						run: async () => {
							clients = await this.provider.arm(ctx.reporter);
							if (azure.subnetId) await (0, preflight.Qi)(clients, azure.subnetId, location, ctx);
							ledger.record(this.group(names.resourceGroup));
							await clients.resources.resourceGroups.createOrUpdate(names.resourceGroup, {
								location,
								tags: {
									...tags,
									"worker-image-created": new Date().toISOString()
								}
							}, { abortSignal: ctx.signal });
						}
					},
					{
						name: `Create verifier ${names.vm} (${vmSize}) from ${target.imageName}`,
						run: async () => {
							const nicId = await (0, network.w)(clients, azure, location, names, tags, wctx);
							const body = verifierVm(azure, {
								imageId: target.imageId,
								location,
								vmSize,
								names,
								tags,
								nicId
							});
							ready = new deadline.B(`the verifier ${names.vm} to be ready (limit from its create request)`, request.readyLimitMs);
							observation.createdAt = ready.start;
							const poller = clients.compute.virtualMachines.createOrUpdate(names.resourceGroup, names.vm, body, {
								updateIntervalInMs: azure.pollInterval,
								abortSignal: ctx.signal
							});
							await (0, lro.z)(() => poller.submitted(), ready, wctx, `creating verifier ${names.vm}`);
							const state = await (0, poll.g)(async () => {
								const vm = await clients.compute.virtualMachines.get(names.resourceGroup, names.vm, {
									expand: "instanceView",
									abortSignal: ctx.signal
								});
								const power = vm.instanceView?.statuses?.find((s) => s.code?.startsWith("PowerState/"))?.code;
								if (power === "PowerState/running") observation.runningAt ??= Date.now();
								const provisioning = vm.provisioningState?.toLowerCase();
								if (provisioning === "failed") return "failed";
								return provisioning === "succeeded" && observation.runningAt ? "running" : undefined;
							}, {
								deadline: ready,
								interval: azure.pollInterval,
								signal: ctx.signal,
								progress: (elapsed) => ctx.reporter.info(`verifier ${names.vm}: starting (${elapsed})`)
							});
							if (state === "failed") {
								await (0, lro.z)(() => poller, ready, wctx, `creating verifier ${names.vm}`);
								throw new Error(`creating verifier ${names.vm} failed (provisioning state Failed)`);
							}
							ctx.reporter.info(`verifier ${names.vm} is running ${(0, duration.a)(observation.runningAt - observation.createdAt)} after its create request`);
						}
					},
					{
						name: `Run the verify script on ${names.vm} (run-command)`,
						run: async () => {
							const whole = new deadline.B(`the verify script on verifier ${names.vm} (run-command answers only when it ends: ` + `ready limit ${(0, duration.a)(request.readyLimitMs)} from the create request, then ` + `checks limit ${(0, duration.a)(request.checksLimitMs)})`, ready.remaining() + request.checksLimitMs);
							const sentAt = Date.now();
							const result = await (0, run_command.nC)((poll) => clients.compute.virtualMachines.runCommand(names.resourceGroup, names.vm, {
								commandId: "RunShellScript",
								script: runCommandScript(request.script({ guestAttributes: false }), request.nonce).split("\n")
							}, poll), whole, wctx, `run-command on ${names.vm}`);
							const answeredAt = Date.now();
							const output = (result.value ?? []).map((s) => s.message ?? "").join("\n");
							this.observe(observation, output, request, sentAt, answeredAt);
							if (observation.readyAt !== undefined) {
								ctx.reporter.info(`verifier ${names.vm} ready ${(0, duration.a)(observation.readyAt - observation.createdAt)} ` + "after its create request (the verify script's start, by the VM's clock)");
							}
							for (let i = 0; i < request.checkCount; i++) {
								const check = observation.progress.checks.find((c) => c.index === i);
								ctx.reporter.info(describeCheck(check, i));
							}
							this.judge(observation, output, request, ready);
						}
					}
				];
				return {
					steps,
					observation: () => ({
						...observation,
						progress: {
							...observation.progress,
							checks: [...observation.progress.checks]
						},
						logTail: [...observation.logTail]
					})
				};
			}
			observe(observation, output, request, sentAt, answeredAt) {
				observation.progress = (0, report.Bb)(output, request.nonce);
				observation.logTail = output.split(/\r?\n/).slice(-TAIL_LINES);
				const clock = clockFromOutput(output, request.nonce);
				if (clock && observation.progress.readyUptime !== undefined) {
					observation.readyAt = readyTime(clock, sentAt, answeredAt);
				}
			}
			judge(observation, output, request, ready) {
				const vm = observation.vm;
				const tail = (0, run_command.ci)(output, 20, "the run-command output");
				if (observation.readyAt === undefined) {
					throw new provider.y(`the verify script on verifier ${vm} never reported ready (run-command answered without ` + `its ready report)\n${tail}`);
				}
				if (observation.readyAt - observation.createdAt > request.readyLimitMs) {
					throw ready.error(`ready ${(0, duration.a)(observation.readyAt - observation.createdAt)} after the create request`);
				}
				const clock = clockFromOutput(output, request.nonce);
				const checksMs = clock.endMs - clock.startMs;
				const reported = observation.progress.checks.length;
				if (checksMs > request.checksLimitMs) {
					throw new deadline.B(`the checks on verifier ${vm}`, request.checksLimitMs).error(`they took ${(0, duration.a)(checksMs)} after ready (${reported} of ${request.checkCount} reported)\n${tail}`);
				}
				if (observation.progress.failed === undefined || reported < request.checkCount) {
					throw new provider.y(`the verify script on verifier ${vm} ended (exit ${clock.exit}) having reported ` + `${reported} of ${request.checkCount} checks\n${tail}`);
				}
			}
			async markVerification(target, verified, ctx) {
				const ref = parseVersionId(target.imageId);
				const clients = await this.provider.arm(ctx.reporter);
				const wctx = {
					...ctx,
					pollInterval: this.azure.pollInterval
				};
				const current = await clients.compute.galleryImageVersions.get(ref.resourceGroup, ref.gallery, ref.definition, ref.version, { abortSignal: ctx.signal });
				const update = {
					tags: {
						...current.tags,
						"worker-image-verified": String(verified)
					},
					...verified ? {} : { publishingProfile: { excludeFromLatest: true } }
				};
				await (0, lro.z)((poll) => clients.compute.galleryImageVersions.update(ref.resourceGroup, ref.gallery, ref.definition, ref.version, update, poll), new deadline.B(`marking ${ref.definition} ${ref.version} as ${verified ? "" : "not "}verified`, this.azure.timeouts.operation), wctx);
				ctx.reporter.info(verified ? `tagged ${ref.definition} ${ref.version} worker-image-verified=true` : `tagged ${ref.definition} ${ref.version} worker-image-verified=false and excluded it from latest`);
			}
			deleteResource = (r, opts) => this.provider.deleteResource(r, opts);
			group(name) {
				return {
					cloud: "azure",
					kind: "resourceGroup",
					id: `/subscriptions/${this.azure.subscriptionId}/resourceGroups/${name}`,
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
