export const id = 7932;
export const ids = [7932];
export const modules = {
	27932: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { main: () => main });
		var core = __webpack_require__(43025);
		var bump = __webpack_require__(20730);
		var github_repo = __webpack_require__(11869);
		var actions_reporter = __webpack_require__(72173);
		var failure = __webpack_require__(6955);
		var runner_files = __webpack_require__(53913);
		var actions_inputs = __webpack_require__(20584);
		var summary = __webpack_require__(98901);
		var workspace = __webpack_require__(77716);
		;
		function parseAuthor(text) {
			const m = /^\s*(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
			if (!m) throw new Error(`input author: must be "Name <email>" (got ${JSON.stringify(text)})`);
			return {
				name: m[1],
				email: m[2]
			};
		}
		var external_node_fs_ = __webpack_require__(73024);
		var external_node_path_ = __webpack_require__(76760);
		var confine = __webpack_require__(54936);
		var config_text = __webpack_require__(93593);
		var glob = __webpack_require__(49160);
		;
		const LOGIN = /^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$/;
		const TEAM = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
		const LABEL_MAX = 50;
		const TITLE_MAX = 256;
		const BRANCH_MAX_BYTES = 255;
		function checkPullRequestText(pr) {
			for (const r of pr.reviewers) {
				const [org, team, more] = r.split("/");
				const ok = more === undefined && LOGIN.test(org) && (team === undefined || TEAM.test(team));
				if (!ok) {
					throw new Error(`input reviewers: ${(0, config_text.TL)(r, 60)} is not a GitHub login or org/team (a login is letters, digits and single hyphens, at most 39 characters)`);
				}
			}
			for (const label of pr.labels) {
				const unsafe = (0, config_text.Kz)(label);
				if (unsafe) throw new Error(`input labels: ${unsafe}`);
				if (label.length > LABEL_MAX) {
					throw new Error(`input labels: at most ${LABEL_MAX} characters a label (got ${label.length}): ${(0, config_text.TL)(label, 40)}`);
				}
			}
			if (pr.title !== undefined) {
				if (/[\r\n\u2028\u2029]/.test(pr.title)) {
					throw new Error(`input title: one line (got ${(0, config_text.TL)(pr.title, 60)})`);
				}
				const unsafe = (0, config_text.Kz)(pr.title);
				if (unsafe) throw new Error(`input title: ${unsafe}`);
				if (pr.title.length > TITLE_MAX) {
					throw new Error(`input title: at most ${TITLE_MAX} characters (got ${pr.title.length}): ${(0, config_text.TL)(pr.title, 40)}`);
				}
			}
			for (const [input, name] of [["branch", pr.branch], ["base", pr.base]]) {
				if (name === undefined) continue;
				const unsafe = (0, config_text.Kz)(name);
				if (unsafe) throw new Error(`input ${input}: ${unsafe}`);
				const bytes = Buffer.byteLength(name);
				if (bytes > BRANCH_MAX_BYTES) {
					throw new Error(`input ${input}: at most ${BRANCH_MAX_BYTES} bytes (got ${bytes}): ${(0, config_text.TL)(name, 40)}`);
				}
			}
		}
		function checkRepoDir(repoDir, cwd, root) {
			const text = (0, config_text.ZJ)(repoDir);
			if (text) throw new Error(`input repo-dir: ${text}`);
			const full = (0, external_node_path_.resolve)(cwd, repoDir);
			const outside = (0, confine.K8)(full, root, repoDir);
			if (outside) throw new Error(`input repo-dir: ${outside}`);
			let folder;
			try {
				folder = (0, external_node_fs_.statSync)(full).isDirectory();
			} catch {
				throw new Error(`input repo-dir: ${(0, config_text.TL)(repoDir)} does not exist`);
			}
			if (!folder) throw new Error(`input repo-dir: ${(0, config_text.TL)(repoDir)} is not a folder`);
		}
		function checkManifests(manifests, cwd, root) {
			for (const m of manifests) {
				const text = (0, config_text.ZJ)(m);
				if (text) throw new Error(`input manifests: ${text}`);
				if ((0, glob.rl)(m)) continue;
				const full = (0, external_node_path_.resolve)(cwd, m);
				if ((0, confine.K8)(full, root, m)) continue;
				let file;
				try {
					file = (0, external_node_fs_.statSync)(full).isFile();
				} catch {
					throw new Error(`input manifests: ${(0, config_text.TL)(m)}: manifest not found`);
				}
				if (!file) throw new Error(`input manifests: ${(0, config_text.TL)(m)}: not a file`);
			}
		}
		var job_summary = __webpack_require__(16939);
		;
		async function main() {
			const reporter = new actions_reporter.X();
			const inputs = new actions_inputs.W1("bump-version-reference");
			try {
				(0, runner_files.u)();
				const token = inputs.text("token");
				if (token) core.setSecret(token);
				const check = inputs.boolean("check");
				const dryRun = inputs.boolean("dry-run");
				const rules = inputs.optional("rules");
				const author = inputs.optional("author");
				const writePr = Boolean(token) && !check && !dryRun;
				const root = (0, workspace.G)();
				const manifests = inputs.lines("manifests");
				const title = inputs.optional("title");
				const base = inputs.optional("base");
				const labels = inputs.list("labels");
				const reviewers = inputs.list("reviewers");
				const branch = inputs.text("branch");
				checkPullRequestText({
					reviewers,
					labels,
					title,
					branch,
					base
				});
				checkRepoDir(inputs.text("repo-dir"), root.dir, root);
				checkManifests(manifests, root.dir, root);
				const repo = writePr ? (0, github_repo.K)(process.env) : undefined;
				const outcome = await (0, bump.$)({
					config: inputs.optional("config"),
					...rules ? { rules: (0, actions_inputs.VD)(rules, "rules") } : {},
					manifests,
					set: inputs.list("set"),
					check,
					dryRun,
					repoDir: inputs.text("repo-dir"),
					cwd: root.dir,
					root,
					names: {
						manifests: "manifests",
						repoDir: "repo-dir"
					},
					reporter,
					...repo ? { pullRequest: {
						token,
						owner: repo.owner,
						repo: repo.repo,
						apiUrl: repo.apiUrl,
						serverUrl: repo.serverUrl,
						branch,
						base: base ?? (process.env.GITHUB_BASE_REF || process.env.GITHUB_REF_NAME || "main"),
						...title ? { title } : {},
						labels,
						reviewers,
						...author ? { author: parseAuthor(author) } : {}
					} } : {}
				});
				core.setOutput("pull-request-operation", outcome.pullRequest ? outcome.operation : "none");
				core.setOutput("pull-request-number", outcome.pullRequest ? String(outcome.pullRequest.number) : "");
				core.setOutput("pull-request-url", outcome.pullRequest?.url ?? "");
				core.setOutput("changed-files", outcome.changedFiles.join("\n"));
				job_summary.z.heading(`worker-image: references ${outcome.operation}`);
				if (outcome.pullRequest) job_summary.z.link(`pull request #${outcome.pullRequest.number}`, outcome.pullRequest.url);
				if (outcome.diff) job_summary.z.codeBlock(outcome.diff.slice(0, 6e4), "diff");
				await (0, summary.Pu)();
			} catch (err) {
				(0, failure.x)(err, reporter);
			}
		}
	}),
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
	})
};
