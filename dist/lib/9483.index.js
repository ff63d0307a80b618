export const id = 9483;
export const ids = [9483];
export const modules = {
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
	29483: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { replicateCommand: () => replicateCommand });
		var _actions_replicate_gallery_version_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46430);
		var _log_reporter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9046);
		var _replicate_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29220);
		var _steps_signals_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19508);
		var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37235);
		var _root_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33910);
		var _log_workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23226);
		async function replicateCommand(args) {
			const values = (0, _args_js__WEBPACK_IMPORTED_MODULE_3__.b)(args, {
				config: {
					type: "string",
					short: "c"
				},
				repo: { type: "string" },
				...Object.fromEntries(_replicate_request_js__WEBPACK_IMPORTED_MODULE_2__.S.map((f) => [f, { type: "string" }]))
			});
			const reporter = new _log_reporter_js__WEBPACK_IMPORTED_MODULE_1__.l();
			const controller = new AbortController();
			const stop = (0, _steps_signals_js__WEBPACK_IMPORTED_MODULE_5__.P)(controller, reporter);
			try {
				const { config, repo, ...rest } = values;
				const outcome = await (0, _actions_replicate_gallery_version_run_js__WEBPACK_IMPORTED_MODULE_0__.h)(rest, {
					...config ? { config } : {},
					cwd: process.cwd(),
					root: (0, _root_js__WEBPACK_IMPORTED_MODULE_4__.V)({
						repo,
						config
					}),
					reporter,
					signal: controller.signal
				});
				process.stdout.write((0, _log_workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__.nl)(outcome.summary, 2) + "\n");
				return 0;
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
