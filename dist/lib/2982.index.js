export const id = 2982;
export const ids = [2982];
export const modules = {
	41898: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { r: () => bakeCloud });
		var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98772);
		const CLOUDS = [
			"gcp",
			"azure",
			"aws"
		];
		function bakeCloud(inputs) {
			const cloud = inputs.text(_constants_js__WEBPACK_IMPORTED_MODULE_0__.G0.Cloud);
			if (CLOUDS.includes(cloud)) return cloud;
			throw new Error(`input ${_constants_js__WEBPACK_IMPORTED_MODULE_0__.G0.Cloud}: "${cloud}" is not a cloud; use gcp, azure or aws`);
		}
	}),
	52982: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { main: () => main });
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43025);
		var _bake_bake_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11493);
		var _bake_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(972);
		var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50649);
		var _log_actions_reporter_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72173);
		var _steps_resources_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(52444);
		var _steps_signals_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(19508);
		var _constants_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98772);
		var _failure_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6955);
		var _runner_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(53913);
		var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(20584);
		var _summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(98901);
		var _workspace_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(77716);
		var _cloud_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(41898);
		async function main() {
			const reporter = new _log_actions_reporter_js__WEBPACK_IMPORTED_MODULE_4__.X();
			const controller = new AbortController();
			const stop = (0, _steps_signals_js__WEBPACK_IMPORTED_MODULE_11__.P)(controller, reporter);
			const inputs = new _inputs_js__WEBPACK_IMPORTED_MODULE_8__.W1("bake-image");
			try {
				(0, _runner_files_js__WEBPACK_IMPORTED_MODULE_7__.u)();
				const cloud = (0, _cloud_js__WEBPACK_IMPORTED_MODULE_10__.r)(inputs);
				if (!inputs.optional(_constants_js__WEBPACK_IMPORTED_MODULE_5__.G0.Config) && !inputs.optional(_constants_js__WEBPACK_IMPORTED_MODULE_5__.G0.ImageName)) {
					throw new Error(`input ${_constants_js__WEBPACK_IMPORTED_MODULE_5__.G0.Config}: empty, and no ${_constants_js__WEBPACK_IMPORTED_MODULE_5__.G0.ImageName} input: give ${_constants_js__WEBPACK_IMPORTED_MODULE_5__.G0.Config} ` + `(the path of a worker-image.yml), or configure the bake by ${_constants_js__WEBPACK_IMPORTED_MODULE_5__.G0.ImageName} and the other inputs`);
				}
				const root = (0, _workspace_js__WEBPACK_IMPORTED_MODULE_12__.G)();
				const config = await (0, _config_load_js__WEBPACK_IMPORTED_MODULE_3__.Z9)({
					path: inputs.optional(_constants_js__WEBPACK_IMPORTED_MODULE_5__.G0.Config),
					overrides: (0, _inputs_js__WEBPACK_IMPORTED_MODULE_8__.p$)(cloud),
					overrideNames: (0, _inputs_js__WEBPACK_IMPORTED_MODULE_8__.vj)(cloud),
					cwd: root.dir,
					root,
					clouds: [cloud]
				});
				const dryRun = inputs.boolean(_constants_js__WEBPACK_IMPORTED_MODULE_5__.G0.DryRun);
				const ledger = new _steps_resources_js__WEBPACK_IMPORTED_MODULE_13__.K((0, _runner_files_js__WEBPACK_IMPORTED_MODULE_7__.i)());
				const ctx = (0, _bake_context_js__WEBPACK_IMPORTED_MODULE_2__.p)(process.env, reporter, controller.signal);
				const outcome = await (0, _bake_bake_js__WEBPACK_IMPORTED_MODULE_1__.W)(config, ctx, {
					cloud,
					ledger,
					dryRun
				});
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_5__.tY.ImageName, outcome.plan.imageName);
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_5__.tY.Version, outcome.plan.version);
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_5__.tY.SourceImage, outcome.result?.sourceImage ?? outcome.plan.sourceImage);
				if (outcome.result) _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_5__.tY.ImageId, outcome.result.imageId);
				if (outcome.manifestPath) _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_5__.tY.ManifestPath, outcome.manifestPath);
				await (0, _summary_js__WEBPACK_IMPORTED_MODULE_9__.R7)(outcome, dryRun);
			} catch (err) {
				const message = (0, _failure_js__WEBPACK_IMPORTED_MODULE_6__.x)(err, reporter);
				await (0, _summary_js__WEBPACK_IMPORTED_MODULE_9__.KJ)(message);
			} finally {
				stop();
			}
		}
	}),
	6955: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { x: () => reportFailure });
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43025);
		var _config_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9353);
		var _log_config_problems_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17825);
		var _references_problem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8099);
		var _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52049);
		function reportFailure(err, reporter) {
			const message = err instanceof Error ? err.message : String(err);
			if (err instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_1__.x) (0, _log_config_problems_js__WEBPACK_IMPORTED_MODULE_4__.N)(err, reporter);
			if (err instanceof _references_problem_js__WEBPACK_IMPORTED_MODULE_2__.V) {
				for (const p of err.problems) {
					reporter.error((0, _references_problem_js__WEBPACK_IMPORTED_MODULE_2__.m)(p), {
						file: p.file,
						...p.line ? { line: p.line } : {}
					});
				}
			}
			_actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed((0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.gB)(message));
			return message;
		}
	}),
	16939: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			q: () => html,
			z: () => summary
		});
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43025);
		function html(text) {
			return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
		}
		const ENTITIES = {
			"&": "&amp;",
			"<": "&lt;",
			">": "&gt;",
			"\"": "&quot;",
			"'": "&#39;"
		};
		const summary = {
			heading(text, level = 3) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addHeading(html(text), level);
			},
			table(rows) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addTable(rows.map((row) => row.map((cell) => typeof cell === "string" ? html(cell) : {
					data: html(cell.data),
					header: cell.header
				})));
			},
			rows(rows) {
				const [head = [], ...body] = rows;
				summary.table([head.map((data) => ({
					data,
					header: true
				})), ...body]);
			},
			codeBlock(text, lang) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addCodeBlock(html(text), lang);
			},
			list(items) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addList(items.map(html));
			},
			link(text, href) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addLink(html(text), html(href));
			},
			line(text, code) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(`${html(text)}${code === undefined ? "" : `<code>${html(code)}</code>`}`, true);
			},
			markup(text) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(text, true);
			}
		};
	}),
	53913: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			i: () => resourcesStateSaver,
			u: () => checkRunnerFiles
		});
		var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
		var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43025);
		var _config_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93593);
		var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98772);
		const FILES = {
			GITHUB_OUTPUT: "outputs",
			GITHUB_STATE: "saved state"
		};
		let warnedUnset = false;
		function checkRunnerFiles(env = process.env) {
			const unset = [];
			for (const [variable, what] of Object.entries(FILES)) {
				const path = env[variable];
				if (!path) {
					unset.push(variable);
					continue;
				}
				const problem = appendProblem(path);
				if (problem) {
					throw new Error(`${variable}: ${problem}; the runner sets it to a file each step appends its ${what} to: ` + "point it at such a file, or unset it");
				}
			}
			if (unset.length > 0 && !warnedUnset) {
				warnedUnset = true;
				_actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(`${unset.join(" and ")} ${unset.length > 1 ? "are" : "is"} not set: outputs and state go out as deprecated workflow commands (::set-output, ::save-state) instead`);
			}
		}
		function appendProblem(path) {
			const text = (0, _config_text_js__WEBPACK_IMPORTED_MODULE_2__.ZJ)(path);
			if (text) return text;
			let stats;
			try {
				stats = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
			} catch (err) {
				const code = err.code;
				return code === "ENOENT" || code === "ENOTDIR" ? `${(0, _config_text_js__WEBPACK_IMPORTED_MODULE_2__.TL)(path)} does not exist` : `${(0, _config_text_js__WEBPACK_IMPORTED_MODULE_2__.TL)(path)} cannot be read (${code ?? "error"})`;
			}
			if (!stats.isFile() && !stats.isCharacterDevice()) return `${(0, _config_text_js__WEBPACK_IMPORTED_MODULE_2__.TL)(path)} is not a file`;
			try {
				(0, node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
			} catch {
				return `${(0, _config_text_js__WEBPACK_IMPORTED_MODULE_2__.TL)(path)} cannot be appended to (no write permission)`;
			}
			return undefined;
		}
		function resourcesStateSaver() {
			let warned = false;
			return (items) => {
				try {
					_actions_core__WEBPACK_IMPORTED_MODULE_1__.saveState(_constants_js__WEBPACK_IMPORTED_MODULE_3__.Uw.Resources, JSON.stringify(items));
				} catch (err) {
					if (warned) return;
					warned = true;
					_actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(`GITHUB_STATE: the list of created resources could not be saved (${err.message}); ` + "a post step would not know what to clean up if this step were killed");
				}
			};
		}
	}),
	98901: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			KJ: () => writeFailureSummary,
			Pu: () => flushSummary,
			R7: () => writeBakeSummary
		});
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43025);
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47683);
		var _job_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16939);
		async function flushSummary() {
			try {
				if (!process.env.GITHUB_STEP_SUMMARY) {
					_actions_core__WEBPACK_IMPORTED_MODULE_0__.warning("GITHUB_STEP_SUMMARY is not set: no job summary written");
					return;
				}
				await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.write();
			} catch (err) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`job summary not written: ${err.message}`);
			} finally {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.emptyBuffer();
			}
		}
		async function writeBakeSummary(outcome, dryRun) {
			const { plan, result } = outcome;
			_job_summary_js__WEBPACK_IMPORTED_MODULE_1__.z.heading(dryRun ? "worker-image: bake plan (dry run)" : "worker-image: image baked");
			_job_summary_js__WEBPACK_IMPORTED_MODULE_1__.z.table([[
				{
					data: "Cloud",
					header: true
				},
				{
					data: "Image",
					header: true
				},
				{
					data: "Version",
					header: true
				},
				{
					data: "Source image",
					header: true
				},
				{
					data: "Where",
					header: true
				}
			], [
				plan.cloud,
				plan.imageName,
				plan.version,
				plan.sourceImage,
				plan.location
			]]);
			if (result) {
				_job_summary_js__WEBPACK_IMPORTED_MODULE_1__.z.table([[{
					data: "Step",
					header: true
				}, {
					data: "Time",
					header: true
				}], ...result.timings.map((t) => [t.name, (0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_2__.a)(t.ms)])]);
				if (result.imageId) _job_summary_js__WEBPACK_IMPORTED_MODULE_1__.z.line("Image id: ", result.imageId);
			} else {
				_job_summary_js__WEBPACK_IMPORTED_MODULE_1__.z.list(plan.resources.map((r) => `would create ${r.kind} ${r.name}`));
			}
			await flushSummary();
		}
		async function writeFailureSummary(message) {
			_job_summary_js__WEBPACK_IMPORTED_MODULE_1__.z.heading("worker-image: bake failed");
			_job_summary_js__WEBPACK_IMPORTED_MODULE_1__.z.codeBlock(message.slice(0, 6e4));
			await flushSummary();
		}
	}),
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
	17825: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { N: () => reportConfigProblems });
		function reportConfigProblems(err, reporter) {
			for (const p of err.problems) {
				reporter.error(p.field ? `${p.field}: ${p.message}` : p.message, err.source ? {
					file: err.source,
					line: p.line
				} : undefined);
			}
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
	8099: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			V: () => ReferenceProblemError,
			m: () => formatProblem
		});
		var _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52049);
		class ReferenceProblemError extends Error {
			name = "ReferenceProblemError";
			problems;
			constructor(problems) {
				super(problems.map(formatProblem).join("\n"));
				this.problems = problems;
			}
		}
		function formatProblem(p) {
			const file = (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.SP)(p.file);
			const where = p.line === undefined ? file : `${file}:${p.line}`;
			return `${where}: rule ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.SP)(p.rule)}: ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.RK)(p.message)} (pattern: ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.SP)(p.pattern)})`;
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
