export const id = 4176;
export const ids = [4176];
export const modules = {
	54176: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, {
			planCommand: () => planCommand,
			runCommand: () => runCommand
		});
		var _bake_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(972);
		var _log_reporter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9046);
		var _pipeline_ledgers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62358);
		var _pipeline_plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49261);
		var _pipeline_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48267);
		var _pipeline_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34364);
		var _pipeline_verify_choice_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(53559);
		var _verify_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72895);
		var _steps_signals_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(19508);
		var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37235);
		var _root_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33910);
		var _log_workflow_commands_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(23226);
		const OPTIONS = {
			config: {
				type: "string",
				short: "c",
				default: "worker-image.yml"
			},
			clouds: { type: "string" },
			namespace: { type: "string" },
			version: { type: "string" },
			format: {
				type: "string",
				default: "text"
			},
			offline: {
				type: "boolean",
				default: false
			},
			repo: { type: "string" }
		};
		function selected(values) {
			return (0, _pipeline_config_js__WEBPACK_IMPORTED_MODULE_3__.z)({
				path: values.config,
				cwd: process.cwd(),
				root: (0, _root_js__WEBPACK_IMPORTED_MODULE_6__.V)(values),
				clouds: values.clouds,
				namespace: values.namespace,
				version: values.version,
				names: {
					namespace: "--namespace",
					version: "--version"
				}
			});
		}
		async function planCommand(args) {
			const values = (0, _args_js__WEBPACK_IMPORTED_MODULE_5__.b)(args, OPTIONS);
			if (values.format !== "text" && values.format !== "json") {
				throw new Error(`--format ${values.format}: use text or json`);
			}
			const json = values.format === "json";
			const reporter = new _log_reporter_js__WEBPACK_IMPORTED_MODULE_1__.l(json ? (l) => process.stderr.write(l) : undefined);
			const { config, clouds } = await selected(values);
			let plans = {};
			if (values.offline) {
				await (0, _pipeline_run_js__WEBPACK_IMPORTED_MODULE_2__.g$)(config, clouds);
				for (const cloud of clouds) {
					const verify = config.verify?.[cloud];
					if (verify) await (0, _verify_run_js__WEBPACK_IMPORTED_MODULE_4__.gH)(config, cloud, verify);
				}
			} else {
				const outcome = await (0, _pipeline_run_js__WEBPACK_IMPORTED_MODULE_2__.aI)(config, (0, _bake_context_js__WEBPACK_IMPORTED_MODULE_0__.p)(process.env, reporter, new AbortController().signal), {
					clouds,
					ledgers: new _pipeline_ledgers_js__WEBPACK_IMPORTED_MODULE_7__.W(),
					dryRun: true
				});
				plans = (0, _pipeline_plan_js__WEBPACK_IMPORTED_MODULE_8__.hh)(outcome);
			}
			const plan = (0, _pipeline_plan_js__WEBPACK_IMPORTED_MODULE_8__.UX)(config, clouds, plans);
			if (json) process.stdout.write((0, _log_workflow_commands_js__WEBPACK_IMPORTED_MODULE_9__.nl)(plan, 2) + "\n");
			else for (const line of (0, _pipeline_plan_js__WEBPACK_IMPORTED_MODULE_8__.Pt)(plan)) reporter.info(line);
			return 0;
		}
		async function runCommand(args) {
			const values = (0, _args_js__WEBPACK_IMPORTED_MODULE_5__.b)(args, {
				...OPTIONS,
				"dry-run": {
					type: "boolean",
					default: false
				},
				verify: {
					type: "string",
					default: "auto"
				}
			});
			const reporter = new _log_reporter_js__WEBPACK_IMPORTED_MODULE_1__.l();
			const controller = new AbortController();
			const stop = (0, _steps_signals_js__WEBPACK_IMPORTED_MODULE_10__.P)(controller, reporter);
			try {
				const { config, clouds } = await selected(values);
				const outcome = await (0, _pipeline_run_js__WEBPACK_IMPORTED_MODULE_2__.aI)(config, (0, _bake_context_js__WEBPACK_IMPORTED_MODULE_0__.p)(process.env, reporter, controller.signal), {
					clouds,
					ledgers: new _pipeline_ledgers_js__WEBPACK_IMPORTED_MODULE_7__.W(),
					dryRun: values["dry-run"],
					verify: (0, _pipeline_verify_choice_js__WEBPACK_IMPORTED_MODULE_11__.n)(values.verify, config, clouds, "--verify")
				});
				for (const c of outcome.clouds) {
					if (c.result) reporter.info(`${c.cloud}: ${c.result.imageName} (${c.result.imageId})`);
					if (c.verify) {
						reporter.info(`${c.cloud}: ${c.verify.verified ? "verified" : "NOT verified"}, time to ready ${c.verify.timeToReadyS ?? "\u2013"} s (budget ${c.verify.budgetS} s)`);
					}
				}
				if (outcome.manifestPath) reporter.info(`manifest: ${outcome.manifestPath}`);
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
	})
};
