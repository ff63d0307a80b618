export const id = 9659;
export const ids = [9659];
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
	7470: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { main: () => main });
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43025);
		var _log_actions_reporter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72173);
		var _replicate_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29220);
		var _steps_signals_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(19508);
		var _failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6955);
		var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93581);
		var _workspace_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77716);
		var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46430);
		var _summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98901);
		async function main() {
			const reporter = new _log_actions_reporter_js__WEBPACK_IMPORTED_MODULE_1__.X();
			const controller = new AbortController();
			const stop = (0, _steps_signals_js__WEBPACK_IMPORTED_MODULE_7__.P)(controller, reporter);
			const action = new _inputs_js__WEBPACK_IMPORTED_MODULE_4__.W1("replicate-gallery-version");
			try {
				const inputs = Object.fromEntries(_replicate_request_js__WEBPACK_IMPORTED_MODULE_2__.S.map((k) => [k, action.optional(k)]));
				const root = (0, _workspace_js__WEBPACK_IMPORTED_MODULE_8__.G)();
				const outcome = await (0, _run_js__WEBPACK_IMPORTED_MODULE_5__.h)(inputs, {
					config: action.optional("config"),
					cwd: root.dir,
					root,
					reporter,
					signal: controller.signal
				});
				const { summary } = outcome;
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput("replication", JSON.stringify(summary));
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput("regions", summary.regions.map((r) => r.region).join(","));
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addHeading(`worker-image: ${summary.version} replicated`, 3);
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addTable([[
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
				], ...summary.regions.map((r) => [
					r.region,
					r.state,
					`${r.progress}%`
				])]);
				await (0, _summary_js__WEBPACK_IMPORTED_MODULE_6__.Pu)();
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
		var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77022);
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
	29220: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			F: () => replicateSettings,
			S: () => REPLICATE_INPUTS
		});
		var _config_authority_host_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81600);
		var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9353);
		var _config_problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31846);
		var _config_section_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13667);
		var _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63726);
		var _regions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56204);
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
			const problems = new _config_problems_js__WEBPACK_IMPORTED_MODULE_3__.Zw();
			const raw = Object.fromEntries(Object.entries(inputs).filter(([, v]) => v !== undefined && v !== ""));
			const s = _config_section_js__WEBPACK_IMPORTED_MODULE_1__.w.open(problems, [], raw, REPLICATE_INPUTS);
			const b = base?.azure;
			const pick = (key, fallback, check) => s.has(key) ? s.string(key, check) : fallback ?? (s.problem(key, "required (or give a config with an azure: block)"), undefined);
			const subscriptionId = pick("subscription-id", b?.subscriptionId, (v) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__.AA)(v, "subscription id"));
			const resourceGroup = pick("resource-group", b?.resourceGroup, _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__.yr);
			const gallery = pick("gallery", b?.gallery, _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__.gN);
			const definition = pick("definition", b ? (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__.PW)(b.definition.name, base.namespace) : undefined, _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__.dW);
			const version = s.required("version", _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__.zX, { id: true });
			let regions = b?.targetRegions;
			if (s.has("target-regions")) {
				try {
					regions = (0, _regions_js__WEBPACK_IMPORTED_MODULE_2__.k_)(String(s.value("target-regions")), "target-regions");
				} catch (err) {
					if (!(err instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_0__.x)) throw err;
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
			const clientId = s.string("client-id", (v) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__.AA)(v, "client id")) ?? b?.clientId;
			const tenantId = s.string("tenant-id", (v) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__.AA)(v, "tenant id")) ?? b?.tenantId;
			if (auth === "oidc" && (!clientId || !tenantId)) s.problem("auth", "oidc needs client-id and tenant-id");
			const endpoint = s.string("endpoint", (v) => /^https:\/\//.test(v) ? undefined : `must be an https URL (got "${v}")`) ?? b?.endpoint;
			const caCertificate = s.string("ca-certificate") ?? b?.caCertificate;
			const authorityHost = (0, _config_authority_host_js__WEBPACK_IMPORTED_MODULE_5__.E)(s, auth) ?? b?.authorityHost;
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
			if (first) throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__.x([first, ...rest], { label: "inputs" });
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
		function abortOnSignals(controller, reporter) {
			let received = false;
			const handler = (signal) => {
				received = true;
				if (!controller.signal.aborted) {
					reporter.warning(`received ${signal}: cancelling and deleting what this run created`);
					controller.abort();
				}
			};
			process.on("SIGINT", handler);
			process.on("SIGTERM", handler);
			return () => {
				process.off("SIGINT", handler);
				process.off("SIGTERM", handler);
				if (received) setTimeout(() => process.exit(), 1e3).unref();
			};
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
