export const id = 1575;
export const ids = [1575];
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
	93581: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			W1: () => ActionInputs,
			vj: () => inputNames,
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
		function inputNames(cloud = "gcp") {
			const named = (name) => `input ${name}`;
			return {
				"image.name": named(constants.G0.ImageName),
				"image.namespace": named(constants.G0.Namespace),
				"image.version": named(constants.G0.Version),
				"image.overwrite": named(constants.G0.Overwrite),
				manifest: named(constants.G0.ManifestPath),
				"gcp.project": named(constants.G0.Project),
				"gcp.zone": named(constants.G0.Zone),
				"gcp.machine-type": named(constants.G0.MachineType),
				"gcp.image-family": named(constants.G0.ImageFamily),
				"gcp.source-image": `inputs ${constants.G0.SourceImage}, ${constants.G0.SourceImageFamily}, ${constants.G0.SourceImageProject}`,
				"aws.region": named(constants.G0.Region),
				"aws.target-regions": named(constants.G0.TargetRegions),
				[`${cloud}.template`]: named(constants.G0.Template)
			};
		}
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
	52049: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			$Q: () => clip,
			RK: () => visible,
			Y: () => QUOTE_MAX,
			cA: () => lineOf,
			dk: () => lineAtOffset,
			gB: () => visibleLines,
			qF: () => parseJson
		});
		var _log_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66059);
		const QUOTE_MAX = 200;
		const UNSEEN = new RegExp(`(?! )${_log_printable_js__WEBPACK_IMPORTED_MODULE_0__.q}`, "gu");
		function visible(text) {
			return text.replace(UNSEEN, (c) => {
				if (c === "\r") return "\\r";
				if (c === "\n") return "\\n";
				if (c === "	") return "\\t";
				const code = c.codePointAt(0);
				return code > 65535 ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
			});
		}
		function visibleLines(text) {
			return text.split("\n").map((line) => line.split("	").map(visible).join("	")).join("\n");
		}
		function clip(text, max = QUOTE_MAX) {
			const line = /^[^\r\n]*/.exec(text)?.[0] ?? "";
			return line.length > max ? `${line.slice(0, max)}\u2026` : line;
		}
		function lineOf(text, n) {
			let start = 0;
			for (let i = 1; i < n; i++) {
				const next = text.indexOf("\n", start);
				if (next === -1) return "";
				start = next + 1;
			}
			return clip(text.slice(start));
		}
		function lineAtOffset(text, offset) {
			let line = 1;
			for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
			return line;
		}
		function parseJson(text, refusal) {
			try {
				return JSON.parse(text);
			} catch (err) {
				const message = err.message;
				const reason = message.replace(/,? ".*" is not valid JSON$/s, "").replace(/ in JSON at position \d+.*$/s, "").replace(/ at position \d+.*$/s, "");
				const position = /position (\d+)/.exec(message)?.[1];
				const line = position === undefined ? undefined : lineAtOffset(text, Number(position));
				const where = line === undefined ? "" : ` at line ${line}: ${lineOf(text, line)}`;
				throw new Error(`${refusal} (${clip(reason, 80)})${where}`);
			}
		}
	}),
	72173: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { X: () => ActionsReporter });
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43025);
		var _config_excerpt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52049);
		var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23226);
		class ActionsReporter {
			info(message) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0, _workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__.tJ)(message));
			}
			warning(message, where) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.warning((0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_1__.gB)(message), annotation(where));
			}
			error(message, where) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.error((0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_1__.gB)(message), annotation(where));
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
	66059: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { q: () => NOT_PRINTABLE });
		const NOT_PRINTABLE = String.raw`[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]`;
	}),
	23226: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			nl: () => inertJson,
			rK: () => forStdout,
			tJ: () => inert
		});
		var _naming_random_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88843);
		const LINE_END = /\r\n|\r|\n/;
		const IGNORABLE = /[\p{Cc}\p{Cf}\p{Mn}\p{Me}]/gu;
		const IGNORABLE_IN_JSON = /[\p{Cf}\p{Mn}\p{Me}]/gu;
		const LEADING_SPACE = /^[\s\u0085\u180e]+/u;
		function mayBeCommand(text) {
			if (!text.includes(":") && !text.includes("#")) return false;
			return text.split(LINE_END).some((raw) => {
				const line = raw.replace(IGNORABLE, "");
				return line.replace(LEADING_SPACE, "").startsWith("::") || line.includes("##[");
			});
		}
		function commandToken() {
			return `worker-image-${(0, _naming_random_js__WEBPACK_IMPORTED_MODULE_0__.n)(16)}`;
		}
		function inert(text, token = commandToken) {
			if (!mayBeCommand(text)) return text;
			let t = token();
			for (let tries = 1; text.includes(t); tries++) {
				if (tries === 10) throw new Error("inert: the token source keeps giving tokens the text holds");
				t = token();
			}
			const final = text.endsWith("\n");
			return `::stop-commands::${t}\n${final ? text : `${text}\n`}::${t}::${final ? "\n" : ""}`;
		}
		function inertJson(value, indent) {
			return JSON.stringify(value, null, indent).replace(IGNORABLE_IN_JSON, (c) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, "0")}`).join("")).replaceAll("##[", "#\\u0023[");
		}
		function forStdout(text) {
			return process.env.GITHUB_ACTIONS === "true" ? inert(text) : text;
		}
	}),
	88843: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { n: () => randomHex });
		function randomHex(bytes) {
			const { randomBytes } = process.getBuiltinModule("node:crypto");
			return randomBytes(bytes).toString("hex");
		}
	}),
	8099: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			V: () => ReferenceProblemError,
			m: () => formatProblem
		});
		var _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52049);
		var _shown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89769);
		class ReferenceProblemError extends Error {
			name = "ReferenceProblemError";
			problems;
			constructor(problems) {
				super(problems.map(formatProblem).join("\n"));
				this.problems = problems;
			}
		}
		function formatProblem(p) {
			const file = (0, _shown_js__WEBPACK_IMPORTED_MODULE_1__.S)(p.file);
			const where = p.line === undefined ? file : `${file}:${p.line}`;
			return `${where}: rule ${(0, _shown_js__WEBPACK_IMPORTED_MODULE_1__.S)(p.rule)}: ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.RK)(p.message)} (pattern: ${(0, _shown_js__WEBPACK_IMPORTED_MODULE_1__.S)(p.pattern)})`;
		}
	}),
	89769: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { S: () => shown });
		var _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52049);
		function shown(value, max) {
			return (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.$Q)((0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.RK)(value), max);
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
