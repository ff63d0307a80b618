export const id = 3804;
export const ids = [3804];
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
	63804: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { main: () => main });
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43025);
		var _log_actions_reporter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72173);
		var _share_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15048);
		var _share_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13108);
		var _steps_signals_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(19508);
		var _failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6955);
		var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20584);
		var _runner_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(53913);
		var _config_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(93593);
		var _workspace_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(77716);
		var _summary_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(98901);
		var _job_summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(16939);
		async function main() {
			const reporter = new _log_actions_reporter_js__WEBPACK_IMPORTED_MODULE_1__.X();
			const controller = new AbortController();
			const stop = (0, _steps_signals_js__WEBPACK_IMPORTED_MODULE_10__.P)(controller, reporter);
			const action = new _inputs_js__WEBPACK_IMPORTED_MODULE_5__.W1("share-image");
			try {
				(0, _runner_files_js__WEBPACK_IMPORTED_MODULE_6__.u)();
				const cataloguePath = action.optional("catalogue");
				const problem = cataloguePath === undefined ? undefined : (0, _config_text_js__WEBPACK_IMPORTED_MODULE_7__.ZJ)(cataloguePath);
				if (problem) throw new Error(`input catalogue: ${problem}`);
				const inputs = Object.fromEntries(_share_request_js__WEBPACK_IMPORTED_MODULE_2__.CQ.map((k) => [k, action.optional(k)]));
				const root = (0, _workspace_js__WEBPACK_IMPORTED_MODULE_11__.G)();
				const { result, catalogue } = await (0, _share_run_js__WEBPACK_IMPORTED_MODULE_3__.Z)(inputs, {
					config: action.optional("config"),
					cwd: root.dir,
					root,
					names: {
						manifest: "manifest",
						catalogue: "catalogue"
					},
					reporter,
					signal: controller.signal
				});
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(_share_request_js__WEBPACK_IMPORTED_MODULE_2__.oe.Changed, String(result.changed));
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(_share_request_js__WEBPACK_IMPORTED_MODULE_2__.oe.Grants, JSON.stringify(result.grants));
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(_share_request_js__WEBPACK_IMPORTED_MODULE_2__.oe.CataloguePath, catalogue.join("\n"));
				await writeShareSummary(result);
			} catch (err) {
				(0, _failure_js__WEBPACK_IMPORTED_MODULE_4__.x)(err, reporter);
			} finally {
				stop();
			}
		}
		async function writeShareSummary(result) {
			const heading = result.dryRun ? "worker-image: share plan (dry run)" : result.changed ? "worker-image: image shared" : "worker-image: image already shared (no change)";
			_job_summary_js__WEBPACK_IMPORTED_MODULE_9__.z.heading(heading);
			_job_summary_js__WEBPACK_IMPORTED_MODULE_9__.z.line("Image: ", result.image);
			const aws = result.grants.some((g) => g.region);
			_job_summary_js__WEBPACK_IMPORTED_MODULE_9__.z.table([[
				{
					data: "Member",
					header: true
				},
				{
					data: "Status",
					header: true
				},
				{
					data: "Via",
					header: true
				},
				...aws ? [{
					data: "Region",
					header: true
				}] : []
			], ...result.grants.map((g) => [
				g.member,
				g.status === "unchanged" ? "unchanged" : result.dryRun ? "would add" : "added",
				g.via,
				...aws ? [`${g.region ?? ""} ${g.image ?? ""}`.trim()] : []
			])]);
			await (0, _summary_js__WEBPACK_IMPORTED_MODULE_8__.Pu)();
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
	15048: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			CQ: () => SHARE_INPUTS,
			bf: () => shareSettings,
			oe: () => ShareOutputs
		});
		var _config_authority_host_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(81600);
		var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9353);
		var _config_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93593);
		var _config_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31846);
		var _config_section_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13667);
		var _config_share_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83423);
		var _naming_azure_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(63726);
		var _naming_gce_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(26201);
		var _config_ca_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20813);
		const SHARE_INPUTS = [
			"cloud",
			"image",
			"manifest",
			"members",
			"principals",
			"role",
			"scope",
			"subscriptions",
			"tenants",
			"accounts",
			"organizations",
			"organizational-units",
			"project",
			"endpoint",
			"ca-certificate",
			"authority-host",
			"auth",
			"client-id",
			"tenant-id",
			"catalogue",
			"dry-run"
		];
		const ShareOutputs = {
			Changed: "changed",
			Grants: "grants",
			CataloguePath: "catalogue-path"
		};
		const CLOUDS = [
			"gcp",
			"azure",
			"aws"
		];
		const MINUTE = 6e4;
		const checkMember = (member) => {
			const problem = (0, _config_share_js__WEBPACK_IMPORTED_MODULE_4__.NU)(member);
			if (!problem || !member.startsWith("domain:")) return problem;
			const domain = member.slice("domain:".length);
			return domain.trim() ? `${(0, _config_text_js__WEBPACK_IMPORTED_MODULE_1__.TL)(member)}: ${(0, _config_text_js__WEBPACK_IMPORTED_MODULE_1__.TL)(domain)} is not a domain such as example.com` : `${(0, _config_text_js__WEBPACK_IMPORTED_MODULE_1__.TL)(member)}: no domain after domain:; give one such as domain:example.com`;
		};
		function splitList(text) {
			const body = text.trim().replace(/^\[(.*)\]$/s, "$1");
			return body.split(/[\n,]+/).map((s) => s.trim().replace(/^-\s+/, "").replace(/^(['"])(.*)\1$/, "$2")).filter(Boolean);
		}
		function shareSettings(inputs, config, opts = {}) {
			const problems = new _config_problems_js__WEBPACK_IMPORTED_MODULE_2__.Zw();
			const raw = Object.fromEntries(Object.entries(inputs).filter(([, v]) => v !== undefined && v !== ""));
			const s = _config_section_js__WEBPACK_IMPORTED_MODULE_3__.w.open(problems, [], raw, SHARE_INPUTS);
			const list = (key, check) => {
				if (!s.has(key)) return undefined;
				const items = splitList(String(s.value(key)));
				let ok = true;
				const seen = new Map();
				items.forEach((item, i) => {
					const twice = seen.get(item.toLowerCase());
					const problem = check(item) ?? (twice === undefined ? undefined : `"${item}" is listed twice (also [${twice}])`);
					if (problem) {
						s.problem([key, i], problem);
						ok = false;
					}
					if (twice === undefined) seen.set(item.toLowerCase(), i);
				});
				return ok ? items : undefined;
			};
			const cloud = s.oneOf("cloud", CLOUDS) ?? (s.has("cloud") ? undefined : (s.problem("cloud", `required: one of ${CLOUDS.join(", ")}`), undefined));
			const dryRun = s.boolean("dry-run") ?? false;
			const manifests = s.has("manifest") ? splitList(String(s.value("manifest"))) : [];
			const image = s.string("image");
			if (!image && manifests.length === 0 && !opts.builds) {
				s.problem("image", "required (or manifest): the image to share, or the manifest of its build");
			}
			const catalogue = s.string("catalogue");
			const base = config?.share;
			let request;
			if (cloud === "gcp") {
				const members = list("members", checkMember) ?? base?.gcp?.members;
				if (!s.has("members") && !members) {
					s.problem("members", "required (or share.gcp.members in the config): who may use the image");
				}
				const project = s.string("project", _naming_gce_js__WEBPACK_IMPORTED_MODULE_6__.vb) ?? config?.gcp?.project;
				const endpoint = s.string("endpoint", checkUrl) ?? config?.gcp?.endpoint;
				const auth = s.oneOf("auth", ["application-default", "none"]) ?? config?.gcp?.auth ?? "application-default";
				if (members) {
					request = {
						cloud,
						share: { members },
						connection: {
							auth,
							...project ? { project } : {},
							...endpoint ? { endpoint } : {}
						}
					};
				}
			} else if (cloud === "azure") {
				request = azureRequest(s, list, config);
			} else if (cloud === "aws") {
				const b = base?.aws;
				const accounts = list("accounts", _config_share_js__WEBPACK_IMPORTED_MODULE_4__.FJ) ?? b?.accounts ?? [];
				const organizations = list("organizations", _config_share_js__WEBPACK_IMPORTED_MODULE_4__.n4) ?? b?.organizations ?? [];
				const units = list("organizational-units", _config_share_js__WEBPACK_IMPORTED_MODULE_4__._F) ?? b?.organizationalUnits ?? [];
				if (accounts.length + organizations.length + units.length === 0 && !problems.list.length) {
					s.problem("accounts", "required (or organizations, organizational-units, or share.aws in the config): who may launch the AMI");
				}
				const endpoint = s.string("endpoint", checkUrl) ?? config?.aws?.endpoint;
				request = {
					cloud,
					share: {
						accounts,
						organizations,
						organizationalUnits: units
					},
					connection: endpoint ? { endpoint } : {}
				};
			}
			if (cloud !== "gcp") unused(s, ["members", "project"], cloud);
			if (cloud !== "azure") {
				unused(s, [
					"principals",
					"role",
					"scope",
					"subscriptions",
					"tenants",
					"ca-certificate",
					"authority-host"
				], cloud);
				unused(s, ["client-id", "tenant-id"], cloud);
			}
			if (cloud !== "aws") unused(s, [
				"accounts",
				"organizations",
				"organizational-units"
			], cloud);
			const [first, ...rest] = problems.list;
			if (first || !request) {
				throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__.x(first ? [first, ...rest] : [{
					field: "cloud",
					message: "required"
				}], { label: "inputs" });
			}
			return {
				...request,
				...image ? { image } : {},
				manifests,
				...catalogue ? { catalogue } : {},
				dryRun
			};
		}
		function azureRequest(s, list, config) {
			const b = config?.share?.azure;
			const a = config?.azure;
			const principals = list("principals", _config_share_js__WEBPACK_IMPORTED_MODULE_4__.$o) ?? b?.principals ?? [];
			const subscriptions = list("subscriptions", (id) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_7__.AA)(id, "subscription id")) ?? b?.subscriptions ?? [];
			const tenants = list("tenants", (id) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_7__.AA)(id, "tenant id")) ?? b?.tenants ?? [];
			const roleText = s.string("role");
			const role = roleText === undefined ? { id: b?.roleId ?? _config_share_js__WEBPACK_IMPORTED_MODULE_4__.Z_ } : (0, _config_share_js__WEBPACK_IMPORTED_MODULE_4__.fP)(roleText);
			if (role.problem) s.problem("role", role.problem);
			const scope = s.oneOf("scope", _config_share_js__WEBPACK_IMPORTED_MODULE_4__.Q5) ?? b?.scope ?? "gallery";
			if (principals.length + subscriptions.length + tenants.length === 0 && !s.problems.list.length) {
				s.problem("principals", "required (or subscriptions / tenants, or share.azure in the config): who may use the gallery image");
			}
			const auth = s.oneOf("auth", [
				"default",
				"oidc",
				"none"
			]) ?? a?.auth ?? "default";
			const clientId = s.string("client-id", (v) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_7__.AA)(v, "client id")) ?? a?.clientId;
			const tenantId = s.string("tenant-id", (v) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_7__.AA)(v, "tenant id")) ?? a?.tenantId;
			if (auth === "oidc" && (!clientId || !tenantId)) s.problem("auth", "oidc needs client-id and tenant-id");
			const endpoint = s.string("endpoint", (v) => /^https:\/\//.test(v) ? undefined : `must be an https URL (got "${v}")`) ?? a?.endpoint;
			const caCertificate = s.string("ca-certificate", _config_ca_file_js__WEBPACK_IMPORTED_MODULE_5__.uc) ?? a?.caCertificate;
			const authorityHost = (0, _config_authority_host_js__WEBPACK_IMPORTED_MODULE_8__.E)(s, auth) ?? a?.authorityHost;
			if (!role.id) return undefined;
			return {
				cloud: "azure",
				share: {
					principals,
					roleId: role.id,
					scope,
					subscriptions,
					tenants
				},
				connection: {
					auth,
					pollInterval: a?.pollInterval ?? 5e3,
					timeouts: { replication: a?.timeouts.operation ?? 30 * MINUTE },
					...endpoint ? { endpoint } : {},
					...caCertificate ? { caCertificate } : {},
					...authorityHost ? { authorityHost } : {},
					...clientId ? { clientId } : {},
					...tenantId ? { tenantId } : {}
				}
			};
		}
		function unused(s, keys, cloud) {
			for (const key of keys) {
				if (s.has(key) && cloud) s.problem(key, `is not used when sharing on ${cloud}`);
			}
		}
		function checkUrl(url) {
			const ok = URL.canParse(url) && ["http:", "https:"].includes(new URL(url).protocol);
			return ok ? undefined : `must be an http(s) URL such as http://127.0.0.1:8085 (got "${url}")`;
		}
	}),
	87596: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			L: () => shareResult,
			a: () => describeGrant
		});
		function shareResult(cloud, image, grants, dryRun) {
			return {
				cloud,
				image,
				grants,
				changed: !dryRun && grants.some((g) => g.status === "added"),
				dryRun
			};
		}
		function describeGrant(g, dryRun = false) {
			const where = g.region ? ` in ${g.region} (${g.image})` : "";
			const what = g.status === "unchanged" ? "already granted" : dryRun ? "would be granted" : "granted";
			return `${g.member}: ${what}${where} (${g.via})`;
		}
	}),
	13108: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { Z: () => runShare });
		var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
		var _config_confine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54936);
		var _bake_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(972);
		var _catalogue_catalogue_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26514);
		var _catalogue_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47212);
		var _config_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50649);
		var _providers_load_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(50090);
		var _manifest_read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28643);
		var _request_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15048);
		var _result_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(87596);
		var _target_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(21716);
		async function runShare(inputs, opts) {
			const config = opts.loaded ?? (opts.config ? await (0, _config_load_js__WEBPACK_IMPORTED_MODULE_5__.Z9)({
				path: opts.config,
				cwd: opts.cwd,
				purpose: "share",
				root: opts.root
			}) : undefined);
			const confine = (input, path) => {
				if (path === undefined) return undefined;
				const outside = opts.root && (0, _config_confine_js__WEBPACK_IMPORTED_MODULE_1__.K8)((0, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(opts.cwd, path), opts.root, path);
				if (outside) throw new Error(`${input}: ${outside}`);
				return (0, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(opts.cwd, path);
			};
			confine("ca-certificate", inputs["ca-certificate"]);
			const settings = (0, _request_js__WEBPACK_IMPORTED_MODULE_7__.bf)(inputs, config, { builds: opts.builds !== undefined });
			const names = opts.names ?? {
				manifest: "manifest",
				catalogue: "catalogue"
			};
			const catalogueOut = confine(names.catalogue, settings.catalogue);
			let builds = opts.builds ?? [];
			if (!opts.builds && settings.manifests.length > 0) {
				const paths = await (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_6__.TH)(settings.manifests, opts.cwd, {
					root: opts.root,
					input: names.manifest
				});
				builds = await (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_6__.D7)(paths);
			}
			const gce = { endpoint: settings.cloud === "gcp" ? settings.connection.endpoint : undefined };
			const target = settings.image ? (0, _target_js__WEBPACK_IMPORTED_MODULE_8__.hu)(settings.cloud, settings.image, settings.cloud === "gcp" ? settings.connection.project : undefined, gce) : (0, _target_js__WEBPACK_IMPORTED_MODULE_8__.dq)(settings.cloud, builds, gce);
			const ctx = (0, _bake_context_js__WEBPACK_IMPORTED_MODULE_2__.p)(process.env, opts.reporter, opts.signal);
			const title = `${settings.dryRun ? "Plan sharing" : "Share"} ${(0, _target_js__WEBPACK_IMPORTED_MODULE_8__.je)(target)}`;
			const result = await opts.reporter.group(title, async () => {
				if (target.cloud !== settings.cloud) {
					throw new Error(`internal: a ${target.cloud} image for a ${settings.cloud} share`);
				}
				const provider = await (0, _providers_load_js__WEBPACK_IMPORTED_MODULE_9__.bF)(settings.cloud);
				const r = await provider.share(settings, target, { dryRun: settings.dryRun }, ctx);
				for (const g of r.grants) opts.reporter.info((0, _result_js__WEBPACK_IMPORTED_MODULE_10__.a)(g, r.dryRun));
				opts.reporter.info(r.dryRun ? "dry run: nothing was changed" : r.changed ? `shared ${r.image}` : "no change: every member already had access");
				return r;
			});
			let catalogue = [];
			if (settings.catalogue && catalogueOut && !settings.dryRun) {
				const fromBuilds = (0, _catalogue_catalogue_js__WEBPACK_IMPORTED_MODULE_3__.MK)(builds).filter((i) => i.cloud === settings.cloud);
				const images = (0, _catalogue_catalogue_js__WEBPACK_IMPORTED_MODULE_3__.t_)(fromBuilds.length ? fromBuilds : [(0, _catalogue_catalogue_js__WEBPACK_IMPORTED_MODULE_3__.dV)(target)], [result]);
				const folder = /[/\\]$/.test(settings.catalogue) ? "/" : "";
				catalogue = await (0, _catalogue_write_js__WEBPACK_IMPORTED_MODULE_4__.m)(catalogueOut + folder, images);
				for (const path of catalogue) opts.reporter.info(`catalogue written: ${path}`);
			}
			return {
				result,
				catalogue
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
