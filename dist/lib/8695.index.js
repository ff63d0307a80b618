export const id = 8695;
export const ids = [8695];
export const modules = {
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
	34364: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { z: () => loadPipelineConfig });
		var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50649);
		var _config_merge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66404);
		var _selection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30742);
		async function loadPipelineConfig(sel) {
			const source = sel.path ? await (0, _config_load_js__WEBPACK_IMPORTED_MODULE_0__.az)({
				path: sel.path,
				cwd: sel.cwd,
				root: sel.root
			}) : undefined;
			const base = await (0, _config_load_js__WEBPACK_IMPORTED_MODULE_0__.Z9)({
				path: sel.path,
				cwd: sel.cwd,
				root: sel.root,
				clouds: [],
				...source ? { source } : {}
			});
			const clouds = (0, _selection_js__WEBPACK_IMPORTED_MODULE_1__.rc)(sel.clouds, base);
			const overrides = (0, _config_merge_js__WEBPACK_IMPORTED_MODULE_2__.$N)(sel.namespace ? { image: { namespace: sel.namespace } } : {}, (0, _selection_js__WEBPACK_IMPORTED_MODULE_1__.vJ)((0, _selection_js__WEBPACK_IMPORTED_MODULE_1__.Su)(sel.version, clouds)));
			const config = await (0, _config_load_js__WEBPACK_IMPORTED_MODULE_0__.Z9)({
				path: sel.path,
				cwd: sel.cwd,
				overrides,
				...sel.names ? { overrideNames: {
					"image.namespace": sel.names.namespace,
					"image.version": sel.names.version,
					"azure.version": sel.names.version
				} } : {},
				root: sel.root,
				clouds,
				...source ? { source } : {}
			});
			return {
				config,
				clouds
			};
		}
	}),
	62358: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { W: () => LedgerSet });
		var _steps_resources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52444);
		class LedgerSet {
			persist;
			ledgers = new Map();
			constructor(persist = () => {}) {
				this.persist = persist;
			}
			for(cloud) {
				let ledger = this.ledgers.get(cloud);
				if (!ledger) {
					ledger = new _steps_resources_js__WEBPACK_IMPORTED_MODULE_0__.K(() => this.persist(this.list()));
					this.ledgers.set(cloud, ledger);
				}
				return ledger;
			}
			list() {
				return [...this.ledgers.values()].flatMap((l) => l.list());
			}
		}
	}),
	49261: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Pt: () => planText,
			UX: () => pipelinePlan,
			hh: () => plansByCloud
		});
		var _naming_azure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63726);
		var _naming_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49894);
		function plansByCloud(outcome) {
			return Object.fromEntries(outcome.clouds.flatMap((c) => c.plan ? [[c.cloud, c.plan]] : []));
		}
		function pipelinePlan(config, clouds, plans) {
			const images = {};
			const named = {};
			for (const cloud of clouds) {
				const p = plans[cloud];
				if (!p) {
					const name = explicitName(config, cloud);
					if (name) named[cloud] = name;
					continue;
				}
				images[cloud] = {
					name: p.imageName,
					version: p.version,
					location: p.location,
					sourceImage: p.sourceImage,
					resources: p.resources.map((r) => ({
						kind: r.kind,
						name: r.name,
						temporary: r.role === "builder"
					}))
				};
			}
			return {
				clouds,
				images,
				named,
				share: shareMembers(config, clouds),
				verify: Object.fromEntries(clouds.flatMap((c) => {
					const v = config.verify?.[c];
					return v ? [[c, v.checks.map((check) => check.name)]] : [];
				})),
				references: (config.references ?? []).map((r) => ({
					name: r.name,
					path: r.path,
					value: r.value
				})),
				manifest: config.manifestPath
			};
		}
		function explicitName(config, cloud) {
			const { name, namespace, version } = config.image;
			if (cloud === "azure") {
				const azure = config.azure;
				return azure && azure.version !== _naming_version_js__WEBPACK_IMPORTED_MODULE_0__.jP ? `${(0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_1__.PW)(azure.definition.name, namespace)}/${azure.version}` : undefined;
			}
			if (version === _naming_version_js__WEBPACK_IMPORTED_MODULE_0__.jP) return undefined;
			return (0, _naming_version_js__WEBPACK_IMPORTED_MODULE_0__.tO)(cloud === "aws" ? config.aws?.amiName ?? name : name, namespace, version);
		}
		function shareMembers(config, clouds) {
			const share = config.share ?? {};
			const out = {};
			for (const cloud of clouds) {
				const section = share[cloud];
				if (!section || typeof section !== "object") continue;
				const members = Object.entries(section).flatMap(([kind, v]) => Array.isArray(v) ? v.map((m) => `${kind}: ${String(m)}`) : []);
				if (members.length > 0) out[cloud] = members;
			}
			return out;
		}
		function planText(plan) {
			const lines = [`clouds:      ${plan.clouds.join(", ")}`];
			for (const cloud of plan.clouds) {
				const image = plan.images[cloud];
				lines.push(`${cloud}:`);
				if (image) {
					lines.push(`  image:     ${image.name} (version ${image.version}) in ${image.location}`);
					lines.push(`  from:      ${image.sourceImage}`);
					for (const r of image.resources) {
						lines.push(`  creates:   ${r.kind} ${r.name}${r.temporary ? " (temporary)" : ""}`);
					}
				} else if (plan.named[cloud]) {
					lines.push(`  image:     ${plan.named[cloud]} (planned offline: resources resolved at bake time)`);
				} else {
					lines.push("  image:     version resolved at bake time (planned offline)");
				}
				const members = plan.share[cloud];
				const checks = plan.verify[cloud];
				lines.push(`  verifies:  ${checks?.length ? `${checks.join(", ")} on a VM from the new image` : "nothing (no verify: checks)"}`);
				lines.push(`  shares:    ${members?.length ? members.join(", ") : "nobody (no share: entry)"}`);
			}
			lines.push(`manifest:    ${plan.manifest}`);
			if (plan.references.length > 0) {
				lines.push("references to bump:");
				for (const r of plan.references) lines.push(`  ${r.name}: ${r.path} \u2190 ${r.value}`);
			} else {
				lines.push("references to bump: none (no references: section)");
			}
			return lines;
		}
	}),
	48267: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			zC: () => PipelineError,
			g$: () => renderTemplates,
			aI: () => runPipeline
		});
		var external_node_path_ = __webpack_require__(76760);
		var catalogue = __webpack_require__(26514);
		var write = __webpack_require__(47212);
		var run = __webpack_require__(13108);
		var bake = __webpack_require__(11493);
		var render = __webpack_require__(73385);
		;
		class PrefixedReporter {
			base;
			prefix;
			constructor(base, prefix) {
				this.base = base;
				this.prefix = prefix;
			}
			info(message) {
				this.base.info(this.mark(message));
			}
			warning(message, where) {
				this.base.warning(`${this.prefix}${message}`, where);
			}
			error(message, where) {
				this.base.error(`${this.prefix}${message}`, where);
			}
			async group(title, fn) {
				this.base.info(this.mark(`\u25B8 ${title}`));
				return fn();
			}
			secret(value) {
				this.base.secret(value);
			}
			mark(message) {
				return message.split("\n").map((l) => this.prefix + l).join("\n");
			}
		}
		var packer = __webpack_require__(8509);
		var verify_run = __webpack_require__(72895);
		var target = __webpack_require__(20354);
		;
		async function timed(steps, step, fn) {
			const start = Date.now();
			try {
				const value = await fn();
				steps.push({
					step,
					start,
					end: Date.now(),
					ok: true
				});
				return value;
			} catch (err) {
				steps.push({
					step,
					start,
					end: Date.now(),
					ok: false
				});
				throw err;
			}
		}
		;
		class PipelineError extends Error {
			outcome;
			constructor(outcome) {
				const failed = outcome.clouds.filter((c) => c.error);
				super(failed.length === 1 ? `${failed[0].cloud}: ${failed[0].error.message}` : `${failed.length} clouds failed:\n` + failed.map((c) => `${c.cloud}: ${c.error.message}`).join("\n"));
				this.outcome = outcome;
				this.name = "PipelineError";
			}
		}
		async function runPipeline(config, ctx, opts) {
			const start = Date.now();
			const scripts = await renderTemplates(config, opts.clouds, ctx.signal);
			const checks = new Map();
			for (const cloud of opts.clouds) {
				const verify = opts.verify === false ? undefined : config.verify?.[cloud];
				if (verify) checks.set(cloud, await (0, verify_run.gH)(config, cloud, verify, ctx.signal));
			}
			const parallel = opts.clouds.length > 1;
			const clouds = await Promise.all(opts.clouds.map((cloud) => bakeOne(config, ctx, cloud, {
				reporter: parallel ? new PrefixedReporter(ctx.reporter, `[${cloud}] `) : ctx.reporter,
				ledgers: opts.ledgers,
				dryRun: opts.dryRun ?? false,
				checks: checks.get(cloud),
				script: scripts.get(cloud)
			})));
			const builds = clouds.flatMap((c) => c.build ? [c.build] : []);
			const outcome = {
				clouds,
				ms: 0,
				catalogue: []
			};
			if (!opts.dryRun && builds.length > 0) {
				await (0, packer.HN)(config.manifestPath, builds, ctx.uuid);
				outcome.manifestPath = config.manifestPath;
				const shares = clouds.flatMap((c) => c.share ? [c.share] : []);
				if (shares.length > 0) {
					const images = (0, catalogue.t_)((0, catalogue.MK)(inManifest(config, builds)), shares);
					outcome.catalogue = await (0, write.m)(`${(0, external_node_path_.dirname)(config.manifestPath)}/`, images);
					for (const path of outcome.catalogue) ctx.reporter.info(`catalogue written: ${path}`);
				}
			}
			outcome.ms = Date.now() - start;
			if (clouds.some((c) => c.error)) throw new PipelineError(outcome);
			return outcome;
		}
		function inManifest(config, builds) {
			return builds.map((b) => ({
				...b,
				path: config.manifestPath
			}));
		}
		async function bakeOne(config, ctx, cloud, opts) {
			const start = Date.now();
			const steps = [];
			let outcome;
			let build;
			let verified;
			try {
				outcome = await timed(steps, "bake", () => (0, bake.W)(config, {
					...ctx,
					reporter: opts.reporter
				}, {
					cloud,
					ledger: opts.ledgers.for(cloud),
					dryRun: opts.dryRun,
					writeManifest: false,
					...opts.script !== undefined ? { script: opts.script } : {}
				}));
				build = outcome.build;
				const { result } = outcome;
				if (result) opts.reporter.info(`image ${result.imageName}: ${result.imageId}`);
				const verify = config.verify?.[cloud];
				if (result && build && verify && opts.checks) {
					const ctxHere = {
						...ctx,
						reporter: opts.reporter
					};
					verified = await timed(steps, "verify", () => (0, verify_run.ZG)(config, (0, target.dc)(result), ctxHere, {
						cloud,
						ledger: opts.ledgers.for(cloud),
						verify,
						checks: opts.checks
					})).catch((err) => {
						if (err instanceof verify_run.Gz) {
							verified = err.result;
							build = (0, packer.uJ)(build, err.result);
						}
						throw err;
					});
					build = (0, packer.uJ)(build, verified);
				}
				const share = build && config.share?.[cloud] ? await timed(steps, "share", () => shareBaked(config, cloud, build, opts.reporter, ctx.signal)).catch((err) => {
					throw new Error(`${result?.imageName ?? "the image"} was baked and kept, but sharing it failed: ${err.message}`);
				}) : undefined;
				return {
					cloud,
					plan: outcome.plan,
					...result ? { result } : {},
					...build ? { build } : {},
					...verified ? { verify: verified } : {},
					...share ? { share } : {},
					ms: Date.now() - start,
					steps
				};
			} catch (err) {
				const error = err instanceof Error ? err : new Error(String(err));
				opts.reporter.info(`failed: ${error.message}`);
				return {
					cloud,
					...outcome?.plan ? { plan: outcome.plan } : {},
					...outcome?.result ? { result: outcome.result } : {},
					...build ? { build } : {},
					...verified ? { verify: verified } : {},
					error,
					ms: Date.now() - start,
					steps
				};
			}
		}
		async function shareBaked(config, cloud, build, reporter, signal) {
			const shared = await (0, run.Z)({ cloud }, {
				loaded: config,
				builds: inManifest(config, [build]),
				cwd: (0, external_node_path_.dirname)(config.source),
				reporter,
				signal
			});
			return shared.result;
		}
		async function renderTemplates(config, clouds, signal) {
			const scripts = new Map();
			for (const cloud of clouds) {
				const template = cloudTemplate(config, cloud);
				if (template) {
					scripts.set(cloud, await (0, render.dg)(template.path, template.variables, {
						signal,
						timeoutMs: config.templateTimeout
					}));
				}
			}
			return scripts;
		}
		function cloudTemplate(config, cloud) {
			const block = config[cloud];
			return block?.template;
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
	53559: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { n: () => verifyChoice });
		const VERIFY_CHOICES = [
			"auto",
			"true",
			"false"
		];
		function verifyChoice(value, config, clouds, input) {
			const word = value?.trim() || "auto";
			if (!VERIFY_CHOICES.includes(word)) {
				throw new Error(`${input}: "${value}" is not ${VERIFY_CHOICES.join(", ")}`);
			}
			if (word === "false") return false;
			const without = clouds.filter((c) => !config.verify?.[c]);
			if (word === "true" && without.length > 0) {
				throw new Error(`${input} is true, but ${config.source} has no verify checks for ${without.join(", ")}: ` + "add a verify: block (or <cloud>.verify:) with checks, or verify only where there are some (auto)");
			}
			return true;
		}
	}),
	15048: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			CQ: () => SHARE_INPUTS,
			bf: () => shareSettings,
			oe: () => ShareOutputs
		});
		var _config_authority_host_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(81600);
		var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9353);
		var _config_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93593);
		var _config_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31846);
		var _config_section_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13667);
		var _config_share_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83423);
		var _naming_azure_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(63726);
		var _naming_gce_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(26201);
		var _config_ca_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20813);
		const SHARE_INPUTS = [
			"cloud",
			"image",
			"manifest",
			"members",
			"principals",
			"role",
			"scope",
			"subscriptions",
			"tenants",
			"accounts",
			"organizations",
			"organizational-units",
			"project",
			"endpoint",
			"ca-certificate",
			"authority-host",
			"auth",
			"client-id",
			"tenant-id",
			"catalogue",
			"dry-run"
		];
		const ShareOutputs = {
			Changed: "changed",
			Grants: "grants",
			CataloguePath: "catalogue-path"
		};
		const CLOUDS = [
			"gcp",
			"azure",
			"aws"
		];
		const MINUTE = 6e4;
		const checkMember = (member) => {
			const problem = (0, _config_share_js__WEBPACK_IMPORTED_MODULE_4__.NU)(member);
			if (!problem || !member.startsWith("domain:")) return problem;
			const domain = member.slice("domain:".length);
			return domain.trim() ? `${(0, _config_text_js__WEBPACK_IMPORTED_MODULE_1__.TL)(member)}: ${(0, _config_text_js__WEBPACK_IMPORTED_MODULE_1__.TL)(domain)} is not a domain such as example.com` : `${(0, _config_text_js__WEBPACK_IMPORTED_MODULE_1__.TL)(member)}: no domain after domain:; give one such as domain:example.com`;
		};
		function splitList(text) {
			const body = text.trim().replace(/^\[(.*)\]$/s, "$1");
			return body.split(/[\n,]+/).map((s) => s.trim().replace(/^-\s+/, "").replace(/^(['"])(.*)\1$/, "$2")).filter(Boolean);
		}
		function shareSettings(inputs, config, opts = {}) {
			const problems = new _config_problems_js__WEBPACK_IMPORTED_MODULE_2__.Zw();
			const raw = Object.fromEntries(Object.entries(inputs).filter(([, v]) => v !== undefined && v !== ""));
			const s = _config_section_js__WEBPACK_IMPORTED_MODULE_3__.w.open(problems, [], raw, SHARE_INPUTS);
			const list = (key, check) => {
				if (!s.has(key)) return undefined;
				const items = splitList(String(s.value(key)));
				let ok = true;
				const seen = new Map();
				items.forEach((item, i) => {
					const twice = seen.get(item.toLowerCase());
					const problem = check(item) ?? (twice === undefined ? undefined : `"${item}" is listed twice (also [${twice}])`);
					if (problem) {
						s.problem([key, i], problem);
						ok = false;
					}
					if (twice === undefined) seen.set(item.toLowerCase(), i);
				});
				return ok ? items : undefined;
			};
			const cloud = s.oneOf("cloud", CLOUDS) ?? (s.has("cloud") ? undefined : (s.problem("cloud", `required: one of ${CLOUDS.join(", ")}`), undefined));
			const dryRun = s.boolean("dry-run") ?? false;
			const manifests = s.has("manifest") ? splitList(String(s.value("manifest"))) : [];
			const image = s.string("image");
			if (!image && manifests.length === 0 && !opts.builds) {
				s.problem("image", "required (or manifest): the image to share, or the manifest of its build");
			}
			const catalogue = s.string("catalogue");
			const base = config?.share;
			let request;
			if (cloud === "gcp") {
				const members = list("members", checkMember) ?? base?.gcp?.members;
				if (!s.has("members") && !members) {
					s.problem("members", "required (or share.gcp.members in the config): who may use the image");
				}
				const project = s.string("project", _naming_gce_js__WEBPACK_IMPORTED_MODULE_6__.vb) ?? config?.gcp?.project;
				const endpoint = s.string("endpoint", checkUrl) ?? config?.gcp?.endpoint;
				const auth = s.oneOf("auth", ["application-default", "none"]) ?? config?.gcp?.auth ?? "application-default";
				if (members) {
					request = {
						cloud,
						share: { members },
						connection: {
							auth,
							...project ? { project } : {},
							...endpoint ? { endpoint } : {}
						}
					};
				}
			} else if (cloud === "azure") {
				request = azureRequest(s, list, config);
			} else if (cloud === "aws") {
				const b = base?.aws;
				const accounts = list("accounts", _config_share_js__WEBPACK_IMPORTED_MODULE_4__.FJ) ?? b?.accounts ?? [];
				const organizations = list("organizations", _config_share_js__WEBPACK_IMPORTED_MODULE_4__.n4) ?? b?.organizations ?? [];
				const units = list("organizational-units", _config_share_js__WEBPACK_IMPORTED_MODULE_4__._F) ?? b?.organizationalUnits ?? [];
				if (accounts.length + organizations.length + units.length === 0 && !problems.list.length) {
					s.problem("accounts", "required (or organizations, organizational-units, or share.aws in the config): who may launch the AMI");
				}
				const endpoint = s.string("endpoint", checkUrl) ?? config?.aws?.endpoint;
				request = {
					cloud,
					share: {
						accounts,
						organizations,
						organizationalUnits: units
					},
					connection: endpoint ? { endpoint } : {}
				};
			}
			if (cloud !== "gcp") unused(s, ["members", "project"], cloud);
			if (cloud !== "azure") {
				unused(s, [
					"principals",
					"role",
					"scope",
					"subscriptions",
					"tenants",
					"ca-certificate",
					"authority-host"
				], cloud);
				unused(s, ["client-id", "tenant-id"], cloud);
			}
			if (cloud !== "aws") unused(s, [
				"accounts",
				"organizations",
				"organizational-units"
			], cloud);
			const [first, ...rest] = problems.list;
			if (first || !request) {
				throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__.x(first ? [first, ...rest] : [{
					field: "cloud",
					message: "required"
				}], { label: "inputs" });
			}
			return {
				...request,
				...image ? { image } : {},
				manifests,
				...catalogue ? { catalogue } : {},
				dryRun
			};
		}
		function azureRequest(s, list, config) {
			const b = config?.share?.azure;
			const a = config?.azure;
			const principals = list("principals", _config_share_js__WEBPACK_IMPORTED_MODULE_4__.$o) ?? b?.principals ?? [];
			const subscriptions = list("subscriptions", (id) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_7__.AA)(id, "subscription id")) ?? b?.subscriptions ?? [];
			const tenants = list("tenants", (id) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_7__.AA)(id, "tenant id")) ?? b?.tenants ?? [];
			const roleText = s.string("role");
			const role = roleText === undefined ? { id: b?.roleId ?? _config_share_js__WEBPACK_IMPORTED_MODULE_4__.Z_ } : (0, _config_share_js__WEBPACK_IMPORTED_MODULE_4__.fP)(roleText);
			if (role.problem) s.problem("role", role.problem);
			const scope = s.oneOf("scope", _config_share_js__WEBPACK_IMPORTED_MODULE_4__.Q5) ?? b?.scope ?? "gallery";
			if (principals.length + subscriptions.length + tenants.length === 0 && !s.problems.list.length) {
				s.problem("principals", "required (or subscriptions / tenants, or share.azure in the config): who may use the gallery image");
			}
			const auth = s.oneOf("auth", [
				"default",
				"oidc",
				"none"
			]) ?? a?.auth ?? "default";
			const clientId = s.string("client-id", (v) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_7__.AA)(v, "client id")) ?? a?.clientId;
			const tenantId = s.string("tenant-id", (v) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_7__.AA)(v, "tenant id")) ?? a?.tenantId;
			if (auth === "oidc" && (!clientId || !tenantId)) s.problem("auth", "oidc needs client-id and tenant-id");
			const endpoint = s.string("endpoint", (v) => /^https:\/\//.test(v) ? undefined : `must be an https URL (got "${v}")`) ?? a?.endpoint;
			const caCertificate = s.string("ca-certificate", _config_ca_file_js__WEBPACK_IMPORTED_MODULE_5__.uc) ?? a?.caCertificate;
			const authorityHost = (0, _config_authority_host_js__WEBPACK_IMPORTED_MODULE_8__.E)(s, auth) ?? a?.authorityHost;
			if (!role.id) return undefined;
			return {
				cloud: "azure",
				share: {
					principals,
					roleId: role.id,
					scope,
					subscriptions,
					tenants
				},
				connection: {
					auth,
					pollInterval: a?.pollInterval ?? 5e3,
					timeouts: { replication: a?.timeouts.operation ?? 30 * MINUTE },
					...endpoint ? { endpoint } : {},
					...caCertificate ? { caCertificate } : {},
					...authorityHost ? { authorityHost } : {},
					...clientId ? { clientId } : {},
					...tenantId ? { tenantId } : {}
				}
			};
		}
		function unused(s, keys, cloud) {
			for (const key of keys) {
				if (s.has(key) && cloud) s.problem(key, `is not used when sharing on ${cloud}`);
			}
		}
		function checkUrl(url) {
			const ok = URL.canParse(url) && ["http:", "https:"].includes(new URL(url).protocol);
			return ok ? undefined : `must be an http(s) URL such as http://127.0.0.1:8085 (got "${url}")`;
		}
	}),
	87596: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			L: () => shareResult,
			a: () => describeGrant
		});
		function shareResult(cloud, image, grants, dryRun) {
			return {
				cloud,
				image,
				grants,
				changed: !dryRun && grants.some((g) => g.status === "added"),
				dryRun
			};
		}
		function describeGrant(g, dryRun = false) {
			const where = g.region ? ` in ${g.region} (${g.image})` : "";
			const what = g.status === "unchanged" ? "already granted" : dryRun ? "would be granted" : "granted";
			return `${g.member}: ${what}${where} (${g.via})`;
		}
	}),
	13108: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { Z: () => runShare });
		var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
		var _config_confine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54936);
		var _bake_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(972);
		var _catalogue_catalogue_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26514);
		var _catalogue_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47212);
		var _config_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50649);
		var _providers_load_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(50090);
		var _manifest_read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28643);
		var _request_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15048);
		var _result_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(87596);
		var _target_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(21716);
		async function runShare(inputs, opts) {
			const config = opts.loaded ?? (opts.config ? await (0, _config_load_js__WEBPACK_IMPORTED_MODULE_5__.Z9)({
				path: opts.config,
				cwd: opts.cwd,
				purpose: "share",
				root: opts.root
			}) : undefined);
			const confine = (input, path) => {
				if (path === undefined) return undefined;
				const outside = opts.root && (0, _config_confine_js__WEBPACK_IMPORTED_MODULE_1__.K8)((0, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(opts.cwd, path), opts.root, path);
				if (outside) throw new Error(`${input}: ${outside}`);
				return (0, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(opts.cwd, path);
			};
			confine("ca-certificate", inputs["ca-certificate"]);
			const settings = (0, _request_js__WEBPACK_IMPORTED_MODULE_7__.bf)(inputs, config, { builds: opts.builds !== undefined });
			const names = opts.names ?? {
				manifest: "manifest",
				catalogue: "catalogue"
			};
			const catalogueOut = confine(names.catalogue, settings.catalogue);
			let builds = opts.builds ?? [];
			if (!opts.builds && settings.manifests.length > 0) {
				const paths = await (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_6__.TH)(settings.manifests, opts.cwd, {
					root: opts.root,
					input: names.manifest
				});
				builds = await (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_6__.D7)(paths);
			}
			const gce = { endpoint: settings.cloud === "gcp" ? settings.connection.endpoint : undefined };
			const target = settings.image ? (0, _target_js__WEBPACK_IMPORTED_MODULE_8__.hu)(settings.cloud, settings.image, settings.cloud === "gcp" ? settings.connection.project : undefined, gce) : (0, _target_js__WEBPACK_IMPORTED_MODULE_8__.dq)(settings.cloud, builds, gce);
			const ctx = (0, _bake_context_js__WEBPACK_IMPORTED_MODULE_2__.p)(process.env, opts.reporter, opts.signal);
			const title = `${settings.dryRun ? "Plan sharing" : "Share"} ${(0, _target_js__WEBPACK_IMPORTED_MODULE_8__.je)(target)}`;
			const result = await opts.reporter.group(title, async () => {
				if (target.cloud !== settings.cloud) {
					throw new Error(`internal: a ${target.cloud} image for a ${settings.cloud} share`);
				}
				const provider = await (0, _providers_load_js__WEBPACK_IMPORTED_MODULE_9__.bF)(settings.cloud);
				const r = await provider.share(settings, target, { dryRun: settings.dryRun }, ctx);
				for (const g of r.grants) opts.reporter.info((0, _result_js__WEBPACK_IMPORTED_MODULE_10__.a)(g, r.dryRun));
				opts.reporter.info(r.dryRun ? "dry run: nothing was changed" : r.changed ? `shared ${r.image}` : "no change: every member already had access");
				return r;
			});
			let catalogue = [];
			if (settings.catalogue && catalogueOut && !settings.dryRun) {
				const fromBuilds = (0, _catalogue_catalogue_js__WEBPACK_IMPORTED_MODULE_3__.MK)(builds).filter((i) => i.cloud === settings.cloud);
				const images = (0, _catalogue_catalogue_js__WEBPACK_IMPORTED_MODULE_3__.t_)(fromBuilds.length ? fromBuilds : [(0, _catalogue_catalogue_js__WEBPACK_IMPORTED_MODULE_3__.dV)(target)], [result]);
				const folder = /[/\\]$/.test(settings.catalogue) ? "/" : "";
				catalogue = await (0, _catalogue_write_js__WEBPACK_IMPORTED_MODULE_4__.m)(catalogueOut + folder, images);
				for (const path of catalogue) opts.reporter.info(`catalogue written: ${path}`);
			}
			return {
				result,
				catalogue
			};
		}
	})
};
