export const id = 4261;
export const ids = [4261];
export const modules = {
	98772: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			G0: () => Inputs,
			Uw: () => State,
			tY: () => Outputs
		});
		const Inputs = {
			Config: "config",
			Cloud: "cloud",
			ImageName: "image-name",
			Namespace: "namespace",
			Version: "version",
			Overwrite: "overwrite",
			Variables: "variables",
			Template: "template",
			Project: "project",
			Zone: "zone",
			MachineType: "machine-type",
			SourceImage: "source-image",
			SourceImageFamily: "source-image-family",
			SourceImageProject: "source-image-project",
			ImageFamily: "image-family",
			Region: "region",
			TargetRegions: "target-regions",
			ManifestPath: "manifest-path",
			DryRun: "dry-run"
		};
		const Outputs = {
			ImageName: "image-name",
			ImageId: "image-id",
			Version: "version",
			SourceImage: "source-image",
			ManifestPath: "manifest-path"
		};
		const State = { Resources: "resources" };
	}),
	6955: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { x: () => reportFailure });
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43025);
		var _config_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9353);
		var _log_config_problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17825);
		var _references_problem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8099);
		function reportFailure(err, reporter) {
			const message = err instanceof Error ? err.message : String(err);
			if (err instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_1__.x) (0, _log_config_problems_js__WEBPACK_IMPORTED_MODULE_3__.N)(err, reporter);
			if (err instanceof _references_problem_js__WEBPACK_IMPORTED_MODULE_2__.V) {
				for (const p of err.problems) {
					reporter.error((0, _references_problem_js__WEBPACK_IMPORTED_MODULE_2__.m)(p), {
						file: p.file,
						...p.line ? { line: p.line } : {}
					});
				}
			}
			_actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(message);
			return message;
		}
	}),
	93581: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			W1: () => ActionInputs,
			p$: () => overridesFromInputs,
			VD: () => parseInputYaml
		});
		var core = __webpack_require__(43025);
		var excerpt = __webpack_require__(52049);
		var yaml = __webpack_require__(93377);
		var vars = __webpack_require__(38812);
		var constants = __webpack_require__(98772);
		;
		const ACTION_DEFAULTS = {
			".": {
				config: "worker-image.yml",
				clouds: "",
				namespace: "",
				version: "",
				"dry-run": "false",
				mode: "bake",
				"older-than": "6h",
				verify: "auto"
			},
			"bake-image": {
				config: "",
				cloud: "gcp",
				"dry-run": "false"
			},
			"bump-version-reference": {
				config: "worker-image.yml",
				check: "false",
				"dry-run": "false",
				"repo-dir": ".",
				branch: "worker-image/bump-images"
			},
			"replicate-gallery-version": {
				config: "",
				"vms-per-replica": "20",
				timeout: "2h"
			},
			"share-image": {
				config: "",
				"dry-run": "false"
			},
			"verify-image": {}
		};
		;
		class ActionInputs {
			defaults;
			constructor(action) {
				this.defaults = ACTION_DEFAULTS[action];
			}
			text(name) {
				const variable = `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
				return process.env[variable] === undefined ? this.defaults[name] ?? "" : core.getInput(name);
			}
			optional(name) {
				return this.text(name) || undefined;
			}
			boolean(name) {
				const value = this.text(name);
				if ([
					"",
					"false",
					"False",
					"FALSE"
				].includes(value)) return false;
				if ([
					"true",
					"True",
					"TRUE"
				].includes(value)) return true;
				throw new Error(`input ${name}: must be true or false (got ${JSON.stringify((0, excerpt.$Q)(value))})`);
			}
			list(name) {
				return this.text(name).split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
			}
			lines(name) {
				return this.text(name).split("\n").map((s) => s.trim()).filter(Boolean);
			}
		}
		const bakeInputs = new ActionInputs("bake-image");
		const input = (name) => bakeInputs.optional(name);
		function overridesFromInputs(cloud = "gcp") {
			const variables = input(constants.G0.Variables);
			const sourceImage = {
				name: input(constants.G0.SourceImage),
				family: input(constants.G0.SourceImageFamily),
				project: input(constants.G0.SourceImageProject)
			};
			const overlay = {
				image: {
					name: input(constants.G0.ImageName),
					namespace: input(constants.G0.Namespace),
					version: input(constants.G0.Version),
					overwrite: input(constants.G0.Overwrite) === undefined ? undefined : bakeInputs.boolean(constants.G0.Overwrite)
				},
				...variables ? { variables: parseVariables(variables) } : {},
				manifest: input(constants.G0.ManifestPath),
				gcp: {
					project: input(constants.G0.Project),
					zone: input(constants.G0.Zone),
					"machine-type": input(constants.G0.MachineType),
					"image-family": input(constants.G0.ImageFamily),
					...Object.values(sourceImage).some(Boolean) ? { "source-image": sourceImage } : {}
				},
				aws: {
					region: input(constants.G0.Region),
					"target-regions": input(constants.G0.TargetRegions)?.split(",").map((r) => r.trim()).filter(Boolean)
				}
			};
			const template = input(constants.G0.Template);
			if (template) {
				overlay[cloud] = {
					...overlay[cloud] ?? {},
					template
				};
			}
			return overlay;
		}
		function parseVariables(text) {
			parseInputYaml(text, constants.G0.Variables);
			return (0, vars.ON)(text);
		}
		function parseInputYaml(text, name) {
			const parsed = (0, yaml.h)(text);
			const [error] = parsed.errors;
			if (error) {
				throw new Error(`input ${name}: not valid YAML or JSON${error.line ? ` at its line ${error.line}` : ""} (${error.message})`);
			}
			return parsed.raw;
		}
	}),
	93068: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { main: () => main });
		var core = __webpack_require__(43025);
		var context = __webpack_require__(972);
		var actions_reporter = __webpack_require__(72173);
		var pipeline_ledgers = __webpack_require__(62358);
		var pipeline_plan = __webpack_require__(49261);
		var run = __webpack_require__(48267);
		var pipeline_config = __webpack_require__(34364);
		var verify_choice = __webpack_require__(53559);
		var signals = __webpack_require__(19508);
		var constants = __webpack_require__(98772);
		var failure = __webpack_require__(6955);
		var actions_inputs = __webpack_require__(93581);
		var workspace = __webpack_require__(77716);
		var names = __webpack_require__(44388);
		var load = __webpack_require__(63676);
		var gc_report = __webpack_require__(98408);
		var gc_run = __webpack_require__(31772);
		var labels = __webpack_require__(42095);
		var summary = __webpack_require__(98901);
		;
		async function collectLeaks(configPath, root, inputs, reporter) {
			const config = await (0, load.Z)({
				path: configPath,
				cwd: root.dir,
				root
			});
			const clouds = inputs.text(names.I.Clouds).trim();
			const { report, opts } = await reporter.group("Collect leaked resources", () => (0, gc_run.O)(config, {
				"older-than": inputs.optional(names.I.OlderThan),
				...clouds && clouds !== "all" ? { clouds } : {},
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
			core.summary.addHeading(`worker-image: gc${opts.dryRun ? " (dry run)" : ""}`, 3);
			core.summary.addCodeBlock(text);
			await (0, summary.Pu)();
			if (report.failed > 0) {
				throw new Error(`gc: ${report.failed} resource(s) could not be deleted; see the table above`);
			}
		}
		var pipeline_summary = __webpack_require__(71502);
		;
		async function main() {
			const reporter = new actions_reporter.X();
			const controller = new AbortController();
			const stop = (0, signals.P)(controller, reporter);
			const inputs = new actions_inputs.W1(".");
			try {
				const root = (0, workspace.G)();
				const configPath = inputs.text(names.I.Config);
				const mode = inputs.text(names.I.Mode);
				if (mode === "gc") {
					await collectLeaks(configPath, root, inputs, reporter);
					return;
				}
				if (mode !== "bake") {
					throw new Error(`input ${names.I.Mode}: "${mode}" is not a mode; use bake (default) or gc`);
				}
				const { config, clouds } = await (0, pipeline_config.z)({
					path: configPath,
					cwd: root.dir,
					root,
					clouds: inputs.text(names.I.Clouds),
					namespace: inputs.text(names.I.Namespace),
					version: inputs.text(names.I.Version)
				});
				const dryRun = inputs.boolean(names.I.DryRun);
				const verify = (0, verify_choice.n)(inputs.text(names.I.Verify), config, clouds, `input ${names.I.Verify}`);
				const ledgers = new pipeline_ledgers.W((items) => core.saveState(constants.Uw.Resources, JSON.stringify(items)));
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
						await (0, pipeline_summary.WB)(err.outcome);
					}
					throw err;
				}
				if (dryRun) {
					const plan = (0, pipeline_plan.UX)(config, clouds, (0, pipeline_plan.hh)(outcome));
					for (const line of (0, pipeline_plan.Pt)(plan)) reporter.info(line);
					core.setOutput(names.L.Plan, JSON.stringify(plan));
					await (0, pipeline_summary.pI)(plan);
					return;
				}
				setOutputs(outcome);
				await (0, pipeline_summary.WB)(outcome);
			} catch (err) {
				(0, failure.x)(err, reporter);
			} finally {
				stop();
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
			Verified: "verified"
		};
	}),
	71502: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			PJ: () => addRows,
			WB: () => writePipelineSummary,
			pI: () => writePlanSummary
		});
		var core = __webpack_require__(43025);
		var pipeline_plan = __webpack_require__(49261);
		var result = __webpack_require__(9250);
		var duration = __webpack_require__(47683);
		var summary = __webpack_require__(98901);
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
					const name = `${s.step} ${(0, duration.a)(s.end - s.start)}${s.ok ? "" : " (failed)"}`;
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
			core.summary.addHeading(failed ? "worker-image: pipeline failed" : "worker-image: images baked", 3);
			core.summary.addTable([[
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
				(0, duration.a)(c.ms),
				c.error ? `failed: ${firstLine(c.error.message)}` : c.verify ? c.verify.verified ? "baked, verified" : "baked, not verified (on-failure: warn)" : "baked"
			])]);
			for (const c of outcome.clouds) {
				if (!c.verify) continue;
				const verdict = c.verify.verified ? "verified" : "not verified";
				core.summary.addRaw(`**${c.cloud}**: ${c.verify.imageName} ${verdict}`, true);
				addRows((0, result.QW)(c.verify));
			}
			core.summary.addRaw(`Wall time ${(0, duration.a)(outcome.ms)}` + (outcome.manifestPath ? `; manifest \`${outcome.manifestPath}\`` : ""), true);
			const chart = ganttChart(outcome.clouds);
			if (chart) core.summary.addRaw(chart, true);
			await (0, summary.Pu)();
		}
		async function writePlanSummary(plan) {
			core.summary.addHeading("worker-image: plan (dry run, nothing created)", 3);
			core.summary.addCodeBlock((0, pipeline_plan.Pt)(plan).join("\n"));
			await (0, summary.Pu)();
		}
		function addRows(rows) {
			const [head = [], ...body] = rows;
			core.summary.addTable([head.map((data) => ({
				data,
				header: true
			})), ...body]);
		}
		function firstLine(text) {
			const line = text.split("\n")[0] ?? "";
			return line.length > 200 ? `${line.slice(0, 200)}…` : line;
		}
	}),
	98901: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			KJ: () => writeFailureSummary,
			Pu: () => flushSummary,
			R7: () => writeBakeSummary
		});
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43025);
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47683);
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
			_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addHeading(dryRun ? "worker-image: bake plan (dry run)" : "worker-image: image baked", 3);
			_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addTable([[
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
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addTable([[{
					data: "Step",
					header: true
				}, {
					data: "Time",
					header: true
				}], ...result.timings.map((t) => [t.name, (0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_1__.a)(t.ms)])]);
				if (result.imageId) _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(`Image id: \`${result.imageId}\``, true);
			} else {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addList(plan.resources.map((r) => `would create ${r.kind} ${r.name}`));
			}
			await flushSummary();
		}
		async function writeFailureSummary(message) {
			_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addHeading("worker-image: bake failed", 3);
			_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addCodeBlock(message.slice(0, 6e4));
			await flushSummary();
		}
	}),
	77716: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { G: () => workspace });
		function workspace(env = process.env) {
			const dir = env.GITHUB_WORKSPACE || process.cwd();
			return {
				dir,
				name: env.GITHUB_WORKSPACE ? "the workspace (GITHUB_WORKSPACE)" : "the working directory"
			};
		}
	}),
	9353: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { x: () => ConfigError });
		class ConfigError extends Error {
			name = "ConfigError";
			problems;
			field;
			line;
			source;
			constructor(problems, { label, source } = {}) {
				super(problems.map((p) => [
					label,
					p.field,
					p.message
				].filter(Boolean).join(": ")).join("\n"));
				this.problems = problems;
				this.field = problems[0].field;
				if (problems[0].line !== undefined) this.line = problems[0].line;
				if (source !== undefined) this.source = source;
			}
		}
	}),
	98408: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { C: () => formatReport });
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
			const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
			const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd();
			const verb = opts.dryRun ? "would delete" : "deleted";
			const deleted = report.due.length - report.failed;
			const summary = `${report.rows.length} found ${scope}: ${verb} ${opts.dryRun ? report.due.length : deleted}` + (report.failed ? `, ${report.failed} failed` : "") + `, kept ${report.rows.length - report.due.length}` + (opts.dryRun ? " (dry run: nothing was deleted)" : "");
			return [
				line(HEADERS),
				...rows.map(line),
				summary
			].join("\n") + "\n";
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
						__webpack_require__.e(3324),
						__webpack_require__.e(842),
						__webpack_require__.e(6719),
						__webpack_require__.e(2807)
					]).then(__webpack_require__.bind(__webpack_require__, 22807));
					return new GcpGc(config.gcp);
				}
				case "azure": {
					if (!config.azure) throw new Error("no azure: block in the config");
					const { AzureGc } = await Promise.all([
						__webpack_require__.e(6915),
						__webpack_require__.e(663),
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
		var config_duration = __webpack_require__(35982);
		var errors = __webpack_require__(9353);
		var labels = __webpack_require__(42095);
		;
		const GC_CLOUDS = [
			"gcp",
			"azure",
			"aws"
		];
		const DEFAULT_OLDER_THAN = "6h";
		function gcOptions(flags, configured, current, now = new Date()) {
			const olderThan = (0, config_duration.E)(flags["older-than"] ?? DEFAULT_OLDER_THAN, "--older-than");
			const requested = flags.clouds ? flags.clouds.split(",").map((c) => c.trim()).filter(Boolean) : configured;
			const problems = requested.flatMap((c) => !GC_CLOUDS.includes(c) ? [{
				field: "--clouds",
				message: `unknown cloud "${c}": gc knows ${GC_CLOUDS.join(", ")}`
			}] : !configured.includes(c) ? [{
				field: "--clouds",
				message: `the config has no ${c}: block, so gc cannot reach ${c} (configured: ${configured.join(", ") || "none"})`
			}] : []);
			const repeated = (list) => list.find((v, i) => list.indexOf(v) !== i);
			const cloudTwice = repeated(requested);
			if (cloudTwice !== undefined) {
				problems.push({
					field: "--clouds",
					message: `${cloudTwice} is listed twice; name each cloud once`
				});
			}
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
				clouds: requested,
				dryRun: flags["dry-run"] ?? false,
				now
			};
		}
		;
		async function runGc(config, flags, reporter, current) {
			const configured = GC_CLOUDS.filter((c) => config[c] !== undefined);
			const opts = gcOptions(flags, configured, current);
			const providers = await Promise.all(opts.clouds.map((c) => loadGcProvider(c, config)));
			return {
				report: await collectGarbage(providers, opts, reporter),
				opts
			};
		}
	}),
	72173: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { X: () => ActionsReporter });
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43025);
		class ActionsReporter {
			info(message) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.info(message);
			}
			warning(message, where) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(message, annotation(where));
			}
			error(message, where) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.error(message, annotation(where));
			}
			group(title, fn) {
				return _actions_core__WEBPACK_IMPORTED_MODULE_0__.group(title, fn);
			}
			secret(value) {
				if (value) _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(value);
			}
		}
		function annotation(where) {
			if (!where) return undefined;
			return {
				file: where.file,
				startLine: where.line
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
	8099: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			V: () => ReferenceProblemError,
			m: () => formatProblem
		});
		class ReferenceProblemError extends Error {
			name = "ReferenceProblemError";
			problems;
			constructor(problems) {
				super(problems.map(formatProblem).join("\n"));
				this.problems = problems;
			}
		}
		function formatProblem(p) {
			const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
			return `${where}: rule ${p.rule}: ${p.message} (pattern: ${p.pattern})`;
		}
	}),
	14560: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			i: () => __toESM,
			n: () => __exportAll,
			r: () => __require,
			t: () => __commonJSMin
		});
		var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
		var __create = Object.create;
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __getProtoOf = Object.getPrototypeOf;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
		var __exportAll = (all, no_symbols) => {
			let target = {};
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
			if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
			return target;
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
				key = keys[i];
				if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: ((k) => from[k]).bind(null, key),
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
			value: mod,
			enumerable: true
		}) : target, mod));
		var __require = (() => (0, node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url))();
	})
};
