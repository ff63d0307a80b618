export const id = 6563;
export const ids = [6563];
export const modules = {
	972: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { p: () => runContext });
		var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
		var _naming_labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42095);
		function runContext(env, reporter, signal) {
			const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
			return {
				runId: (0, _naming_labels_js__WEBPACK_IMPORTED_MODULE_1__.Vz)(env),
				uuid: (0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
				reporter,
				signal,
				...env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {},
				...runUrl ? { runUrl } : {}
			};
		}
	}),
	43676: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { pruneCommand: () => pruneCommand });
		var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50649);
		var _bake_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(972);
		var _log_reporter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9046);
		var _pipeline_selection_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(30742);
		var _prune_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82832);
		var _prune_prune_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50581);
		var _prune_report_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(80538);
		var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37235);
		var _root_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33910);
		var _log_workflow_commands_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(23226);
		async function pruneCommand(args) {
			const { repo, ...values } = (0, _args_js__WEBPACK_IMPORTED_MODULE_5__.b)(args, {
				config: {
					type: "string",
					short: "c"
				},
				clouds: { type: "string" },
				"dry-run": {
					type: "boolean",
					default: false
				},
				format: {
					type: "string",
					default: "text"
				},
				repo: { type: "string" }
			});
			if (!values.config) throw new Error("--config FILE is required (a worker-image.yml)");
			if (values.format !== "text" && values.format !== "json") {
				throw new Error(`--format must be text or json (got "${values.format}")`);
			}
			const json = values.format === "json";
			const reporter = new _log_reporter_js__WEBPACK_IMPORTED_MODULE_2__.l(json ? (l) => process.stderr.write(l) : undefined);
			const root = (0, _root_js__WEBPACK_IMPORTED_MODULE_6__.V)({
				repo,
				config: values.config
			});
			const config = await (0, _config_load_js__WEBPACK_IMPORTED_MODULE_0__.Z9)({
				path: values.config,
				cwd: process.cwd(),
				root,
				clouds: []
			});
			const configured = (0, _pipeline_selection_js__WEBPACK_IMPORTED_MODULE_7__.fm)(config);
			const opts = (0, _prune_options_js__WEBPACK_IMPORTED_MODULE_3__.T)(values, configured, root.dir);
			const ctx = (0, _bake_context_js__WEBPACK_IMPORTED_MODULE_1__.p)(process.env, reporter, new AbortController().signal);
			const report = await (0, _prune_prune_js__WEBPACK_IMPORTED_MODULE_4__.u)(config, opts, ctx);
			process.stdout.write(json ? `${(0, _log_workflow_commands_js__WEBPACK_IMPORTED_MODULE_8__.nl)((0, _prune_report_js__WEBPACK_IMPORTED_MODULE_9__.D)(report), 2)}\n` : (0, _log_workflow_commands_js__WEBPACK_IMPORTED_MODULE_8__.rK)((0, _prune_report_js__WEBPACK_IMPORTED_MODULE_9__.W)(report, opts.now)));
			return report.failed > 0 ? 1 : 0;
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
	}),
	42200: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { e: () => textTable });
		function textTable(headers, rows) {
			const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
			const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd();
			return [line(headers), ...rows.map(line)];
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
	87617: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Q: () => dateOf,
			n: () => formatAge
		});
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47683);
		const DAY = 864e5;
		function formatAge(ms) {
			if (ms < DAY) return (0, _wait_duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(ms);
			const days = Math.floor(ms / DAY);
			const hours = Math.floor((ms - days * DAY) / 36e5);
			return `${days}d${hours ? `${hours}h` : ""}`;
		}
		function dateOf(value) {
			const at = value ? new Date(value) : undefined;
			return at && !Number.isNaN(at.getTime()) ? at : undefined;
		}
	}),
	74906: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			eg: () => ROLE_LABEL,
			hy: () => ageOf,
			nX: () => PROTECT_LABEL
		});
		const PROTECT_LABEL = "worker-image-protect";
		const ROLE_LABEL = "worker-image-role";
		function ageOf(image, now) {
			return image.createdAt ? now.getTime() - image.createdAt.getTime() : undefined;
		}
	}),
	82832: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { T: () => pruneOptions });
		var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9353);
		var _pipeline_selection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30742);
		function pruneOptions(flags, configured, repoDir, now = new Date()) {
			const { clouds, problems: words } = (0, _pipeline_selection_js__WEBPACK_IMPORTED_MODULE_1__.nb)(flags.clouds, configured);
			const problems = words.map((message) => ({
				field: "--clouds",
				message
			}));
			const [first, ...rest] = problems;
			if (first) throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__.x([first, ...rest], { label: "flags" });
			return {
				clouds,
				dryRun: flags["dry-run"] ?? false,
				repoDir,
				now
			};
		}
	}),
	50581: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { u: () => runPrune });
		var lifecycle = __webpack_require__(59716);
		var providers_load = __webpack_require__(50090);
		var version_token = __webpack_require__(30456);
		var prune_age = __webpack_require__(87617);
		var inventory = __webpack_require__(74906);
		;
		function decide(input) {
			const byLineage = new Map();
			for (const image of input.images) {
				const key = `${image.cloud}\u0000${image.lineage}`;
				byLineage.set(key, [...byLineage.get(key) ?? [], image]);
			}
			const decisions = [];
			for (const lineage of byLineage.values()) {
				decisions.push(...decideLineage(lineage, input));
			}
			const order = new Map(input.images.map((image, i) => [image, i]));
			return decisions.sort((a, b) => order.get(a.image) - order.get(b.image));
		}
		function newestFirst(a, b) {
			return (0, version_token.Zy)(b.version, a.version) || (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0);
		}
		function decideLineage(images, input) {
			const cloud = images[0].cloud;
			const policy = input.lifecycle(cloud);
			const sorted = [...images].sort(newestFirst);
			const candidates = sorted.filter((i) => i.baked || policy.adopt);
			const inService = candidates.filter((i) => !i.deprecated && !i.partial && !i.failed);
			const newest = new Set(inService.slice(0, policy.keep));
			const replacement = sorted.find((i) => newest.has(i));
			return sorted.map((image) => {
				const kept = keptBecause(image, sorted[0], newest, policy, input);
				if (kept) return {
					image,
					action: "keep",
					reason: kept
				};
				return {
					...due(image, policy, input.now),
					...replacement ? { replacement } : {}
				};
			});
		}
		function keptBecause(image, lineageNewest, newest, policy, input) {
			if (!image.baked && !policy.adopt) {
				return "not baked by worker-image (no worker-image-role label; adopt: true to prune it)";
			}
			if (image.partial) return undefined;
			if (policy.protect.includes(image.version)) return "protected (lifecycle.protect)";
			if (image.protectedByLabel) return "protected (worker-image-protect label)";
			if (input.justBaked?.some((b) => b.cloud === image.cloud && b.name === image.name)) {
				return "just baked";
			}
			const refs = input.references.filter((r) => (r.cloud === undefined || r.cloud === image.cloud) && r.version === image.version && r.namespace === image.namespace);
			if (refs.length > 0) return `referenced at ${refs.map((r) => r.at).join(", ")}`;
			if (image.failed && policy.deleteAfter === undefined) {
				return `${image.failed}; no delete-after, so never deleted`;
			}
			if (image.failed) return undefined;
			if (image.busy) return image.busy;
			if (image.cloud === "azure" && image === lineageNewest) return "the definition's newest version";
			if (newest.has(image)) return `newest ${policy.keep}`;
			const age = (0, inventory.hy)(image, input.now);
			if (age === undefined) return "age unknown";
			if (age < policy.minAge) return `younger than min-age ${(0, prune_age.n)(policy.minAge)}`;
			return undefined;
		}
		function due(image, policy, now) {
			if (image.partial) return {
				image,
				action: "delete",
				reason: `half-pruned: ${image.partial}`
			};
			if (image.failed) {
				return {
					image,
					action: "delete",
					reason: `${image.failed}: never usable (delete-after is set)`
				};
			}
			const age = (0, inventory.hy)(image, now);
			if (!image.deprecated) {
				if (policy.deprecateAfter !== undefined && age < policy.deprecateAfter) {
					return {
						image,
						action: "keep",
						reason: `younger than deprecate-after ${(0, prune_age.n)(policy.deprecateAfter)}`
					};
				}
				return {
					image,
					action: "deprecate",
					reason: `older than the newest ${policy.keep}`
				};
			}
			if (policy.deleteAfter === undefined) {
				return {
					image,
					action: "keep",
					reason: "deprecated; no delete-after, so never deleted"
				};
			}
			if (!image.deprecatedAt) {
				return {
					image,
					action: "deprecate",
					reason: "deprecated without a date: dated now, delete-after counts from today"
				};
			}
			const since = now.getTime() - image.deprecatedAt.getTime();
			if (since < policy.deleteAfter) {
				return {
					image,
					action: "keep",
					reason: `deprecated ${(0, prune_age.n)(since)} ago; deleted after delete-after ${(0, prune_age.n)(policy.deleteAfter)}`
				};
			}
			return {
				image,
				action: "delete",
				reason: `deprecated ${(0, prune_age.n)(since)} ago (delete-after ${(0, prune_age.n)(policy.deleteAfter)})`
			};
		}
		var match = __webpack_require__(40377);
		var problem = __webpack_require__(8099);
		;
		async function referencedVersions(repoDir, rules) {
			if (rules.length === 0) return [];
			const matched = await (0, match.V)(repoDir, rules, { guard: true });
			if (matched.problems.length > 0) {
				throw new Error("prune reads the references: rules to keep every image the repository names, and some " + `could not be read, so nothing was pruned:\n${matched.problems.map(problem.m).join("\n")}`);
			}
			return matched.rules.flatMap(({ rule, tokens, namespaced }) => [...tokens, ...namespaced].map((t) => ({
				...rule.value === "increment" ? {} : { cloud: rule.value },
				version: t.version,
				namespace: t.namespace ?? "default",
				at: `${t.file}:${t.line}`
			})));
		}
		;
		async function runPrune(config, opts, ctx, load = (cloud) => (0, providers_load.mJ)(cloud, config)) {
			const { reporter } = ctx;
			const references = await reporter.group("Find the versions the repository names", async () => {
				const found = await referencedVersions(opts.repoDir, config.references ?? []);
				if (!config.references?.length) {
					reporter.warning("the config has no references: rules, so prune cannot see which versions the code names; " + "only keep, min-age and protect guard the images");
				} else {
					reporter.info(`${found.length} reference(s): ${found.map((r) => `${r.version} at ${r.at}`).join(", ")}`);
				}
				return found;
			});
			const rows = [];
			const unlisted = [];
			for (const cloud of opts.clouds) {
				await reporter.group(`Prune ${cloud} images`, async () => {
					let provider;
					let images;
					try {
						provider = await load(cloud);
						images = await provider.inventory(ctx);
					} catch (err) {
						const error = err.message;
						reporter.warning(`could not list the ${cloud} images, so none was pruned: ${error}`);
						unlisted.push({
							cloud,
							error
						});
						return;
					}
					const decisions = decide({
						images,
						lifecycle: (c) => config.lifecycle?.[c] ?? lifecycle.Pb,
						references,
						...opts.justBaked ? { justBaked: opts.justBaked } : {},
						now: opts.now
					});
					for (const d of decisions) rows.push(await carryOut(provider, d, opts.dryRun, ctx));
				});
			}
			return {
				rows,
				unlisted,
				failed: rows.filter((r) => r.outcome.startsWith("failed")).length + unlisted.length,
				dryRun: opts.dryRun
			};
		}
		async function carryOut(provider, d, dryRun, ctx) {
			const what = `${d.image.cloud} image ${d.image.name}`;
			if (d.action === "keep") return {
				...d,
				outcome: "kept"
			};
			if (dryRun) {
				ctx.reporter.info(`would ${d.action} ${what}: ${d.reason}`);
				return {
					...d,
					outcome: "dry run"
				};
			}
			try {
				await provider.apply(d, ctx);
				ctx.reporter.info(`${d.action === "delete" ? "deleted" : "deprecated"} ${what}: ${d.reason}`);
				return {
					...d,
					outcome: "done"
				};
			} catch (err) {
				const message = err.message;
				ctx.reporter.warning(`could not ${d.action} ${what}: ${message}`);
				return {
					...d,
					outcome: `failed: ${message.split("\n")[0]}`
				};
			}
		}
	}),
	80538: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			D: () => pruneJson,
			W: () => formatPruneReport
		});
		var _log_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42200);
		var _age_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87617);
		var _inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74906);
		const HEADERS = [
			"CLOUD",
			"IMAGE",
			"VERSION",
			"AGE",
			"ACTION",
			"REASON"
		];
		function pruneJson(report) {
			return {
				dryRun: report.dryRun,
				images: report.rows.map((r) => ({
					cloud: r.image.cloud,
					name: r.image.name,
					version: r.image.version,
					action: r.action,
					reason: r.reason,
					outcome: r.outcome
				})),
				unlisted: report.unlisted
			};
		}
		function formatPruneReport(report, now) {
			const lines = [];
			if (report.rows.length > 0) {
				const rows = report.rows.map((r) => {
					const age = (0, _inventory_js__WEBPACK_IMPORTED_MODULE_0__.hy)(r.image, now);
					const action = r.outcome === "kept" ? "keep" : r.outcome === "done" ? r.action : `${r.action} (${r.outcome})`;
					return [
						r.image.cloud,
						r.image.name,
						r.image.version,
						age === undefined ? "?" : (0, _age_js__WEBPACK_IMPORTED_MODULE_1__.n)(age),
						action,
						r.reason
					];
				});
				lines.push(...(0, _log_table_js__WEBPACK_IMPORTED_MODULE_2__.e)(HEADERS, rows));
			}
			for (const u of report.unlisted) lines.push(`${u.cloud}: could not list the images: ${u.error}`);
			const count = (action) => report.rows.filter((r) => r.action === action).length;
			const verb = report.dryRun ? "would deprecate" : "deprecated";
			const failed = report.rows.filter((r) => r.outcome.startsWith("failed")).length;
			lines.push(`${report.rows.length} image(s): kept ${count("keep")}, ${verb} ${count("deprecate")}, ` + `${report.dryRun ? "would delete" : "deleted"} ${count("delete")}` + (failed ? ` (${failed} failed)` : "") + (report.dryRun ? " (dry run: nothing was changed)" : ""));
			return lines.join("\n") + "\n";
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
	})
};
