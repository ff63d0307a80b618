export const id = 2252;
export const ids = [2252];
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
	52330: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { D: () => postCleanup });
		var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43025);
		var _bake_bake_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11493);
		var _log_actions_reporter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72173);
		var _steps_resources_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52444);
		var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98772);
		async function postCleanup(loadConfig) {
			const saved = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(_constants_js__WEBPACK_IMPORTED_MODULE_3__.Uw.Resources);
			const items = saved ? JSON.parse(saved) : [];
			if (items.length === 0) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.info("worker-image: nothing left to clean up");
				return;
			}
			try {
				const ledger = new _steps_resources_js__WEBPACK_IMPORTED_MODULE_4__.K(() => {}, items);
				await (0, _bake_bake_js__WEBPACK_IMPORTED_MODULE_1__.b)(await loadConfig(), new _log_actions_reporter_js__WEBPACK_IMPORTED_MODULE_2__.X(), ledger);
				const left = ledger.list();
				if (left.length > 0) {
					_actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(`worker-image: ${left.length} resource(s) could not be deleted: ${left.map((r) => `${r.cloud} ${r.id}`).join(", ")}. ` + "Run `worker-image gc` or delete them by their worker-image-run label.");
				}
			} catch (err) {
				_actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(`worker-image cleanup failed: ${err.message}`);
			}
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
	11493: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			W: () => bake,
			b: () => cleanupRecorded
		});
		var packer = __webpack_require__(8509);
		var load = __webpack_require__(50090);
		var runner = __webpack_require__(51551);
		var render = __webpack_require__(73385);
		var external_node_crypto_ = __webpack_require__(77598);
		;
		function planLines(plan, script) {
			const digest = (0, external_node_crypto_.createHash)("sha256").update(script).digest("hex").slice(0, 12);
			return [
				`cloud:         ${plan.cloud} (${plan.location})`,
				`image:         ${plan.imageName} (version ${plan.version})`,
				`source image:  ${plan.sourceImage}`,
				`template:      ${plan.template} \u2192 ${script.split("\n").length} lines, sha256 ${digest}\u2026`,
				"creates:",
				...plan.resources.map((r) => `  ${r.kind} ${r.name}${r.role === "builder" ? " (temporary)" : ""}`),
				`labels:        ${Object.entries(plan.labels).map(([k, v]) => `${k}=${v}`).join(", ")}`
			];
		}
		;
		async function bake(config, ctx, opts) {
			const cloudConfig = config[opts.cloud];
			if (!cloudConfig) throw new Error(`the config has no ${opts.cloud}: block`);
			const script = opts.script ?? await (0, render.dg)(cloudConfig.template.path, cloudConfig.template.variables, {
				signal: ctx.signal,
				timeoutMs: config.templateTimeout
			});
			const provider = await (0, load.Cg)(opts.cloud, config);
			const plan = await ctx.reporter.group(`Plan ${opts.cloud} image`, async () => {
				const p = await provider.plan(config, ctx);
				for (const line of planLines(p, script)) ctx.reporter.info(line);
				return p;
			});
			if (opts.dryRun) return { plan };
			const { steps, result } = provider.bakeSteps(config, plan, script, ctx, opts.ledger);
			const timings = await (0, runner.r)(steps, {
				reporter: ctx.reporter,
				ledger: opts.ledger,
				deleteResource: (r, o) => provider.deleteResource(r, o),
				signal: ctx.signal
			});
			const baked = {
				...result(),
				timings
			};
			const build = (0, packer.wb)(baked, {
				uuid: ctx.uuid,
				buildTime: Math.floor(Date.now() / 1e3),
				runId: ctx.runId,
				...ctx.commit ? { commit: ctx.commit } : {},
				...ctx.runUrl ? { runUrl: ctx.runUrl } : {}
			});
			if (opts.writeManifest === false) return {
				plan,
				result: baked,
				build
			};
			await (0, packer.HN)(config.manifestPath, [build], ctx.uuid);
			return {
				plan,
				result: baked,
				build,
				manifestPath: config.manifestPath
			};
		}
		async function cleanupRecorded(config, reporter, ledger) {
			const providers = new Map();
			const deleteResource = async (r, o) => {
				const key = `${r.cloud}/${r.role === "verifier" ? "verify" : "bake"}`;
				if (!providers.has(key)) {
					providers.set(key, r.role === "verifier" ? (0, load.vB)(r.cloud, config) : (0, load.Cg)(r.cloud, config));
				}
				return (await providers.get(key)).deleteResource(r, o);
			};
			await (0, runner.t)({
				reporter,
				ledger,
				deleteResource
			}, false);
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
	8509: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			HN: () => writeManifest,
			uJ: () => withVerification,
			wb: () => manifestBuild
		});
		var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
		var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
		var _config_confine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54936);
		const BUILDER_TYPE = {
			gcp: "googlecompute",
			azure: "azure-arm",
			aws: "amazon-ebs"
		};
		function manifestBuild(result, run) {
			return {
				name: result.cloud,
				builder_type: BUILDER_TYPE[result.cloud],
				build_time: run.buildTime,
				files: null,
				artifact_id: result.artifactId,
				packer_run_uuid: run.uuid,
				custom_data: {
					cloud: result.cloud,
					image_name: result.imageName,
					image_id: result.imageId,
					version: result.version,
					source_image: result.sourceImage,
					run_id: run.runId,
					...run.commit ? { commit: run.commit } : {},
					...run.runUrl ? { run_url: run.runUrl } : {},
					...result.details
				}
			};
		}
		function withVerification(build, result) {
			const data = Object.fromEntries(Object.entries(build.custom_data).filter(([key]) => key !== "time_to_ready_s"));
			return {
				...build,
				custom_data: {
					...data,
					verified: String(result.verified),
					...result.timeToReadyS !== undefined ? { time_to_ready_s: result.timeToReadyS.toFixed(1) } : {}
				}
			};
		}
		async function writeManifest(path, builds, uuid) {
			const manifest = {
				builds,
				last_run_uuid: uuid
			};
			try {
				await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
				(0, _config_confine_js__WEBPACK_IMPORTED_MODULE_2__.Yz)(path, "manifest");
				await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, JSON.stringify(manifest, null, 2) + "\n");
			} catch (err) {
				const made = builds.map((b) => b.artifact_id).join(", ");
				throw new Error(`the manifest could not be written to ${path} (${err.message}); the images are made and kept: ${made}`, { cause: err });
			}
		}
	}),
	88843: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { n: () => randomHex });
		function randomHex(bytes) {
			const { randomBytes } = process.getBuiltinModule("node:crypto");
			return randomBytes(bytes).toString("hex");
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
	52444: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			K: () => ResourceLedger,
			q: () => describe
		});
		class ResourceLedger {
			persist;
			items;
			constructor(persist = () => {}, initial = []) {
				this.persist = persist;
				this.items = [...initial];
			}
			record(resource) {
				this.items.push(resource);
				this.persist(this.list());
			}
			release(resource) {
				const i = this.items.findIndex((r) => r.cloud === resource.cloud && r.id === resource.id);
				if (i >= 0) this.items.splice(i, 1);
				this.persist(this.list());
			}
			replace(old, next) {
				const at = this.items.findIndex((r) => old.some((o) => o.cloud === r.cloud && o.id === r.id));
				const kept = this.items.filter((r) => !old.some((o) => o.cloud === r.cloud && o.id === r.id));
				kept.splice(at < 0 ? kept.length : at, 0, ...next);
				this.items.splice(0, this.items.length, ...kept);
				this.persist(this.list());
			}
			list() {
				return [...this.items];
			}
		}
		function describe(r) {
			return `${r.cloud} ${r.kind} ${r.id}`;
		}
	}),
	51551: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			r: () => runSteps,
			t: () => cleanup
		});
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47683);
		var _resources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52444);
		async function runSteps(steps, opts) {
			const timings = [];
			let failure;
			try {
				for (const step of steps) {
					const start = Date.now();
					await opts.reporter.group(step.name, () => step.run());
					timings.push({
						name: step.name,
						ms: Date.now() - start
					});
				}
			} catch (err) {
				failure = err;
			}
			await cleanup(opts, failure === undefined);
			if (failure !== undefined) throw failure;
			return timings;
		}
		async function cleanup(opts, succeeded) {
			const items = opts.ledger.list().reverse();
			const doomed = items.filter((r) => !(succeeded && r.keep === "on-success"));
			for (const r of items) if (!doomed.includes(r)) opts.ledger.release(r);
			if (doomed.length === 0) return;
			await opts.reporter.group("Clean up", async () => {
				for (const r of doomed) {
					const start = Date.now();
					const wait = !opts.signal?.aborted;
					let held = [r];
					const progress = (left) => {
						opts.ledger.replace(held, left);
						held = left;
					};
					try {
						const outcome = await opts.deleteResource(r, {
							wait,
							reporter: opts.reporter,
							progress
						});
						if (wait || outcome === "deleted") {
							for (const h of held) opts.ledger.release(h);
							opts.reporter.info(`deleted ${(0, _resources_js__WEBPACK_IMPORTED_MODULE_0__.q)(r)} (${(0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_1__.a)(Date.now() - start)})`);
						} else {
							opts.reporter.info(`deletion of ${(0, _resources_js__WEBPACK_IMPORTED_MODULE_0__.q)(r)} requested`);
						}
					} catch (err) {
						opts.reporter.warning(`could not delete ${(0, _resources_js__WEBPACK_IMPORTED_MODULE_0__.q)(r)}: ${err.message.replace(/\.$/, "")}. ` + "The post step retries; `worker-image gc` finds it by its worker-image-run label.");
					}
				}
			});
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
