export const id = 1670;
export const ids = [1670];
export const modules = {
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
	31670: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, {
			MIN_OLDER_THAN_MS: () => MIN_OLDER_THAN_MS,
			main: () => main
		});
		var core = __webpack_require__(43025);
		var context = __webpack_require__(972);
		var actions_reporter = __webpack_require__(72173);
		var pipeline_ledgers = __webpack_require__(62358);
		var pipeline_plan = __webpack_require__(49261);
		var run = __webpack_require__(48267);
		var pipeline_config = __webpack_require__(34364);
		var verify_choice = __webpack_require__(53559);
		var signals = __webpack_require__(19508);
		var failure = __webpack_require__(6955);
		var runner_files = __webpack_require__(53913);
		var actions_inputs = __webpack_require__(20584);
		var defaults = __webpack_require__(86391);
		var errors = __webpack_require__(9353);
		var duration = __webpack_require__(35982);
		var config_text = __webpack_require__(93593);
		var workspace = __webpack_require__(77716);
		var names = __webpack_require__(44388);
		var load = __webpack_require__(50649);
		var gc_report = __webpack_require__(98408);
		var gc_run = __webpack_require__(31772);
		var labels = __webpack_require__(42095);
		var summary = __webpack_require__(98901);
		var job_summary = __webpack_require__(16939);
		;
		async function collectLeaks(configPath, root, inputs, reporter) {
			const config = await (0, load.Z9)({
				path: configPath,
				cwd: root.dir,
				root
			});
			const { report, opts } = await reporter.group("Collect leaked resources", () => (0, gc_run.O)(config, {
				"older-than": inputs.optional(names.I.OlderThan),
				clouds: inputs.text(names.I.Clouds),
				"dry-run": inputs.boolean(names.I.DryRun)
			}, reporter, (0, labels.Vz)(process.env)));
			const text = (0, gc_report.C)(report, opts);
			reporter.info(text.trimEnd());
			core.setOutput(names.L.Leaks, JSON.stringify(report.rows.map((r) => ({
				cloud: r.leak.cloud,
				kind: r.leak.kind,
				name: r.leak.name,
				action: r.action
			}))));
			job_summary.z.heading(`worker-image: gc${opts.dryRun ? " (dry run)" : ""}`);
			job_summary.z.codeBlock(text);
			await (0, summary.Pu)();
			if (report.failed > 0) {
				throw new Error(`gc: ${report.failed} resource(s) could not be deleted; see the table above`);
			}
		}
		var selection = __webpack_require__(30742);
		var options = __webpack_require__(82832);
		var prune = __webpack_require__(50581);
		var prune_report = __webpack_require__(80538);
		;
		async function pruneImages(configPath, root, inputs, reporter, signal) {
			const config = await (0, load.Z9)({
				path: configPath,
				cwd: root.dir,
				root,
				clouds: []
			});
			const opts = (0, options.T)({
				clouds: inputs.text(names.I.Clouds),
				"dry-run": inputs.boolean(names.I.DryRun)
			}, (0, selection.fm)(config), root.dir);
			const report = await (0, prune.u)(config, opts, (0, context.p)(process.env, reporter, signal));
			const text = (0, prune_report.W)(report, opts.now);
			reporter.info(text.trimEnd());
			core.setOutput(names.L.Pruned, JSON.stringify((0, prune_report.D)(report).images));
			job_summary.z.heading(`worker-image: prune${opts.dryRun ? " (dry run)" : ""}`);
			job_summary.z.codeBlock(text);
			await (0, summary.Pu)();
			if (report.failed > 0) {
				throw new Error(`prune: ${report.failed} image(s) or cloud(s) failed; see the table above`);
			}
		}
		var result = __webpack_require__(9250);
		var wait_duration = __webpack_require__(47683);
		;
		function label(text) {
			return text.replace(/[:;#]/g, " ");
		}
		function ganttChart(clouds) {
			const all = clouds.flatMap((c) => c.steps);
			if (all.length === 0) return "";
			const lines = [
				"```mermaid",
				"gantt",
				"  title Where the time of the run went",
				"  dateFormat x",
				"  axisFormat %H:%M:%S"
			];
			for (const { cloud, steps } of clouds) {
				if (steps.length === 0) continue;
				lines.push(`  section ${label(cloud)}`);
				steps.forEach((s, i) => {
					const end = Math.max(s.end, s.start + 1);
					const name = `${s.step} ${(0, wait_duration.a)(s.end - s.start)}${s.ok ? "" : " (failed)"}`;
					const tag = s.ok ? "done" : "crit";
					lines.push(`  ${label(name)} :${tag}, ${label(cloud)}-${i}, ${s.start}, ${end}`);
				});
			}
			lines.push("```");
			return lines.join("\n");
		}
		;
		async function writePipelineSummary(outcome) {
			const failed = outcome.clouds.some((c) => c.error);
			job_summary.z.heading(failed ? "worker-image: pipeline failed" : "worker-image: images baked");
			job_summary.z.table([[
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
					data: "Image id",
					header: true
				},
				{
					data: "Time",
					header: true
				},
				{
					data: "Outcome",
					header: true
				}
			], ...outcome.clouds.map((c) => [
				c.cloud,
				c.result?.imageName ?? c.plan?.imageName ?? "",
				c.result?.version ?? c.plan?.version ?? "",
				c.result?.imageId ?? "",
				(0, wait_duration.a)(c.ms),
				c.error ? `failed: ${firstLine(c.error.message)}` : c.verify ? c.verify.verified ? "baked, verified" : "baked, not verified (on-failure: warn)" : "baked"
			])]);
			for (const c of outcome.clouds) {
				if (!c.verify) continue;
				const verdict = c.verify.verified ? "verified" : "not verified";
				job_summary.z.markup(`<b>${(0, job_summary.q)(c.cloud)}</b>: ${(0, job_summary.q)(`${c.verify.imageName} ${verdict}`)}`);
				job_summary.z.rows((0, result.QW)(c.verify));
			}
			job_summary.z.line(`Wall time ${(0, wait_duration.a)(outcome.ms)}${outcome.manifestPath ? "; manifest " : ""}`, outcome.manifestPath);
			const chart = ganttChart(outcome.clouds);
			if (chart) job_summary.z.markup(chart);
			await (0, summary.Pu)();
		}
		async function writePlanSummary(plan) {
			job_summary.z.heading("worker-image: plan (dry run, nothing created)");
			job_summary.z.codeBlock((0, pipeline_plan.Pt)(plan).join("\n"));
			await (0, summary.Pu)();
		}
		function firstLine(text) {
			const line = text.split("\n")[0] ?? "";
			return line.length > 200 ? `${line.slice(0, 200)}\u2026` : line;
		}
		;
		async function main() {
			const reporter = new actions_reporter.X();
			const controller = new AbortController();
			const stop = (0, signals.P)(controller, reporter);
			const inputs = new actions_inputs.W1(".");
			try {
				(0, runner_files.u)();
				const root = (0, workspace.G)();
				const configPath = inputs.text(names.I.Config);
				const mode = inputs.text(names.I.Mode);
				checkOlderThan(inputs, mode, reporter);
				if (mode === "gc") {
					await collectLeaks(configPath, root, inputs, reporter);
					return;
				}
				if (mode === "prune") {
					await pruneImages(configPath, root, inputs, reporter, controller.signal);
					return;
				}
				if (mode !== "bake") {
					throw new Error(`input ${names.I.Mode}: "${mode}" is not a mode; use bake (default), gc or prune`);
				}
				const { config, clouds } = await (0, pipeline_config.z)({
					path: configPath,
					cwd: root.dir,
					root,
					clouds: inputs.text(names.I.Clouds),
					namespace: inputs.text(names.I.Namespace),
					version: inputs.text(names.I.Version),
					names: {
						namespace: `input ${names.I.Namespace}`,
						version: `input ${names.I.Version}`
					}
				});
				const dryRun = inputs.boolean(names.I.DryRun);
				const verify = (0, verify_choice.n)(inputs.text(names.I.Verify), config, clouds, `input ${names.I.Verify}`);
				const ledgers = new pipeline_ledgers.W((0, runner_files.i)());
				const ctx = (0, context.p)(process.env, reporter, controller.signal);
				reporter.info(`worker-image: ${dryRun ? "planning" : "baking"} ${clouds.join(", ")}`);
				let outcome;
				try {
					outcome = await (0, run.aI)(config, ctx, {
						clouds,
						ledgers,
						dryRun,
						verify
					});
				} catch (err) {
					if (err instanceof run.zC) {
						setOutputs(err.outcome);
						await writePipelineSummary(err.outcome);
					}
					throw err;
				}
				if (dryRun) {
					const plan = (0, pipeline_plan.UX)(config, clouds, (0, pipeline_plan.hh)(outcome));
					for (const line of (0, pipeline_plan.Pt)(plan)) reporter.info(line);
					core.setOutput(names.L.Plan, JSON.stringify(plan));
					await writePlanSummary(plan);
					return;
				}
				setOutputs(outcome);
				await writePipelineSummary(outcome);
			} catch (err) {
				(0, failure.x)(err, reporter);
			} finally {
				stop();
			}
		}
		const MIN_OLDER_THAN_MS = 36e5;
		function checkOlderThan(inputs, mode, reporter) {
			const value = inputs.text(names.I.OlderThan);
			if (mode !== "gc") {
				if (value && value !== defaults.O["."][names.I.OlderThan]) {
					reporter.warning(`input ${names.I.OlderThan}: only applies to mode gc; ignored in mode ${mode} (got ${(0, config_text.TL)(value)})`);
				}
				return;
			}
			if (!value) return;
			let ms;
			try {
				ms = (0, duration.E)(value, `input ${names.I.OlderThan}`);
			} catch (err) {
				if (!(err instanceof errors.x)) throw err;
				throw new Error(`input ${names.I.OlderThan}: ${err.problems[0].message}`);
			}
			if (ms < MIN_OLDER_THAN_MS) {
				throw new Error(`input ${names.I.OlderThan}: at least 1h (got ${(0, config_text.TL)(value)}): younger resources may belong to a live run`);
			}
		}
		function setOutputs(outcome) {
			const images = {};
			for (const c of outcome.clouds) {
				if (!c.result) continue;
				images[c.cloud] = {
					name: c.result.imageName,
					id: c.result.imageId,
					version: c.result.version,
					artifact: c.result.artifactId
				};
			}
			core.setOutput(names.L.Images, JSON.stringify(images));
			const verified = {};
			for (const c of outcome.clouds) {
				if (!c.verify) continue;
				verified[c.cloud] = {
					verified: c.verify.verified,
					...c.verify.timeToReadyS !== undefined ? { "time-to-ready": c.verify.timeToReadyS } : {},
					checks: c.verify.checks.map(({ name, status, seconds }) => ({
						name,
						status,
						seconds
					}))
				};
			}
			core.setOutput(names.L.Verified, JSON.stringify(verified));
			if (outcome.manifestPath) core.setOutput(names.L.ManifestPath, outcome.manifestPath);
		}
	}),
	44388: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			I: () => PipelineInputs,
			L: () => PipelineOutputs
		});
		const PipelineInputs = {
			Config: "config",
			Clouds: "clouds",
			Namespace: "namespace",
			Version: "version",
			DryRun: "dry-run",
			Mode: "mode",
			OlderThan: "older-than",
			Verify: "verify"
		};
		const PipelineOutputs = {
			Images: "images",
			ManifestPath: "manifest-path",
			Plan: "plan",
			Leaks: "leaks",
			Pruned: "pruned",
			Verified: "verified"
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
	98408: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { C: () => formatReport });
		var _log_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42200);
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47683);
		function formatAge(ms) {
			return (0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(ms < 36e5 ? ms : Math.floor(ms / 6e4) * 6e4);
		}
		const HEADERS = [
			"CLOUD",
			"KIND",
			"NAME",
			"RUN",
			"AGE",
			"ACTION"
		];
		function formatReport(report, opts) {
			const scope = `on ${opts.clouds.join(", ")}, older than ${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(opts.olderThan)}`;
			if (report.rows.length === 0) return `no resources left by worker-image runs ${scope}\n`;
			const rows = report.rows.map((r) => [
				r.leak.cloud,
				r.leak.kind,
				r.leak.where ? `${r.leak.name} (${r.leak.where})` : r.leak.name,
				r.leak.runId,
				r.age === undefined ? "?" : formatAge(r.age),
				r.action
			]);
			const verb = opts.dryRun ? "would delete" : "deleted";
			const deleted = report.due.length - report.failed;
			const summary = `${report.rows.length} found ${scope}: ${verb} ${opts.dryRun ? report.due.length : deleted}` + (report.failed ? `, ${report.failed} failed` : "") + `, kept ${report.rows.length - report.due.length}` + (opts.dryRun ? " (dry run: nothing was deleted)" : "");
			return [...(0, _log_table_js__WEBPACK_IMPORTED_MODULE_1__.e)(HEADERS, rows), summary].join("\n") + "\n";
		}
	}),
	31772: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { O: () => runGc });
		var duration = __webpack_require__(47683);
		;
		function decide(leak, opts) {
			const age = leak.createdAt ? opts.now.getTime() - leak.createdAt.getTime() : undefined;
			if (opts.excludeRuns.includes(leak.runId)) return {
				age,
				action: "kept: run excluded"
			};
			if (age === undefined) return { action: "kept: age unknown" };
			if (age < opts.olderThan) return {
				age,
				action: "kept: younger than --older-than"
			};
			return {
				age,
				action: opts.dryRun ? "would delete" : "deleted"
			};
		}
		async function collectGarbage(providers, opts, reporter) {
			const found = [];
			for (const p of providers) {
				found.push(await reporter.group(`Find ${p.cloud} resources left by worker-image runs`, () => p.findLeaks(reporter)));
			}
			const rows = found.flat().map((leak) => ({
				leak,
				...decide(leak, opts)
			}));
			const due = rows.filter((r) => r.action === "deleted" || r.action === "would delete");
			if (!opts.dryRun && due.length > 0) {
				const byCloud = new Map(providers.map((p) => [p.cloud, p]));
				await reporter.group(`Delete ${due.length} leaked resources`, () => Promise.all(due.map(async (row) => {
					const start = Date.now();
					try {
						await byCloud.get(row.leak.cloud).deleteLeak(row.leak, reporter);
						reporter.info(`deleted ${describeLeak(row.leak)} (${(0, duration.a)(Date.now() - start)})`);
					} catch (err) {
						row.action = `failed: ${err.message.split("\n")[0]}`;
						reporter.warning(`could not delete ${describeLeak(row.leak)}: ${err.message}`);
					}
				})));
			}
			return {
				rows,
				due: due.map((r) => r.leak),
				failed: rows.filter((r) => r.action.startsWith("failed")).length
			};
		}
		function describeLeak(leak) {
			return `${leak.cloud} ${leak.kind} ${leak.name} (run ${leak.runId})`;
		}
		;
		async function loadGcProvider(cloud, config) {
			switch (cloud) {
				case "gcp": {
					if (!config.gcp) throw new Error("no gcp: block in the config");
					const { GcpGc } = await Promise.all([
						__webpack_require__.e(6192),
						__webpack_require__.e(6719),
						__webpack_require__.e(2807)
					]).then(__webpack_require__.bind(__webpack_require__, 22807));
					return new GcpGc(config.gcp);
				}
				case "azure": {
					if (!config.azure) throw new Error("no azure: block in the config");
					const { AzureGc } = await Promise.all([
						__webpack_require__.e(6915),
						__webpack_require__.e(9685),
						__webpack_require__.e(8644),
						__webpack_require__.e(4948)
					]).then(__webpack_require__.bind(__webpack_require__, 84948));
					return new AzureGc(config.azure);
				}
				case "aws": {
					if (!config.aws) throw new Error("no aws: block in the config");
					const { AwsGc } = await Promise.all([
						__webpack_require__.e(3264),
						__webpack_require__.e(2470),
						__webpack_require__.e(7646)
					]).then(__webpack_require__.bind(__webpack_require__, 47646));
					return new AwsGc(config.aws);
				}
				default: throw new Error(`gc does not support ${String(cloud)}`);
			}
		}
		var selection = __webpack_require__(30742);
		var config_duration = __webpack_require__(35982);
		var errors = __webpack_require__(9353);
		var labels = __webpack_require__(42095);
		;
		const DEFAULT_OLDER_THAN = "6h";
		function gcOptions(flags, configured, current, now = new Date()) {
			const olderThan = (0, config_duration.E)(flags["older-than"] ?? DEFAULT_OLDER_THAN, "--older-than");
			const { clouds, problems: words } = (0, selection.nb)(flags.clouds, configured);
			const problems = words.map((message) => ({
				field: "--clouds",
				message
			}));
			const repeated = (list) => list.find((v, i) => list.indexOf(v) !== i);
			const runTwice = repeated(flags["exclude-run"] ?? []);
			if (runTwice !== undefined) {
				problems.push({
					field: "--exclude-run",
					message: `run ${runTwice} is given twice; name each run once`
				});
			}
			const [first, ...rest] = problems;
			if (first) throw new errors.x([first, ...rest], { label: "flags" });
			const excludeRuns = [...flags["exclude-run"] ?? [], ...current ? [current] : []].map(labels.w);
			return {
				olderThan,
				excludeRuns: [...new Set(excludeRuns)],
				clouds,
				dryRun: flags["dry-run"] ?? false,
				now
			};
		}
		;
		async function runGc(config, flags, reporter, current) {
			const configured = (0, selection.fm)(config);
			const opts = gcOptions(flags, configured, current);
			const providers = await Promise.all(opts.clouds.map((c) => loadGcProvider(c, config)));
			return {
				report: await collectGarbage(providers, opts, reporter),
				opts
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
	42200: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { e: () => textTable });
		function textTable(headers, rows) {
			const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
			const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd();
			return [line(headers), ...rows.map(line)];
		}
	}),
	87617: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Q: () => dateOf,
			n: () => formatAge
		});
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47683);
		const DAY = 864e5;
		function formatAge(ms) {
			if (ms < DAY) return (0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(ms);
			const days = Math.floor(ms / DAY);
			const hours = Math.floor((ms - days * DAY) / 36e5);
			return `${days}d${hours ? `${hours}h` : ""}`;
		}
		function dateOf(value) {
			const at = value ? new Date(value) : undefined;
			return at && !Number.isNaN(at.getTime()) ? at : undefined;
		}
	}),
	74906: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			eg: () => ROLE_LABEL,
			hy: () => ageOf,
			nX: () => PROTECT_LABEL
		});
		const PROTECT_LABEL = "worker-image-protect";
		const ROLE_LABEL = "worker-image-role";
		function ageOf(image, now) {
			return image.createdAt ? now.getTime() - image.createdAt.getTime() : undefined;
		}
	}),
	82832: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { T: () => pruneOptions });
		var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9353);
		var _pipeline_selection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30742);
		function pruneOptions(flags, configured, repoDir, now = new Date()) {
			const { clouds, problems: words } = (0, _pipeline_selection_js__WEBPACK_IMPORTED_MODULE_1__.nb)(flags.clouds, configured);
			const problems = words.map((message) => ({
				field: "--clouds",
				message
			}));
			const [first, ...rest] = problems;
			if (first) throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__.x([first, ...rest], { label: "flags" });
			return {
				clouds,
				dryRun: flags["dry-run"] ?? false,
				repoDir,
				now
			};
		}
	}),
	50581: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { u: () => runPrune });
		var lifecycle = __webpack_require__(59716);
		var providers_load = __webpack_require__(50090);
		var version_token = __webpack_require__(30456);
		var prune_age = __webpack_require__(87617);
		var inventory = __webpack_require__(74906);
		;
		function decide(input) {
			const byLineage = new Map();
			for (const image of input.images) {
				const key = `${image.cloud}\u0000${image.lineage}`;
				byLineage.set(key, [...byLineage.get(key) ?? [], image]);
			}
			const decisions = [];
			for (const lineage of byLineage.values()) {
				decisions.push(...decideLineage(lineage, input));
			}
			const order = new Map(input.images.map((image, i) => [image, i]));
			return decisions.sort((a, b) => order.get(a.image) - order.get(b.image));
		}
		function newestFirst(a, b) {
			return (0, version_token.Zy)(b.version, a.version) || (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0);
		}
		function decideLineage(images, input) {
			const cloud = images[0].cloud;
			const policy = input.lifecycle(cloud);
			const sorted = [...images].sort(newestFirst);
			const candidates = sorted.filter((i) => i.baked || policy.adopt);
			const inService = candidates.filter((i) => !i.deprecated && !i.partial && !i.failed);
			const newest = new Set(inService.slice(0, policy.keep));
			const replacement = sorted.find((i) => newest.has(i));
			return sorted.map((image) => {
				const kept = keptBecause(image, sorted[0], newest, policy, input);
				if (kept) return {
					image,
					action: "keep",
					reason: kept
				};
				return {
					...due(image, policy, input.now),
					...replacement ? { replacement } : {}
				};
			});
		}
		function keptBecause(image, lineageNewest, newest, policy, input) {
			if (!image.baked && !policy.adopt) {
				return "not baked by worker-image (no worker-image-role label; adopt: true to prune it)";
			}
			if (image.partial) return undefined;
			if (policy.protect.includes(image.version)) return "protected (lifecycle.protect)";
			if (image.protectedByLabel) return "protected (worker-image-protect label)";
			if (input.justBaked?.some((b) => b.cloud === image.cloud && b.name === image.name)) {
				return "just baked";
			}
			const refs = input.references.filter((r) => (r.cloud === undefined || r.cloud === image.cloud) && r.version === image.version && r.namespace === image.namespace);
			if (refs.length > 0) return `referenced at ${refs.map((r) => r.at).join(", ")}`;
			if (image.failed && policy.deleteAfter === undefined) {
				return `${image.failed}; no delete-after, so never deleted`;
			}
			if (image.failed) return undefined;
			if (image.busy) return image.busy;
			if (image.cloud === "azure" && image === lineageNewest) return "the definition's newest version";
			if (newest.has(image)) return `newest ${policy.keep}`;
			const age = (0, inventory.hy)(image, input.now);
			if (age === undefined) return "age unknown";
			if (age < policy.minAge) return `younger than min-age ${(0, prune_age.n)(policy.minAge)}`;
			return undefined;
		}
		function due(image, policy, now) {
			if (image.partial) return {
				image,
				action: "delete",
				reason: `half-pruned: ${image.partial}`
			};
			if (image.failed) {
				return {
					image,
					action: "delete",
					reason: `${image.failed}: never usable (delete-after is set)`
				};
			}
			const age = (0, inventory.hy)(image, now);
			if (!image.deprecated) {
				if (policy.deprecateAfter !== undefined && age < policy.deprecateAfter) {
					return {
						image,
						action: "keep",
						reason: `younger than deprecate-after ${(0, prune_age.n)(policy.deprecateAfter)}`
					};
				}
				return {
					image,
					action: "deprecate",
					reason: `older than the newest ${policy.keep}`
				};
			}
			if (policy.deleteAfter === undefined) {
				return {
					image,
					action: "keep",
					reason: "deprecated; no delete-after, so never deleted"
				};
			}
			if (!image.deprecatedAt) {
				return {
					image,
					action: "deprecate",
					reason: "deprecated without a date: dated now, delete-after counts from today"
				};
			}
			const since = now.getTime() - image.deprecatedAt.getTime();
			if (since < policy.deleteAfter) {
				return {
					image,
					action: "keep",
					reason: `deprecated ${(0, prune_age.n)(since)} ago; deleted after delete-after ${(0, prune_age.n)(policy.deleteAfter)}`
				};
			}
			return {
				image,
				action: "delete",
				reason: `deprecated ${(0, prune_age.n)(since)} ago (delete-after ${(0, prune_age.n)(policy.deleteAfter)})`
			};
		}
		var match = __webpack_require__(40377);
		var problem = __webpack_require__(8099);
		;
		async function referencedVersions(repoDir, rules) {
			if (rules.length === 0) return [];
			const matched = await (0, match.V)(repoDir, rules, { guard: true });
			if (matched.problems.length > 0) {
				throw new Error("prune reads the references: rules to keep every image the repository names, and some " + `could not be read, so nothing was pruned:\n${matched.problems.map(problem.m).join("\n")}`);
			}
			return matched.rules.flatMap(({ rule, tokens, namespaced }) => [...tokens, ...namespaced].map((t) => ({
				...rule.value === "increment" ? {} : { cloud: rule.value },
				version: t.version,
				namespace: t.namespace ?? "default",
				at: `${t.file}:${t.line}`
			})));
		}
		;
		async function runPrune(config, opts, ctx, load = (cloud) => (0, providers_load.mJ)(cloud, config)) {
			const { reporter } = ctx;
			const references = await reporter.group("Find the versions the repository names", async () => {
				const found = await referencedVersions(opts.repoDir, config.references ?? []);
				if (!config.references?.length) {
					reporter.warning("the config has no references: rules, so prune cannot see which versions the code names; " + "only keep, min-age and protect guard the images");
				} else {
					reporter.info(`${found.length} reference(s): ${found.map((r) => `${r.version} at ${r.at}`).join(", ")}`);
				}
				return found;
			});
			const rows = [];
			const unlisted = [];
			for (const cloud of opts.clouds) {
				await reporter.group(`Prune ${cloud} images`, async () => {
					let provider;
					let images;
					try {
						provider = await load(cloud);
						images = await provider.inventory(ctx);
					} catch (err) {
						const error = err.message;
						reporter.warning(`could not list the ${cloud} images, so none was pruned: ${error}`);
						unlisted.push({
							cloud,
							error
						});
						return;
					}
					const decisions = decide({
						images,
						lifecycle: (c) => config.lifecycle?.[c] ?? lifecycle.Pb,
						references,
						...opts.justBaked ? { justBaked: opts.justBaked } : {},
						now: opts.now
					});
					for (const d of decisions) rows.push(await carryOut(provider, d, opts.dryRun, ctx));
				});
			}
			return {
				rows,
				unlisted,
				failed: rows.filter((r) => r.outcome.startsWith("failed")).length + unlisted.length,
				dryRun: opts.dryRun
			};
		}
		async function carryOut(provider, d, dryRun, ctx) {
			const what = `${d.image.cloud} image ${d.image.name}`;
			if (d.action === "keep") return {
				...d,
				outcome: "kept"
			};
			if (dryRun) {
				ctx.reporter.info(`would ${d.action} ${what}: ${d.reason}`);
				return {
					...d,
					outcome: "dry run"
				};
			}
			try {
				await provider.apply(d, ctx);
				ctx.reporter.info(`${d.action === "delete" ? "deleted" : "deprecated"} ${what}: ${d.reason}`);
				return {
					...d,
					outcome: "done"
				};
			} catch (err) {
				const message = err.message;
				ctx.reporter.warning(`could not ${d.action} ${what}: ${message}`);
				return {
					...d,
					outcome: `failed: ${message.split("\n")[0]}`
				};
			}
		}
	}),
	80538: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			D: () => pruneJson,
			W: () => formatPruneReport
		});
		var _log_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42200);
		var _age_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87617);
		var _inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74906);
		const HEADERS = [
			"CLOUD",
			"IMAGE",
			"VERSION",
			"AGE",
			"ACTION",
			"REASON"
		];
		function pruneJson(report) {
			return {
				dryRun: report.dryRun,
				images: report.rows.map((r) => ({
					cloud: r.image.cloud,
					name: r.image.name,
					version: r.image.version,
					action: r.action,
					reason: r.reason,
					outcome: r.outcome
				})),
				unlisted: report.unlisted
			};
		}
		function formatPruneReport(report, now) {
			const lines = [];
			if (report.rows.length > 0) {
				const rows = report.rows.map((r) => {
					const age = (0, _inventory_js__WEBPACK_IMPORTED_MODULE_0__.hy)(r.image, now);
					const action = r.outcome === "kept" ? "keep" : r.outcome === "done" ? r.action : `${r.action} (${r.outcome})`;
					return [
						r.image.cloud,
						r.image.name,
						r.image.version,
						age === undefined ? "?" : (0, _age_js__WEBPACK_IMPORTED_MODULE_1__.n)(age),
						action,
						r.reason
					];
				});
				lines.push(...(0, _log_table_js__WEBPACK_IMPORTED_MODULE_2__.e)(HEADERS, rows));
			}
			for (const u of report.unlisted) lines.push(`${u.cloud}: could not list the images: ${u.error}`);
			const count = (action) => report.rows.filter((r) => r.action === action).length;
			const verb = report.dryRun ? "would deprecate" : "deprecated";
			const failed = report.rows.filter((r) => r.outcome.startsWith("failed")).length;
			lines.push(`${report.rows.length} image(s): kept ${count("keep")}, ${verb} ${count("deprecate")}, ` + `${report.dryRun ? "would delete" : "deleted"} ${count("delete")}` + (failed ? ` (${failed} failed)` : "") + (report.dryRun ? " (dry run: nothing was changed)" : ""));
			return lines.join("\n") + "\n";
		}
	})
};
