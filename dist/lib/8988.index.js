export const id = 8988;
export const ids = [8988];
export const modules = {
	78988: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { gcCommand: () => gcCommand });
		var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9353);
		var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50649);
		var _gc_report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(98408);
		var _gc_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31772);
		var _log_config_problems_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(17825);
		var _log_reporter_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9046);
		var _naming_labels_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42095);
		var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37235);
		var _root_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33910);
		var _log_workflow_commands_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(23226);
		async function gcCommand(args) {
			const { repo, ...values } = (0, _args_js__WEBPACK_IMPORTED_MODULE_4__.b)(args, {
				config: {
					type: "string",
					short: "c"
				},
				"older-than": { type: "string" },
				"exclude-run": {
					type: "string",
					multiple: true,
					default: []
				},
				clouds: { type: "string" },
				"dry-run": {
					type: "boolean",
					default: false
				},
				repo: { type: "string" }
			});
			if (!values.config) throw new Error("--config FILE is required (a worker-image.yml)");
			const reporter = new _log_reporter_js__WEBPACK_IMPORTED_MODULE_3__.l();
			try {
				const config = await (0, _config_load_js__WEBPACK_IMPORTED_MODULE_1__.Z9)({
					path: values.config,
					cwd: process.cwd(),
					root: (0, _root_js__WEBPACK_IMPORTED_MODULE_5__.V)({
						repo,
						config: values.config
					}),
					clouds: []
				});
				const current = process.env.GITHUB_RUN_ID ? (0, _naming_labels_js__WEBPACK_IMPORTED_MODULE_6__.Vz)(process.env) : undefined;
				const { report, opts } = await (0, _gc_run_js__WEBPACK_IMPORTED_MODULE_2__.O)(config, values, reporter, current);
				process.stdout.write((0, _log_workflow_commands_js__WEBPACK_IMPORTED_MODULE_7__.rK)((0, _gc_report_js__WEBPACK_IMPORTED_MODULE_8__.C)(report, opts)));
				return report.failed > 0 ? 1 : 0;
			} catch (err) {
				if (err instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_0__.x) {
					(0, _log_config_problems_js__WEBPACK_IMPORTED_MODULE_9__.N)(err, reporter);
					return 1;
				}
				throw err;
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
	42200: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { e: () => textTable });
		function textTable(headers, rows) {
			const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
			const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd();
			return [line(headers), ...rows.map(line)];
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
	})
};
