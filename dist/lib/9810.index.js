export const id = 9810;
export const ids = [9810];
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
	86391: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { O: () => ACTION_DEFAULTS });
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
	}),
	20584: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			VD: () => parseInputYaml,
			W1: () => ActionInputs,
			p$: () => overridesFromInputs,
			vj: () => inputNames
		});
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43025);
		var _config_excerpt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52049);
		var _config_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93377);
		var _template_vars_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38812);
		var _constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98772);
		var _defaults_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86391);
		class ActionInputs {
			defaults;
			constructor(action) {
				this.defaults = _defaults_js__WEBPACK_IMPORTED_MODULE_5__.O[action];
			}
			text(name) {
				const variable = `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
				return process.env[variable] === undefined ? this.defaults[name] ?? "" : _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name);
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
				throw new Error(`input ${name}: must be true or false (got ${JSON.stringify((0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_1__.$Q)(value))})`);
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
				"image.name": named(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.ImageName),
				"image.namespace": named(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Namespace),
				"image.version": named(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Version),
				"image.overwrite": named(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Overwrite),
				manifest: named(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.ManifestPath),
				"gcp.project": named(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Project),
				"gcp.zone": named(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Zone),
				"gcp.machine-type": named(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.MachineType),
				"gcp.image-family": named(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.ImageFamily),
				"gcp.source-image": `inputs ${_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.SourceImage}, ${_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.SourceImageFamily}, ${_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.SourceImageProject}`,
				"aws.region": named(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Region),
				"aws.target-regions": named(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.TargetRegions),
				[`${cloud}.template`]: named(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Template)
			};
		}
		function overridesFromInputs(cloud = "gcp") {
			const variables = input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Variables);
			const sourceImage = {
				name: input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.SourceImage),
				family: input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.SourceImageFamily),
				project: input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.SourceImageProject)
			};
			const overlay = {
				image: {
					name: input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.ImageName),
					namespace: input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Namespace),
					version: input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Version),
					overwrite: input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Overwrite) === undefined ? undefined : bakeInputs.boolean(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Overwrite)
				},
				...variables ? { variables: parseVariables(variables) } : {},
				manifest: input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.ManifestPath),
				gcp: {
					project: input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Project),
					zone: input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Zone),
					"machine-type": input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.MachineType),
					"image-family": input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.ImageFamily),
					...Object.values(sourceImage).some(Boolean) ? { "source-image": sourceImage } : {}
				},
				aws: {
					region: input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Region),
					"target-regions": regionList(input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.TargetRegions))
				}
			};
			const template = input(_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Template);
			if (template) {
				overlay[cloud] = {
					...overlay[cloud] ?? {},
					template
				};
			}
			return overlay;
		}
		function regionList(text) {
			if (text === undefined) return undefined;
			const regions = text.split(",").map((r) => r.trim()).filter(Boolean);
			if (regions.length === 0) {
				throw new Error(`input ${_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.TargetRegions}: "${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_1__.RK)((0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_1__.$Q)(text))}" names no region; give regions separated by commas (us-west-2,eu-west-1), or leave it empty to keep the config's`);
			}
			return regions;
		}
		function parseVariables(text) {
			const raw = parseInputYaml(text, _constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Variables);
			if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
				const got = raw === null ? "empty or null" : Array.isArray(raw) ? "a list" : `a ${typeof raw}`;
				throw new Error(`input ${_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Variables}: must be a mapping of variable names to values, such as "region: eu" (got ${got})`);
			}
			try {
				return (0, _template_vars_js__WEBPACK_IMPORTED_MODULE_3__.ON)(text);
			} catch (err) {
				throw new Error(`input ${_constants_js__WEBPACK_IMPORTED_MODULE_4__.G0.Variables}: ${err.message}`);
			}
		}
		function parseInputYaml(text, name) {
			const parsed = (0, _config_yaml_js__WEBPACK_IMPORTED_MODULE_2__.h)(text);
			const [error] = parsed.errors;
			if (error) {
				throw new Error(`input ${name}: not valid YAML or JSON${error.line ? ` at its line ${error.line}` : ""} (${error.message})`);
			}
			return parsed.raw;
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
			SP: () => shown,
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
		function shown(value, max) {
			return clip(visible(value), max);
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
