export const id = 9826;
export const ids = [9826];
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
	99826: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { main: () => main });
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43025);
		var _bake_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(972);
		var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50649);
		var _log_actions_reporter_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72173);
		var _steps_resources_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(52444);
		var _steps_signals_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(19508);
		var _verify_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72046);
		var _verify_resolve_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25987);
		var _verify_result_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(9250);
		var _verify_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72895);
		var _failure_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6955);
		var _runner_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53913);
		var _inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(20584);
		var _summary_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(98901);
		var _workspace_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(77716);
		var _names_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(38755);
		var _job_summary_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(16939);
		async function main() {
			const reporter = new _log_actions_reporter_js__WEBPACK_IMPORTED_MODULE_3__.X();
			const controller = new AbortController();
			const stop = (0, _steps_signals_js__WEBPACK_IMPORTED_MODULE_13__.P)(controller, reporter);
			const inputs = new _inputs_js__WEBPACK_IMPORTED_MODULE_9__.W1("verify-image");
			try {
				(0, _runner_files_js__WEBPACK_IMPORTED_MODULE_8__.u)();
				const cloud = (0, _names_js__WEBPACK_IMPORTED_MODULE_11__.dM)(inputs);
				const configPath = inputs.text(_names_js__WEBPACK_IMPORTED_MODULE_11__.J.Config);
				if (!configPath) {
					throw new Error(`input ${_names_js__WEBPACK_IMPORTED_MODULE_11__.J.Config}: required (the path of the worker-image.yml whose verify block names the checks); it is empty`);
				}
				const root = (0, _workspace_js__WEBPACK_IMPORTED_MODULE_14__.G)();
				const config = await (0, _config_load_js__WEBPACK_IMPORTED_MODULE_2__.Z9)({
					path: configPath,
					cwd: root.dir,
					root,
					clouds: [cloud]
				});
				const { verify, target, build } = await (0, _verify_resolve_js__WEBPACK_IMPORTED_MODULE_5__.S)({
					cloud,
					config,
					image: inputs.optional(_names_js__WEBPACK_IMPORTED_MODULE_11__.J.Image),
					manifest: inputs.optional(_names_js__WEBPACK_IMPORTED_MODULE_11__.J.Manifest),
					cwd: root.dir,
					root,
					names: {
						image: `input ${_names_js__WEBPACK_IMPORTED_MODULE_11__.J.Image}`,
						manifest: `input ${_names_js__WEBPACK_IMPORTED_MODULE_11__.J.Manifest}`
					}
				});
				const ledger = new _steps_resources_js__WEBPACK_IMPORTED_MODULE_15__.K((0, _runner_files_js__WEBPACK_IMPORTED_MODULE_8__.i)());
				const ctx = (0, _bake_context_js__WEBPACK_IMPORTED_MODULE_1__.p)(process.env, reporter, controller.signal);
				let result;
				let failure;
				try {
					result = await (0, _verify_run_js__WEBPACK_IMPORTED_MODULE_6__.ZG)(config, target, ctx, {
						cloud,
						ledger,
						verify
					});
				} catch (err) {
					if (!(err instanceof _verify_run_js__WEBPACK_IMPORTED_MODULE_6__.Gz)) throw err;
					failure = err;
					result = err.result;
				}
				if (build) await (0, _verify_record_js__WEBPACK_IMPORTED_MODULE_4__.A)(build, result);
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(_names_js__WEBPACK_IMPORTED_MODULE_11__.oI.Verified, String(result.verified));
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(_names_js__WEBPACK_IMPORTED_MODULE_11__.oI.TimeToReady, result.timeToReadyS?.toFixed(1) ?? "");
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(_names_js__WEBPACK_IMPORTED_MODULE_11__.oI.Checks, JSON.stringify(result.checks.map(({ name, status, seconds }) => ({
					name,
					status,
					seconds
				}))));
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(_names_js__WEBPACK_IMPORTED_MODULE_11__.oI.ImageId, target.imageId);
				await writeVerifySummary(result);
				if (failure) throw failure;
			} catch (err) {
				(0, _failure_js__WEBPACK_IMPORTED_MODULE_7__.x)(err, reporter);
			} finally {
				stop();
			}
		}
		async function writeVerifySummary(result) {
			_job_summary_js__WEBPACK_IMPORTED_MODULE_12__.z.heading(`worker-image: ${result.cloud} image ${result.imageName} ${result.verified ? "verified" : "not verified"}`);
			_job_summary_js__WEBPACK_IMPORTED_MODULE_12__.z.rows((0, _verify_result_js__WEBPACK_IMPORTED_MODULE_16__.QW)(result));
			if (result.reasons.length > 0) _job_summary_js__WEBPACK_IMPORTED_MODULE_12__.z.list(result.reasons);
			await (0, _summary_js__WEBPACK_IMPORTED_MODULE_10__.Pu)();
		}
	}),
	38755: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			J: () => VerifyInputs,
			dM: () => verifyCloud,
			oI: () => VerifyOutputs
		});
		const VerifyInputs = {
			Config: "config",
			Cloud: "cloud",
			Image: "image",
			Manifest: "manifest"
		};
		const VerifyOutputs = {
			Verified: "verified",
			TimeToReady: "time-to-ready",
			Checks: "checks",
			ImageId: "image-id"
		};
		const CLOUDS = [
			"gcp",
			"azure",
			"aws"
		];
		function verifyCloud(inputs) {
			const cloud = inputs.text(VerifyInputs.Cloud);
			if (CLOUDS.includes(cloud)) return cloud;
			throw new Error(`input ${VerifyInputs.Cloud}: "${cloud}" is not a cloud; use gcp, azure or aws`);
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
	28643: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			D7: () => readManifestBuilds,
			I: () => kindOf,
			TH: () => expandManifests,
			a0: () => buildCloud,
			oe: () => readManifestFile
		});
		var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
		var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
		var _config_confine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54936);
		var _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52049);
		var _references_glob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49160);
		async function expandManifests(patterns, cwd, opts) {
			const check = (path, shown) => opts.root && (0, _config_confine_js__WEBPACK_IMPORTED_MODULE_2__.K8)(path, opts.root, shown);
			const paths = [];
			for (const pattern of patterns) {
				const refuse = (why) => {
					throw new Error(`${opts.input} "${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.SP)(pattern)}": ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.RK)(why)}`);
				};
				const full = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, pattern);
				if (!(0, _references_glob_js__WEBPACK_IMPORTED_MODULE_4__.rl)(pattern)) {
					const outside = check(full, pattern);
					if (outside) refuse(outside);
					paths.push(full);
					continue;
				}
				const fixed = full.split("/");
				const wild = fixed.findIndex((segment) => (0, _references_glob_js__WEBPACK_IMPORTED_MODULE_4__.rl)(segment));
				const base = fixed.slice(0, wild).join("/") || "/";
				const outside = check(base, base);
				if (outside) refuse(outside);
				const found = (await (0, _references_glob_js__WEBPACK_IMPORTED_MODULE_4__.TI)(base, fixed.slice(wild).join("/"))).map((f) => (0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, f));
				if (found.length === 0) refuse("matches no file");
				for (const file of found) {
					const link = check(file, file);
					if (link) refuse(link);
				}
				paths.push(...found);
			}
			const twice = paths.find((p, i) => paths.indexOf(p) !== i);
			if (twice) {
				throw new Error(`${opts.input}: ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.SP)(twice)} is given twice; name each manifest once`);
			}
			return paths;
		}
		async function readManifestBuilds(paths) {
			const builds = [];
			for (const path of paths) {
				const manifest = await readManifestFile(path);
				if (!Array.isArray(manifest?.builds)) {
					throw new Error(`manifest ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.SP)(path)} has no "builds" list`);
				}
				manifest.builds.forEach((entry, index) => {
					const what = kindOf(entry);
					if (what !== "an object") {
						throw new Error(`manifest ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.SP)(path)}: builds[${index}] is ${what}, not a build (an object with name, builder_type, artifact_id, custom_data...)`);
					}
					const b = entry;
					const data = kindOf(b.custom_data);
					if (data !== "an object" && data !== "null" && data !== "missing") {
						throw new Error(`manifest ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.SP)(path)}: builds[${index}].custom_data is ${data}, not an object of strings`);
					}
					if (manifest.last_run_uuid && b.packer_run_uuid !== manifest.last_run_uuid) return;
					builds.push({
						...b,
						custom_data: b.custom_data ?? {},
						path,
						index
					});
				});
			}
			return builds;
		}
		function kindOf(value) {
			if (value === undefined) return "missing";
			if (value === null) return "null";
			if (Array.isArray(value)) return "a list";
			const type = typeof value;
			return type === "object" ? "an object" : `a ${type}`;
		}
		async function readManifestFile(path) {
			let text;
			try {
				text = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8");
			} catch (err) {
				const code = err.code;
				throw new Error(code === "ENOENT" ? `manifest ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.SP)(path)} not found` : `manifest ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.SP)(path)}: cannot be read (${code})`);
			}
			return (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.qF)(text, `manifest ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.SP)(path)} is not valid JSON`);
		}
		function buildCloud(b) {
			const byBuilder = {
				googlecompute: "gcp",
				"azure-arm": "azure",
				"amazon-ebs": "aws"
			};
			return b.custom_data?.cloud ?? byBuilder[b.builder_type];
		}
	}),
	49160: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			TI: () => glob,
			hr: () => FileTree,
			rl: () => hasWildcard
		});
		var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
		var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
		const WILDCARD = /[*?]/;
		const ANY = /^/;
		const EMPTY = {
			files: [],
			dirs: [],
			links: []
		};
		class FileTree {
			root;
			listings = new Map();
			globs = new Map();
			constructor(root) {
				this.root = root;
			}
			list(rel) {
				let listing = this.listings.get(rel);
				if (!listing) {
					listing = {
						files: [],
						dirs: [],
						links: []
					};
					try {
						for (const e of (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, rel), { withFileTypes: true })) {
							if (e.isFile()) listing.files.push(e.name);
							else if (e.isDirectory()) listing.dirs.push(e.name);
							else if (e.isSymbolicLink()) listing.links.push(e.name);
						}
					} catch {
						listing = EMPTY;
					}
					this.listings.set(rel, listing);
				}
				return listing;
			}
			glob(pattern) {
				let hits = this.globs.get(pattern);
				if (!hits) {
					hits = walkPattern(this, pattern);
					this.globs.set(pattern, hits);
				}
				return hits;
			}
		}
		async function glob(root, pattern) {
			return new FileTree(root).glob(pattern).paths;
		}
		function walkPattern(tree, pattern) {
			const segments = pattern.split("/").filter((s) => s !== "" && s !== ".");
			if (segments.at(-1) === "**") segments.push("*");
			const names = segments.map((s) => s === "*" ? ANY : s !== "**" && WILDCARD.test(s) ? segmentRegex(s) : undefined);
			const found = new Set();
			const linked = new Set();
			const add = (path, plain) => {
				found.add(path);
				if (!plain) linked.add(path);
			};
			const walk = (rel, i, plain) => {
				const segment = segments[i];
				if (segment === undefined) return;
				const last = i === segments.length - 1;
				if (segment === "**") {
					walk(rel, i + 1, plain);
					for (const name of tree.list(rel).dirs) {
						if (!name.startsWith(".")) walk(child(rel, name), i, plain);
					}
					return;
				}
				const name = names[i];
				if (!name) {
					const path = child(rel, segment);
					const { kind, link } = kindOf((0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tree.root, path));
					if (last && kind === "file") add(path, plain && !link);
					if (!last && kind === "dir") walk(path, i + 1, plain && !link);
					return;
				}
				const listing = tree.list(rel);
				const dots = segment.startsWith(".");
				const matches = (n) => (name === ANY || name.test(n)) && (dots || !n.startsWith("."));
				if (last) {
					for (const n of listing.files) if (matches(n)) add(child(rel, n), plain);
					for (const n of listing.links) {
						const path = child(rel, n);
						if (matches(n) && kindOf((0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tree.root, path)).kind === "file") add(path, false);
					}
				} else {
					for (const n of listing.dirs) if (matches(n)) walk(child(rel, n), i + 1, plain);
				}
			};
			walk("", 0, true);
			return {
				paths: [...found].sort(),
				linked
			};
		}
		function hasWildcard(pattern) {
			return WILDCARD.test(pattern);
		}
		function child(rel, name) {
			return rel ? `${rel}/${name}` : name;
		}
		function kindOf(path) {
			try {
				const own = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false });
				const link = own?.isSymbolicLink() ?? false;
				const s = link ? (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false }) : own;
				return {
					kind: s?.isFile() ? "file" : s?.isDirectory() ? "dir" : undefined,
					link
				};
			} catch {
				return {
					kind: undefined,
					link: false
				};
			}
		}
		function segmentRegex(segment) {
			const source = [...segment].map((c) => c === "*" ? ".*" : c === "?" ? "." : c.replace(/[\\^$.+()[\]{}|]/g, "\\$&")).join("");
			return new RegExp(`^${source}$`, "s");
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
	72046: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { A: () => recordInManifest });
		var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
		var _config_confine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54936);
		var _manifest_packer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8509);
		var _manifest_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28643);
		async function recordInManifest(build, result) {
			const manifest = await (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_3__.oe)(build.path);
			const at = manifest.builds.findIndex((b) => b.packer_run_uuid === build.packer_run_uuid && b.name === build.name && b.artifact_id === build.artifact_id);
			if (at === -1) throw new Error(`manifest ${build.path} no longer holds the build verified`);
			manifest.builds[at] = (0, _manifest_packer_js__WEBPACK_IMPORTED_MODULE_2__.uJ)(manifest.builds[at], result);
			(0, _config_confine_js__WEBPACK_IMPORTED_MODULE_1__.Yz)(build.path, "manifest");
			await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(build.path, JSON.stringify(manifest, null, 2) + "\n");
		}
	}),
	25987: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { S: () => resolveVerification });
		var _manifest_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28643);
		var _target_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20354);
		async function resolveVerification(opts) {
			const { cloud, config, names } = opts;
			if (!config[cloud]) throw new Error(`the config has no ${cloud}: block to verify on`);
			const verify = config.verify?.[cloud];
			if (!verify) {
				throw new Error(`the config has no checks for ${cloud}: add a verify: block (or ${cloud}.verify:) with checks, e.g. docker: docker info`);
			}
			if (opts.image === undefined === (opts.manifest === undefined)) {
				throw new Error(`give the image to verify with ${names.image} or ${names.manifest} (one of them, not both)`);
			}
			if (opts.image !== undefined) {
				return {
					verify,
					target: (0, _target_js__WEBPACK_IMPORTED_MODULE_1__.tk)(cloud, opts.image, config)
				};
			}
			const paths = await (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_0__.TH)([opts.manifest], opts.cwd, {
				root: opts.root,
				input: names.manifest
			});
			const build = (0, _target_js__WEBPACK_IMPORTED_MODULE_1__.Dz)(cloud, await (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_0__.D7)(paths), opts.manifest);
			return {
				verify,
				target: (0, _target_js__WEBPACK_IMPORTED_MODULE_1__.aS)(build),
				build
			};
		}
	})
};
