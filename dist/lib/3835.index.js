export const id = 3835;
export const ids = [3835];
export const modules = {
	87959: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			A9: () => matchAllEach,
			UO: () => matchAllWithin,
			gq: () => PatternTimeoutError,
			ry: () => PatternSkippedError
		});
		var node_vm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30714);
		const MATCH_BUDGET_MS = 1e3;
		class PatternTimeoutError extends Error {
			name = "PatternTimeoutError";
		}
		const context = (0, node_vm__WEBPACK_IMPORTED_MODULE_0__.createContext)({});
		const script = new node_vm__WEBPACK_IMPORTED_MODULE_0__.Script("Array.from(text.matchAll(regex))");
		const batch = new node_vm__WEBPACK_IMPORTED_MODULE_0__.Script("for (; at < jobs.length; at++) if (!jobs[at].skip) found[at] = Array.from(jobs[at].text.matchAll(jobs[at].regex))");
		function matchAllWithin(regex, text, ms = MATCH_BUDGET_MS) {
			const sandbox = context;
			sandbox.regex = regex;
			sandbox.text = text;
			try {
				return script.runInContext(context, { timeout: ms });
			} catch (err) {
				if (err.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
					throw new PatternTimeoutError(`took longer than ${ms / 1e3}s on this file and was stopped: simplify the pattern (a run of .* or overlapping repeats backtracks on long lines)`);
				}
				throw err;
			} finally {
				delete sandbox.regex;
				delete sandbox.text;
			}
		}
		class PatternSkippedError extends Error {
			name = "PatternSkippedError";
		}
		function matchAllEach(jobs, ms = MATCH_BUDGET_MS) {
			const found = [];
			const work = jobs.map((j) => ({
				regex: j.regex,
				text: j.text,
				skip: false
			}));
			const sandbox = context;
			let at = 0;
			while (at < work.length) {
				sandbox.jobs = work;
				sandbox.found = found;
				sandbox.at = at;
				try {
					batch.runInContext(context, { timeout: ms });
					break;
				} catch (err) {
					if (err.code !== "ERR_SCRIPT_EXECUTION_TIMEOUT") throw err;
					at = sandbox.at;
					const job = work[at];
					if (job) {
						try {
							found[at] = matchAllWithin(job.regex, job.text, ms);
						} catch (alone) {
							if (!(alone instanceof PatternTimeoutError)) throw alone;
							found[at] = alone;
							const group = jobs[at]?.group;
							if (group !== undefined) {
								for (let later = at + 1; later < work.length; later++) {
									if (jobs[later]?.group === group) work[later].skip = true;
								}
							}
						}
					}
					at++;
				} finally {
					delete sandbox.jobs;
					delete sandbox.found;
					delete sandbox.at;
				}
			}
			work.forEach((job, i) => {
				if (job.skip) {
					found[i] = new PatternSkippedError("not searched: the pattern was stopped past its time budget on an earlier file");
				}
			});
			return found;
		}
	}),
	40377: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { V: () => matchRules });
		var external_node_fs_ = __webpack_require__(73024);
		var external_node_path_ = __webpack_require__(76760);
		var confine = __webpack_require__(54936);
		var budget = __webpack_require__(87959);
		var glob = __webpack_require__(49160);
		var version_token = __webpack_require__(30456);
		;
		const ESCAPE = /^\\([pP]\{[^}]*\}|x[\da-fA-F]{2}|u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|c[A-Za-z]|k<[^>]*>|\d+|.)/s;
		function requiredLiteral(pattern, flags) {
			if (flags.includes("i")) return undefined;
			let best = "";
			let run = "";
			const end = () => {
				if (run.length > best.length) best = run;
				run = "";
			};
			let i = 0;
			while (i < pattern.length) {
				const c = pattern[i] ?? "";
				let literal;
				let next = i + 1;
				if (pattern.startsWith(version_token.Kx, i)) {
					next = i + version_token.Kx.length;
				} else if (c === "|") {
					return undefined;
				} else if (c === "(") {
					next = groupEnd(pattern, i);
				} else if (c === "[") {
					next = classEnd(pattern, i);
				} else if (c === "\\") {
					const escape = ESCAPE.exec(pattern.slice(i))?.[0] ?? c;
					next = i + escape.length;
					if (escape.length === 2 && !/[\p{L}\p{N}_]/u.test(escape[1] ?? "a")) literal = escape[1];
				} else if (!"^$.*+?{}".includes(c)) {
					literal = c;
				}
				const q = quantifierEnd(pattern, next);
				if (literal !== undefined && q === next) {
					run += literal;
				} else {
					end();
				}
				i = q;
			}
			end();
			return best.length >= 2 ? best : undefined;
		}
		function quantifierEnd(pattern, i) {
			let j = i;
			const c = pattern[j];
			if (c === "*" || c === "+" || c === "?") j++;
			else if (c === "{" && !pattern.startsWith(version_token.Kx, j)) {
				const m = /^\{\d+(,\d*)?\}/.exec(pattern.slice(j));
				if (m) j += m[0].length;
			}
			if (j > i && pattern[j] === "?") j++;
			return j;
		}
		function groupEnd(pattern, i) {
			let depth = 0;
			let j = i;
			while (j < pattern.length) {
				const c = pattern[j];
				if (c === "\\") j += 2;
				else if (c === "[") j = classEnd(pattern, j);
				else {
					if (c === "(") depth++;
					if (c === ")" && --depth === 0) return j + 1;
					j++;
				}
			}
			return j;
		}
		function classEnd(pattern, i) {
			let j = i + 1;
			while (j < pattern.length && pattern[j] !== "]") j += pattern[j] === "\\" ? 2 : 1;
			return j + 1;
		}
		var pattern = __webpack_require__(48638);
		var external_node_buffer_ = __webpack_require__(4573);
		;
		const FLAGS = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK;
		class FileReader {
			buffer = Buffer.allocUnsafe(1 << 20);
			length = 0;
			read(path) {
				let fd;
				this.length = 0;
				try {
					fd = (0, external_node_fs_.openSync)(path, FLAGS);
					for (;;) {
						const room = this.buffer.length - this.length;
						const n = (0, external_node_fs_.readSync)(fd, this.buffer, this.length, room, null);
						this.length += n;
						if (n < room) return undefined;
						const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
						this.buffer.copy(bigger);
						this.buffer = bigger;
					}
				} catch (err) {
					return `cannot be read: ${err.message}`;
				} finally {
					if (fd !== undefined) (0, external_node_fs_.closeSync)(fd);
				}
			}
			bytes() {
				return this.buffer.subarray(0, this.length);
			}
		}
		;
		const UNSEARCHED = Object.freeze({});
		function readOnce(repoDir, searches) {
			const byFiles = new Map();
			for (const search of searches) {
				const group = byFiles.get(search.files);
				if (group) group.push(search);
				else byFiles.set(search.files, [search]);
			}
			const readers = new Map();
			for (const [files, group] of byFiles) {
				for (const file of files) {
					const list = readers.get(file);
					readers.set(file, list ? [...list, ...group] : group);
				}
			}
			const reader = new FileReader();
			const root = (0, external_node_path_.resolve)(repoDir);
			const prefix = root === process.cwd() ? "" : `${root}/`;
			const read = new Map();
			const searched = new Map();
			for (const [file, list] of readers) {
				const unreadable = reader.read(`${prefix}${file}`);
				if (unreadable !== undefined) {
					read.set(file, { unreadable });
					continue;
				}
				const bytes = reader.bytes();
				let wanting;
				for (const s of list) {
					if (s.literal === undefined || bytes.indexOf(s.literal) !== -1) (wanting ??= []).push(s);
				}
				if (!wanting) {
					read.set(file, UNSEARCHED);
					continue;
				}
				if (!(0, external_node_buffer_.isUtf8)(bytes)) {
					read.set(file, { binary: true });
					continue;
				}
				read.set(file, { text: bytes.toString("utf8") });
				for (const s of wanting) {
					const set = searched.get(s);
					if (set) set.add(file);
					else searched.set(s, new Set([file]));
				}
			}
			return {
				read,
				searched
			};
		}
		var rewrite = __webpack_require__(4892);
		var dist = __webpack_require__(38815);
		var excerpt = __webpack_require__(52049);
		var rules = __webpack_require__(27143);
		;
		function findYamlTokens(text, yamlPath, compiled) {
			const lineOf = (0, rewrite.LX)(text);
			const documents = (0, dist.hR)(text, { prettyErrors: false });
			const error = documents.flatMap((d) => d.errors)[0];
			if (error) {
				return { problem: {
					message: `is not valid YAML: ${(0, excerpt.$Q)(error.message)}`,
					line: lineOf(error.pos[0])
				} };
			}
			const keys = (0, rules.VS)(yamlPath);
			const tokens = [];
			let missing;
			let found = false;
			for (const doc of documents) {
				const at = lookup(doc.contents, keys, lineOf);
				if (at.problem) return { problem: at.problem };
				if (at.missing) {
					missing ??= at.missing;
					continue;
				}
				found = true;
				const scalar = at.scalar;
				const [start, end] = scalar.range ?? [0, 0];
				const quote = scalar.type === "QUOTE_SINGLE" || scalar.type === "QUOTE_DOUBLE" ? 1 : 0;
				const source = text.slice(start + quote, end - quote);
				const escaped = scalar.type === "QUOTE_DOUBLE" && source.includes("\\") || scalar.type === "QUOTE_SINGLE" && source.includes("''");
				if (scalar.type !== "PLAIN" && !quote || escaped || /[\r\n]/.test(source)) {
					const message = `the value at ${yamlPath} must be plain or quoted, on one line, without escapes, to be edited in place (it is a ${scalar.type ?? "non-plain"} scalar)`;
					return { problem: {
						message,
						line: lineOf(start)
					} };
				}
				tokens.push(...(0, rewrite.GY)(source, compiled, {
					offset: start + quote,
					lineOf
				}));
			}
			if (!found) return { problem: missing ?? { message: "holds no YAML document" } };
			return { tokens };
		}
		function lookup(root, keys, lineOf) {
			let node = root;
			let where = "the document";
			for (const key of keys) {
				const next = typeof key === "number" ? (0, dist.oP)(node) ? node.items[key] : undefined : (0, dist.jh)(node) ? node.items.find((p) => (0, dist.jn)(p.key) && String(p.key.value) === key)?.value : undefined;
				if (next === undefined || next === null) {
					const what = typeof key === "number" ? `item [${key}]` : `key ${key}`;
					return { missing: {
						message: `yaml-path not found: ${where} has no ${what}`,
						...lineAt(node, lineOf)
					} };
				}
				where = typeof key === "number" ? `${where}[${key}]` : where === "the document" ? key : `${where}.${key}`;
				node = next;
			}
			if ((0, dist.Vj)(node)) {
				return { problem: {
					message: `${where} is an alias; edit the anchored value instead`,
					...lineAt(node, lineOf)
				} };
			}
			if (!(0, dist.jn)(node)) {
				return { problem: {
					message: `${where} is not a single value`,
					...lineAt(node, lineOf)
				} };
			}
			return { scalar: node };
		}
		function lineAt(node, lineOf) {
			const start = node?.range?.[0];
			return start === undefined ? {} : { line: lineOf(start) };
		}
		;
		async function matchRules(repoDir, rules, opts) {
			const tree = new glob.hr(repoDir);
			const realRepo = (0, confine.Ye)(repoDir);
			const target = (file) => {
				let real;
				try {
					real = (0, confine.Ye)((0, external_node_path_.join)(repoDir, file));
				} catch {
					return undefined;
				}
				return (0, confine.FK)(real, realRepo) ? (0, external_node_path_.relative)(realRepo, real).split(external_node_path_.sep).join("/") : undefined;
			};
			const named = new Map();
			const namedBy = (path) => {
				let found = named.get(path);
				if (found) return found;
				const { paths, linked } = tree.glob(path);
				let files = paths;
				const outside = [];
				if (linked.size > 0) {
					const inside = new Set();
					for (const p of paths) {
						const file = linked.has(p) ? target(p) : p;
						if (file === undefined) outside.push(p);
						else inside.add(file);
					}
					files = [...inside];
				}
				found = {
					files,
					outside,
					empty: paths.length === 0
				};
				named.set(path, found);
				return found;
			};
			const states = rules.map((rule, index) => {
				const state = {
					rule,
					index,
					problems: [],
					broken: false
				};
				const problem = problemOf(state);
				let strict;
				let loose;
				try {
					strict = (0, pattern.Eb)(rule.pattern, rule.flags);
					loose = (0, pattern.Eb)(rule.pattern, rule.flags, { namespaced: true });
				} catch (err) {
					if (!(err instanceof pattern.JM)) throw err;
					problem(`pattern ${err.message}`);
					return state;
				}
				const named = namedBy(rule.path);
				if (named.empty) {
					problem((0, glob.rl)(rule.path) ? "matches no files" : notAFile(repoDir, rule.path));
					return state;
				}
				for (const path of named.outside) {
					problem("is a symbolic link leading outside the repository; refusing to read or edit it", path);
					state.broken = true;
				}
				const files = named.files;
				const literal = rule.yamlPath || !(0, glob.rl)(rule.path) ? undefined : requiredLiteral(rule.pattern, rule.flags);
				state.search = {
					strict,
					loose,
					...literal === undefined ? {} : { literal: Buffer.from(literal) },
					files
				};
				return state;
			});
			const { read, searched } = readOnce(repoDir, states.flatMap((s) => s.search ? [s.search] : []));
			const strictJobs = states.flatMap((state) => state.search && !state.rule.yamlPath ? jobsOf(state, state.search.files, read, searched) : []);
			const strictFound = runJobs(strictJobs, (s) => s.strict);
			const texts = new Map();
			const lines = new Map();
			const lineOf = (file, text) => {
				let counter = lines.get(file);
				if (!counter) {
					counter = (0, rewrite.LX)(text);
					lines.set(file, counter);
				}
				return counter;
			};
			const results = states.map((state) => {
				const { rule, search } = state;
				const result = {
					rule,
					tokens: [],
					namespaced: [],
					files: 0,
					notText: []
				};
				if (!search) return result;
				const problem = problemOf(state);
				result.files = search.files.length;
				const clean = [];
				const outright = !(0, glob.rl)(rule.path);
				const mine = searched.get(search);
				let stoppedOn;
				let unsearched = 0;
				for (const file of search.files) {
					const got = read.get(file) ?? UNSEARCHED;
					if (got.unreadable !== undefined) {
						problem(got.unreadable, file);
						state.broken = true;
						continue;
					}
					if (got.binary && outright) {
						problem("is not UTF-8 text", file);
						state.broken = true;
						continue;
					}
					if (got.binary) result.notText.push(file);
					const text = got.text;
					if (text === undefined || !mine?.has(file)) continue;
					const matches = rule.yamlPath ? undefined : strictFound.get(key(state, file));
					if (matches instanceof budget.ry || rule.yamlPath && stoppedOn !== undefined) {
						unsearched++;
						continue;
					}
					texts.set(file, text);
					const found = rule.yamlPath ? yamlTokens(text, rule.yamlPath, search.strict) : fromMatches(matches, () => lineOf(file, text));
					if (found.stopped) stoppedOn ??= file;
					if (found.problem) {
						problem(found.problem.message, file, found.problem.line);
						state.broken = true;
						continue;
					}
					result.tokens.push(...found.tokens.map((t) => ({
						...t,
						file
					})));
					clean.push({
						file,
						text,
						strict: found.tokens
					});
				}
				if (stoppedOn !== undefined && unsearched > 0) {
					problem(`pattern was stopped past its time budget on ${stoppedOn}, so the rule's ${unsearched} other ${unsearched === 1 ? "file was" : "files were"} not searched; simplify the pattern`);
				}
				if (stoppedOn === undefined && (opts.guard || result.tokens.length === 0)) {
					const looseFound = rule.yamlPath ? new Map() : runJobs(clean.map(({ file, text }) => ({
						state,
						file,
						text
					})), (s) => s.loose);
					for (const { file, text, strict } of clean) {
						const others = (rule.yamlPath ? yamlTokens(text, rule.yamlPath, search.loose) : fromMatches(looseFound.get(key(state, file)), () => lineOf(file, text))).tokens ?? [];
						result.namespaced.push(...others.filter((t) => t.namespace && !strict.some((s) => s.start < t.end && t.start < s.end)).map((t) => ({
							...t,
							file
						})));
					}
				}
				if (!state.broken) checkCount(result, opts.guard, search.files, problem);
				return result;
			});
			return {
				rules: results,
				texts,
				problems: states.flatMap((s) => s.problems)
			};
		}
		function notAFile(repoDir, path) {
			const full = (0, external_node_path_.join)(repoDir, path);
			let own;
			let target;
			try {
				own = (0, external_node_fs_.lstatSync)(full, { throwIfNoEntry: false });
				target = own?.isSymbolicLink() ? (0, external_node_fs_.statSync)(full, { throwIfNoEntry: false }) : own;
			} catch (err) {
				const code = err.code;
				return code === "ENOTDIR" ? "file not found" : `cannot be read (${code ?? "error"})`;
			}
			if (!own) return "file not found";
			const is = own.isSymbolicLink() ? "is a symbolic link to" : "is";
			if (!target) return `${is} a missing file`;
			if (target.isDirectory()) {
				return `${is} a folder, not a file: name a file in it, or its files with a glob (${path.replace(/\/+$/, "")}/*)`;
			}
			const kind = target.isFIFO() ? "a FIFO (named pipe)" : target.isSocket() ? "a socket" : target.isCharacterDevice() || target.isBlockDevice() ? "a device" : "something other than a file";
			return `${is} ${kind}, not a regular file; a rule reads regular files only`;
		}
		function jobsOf(state, files, read, searched) {
			const mine = state.search && searched.get(state.search);
			return files.flatMap((file) => {
				const text = read.get(file)?.text;
				return text !== undefined && mine?.has(file) ? [{
					state,
					file,
					text
				}] : [];
			});
		}
		function key(state, file) {
			return `${state.index}\0${file}`;
		}
		function runJobs(jobs, regexOf) {
			const found = (0, budget.A9)(jobs.map((j) => {
				if (!j.state.search) throw new Error("internal: a job for a rule without a search");
				return {
					regex: regexOf(j.state.search).regex,
					text: j.text,
					group: j.state
				};
			}));
			return new Map(jobs.map((j, i) => [key(j.state, j.file), found[i] ?? []]));
		}
		function problemOf(state) {
			const { rule } = state;
			return (message, file = rule.path, line) => {
				state.problems.push({
					rule: rule.name,
					file,
					...line ? { line } : {},
					pattern: rule.pattern,
					message
				});
			};
		}
		function fromMatches(found, lineOf) {
			if (found instanceof budget.gq) {
				return {
					problem: { message: `pattern ${found.message}` },
					stopped: true
				};
			}
			if (found instanceof budget.ry) return { problem: { message: found.message } };
			if (!found || found.length === 0) return { tokens: [] };
			return { tokens: (0, rewrite.k8)(found, {
				offset: 0,
				lineOf: lineOf()
			}) };
		}
		function yamlTokens(text, yamlPath, compiled) {
			try {
				return findYamlTokens(text, yamlPath, compiled);
			} catch (err) {
				if (!(err instanceof budget.gq)) throw err;
				return {
					problem: { message: `pattern ${err.message}` },
					stopped: true
				};
			}
		}
		function checkCount(result, guard, files, problem) {
			const { rule } = result;
			const all = guard ? [...result.tokens, ...result.namespaced] : result.tokens;
			const where = (f) => files.length > 1 ? `${f.file}:${f.line}` : `line ${f.line}`;
			const only = files.length === 1 ? files[0] : undefined;
			if (all.length === 0) {
				const ns = result.namespaced[0];
				const hint = ns ? `; ${where(ns)} names an image of namespace ${ns.namespace} (${ns.namespace}-${ns.version}), which a bump never rewrites` : `; a version is digits with optional .parts and a letter (23, 17a, 0.0.14)${rule.yamlPath ? ` at ${rule.yamlPath}` : ""}`;
				problem(`matched nothing${hint}`, ns?.file ?? only, ns?.line);
				return;
			}
			if (rule.expect === undefined || all.length === rule.expect) return;
			const sorted = [...all].sort((a, b) => a.file === b.file ? a.start - b.start : a.file < b.file ? -1 : 1);
			const at = sorted[rule.expect] ?? sorted[0];
			problem(`matched ${all.length} times (${sorted.map(where).join(", ")}), expected exactly ${rule.expect}`, at?.file, at?.line);
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
	4892: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			GY: () => findTokens,
			LX: () => lineCounter,
			ct: () => applyEdits,
			k8: () => tokensOf
		});
		var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87959);
		function findTokens(text, compiled, at = {
			offset: 0,
			lineOf: lineCounter(text)
		}) {
			return tokensOf((0, _budget_js__WEBPACK_IMPORTED_MODULE_0__.UO)(compiled.regex, text), at);
		}
		function tokensOf(matches, at) {
			const tokens = [];
			for (const m of matches) {
				const span = m.indices?.groups?.version;
				const version = m.groups?.version;
				if (!span || version === undefined) continue;
				const start = at.offset + span[0];
				const namespace = m.groups?.namespace;
				tokens.push({
					start,
					end: at.offset + span[1],
					version,
					line: at.lineOf(start),
					...namespace ? { namespace } : {}
				});
			}
			return tokens;
		}
		function applyEdits(text, edits) {
			const sorted = [...edits].sort((a, b) => a.start - b.start);
			let out = "";
			let from = 0;
			for (const edit of sorted) {
				if (edit.start < from) throw new Error("internal: overlapping edits");
				out += text.slice(from, edit.start) + edit.text;
				from = edit.end;
			}
			return out + text.slice(from);
		}
		function lineCounter(text) {
			const starts = [0];
			for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
			return (offset) => {
				let lo = 0;
				let hi = starts.length - 1;
				while (lo < hi) {
					const mid = lo + hi + 1 >> 1;
					if ((starts[mid] ?? 0) <= offset) lo = mid;
					else hi = mid - 1;
				}
				return lo + 1;
			};
		}
	})
};
