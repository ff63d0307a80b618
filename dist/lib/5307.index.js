export const id = 5307;
export const ids = [5307];
export const modules = {
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
	95307: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { verifyCommand: () => verifyCommand });
		var _bake_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(972);
		var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50649);
		var _log_reporter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9046);
		var _pipeline_selection_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(30742);
		var _steps_resources_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(52444);
		var _steps_signals_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(19508);
		var _verify_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72895);
		var _verify_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72046);
		var _verify_resolve_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25987);
		var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37235);
		var _root_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(33910);
		var _log_workflow_commands_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(23226);
		const FORMATS = ["text", "json"];
		async function verifyCommand(args) {
			const values = (0, _args_js__WEBPACK_IMPORTED_MODULE_6__.b)(args, {
				config: {
					type: "string",
					short: "c"
				},
				cloud: { type: "string" },
				image: { type: "string" },
				manifest: { type: "string" },
				format: {
					type: "string",
					default: "text"
				},
				repo: { type: "string" }
			});
			if (!values.config) throw new Error("--config FILE is required (a worker-image.yml with verify:)");
			if (!values.cloud) throw new Error(`--cloud is required: one of ${_pipeline_selection_js__WEBPACK_IMPORTED_MODULE_8__.Z5.join(", ")}`);
			const cloud = values.cloud;
			if (!_pipeline_selection_js__WEBPACK_IMPORTED_MODULE_8__.Z5.includes(cloud)) {
				throw new Error(`--cloud ${values.cloud}: use ${_pipeline_selection_js__WEBPACK_IMPORTED_MODULE_8__.Z5.join(", ")}`);
			}
			if (values.image === undefined === (values.manifest === undefined)) {
				throw new Error("give the image to verify with --image ID or --manifest FILE (one of them, not both)");
			}
			const format = values.format;
			if (!FORMATS.includes(format)) {
				throw new Error(`--format ${values.format}: use ${FORMATS.join(" or ")}`);
			}
			const root = (0, _root_js__WEBPACK_IMPORTED_MODULE_7__.V)(values);
			const config = await (0, _config_load_js__WEBPACK_IMPORTED_MODULE_1__.Z9)({
				path: values.config,
				cwd: process.cwd(),
				root,
				clouds: [cloud]
			});
			const { verify, target, build } = await (0, _verify_resolve_js__WEBPACK_IMPORTED_MODULE_5__.S)({
				cloud,
				config,
				image: values.image,
				manifest: values.manifest,
				cwd: process.cwd(),
				root,
				names: {
					image: "--image",
					manifest: "--manifest"
				}
			});
			const reporter = new _log_reporter_js__WEBPACK_IMPORTED_MODULE_2__.l((l) => (format === "json" ? process.stderr : process.stdout).write(l));
			const controller = new AbortController();
			const stop = (0, _steps_signals_js__WEBPACK_IMPORTED_MODULE_9__.P)(controller, reporter);
			try {
				const ctx = (0, _bake_context_js__WEBPACK_IMPORTED_MODULE_0__.p)(process.env, reporter, controller.signal);
				const ledger = new _steps_resources_js__WEBPACK_IMPORTED_MODULE_10__.K();
				let result;
				try {
					result = await (0, _verify_run_js__WEBPACK_IMPORTED_MODULE_3__.ZG)(config, target, ctx, {
						cloud,
						ledger,
						verify
					});
				} catch (err) {
					if (!(err instanceof _verify_run_js__WEBPACK_IMPORTED_MODULE_3__.Gz)) throw err;
					result = err.result;
				}
				if (build) await (0, _verify_record_js__WEBPACK_IMPORTED_MODULE_4__.A)(build, result);
				report(result, target, format, reporter);
				return result.verified ? 0 : 1;
			} finally {
				stop();
			}
		}
		function report(result, target, format, reporter) {
			if (format === "json") {
				process.stdout.write((0, _log_workflow_commands_js__WEBPACK_IMPORTED_MODULE_11__.nl)(result, 2) + "\n");
				return;
			}
			if (result.verified) {
				reporter.info(`verified: ${result.cloud} image ${target.imageName} (${target.imageId})`);
			} else {
				reporter.error(`not verified: ${result.cloud} image ${target.imageName}: ${result.reasons.join("; ")}`);
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
	30742: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Su: () => versionOverrides,
			Z5: () => ALL_CLOUDS,
			fm: () => configuredClouds,
			nb: () => parseCloudList,
			rc: () => selectClouds,
			vJ: () => versionOverlay
		});
		const ALL_CLOUDS = [
			"gcp",
			"azure",
			"aws"
		];
		function configuredClouds(config) {
			return ALL_CLOUDS.filter((c) => config[c] !== undefined);
		}
		function parseCloudList(text, configured) {
			const words = (text ?? "").split(/[\s,]+/).map((w) => w.trim().toLowerCase()).filter(Boolean);
			if (words.length === 0 || words.length === 1 && words[0] === "all") {
				return {
					clouds: [...configured],
					problems: []
				};
			}
			const problems = [];
			const chosen = [];
			for (const w of words) {
				if (!ALL_CLOUDS.includes(w)) {
					problems.push(`"${w}" is not a cloud; use a list of gcp, azure, aws, or all`);
				} else if (!configured.includes(w)) {
					problems.push(`${w} was selected but the config has no ${w}: block ` + `(configured: ${configured.join(", ") || "none"})`);
				} else if (chosen.includes(w)) {
					problems.push(`${w} is listed twice; name each cloud once`);
				} else {
					chosen.push(w);
				}
			}
			return {
				clouds: ALL_CLOUDS.filter((c) => chosen.includes(c)),
				problems
			};
		}
		function selectClouds(text, config) {
			const { clouds, problems } = parseCloudList(text, configuredClouds(config));
			if (problems[0] !== undefined) throw new Error(`clouds: ${problems[0]}`);
			if (clouds.length === 0) {
				throw new Error("clouds: the config has no gcp:, azure: or aws: block; add one to bake");
			}
			return clouds;
		}
		function versionOverrides(text, clouds) {
			const value = (text ?? "").trim();
			if (!value) return {};
			if (!value.includes("=")) {
				const out = {};
				for (const c of clouds) if (c !== "azure" || value === "auto") out[c] = value;
				return out;
			}
			const out = {};
			for (const part of value.split(/[\s,]+/).filter(Boolean)) {
				const [cloud, v, ...rest] = part.split("=");
				if (!cloud || !v || rest.length > 0 || !ALL_CLOUDS.includes(cloud)) {
					throw new Error(`version: "${part}" is not cloud=VERSION; write e.g. gcp=25,azure=0.0.15,aws=25 or one value`);
				}
				if (out[cloud] !== undefined) {
					throw new Error(`version: ${cloud} is given twice (${out[cloud]} and ${v}); give each cloud one version`);
				}
				out[cloud] = v;
			}
			return out;
		}
		function versionOverlay(versions) {
			const overlay = {};
			const shared = versions.gcp ?? versions.aws;
			if (versions.gcp && versions.aws && versions.gcp !== versions.aws) {
				throw new Error(`version: gcp=${versions.gcp} and aws=${versions.aws} differ, but both come from image.version; run them separately`);
			}
			if (shared) overlay.image = { version: shared };
			if (versions.azure) overlay.azure = { version: versions.azure };
			return overlay;
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
