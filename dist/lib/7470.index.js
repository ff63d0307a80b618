export const id = 7470;
export const ids = [7470];
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
	7470: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { main: () => main });
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43025);
		var _log_actions_reporter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72173);
		var _replicate_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29220);
		var _steps_signals_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(19508);
		var _failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6955);
		var _runner_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53913);
		var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20584);
		var _workspace_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(77716);
		var _run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46430);
		var _summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98901);
		var _job_summary_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(16939);
		async function main() {
			const reporter = new _log_actions_reporter_js__WEBPACK_IMPORTED_MODULE_1__.X();
			const controller = new AbortController();
			const stop = (0, _steps_signals_js__WEBPACK_IMPORTED_MODULE_9__.P)(controller, reporter);
			const action = new _inputs_js__WEBPACK_IMPORTED_MODULE_5__.W1("replicate-gallery-version");
			try {
				(0, _runner_files_js__WEBPACK_IMPORTED_MODULE_4__.u)();
				const inputs = Object.fromEntries(_replicate_request_js__WEBPACK_IMPORTED_MODULE_2__.S.map((k) => [k, action.optional(k)]));
				const root = (0, _workspace_js__WEBPACK_IMPORTED_MODULE_10__.G)();
				const outcome = await (0, _run_js__WEBPACK_IMPORTED_MODULE_6__.h)(inputs, {
					config: action.optional("config"),
					cwd: root.dir,
					root,
					reporter,
					signal: controller.signal
				});
				const replication = outcome.summary;
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput("replication", JSON.stringify(replication));
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput("regions", replication.regions.map((r) => r.region).join(","));
				_job_summary_js__WEBPACK_IMPORTED_MODULE_8__.z.heading(`worker-image: ${replication.version} replicated`);
				_job_summary_js__WEBPACK_IMPORTED_MODULE_8__.z.table([[
					{
						data: "Region",
						header: true
					},
					{
						data: "State",
						header: true
					},
					{
						data: "Progress",
						header: true
					}
				], ...replication.regions.map((r) => [
					r.region,
					r.state,
					`${r.progress}%`
				])]);
				await (0, _summary_js__WEBPACK_IMPORTED_MODULE_7__.Pu)();
			} catch (err) {
				(0, _failure_js__WEBPACK_IMPORTED_MODULE_3__.x)(err, reporter);
			} finally {
				stop();
			}
		}
	}),
	46430: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { h: () => runReplicate });
		var _bake_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(972);
		var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
		var _config_confine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54936);
		var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50649);
		var _replicate_request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29220);
		async function runReplicate(inputs, opts) {
			const ca = inputs["ca-certificate"];
			const outside = ca && opts.root && (0, _config_confine_js__WEBPACK_IMPORTED_MODULE_2__.K8)((0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.cwd, ca), opts.root, ca);
			if (outside) throw new Error(`ca-certificate: ${outside}`);
			const config = opts.config ? await (0, _config_load_js__WEBPACK_IMPORTED_MODULE_3__.Z9)({
				path: opts.config,
				cwd: opts.cwd,
				root: opts.root,
				clouds: []
			}) : undefined;
			if (config && !config.azure) throw new Error(`${opts.config} has no azure: block to replicate from`);
			const settings = (0, _replicate_request_js__WEBPACK_IMPORTED_MODULE_4__.F)(inputs, config?.azure ? {
				azure: config.azure,
				namespace: config.image.namespace
			} : undefined);
			const ctx = (0, _bake_context_js__WEBPACK_IMPORTED_MODULE_0__.p)(process.env, opts.reporter, opts.signal);
			const { replicateVersion } = await Promise.all([
				__webpack_require__.e(6915),
				__webpack_require__.e(9685),
				__webpack_require__.e(8931)
			]).then(__webpack_require__.bind(__webpack_require__, 8931));
			return opts.reporter.group(`Replicate ${settings.ref.definition} ${settings.ref.version} to ${settings.regions.map((r) => r.name).join(", ")}`, () => replicateVersion(settings.azure, {
				ref: settings.ref,
				regions: settings.regions,
				policy: settings.policy
			}, ctx));
		}
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
	29220: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			F: () => replicateSettings,
			S: () => REPLICATE_INPUTS
		});
		var _config_ca_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20813);
		var _config_authority_host_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81600);
		var _config_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9353);
		var _config_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31846);
		var _config_section_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13667);
		var _naming_azure_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63726);
		var _regions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56204);
		const REPLICATE_INPUTS = [
			"subscription-id",
			"resource-group",
			"gallery",
			"definition",
			"version",
			"target-regions",
			"expected-concurrent-vms",
			"vms-per-replica",
			"production",
			"timeout",
			"poll-interval",
			"endpoint",
			"ca-certificate",
			"authority-host",
			"auth",
			"client-id",
			"tenant-id"
		];
		const MINUTE = 6e4;
		function replicateSettings(inputs, base) {
			const problems = new _config_problems_js__WEBPACK_IMPORTED_MODULE_2__.Zw();
			const raw = Object.fromEntries(Object.entries(inputs).filter(([, v]) => v !== undefined && v !== ""));
			const s = _config_section_js__WEBPACK_IMPORTED_MODULE_3__.w.open(problems, [], raw, REPLICATE_INPUTS);
			const b = base?.azure;
			const pick = (key, fallback, check) => s.has(key) ? s.string(key, check) : fallback ?? (s.problem(key, "required (or give a config with an azure: block)"), undefined);
			const subscriptionId = pick("subscription-id", b?.subscriptionId, (v) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_5__.AA)(v, "subscription id"));
			const resourceGroup = pick("resource-group", b?.resourceGroup, _naming_azure_js__WEBPACK_IMPORTED_MODULE_5__.yr);
			const gallery = pick("gallery", b?.gallery, _naming_azure_js__WEBPACK_IMPORTED_MODULE_5__.gN);
			const definition = pick("definition", b ? (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_5__.PW)(b.definition.name, base.namespace) : undefined, _naming_azure_js__WEBPACK_IMPORTED_MODULE_5__.dW);
			const version = s.required("version", _naming_azure_js__WEBPACK_IMPORTED_MODULE_5__.zX, { id: true });
			let regions = b?.targetRegions;
			if (s.has("target-regions")) {
				try {
					regions = (0, _regions_js__WEBPACK_IMPORTED_MODULE_4__.k_)(String(s.value("target-regions")), "target-regions");
				} catch (err) {
					if (!(err instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_1__.x)) throw err;
					for (const p of err.problems) problems.list.push(p);
				}
			} else if (!regions) s.problem("target-regions", "required, e.g. \"eastus=3,westus2=2\"");
			const expected = s.integer("expected-concurrent-vms", 1, 1e6);
			const policy = {
				vmsPerReplica: s.integer("vms-per-replica", 1, 1e3) ?? b?.replicaPolicy.vmsPerReplica ?? 20,
				production: s.boolean("production") ?? b?.replicaPolicy.production ?? base?.namespace === "default",
				...expected !== undefined ? { expectedConcurrentVms: expected } : b?.replicaPolicy.expectedConcurrentVms !== undefined ? { expectedConcurrentVms: b.replicaPolicy.expectedConcurrentVms } : {}
			};
			const auth = s.oneOf("auth", [
				"default",
				"oidc",
				"none"
			]) ?? b?.auth ?? "default";
			const clientId = s.string("client-id", (v) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_5__.AA)(v, "client id")) ?? b?.clientId;
			const tenantId = s.string("tenant-id", (v) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_5__.AA)(v, "tenant id")) ?? b?.tenantId;
			if (auth === "oidc" && (!clientId || !tenantId)) s.problem("auth", "oidc needs client-id and tenant-id");
			const endpoint = s.string("endpoint", (v) => /^https:\/\//.test(v) ? undefined : `must be an https URL (got "${v}")`) ?? b?.endpoint;
			const caCertificate = s.string("ca-certificate", _config_ca_file_js__WEBPACK_IMPORTED_MODULE_0__.uc) ?? b?.caCertificate;
			const authorityHost = (0, _config_authority_host_js__WEBPACK_IMPORTED_MODULE_6__.E)(s, auth) ?? b?.authorityHost;
			const connection = {
				subscriptionId,
				auth,
				pollInterval: s.duration("poll-interval", 100, MINUTE) ?? b?.pollInterval ?? 5e3,
				timeouts: { replication: s.duration("timeout", 1e3, 24 * 60 * MINUTE) ?? b?.timeouts.replication ?? 120 * MINUTE },
				...endpoint ? { endpoint } : {},
				...caCertificate ? { caCertificate } : {},
				...authorityHost ? { authorityHost } : {},
				...clientId ? { clientId } : {},
				...tenantId ? { tenantId } : {}
			};
			const [first, ...rest] = problems.list;
			if (first) throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__.x([first, ...rest], { label: "inputs" });
			return {
				azure: connection,
				ref: {
					resourceGroup,
					gallery,
					definition,
					version
				},
				regions,
				policy
			};
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
