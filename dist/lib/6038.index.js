export const id = 6038;
export const ids = [6038];
export const modules = {
	56038: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { cli: () => cli });
		var errors = __webpack_require__(9353);
		var config_problems = __webpack_require__(17825);
		var reporter = __webpack_require__(9046);
		var cli_args = __webpack_require__(37235);
		var external_node_fs_ = __webpack_require__(73024);
		;
		const COMMAND_HELP = {
			plan: {
				synopsis: `worker-image plan [--config FILE] [--clouds gcp,azure,aws|all] [--namespace NS]
                  [--version V|gcp=V,azure=V,aws=V] [--format text|json] [--offline] [--repo DIR]`,
				about: `Print what a run would do on every selected cloud (names, versions, resources,
sharing, references to bump); writes nothing. --offline calls no cloud: it validates
the config, renders the templates and names each image whose version is explicit.`
			},
			run: {
				synopsis: `worker-image run [--config FILE] [--clouds LIST] [--namespace NS] [--version V]
                 [--verify auto|true|false] [--dry-run] [--repo DIR]`,
				about: `The root action's pipeline: bake every selected cloud (GCP, Azure, AWS) at once,
verify each image with the config's verify: checks (--verify auto: where there are some),
share it, one merged manifest.`
			},
			bake: {
				synopsis: `worker-image bake --config FILE [--cloud gcp|azure|aws] [--namespace NS]
                  [--version V|auto] [--dry-run] [--repo DIR]`,
				about: `Bake an image on one cloud from worker-image.yml; --dry-run prints the plan and
creates nothing.`
			},
			replicate: {
				synopsis: `worker-image replicate --version M.m.p --target-regions "eastus=3,westus2=2"
                       [--config FILE] [--expected-concurrent-vms N] [--repo DIR]
                       [--subscription-id ID --resource-group RG --gallery G --definition D]`,
				about: `Extend an Azure gallery version's regions and replica counts (never removes or
lowers) and wait until replicated.`
			},
			bump: {
				synopsis: `worker-image bump --config FILE [--repo DIR] [--manifest FILE|GLOB]...
                  [--set cloud=VERSION]... [--check] [--dry-run]
                  [--pull-request --repo-slug OWNER/NAME [--branch B] [--base B]]`,
				about: `Rewrite image references by the config's rules: --dry-run prints the diff, --check
fails on stale or namespaced references, --pull-request opens or updates a PR.
A reference moved to an older version than it names (23 \u2192 18, a rollback) is warned of at
its line. --check fails only on references older than the manifest's.`,
				paths: `The config, the --manifest files and every reference file must stay inside --repo DIR
(default: the working directory), links followed; a linked reference file is edited at its
target, and one leading outside is refused.`
			},
			gc: {
				synopsis: `worker-image gc --config FILE [--older-than 6h] [--exclude-run ID]...
                [--clouds gcp,azure,aws] [--dry-run] [--repo DIR]`,
				about: `Delete temporary resources (GCE builders and disks, Azure build resource groups,
EC2 builders) that killed runs left, older than --older-than; never images.
--dry-run lists them.`
			},
			prune: {
				synopsis: `worker-image prune --config FILE [--repo DIR] [--clouds gcp,azure,aws] [--dry-run]
                   [--format text|json]`,
				about: `Deprecate, then delete, old images by the config's lifecycle: (keep the newest N,
never one younger than min-age, protected, or named by a references: rule in --repo).
--dry-run lists the decisions; --format json prints every image considered.`
			},
			share: {
				synopsis: `worker-image share --cloud gcp|azure|aws [--config FILE] [--image IMAGE | --manifest FILE...]
                   [--members M]... [--principals ID]... [--accounts ID]...
                   [--catalogue PATH] [--dry-run] [--repo DIR]`,
				about: `Grant the image to members (GCE imageUser, Azure role or direct sharing, AWS launch
permissions), adding only what is missing; prints the result as JSON.`
			},
			verify: {
				synopsis: `worker-image verify --config FILE --cloud gcp|azure|aws (--image ID | --manifest FILE)
                    [--format text|json] [--repo DIR]`,
				about: `Boot one VM from an existing image, run the config's verify: checks on it and measure
its time to ready; the VM is deleted whatever happens and the verdict is recorded on the
image. --image: a GCE image name or projects/P/global/images/N, a gallery version id or
definition/version, an AMI id or region:ami-id (its copies in aws.target-regions, found by
name, get the verdict too); --manifest: that cloud's newest build.
Exits 1 when the image is not verified; --format json prints the result.`
			},
			catalogue: {
				synopsis: `worker-image catalogue --manifest FILE|GLOB... [--shares FILE]... --out FILE|DIR/
                       [--repo DIR]`,
				about: `Turn manifests (and saved share results) into one share-request catalogue per
cloud (GCP, Azure, AWS).`
			},
			render: {
				synopsis: `worker-image render --template FILE [--vars JSON|@FILE] [--out FILE] [--repo DIR]
       worker-image render --check TEMPLATE... [--vars JSON|@FILE] [--repo DIR]`,
				about: `Render a Jinja2 startup-script template exactly as the bake does. --check lists every
construct worker-image refuses and every variable the template reads that --vars lacks, each
with its line, and exits 1 when there is any (for CI on template changes). Files stay inside
--repo (default: the working directory).`
			},
			emulator: {
				synopsis: `worker-image emulator [--port N]`,
				about: `Run the built-in cloud emulator (GCE, Azure Resource Manager and EC2) on 127.0.0.1
for rehearsals; prints how to point worker-image and the SDKs at it.`
			}
		};
		const PATHS = `Paths (in the config and in flags) must stay inside one folder, links followed:
--repo DIR, else the repository holding the config, else the config's folder (the working
directory when there is no config).`;
		function commandUsage(name) {
			const help = COMMAND_HELP[name];
			const paths = help.paths ?? (help.synopsis.includes("--repo") ? PATHS : undefined);
			return `Usage:\n  ${help.synopsis}\n\n${help.about}${paths ? `\n\n${paths}` : ""}\n`;
		}
		function usage() {
			const names = Object.keys(COMMAND_HELP);
			const synopses = names.map((n) => `  ${COMMAND_HELP[n].synopsis}`).join("\n");
			const abouts = names.map((n) => `  ${n.padEnd(10)} ${COMMAND_HELP[n].about.replace(/\n/g, `\n  ${" ".repeat(11)}`)}`).join("\n");
			return `worker-image: bake, replicate, share and roll out batch worker VM images on GCP, Azure and AWS

Usage:
${synopses}
  worker-image --version
  worker-image <command> --help

Commands:
${abouts}

${PATHS}
`;
		}
		function packageVersion() {
			const pkg = JSON.parse((0, external_node_fs_.readFileSync)(__webpack_require__.ab + "package.json", "utf8"));
			return pkg.version;
		}
		var excerpt = __webpack_require__(52049);
		;
		const guarded = new WeakSet();
		function survivingClosedOutput(stream, name, other) {
			if (guarded.has(stream)) return;
			guarded.add(stream);
			let said = false;
			stream.on("error", (err) => {
				if (said) return;
				said = true;
				try {
					other.write(`worker-image: ${name} cannot be written (${err.code ?? err.message}): its output is dropped; the command carries on\n`);
				} catch {}
			});
		}
		var workflow_commands = __webpack_require__(23226);
		;
		const commands = {
			bake: async (args) => (await Promise.all([
				__webpack_require__.e(8815),
				__webpack_require__.e(1439),
				__webpack_require__.e(649),
				__webpack_require__.e(2063)
			]).then(__webpack_require__.bind(__webpack_require__, 72063))).bakeCommand(args),
			plan: async (args) => (await Promise.all([
				__webpack_require__.e(8815),
				__webpack_require__.e(1439),
				__webpack_require__.e(649),
				__webpack_require__.e(7212),
				__webpack_require__.e(2864),
				__webpack_require__.e(8695),
				__webpack_require__.e(4176)
			]).then(__webpack_require__.bind(__webpack_require__, 54176))).planCommand(args),
			run: async (args) => (await Promise.all([
				__webpack_require__.e(8815),
				__webpack_require__.e(1439),
				__webpack_require__.e(649),
				__webpack_require__.e(7212),
				__webpack_require__.e(2864),
				__webpack_require__.e(8695),
				__webpack_require__.e(4176)
			]).then(__webpack_require__.bind(__webpack_require__, 54176))).runCommand(args),
			render: async (args) => (await Promise.all([
				__webpack_require__.e(8815),
				__webpack_require__.e(1439),
				__webpack_require__.e(9318)
			]).then(__webpack_require__.bind(__webpack_require__, 19318))).renderCommand(args),
			bump: async (args) => (await Promise.all([
				__webpack_require__.e(8815),
				__webpack_require__.e(1439),
				__webpack_require__.e(649),
				__webpack_require__.e(3835),
				__webpack_require__.e(5264),
				__webpack_require__.e(750)
			]).then(__webpack_require__.bind(__webpack_require__, 50750))).bumpCommand(args),
			gc: async (args) => (await Promise.all([
				__webpack_require__.e(8815),
				__webpack_require__.e(1439),
				__webpack_require__.e(649),
				__webpack_require__.e(8988)
			]).then(__webpack_require__.bind(__webpack_require__, 78988))).gcCommand(args),
			prune: async (args) => (await Promise.all([
				__webpack_require__.e(8815),
				__webpack_require__.e(1439),
				__webpack_require__.e(649),
				__webpack_require__.e(3835),
				__webpack_require__.e(6563)
			]).then(__webpack_require__.bind(__webpack_require__, 43676))).pruneCommand(args),
			replicate: async (args) => (await Promise.all([
				__webpack_require__.e(8815),
				__webpack_require__.e(1439),
				__webpack_require__.e(649),
				__webpack_require__.e(9483)
			]).then(__webpack_require__.bind(__webpack_require__, 29483))).replicateCommand(args),
			share: async (args) => (await Promise.all([
				__webpack_require__.e(8815),
				__webpack_require__.e(1439),
				__webpack_require__.e(649),
				__webpack_require__.e(7212),
				__webpack_require__.e(3887)
			]).then(__webpack_require__.bind(__webpack_require__, 93887))).shareCommand(args),
			verify: async (args) => (await Promise.all([
				__webpack_require__.e(8815),
				__webpack_require__.e(1439),
				__webpack_require__.e(649),
				__webpack_require__.e(2864),
				__webpack_require__.e(5307)
			]).then(__webpack_require__.bind(__webpack_require__, 95307))).verifyCommand(args),
			catalogue: async (args) => (await Promise.all([__webpack_require__.e(7212), __webpack_require__.e(1397)]).then(__webpack_require__.bind(__webpack_require__, 36737))).catalogueCommand(args),
			emulator: async (args) => {
				const values = (0, cli_args.b)(args, { port: { type: "string" } });
				const { runEmulatorCommand } = await import("./emulator/main.js");
				await runEmulatorCommand(values.port ? { port: Number(values.port) } : {});
				return 0;
			}
		};
		const HELP = [
			"--help",
			"-h",
			"help"
		];
		async function cli(argv) {
			survivingClosedOutput(process.stdout, "standard output", process.stderr);
			survivingClosedOutput(process.stderr, "standard error", process.stdout);
			const [name, ...rest] = argv;
			if (!name || HELP.includes(name)) {
				process.stdout.write(usage());
				return name ? 0 : 2;
			}
			if (name === "--version" || name === "-V") {
				process.stdout.write(`worker-image ${packageVersion()}\n`);
				return 0;
			}
			if (!Object.hasOwn(commands, name)) {
				process.stderr.write(`worker-image: unknown command "${(0, excerpt.RK)((0, excerpt.$Q)(name))}"\n\n${usage()}`);
				return 2;
			}
			const command = name;
			if (rest.some((arg) => arg === "--help" || arg === "-h")) {
				process.stdout.write(commandUsage(command));
				return 0;
			}
			try {
				return await commands[command](rest);
			} catch (err) {
				if (err instanceof errors.x) {
					(0, config_problems.N)(err, new reporter.l((l) => process.stderr.write(l)));
					return 1;
				}
				const message = (0, excerpt.gB)(err.message);
				const flags = err.code?.startsWith("ERR_PARSE_ARGS");
				process.stderr.write((0, workflow_commands.rK)(`worker-image ${command}: ${message}\n${flags ? `\n${commandUsage(command)}` : ""}`));
				return flags ? 2 : 1;
			}
		}
	}),
	37235: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			R: () => parseCommand,
			b: () => parseFlags
		});
		var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
		var _config_excerpt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52049);
		var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
		var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
		function parseCommand(args, options) {
			const parsed = (0, node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({
				args,
				options,
				tokens: true,
				strict: true,
				allowPositionals: true
			});
			const seen = new Set();
			for (const token of parsed.tokens) {
				if (token.kind !== "option") continue;
				if (seen.has(token.name) && !options[token.name]?.multiple) {
					throw new Error(`--${token.name} is given twice; give it once`);
				}
				seen.add(token.name);
			}
			checkPathFlags(parsed.values);
			return {
				values: parsed.values,
				positionals: parsed.positionals
			};
		}
		function checkPathFlags(values) {
			const { repo, config } = values;
			if (config === "") {
				throw new Error("--config is empty: give the config file (e.g. --config worker-image.yml)");
			}
			if (typeof repo !== "string") return;
			if (repo === "") throw new Error("--repo is empty: give the repository folder (e.g. --repo .)");
			let stats;
			try {
				stats = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0, node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(repo), { throwIfNoEntry: false });
			} catch (err) {
				const code = err.code;
				throw new Error(code === "ENOTDIR" ? `--repo: "${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_1__.SP)(repo)}" does not exist (a part of it is a file)` : `--repo: "${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_1__.SP)(repo)}" cannot be read (${code ?? err.message})`);
			}
			if (!stats) throw new Error(`--repo: "${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_1__.SP)(repo)}" does not exist`);
			if (!stats.isDirectory()) {
				throw new Error(`--repo: "${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_1__.SP)(repo)}" ${stats.isFile() ? "is a file, not a folder" : "is not a folder"}: give the repository's folder (e.g. --repo .)`);
			}
		}
		function parseFlags(args, options) {
			const { values, positionals } = parseCommand(args, options);
			if (positionals.length > 0) {
				throw new Error(`unexpected argument "${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_1__.SP)(positionals[0] ?? "")}": this command takes flags only (see --help)`);
			}
			return values;
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
	9046: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { l: () => ConsoleReporter });
		var excerpt = __webpack_require__(52049);
		;
		const ACTING = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
		function forTerminal(text) {
			return text.replace(ACTING, (found) => found.length > 1 ? found : (0, excerpt.RK)(found));
		}
		var workflow_commands = __webpack_require__(23226);
		;
		class ConsoleReporter {
			write;
			prefix;
			secrets = [];
			depth = 0;
			constructor(write = (l) => process.stdout.write(l), prefix = "") {
				this.write = write;
				this.prefix = prefix;
			}
			info(message) {
				this.emit(message);
			}
			warning(message, where) {
				this.emit(`warning: ${at(where)}${message}`);
			}
			error(message, where) {
				this.emit(`error: ${at(where)}${message}`);
			}
			async group(title, fn) {
				this.emit(`\u25B8 ${title}`);
				this.depth++;
				try {
					return await fn();
				} finally {
					this.depth--;
				}
			}
			secret(value) {
				if (value) this.secrets.push(value);
			}
			emit(message) {
				let text = message;
				for (const s of this.secrets) text = text.split(s).join("***");
				const indent = "  ".repeat(this.depth);
				const lines = forTerminal(text).split("\n").map((l) => this.prefix + indent + l).join("\n") + "\n";
				this.write((0, workflow_commands.rK)(lines));
			}
		}
		function at(where) {
			if (!where) return "";
			return where.line ? `${where.file}:${where.line}: ` : `${where.file}: `;
		}
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
	})
};
