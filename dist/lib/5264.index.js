export const id = 5264;
export const ids = [5264];
export const modules = {
	20730: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { $: () => bump });
		var external_node_path_ = __webpack_require__(76760);
		var confine = __webpack_require__(54936);
		var excerpt = __webpack_require__(52049);
		var load = __webpack_require__(50649);
		;
		function branchNameProblem(name) {
			const rule = BRANCH_RULES.find(([test]) => test(name));
			return rule ? `${JSON.stringify((0, excerpt.$Q)(name))} is not a branch name git accepts: ${rule[1]}` : undefined;
		}
		const BRANCH_RULES = [
			[(n) => n === "", "it is empty"],
			[(n) => n === "HEAD", "HEAD names the checked-out commit, not a branch"],
			[(n) => n.startsWith("-"), "it must not start with \"-\""],
			[(n) => /[\x00-\x20\x7f~^:?*[\\]/.test(n), "it must not hold spaces, control characters or any of ~ ^ : ? * [ \\"],
			[(n) => n.includes(".."), "it must not hold \"..\""],
			[(n) => n.includes("@{"), "it must not hold \"@{\""],
			[(n) => n.startsWith("/") || n.endsWith("/") || n.includes("//"), "it must not start or end with \"/\" or hold \"//\""],
			[(n) => n.endsWith("."), "it must not end with \".\""],
			[(n) => n.split("/").some((c) => c.startsWith(".")), "no part between \"/\" may start with \".\""],
			[(n) => n.split("/").some((c) => c.endsWith(".lock")), "no part between \"/\" may end with \".lock\""]
		];
		var read = __webpack_require__(28643);
		var promises_ = __webpack_require__(51455);
		var random = __webpack_require__(88843);
		;
		class StalePlanError extends Error {
			name = "StalePlanError";
		}
		async function applyBump(plan) {
			const targets = plan.files.map((f) => ({
				...f,
				full: (0, external_node_path_.join)(plan.repoDir, f.path)
			}));
			for (const t of targets) {
				if ((await (0, promises_.lstat)(t.full).catch(() => undefined))?.isSymbolicLink()) {
					throw new StalePlanError(`${t.path} became a symbolic link since the bump was planned; plan again`);
				}
				const now = await (0, promises_.readFile)(t.full, "utf8").catch(() => undefined);
				if (now !== t.before) {
					throw new StalePlanError(`${t.path} changed since the bump was planned; plan again`);
				}
			}
			const suffix = `.worker-image-${process.pid}-${(0, random.n)(4)}.tmp`;
			const staged = [];
			try {
				for (const t of targets) {
					const temp = (0, external_node_path_.join)((0, external_node_path_.dirname)(t.full), `.${(0, external_node_path_.basename)(t.full)}${suffix}`);
					staged.push({
						full: t.full,
						temp,
						before: t.before
					});
					await (0, promises_.writeFile)(temp, t.after);
					await (0, promises_.chmod)(temp, (await (0, promises_.stat)(t.full)).mode & 4095);
				}
			} catch (err) {
				await Promise.all(staged.map((s) => (0, promises_.rm)(s.temp, { force: true })));
				throw err;
			}
			const replaced = [];
			try {
				for (const s of staged) {
					await (0, promises_.rename)(s.temp, s.full);
					replaced.push(s);
				}
			} catch (err) {
				await Promise.all(staged.map((s) => (0, promises_.rm)(s.temp, { force: true })));
				await Promise.all(replaced.map((s) => (0, promises_.writeFile)(s.full, s.before)));
				throw err;
			}
			return plan.files.map((f) => f.path);
		}
		var match = __webpack_require__(40377);
		var version_token = __webpack_require__(30456);
		;
		async function checkReferences(opts) {
			const matched = await (0, match.V)(opts.repoDir, opts.rules, { guard: true });
			const problems = [...matched.problems];
			for (const { rule, tokens, namespaced } of matched.rules) {
				const at = (t, message) => ({
					rule: rule.name,
					file: t.file,
					line: t.line,
					pattern: rule.pattern,
					message
				});
				for (const t of namespaced) {
					problems.push(at(t, `names an image of namespace ${t.namespace} (${t.namespace}-${t.version}), a test build; ` + "point it back at a released (default-namespace) image before merging"));
				}
				const current = rule.value === "increment" ? undefined : opts.versions[rule.value];
				if (current === undefined) continue;
				for (const t of tokens) {
					if ((0, version_token.Zy)(t.version, current) < 0) {
						problems.push(at(t, `names version ${t.version}, older than the ${rule.value} version ${current} in the manifest`));
					}
				}
			}
			return {
				ok: problems.length === 0,
				problems
			};
		}
		;
		const CONTEXT = 3;
		const FUNCNAME = /^[A-Za-z_$]/;
		const FUNCNAME_BYTES = 80;
		const NO_EOL = "\\ No newline at end of file";
		function unifiedDiff(plan) {
			return plan.files.map(fileDiff).join("");
		}
		function fileDiff(file) {
			const before = splitLines(file.before);
			const after = splitLines(file.after);
			if (before.lines.length !== after.lines.length) {
				throw new Error(`internal: ${file.path} changed its number of lines`);
			}
			const changed = before.lines.flatMap((line, i) => line === after.lines[i] ? [] : [i]);
			if (changed.length === 0) return "";
			let out = `diff --git a/${file.path} b/${file.path}\n--- a/${file.path}\n+++ b/${file.path}\n`;
			for (const [first, last] of hunks(changed)) {
				const start = Math.max(0, first - CONTEXT);
				const end = Math.min(before.lines.length - 1, last + CONTEXT);
				const count = end - start + 1;
				const range = `${start + 1}${count === 1 ? "" : `,${count}`}`;
				const name = funcname(before.lines, start);
				out += `@@ -${range} +${range} @@${name ? ` ${name}` : ""}\n`;
				for (let i = start; i <= end; i++) {
					if (before.lines[i] === after.lines[i]) {
						out += line(" ", before, i);
						continue;
					}
					let j = i;
					while (j + 1 <= end && before.lines[j + 1] !== after.lines[j + 1]) j++;
					for (let k = i; k <= j; k++) out += line("-", before, k);
					for (let k = i; k <= j; k++) out += line("+", after, k);
					i = j;
				}
			}
			return out;
		}
		function hunks(changed) {
			const groups = [];
			for (const i of changed) {
				const current = groups.at(-1);
				if (current && i - current[1] - 1 <= 2 * CONTEXT) current[1] = i;
				else groups.push([i, i]);
			}
			return groups;
		}
		function funcname(lines, hunkStart) {
			for (let i = hunkStart - 1; i >= 0; i--) {
				const text = lines[i] ?? "";
				if (!FUNCNAME.test(text)) continue;
				const bytes = Buffer.from(text, "utf8").subarray(0, FUNCNAME_BYTES);
				return bytes.toString("utf8").replace(/\uFFFD$/, "").trimEnd();
			}
			return undefined;
		}
		function splitLines(text) {
			const finalNewline = text.endsWith("\n");
			const lines = text.split("\n");
			if (finalNewline || text === "") lines.pop();
			return {
				lines,
				finalNewline
			};
		}
		function line(prefix, side, i) {
			const last = i === side.lines.length - 1 && !side.finalNewline;
			return `${prefix}${side.lines[i] ?? ""}\n${last ? `${NO_EOL}\n` : ""}`;
		}
		var problem = __webpack_require__(8099);
		var rewrite = __webpack_require__(4892);
		var azure = __webpack_require__(63726);
		var naming_version = __webpack_require__(49894);
		;
		const CLOUDS = [
			"gcp",
			"azure",
			"aws"
		];
		class VersionsError extends Error {
			name = "VersionsError";
		}
		async function versionsFromManifests(paths) {
			const versions = {};
			const from = {};
			for (const path of paths) {
				const found = manifestVersions(await readManifest(path), path);
				if (Object.keys(found).length === 0) {
					throw new VersionsError(`${(0, excerpt.SP)(path)}: no build has custom_data.cloud and custom_data.version; is it a manifest worker-image wrote?`);
				}
				for (const [cloud, version] of Object.entries(found)) {
					const earlier = versions[cloud];
					if (earlier !== undefined && earlier !== version) {
						throw new VersionsError(`${cloud} version differs between manifests: ${earlier} in ${(0, excerpt.SP)(from[cloud] ?? "")}, ${version} in ${(0, excerpt.SP)(path)}; pass only the manifests of one build`);
					}
					versions[cloud] = version;
					from[cloud] = path;
				}
			}
			return versions;
		}
		function parseSet(values) {
			const versions = {};
			for (const entry of values.map((v) => v.trim()).filter(Boolean)) {
				const m = /^([a-z]+)\s*=\s*(.*)$/.exec(entry);
				const cloud = CLOUDS.find((c) => c === m?.[1]);
				const version = m?.[2] ?? "";
				if (!cloud) {
					throw new VersionsError(`set: "${(0, excerpt.SP)(entry)}" must be cloud=version with cloud one of ${CLOUDS.join(", ")} (e.g. gcp=24)`);
				}
				if (!(0, version_token.IJ)(version)) {
					throw new VersionsError(`set: "${(0, excerpt.SP)(entry)}": "${(0, excerpt.SP)(version)}" is not a version such as 24, 17a or 0.0.15`);
				}
				const problem = cloudVersionProblem(cloud, version);
				if (problem) {
					throw new VersionsError(`set: "${(0, excerpt.SP)(entry)}": the ${cloud} version ${(0, excerpt.RK)(problem)}`);
				}
				if (versions[cloud] !== undefined) {
					throw new VersionsError(`set: ${cloud} is given twice (${versions[cloud]} and ${(0, excerpt.SP)(version)})`);
				}
				versions[cloud] = version;
			}
			return versions;
		}
		function cloudVersionProblem(cloud, version) {
			if (cloud === "azure") return (0, azure.zX)(version);
			if ((0, naming_version.ot)(version)) return undefined;
			return (0, naming_version.EC)(version) ?? "must be a number without leading zeros, optionally one lowercase letter (24, 17a)";
		}
		async function readManifest(path) {
			let text;
			try {
				text = await (0, promises_.readFile)(path, "utf8");
			} catch (err) {
				const code = err.code;
				throw new VersionsError(code === "ENOENT" ? `${(0, excerpt.SP)(path)}: manifest not found` : `${(0, excerpt.SP)(path)}: ${(0, excerpt.RK)(err.message)}`);
			}
			try {
				return (0, excerpt.qF)(text, `${(0, excerpt.SP)(path)}: not a JSON manifest`);
			} catch (err) {
				throw new VersionsError(err.message);
			}
		}
		function manifestVersions(manifest, path) {
			const { builds, last_run_uuid: lastRun } = manifest ?? {};
			if (!Array.isArray(builds)) throw new VersionsError(`${(0, excerpt.SP)(path)}: has no "builds" list`);
			const versions = {};
			for (const build of builds) {
				const { packer_run_uuid: run, custom_data: data } = build ?? {};
				if (typeof lastRun === "string" && run !== lastRun) continue;
				const { cloud: name, version, verified, image_name: image } = data ?? {};
				const cloud = CLOUDS.find((c) => c === name);
				if (!cloud || typeof version !== "string") continue;
				if (verified === "false") {
					throw new VersionsError(`${(0, excerpt.SP)(path)}: the ${cloud} build ${(0, excerpt.SP)(typeof image === "string" ? image : version)} failed its verification ` + "(custom_data.verified is \"false\"), so no reference may move to it; fix the image and bake again, " + "or pass only the manifests of verified builds");
				}
				if (!(0, version_token.IJ)(version)) {
					throw new VersionsError(`${(0, excerpt.SP)(path)}: ${cloud} version "${(0, excerpt.SP)(version)}" is not a version token`);
				}
				const problem = cloudVersionProblem(cloud, version);
				if (problem) {
					throw new VersionsError(`${(0, excerpt.SP)(path)}: the ${cloud} version ${(0, excerpt.RK)(problem)}`);
				}
				if (versions[cloud] !== undefined && versions[cloud] !== version) {
					throw new VersionsError(`${(0, excerpt.SP)(path)}: two ${cloud} builds in one run, versions ${versions[cloud]} and ${version}`);
				}
				versions[cloud] = version;
			}
			return versions;
		}
		;
		async function planBump(opts) {
			for (const [cloud, version] of Object.entries(opts.versions)) {
				if (!(0, version_token.IJ)(version)) {
					throw new VersionsError(`${cloud} version "${version}" is not a version such as 24, 17a or 0.0.15`);
				}
			}
			const matched = await (0, match.V)(opts.repoDir, opts.rules, { guard: false });
			const problems = [...matched.problems];
			const skipped = [];
			const perRule = matched.rules.map(({ rule, tokens }) => ({
				rule,
				tokens,
				changes: []
			}));
			for (const entry of perRule) {
				const { rule, tokens } = entry;
				if (rule.value === "increment") continue;
				const target = opts.versions[rule.value];
				if (target === undefined) {
					skipped.push({
						rule: rule.name,
						value: rule.value,
						reason: `no new ${rule.value} version in this bump`
					});
					continue;
				}
				entry.changes = tokens.map((t) => located(rule, t, target));
			}
			const moving = perRule.some((r) => r.changes.some((c) => c.changed));
			for (const entry of perRule) {
				const { rule, tokens } = entry;
				if (rule.value !== "increment") continue;
				entry.changes = tokens.flatMap((t) => {
					const next = (0, version_token.vm)(t.version);
					if (next !== undefined) return [located(rule, t, moving ? next : t.version)];
					problems.push(problemAt(rule, t, `increment needs a whole number, found ${t.version}`));
					return [];
				});
			}
			const changes = perRule.flatMap((r) => r.changes);
			const edits = editsByFile(changes, problems);
			const [first, ...rest] = problems;
			if (first) throw new problem.V([first, ...rest]);
			const files = [...edits].filter(([, fileEdits]) => fileEdits.some((e) => e.changed)).map(([path, fileEdits]) => {
				const before = matched.texts.get(path) ?? "";
				return {
					path,
					before,
					after: (0, rewrite.ct)(before, fileEdits.filter((e) => e.changed))
				};
			}).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
			return {
				repoDir: opts.repoDir,
				changes: changes.map(({ rule, file, line, old, new: next, changed }) => ({
					rule,
					file,
					line,
					old,
					new: next,
					changed
				})),
				files,
				skipped,
				searched: matched.rules.map(({ rule, files, tokens, notText }) => ({
					rule: rule.name,
					files,
					withReferences: new Set(tokens.map((t) => t.file)).size,
					notText
				}))
			};
		}
		function located(rule, t, version) {
			return {
				rule: rule.name,
				file: t.file,
				line: t.line,
				old: t.version,
				new: version,
				changed: t.version !== version,
				start: t.start,
				end: t.end,
				pattern: rule.pattern
			};
		}
		function problemAt(rule, t, message) {
			return {
				rule: rule.name,
				file: t.file,
				line: t.line,
				pattern: rule.pattern,
				message
			};
		}
		function editsByFile(changes, problems) {
			const byFile = new Map();
			for (const c of changes) {
				const list = byFile.get(c.file);
				if (list) list.push(c);
				else byFile.set(c.file, [c]);
			}
			const edits = new Map();
			for (const [file, located] of byFile) {
				const sorted = [...located].sort((a, b) => a.start - b.start);
				const kept = [];
				for (const c of sorted) {
					const previous = kept.at(-1);
					if (previous && c.start < previous.end) {
						if (c.start !== previous.start || c.end !== previous.end || c.new !== previous.new) {
							problems.push({
								rule: c.rule,
								file,
								line: c.line,
								pattern: c.pattern,
								message: `rewrites the same reference as rule ${previous.rule}, to ${c.new} instead of ${previous.new}`
							});
						}
						continue;
					}
					kept.push(c);
				}
				edits.set(file, kept.map((c) => ({
					start: c.start,
					end: c.end,
					text: c.new,
					changed: c.changed
				})));
			}
			return edits;
		}
		;
		async function bump(opts) {
			const { reporter } = opts;
			for (const [input, name] of Object.entries({
				branch: opts.pullRequest?.branch,
				base: opts.pullRequest?.base
			})) {
				const problem = name === undefined ? undefined : branchNameProblem(name);
				if (problem) throw new Error(`${input}: ${problem}`);
			}
			const names = opts.names ?? {
				manifests: "manifests",
				repoDir: "repo-dir"
			};
			const repoDir = (0, external_node_path_.resolve)(opts.cwd, opts.repoDir);
			const outside = opts.root && (0, confine.K8)(repoDir, opts.root, opts.repoDir);
			if (outside) throw new Error(`${names.repoDir}: ${(0, excerpt.RK)(outside)}`);
			const overrides = opts.rules === undefined ? {} : { references: opts.rules };
			const config = await (0, load.Z9)({
				...opts.config ? { path: opts.config } : {},
				overrides,
				cwd: opts.cwd,
				purpose: "bump",
				root: opts.root
			});
			const manifests = await (0, read.TH)(opts.manifests, opts.cwd, {
				root: opts.root,
				input: names.manifests
			});
			const versions = {
				...await versionsFromManifests(manifests),
				...parseSet(opts.set)
			};
			reporter.info(`versions: ${Object.entries(versions).map(([c, v]) => `${c} ${v}`).join(", ") || "(none: only increment rules can move)"}`);
			const base = {
				repoDir,
				rules: config.references,
				versions
			};
			if (opts.check) {
				const result = await checkReferences(base);
				const [first, ...rest] = result.problems;
				if (first) throw new problem.V([first, ...rest]);
				reporter.info(`all ${config.references.length} references are current`);
				return {
					operation: "checked",
					changedFiles: [],
					diff: ""
				};
			}
			const plan = await planBump(base);
			reportPlan(plan, reporter);
			const downgrades = plan.changes.filter((c) => c.changed && (0, version_token.Zy)(c.new, c.old) < 0);
			for (const c of downgrades) {
				reporter.warning(`rule ${(0, excerpt.SP)(c.rule)}: ${c.old} \u2192 ${c.new} moves the reference back to an older version`, {
					file: (0, excerpt.SP)(c.file),
					line: c.line
				});
			}
			const diff = unifiedDiff(plan);
			if (diff) await reporter.group("Diff", async () => reporter.info(diff.trimEnd()));
			if (opts.dryRun) return {
				operation: "dry-run",
				changedFiles: plan.files.map((f) => f.path),
				diff
			};
			const changedFiles = await applyBump(plan);
			const pr = opts.pullRequest;
			if (!pr) return {
				operation: changedFiles.length ? "edited" : "none",
				changedFiles,
				diff
			};
			const [{ commitToBranch }, { createOrUpdatePullRequest }, { pullRequestBody }, { imagesFromManifests }] = await Promise.all([
				Promise.all([__webpack_require__.e(3025), __webpack_require__.e(1002)]).then(__webpack_require__.bind(__webpack_require__, 94879)),
				Promise.all([
					__webpack_require__.e(3025),
					__webpack_require__.e(4272),
					__webpack_require__.e(7989)
				]).then(__webpack_require__.bind(__webpack_require__, 17989)),
				__webpack_require__.e(4268).then(__webpack_require__.bind(__webpack_require__, 34268)),
				__webpack_require__.e(9370).then(__webpack_require__.bind(__webpack_require__, 59370))
			]);
			const changed = plan.changes.filter((c) => c.changed);
			const summary = Object.entries(versions).map(([c, v]) => `${c} ${v}`).join(", ");
			const commit = await reporter.group(`Commit on ${pr.branch}`, () => commitToBranch({
				repoDir,
				branch: pr.branch,
				base: pr.base,
				files: changedFiles,
				message: `Bump worker images: ${summary}`,
				token: pr.token,
				serverUrl: pr.serverUrl,
				...pr.author ? { author: pr.author } : {}
			}));
			if (commit.operation === "none") {
				reporter.info(`${pr.branch} already has these changes: nothing to push`);
				return {
					operation: "none",
					changedFiles,
					diff
				};
			}
			const images = manifests.length ? await imagesFromManifests(manifests) : [];
			const result = await reporter.group("Pull request", () => createOrUpdatePullRequest({
				token: pr.token,
				owner: pr.owner,
				repo: pr.repo,
				apiUrl: pr.apiUrl,
				head: pr.branch,
				base: pr.base,
				title: pr.title ?? `Bump worker images: ${summary}`,
				body: pullRequestBody(changed.map((c) => ({
					file: c.file,
					line: c.line,
					old: c.old,
					new: c.new
				})), images),
				labels: pr.labels,
				reviewers: pr.reviewers
			}));
			reporter.info(`pull request #${result.number} ${result.operation}: ${result.url}`);
			return {
				operation: result.operation,
				changedFiles,
				diff,
				pullRequest: {
					number: result.number,
					url: result.url
				}
			};
		}
		function reportPlan(plan, reporter) {
			for (const searched of plan.searched) {
				const skipped = plan.skipped.find((s) => s.rule === searched.rule);
				const changes = plan.changes.filter((c) => c.rule === searched.rule);
				const moving = changes.filter((c) => c.changed);
				const { notText } = searched;
				const unread = notText.length ? `, ${notText.length} skipped as not UTF-8 text (${notText.slice(0, LISTED).map((f) => (0, excerpt.SP)(f)).join(", ")}${notText.length > LISTED ? `, and ${notText.length - LISTED} more` : ""})` : "";
				const read = `${searched.files} ${searched.files === 1 ? "file" : "files"} read, ${searched.withReferences} with references${unread}`;
				const rule = (0, excerpt.SP)(searched.rule);
				if (skipped) {
					reporter.info(`rule ${rule}: ${read}; skipped (${skipped.reason})`);
					continue;
				}
				reporter.info(`rule ${rule}: ${read}: ${moving.length} to change, ${changes.length - moving.length} already current`);
				for (const c of moving) reporter.info(`  ${(0, excerpt.SP)(c.file)}:${c.line}: ${c.old} \u2192 ${c.new}`);
			}
		}
		const LISTED = 5;
	}),
	11869: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { K: () => repoFromEnv });
		function repoFromEnv(env, slug) {
			const from = slug !== undefined ? "--repo-slug" : "GITHUB_REPOSITORY";
			const value = slug ?? env["GITHUB_REPOSITORY"];
			if (!value) {
				throw new Error("GITHUB_REPOSITORY is not set: run inside GitHub Actions, or pass --repo-slug owner/name");
			}
			const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim());
			if (!match?.[1] || !match[2]) {
				throw new Error(`${from} must be owner/name (e.g. acme/batch-workers), got "${value}"`);
			}
			return {
				owner: match[1],
				repo: match[2],
				apiUrl: url(env, "GITHUB_API_URL", "https://api.github.com"),
				serverUrl: url(env, "GITHUB_SERVER_URL", "https://github.com")
			};
		}
		function url(env, name, fallback) {
			const value = env[name] || fallback;
			let parsed;
			try {
				parsed = new URL(value);
			} catch {
				throw new Error(`${name} must be a URL such as ${fallback}, got "${value}"`);
			}
			if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
				throw new Error(`${name} must be an http(s) URL such as ${fallback}, got "${value}"`);
			}
			return value.replace(/\/+$/, "");
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
	})
};
