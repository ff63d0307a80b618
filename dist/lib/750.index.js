export const id = 750;
export const ids = [750];
export const modules = { 50750: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
	__webpack_require__.r(__webpack_exports__);
	__webpack_require__.d(__webpack_exports__, { bumpCommand: () => bumpCommand });
	var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
	var _config_excerpt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52049);
	var _bump_bump_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20730);
	var _github_repo_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(11869);
	var _log_reporter_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9046);
	var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37235);
	async function bumpCommand(args) {
		const values = (0, _args_js__WEBPACK_IMPORTED_MODULE_4__.b)(args, {
			config: {
				type: "string",
				short: "c"
			},
			repo: {
				type: "string",
				default: "."
			},
			manifest: {
				type: "string",
				multiple: true,
				default: []
			},
			set: {
				type: "string",
				multiple: true,
				default: []
			},
			check: {
				type: "boolean",
				default: false
			},
			"dry-run": {
				type: "boolean",
				default: false
			},
			"pull-request": {
				type: "boolean",
				default: false
			},
			"repo-slug": { type: "string" },
			branch: {
				type: "string",
				default: "worker-image/bump-images"
			},
			base: {
				type: "string",
				default: "main"
			}
		});
		const reporter = new _log_reporter_js__WEBPACK_IMPORTED_MODULE_3__.l();
		let pullRequest;
		if (values["pull-request"]) {
			const token = process.env.GITHUB_TOKEN;
			if (!token) throw new Error("--pull-request needs a token in GITHUB_TOKEN");
			reporter.secret(token);
			const repo = (0, _github_repo_js__WEBPACK_IMPORTED_MODULE_5__.K)(process.env, values["repo-slug"]);
			pullRequest = {
				token,
				...repo,
				branch: values.branch,
				base: values.base,
				labels: [],
				reviewers: []
			};
		}
		const outcome = await (0, _bump_bump_js__WEBPACK_IMPORTED_MODULE_2__.$)({
			config: values.config ?? "worker-image.yml",
			manifests: values.manifest,
			set: values.set,
			check: values.check,
			dryRun: values["dry-run"],
			repoDir: values.repo,
			cwd: process.cwd(),
			root: {
				dir: (0, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(values.repo),
				name: "the repository (--repo)"
			},
			names: {
				manifests: "--manifest",
				repoDir: "--repo"
			},
			reporter,
			...pullRequest ? { pullRequest } : {}
		});
		if (outcome.changedFiles.length && outcome.operation !== "dry-run") {
			reporter.info(`changed: ${outcome.changedFiles.map((f) => (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_1__.SP)(f)).join(", ")}`);
		}
		return 0;
	}
}) };
