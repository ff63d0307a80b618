export const id = 1953;
export const ids = [1953];
export const modules = {
	86818: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
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
	93745: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { x: () => reportFailure });
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57264);
		var _config_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28159);
		var _log_config_problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38099);
		var _references_problem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99137);
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
	65815: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			W1: () => ActionInputs,
			p$: () => overridesFromInputs,
			VD: () => parseInputYaml
		});
		var core = __webpack_require__(57264);
		var excerpt = __webpack_require__(43319);
		var yaml = __webpack_require__(98099);
		var vars = __webpack_require__(29542);
		var constants = __webpack_require__(86818);
		;
		const ACTION_DEFAULTS = {
			".": {
				config: "worker-image.yml",
				clouds: "",
				namespace: "",
				version: "",
				"dry-run": "false",
				mode: "bake",
				"older-than": "6h"
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
			}
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
	1953: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { main: () => main });
		var core = __webpack_require__(57264);
		var context = __webpack_require__(18410);
		var actions_reporter = __webpack_require__(35551);
		var pipeline_ledgers = __webpack_require__(20624);
		var pipeline_plan = __webpack_require__(71867);
		var run = __webpack_require__(26454);
		var pipeline_config = __webpack_require__(96562);
		var signals = __webpack_require__(17074);
		var constants = __webpack_require__(86818);
		var failure = __webpack_require__(93745);
		var actions_inputs = __webpack_require__(65815);
		var workspace = __webpack_require__(10042);
		var names = __webpack_require__(33974);
		var load = __webpack_require__(6918);
		var gc_report = __webpack_require__(87018);
		var gc_run = __webpack_require__(81353);
		var labels = __webpack_require__(40361);
		var summary = __webpack_require__(65955);
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
		var duration = __webpack_require__(24545);
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
				c.error ? `failed: ${firstLine(c.error.message)}` : "baked"
			])]);
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
		function firstLine(text) {
			const line = text.split("\n")[0] ?? "";
			return line.length > 200 ? `${line.slice(0, 200)}…` : line;
		}
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
				const ledgers = new pipeline_ledgers.W((items) => core.saveState(constants.Uw.Resources, JSON.stringify(items)));
				const ctx = (0, context.p)(process.env, reporter, controller.signal);
				reporter.info(`worker-image: ${dryRun ? "planning" : "baking"} ${clouds.join(", ")}`);
				let outcome;
				try {
					outcome = await (0, run.aI)(config, ctx, {
						clouds,
						ledgers,
						dryRun
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
			if (outcome.manifestPath) core.setOutput(names.L.ManifestPath, outcome.manifestPath);
		}
	}),
	33974: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
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
			OlderThan: "older-than"
		};
		const PipelineOutputs = {
			Images: "images",
			ManifestPath: "manifest-path",
			Plan: "plan",
			Leaks: "leaks"
		};
	}),
	65955: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			KJ: () => writeFailureSummary,
			Pu: () => flushSummary,
			R7: () => writeBakeSummary
		});
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57264);
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24545);
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
	10042: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { G: () => workspace });
		function workspace(env = process.env) {
			const dir = env.GITHUB_WORKSPACE || process.cwd();
			return {
				dir,
				name: env.GITHUB_WORKSPACE ? "the workspace (GITHUB_WORKSPACE)" : "the working directory"
			};
		}
	}),
	28159: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
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
	87018: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { C: () => formatReport });
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24545);
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
	81353: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { O: () => runGc });
		var duration = __webpack_require__(24545);
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
						__webpack_require__.e(5393)
					]).then(__webpack_require__.bind(__webpack_require__, 45393));
					return new GcpGc(config.gcp);
				}
				case "azure": {
					if (!config.azure) throw new Error("no azure: block in the config");
					const { AzureGc } = await Promise.all([
						__webpack_require__.e(3669),
						__webpack_require__.e(6758),
						__webpack_require__.e(2104),
						__webpack_require__.e(8139)
					]).then(__webpack_require__.bind(__webpack_require__, 34054));
					return new AzureGc(config.azure);
				}
				case "aws": {
					if (!config.aws) throw new Error("no aws: block in the config");
					const { AwsGc } = await Promise.all([
						__webpack_require__.e(5193),
						__webpack_require__.e(4884),
						__webpack_require__.e(7981)
					]).then(__webpack_require__.bind(__webpack_require__, 24056));
					return new AwsGc(config.aws);
				}
				default: throw new Error(`gc does not support ${String(cloud)}`);
			}
		}
		var config_duration = __webpack_require__(26804);
		var errors = __webpack_require__(28159);
		var labels = __webpack_require__(40361);
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
	35551: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { X: () => ActionsReporter });
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57264);
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
	38099: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
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
	99137: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
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
	})
};
