export const id = 2063;
export const ids = [2063];
export const modules = {
	11493: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			W: () => bake,
			b: () => cleanupRecorded
		});
		var packer = __webpack_require__(8509);
		var load = __webpack_require__(50090);
		var runner = __webpack_require__(51551);
		var render = __webpack_require__(73385);
		var external_node_crypto_ = __webpack_require__(77598);
		;
		function planLines(plan, script) {
			const digest = (0, external_node_crypto_.createHash)("sha256").update(script).digest("hex").slice(0, 12);
			return [
				`cloud:         ${plan.cloud} (${plan.location})`,
				`image:         ${plan.imageName} (version ${plan.version})`,
				`source image:  ${plan.sourceImage}`,
				`template:      ${plan.template} \u2192 ${script.split("\n").length} lines, sha256 ${digest}\u2026`,
				"creates:",
				...plan.resources.map((r) => `  ${r.kind} ${r.name}${r.role === "builder" ? " (temporary)" : ""}`),
				`labels:        ${Object.entries(plan.labels).map(([k, v]) => `${k}=${v}`).join(", ")}`
			];
		}
		;
		async function bake(config, ctx, opts) {
			const cloudConfig = config[opts.cloud];
			if (!cloudConfig) throw new Error(`the config has no ${opts.cloud}: block`);
			const script = opts.script ?? await (0, render.dg)(cloudConfig.template.path, cloudConfig.template.variables, {
				signal: ctx.signal,
				timeoutMs: config.templateTimeout
			});
			const provider = await (0, load.Cg)(opts.cloud, config);
			const plan = await ctx.reporter.group(`Plan ${opts.cloud} image`, async () => {
				const p = await provider.plan(config, ctx);
				for (const line of planLines(p, script)) ctx.reporter.info(line);
				return p;
			});
			if (opts.dryRun) return { plan };
			const { steps, result } = provider.bakeSteps(config, plan, script, ctx, opts.ledger);
			const timings = await (0, runner.r)(steps, {
				reporter: ctx.reporter,
				ledger: opts.ledger,
				deleteResource: (r, o) => provider.deleteResource(r, o),
				signal: ctx.signal
			});
			const baked = {
				...result(),
				timings
			};
			const build = (0, packer.wb)(baked, {
				uuid: ctx.uuid,
				buildTime: Math.floor(Date.now() / 1e3),
				runId: ctx.runId,
				...ctx.commit ? { commit: ctx.commit } : {},
				...ctx.runUrl ? { runUrl: ctx.runUrl } : {}
			});
			if (opts.writeManifest === false) return {
				plan,
				result: baked,
				build
			};
			await (0, packer.HN)(config.manifestPath, [build], ctx.uuid);
			return {
				plan,
				result: baked,
				build,
				manifestPath: config.manifestPath
			};
		}
		async function cleanupRecorded(config, reporter, ledger) {
			const providers = new Map();
			const deleteResource = async (r, o) => {
				const key = `${r.cloud}/${r.role === "verifier" ? "verify" : "bake"}`;
				if (!providers.has(key)) {
					providers.set(key, r.role === "verifier" ? (0, load.vB)(r.cloud, config) : (0, load.Cg)(r.cloud, config));
				}
				return (await providers.get(key)).deleteResource(r, o);
			};
			await (0, runner.t)({
				reporter,
				ledger,
				deleteResource
			}, false);
		}
	}),
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
	72063: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { bakeCommand: () => bakeCommand });
		var _bake_bake_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11493);
		var _bake_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(972);
		var _config_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9353);
		var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50649);
		var _log_config_problems_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(17825);
		var _log_reporter_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9046);
		var _pipeline_selection_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(30742);
		var _steps_resources_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(52444);
		var _steps_signals_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19508);
		var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37235);
		var _root_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33910);
		async function bakeCommand(args) {
			const values = (0, _args_js__WEBPACK_IMPORTED_MODULE_5__.b)(args, {
				config: {
					type: "string",
					short: "c"
				},
				cloud: {
					type: "string",
					default: "gcp"
				},
				namespace: { type: "string" },
				version: { type: "string" },
				"dry-run": {
					type: "boolean",
					default: false
				},
				repo: { type: "string" }
			});
			if (!values.config) throw new Error("--config FILE is required (a worker-image.yml)");
			const cloud = values.cloud;
			if (!_pipeline_selection_js__WEBPACK_IMPORTED_MODULE_7__.Z5.includes(cloud)) {
				throw new Error(`--cloud ${values.cloud}: use ${_pipeline_selection_js__WEBPACK_IMPORTED_MODULE_7__.Z5.join(", ")}`);
			}
			const reporter = new _log_reporter_js__WEBPACK_IMPORTED_MODULE_4__.l();
			const controller = new AbortController();
			const stop = (0, _steps_signals_js__WEBPACK_IMPORTED_MODULE_8__.P)(controller, reporter);
			try {
				const config = await (0, _config_load_js__WEBPACK_IMPORTED_MODULE_3__.Z9)({
					path: values.config,
					overrides: { image: {
						namespace: values.namespace,
						version: values.version
					} },
					overrideNames: {
						"image.namespace": "--namespace",
						"image.version": "--version"
					},
					cwd: process.cwd(),
					root: (0, _root_js__WEBPACK_IMPORTED_MODULE_6__.V)(values),
					clouds: [cloud]
				});
				const ctx = (0, _bake_context_js__WEBPACK_IMPORTED_MODULE_1__.p)(process.env, reporter, controller.signal);
				const outcome = await (0, _bake_bake_js__WEBPACK_IMPORTED_MODULE_0__.W)(config, ctx, {
					cloud,
					ledger: new _steps_resources_js__WEBPACK_IMPORTED_MODULE_9__.K(),
					dryRun: values["dry-run"]
				});
				if (outcome.result) {
					reporter.info(`image: ${outcome.result.imageName}`);
					reporter.info(`image id: ${outcome.result.imageId}`);
					reporter.info(`manifest: ${outcome.manifestPath}`);
				}
				return 0;
			} catch (err) {
				if (err instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_2__.x) {
					(0, _log_config_problems_js__WEBPACK_IMPORTED_MODULE_10__.N)(err, reporter);
					return 1;
				}
				throw err;
			} finally {
				stop();
			}
		}
	}),
	33910: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { V: () => cliRoot });
		var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
		var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
		function cliRoot(opts) {
			const cwd = process.cwd();
			if (opts.repo !== undefined) return {
				dir: (0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, opts.repo),
				name: "the repository (--repo)"
			};
			if (opts.config === undefined) {
				return {
					dir: cwd,
					name: "the working directory (pass --repo DIR for another)"
				};
			}
			const folder = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, opts.config));
			for (let dir = folder;; dir = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
				if ((0, node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ".git"))) {
					return {
						dir,
						name: "the repository holding the config (pass --repo DIR for another)"
					};
				}
				if ((0, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir) break;
			}
			return {
				dir: folder,
				name: "the config's folder (pass --repo DIR for another)"
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
	30742: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Su: () => versionOverrides,
			Z5: () => ALL_CLOUDS,
			fm: () => configuredClouds,
			nb: () => parseCloudList,
			rc: () => selectClouds,
			vJ: () => versionOverlay
		});
		const ALL_CLOUDS = [
			"gcp",
			"azure",
			"aws"
		];
		function configuredClouds(config) {
			return ALL_CLOUDS.filter((c) => config[c] !== undefined);
		}
		function parseCloudList(text, configured) {
			const words = (text ?? "").split(/[\s,]+/).map((w) => w.trim().toLowerCase()).filter(Boolean);
			if (words.length === 0 || words.length === 1 && words[0] === "all") {
				return {
					clouds: [...configured],
					problems: []
				};
			}
			const problems = [];
			const chosen = [];
			for (const w of words) {
				if (!ALL_CLOUDS.includes(w)) {
					problems.push(`"${w}" is not a cloud; use a list of gcp, azure, aws, or all`);
				} else if (!configured.includes(w)) {
					problems.push(`${w} was selected but the config has no ${w}: block ` + `(configured: ${configured.join(", ") || "none"})`);
				} else if (chosen.includes(w)) {
					problems.push(`${w} is listed twice; name each cloud once`);
				} else {
					chosen.push(w);
				}
			}
			return {
				clouds: ALL_CLOUDS.filter((c) => chosen.includes(c)),
				problems
			};
		}
		function selectClouds(text, config) {
			const { clouds, problems } = parseCloudList(text, configuredClouds(config));
			if (problems[0] !== undefined) throw new Error(`clouds: ${problems[0]}`);
			if (clouds.length === 0) {
				throw new Error("clouds: the config has no gcp:, azure: or aws: block; add one to bake");
			}
			return clouds;
		}
		function versionOverrides(text, clouds) {
			const value = (text ?? "").trim();
			if (!value) return {};
			if (!value.includes("=")) {
				const out = {};
				for (const c of clouds) if (c !== "azure" || value === "auto") out[c] = value;
				return out;
			}
			const out = {};
			for (const part of value.split(/[\s,]+/).filter(Boolean)) {
				const [cloud, v, ...rest] = part.split("=");
				if (!cloud || !v || rest.length > 0 || !ALL_CLOUDS.includes(cloud)) {
					throw new Error(`version: "${part}" is not cloud=VERSION; write e.g. gcp=25,azure=0.0.15,aws=25 or one value`);
				}
				if (out[cloud] !== undefined) {
					throw new Error(`version: ${cloud} is given twice (${out[cloud]} and ${v}); give each cloud one version`);
				}
				out[cloud] = v;
			}
			return out;
		}
		function versionOverlay(versions) {
			const overlay = {};
			const shared = versions.gcp ?? versions.aws;
			if (versions.gcp && versions.aws && versions.gcp !== versions.aws) {
				throw new Error(`version: gcp=${versions.gcp} and aws=${versions.aws} differ, but both come from image.version; run them separately`);
			}
			if (shared) overlay.image = { version: shared };
			if (versions.azure) overlay.azure = { version: versions.azure };
			return overlay;
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
	})
};
