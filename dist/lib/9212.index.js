export const id = 9212;
export const ids = [9212];
export const modules = {
	49962: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			FK: () => isInside,
			K8: () => outsideRoot,
			Ye: () => realPath,
			Yz: () => checkNotLink,
			nQ: () => outputProblem
		});
		var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
		var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
		const MAX_LINKS = 40;
		function realPath(path) {
			const missing = [];
			let current = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
			for (let links = 0;;) {
				try {
					return (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0, node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(current), ...missing);
				} catch (err) {
					const code = err.code;
					if (code !== "ENOENT" && code !== "ENOTDIR") throw err;
				}
				if ((0, node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(current, { throwIfNoEntry: false })?.isSymbolicLink()) {
					if (++links > MAX_LINKS) throw Object.assign(new Error("too many links"), { code: "ELOOP" });
					current = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current), (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(current));
					continue;
				}
				const parent = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current);
				if (parent === current) return (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, ...missing);
				missing.unshift((0, node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(current));
				current = parent;
			}
		}
		function isInside(path, dir) {
			const rel = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, path);
			return rel === "" || !(0, node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) && rel !== ".." && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`);
		}
		function outsideRoot(path, root, shown = path) {
			let real;
			let realRoot;
			try {
				realRoot = realPath(root.dir);
				real = realPath(path);
			} catch (err) {
				const code = err.code ?? err.message;
				return `"${shown}" cannot be resolved (${code === "ELOOP" ? "a loop of links" : code})`;
			}
			if (isInside(real, realRoot)) return undefined;
			const where = `${root.name} (${root.dir})`;
			return isInside((0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path), (0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root.dir)) ? `"${shown}" is a link (or lies under one) to ${real}, outside ${where}; refusing to follow it` : `"${shown}" leads to ${real}, outside ${where}; keep it inside`;
		}
		function outputProblem(path, root, shown = path) {
			if ((0, node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false })?.isSymbolicLink()) {
				return `"${shown}" is a symbolic link; an output is written as a regular file: remove the link or choose another path`;
			}
			return root && outsideRoot(path, root, shown);
		}
		function checkNotLink(path, what) {
			if ((0, node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false })?.isSymbolicLink()) {
				throw new Error(`${what} ${path} is a symbolic link; worker-image writes outputs as regular files only: remove the link`);
			}
		}
	}),
	43319: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			$Q: () => clip,
			Y: () => QUOTE_MAX,
			cA: () => lineOf,
			qF: () => parseJson
		});
		const QUOTE_MAX = 200;
		function clip(text, max = QUOTE_MAX) {
			const line = /^[^\r\n]*/.exec(text)?.[0] ?? "";
			return line.length > max ? `${line.slice(0, max)}…` : line;
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
	51236: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { A: () => suggestKey });
		function kebab(s) {
			return s.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/_/g, "-").toLowerCase();
		}
		function editDistance(a, b) {
			let before = [];
			let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
			for (let i = 1; i <= a.length; i++) {
				const current = [i];
				for (let j = 1; j <= b.length; j++) {
					const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
					let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
					if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
						d = Math.min(d, (before[j - 2] ?? 0) + 1);
					}
					current.push(d);
				}
				before = previous;
				previous = current;
			}
			return previous[b.length] ?? 0;
		}
		function suggestKey(key, known) {
			const exact = known.find((k) => k === kebab(key));
			if (exact) return exact;
			const limit = Math.min(2, Math.floor(key.length / 3));
			let best;
			for (const k of known) {
				const distance = editDistance(kebab(key), k);
				if (distance <= limit && (!best || distance < best.distance)) best = {
					key: k,
					distance
				};
			}
			return best?.key;
		}
	}),
	61891: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			$H: () => isRenderFailure,
			$Y: () => UndefinedError,
			$w: () => TemplateError,
			Cb: () => TemplateSyntaxError,
			Fm: () => UNDEFINED_HINT,
			P_: () => Refusal,
			S4: () => PyError,
			oC: () => LimitError
		});
		class TemplateError extends Error {
			file;
			line;
			reason;
			name = "TemplateError";
			constructor(file, line, reason) {
				super(`${file}${line === undefined ? "" : `:${line}`}: ${reason}`);
				this.file = file;
				this.line = line;
				this.reason = reason;
			}
		}
		class LocatedError extends Error {
			line;
			constructor(message, line) {
				super(message);
				this.line = line;
			}
		}
		class TemplateSyntaxError extends LocatedError {
			hint;
			name = "TemplateSyntaxError";
			constructor(message, line, hint) {
				super(hint ? `${message.replace(/\.$/, "")}: ${hint}` : message, line);
				this.hint = hint;
			}
		}
		class Refusal extends LocatedError {
			construct;
			fix;
			name = "Refusal";
			constructor(construct, fix, line) {
				super(`${construct} is not supported by worker-image: ${fix}`, line);
				this.construct = construct;
				this.fix = fix;
			}
		}
		class PyError extends LocatedError {
			pyType;
			detail;
			name = "PyError";
			constructor(pyType, detail) {
				super(`${pyType}: ${detail}`);
				this.pyType = pyType;
				this.detail = detail;
			}
		}
		const UNDEFINED_HINT = "(pass it under variables: in worker-image.yml, or with --vars)";
		class UndefinedError extends LocatedError {
			name = "UndefinedError";
		}
		class LimitError extends LocatedError {
			name = "LimitError";
		}
		function isRenderFailure(err) {
			return err instanceof LocatedError;
		}
	}),
	69198: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Bi: () => Dict,
			By: () => PyObject,
			EN: () => hashKey,
			Pr: () => NO_ATTRIBUTE,
			Q6: () => Range,
			VK: () => Markup,
			YF: () => DictView,
			ZD: () => escapeHtml,
			ay: () => NamedTuple,
			bV: () => Callable,
			d9: () => undefinedError,
			go: () => typeName,
			jY: () => Iter,
			pv: () => TemplateFloat,
			rK: () => Undefined,
			rd: () => Tuple,
			sc: () => fromJs,
			yk: () => isLenient
		});
		var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61891);
		class TemplateFloat {
			value;
			constructor(value) {
				this.value = value;
			}
		}
		class Tuple {
			items;
			constructor(items) {
				this.items = items;
			}
		}
		class NamedTuple extends Tuple {
			fields;
			constructor(fields, items) {
				super(items);
				this.fields = fields;
			}
		}
		const HTML_ESCAPES = {
			"&": "&amp;",
			"<": "&lt;",
			">": "&gt;",
			"'": "&#39;",
			"\"": "&#34;"
		};
		function escapeHtml(text) {
			return text.replace(/[&<>'"]/g, (c) => HTML_ESCAPES[c]);
		}
		class Markup {
			text;
			constructor(text) {
				this.text = text;
			}
		}
		class Undefined {
			hint;
			path;
			lenient;
			constructor(hint, path, lenient = false) {
				this.hint = hint;
				this.path = path;
				this.lenient = lenient;
			}
		}
		const isLenient = (value) => value instanceof Undefined && value.lenient;
		function undefinedError(value) {
			if (value.path === undefined) return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.$Y(value.hint);
			return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.$Y(`undefined variable '${value.path}' ${_errors_js__WEBPACK_IMPORTED_MODULE_0__.Fm}`);
		}
		class Range {
			start;
			stop;
			step;
			constructor(start, stop, step) {
				this.start = start;
				this.stop = stop;
				this.step = step;
			}
			get length() {
				const { start, stop, step } = this;
				if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
				return start > stop ? (start - stop - step - 1n) / -step : 0n;
			}
			at(i) {
				return this.start + i * this.step;
			}
		}
		class Iter {
			typeName;
			source;
			constructor(typeName, source) {
				this.typeName = typeName;
				this.source = source;
			}
		}
		class DictView {
			kind;
			dict;
			constructor(kind, dict) {
				this.kind = kind;
				this.dict = dict;
			}
			list() {
				if (this.kind === "keys") return this.dict.keys();
				if (this.kind === "values") return this.dict.values();
				return this.dict.entries().map(([k, v]) => new Tuple([k, v]));
			}
		}
		const NO_ATTRIBUTE = Symbol("no attribute");
		class PyObject {
			attr(_name) {
				return NO_ATTRIBUTE;
			}
			repr() {
				return undefined;
			}
		}
		class Callable extends PyObject {
			typeName;
			name;
			fn;
			constructor(typeName, name, fn) {
				super();
				this.typeName = typeName;
				this.name = name;
				this.fn = fn;
			}
			call(args) {
				return this.fn(args);
			}
		}
		const identities = new WeakMap();
		function hashKey(value) {
			if (typeof value === "string") return value;
			if (typeof value === "bigint") return value;
			if (typeof value === "boolean") return value ? 1n : 0n;
			if (typeof value === "number") {
				return Number.isInteger(value) ? BigInt(value) : Number.isNaN(value) ? Symbol("nan") : value;
			}
			if (value === null) return null;
			if (value instanceof Markup) return value.text;
			if (value instanceof Tuple) {
				return Symbol.for(`tuple:${JSON.stringify(value.items.map(keyText))}`);
			}
			if (value instanceof Undefined) {
				if (value.lenient) return Symbol.for("Undefined");
				throw undefinedError(value);
			}
			if (Array.isArray(value) || value instanceof Dict || value instanceof DictView) {
				throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.S4("TypeError", `unhashable type: '${typeName(value)}'`);
			}
			let id = identities.get(value);
			if (!id) identities.set(value, id = Symbol(typeName(value)));
			return id;
		}
		function keyText(value) {
			const key = hashKey(value);
			if (typeof key === "symbol") return key.description ?? "";
			return `${typeof key}:${String(key)}`;
		}
		class Dict {
			map = new Map();
			constructor(entries = []) {
				for (const [k, v] of entries) this.set(k, v);
			}
			get size() {
				return this.map.size;
			}
			has(key) {
				return this.map.has(hashKey(key));
			}
			get(key) {
				return this.map.get(hashKey(key))?.[1];
			}
			set(key, value) {
				const k = hashKey(key);
				const existing = this.map.get(k);
				this.map.set(k, [existing ? existing[0] : key, value]);
			}
			delete(key) {
				return this.map.delete(hashKey(key));
			}
			clear() {
				this.map.clear();
			}
			keys() {
				return [...this.map.values()].map(([k]) => k);
			}
			values() {
				return [...this.map.values()].map(([, v]) => v);
			}
			entries() {
				return [...this.map.values()].map(([k, v]) => [k, v]);
			}
		}
		function typeName(value) {
			if (typeof value === "string") return "str";
			if (typeof value === "bigint") return "int";
			if (typeof value === "number") return "float";
			if (typeof value === "boolean") return "bool";
			if (value === null) return "NoneType";
			if (Array.isArray(value)) return "list";
			if (value instanceof Tuple) return "tuple";
			if (value instanceof Dict) return "dict";
			if (value instanceof Range) return "range";
			if (value instanceof Iter) return value.typeName;
			if (value instanceof DictView) return `dict_${value.kind}`;
			if (value instanceof Markup) return "Markup";
			if (value instanceof Undefined) return "StrictUndefined";
			return value.typeName;
		}
		const isPlainObject = (value) => {
			const proto = Object.getPrototypeOf(value);
			return proto === Object.prototype || proto === null;
		};
		function fromJs(value, path = "variables") {
			if (typeof value === "string" || typeof value === "boolean" || typeof value === "bigint") {
				return value;
			}
			if (typeof value === "number") return Number.isInteger(value) ? BigInt(value) : value;
			if (value === null || value === undefined) return null;
			if (value instanceof TemplateFloat) return value.value;
			if (Array.isArray(value)) return value.map((item, i) => fromJs(item, `${path}[${i}]`));
			if (value instanceof Map) {
				return new Dict([...value.entries()].map(([k, v]) => [fromJs(k, path), fromJs(v, `${path}.${String(k)}`)]));
			}
			if (typeof value === "object" && isPlainObject(value)) {
				return new Dict(Object.entries(value).map(([k, v]) => [k, fromJs(v, `${path}.${k}`)]));
			}
			throw new Error(`${path}: a ${typeof value} cannot be a template variable`);
		}
	}),
	29542: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			ON: () => variablesFrom,
			cn: () => withTemplateVariables,
			iH: () => parseVarsArg
		});
		var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
		var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
		var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
		var _config_excerpt_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43319);
		var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69198);
		const USAGE = `pass a JSON object (--vars '{"enable_gpu": true}') or @FILE for a JSON or YAML file`;
		function mapping(value, flag) {
			if (typeof value !== "object" || value === null || Array.isArray(value)) {
				const got = Array.isArray(value) ? "a list" : value === null ? "nothing" : `a ${typeof value}`;
				throw new Error(`${flag}: expected a mapping of variable names to values, got ${got}; ${USAGE}`);
			}
			return value;
		}
		const isFloatTag = (tag) => typeof tag === "object" && tag.tag === "tag:yaml.org,2002:float" && "test" in tag;
		const markFloats = (tags) => tags.map((tag) => isFloatTag(tag) ? {
			...tag,
			resolve: (...args) => {
				const value = tag.resolve(...args);
				return new _values_js__WEBPACK_IMPORTED_MODULE_3__.pv(Number(value instanceof yaml__WEBPACK_IMPORTED_MODULE_2__.X5 ? value.value : value));
			}
		} : tag);
		const INDEX_KEY = /^(?:0|[1-9][0-9]{0,8})$/;
		function plainWherePossible(value) {
			if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value;
			if (Array.isArray(value)) return value.map(plainWherePossible);
			if (!(value instanceof Map)) return value;
			const entries = [...value.entries()].map(([k, v]) => [plainWherePossible(k), plainWherePossible(v)]);
			const plain = entries.every(([k]) => typeof k === "string" && !INDEX_KEY.test(k));
			return plain ? Object.fromEntries(entries) : new Map(entries);
		}
		function variablesFrom(text) {
			const doc = (0, yaml__WEBPACK_IMPORTED_MODULE_2__.Tp)(text, {
				merge: true,
				intAsBigInt: true,
				uniqueKeys: false,
				customTags: markFloats
			});
			if (doc.errors.length > 0) throw doc.errors[0];
			const value = doc.toJS({ mapAsMap: true });
			if (!(value instanceof Map)) return plainWherePossible(value);
			return Object.fromEntries([...value.entries()].map(([k, v]) => [String(k), plainWherePossible(v)]));
		}
		const TEMPLATE_VARIABLES = [
			["variables"],
			["gcp", "variables"],
			["azure", "variables"],
			["aws", "variables"]
		];
		function withTemplateVariables(raw, text) {
			if (!isPlainObject(raw)) return raw;
			const full = variablesFrom(text);
			const at = (value, path) => path.reduce((v, key) => isPlainObject(v) ? v[key] : v instanceof Map ? v.get(key) : undefined, value);
			const out = { ...raw };
			for (const path of TEMPLATE_VARIABLES) {
				const values = at(full, path);
				if (!isPlainObject(values) || at(raw, path) === undefined) continue;
				const block = values;
				if (path.length === 1) out.variables = block;
				else if (isPlainObject(out[path[0]])) out[path[0]] = {
					...out[path[0]],
					variables: block
				};
			}
			return out;
		}
		function isPlainObject(value) {
			return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
		}
		function jsonVariables(text) {
			JSON.parse(text);
			return variablesFrom(text);
		}
		function yamlReason(err, text) {
			if (!(err instanceof yaml__WEBPACK_IMPORTED_MODULE_2__.IP)) return (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_4__.$Q)(err.message);
			const line = err.linePos?.[0].line;
			const reason = (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_4__.$Q)(err.message.replace(/ at line \d+, column \d+.*$/s, ""), 120);
			return line === undefined ? reason : `${reason} at line ${line}: ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_4__.cA)(text, line)}`;
		}
		async function parseVarsArg(arg) {
			if (!arg.startsWith("@")) {
				try {
					return mapping(jsonVariables(arg), "--vars");
				} catch (err) {
					if (!(err instanceof SyntaxError)) throw err;
					throw new Error(`--vars: not valid JSON (${err.message}); ${USAGE}`);
				}
			}
			const path = arg.slice(1);
			if (!path) throw new Error(`--vars @: no file name after '@'; ${USAGE}`);
			let text;
			try {
				text = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8");
			} catch (err) {
				throw new Error(`--vars @${path}: cannot read the file (${err.message})`);
			}
			const json = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path).toLowerCase() === ".json";
			if (json) (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_4__.qF)(text, `--vars @${path}: not valid JSON`);
			let value;
			try {
				value = variablesFrom(text);
			} catch (err) {
				throw new Error(`--vars @${path}: not valid ${json ? "JSON" : "YAML"}: ${yamlReason(err, text)}`);
			}
			return mapping(value, `--vars @${path}`);
		}
	})
};
