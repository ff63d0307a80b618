export const id = 9318;
export const ids = [9318];
export const modules = {
	19318: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { renderCommand: () => renderCommand });
		var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
		var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
		var _config_confine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54936);
		var _template_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73385);
		var _template_vars_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38812);
		var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37235);
		var _log_workflow_commands_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(23226);
		var _root_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33910);
		async function withSignals(run) {
			const controller = new AbortController();
			const abort = () => controller.abort();
			process.on("SIGINT", abort);
			process.on("SIGTERM", abort);
			try {
				return await run(controller.signal);
			} finally {
				process.off("SIGINT", abort);
				process.off("SIGTERM", abort);
			}
		}
		async function check(templates, variables) {
			let problems = 0;
			for (const template of templates) {
				const found = await withSignals((signal) => (0, _template_render_js__WEBPACK_IMPORTED_MODULE_3__.bm)(template, variables, { signal }));
				for (const problem of found) process.stderr.write((0, _log_workflow_commands_js__WEBPACK_IMPORTED_MODULE_7__.rK)(`${problem.message}\n`));
				if (found.length === 0) process.stdout.write(`${template}: renders like Jinja2\n`);
				problems += found.length;
			}
			return problems > 0 ? 1 : 0;
		}
		function inside(flag, path, root) {
			const outside = (0, _config_confine_js__WEBPACK_IMPORTED_MODULE_2__.K8)((0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path), root, path);
			if (outside) throw new Error(`${flag}: ${outside}`);
			return path;
		}
		async function renderCommand(args) {
			const { values, positionals } = (0, _args_js__WEBPACK_IMPORTED_MODULE_5__.R)(args, {
				template: {
					type: "string",
					short: "t"
				},
				vars: { type: "string" },
				out: {
					type: "string",
					short: "o"
				},
				check: { type: "boolean" },
				repo: { type: "string" }
			});
			const root = (0, _root_js__WEBPACK_IMPORTED_MODULE_6__.V)({ repo: values.repo });
			const templates = [...values.template ? [inside("--template", values.template, root)] : [], ...positionals.map((t) => inside("--check", t, root))];
			const twice = templates.find((t, i) => templates.indexOf(t) !== i);
			if (twice) throw new Error(`render: ${twice} is named twice; name each template once`);
			if (values.vars?.startsWith("@")) inside("--vars", values.vars.slice(1), root);
			if (values.out) {
				const problem = (0, _config_confine_js__WEBPACK_IMPORTED_MODULE_2__.nQ)((0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(values.out), root, values.out);
				if (problem) throw new Error(`--out: ${problem}`);
			}
			const variables = values.vars ? await (0, _template_vars_js__WEBPACK_IMPORTED_MODULE_4__.iH)(values.vars) : {};
			if (values.check) {
				if (templates.length === 0) throw new Error("render --check: name the template(s) to check");
				if (values.out) throw new Error("render --check writes nothing: leave out --out");
				return check(templates, variables);
			}
			if (templates.length !== 1) {
				throw new Error("--template FILE is required (one Jinja2 template; --check takes several)");
			}
			const text = await withSignals((signal) => (0, _template_render_js__WEBPACK_IMPORTED_MODULE_3__.dg)(templates[0], variables, { signal }));
			if (values.out) await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(values.out, text);
			else process.stdout.write(text);
			return 0;
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
