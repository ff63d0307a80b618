export const id = 1439;
export const ids = [1439];
export const modules = {
	54936: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			FK: () => isInside,
			K8: () => outsideRoot,
			Ye: () => realPath,
			Yz: () => checkNotLink,
			nQ: () => outputProblem
		});
		var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
		var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
		var _excerpt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52049);
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
			return isInside((0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path), (0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root.dir)) ? `"${shown}" is a link (or lies under one) to ${(0, _excerpt_js__WEBPACK_IMPORTED_MODULE_2__.$Q)(real)}, outside ${where}; refusing to follow it` : `"${shown}" leads to ${(0, _excerpt_js__WEBPACK_IMPORTED_MODULE_2__.$Q)(real)}, outside ${where}; keep it inside`;
		}
		function entryOf(path) {
			try {
				return (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false });
			} catch (err) {
				if (err.code === "ENOTDIR") return undefined;
				throw err;
			}
		}
		function outputProblem(path, root, shown = path) {
			const own = entryOf(path);
			if (own?.isSymbolicLink()) {
				return `"${shown}" is a symbolic link; an output is written as a regular file: remove the link or choose another path`;
			}
			if (own?.isDirectory()) {
				return `"${shown}" is a folder; an output is written as a file: name one in it`;
			}
			if (own && !own.isFile()) {
				return `"${shown}" exists and is not a regular file (a device, a pipe or a socket); name a regular file`;
			}
			for (let dir = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path); dir !== (0, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir); dir = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
				const up = entryOf(dir);
				if (up === undefined) continue;
				if (!up.isDirectory() && !up.isSymbolicLink()) {
					return `"${shown}" cannot be written: ${(0, _excerpt_js__WEBPACK_IMPORTED_MODULE_2__.$Q)(dir)} is a file, not a folder`;
				}
				break;
			}
			return root && outsideRoot(path, root, shown);
		}
		function checkNotLink(path, what) {
			if ((0, node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false })?.isSymbolicLink()) {
				throw new Error(`${what} ${path} is a symbolic link; worker-image writes outputs as regular files only: remove the link`);
			}
		}
	}),
	18302: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
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
	93593: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Kz: () => unsafeCharacter,
			Rv: () => checkNameText,
			TL: () => quoted,
			ZJ: () => checkPathText
		});
		var _excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52049);
		const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
		const PART_MAX_BYTES = 255;
		const PATH_MAX_BYTES = 4096;
		function quoted(text, max) {
			return `"${(0, _excerpt_js__WEBPACK_IMPORTED_MODULE_0__.SP)(text.replace(/["\\]/g, (c) => `\\${c}`), max)}"`;
		}
		function unsafeCharacter(text) {
			const found = UNSAFE.exec(text);
			if (!found) return undefined;
			return `${quoted(text)} holds a control or invisible format character ("${(0, _excerpt_js__WEBPACK_IMPORTED_MODULE_0__.RK)(found[0])}" at ` + `character ${found.index + 1}), which a log would act on or not show: remove it`;
		}
		function checkPathText(path) {
			const unsafe = unsafeCharacter(path);
			if (unsafe) return unsafe;
			const long = path.split(/[/\\]/).find((part) => Buffer.byteLength(part) > PART_MAX_BYTES);
			if (long !== undefined) {
				return `each part of a path is at most ${PART_MAX_BYTES} bytes (one here is ${Buffer.byteLength(long)}): ${quoted(long, 40)}; shorten it`;
			}
			const bytes = Buffer.byteLength(path);
			if (bytes > PATH_MAX_BYTES) {
				return `a path is at most ${PATH_MAX_BYTES} bytes (got ${bytes}): ${quoted(path, 40)}`;
			}
			return undefined;
		}
		function checkNameText(name, max) {
			const unsafe = unsafeCharacter(name);
			if (unsafe) return unsafe;
			if (name.length > max) {
				return `at most ${max} characters (got ${name.length}): ${quoted(name, 40)}`;
			}
			if (name.trim() !== name) {
				return `${quoted(name)} starts or ends with a space: remove it`;
			}
			return undefined;
		}
	}),
	92593: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
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
	73385: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			bm: () => checkTemplateFile,
			Gq: () => compileTemplate,
			Xm: () => renderTemplate,
			dg: () => renderTemplateFile
		});
		var promises_ = __webpack_require__(51455);
		var external_node_path_ = __webpack_require__(76760);
		var errors = __webpack_require__(38336);
		var suggest = __webpack_require__(18302);
		var template_errors = __webpack_require__(92593);
		var printable = __webpack_require__(66059);
		;
		const PY_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
		const SPACE_RUN = new RegExp(`[${PY_SPACE}]+`, "g");
		const LEADING = new RegExp(`^[${PY_SPACE}]+`);
		const TRAILING = new RegExp(`[${PY_SPACE}]+$`);
		const ONE_SPACE = new RegExp(`^[${PY_SPACE}]$`);
		const SURROGATE = /[\ud800-\udfff]/;
		function isSpace(c) {
			return ONE_SPACE.test(c);
		}
		function codePoints(text) {
			return SURROGATE.test(text) ? Array.from(text) : text.split("");
		}
		function pyLength(text) {
			if (!SURROGATE.test(text)) return text.length;
			return text.length - (text.match(/[\ud800-\udbff][\udc00-\udfff]/g)?.length ?? 0);
		}
		function compareText(a, b) {
			if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
			const x = codePoints(a);
			const y = codePoints(b);
			for (let i = 0; i < Math.min(x.length, y.length); i++) {
				const d = x[i].codePointAt(0) - y[i].codePointAt(0);
				if (d !== 0) return d < 0 ? -1 : 1;
			}
			return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
		}
		function strip(text, chars, side) {
			if (chars === null) {
				let out = text;
				if (side !== "right") out = out.replace(LEADING, "");
				if (side !== "left") out = out.replace(TRAILING, "");
				return out;
			}
			const set = new Set(codePoints(chars));
			const cps = codePoints(text);
			let start = 0;
			let end = cps.length;
			if (side !== "right") while (start < end && set.has(cps[start])) start++;
			if (side !== "left") while (end > start && set.has(cps[end - 1])) end--;
			return cps.slice(start, end).join("");
		}
		const NOT_PRINTABLE_CHAR = new RegExp(printable.q, "u");
		function text_printable(c) {
			return c === " " || !NOT_PRINTABLE_CHAR.test(c);
		}
		function strRepr(text) {
			const quote = text.includes("'") && !text.includes("\"") ? "\"" : "'";
			let out = quote;
			for (const c of text) {
				const code = c.codePointAt(0);
				if (c === quote || c === "\\") out += `\\${c}`;
				else if (c === "	") out += "\\t";
				else if (c === "\n") out += "\\n";
				else if (c === "\r") out += "\\r";
				else if (code < 32 || code === 127) out += `\\x${code.toString(16).padStart(2, "0")}`;
				else if (code < 127 || text_printable(c)) out += c;
				else if (code <= 255) out += `\\x${code.toString(16).padStart(2, "0")}`;
				else if (code <= 65535) out += `\\u${code.toString(16).padStart(4, "0")}`;
				else out += `\\U${code.toString(16).padStart(8, "0")}`;
			}
			return out + quote;
		}
		function splitWhitespace(text, maxsplit, fromRight) {
			const parts = [];
			if (!fromRight) {
				let rest = text.replace(LEADING, "");
				while (rest !== "") {
					if (maxsplit >= 0 && parts.length >= maxsplit) {
						parts.push(rest);
						break;
					}
					SPACE_RUN.lastIndex = 0;
					const m = SPACE_RUN.exec(rest);
					if (!m) {
						parts.push(rest);
						break;
					}
					parts.push(rest.slice(0, m.index));
					rest = rest.slice(m.index + m[0].length);
				}
				return parts;
			}
			let rest = text.replace(TRAILING, "");
			while (rest !== "") {
				if (maxsplit >= 0 && parts.length >= maxsplit) {
					parts.push(rest);
					break;
				}
				const m = new RegExp(`[${PY_SPACE}]+([^${PY_SPACE}]*)$`).exec(rest);
				if (!m) {
					parts.push(rest);
					break;
				}
				parts.push(m[1]);
				rest = rest.slice(0, m.index);
			}
			return parts.reverse();
		}
		var template_values = __webpack_require__(66704);
		;
		function floatRepr(n) {
			if (Number.isNaN(n)) return "nan";
			if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
			const sign = n < 0 || Object.is(n, -0) ? "-" : "";
			const [mantissa, exponent] = Math.abs(n).toExponential().split("e");
			const digits = mantissa.replace(".", "");
			const point = Number(exponent) + 1;
			if (point > 16 || point < -3) {
				const exp = Number(exponent);
				const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
				return `${sign}${body}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
			}
			if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
			if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}.0`;
			return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
		}
		const ADDRESS_FIX = "Jinja2 prints a Python object address here, which changes on every run; print a value instead";
		function unprintable(value) {
			const name = (0, template_values.go)(value);
			if (value instanceof template_values.jY) {
				return new template_errors.P_(`printing a ${name} (what |map, |select, |reject, |unique and the like return)`, `Jinja2 prints "<${name} object at 0x\u2026>"; add |list to print the items, or |join(', ')`);
			}
			if (["builtin_function_or_method", "method"].includes(name) || name.endsWith("method")) {
				return new template_errors.P_("printing a method without calling it", `Jinja2 prints "<built-in method \u2026 at 0x\u2026>"; add the parentheses to call it`);
			}
			return new template_errors.P_(`printing a ${name} object`, ADDRESS_FIX);
		}
		function pyRepr(value, seen = new Set()) {
			if (typeof value === "string") return strRepr(value);
			if (typeof value === "bigint") return value.toString();
			if (typeof value === "number") return floatRepr(value);
			if (typeof value === "boolean") return value ? "True" : "False";
			if (value === null) return "None";
			if (value instanceof template_values.rK) return "Undefined";
			if (value instanceof template_values.VK) return `Markup(${strRepr(value.text)})`;
			if (value instanceof template_values.Q6) {
				const step = value.step === 1n ? "" : `, ${value.step}`;
				return `range(${value.start}, ${value.stop}${step})`;
			}
			if (Array.isArray(value) || value instanceof template_values.rd || value instanceof template_values.Bi) {
				if (seen.has(value)) return Array.isArray(value) ? "[...]" : value instanceof template_values.Bi ? "{...}" : "(...)";
				seen.add(value);
				try {
					if (Array.isArray(value)) return `[${value.map((v) => pyRepr(v, seen)).join(", ")}]`;
					if (value instanceof template_values.rd) {
						const items = value.items.map((v) => pyRepr(v, seen));
						return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
					}
					const entries = value.entries().map(([k, v]) => `${pyRepr(k, seen)}: ${pyRepr(v, seen)}`);
					return `{${entries.join(", ")}}`;
				} finally {
					seen.delete(value);
				}
			}
			if (value instanceof template_values.YF) return `dict_${value.kind}(${pyRepr(value.list(), seen)})`;
			if (value instanceof template_values.By) {
				const repr = value.repr();
				if (repr !== undefined) return repr;
			}
			throw unprintable(value);
		}
		function pyStr(value) {
			if (typeof value === "string") return value;
			if (value instanceof template_values.VK) return value.text;
			if (value instanceof template_values.rK) {
				if (value.lenient) return "";
				throw (0, template_values.d9)(value);
			}
			return pyRepr(value);
		}
		;
		function exact(x) {
			const buf = new DataView(new ArrayBuffer(8));
			buf.setFloat64(0, Math.abs(x));
			const bits = buf.getBigUint64(0);
			const exponent = Number(bits >> 52n & 2047n);
			let mantissa = bits & (1n << 52n) - 1n;
			let e = exponent - 1075;
			if (exponent === 0) e = -1074;
			else mantissa |= 1n << 52n;
			if (e >= 0) return {
				num: mantissa << BigInt(e),
				shift: 0n
			};
			return {
				num: mantissa,
				shift: BigInt(-e)
			};
		}
		function roundDiv(num, den) {
			const q = num / den;
			const r = num % den;
			const twice = 2n * r;
			if (twice > den || twice === den && q % 2n === 1n) return q + 1n;
			return q;
		}
		function fixedDigits(x, precision) {
			const { num, shift } = exact(x);
			const scaled = roundDiv(num * 10n ** BigInt(precision), 1n << shift);
			const digits = scaled.toString().padStart(precision + 1, "0");
			return precision === 0 ? digits : `${digits.slice(0, -precision)}.${digits.slice(-precision)}`;
		}
		function scientificDigits(x, precision) {
			if (x === 0) return {
				digits: "0".repeat(precision + 1),
				exponent: 0
			};
			const { num, shift } = exact(x);
			let exponent = Math.floor(Math.log10(Math.abs(x)));
			for (;;) {
				const power = precision - exponent;
				const n = power >= 0 ? num * 10n ** BigInt(power) : num;
				const d = power >= 0 ? 1n << shift : (1n << shift) * 10n ** BigInt(-power);
				const digits = roundDiv(n, d).toString();
				if (digits.length === precision + 2) {
					exponent += 1;
					continue;
				}
				if (digits.length === precision) {
					exponent -= 1;
					continue;
				}
				return {
					digits,
					exponent
				};
			}
		}
		function exponentText(exponent) {
			return `${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
		}
		function formatFloat(x, type, precision, alternate) {
			const upper = type === type.toUpperCase() && type !== "%";
			const lower = type.toLowerCase();
			if (lower === "%") x *= 100;
			if (!Number.isFinite(x)) {
				const text = Number.isNaN(x) ? "nan" : "inf";
				return (upper ? text.toUpperCase() : text) + (lower === "%" ? "%" : "");
			}
			let out;
			if (lower === "f" || lower === "%") {
				out = fixedDigits(x, precision);
				if (alternate && precision === 0) out += ".";
				if (lower === "%") out += "%";
			} else if (lower === "e") {
				const { digits, exponent } = scientificDigits(x, precision);
				const mantissa = precision > 0 || alternate ? `${digits[0]}.${digits.slice(1)}` : digits;
				out = `${mantissa}e${exponentText(exponent)}`;
			} else {
				const p = precision === 0 ? 1 : precision;
				const { exponent } = scientificDigits(x, p - 1);
				if (exponent >= -4 && exponent < p) {
					out = fixedDigits(x, p - 1 - exponent);
					if (!alternate && out.includes(".")) out = out.replace(/\.?0+$/, "");
					else if (alternate && !out.includes(".")) out += ".";
				} else {
					const { digits } = scientificDigits(x, p - 1);
					let mantissa = `${digits[0]}.${digits.slice(1)}`;
					if (!alternate) mantissa = mantissa.replace(/\.?0+$/, "");
					out = `${mantissa}e${exponentText(exponent)}`;
				}
			}
			return upper ? out.toUpperCase() : out;
		}
		const isNegative = (x) => typeof x === "bigint" ? x < 0n : x < 0 || Object.is(x, -0);
		function intDigits(n, type, alternate) {
			const abs = n < 0n ? -n : n;
			const base = {
				x: 16,
				X: 16,
				o: 8,
				b: 2
			}[type] ?? 10;
			let text = abs.toString(base);
			if (type === "X") text = text.toUpperCase();
			if (alternate && base !== 10) text = `0${type === "X" ? "X" : type}${text}`;
			return text;
		}
		function number(value, spec) {
			if (typeof value === "boolean") return value ? 1n : 0n;
			if (typeof value === "bigint" || typeof value === "number") return value;
			if (value instanceof template_values.rK) throw (0, template_values.d9)(value);
			const real = "diu".includes(spec) ? "a real number is required" : "must be real number";
			throw new template_errors.S4("TypeError", `%${spec} format: ${real}, not ${(0, template_values.go)(value)}`);
		}
		function pad(text, sign, c, numeric) {
			const body = sign + text;
			const width = c.width;
			if (pyLength(body) >= width) return body;
			if (c.flags.includes("-")) return body + " ".repeat(width - pyLength(body));
			if (numeric && c.flags.includes("0")) {
				const prefix = /^0[xXob]/.test(text) ? text.slice(0, 2) : "";
				return sign + prefix + text.slice(prefix.length).padStart(width - sign.length - prefix.length, "0");
			}
			return " ".repeat(width - pyLength(body)) + body;
		}
		function convert(value, c) {
			const { type } = c;
			if (type === "s" || type === "r" || type === "a") {
				let text = type === "s" ? pyStr(value) : pyRepr(value);
				if (type === "a") text = asciiOnly(text);
				if (c.precision !== undefined) text = codePoints(text).slice(0, c.precision).join("");
				return pad(text, "", c, false);
			}
			if (type === "c") {
				if (typeof value === "string" && pyLength(value) === 1) return pad(value, "", c, false);
				const n = typeof value === "bigint" ? value : typeof value === "boolean" ? BigInt(value) : undefined;
				if (n === undefined) throw new template_errors.S4("TypeError", "%c requires int or char");
				if (n < 0n || n > 1114111n) throw new template_errors.S4("OverflowError", "%c arg not in range(0x110000)");
				return pad(String.fromCodePoint(Number(n)), "", c, false);
			}
			const n = number(value, type);
			const sign = isNegative(n) ? "-" : c.flags.includes("+") ? "+" : c.flags.includes(" ") ? " " : "";
			if ("diuxXo".includes(type)) {
				if (typeof n === "number" && type !== "d" && type !== "i" && type !== "u") {
					throw new template_errors.S4("TypeError", `%${type} format: an integer is required, not float`);
				}
				if (typeof n === "number" && !Number.isFinite(n)) {
					throw new template_errors.S4(Number.isNaN(n) ? "ValueError" : "OverflowError", "cannot convert float to integer");
				}
				const int = typeof n === "number" ? BigInt(Math.trunc(n)) : n;
				let text = intDigits(int, type === "u" || type === "i" ? "d" : type, c.flags.includes("#"));
				if (c.precision !== undefined) text = text.padStart(c.precision, "0");
				const intSign = int < 0n ? "-" : c.flags.includes("+") ? "+" : c.flags.includes(" ") ? " " : "";
				return pad(text, intSign, c, true);
			}
			const x = typeof n === "bigint" ? Number(n) : n;
			const text = formatFloat(Math.abs(x), type, c.precision ?? 6, c.flags.includes("#"));
			return pad(text, Number.isNaN(x) ? sign.replace("-", "") : sign, c, Number.isFinite(x));
		}
		function asciiOnly(text) {
			return text.replace(/[\u{80}-\u{10ffff}]/gu, (c) => {
				const code = c.codePointAt(0);
				if (code <= 255) return `\\x${code.toString(16).padStart(2, "0")}`;
				if (code <= 65535) return `\\u${code.toString(16).padStart(4, "0")}`;
				return `\\U${code.toString(16).padStart(8, "0")}`;
			});
		}
		const SPEC = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.?)/y;
		function percentFormat(format, args) {
			const positional = args instanceof template_values.rd ? args.items : [args];
			const mapping = !(args instanceof template_values.rd) && (args instanceof template_values.Bi || Array.isArray(args) || args instanceof template_values.Q6 || args instanceof template_values.rK) ? args : undefined;
			let next = 0;
			const take = () => {
				if (next >= positional.length) throw new template_errors.S4("TypeError", "not enough arguments for format string");
				return positional[next++];
			};
			let out = "";
			let i = 0;
			while (i < format.length) {
				const at = format.indexOf("%", i);
				if (at === -1) {
					out += format.slice(i);
					break;
				}
				out += format.slice(i, at);
				SPEC.lastIndex = at;
				const m = SPEC.exec(format);
				const [, key, flags = "", width, precision, type = ""] = m;
				i = at + m[0].length;
				if (type === "%") {
					out += "%";
					continue;
				}
				if (type === "") throw new template_errors.S4("ValueError", "incomplete format");
				if (!"diouxXeEfFgGcrsa".includes(type)) {
					throw new template_errors.S4("ValueError", `unsupported format character '${type}' (0x${type.codePointAt(0).toString(16)}) at index ${at + m[0].length - 1}`);
				}
				const star = (text) => {
					if (text === undefined || text === "") return text === "" ? 0 : undefined;
					if (text !== "*") return Number(text);
					const v = take();
					if (typeof v !== "bigint") throw new template_errors.S4("TypeError", "* wants int");
					return Number(v);
				};
				let w = star(width) ?? 0;
				let fl = flags;
				if (w < 0) {
					fl += "-";
					w = -w;
				}
				const p = star(precision);
				let value;
				if (key !== undefined) {
					if (!mapping) throw new template_errors.S4("TypeError", "format requires a mapping");
					if (mapping instanceof template_values.rK) throw (0, template_values.d9)(mapping);
					if (!(mapping instanceof template_values.Bi)) {
						throw new template_errors.S4("TypeError", `${(0, template_values.go)(mapping)} indices must be integers or slices, not str`);
					}
					const found = mapping.get(key);
					if (found === undefined) throw new template_errors.S4("KeyError", `'${key}'`);
					value = found;
				} else {
					value = take();
				}
				out += convert(value, {
					flags: fl,
					width: w,
					precision: p,
					type: type === "F" ? "F" : type
				});
			}
			if (next < positional.length && !mapping) {
				throw new template_errors.S4("TypeError", "not all arguments converted during string formatting");
			}
			return out;
		}
		const FORMAT_SPEC = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su;
		function groupDigits(text, separator, every) {
			const lead = (every === 4 ? /^[0-9a-fA-F]*/ : /^[0-9]*/).exec(text)[0];
			const [int, frac] = [lead, text.slice(lead.length)];
			const groups = [];
			for (let end = int.length; end > 0; end -= every) groups.unshift(int.slice(Math.max(0, end - every), end));
			return groups.join(separator) + frac;
		}
		function formatValue(value, spec) {
			if (value instanceof template_values.rK) throw (0, template_values.d9)(value);
			if (spec === "") return pyStr(value);
			const m = FORMAT_SPEC.exec(spec);
			const isNum = typeof value === "bigint" || typeof value === "number" || typeof value === "boolean";
			if (typeof value !== "string" && !isNum) {
				if (value instanceof template_values.VK) return formatValue(value.text, spec);
				throw new template_errors.S4("TypeError", `unsupported format string passed to ${(0, template_values.go)(value)}.__format__`);
			}
			if (!m) throw new template_errors.S4("ValueError", "Invalid format specifier");
			const [, fill = " ", alignChar, signChar, , alt, zero, widthText, grouping, precisionText, typeChar] = m;
			const width = widthText ? Number(widthText) : 0;
			const precision = precisionText === undefined ? undefined : Number(precisionText);
			let align = alignChar;
			let fillChar = fill;
			if (zero && !alignChar) {
				fillChar = "0";
				align = "=";
			}
			let sign = "";
			let body;
			if (typeof value === "string") {
				if (typeChar && typeChar !== "s") {
					throw new template_errors.S4("ValueError", `Unknown format code '${typeChar}' for object of type 'str'`);
				}
				if (signChar) throw new template_errors.S4("ValueError", "Sign not allowed in string format specifier");
				if (align === "=") throw new template_errors.S4("ValueError", "'=' alignment not allowed in string format specifier");
				body = precision === undefined ? value : codePoints(value).slice(0, precision).join("");
				align ??= "<";
			} else {
				const n = typeof value === "boolean" ? value ? 1n : 0n : value;
				let type = typeChar ?? "";
				if (type === "s") {
					throw new template_errors.S4("ValueError", `Unknown format code 's' for object of type '${(0, template_values.go)(value)}'`);
				}
				if (typeof n === "bigint" && "bcdoxXn".includes(type) && type !== "") {
					if (precision !== undefined) throw new template_errors.S4("ValueError", "Precision not allowed in integer format specifier");
					if (type === "c") {
						body = String.fromCodePoint(Number(n));
					} else {
						body = intDigits(n, type === "n" ? "d" : type, Boolean(alt));
						if (grouping) body = (alt && type !== "d" ? body.slice(0, 2) : "") + groupDigits(alt && type !== "d" && type !== "n" ? body.slice(2) : body, grouping, type === "d" || type === "n" ? 3 : 4);
					}
					sign = n < 0n ? "-" : signChar === "+" ? "+" : signChar === " " ? " " : "";
				} else if (typeof n === "bigint" && type === "") {
					body = (n < 0n ? -n : n).toString();
					if (grouping) body = groupDigits(body, grouping, 3);
					sign = n < 0n ? "-" : signChar === "+" ? "+" : signChar === " " ? " " : "";
				} else {
					if ("bcdoxX".includes(type) && type !== "") {
						throw new template_errors.S4("ValueError", `Unknown format code '${type}' for object of type 'float'`);
					}
					const x = typeof n === "bigint" ? Number(n) : n;
					if (type === "n") type = "g";
					if (type === "") {
						if (precision === undefined) {
							body = floatRepr(Math.abs(x));
						} else {
							body = formatFloat(Math.abs(x), "g", precision, Boolean(alt));
							if (Number.isFinite(x) && !/[.e]/.test(body)) body += ".0";
						}
					} else {
						body = formatFloat(Math.abs(x), type, precision ?? 6, Boolean(alt));
					}
					if (grouping) body = groupDigits(body, grouping, 3);
					sign = isNegative(x) && !Number.isNaN(x) ? "-" : signChar === "+" ? "+" : signChar === " " ? " " : "";
				}
				align ??= ">";
			}
			const length = pyLength(sign + body);
			if (length >= width) return sign + body;
			const padding = width - length;
			if (align === "<") return sign + body + fillChar.repeat(padding);
			if (align === ">") return fillChar.repeat(padding) + sign + body;
			if (align === "=") return sign + fillChar.repeat(padding) + body;
			const left = Math.floor(padding / 2);
			return fillChar.repeat(left) + sign + body + fillChar.repeat(padding - left);
		}
		function strFormat(format, args, kwargs) {
			let out = "";
			let auto = 0;
			let manual = false;
			const field = (name) => {
				if (/[.[]/.test(name)) {
					throw new template_errors.P_(`a str.format() field with attribute or index access ({${name}})`, "pass the value itself as an argument");
				}
				if (name === "") {
					if (manual) throw new template_errors.S4("ValueError", "cannot switch from manual field specification to automatic field numbering");
					if (auto >= args.length) throw new template_errors.S4("IndexError", `Replacement index ${auto} out of range for positional args tuple`);
					return args[auto++];
				}
				if (/^\d+$/.test(name)) {
					if (auto > 0) throw new template_errors.S4("ValueError", "cannot switch from automatic field numbering to manual field specification");
					manual = true;
					const i = Number(name);
					if (i >= args.length) throw new template_errors.S4("IndexError", `Replacement index ${i} out of range for positional args tuple`);
					return args[i];
				}
				const value = kwargs.get(name);
				if (value === undefined) throw new template_errors.S4("KeyError", `'${name}'`);
				return value;
			};
			for (let i = 0; i < format.length;) {
				const c = format[i];
				if (c === "}") {
					if (format[i + 1] !== "}") throw new template_errors.S4("ValueError", "Single '}' encountered in format string");
					out += "}";
					i += 2;
					continue;
				}
				if (c !== "{") {
					out += c;
					i++;
					continue;
				}
				if (format[i + 1] === "{") {
					out += "{";
					i += 2;
					continue;
				}
				const end = format.indexOf("}", i);
				if (end === -1) throw new template_errors.S4("ValueError", "Single '{' encountered in format string");
				const inner = format.slice(i + 1, end);
				if (inner.includes("{")) {
					throw new template_errors.P_("a nested str.format() field ({\u2026{\u2026}\u2026})", "compute the format spec first");
				}
				const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(inner);
				if (!m) throw new template_errors.S4("ValueError", "expected ':' after conversion specifier");
				let value = field(m[1]);
				if (m[2] === "r") value = pyRepr(value);
				else if (m[2] === "s") value = pyStr(value);
				else if (m[2] === "a") value = asciiOnly(pyRepr(value));
				out += formatValue(value, m[3] ?? "");
				i = end + 1;
			}
			return out;
		}
		;
		const VALUE_LIMIT = 16 * 1024 * 1024;
		function tooLarge(size) {
			return new template_errors.oC(`a value of ${size} characters or items: over the ${VALUE_LIMIT} a template may build`);
		}
		function checkSize(size) {
			if (size > VALUE_LIMIT) throw tooLarge(size);
		}
		function defined(value) {
			if (value instanceof template_values.rK) throw (0, template_values.d9)(value);
			return value;
		}
		const isNumber = (v) => typeof v === "bigint" || typeof v === "number" || typeof v === "boolean";
		function asInt(v) {
			if (typeof v === "bigint") return v;
			if (typeof v === "boolean") return v ? 1n : 0n;
			return undefined;
		}
		function intToFloat(n) {
			const f = Number(n);
			if (!Number.isFinite(f)) throw new template_errors.S4("OverflowError", "int too large to convert to float");
			return f;
		}
		const toFloat = (v) => typeof v === "number" ? v : intToFloat(asInt(v));
		function operandError(op, a, b) {
			return new template_errors.S4("TypeError", `unsupported operand type(s) for ${op}: '${(0, template_values.go)(a)}' and '${(0, template_values.go)(b)}'`);
		}
		function markupRefusal(op) {
			return new template_errors.P_(`'${op}' with the result of |tojson`, `Jinja2 HTML-escapes the other operand; join with ~ instead ({{ x|tojson ~ '\u2026' }})`);
		}
		function checkOperands(op, a, b) {
			defined(a);
			defined(b);
			if (a instanceof template_values.VK || b instanceof template_values.VK) throw markupRefusal(op);
		}
		function markupAdd(a, b) {
			const part = (v) => {
				if (v instanceof template_values.VK) return v.text;
				if (typeof v === "string") return (0, template_values.ZD)(v);
				throw new template_errors.S4("TypeError", `unsupported operand type(s) for +: '${(0, template_values.go)(a)}' and '${(0, template_values.go)(b)}'`);
			};
			const text = part(a) + part(b);
			checkSize(text.length);
			return new template_values.VK(text);
		}
		function repeat(seq, times) {
			const n = asInt(times);
			if (n === undefined) {
				throw new template_errors.S4("TypeError", `can't multiply sequence by non-int of type '${(0, template_values.go)(times)}'`);
			}
			const count = n > 0n ? n : 0n;
			if (typeof seq === "string") {
				checkSize(BigInt(seq.length) * count);
				return seq.repeat(Number(count));
			}
			const items = Array.isArray(seq) ? seq : seq.items;
			checkSize(BigInt(items.length) * count);
			const out = [];
			for (let i = 0n; i < count; i++) out.push(...items);
			return Array.isArray(seq) ? out : new template_values.rd(out);
		}
		const isSequence = (v) => typeof v === "string" || Array.isArray(v) || v instanceof template_values.rd;
		function add(a, b) {
			if (a instanceof template_values.VK || b instanceof template_values.VK) {
				defined(a);
				defined(b);
				return markupAdd(a, b);
			}
			checkOperands("+", a, b);
			if (isNumber(a) && isNumber(b)) {
				if (typeof a === "number" || typeof b === "number") return toFloat(a) + toFloat(b);
				return asInt(a) + asInt(b);
			}
			if (typeof a === "string" || Array.isArray(a) || a instanceof template_values.rd) {
				const kind = (0, template_values.go)(a);
				if ((0, template_values.go)(b) !== kind) {
					throw new template_errors.S4("TypeError", `can only concatenate ${kind} (not "${(0, template_values.go)(b)}") to ${kind}`);
				}
				if (typeof a === "string") {
					checkSize(a.length + b.length);
					return a + b;
				}
				const items = [...Array.isArray(a) ? a : a.items, ...Array.isArray(b) ? b : b.items];
				checkSize(items.length);
				return Array.isArray(a) ? items : new template_values.rd(items);
			}
			throw operandError("+", a, b);
		}
		function sub(a, b) {
			checkOperands("-", a, b);
			if (isNumber(a) && isNumber(b)) {
				if (typeof a === "number" || typeof b === "number") return toFloat(a) - toFloat(b);
				return asInt(a) - asInt(b);
			}
			throw operandError("-", a, b);
		}
		function mul(a, b) {
			const markup = a instanceof template_values.VK ? a : b instanceof template_values.VK ? b : undefined;
			if (markup) {
				defined(a);
				defined(b);
				const times = markup === a ? b : a;
				if (times instanceof template_values.VK) throw new template_errors.S4("TypeError", "can't multiply sequence by non-int of type 'Markup'");
				return new template_values.VK(repeat(markup.text, times));
			}
			checkOperands("*", a, b);
			if (isNumber(a) && isNumber(b)) {
				if (typeof a === "number" || typeof b === "number") return toFloat(a) * toFloat(b);
				return asInt(a) * asInt(b);
			}
			if (isSequence(a)) return repeat(a, b);
			if (isSequence(b)) return repeat(b, a);
			throw operandError("*", a, b);
		}
		function ldexp(x, e) {
			let value = x;
			let exp = e;
			for (; exp > 1e3; exp -= 1e3) value *= 2 ** 1e3;
			for (; exp < -1e3; exp += 1e3) value *= 2 ** -1e3;
			return value * 2 ** exp;
		}
		function intTrueDiv(a, b) {
			const LIMIT = 2n ** 53n;
			const abs = (x) => x < 0n ? -x : x;
			if (abs(a) <= LIMIT && abs(b) <= LIMIT) return Number(a) / Number(b);
			const negative = a < 0n !== b < 0n;
			const d = abs(b);
			const shift = Math.max(0, 66 - (abs(a).toString(2).length - d.toString(2).length));
			const n = abs(a) << BigInt(shift);
			let q = n / d;
			let sticky = n % d === 0n ? 0n : 1n;
			const extra = Math.max(0, q.toString(2).length - 66);
			if (extra > 0) {
				if (q & (1n << BigInt(extra)) - 1n) sticky = 1n;
				q >>= BigInt(extra);
			}
			const result = ldexp(Number(q << 1n | sticky), extra - shift - 1);
			if (!Number.isFinite(result)) {
				throw new template_errors.S4("OverflowError", "integer division result too large for a float");
			}
			return negative ? -result : result;
		}
		function truediv(a, b) {
			checkOperands("/", a, b);
			if (!isNumber(a) || !isNumber(b)) throw operandError("/", a, b);
			if (typeof a !== "number" && typeof b !== "number") {
				const d = asInt(b);
				if (d === 0n) throw new template_errors.S4("ZeroDivisionError", "division by zero");
				return intTrueDiv(asInt(a), d);
			}
			const x = toFloat(a);
			const y = toFloat(b);
			if (y === 0) throw new template_errors.S4("ZeroDivisionError", "float division by zero");
			return x / y;
		}
		function floatDivmod(x, y) {
			let mod = x % y;
			let div = (x - mod) / y;
			if (mod !== 0) {
				if (y < 0 !== mod < 0) {
					mod += y;
					div -= 1;
				}
			} else {
				mod = y < 0 ? -0 : 0;
			}
			let floordiv;
			if (div !== 0) {
				floordiv = Math.floor(div);
				if (div - floordiv > .5) floordiv += 1;
			} else {
				floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
			}
			return [floordiv, mod];
		}
		function intDivmod(a, b) {
			let q = a / b;
			let r = a % b;
			if (r !== 0n && r < 0n !== b < 0n) {
				q -= 1n;
				r += b;
			}
			return [q, r];
		}
		function floordiv(a, b) {
			checkOperands("//", a, b);
			if (!isNumber(a) || !isNumber(b)) throw operandError("//", a, b);
			if (typeof a !== "number" && typeof b !== "number") {
				if (asInt(b) === 0n) throw new template_errors.S4("ZeroDivisionError", "integer division or modulo by zero");
				return intDivmod(asInt(a), asInt(b))[0];
			}
			const y = toFloat(b);
			if (y === 0) throw new template_errors.S4("ZeroDivisionError", "float floor division by zero");
			return floatDivmod(toFloat(a), y)[0];
		}
		function mod(a, b) {
			defined(a);
			if (typeof a === "string") return percentFormat(a, b);
			checkOperands("%", a, b);
			if (!isNumber(a) || !isNumber(b)) throw operandError("%", a, b);
			if (typeof a !== "number" && typeof b !== "number") {
				if (asInt(b) === 0n) throw new template_errors.S4("ZeroDivisionError", "integer division or modulo by zero");
				return intDivmod(asInt(a), asInt(b))[1];
			}
			const y = toFloat(b);
			if (y === 0) throw new template_errors.S4("ZeroDivisionError", "float modulo");
			return floatDivmod(toFloat(a), y)[1];
		}
		function bitLength(n) {
			return (n < 0n ? -n : n).toString(2).length;
		}
		function pow(a, b) {
			checkOperands("**", a, b);
			if (!isNumber(a) || !isNumber(b)) throw operandError("** or pow()", a, b);
			if (typeof a !== "number" && typeof b !== "number") {
				const base = asInt(a);
				const exp = asInt(b);
				if (exp >= 0n) {
					if (base === 0n || base === 1n || base === -1n) return base ** (exp > 1n ? 2n - exp % 2n : exp);
					if (BigInt(bitLength(base) - 1) * exp > BigInt(VALUE_LIMIT) * 3n) throw tooLarge(exp);
					return base ** exp;
				}
				if (base === 0n) {
					throw new template_errors.S4("ZeroDivisionError", "0.0 cannot be raised to a negative power");
				}
			}
			const x = toFloat(a);
			const y = toFloat(b);
			if (y === 0 || x === 1) return 1;
			if (x === 0 && y < 0) {
				throw new template_errors.S4("ZeroDivisionError", "0.0 cannot be raised to a negative power");
			}
			if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) {
				throw new template_errors.P_("a negative number to a fractional power", "Python gives a complex number there; use abs() of the base or an integer exponent");
			}
			const result = x ** y;
			if (!Number.isFinite(result) && Number.isFinite(x) && Number.isFinite(y)) {
				throw new template_errors.S4("OverflowError", "(34, 'Numerical result out of range')");
			}
			return result;
		}
		function negate(op, a) {
			defined(a);
			if (!isNumber(a)) throw new template_errors.S4("TypeError", `bad operand type for unary ${op}: '${(0, template_values.go)(a)}'`);
			if (typeof a === "number") return op === "-" ? -a : a;
			const n = asInt(a);
			return op === "-" ? -n : n;
		}
		function truthy(value) {
			if (typeof value === "boolean") return value;
			if (typeof value === "string") return value !== "";
			if (typeof value === "bigint") return value !== 0n;
			if (typeof value === "number") return value !== 0;
			if (value === null) return false;
			if (value instanceof template_values.rK) {
				if (value.lenient) return false;
				throw (0, template_values.d9)(value);
			}
			if (Array.isArray(value)) return value.length > 0;
			if (value instanceof template_values.rd) return value.items.length > 0;
			if (value instanceof template_values.Bi) return value.size > 0;
			if (value instanceof template_values.Q6) return value.length > 0n;
			if (value instanceof template_values.YF) return value.dict.size > 0;
			if (value instanceof template_values.VK) return value.text !== "";
			return true;
		}
		function equals(a, b) {
			if (a instanceof template_values.rK) {
				if (a.lenient) return (0, template_values.yk)(b);
				throw (0, template_values.d9)(a);
			}
			if (b instanceof template_values.rK) {
				if (b.lenient) return false;
				throw (0, template_values.d9)(b);
			}
			if (a === b) return true;
			if (isNumber(a) && isNumber(b)) return compareNumbers(a, b) === 0;
			const text = (v) => typeof v === "string" ? v : v instanceof template_values.VK ? v.text : undefined;
			const ta = text(a);
			const tb = text(b);
			if (ta !== undefined || tb !== undefined) return ta === tb;
			if (Array.isArray(a) && Array.isArray(b)) return sequenceEquals(a, b);
			if (a instanceof template_values.rd && b instanceof template_values.rd) return sequenceEquals(a.items, b.items);
			if (a instanceof template_values.Bi && b instanceof template_values.Bi) {
				if (a.size !== b.size) return false;
				return a.entries().every(([k, v]) => b.has(k) && equals(v, b.get(k)));
			}
			if (a instanceof template_values.Q6 && b instanceof template_values.Q6) {
				if (a.length !== b.length) return false;
				return a.length === 0n || a.start === b.start && (a.length === 1n || a.step === b.step);
			}
			if (a instanceof template_values.YF && b instanceof template_values.YF && a.kind !== "values" && a.kind === b.kind) {
				const x = a.list();
				const y = b.list();
				return x.length === y.length && x.every((item) => y.some((other) => equals(item, other)));
			}
			return false;
		}
		function sequenceEquals(a, b) {
			if (a.length !== b.length) return false;
			return a.every((item, i) => item === b[i] || equals(item, b[i]));
		}
		function compareNumbers(a, b) {
			const x = typeof a === "number" ? a : asInt(a);
			const y = typeof b === "number" ? b : asInt(b);
			if (typeof x === "bigint" && typeof y === "bigint") return x < y ? -1 : x > y ? 1 : 0;
			if (typeof x === "number" && typeof y === "number") {
				return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
			}
			const flip = typeof x === "number";
			const int = flip ? y : x;
			const float = flip ? x : y;
			let result;
			if (Number.isNaN(float)) return NaN;
			if (!Number.isFinite(float)) result = float > 0 ? -1 : 1;
			else if (Number.isInteger(float)) {
				const f = BigInt(float);
				result = int < f ? -1 : int > f ? 1 : 0;
			} else {
				result = int <= BigInt(Math.floor(float)) ? -1 : 1;
			}
			return flip ? -result : result;
		}
		const SYMBOLS = {
			lt: "<",
			lteq: "<=",
			gt: ">",
			gteq: ">="
		};
		function order(op, a, b) {
			const c = compare(a, b, SYMBOLS[op]);
			if (Number.isNaN(c)) return false;
			if (op === "lt") return c < 0;
			if (op === "lteq") return c <= 0;
			if (op === "gt") return c > 0;
			return c >= 0;
		}
		function compare(a, b, symbol = "<") {
			if (a instanceof template_values.rK) throw (0, template_values.d9)(a);
			if (b instanceof template_values.rK) throw (0, template_values.d9)(b);
			if (isNumber(a) && isNumber(b)) return compareNumbers(a, b);
			const text = (v) => typeof v === "string" ? v : v instanceof template_values.VK ? v.text : undefined;
			const ta = text(a);
			const tb = text(b);
			if (ta !== undefined && tb !== undefined) return compareText(ta, tb);
			const seq = (v) => Array.isArray(v) ? v : v instanceof template_values.rd ? v.items : undefined;
			const sa = seq(a);
			const sb = seq(b);
			if (sa && sb && Array.isArray(a) === Array.isArray(b)) {
				for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
					if (sa[i] === sb[i] || equals(sa[i], sb[i])) continue;
					return compare(sa[i], sb[i], symbol);
				}
				return sa.length === sb.length ? 0 : sa.length < sb.length ? -1 : 1;
			}
			throw new template_errors.S4("TypeError", `'${symbol}' not supported between instances of '${(0, template_values.go)(a)}' and '${(0, template_values.go)(b)}'`);
		}
		function* ops_length(value) {
			if (typeof value === "string") return BigInt(pyLength(value));
			if (value instanceof template_values.VK) return BigInt(pyLength(value.text));
			if (Array.isArray(value)) return BigInt(value.length);
			if (value instanceof template_values.rd) return BigInt(value.items.length);
			if (value instanceof template_values.Bi) return BigInt(value.size);
			if (value instanceof template_values.YF) return BigInt(value.dict.size);
			if (value instanceof template_values.Q6) return value.length;
			if ((0, template_values.yk)(value)) return 0n;
			if (value instanceof template_values.rK) throw (0, template_values.d9)(value);
			if (value instanceof template_values.By && value.length) return yield* value.length();
			throw new template_errors.S4("TypeError", `object of type '${(0, template_values.go)(value)}' has no len()`);
		}
		function iterate(value) {
			if (typeof value === "string") return codePoints(value)[Symbol.iterator]();
			if (value instanceof template_values.VK) return codePoints(value.text)[Symbol.iterator]();
			if (Array.isArray(value)) {
				let i = 0;
				return { next: () => i < value.length ? {
					value: value[i++],
					done: false
				} : {
					value: undefined,
					done: true
				} };
			}
			if (value instanceof template_values.rd) return value.items[Symbol.iterator]();
			if (value instanceof template_values.Bi) return value.keys()[Symbol.iterator]();
			if (value instanceof template_values.YF) return value.list()[Symbol.iterator]();
			if (value instanceof template_values.Q6) {
				let i = 0n;
				const n = value.length;
				return { next: () => i < n ? {
					value: value.at(i++),
					done: false
				} : {
					value: undefined,
					done: true
				} };
			}
			if (value instanceof template_values.jY) return value.source;
			if ((0, template_values.yk)(value)) return [][Symbol.iterator]();
			if (value instanceof template_values.rK) throw (0, template_values.d9)(value);
			throw new template_errors.S4("TypeError", `'${(0, template_values.go)(value)}' object is not iterable`);
		}
		function contains(container, item) {
			if (container instanceof template_values.rK && !container.lenient) throw (0, template_values.d9)(container);
			const text = typeof container === "string" ? container : container instanceof template_values.VK ? container.text : undefined;
			if (text !== undefined) {
				const needle = typeof item === "string" ? item : item instanceof template_values.VK ? item.text : undefined;
				if (needle === undefined) {
					if (item instanceof template_values.rK) throw (0, template_values.d9)(item);
					throw new template_errors.S4("TypeError", `'in <string>' requires string as left operand, not ${(0, template_values.go)(item)}`);
				}
				return text.includes(needle);
			}
			if (container instanceof template_values.Bi) return container.has(item);
			if (container instanceof template_values.YF && container.kind === "keys") return container.dict.has(item);
			if (container instanceof template_values.Q6) {
				const n = asInt(item);
				if (n === undefined) {
					if (typeof item === "number" && Number.isInteger(item)) return contains(container, BigInt(item));
					return [...iterateAll(container)].some((x) => equals(x, item));
				}
				const { start, step } = container;
				const offset = n - start;
				return offset % step === 0n && offset / step >= 0n && offset / step < container.length;
			}
			const it = iterate(container);
			for (let r = it.next(); !r.done; r = it.next()) {
				if (r.value === item || equals(r.value, item)) return true;
			}
			return false;
		}
		function* iterateAll(value) {
			const it = iterate(value);
			for (let r = it.next(); !r.done; r = it.next()) yield r.value;
		}
		function toArray(value) {
			if (Array.isArray(value)) return [...value];
			if (value instanceof template_values.Q6) checkSize(value.length);
			const out = [];
			const it = iterate(value);
			for (let r = it.next(); !r.done; r = it.next()) {
				out.push(r.value);
				if (out.length > VALUE_LIMIT) throw tooLarge(out.length);
			}
			return out;
		}
		function index(i, length, what) {
			const at = i < 0n ? i + BigInt(length) : i;
			if (at < 0n || at >= BigInt(length)) throw new template_errors.S4("IndexError", `${what} index out of range`);
			return Number(at);
		}
		function getitem(obj, key) {
			if (obj instanceof template_values.rK) throw (0, template_values.d9)(obj);
			if (obj instanceof template_values.Bi) {
				const value = obj.get(key);
				if (value === undefined) throw new template_errors.S4("KeyError", typeof key === "string" ? `'${key}'` : String(key));
				return value;
			}
			const seq = Array.isArray(obj) ? obj : obj instanceof template_values.rd ? obj.items : undefined;
			const text = typeof obj === "string" ? obj : obj instanceof template_values.VK ? obj.text : undefined;
			if (seq || text !== undefined || obj instanceof template_values.Q6) {
				const i = asInt(key);
				if (i === undefined) {
					const what = text !== undefined ? "string" : (0, template_values.go)(obj);
					throw new template_errors.S4("TypeError", `${what} indices must be integers, not ${(0, template_values.go)(key)}`);
				}
				if (seq) return seq[index(i, seq.length, (0, template_values.go)(obj))];
				if (obj instanceof template_values.Q6) return obj.at(BigInt(index(i, Number(obj.length), "range object")));
				const cps = codePoints(text);
				const c = cps[index(i, cps.length, "string")];
				return obj instanceof template_values.VK ? new template_values.VK(c) : c;
			}
			throw new template_errors.S4("TypeError", `'${(0, template_values.go)(obj)}' object is not subscriptable`);
		}
		function sliceBound(v) {
			if (v === null) return null;
			const n = asInt(defined(v));
			if (n === undefined) {
				throw new template_errors.S4("TypeError", "slice indices must be integers or None or have an __index__ method");
			}
			return n;
		}
		function sliceBounds(length, start, stop, step) {
			const by = step ?? 1n;
			if (by === 0n) throw new template_errors.S4("ValueError", "slice step cannot be zero");
			const clamp = (i, fallback) => {
				if (i === null) return fallback;
				if (i < 0n) {
					const at = i + length;
					return at < 0n ? by < 0n ? -1n : 0n : at;
				}
				return i >= length ? by < 0n ? length - 1n : length : i;
			};
			return [
				clamp(start, by < 0n ? length - 1n : 0n),
				clamp(stop, by < 0n ? -1n : length),
				by
			];
		}
		function sliceIndices(length, start, stop, step) {
			const [from, to, by] = sliceBounds(length, start, stop, step);
			const count = by > 0n ? to > from ? (to - from + by - 1n) / by : 0n : from > to ? (from - to - by - 1n) / -by : 0n;
			checkSize(count);
			const out = [];
			for (let i = 0n, at = from; i < count; i++, at += by) out.push(at);
			return out;
		}
		function slice(obj, start, stop, step) {
			defined(obj);
			const bounds = [
				sliceBound(start),
				sliceBound(stop),
				sliceBound(step)
			];
			if (obj instanceof template_values.Q6) {
				const [from, to, by] = sliceBounds(obj.length, ...bounds);
				return new template_values.Q6(obj.at(from), obj.at(to), obj.step * by);
			}
			const text = typeof obj === "string" ? obj : obj instanceof template_values.VK ? obj.text : undefined;
			if (text !== undefined) {
				const cps = codePoints(text);
				const out = sliceIndices(BigInt(cps.length), ...bounds).map((i) => cps[Number(i)]).join("");
				return obj instanceof template_values.VK ? new template_values.VK(out) : out;
			}
			const seq = Array.isArray(obj) ? obj : obj instanceof template_values.rd ? obj.items : undefined;
			if (!seq) throw new template_errors.S4("TypeError", `'${(0, template_values.go)(obj)}' object is not subscriptable`);
			const out = sliceIndices(BigInt(seq.length), ...bounds).map((i) => seq[Number(i)]);
			return Array.isArray(obj) ? out : new template_values.rd(out);
		}
		;
		function nameTable(entries) {
			return Object.freeze(Object.assign(Object.create(null), entries));
		}
		;
		const PYTHON_ATTRIBUTES = nameTable({
			str: "capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill".split(" "),
			int: "as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag is_integer numerator real to_bytes".split(" "),
			float: "as_integer_ratio conjugate fromhex hex imag is_integer real".split(" "),
			list: "append clear copy count extend index insert pop remove reverse sort".split(" "),
			tuple: ["count", "index"],
			dict: "clear copy fromkeys get items keys pop popitem setdefault update values".split(" "),
			range: [
				"count",
				"index",
				"start",
				"step",
				"stop"
			],
			generator: "close gi_code gi_frame gi_running gi_suspended gi_yieldfrom send throw".split(" "),
			dict_keys: ["isdisjoint", "mapping"],
			dict_items: ["isdisjoint", "mapping"],
			dict_values: ["mapping"]
		});
		function params(method, { args, kwargs }, names, required = 0, keywords = false) {
			if (kwargs.length > 0 && !keywords) {
				throw new template_errors.S4("TypeError", `${method}() takes no keyword arguments`);
			}
			if (args.length > names.length) {
				throw new template_errors.S4("TypeError", `${method}() takes at most ${names.length} arguments (${args.length} given)`);
			}
			const out = [...args];
			for (const [key, value] of kwargs) {
				const i = names.indexOf(key);
				if (i === -1) throw new template_errors.S4("TypeError", `${method}() got an unexpected keyword argument '${key}'`);
				if (out[i] !== undefined) throw new template_errors.S4("TypeError", `${method}() got multiple values for argument '${key}'`);
				out[i] = value;
			}
			for (let i = 0; i < required; i++) {
				if (out[i] === undefined) throw new template_errors.S4("TypeError", `${method}() missing required argument '${names[i]}'`);
			}
			return out;
		}
		function str(value, what) {
			if (typeof value === "string") return value;
			if (value instanceof template_values.VK) return value.text;
			throw new template_errors.S4("TypeError", `${what} must be str, not ${value === undefined ? "nothing" : (0, template_values.go)(value)}`);
		}
		function methods_int(value, fallback = undefined) {
			if (value === undefined || value === null) {
				if (fallback !== undefined) return fallback;
			}
			const n = value === undefined ? undefined : asInt(value);
			if (n === undefined) {
				throw new template_errors.S4("TypeError", `'${value === undefined ? "NoneType" : (0, template_values.go)(value)}' object cannot be interpreted as an integer`);
			}
			return n;
		}
		function bounds(len, start, end) {
			const clamp = (v, fallback) => {
				if (v === undefined || v === null) return fallback;
				let n = Number(methods_int(v));
				if (n < 0) n = Math.max(0, n + len);
				return Math.min(n, len);
			};
			return [clamp(start, 0), clamp(end, len)];
		}
		function find(text, sub, start, end, last) {
			const cps = codePoints(text);
			const [from, to] = bounds(cps.length, start, end);
			if (to < from) return -1;
			const window = cps.slice(from, to).join("");
			const at = last ? window.lastIndexOf(sub) : window.indexOf(sub);
			if (at === -1) return -1;
			return from + pyLength(window.slice(0, at));
		}
		function countOf(text, sub) {
			if (sub === "") return pyLength(text) + 1;
			let n = 0;
			for (let at = text.indexOf(sub); at !== -1; at = text.indexOf(sub, at + sub.length)) n++;
			return n;
		}
		function replace(text, old, replacement, count) {
			const limit = count < 0n ? Infinity : Number(count);
			let out;
			if (old === "") {
				const chars = codePoints(text);
				out = "";
				let n = 0;
				for (const c of chars) out += (n++ < limit ? replacement : "") + c;
				if (n < limit) out += replacement;
			} else {
				const parts = text.split(old);
				out = parts.length - 1 <= limit ? parts.join(replacement) : `${parts.slice(0, limit + 1).join(replacement)}${old}${parts.slice(limit + 1).join(old)}`;
			}
			checkSize(out.length);
			return out;
		}
		function split(text, sep, maxsplit, fromRight) {
			const max = maxsplit === undefined ? -1 : Number(methods_int(maxsplit));
			if (sep === undefined || sep === null) return splitWhitespace(text, max, fromRight);
			const separator = str(sep, "sep");
			if (separator === "") throw new template_errors.S4("ValueError", "empty separator");
			const parts = text.split(separator);
			if (max < 0 || parts.length - 1 <= max) return parts;
			if (!fromRight) return [...parts.slice(0, max), parts.slice(max).join(separator)];
			return [parts.slice(0, parts.length - max).join(separator), ...parts.slice(parts.length - max)];
		}
		const LINE_BREAK = /\r\n|[\n\r\v\f\u{1c}-\u{1e}\x85\u2028\u2029]/gu;
		function splitlines(text, keepends = false) {
			const lines = [];
			let start = 0;
			for (const m of text.matchAll(LINE_BREAK)) {
				lines.push(text.slice(start, keepends ? m.index + m[0].length : m.index));
				start = m.index + m[0].length;
			}
			if (start < text.length) lines.push(text.slice(start));
			return lines;
		}
		const CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u;
		function title(text) {
			let out = "";
			let previousCased = false;
			for (const c of text) {
				if (CASED.test(c)) {
					out += previousCased ? c.toLowerCase() : c.toUpperCase();
					previousCased = true;
				} else {
					out += c;
					previousCased = false;
				}
			}
			return out;
		}
		function capitalize(text) {
			const [first = "", ...rest] = codePoints(text);
			return first.toUpperCase() + rest.join("").toLowerCase();
		}
		function center(text, width, fill = " ") {
			const len = BigInt(pyLength(text));
			if (width <= len) return text;
			checkSize(width);
			const margin = width - len;
			const left = margin / 2n + (margin & width & 1n);
			return fill.repeat(Number(left)) + text + fill.repeat(Number(margin - left));
		}
		function justify(text, width, fill, side) {
			const fillChar = fill === undefined ? " " : str(fill, "fill character");
			if (pyLength(fillChar) !== 1) {
				throw new template_errors.S4("TypeError", "The fill character must be exactly one character long");
			}
			const len = BigInt(pyLength(text));
			if (width <= len) return text;
			checkSize(width);
			const pad = fillChar.repeat(Number(width - len));
			return side === "left" ? text + pad : pad + text;
		}
		function zfill(text, width) {
			const len = BigInt(pyLength(text));
			if (width <= len) return text;
			checkSize(width);
			const sign = text[0] === "+" || text[0] === "-" ? text[0] : "";
			return sign + "0".repeat(Number(width - len)) + text.slice(sign.length);
		}
		function prefixes(value, method) {
			if (value instanceof template_values.rd) return value.items.map((v) => str(v, `tuple for ${method}`));
			if (typeof value === "string" || value instanceof template_values.VK) return [str(value, method)];
			throw new template_errors.S4("TypeError", `${method} first arg must be str or a tuple of str, not ${value === undefined ? "nothing" : (0, template_values.go)(value)}`);
		}
		function affix(text, args, method) {
			const [sub, start, end] = params(method, args, [
				"prefix",
				"start",
				"end"
			], 1);
			const cps = codePoints(text);
			const [from, to] = bounds(cps.length, start, end);
			const window = cps.slice(from, to).join("");
			return prefixes(sub, method).some((p) => method === "startswith" ? window.startsWith(p) && from <= to : window.endsWith(p) && from <= to);
		}
		function classify(text, method, test, asciiOnly = false) {
			if (asciiOnly && /(?![0-9])\p{N}/u.test(text)) {
				throw new template_errors.P_(`str.${method}() on digits of a script other than ASCII`, "test the characters you expect with a comparison");
			}
			return text !== "" && [...text].every((c) => test.test(c));
		}
		function caseTest(text, upper) {
			let cased = false;
			for (const c of text) {
				if (/\p{Lt}/u.test(c)) return false;
				if (/\p{Uppercase}/u.test(c)) {
					if (!upper) return false;
					cased = true;
				} else if (/\p{Lowercase}/u.test(c)) {
					if (upper) return false;
					cased = true;
				}
			}
			return cased;
		}
		function joined(separator, iterable) {
			const items = toArray(defined(iterable));
			const parts = items.map((item, i) => {
				if (typeof item === "string") return item;
				if (item instanceof template_values.VK) return item.text;
				throw new template_errors.S4("TypeError", `sequence item ${i}: expected str instance, ${(0, template_values.go)(item)} found`);
			});
			const out = parts.join(separator);
			checkSize(out.length);
			return out;
		}
		const STR_METHODS = nameTable({
			upper: (s, a) => (params("upper", a, []), s.toUpperCase()),
			lower: (s, a) => (params("lower", a, []), s.toLowerCase()),
			strip: (s, a) => strip(s, stripChars("strip", a), "both"),
			lstrip: (s, a) => strip(s, stripChars("lstrip", a), "left"),
			rstrip: (s, a) => strip(s, stripChars("rstrip", a), "right"),
			split: (s, a) => {
				const [sep, max] = params("split", a, ["sep", "maxsplit"], 0, true);
				return split(s, sep, max, false);
			},
			rsplit: (s, a) => {
				const [sep, max] = params("rsplit", a, ["sep", "maxsplit"], 0, true);
				return split(s, sep, max, true);
			},
			splitlines: (s, a) => {
				const [keep] = params("splitlines", a, ["keepends"], 0, true);
				return splitlines(s, keep !== undefined && keep !== false && keep !== 0n);
			},
			startswith: (s, a) => affix(s, a, "startswith"),
			endswith: (s, a) => affix(s, a, "endswith"),
			replace: (s, a) => {
				const [old, rep, count] = params("replace", a, [
					"old",
					"new",
					"count"
				], 2);
				return replace(s, str(old, "replace() argument 1"), str(rep, "replace() argument 2"), count === undefined ? -1n : methods_int(count));
			},
			join: (s, a) => joined(s, params("join", a, ["iterable"], 1)[0]),
			find: (s, a) => {
				const [sub, start, end] = params("find", a, [
					"sub",
					"start",
					"end"
				], 1);
				return BigInt(find(s, str(sub, "find() argument"), start, end, false));
			},
			rfind: (s, a) => {
				const [sub, start, end] = params("rfind", a, [
					"sub",
					"start",
					"end"
				], 1);
				return BigInt(find(s, str(sub, "rfind() argument"), start, end, true));
			},
			index: (s, a) => {
				const [sub, start, end] = params("index", a, [
					"sub",
					"start",
					"end"
				], 1);
				const at = find(s, str(sub, "index() argument"), start, end, false);
				if (at === -1) throw new template_errors.S4("ValueError", "substring not found");
				return BigInt(at);
			},
			rindex: (s, a) => {
				const [sub, start, end] = params("rindex", a, [
					"sub",
					"start",
					"end"
				], 1);
				const at = find(s, str(sub, "rindex() argument"), start, end, true);
				if (at === -1) throw new template_errors.S4("ValueError", "substring not found");
				return BigInt(at);
			},
			count: (s, a) => {
				const [sub, start, end] = params("count", a, [
					"sub",
					"start",
					"end"
				], 1);
				const cps = codePoints(s);
				const [from, to] = bounds(cps.length, start, end);
				if (to < from) return 0n;
				return BigInt(countOf(cps.slice(from, to).join(""), str(sub, "count() argument")));
			},
			title: (s, a) => (params("title", a, []), title(s)),
			capitalize: (s, a) => (params("capitalize", a, []), capitalize(s)),
			swapcase: (s, a) => (params("swapcase", a, []), [...s].map((c) => c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()).join("")),
			center: (s, a) => {
				const [width, fill] = params("center", a, ["width", "fillchar"], 1);
				const fillChar = fill === undefined ? " " : str(fill, "fill character");
				if (pyLength(fillChar) !== 1) throw new template_errors.S4("TypeError", "The fill character must be exactly one character long");
				return center(s, methods_int(width), fillChar);
			},
			ljust: (s, a) => {
				const [width, fill] = params("ljust", a, ["width", "fillchar"], 1);
				return justify(s, methods_int(width), fill, "left");
			},
			rjust: (s, a) => {
				const [width, fill] = params("rjust", a, ["width", "fillchar"], 1);
				return justify(s, methods_int(width), fill, "right");
			},
			zfill: (s, a) => zfill(s, methods_int(params("zfill", a, ["width"], 1)[0])),
			partition: (s, a) => partition(s, str(params("partition", a, ["sep"], 1)[0], "sep"), false),
			rpartition: (s, a) => partition(s, str(params("rpartition", a, ["sep"], 1)[0], "sep"), true),
			removeprefix: (s, a) => {
				const p = str(params("removeprefix", a, ["prefix"], 1)[0], "removeprefix() argument");
				return p !== "" && s.startsWith(p) ? s.slice(p.length) : s;
			},
			removesuffix: (s, a) => {
				const p = str(params("removesuffix", a, ["suffix"], 1)[0], "removesuffix() argument");
				return p !== "" && s.endsWith(p) ? s.slice(0, -p.length) : s;
			},
			format: (s, a) => strFormat(s, a.args, new template_values.Bi(a.kwargs)),
			isalpha: (s, a) => (params("isalpha", a, []), classify(s, "isalpha", /^\p{L}$/u)),
			isalnum: (s, a) => (params("isalnum", a, []), classify(s, "isalnum", /^[\p{L}\p{N}]$/u)),
			isdecimal: (s, a) => (params("isdecimal", a, []), classify(s, "isdecimal", /^\p{Nd}$/u)),
			isdigit: (s, a) => (params("isdigit", a, []), classify(s, "isdigit", /^[0-9]$/, true)),
			isnumeric: (s, a) => (params("isnumeric", a, []), classify(s, "isnumeric", /^[0-9]$/, true)),
			isspace: (s, a) => (params("isspace", a, []), classify(s, "isspace", new RegExp(`^[${PY_SPACE}]$`))),
			isascii: (s, a) => (params("isascii", a, []), !/[\u{80}-\u{10ffff}]/u.test(s)),
			islower: (s, a) => (params("islower", a, []), caseTest(s, false)),
			isupper: (s, a) => (params("isupper", a, []), caseTest(s, true)),
			istitle: (s, a) => (params("istitle", a, []), s !== "" && title(s) === s && CASED.test(s)),
			isidentifier: (s, a) => (params("isidentifier", a, []), /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(s)),
			expandtabs: (s, a) => {
				const size = Number(methods_int(params("expandtabs", a, ["tabsize"], 0, true)[0], 8n));
				let column = 0;
				let out = "";
				for (const c of s) {
					if (c === "	") {
						const n = size > 0 ? size - column % size : 0;
						out += " ".repeat(n);
						column += n;
					} else {
						out += c;
						column = c === "\n" || c === "\r" ? 0 : column + 1;
					}
				}
				return out;
			}
		});
		function stripChars(method, args) {
			const [chars] = params(method, args, ["chars"]);
			if (chars === undefined || chars === null) return null;
			return str(chars, `${method} arg`);
		}
		function partition(text, sep, last) {
			if (sep === "") throw new template_errors.S4("ValueError", "empty separator");
			const at = last ? text.lastIndexOf(sep) : text.indexOf(sep);
			if (at === -1) return new template_values.rd(last ? [
				"",
				"",
				text
			] : [
				text,
				"",
				""
			]);
			return new template_values.rd([
				text.slice(0, at),
				sep,
				text.slice(at + sep.length)
			]);
		}
		function listIndex(items, value, start, end) {
			const [from, to] = bounds(items.length, start, end);
			for (let i = from; i < to; i++) if (items[i] === value || equals(items[i], value)) return i;
			throw new template_errors.S4("ValueError", "value is not in list");
		}
		const LIST_METHODS = nameTable({
			append: (l, a) => {
				l.push(params("append", a, ["object"], 1)[0]);
				checkSize(l.length);
				return null;
			},
			extend: (l, a) => {
				l.push(...toArray(params("extend", a, ["iterable"], 1)[0]));
				checkSize(l.length);
				return null;
			},
			insert: (l, a) => {
				const [at, value] = params("insert", a, ["index", "object"], 2);
				let i = Number(methods_int(at));
				if (i < 0) i = Math.max(0, i + l.length);
				l.splice(Math.min(i, l.length), 0, value);
				return null;
			},
			pop: (l, a) => {
				const [at] = params("pop", a, ["index"]);
				if (l.length === 0) throw new template_errors.S4("IndexError", "pop from empty list");
				let i = at === undefined ? l.length - 1 : Number(methods_int(at));
				if (i < 0) i += l.length;
				if (i < 0 || i >= l.length) throw new template_errors.S4("IndexError", "pop index out of range");
				return l.splice(i, 1)[0];
			},
			remove: (l, a) => {
				const [value] = params("remove", a, ["value"], 1);
				const i = l.findIndex((item) => item === value || equals(item, value));
				if (i === -1) throw new template_errors.S4("ValueError", "list.remove(x): x not in list");
				l.splice(i, 1);
				return null;
			},
			index: (l, a) => {
				const [value, start, end] = params("index", a, [
					"value",
					"start",
					"stop"
				], 1);
				return BigInt(listIndex(l, value, start, end));
			},
			count: (l, a) => {
				const [value] = params("count", a, ["value"], 1);
				return BigInt(l.filter((item) => item === value || equals(item, value)).length);
			},
			reverse: (l, a) => (params("reverse", a, []), l.reverse(), null),
			copy: (l, a) => (params("copy", a, []), [...l]),
			clear: (l, a) => (params("clear", a, []), l.splice(0), null),
			sort: (l, a) => {
				if (a.args.length > 0) throw new template_errors.S4("TypeError", "sort() takes no positional arguments");
				const [key, reverse] = params("sort", {
					args: [],
					kwargs: a.kwargs
				}, ["key", "reverse"], 0, true);
				if (key !== undefined && key !== null) {
					throw new template_errors.P_("list.sort(key=\u2026)", "use the |sort filter with attribute=");
				}
				const sorted = [...l].sort((x, y) => (reverse === true || reverse === 1n ? -1 : 1) * compare(x, y));
				l.splice(0, l.length, ...sorted);
				return null;
			}
		});
		const TUPLE_METHODS = nameTable({
			index: (t, a) => {
				const [value, start, end] = params("index", a, [
					"value",
					"start",
					"stop"
				], 1);
				try {
					return BigInt(listIndex(t.items, value, start, end));
				} catch {
					throw new template_errors.S4("ValueError", "tuple.index(x): x not in tuple");
				}
			},
			count: (t, a) => {
				const [value] = params("count", a, ["value"], 1);
				return BigInt(t.items.filter((item) => item === value || equals(item, value)).length);
			}
		});
		function updateDict(d, other, kwargs) {
			if (other instanceof template_values.Bi) {
				for (const [k, v] of other.entries()) d.set(k, v);
			} else if (other !== undefined) {
				toArray(other).forEach((pair, i) => {
					const items = pair instanceof template_values.rd ? pair.items : Array.isArray(pair) ? pair : typeof pair === "string" ? codePoints(pair) : undefined;
					if (!items) {
						throw new template_errors.S4("TypeError", `cannot convert dictionary update sequence element #${i} to a sequence`);
					}
					if (items.length !== 2) {
						throw new template_errors.S4("ValueError", `dictionary update sequence element #${i} has length ${items.length}; 2 is required`);
					}
					d.set(items[0], items[1]);
				});
			}
			for (const [k, v] of kwargs) d.set(k, v);
		}
		const DICT_METHODS = nameTable({
			get: (d, a) => {
				const [key, fallback] = params("get", a, ["key", "default"], 1);
				const value = d.get(key);
				return value !== undefined ? value : fallback === undefined ? null : fallback;
			},
			items: (d, a) => (params("items", a, []), new template_values.YF("items", d)),
			keys: (d, a) => (params("keys", a, []), new template_values.YF("keys", d)),
			values: (d, a) => (params("values", a, []), new template_values.YF("values", d)),
			pop: (d, a) => {
				const [key, fallback] = params("pop", a, ["key", "default"], 1);
				const value = d.get(key);
				if (value !== undefined) {
					d.delete(key);
					return value;
				}
				if (a.args.length > 1) return fallback;
				throw new template_errors.S4("KeyError", String(key));
			},
			popitem: (d, a) => {
				params("popitem", a, []);
				const last = d.entries().at(-1);
				if (!last) throw new template_errors.S4("KeyError", "'popitem(): dictionary is empty'");
				d.delete(last[0]);
				return new template_values.rd(last);
			},
			setdefault: (d, a) => {
				const [key, fallback = null] = params("setdefault", a, ["key", "default"], 1);
				const value = d.get(key);
				if (value !== undefined) return value;
				d.set(key, fallback);
				return fallback;
			},
			update: (d, a) => {
				if (a.args.length > 1) throw new template_errors.S4("TypeError", `update expected at most 1 argument, got ${a.args.length}`);
				updateDict(d, a.args[0] === undefined ? undefined : defined(a.args[0]), a.kwargs);
				return null;
			},
			copy: (d, a) => (params("copy", a, []), new template_values.Bi(d.entries())),
			clear: (d, a) => (params("clear", a, []), d.clear(), null)
		});
		const RANGE_METHODS = nameTable({
			count: (r, a) => contains(r, params("count", a, ["value"], 1)[0]) ? 1n : 0n,
			index: (r, a) => {
				const [value] = params("index", a, ["value"], 1);
				if (!contains(r, value)) throw new template_errors.S4("ValueError", `${pyStr(value)} is not in range`);
				return (asInt(value) - r.start) / r.step;
			}
		});
		function bound(owner, self, name, table) {
			const method = table[name];
			if (!method) return undefined;
			return new template_values.bV("builtin_function_or_method", `${owner}.${name}`, (args) => method(self, args));
		}
		function refused(owner, name) {
			return new template_errors.P_(`${owner}.${name}`, `worker-image does not model this Python ${owner} attribute; compute the value another way (filters such as |int, |string, |list)`);
		}
		function builtinAttribute(obj, name) {
			const type = (0, template_values.go)(obj);
			let found;
			if (typeof obj === "string") found = bound("str", obj, name, STR_METHODS);
			else if (Array.isArray(obj)) found = bound("list", obj, name, LIST_METHODS);
			else if (obj instanceof template_values.rd) {
				if (obj instanceof template_values.ay && obj.fields.includes(name)) return obj.items[obj.fields.indexOf(name)];
				found = bound("tuple", obj, name, TUPLE_METHODS);
			} else if (obj instanceof template_values.Bi) found = bound("dict", obj, name, DICT_METHODS);
			else if (obj instanceof template_values.Q6) {
				if (name === "start" || name === "stop" || name === "step") return obj[name];
				found = bound("range", obj, name, RANGE_METHODS);
			} else if (obj instanceof template_values.VK) {
				if (PYTHON_ATTRIBUTES.str.includes(name) || [
					"escape",
					"unescape",
					"striptags"
				].includes(name)) {
					throw new template_errors.P_(`calling .${name}() on the result of |tojson`, "Jinja2 returns Markup there, whose methods escape their arguments; apply the method before |tojson");
				}
				return template_values.Pr;
			}
			if (found !== undefined) return found;
			const generic = obj instanceof template_values.jY ? "generator" : type === "bool" ? "int" : type;
			if (PYTHON_ATTRIBUTES[generic]?.includes(name)) throw refused(type, name);
			return template_values.Pr;
		}
		;
		class Namespace extends template_values.By {
			typeName = "Namespace";
			attrs = new template_values.Bi();
			attr(name) {
				return this.attrs.has(name) ? this.attrs.get(name) : template_values.Pr;
			}
			repr() {
				return `<Namespace ${pyRepr(this.attrs)}>`;
			}
		}
		class Cycler extends template_values.By {
			items;
			typeName = "Cycler";
			pos = 0;
			constructor(items) {
				super();
				this.items = items;
			}
			attr(name) {
				if (name === "items") return [...this.items];
				if (name === "pos") return BigInt(this.pos);
				if (name === "current") return this.items[this.pos];
				if (name === "next") {
					return new template_values.bV("method", "Cycler.next", ({ args }) => {
						if (args.length > 0) throw new template_errors.S4("TypeError", "next() takes no arguments");
						const value = this.items[this.pos];
						this.pos = (this.pos + 1) % this.items.length;
						return value;
					});
				}
				if (name === "reset") {
					return new template_values.bV("method", "Cycler.reset", () => {
						this.pos = 0;
						return null;
					});
				}
				return template_values.Pr;
			}
		}
		class Joiner extends template_values.By {
			sep;
			typeName = "Joiner";
			used = false;
			constructor(sep) {
				super();
				this.sep = sep;
			}
			call({ args, kwargs }) {
				if (args.length > 0 || kwargs.length > 0) throw new template_errors.S4("TypeError", "__call__() takes no arguments");
				if (this.used) return this.sep;
				this.used = true;
				return "";
			}
		}
		function rangeArg(value) {
			const n = asInt(defined(value));
			if (n === undefined) {
				throw new template_errors.S4("TypeError", `'${(0, template_values.go)(value)}' object cannot be interpreted as an integer`);
			}
			return n;
		}
		function noKeywords(name, kwargs) {
			if (kwargs.length > 0) throw new template_errors.S4("TypeError", `${name}() takes no keyword arguments`);
		}
		const GLOBALS = nameTable({
			range: new template_values.bV("type", "range", ({ args, kwargs }) => {
				noKeywords("range", kwargs);
				if (args.length === 0 || args.length > 3) {
					throw new template_errors.S4("TypeError", `range expected at least 1 argument, got ${args.length}`);
				}
				const [a, b, c] = args.map(rangeArg);
				if (b === undefined) return new template_values.Q6(0n, a, 1n);
				if (c === 0n) throw new template_errors.S4("ValueError", "range() arg 3 must not be zero");
				return new template_values.Q6(a, b, c ?? 1n);
			}),
			dict: new template_values.bV("type", "dict", ({ args, kwargs }) => {
				if (args.length > 1) throw new template_errors.S4("TypeError", `dict expected at most 1 argument, got ${args.length}`);
				const d = new template_values.Bi();
				updateDict(d, args[0] === undefined ? undefined : defined(args[0]), kwargs);
				return d;
			}),
			namespace: new template_values.bV("type", "Namespace", ({ args, kwargs }) => {
				if (args.length > 1) throw new template_errors.S4("TypeError", `dict expected at most 1 argument, got ${args.length}`);
				const ns = new Namespace();
				updateDict(ns.attrs, args[0] === undefined ? undefined : defined(args[0]), kwargs);
				return ns;
			}),
			cycler: new template_values.bV("type", "Cycler", ({ args, kwargs }) => {
				noKeywords("Cycler", kwargs);
				if (args.length === 0) throw new template_errors.S4("RuntimeError", "at least one item has to be provided");
				return new Cycler(args);
			}),
			joiner: new template_values.bV("type", "Joiner", ({ args, kwargs }) => {
				const keyword = kwargs.find(([k]) => k === "sep");
				const sep = keyword ? keyword[1] : args.length > 0 ? args[0] : ", ";
				return new Joiner(sep);
			}),
			lipsum: new template_values.bV("function", "generate_lorem_ipsum", () => {
				throw new template_errors.P_("lipsum()", "it is random text; write the text you want");
			})
		});
		;
		function signature(name, params, required = 0) {
			return ({ args, kwargs }) => {
				if (args.length > params.length) {
					throw new template_errors.S4("TypeError", `${name}() takes at most ${params.length + 1} positional arguments (${args.length + 1} given)`);
				}
				const bound = Object.create(null);
				args.forEach((arg, i) => bound[params[i]] = arg);
				for (const [key, value] of kwargs) {
					if (!params.includes(key)) {
						throw new template_errors.S4("TypeError", `${name}() got an unexpected keyword argument '${key}'`);
					}
					if (Object.hasOwn(bound, key)) throw new template_errors.S4("TypeError", `${name}() got multiple values for argument '${key}'`);
					bound[key] = value;
				}
				const missing = params.slice(0, required).find((p) => !Object.hasOwn(bound, p));
				if (missing) throw new template_errors.S4("TypeError", `${name}() missing required argument: '${missing}'`);
				return bound;
			};
		}
		;
		function noArgs(name, test) {
			const bind = signature(name, []);
			return (_ctx, value, args) => {
				bind(args);
				return test(value);
			};
		}
		function binary(name, test) {
			const bind = signature(name, ["other"]);
			return (_ctx, value, args) => test(value, bind(args).other);
		}
		const isString = (v) => typeof v === "string" || v instanceof template_values.VK;
		function caseOf(text, upper) {
			let cased = false;
			for (const c of text) {
				if (/\p{Lt}/u.test(c)) return false;
				if (/\p{Uppercase}/u.test(c)) {
					if (!upper) return false;
					cased = true;
				} else if (/\p{Lowercase}/u.test(c)) {
					if (upper) return false;
					cased = true;
				}
			}
			return cased;
		}
		const equalTo = binary("eq", (a, b) => equals(a, b));
		const notEqual = binary("ne", (a, b) => !equals(a, b));
		const lessThan = binary("lt", (a, b) => order("lt", a, b));
		const lessEqual = binary("le", (a, b) => order("lteq", a, b));
		const greaterThan = binary("gt", (a, b) => order("gt", a, b));
		const greaterEqual = binary("ge", (a, b) => order("gteq", a, b));
		const modulo = (value, n) => mod(value, n);
		const TESTS = nameTable({
			defined: noArgs("defined", (v) => !(v instanceof template_values.rK)),
			undefined: noArgs("undefined", (v) => v instanceof template_values.rK),
			none: noArgs("none", (v) => v === null),
			boolean: noArgs("boolean", (v) => typeof v === "boolean"),
			true: noArgs("true", (v) => v === true),
			false: noArgs("false", (v) => v === false),
			integer: noArgs("integer", (v) => typeof v === "bigint"),
			float: noArgs("float", (v) => typeof v === "number"),
			number: noArgs("number", (v) => [
				"bigint",
				"number",
				"boolean"
			].includes(typeof v)),
			string: noArgs("string", isString),
			mapping: noArgs("mapping", (v) => v instanceof template_values.Bi),
			lower: noArgs("lower", (v) => caseOf(pyStr(v), false)),
			upper: noArgs("upper", (v) => caseOf(pyStr(v), true)),
			odd: noArgs("odd", (v) => equals(modulo(v, 2n), 1n)),
			even: noArgs("even", (v) => equals(modulo(v, 2n), 0n)),
			divisibleby: (_ctx, value, args) => {
				const { num } = signature("divisibleby", ["num"])(args);
				return equals(modulo(value, num), 0n);
			},
			iterable: noArgs("iterable", (v) => {
				try {
					iterate(v);
					return true;
				} catch (err) {
					if (err instanceof template_errors.S4 && err.pyType === "TypeError") return false;
					throw err;
				}
			}),
			sequence: noArgs("sequence", (v) => {
				if (v instanceof template_values.rK) return v.lenient;
				return isString(v) || Array.isArray(v) || [
					"tuple",
					"dict",
					"range"
				].includes((0, template_values.go)(v));
			}),
			callable: noArgs("callable", (v) => v instanceof template_values.rK || v instanceof template_values.By && v.call !== undefined),
			sameas: binary("sameas", (a, b) => {
				const singleton = (v) => v === null || typeof v === "boolean" || v instanceof template_values.rK;
				if (singleton(a) || singleton(b)) return a === b;
				if (typeof a === "object" && typeof b === "object") return a === b;
				throw new template_errors.P_("`is sameas` between two strings or numbers", "whether Python gives them one object depends on CPython's caching; compare with == instead");
			}),
			in: binary("in", (value, seq) => contains(seq, value)),
			eq: equalTo,
			"==": equalTo,
			equalto: equalTo,
			ne: notEqual,
			"!=": notEqual,
			lt: lessThan,
			"<": lessThan,
			lessthan: lessThan,
			le: lessEqual,
			"<=": lessEqual,
			gt: greaterThan,
			">": greaterThan,
			greaterthan: greaterThan,
			ge: greaterEqual,
			">=": greaterEqual
		});
		const REFUSED_TESTS = nameTable({
			escaped: "worker-image renders without autoescape, so nothing is ever escaped; remove the test",
			filter: "the set of filters is fixed; remove the test",
			test: "the set of tests is fixed; remove the test"
		});
		;
		function children(node) {
			const args = (n) => [
				...n.args,
				...n.kwargs.map((k) => k.value),
				...n.dynArgs ? [n.dynArgs] : [],
				...n.dynKwargs ? [n.dynKwargs] : []
			];
			const opt = (...nodes) => nodes.filter((n) => n !== undefined);
			switch (node.type) {
				case "Output": return node.nodes.filter((n) => n.type !== "TemplateData");
				case "For": return [
					node.target,
					node.iter,
					...node.body,
					...node.else_,
					...opt(node.test)
				];
				case "If": return [
					node.test,
					...node.body,
					...node.elif.flatMap((e) => [e.test, ...e.body]),
					...node.else_
				];
				case "Assign": return [node.target, node.expr];
				case "AssignBlock": return [
					node.target,
					...opt(node.filter),
					...node.body
				];
				case "Macro": return [...node.defaults, ...node.body];
				case "CallBlock": return [
					node.call,
					...node.defaults,
					...node.body
				];
				case "FilterBlock": return [...node.body, node.filter];
				case "With": return [
					...node.targets,
					...node.values,
					...node.body
				];
				case "Unsupported": return [...node.exprs, ...node.body];
				case "Const":
				case "Name":
				case "NSRef": return [];
				case "Tuple":
				case "List": return node.items;
				case "Dict": return node.items.flatMap((i) => [i.key, i.value]);
				case "CondExpr": return opt(node.test, node.expr1, node.expr2);
				case "Or":
				case "And": return [node.left, node.right];
				case "Not":
				case "Unary": return [node.node];
				case "Compare": return [node.expr, ...node.ops.map((o) => o.expr)];
				case "BinOp": return [node.left, node.right];
				case "Concat": return node.nodes;
				case "Getattr": return [node.node];
				case "Getitem": return [node.node, node.arg];
				case "Slice": return opt(node.start, node.stop, node.step);
				case "Call": return [node.node, ...args(node)];
				case "Filter": return [...opt(node.node), ...args(node)];
				case "Test": return [node.node, ...args(node)];
			}
		}
		function targetNames(target) {
			if (target.type === "Name") return [target.name];
			if (target.type === "Tuple") return target.items.flatMap(targetNames);
			return [];
		}
		function findUndeclared(body, names) {
			const looking = new Set(names);
			const found = new Set();
			const discard = (stored) => stored.forEach((n) => looking.delete(n));
			const visit = (node) => {
				if (node.type === "Name") {
					if (looking.has(node.name)) found.add(node.name);
					return;
				}
				if (node.type === "Unsupported" && node.tag === "block") return;
				if (node.type === "Macro" || node.type === "CallBlock") {
					if (node.type === "CallBlock") visit(node.call);
					discard(node.params);
					[...node.defaults, ...node.body].forEach(visit);
					return;
				}
				const targets = node.type === "For" || node.type === "Assign" || node.type === "AssignBlock" ? [node.target] : node.type === "With" ? node.targets : [];
				for (const child of children(node)) {
					if (targets.includes(child)) discard(targetNames(child));
					else visit(child);
				}
			};
			body.forEach(visit);
			return found;
		}
		;
		class Symbols {
			parent;
			level;
			refs = new Map();
			loads = new Map();
			stores = new Set();
			constructor(parent) {
				this.parent = parent;
				this.level = parent ? parent.level + 1 : 0;
			}
			define(name, load) {
				const ident = `l_${this.level}_${name}`;
				this.refs.set(name, ident);
				this.loads.set(ident, [name, load]);
			}
			findRef(name) {
				return this.refs.get(name) ?? this.parent?.findRef(name);
			}
			copy() {
				const copy = new Symbols(this.parent);
				copy.refs = new Map(this.refs);
				copy.loads = new Map(this.loads);
				copy.stores = new Set(this.stores);
				return copy;
			}
			store(name) {
				this.stores.add(name);
				if (this.refs.has(name)) return;
				this.define(name, this.parent?.findRef(name) !== undefined ? { kind: "alias" } : { kind: "undefined" });
			}
			param(name) {
				this.stores.add(name);
				this.define(name, { kind: "param" });
			}
			load(name) {
				if (this.findRef(name) === undefined) this.define(name, { kind: "resolve" });
			}
			branchUpdate(branches) {
				const stored = new Set();
				for (const b of branches) b.stores.forEach((n) => stored.add(n));
				this.stores.forEach((n) => stored.delete(n));
				for (const b of branches) {
					b.refs.forEach((v, k) => this.refs.set(k, v));
					b.loads.forEach((v, k) => this.loads.set(k, v));
					b.stores.forEach((n) => this.stores.add(n));
				}
				for (const name of stored) {
					const ident = this.findRef(name);
					const load = this.parent?.findRef(name) !== undefined ? { kind: "alias" } : { kind: "resolve" };
					this.loads.set(ident, [name, load]);
				}
			}
		}
		class Frames {
			table = new Map();
			get(key) {
				const symbols = this.table.get(key);
				if (!symbols) throw new Error("internal: a frame the analysis did not see");
				return symbols;
			}
			set(key, symbols) {
				this.table.set(key, symbols);
			}
		}
		const forTest = (node) => node.test;
		const forElse = (node) => node.else_;
		function visitInFrame(node, symbols, nested) {
			const visit = (n) => visitInFrame(n, symbols, nested);
			const sym = symbols.current;
			switch (node.type) {
				case "Name": return sym.load(node.name);
				case "NSRef": return sym.load(node.name);
				case "If": {
					visit(node.test);
					const original = symbols.current;
					const branch = (run) => {
						symbols.current = original.copy();
						run();
						const result = symbols.current;
						symbols.current = original;
						return result;
					};
					const body = branch(() => node.body.forEach(visit));
					const elifs = branch(() => node.elif.forEach((e) => {
						visit(e.test);
						const inner = symbols.current;
						const copy = (stmts) => {
							symbols.current = inner.copy();
							stmts.forEach(visit);
							const r = symbols.current;
							symbols.current = inner;
							return r;
						};
						inner.branchUpdate([
							copy(e.body),
							copy([]),
							copy([])
						]);
					}));
					const else_ = branch(() => node.else_.forEach(visit));
					original.branchUpdate([
						body,
						elifs,
						else_
					]);
					return;
				}
				case "Macro":
					nested.push(node);
					return sym.store(node.name);
				case "Assign":
					visit(node.expr);
					return storeTarget(node.target, symbols.current);
				case "For":
					nested.push(node);
					return visit(node.iter);
				case "CallBlock":
					nested.push(node);
					return visit(node.call);
				case "FilterBlock":
					nested.push(node);
					return visit(node.filter);
				case "With":
					nested.push(node);
					return node.values.forEach(visit);
				case "AssignBlock":
					nested.push(node);
					return storeTarget(node.target, sym);
				case "Unsupported": return;
				default: children(node).forEach(visit);
			}
		}
		function storeTarget(target, symbols) {
			if (target.type === "NSRef") return symbols.load(target.name);
			targetNames(target).forEach((n) => symbols.store(n));
		}
		function paramTarget(target, symbols) {
			targetNames(target).forEach((n) => symbols.param(n));
		}
		function analyzeFrame(node, outer, frames) {
			const frame = (key, fill) => {
				const holder = { current: new Symbols(outer) };
				const nested = [];
				fill((n) => visitInFrame(n, holder, nested), holder.current);
				frames.set(key, holder.current);
				for (const inner of nested) analyzeFrame(inner, holder.current, frames);
				return holder.current;
			};
			switch (node.type) {
				case "For": {
					const usesLoop = node.recursive || findUndeclared(node.body, ["loop"]).size > 0;
					frame(node, (visit, sym) => {
						if (usesLoop) sym.param("loop");
						paramTarget(node.target, sym);
						node.body.forEach(visit);
					});
					frame(forElse(node), (visit) => node.else_.forEach(visit));
					if (node.test) {
						frame(forTest(node), (visit, sym) => {
							paramTarget(node.target, sym);
							visit(node.test);
						});
					}
					return;
				}
				case "Macro":
				case "CallBlock":
					frame(node, (visit, sym) => {
						node.params.forEach((p) => sym.param(p));
						node.defaults.forEach(visit);
						node.body.forEach(visit);
						const special = findUndeclared(node.body, [
							"caller",
							"kwargs",
							"varargs"
						]);
						for (const name of [
							"caller",
							"kwargs",
							"varargs"
						]) {
							if (special.has(name) && !node.params.includes(name)) sym.param(name);
						}
					});
					return;
				case "FilterBlock":
					frame(node, (visit) => {
						node.body.forEach(visit);
						visit(node.filter);
					});
					return;
				case "AssignBlock": {
					const symbols = frame(node, (visit) => node.body.forEach(visit));
					if (node.filter) unresolved(node.filter, symbols);
					return;
				}
				case "With":
					frame(node, (visit, sym) => {
						node.targets.forEach((t) => paramTarget(t, sym));
						node.body.forEach(visit);
					});
					return;
			}
		}
		function unresolved(filter, symbols) {
			const visit = (n) => {
				if ((n.type === "Name" || n.type === "NSRef") && symbols.findRef(n.name) === undefined) {
					throw new template_errors.Cb(`Tried to resolve a name to a reference that was unknown to the frame ('${n.name}')`, n.line, `Jinja2 cannot compile a {% set \u2026 | filter %} block whose filter reads ${n.name} unless the template reads or sets ${n.name} outside it too`);
				}
				children(n).forEach(visit);
			};
			visit(filter);
		}
		function analyze(body) {
			const frames = new Frames();
			const holder = { current: new Symbols() };
			const nested = [];
			body.forEach((s) => visitInFrame(s, holder, nested));
			frames.set(body, holder.current);
			for (const inner of nested) analyzeFrame(inner, holder.current, frames);
			return frames;
		}
		;
		const MISSING = Symbol("missing");
		const CALL_FRAMES = 4;
		const FRAME_BUDGET = 800;
		const DONE = Symbol("done");
		function isGen(value) {
			return Object.prototype.toString.call(value) === "[object Generator]";
		}
		function* result(value) {
			return isGen(value) ? yield* value : value;
		}
		class Frame {
			parent;
			slots = new Map();
			constructor(parent) {
				this.parent = parent;
			}
			find(name) {
				if (this.slots.has(name)) return this.slots.get(name);
				return this.parent?.find(name);
			}
		}
		class evaluate_Buffer {
			limit;
			parts = [];
			size = 0;
			constructor(limit) {
				this.limit = limit;
			}
			write(text) {
				this.size += text.length;
				if (this.size > this.limit) {
					throw new template_errors.oC(this.limit === VALUE_LIMIT ? `a block's output is over the ${VALUE_LIMIT} characters a template may build` : `the rendered output is over the ${this.limit}-byte limit`);
				}
				this.parts.push(text);
			}
			text() {
				return this.parts.join("");
			}
		}
		class Loop extends template_values.By {
			pull;
			sized;
			depth0;
			recurse;
			typeName = "LoopContext";
			index0 = -1n;
			after = MISSING;
			current = MISSING;
			before = MISSING;
			lastChanged = MISSING;
			cached;
			buffered;
			constructor(pull, sized, depth0, recurse) {
				super();
				this.pull = pull;
				this.sized = sized;
				this.depth0 = depth0;
				this.recurse = recurse;
			}
			*peek() {
				if (this.after === MISSING) {
					const next = yield* this.pull();
					this.after = next === DONE ? MISSING : next;
				}
				return this.after;
			}
			*next() {
				let item;
				if (this.after !== MISSING) {
					item = this.after;
					this.after = MISSING;
				} else {
					item = yield* this.pull();
				}
				if (item === DONE) return DONE;
				this.index0 += 1n;
				this.before = this.current;
				this.current = item;
				return item;
			}
			*length() {
				if (this.cached !== undefined) return this.cached;
				if (this.sized !== undefined) return this.cached = yield* ops_length(this.sized);
				const rest = [];
				for (let item = yield* this.pull(); item !== DONE; item = yield* this.pull()) {
					rest.push(item);
					checkSize(rest.length);
					yield;
				}
				this.buffered = rest;
				const it = rest[Symbol.iterator]();
				this.pull = function* () {
					const r = it.next();
					return r.done ? DONE : r.value;
				};
				this.cached = BigInt(rest.length) + this.index0 + 1n + (this.after === MISSING ? 0n : 1n);
				return this.cached;
			}
			*revindex(offset) {
				return (yield* this.length()) - this.index0 - offset;
			}
			*last() {
				return (yield* this.peek()) === MISSING;
			}
			*nextitem() {
				const next = yield* this.peek();
				return next === MISSING ? new template_values.rK("there is no next item") : next;
			}
			attr(name) {
				switch (name) {
					case "index0": return this.index0;
					case "index": return this.index0 + 1n;
					case "depth0": return this.depth0;
					case "depth": return this.depth0 + 1n;
					case "first": return this.index0 === 0n;
					case "length": return this.length();
					case "revindex": return this.revindex(0n);
					case "revindex0": return this.revindex(1n);
					case "last": return this.last();
					case "previtem":
						if (this.index0 === 0n) return new template_values.rK("there is no previous item");
						return this.before === MISSING ? new template_values.rK("there is no previous item") : this.before;
					case "nextitem": return this.nextitem();
					case "cycle": return new template_values.bV("method", "LoopContext.cycle", ({ args, kwargs }) => {
						if (kwargs.length > 0) throw new template_errors.S4("TypeError", "cycle() got an unexpected keyword argument");
						if (args.length === 0) throw new template_errors.S4("TypeError", "no items for cycling given");
						return args[Number(this.index0 % BigInt(args.length))];
					});
					case "changed": return new template_values.bV("method", "LoopContext.changed", ({ args, kwargs }) => {
						if (kwargs.length > 0) throw new template_errors.S4("TypeError", "changed() got an unexpected keyword argument");
						const last = this.lastChanged;
						const same = last !== MISSING && equals(new template_values.rd(last), new template_values.rd(args));
						if (same) return false;
						this.lastChanged = args;
						return true;
					});
				}
				return template_values.Pr;
			}
			call({ args, kwargs }) {
				if (!this.recurse) {
					throw new template_errors.S4("TypeError", "The loop must have the 'recursive' marker to be called recursively.");
				}
				if (args.length !== 1 || kwargs.length > 0) {
					throw new template_errors.S4("TypeError", `__call__() takes 2 positional arguments but ${args.length + 1} were given`);
				}
				return this.recurse(args[0], this.depth0 + 1n);
			}
			repr() {
				const length = drain(this.length());
				return `<LoopContext ${this.index0 + 1n}/${length}>`;
			}
		}
		function drain(gen) {
			for (;;) {
				const r = gen.next();
				if (r.done) return r.value;
				beat?.();
			}
		}
		let beat;
		function setBeat(fn) {
			beat = fn;
		}
		class Macro extends template_values.By {
			name;
			node;
			closure;
			renderer;
			typeName = "Macro";
			signature;
			body;
			catchVarargs;
			catchKwargs;
			usesCaller;
			constructor(name, node, closure, renderer) {
				const signature = node;
				const body = node.body;
				super();
				this.name = name;
				this.node = node;
				this.closure = closure;
				this.renderer = renderer;
				this.signature = signature;
				this.body = body;
				const undeclared = findUndeclared(body, [
					"caller",
					"kwargs",
					"varargs"
				]);
				this.usesCaller = undeclared.has("caller");
				this.catchKwargs = undeclared.has("kwargs") && !signature.params.includes("kwargs");
				this.catchVarargs = undeclared.has("varargs") && !signature.params.includes("varargs");
				if (this.usesCaller) {
					const i = signature.params.indexOf("caller");
					if (i !== -1 && i < signature.params.length - signature.defaults.length) {
						throw new template_errors.S4("TemplateAssertionError", "When defining macros or call blocks the special \"caller\" argument must be omitted or be given a default.");
					}
				}
			}
			attr(name) {
				switch (name) {
					case "name": return this.name;
					case "arguments": return new template_values.rd(this.signature.params);
					case "catch_kwargs": return this.catchKwargs;
					case "catch_varargs": return this.catchVarargs;
					case "caller": return this.usesCaller;
				}
				return template_values.Pr;
			}
			repr() {
				return `<Macro '${this.name}'>`;
			}
			*call({ args, kwargs }) {
				yield;
				const { params, defaults } = this.signature;
				const rest = new Map(kwargs);
				const values = args.slice(0, params.length);
				let foundCaller = false;
				if (values.length !== params.length) {
					for (const name of params.slice(values.length)) {
						const value = rest.get(name);
						rest.delete(name);
						if (name === "caller") foundCaller = true;
						values.push(value === undefined ? MISSING : value);
					}
				} else {
					foundCaller = params.includes("caller");
				}
				const scope = this.renderer.enter(this.node, this.closure);
				if (this.usesCaller && !foundCaller) {
					const caller = rest.get("caller");
					rest.delete("caller");
					scope.slots.set("caller", caller === undefined || caller === null ? new template_values.rK("No caller defined") : caller);
				}
				if (this.catchKwargs) {
					scope.slots.set("kwargs", new template_values.Bi(rest));
				} else if (rest.size > 0) {
					if (rest.has("caller")) {
						throw new template_errors.S4("TypeError", `macro '${this.name}' was invoked with two values for the special caller argument. This is most likely a bug.`);
					}
					throw new template_errors.S4("TypeError", `macro '${this.name}' takes no keyword argument '${[...rest.keys()][0]}'`);
				}
				if (this.catchVarargs) scope.slots.set("varargs", new template_values.rd(args.slice(params.length)));
				else if (args.length > params.length) {
					throw new template_errors.S4("TypeError", `macro '${this.name}' takes not more than ${params.length} argument(s)`);
				}
				params.forEach((name, i) => scope.slots.set(name, values[i]));
				for (let i = 0; i < params.length; i++) {
					if (values[i] !== MISSING) continue;
					const name = params[i];
					const d = i - (params.length - defaults.length);
					scope.slots.set(name, d >= 0 ? yield* this.renderer.expr(defaults[d], scope) : new template_values.rK(`parameter '${name}' of macro '${this.name}' was not provided`));
				}
				const out = new evaluate_Buffer(VALUE_LIMIT);
				yield* this.renderer.nested(this.renderer.block(this.body, scope, out));
				return out.text();
			}
		}
		function lookupError(err) {
			return err instanceof template_errors.S4 && [
				"TypeError",
				"KeyError",
				"IndexError",
				"AttributeError"
			].includes(err.pyType);
		}
		function describeObject(obj) {
			return obj === null ? "None" : `${(0, template_values.go)(obj)} object`;
		}
		function pathOf(e) {
			if (e.type === "Name") return e.name;
			if (e.type === "Getattr") {
				const base = pathOf(e.node);
				return base === undefined ? undefined : `${base}.${e.attr}`;
			}
			if (e.type === "Getitem" && e.arg.type === "Const") {
				const base = pathOf(e.node);
				return base === undefined ? undefined : `${base}[${pyRepr(e.arg.value)}]`;
			}
			return undefined;
		}
		class Renderer {
			outputLimit;
			line = 1;
			frames;
			root;
			context = new Map();
			poisoned = new Map();
			depth = 0;
			constructor(outputLimit) {
				this.outputLimit = outputLimit;
			}
			*render({ body, frames, poisoned }, variables) {
				this.frames = frames;
				this.poisoned = poisoned;
				for (const [key, value] of variables.entries()) this.context.set(String(key), value);
				this.root = this.enter(body, undefined);
				const out = new evaluate_Buffer(this.outputLimit);
				yield* this.block(body, this.root, out);
				return out.text();
			}
			enter(key, parent) {
				const frame = new Frame(parent);
				for (const [name, load] of this.frames.get(key).loads.values()) {
					if (load.kind === "resolve") frame.slots.set(name, this.resolve(name));
					else if (load.kind === "alias") {
						const outer = parent?.find(name);
						frame.slots.set(name, outer === undefined ? MISSING : outer);
					} else frame.slots.set(name, MISSING);
				}
				return frame;
			}
			resolve(name) {
				if (this.context.has(name)) return this.context.get(name);
				return GLOBALS[name] ?? new template_values.rK(`'${name}' is undefined`, name);
			}
			lookup(frame, name) {
				const value = frame.find(name);
				if (value === undefined) return this.resolve(name);
				return value === MISSING ? new template_values.rK(`'${name}' is undefined`, name) : value;
			}
			store(frame, name, value) {
				frame.slots.set(name, value);
				if (frame === this.root) this.context.set(name, value);
			}
			sync(gen) {
				return drain(gen);
			}
			*block(body, scope, out) {
				for (const stmt of body) yield* this.stmt(stmt, scope, out);
			}
			*stmt(s, scope, out) {
				this.line = s.line;
				switch (s.type) {
					case "Output":
						for (const node of s.nodes) {
							if (node.type === "TemplateData") out.write(node.data);
							else out.write(pyStr(yield* this.expr(node, scope)));
						}
						return;
					case "If": {
						if (truthy(yield* this.expr(s.test, scope))) return yield* this.block(s.body, scope, out);
						for (const branch of s.elif) {
							this.line = branch.line;
							if (truthy(yield* this.expr(branch.test, scope))) return yield* this.block(branch.body, scope, out);
						}
						return yield* this.block(s.else_, scope, out);
					}
					case "For": return yield* this.renderFor(s, scope, yield* this.expr(s.iter, scope), 0n, out);
					case "Assign": return this.assign(s.target, yield* this.expr(s.expr, scope), scope);
					case "AssignBlock": {
						const inner = new evaluate_Buffer(VALUE_LIMIT);
						const block = this.enter(s, scope);
						yield* this.block(s.body, block, inner);
						let value = inner.text();
						if (s.filter) value = yield* this.applyFilter(s.filter, value, block);
						return this.assign(s.target, value, scope);
					}
					case "Macro":
						this.store(scope, s.name, new Macro(s.name, s, scope, this));
						return;
					case "CallBlock": {
						const caller = new Macro("caller", s, scope, this);
						const fn = yield* this.expr(s.call.node, scope);
						const args = yield* this.arguments(s.call, scope);
						args.kwargs.push(["caller", caller]);
						out.write(pyStr(yield* this.call(fn, args)));
						return;
					}
					case "FilterBlock": {
						const inner = new evaluate_Buffer(VALUE_LIMIT);
						const block = this.enter(s, scope);
						yield* this.block(s.body, block, inner);
						out.write(pyStr(yield* this.applyFilter(s.filter, inner.text(), block)));
						return;
					}
					case "With": {
						const values = [];
						for (const v of s.values) values.push(yield* this.expr(v, scope));
						const inner = this.enter(s, scope);
						s.targets.forEach((target, i) => this.assign(target, values[i], inner));
						return yield* this.block(s.body, inner, out);
					}
					case "Unsupported": throw new template_errors.P_(`{% ${s.tag} %}`, "see worker-image render --check");
				}
			}
			*renderFor(s, scope, iterable, depth0, out) {
				const source = iterate(iterable);
				const filterScope = s.test ? this.enter(forTest(s), scope) : scope;
				const pull = () => this.nextItem(source, s, filterScope);
				let sized;
				if (!s.test && !(iterable instanceof template_values.By) && (0, template_values.go)(iterable) !== "generator") {
					try {
						drain(ops_length(iterable));
						sized = iterable;
					} catch {
						sized = undefined;
					}
				}
				const recurse = s.recursive ? (inner, depth) => this.recurse(s, scope, inner, depth) : undefined;
				const loop = new Loop(pull, sized, depth0, recurse);
				let iterated = false;
				for (let item = yield* loop.next(); item !== DONE; item = yield* loop.next()) {
					iterated = true;
					const inner = this.enter(s, scope);
					this.assign(s.target, item, inner);
					if (inner.slots.has("loop")) inner.slots.set("loop", loop);
					yield* this.block(s.body, inner, out);
					yield;
				}
				if (!iterated) yield* this.block(s.else_, this.enter(forElse(s), scope), out);
			}
			*nextItem(source, s, filterScope) {
				for (;;) {
					const r = source.next();
					if (r.done) return DONE;
					if (!s.test) return r.value;
					this.assign(s.target, r.value, filterScope);
					if (truthy(yield* this.expr(s.test, filterScope))) return r.value;
					yield;
				}
			}
			*recurse(s, scope, inner, depth) {
				const buffer = new evaluate_Buffer(VALUE_LIMIT);
				yield* this.nested(this.renderFor(s, scope, inner, depth, buffer));
				return buffer.text();
			}
			*nested(body) {
				this.depth += CALL_FRAMES;
				try {
					if (this.depth > FRAME_BUDGET) {
						throw new template_errors.P_("macro calls or recursive loops nested this deep", "Jinja2 stops at Python's recursion limit (about 250 nested macro calls); make the recursion shallower, or a loop");
					}
					yield* body;
				} finally {
					this.depth -= CALL_FRAMES;
				}
			}
			assign(target, value, scope) {
				if (target.type === "Name") return this.store(scope, target.name, value);
				if (target.type === "NSRef") {
					const ns = this.lookup(scope, target.name);
					if (!(ns instanceof Namespace)) {
						throw new template_errors.S4("TemplateRuntimeError", "cannot assign attribute on non-namespace object");
					}
					ns.attrs.set(target.attr, value);
					return;
				}
				if (target.type === "Tuple") {
					const items = toArray(value);
					if (items.length < target.items.length) {
						throw new template_errors.S4("ValueError", `not enough values to unpack (expected ${target.items.length}, got ${items.length})`);
					}
					if (items.length > target.items.length) {
						throw new template_errors.S4("ValueError", `too many values to unpack (expected ${target.items.length})`);
					}
					target.items.forEach((t, i) => this.assign(t, items[i], scope));
					return;
				}
				throw new template_errors.S4("TemplateSyntaxError", `cannot assign to ${target.type}`);
			}
			*expr(e, scope) {
				this.line = e.line;
				const poison = this.poisoned.get(e);
				if (poison) {
					throw new template_errors.S4("NameError", `name '${poison}' is not defined (Jinja2 writes this constant into its Python code as ${poison})`);
				}
				switch (e.type) {
					case "Const": return e.value;
					case "Name": return this.lookup(scope, e.name);
					case "NSRef": throw new template_errors.S4("TemplateSyntaxError", "a namespace attribute can only be assigned");
					case "Tuple":
					case "List": {
						const items = [];
						for (const item of e.items) items.push(yield* this.expr(item, scope));
						return e.type === "Tuple" ? new template_values.rd(items) : items;
					}
					case "Dict": {
						const d = new template_values.Bi();
						for (const item of e.items) {
							const key = yield* this.expr(item.key, scope);
							d.set(key, yield* this.expr(item.value, scope));
						}
						return d;
					}
					case "CondExpr":
						if (truthy(yield* this.expr(e.test, scope))) return yield* this.expr(e.expr1, scope);
						if (e.expr2) return yield* this.expr(e.expr2, scope);
						return new template_values.rK(`the inline if-expression on line ${e.line} evaluated to false and no else section was defined.`, undefined, true);
					case "Or": {
						const left = yield* this.expr(e.left, scope);
						return truthy(left) ? left : yield* this.expr(e.right, scope);
					}
					case "And": {
						const left = yield* this.expr(e.left, scope);
						return truthy(left) ? yield* this.expr(e.right, scope) : left;
					}
					case "Not": return !truthy(yield* this.expr(e.node, scope));
					case "Compare": {
						let left = yield* this.expr(e.expr, scope);
						for (const { op, expr } of e.ops) {
							const right = yield* this.expr(expr, scope);
							if (!evaluate_compare(op, left, right)) return false;
							left = right;
						}
						return true;
					}
					case "BinOp": {
						const left = yield* this.expr(e.left, scope);
						const right = yield* this.expr(e.right, scope);
						this.line = e.line;
						return BINARY[e.op](left, right);
					}
					case "Unary": return negate(e.op, yield* this.expr(e.node, scope));
					case "Concat": {
						let text = "";
						for (const node of e.nodes) {
							text += pyStr(yield* this.expr(node, scope));
							checkSize(text.length);
						}
						return text;
					}
					case "Getattr": return yield* this.getattr(yield* this.expr(e.node, scope), e.attr, pathOf(e));
					case "Getitem": {
						const obj = yield* this.expr(e.node, scope);
						if (e.arg.type === "Slice") {
							const part = function* (p) {
								return p ? yield* this.expr(p, scope) : null;
							};
							const start = yield* part.call(this, e.arg.start);
							const stop = yield* part.call(this, e.arg.stop);
							const step = yield* part.call(this, e.arg.step);
							return slice(obj, start, stop, step);
						}
						const key = yield* this.expr(e.arg, scope);
						return yield* this.item(obj, key, pathOf(e));
					}
					case "Call": {
						const fn = yield* this.expr(e.node, scope);
						const args = yield* this.arguments(e, scope);
						this.line = e.line;
						return yield* this.call(fn, args);
					}
					case "Filter": return yield* this.applyFilter(e, yield* this.expr(e.node, scope), scope);
					case "Test": {
						const value = yield* this.expr(e.node, scope);
						const args = yield* this.arguments(e, scope);
						this.line = e.line;
						return yield* this.test(e.name, value, args);
					}
				}
			}
			*arguments(node, scope) {
				const args = [];
				for (const a of node.args) args.push(yield* this.expr(a, scope));
				const kwargs = [];
				for (const k of node.kwargs) kwargs.push([k.key, yield* this.expr(k.value, scope)]);
				if (node.dynArgs) args.push(...toArray(defined(yield* this.expr(node.dynArgs, scope))));
				if (node.dynKwargs) {
					const extra = defined(yield* this.expr(node.dynKwargs, scope));
					if (!(extra instanceof template_values.Bi)) {
						throw new template_errors.S4("TypeError", `argument after ** must be a mapping, not ${(0, template_values.go)(extra)}`);
					}
					for (const [k, v] of extra.entries()) {
						if (typeof k !== "string") throw new template_errors.S4("TypeError", "keywords must be strings");
						if (kwargs.some(([name]) => name === k)) {
							throw new template_errors.S4("TypeError", `got multiple values for keyword argument '${k}'`);
						}
						kwargs.push([k, v]);
					}
				}
				return {
					args,
					kwargs
				};
			}
			*call(fn, args) {
				if (fn instanceof template_values.rK) throw (0, template_values.d9)(fn);
				if (fn instanceof template_values.By && fn.call) return yield* result(fn.call(args));
				throw new template_errors.S4("TypeError", `'${(0, template_values.go)(fn)}' object is not callable`);
			}
			*applyFilter(node, value, scope) {
				const args = yield* this.arguments(node, scope);
				this.line = node.line;
				return yield* this.filter(node.name, value, args);
			}
			*filter(name, value, args) {
				const filter = FILTERS[name];
				if (!filter) throw new template_errors.S4("TemplateRuntimeError", unknown("filter", name, Object.keys(FILTERS)));
				return yield* result(filter(this, value, args));
			}
			*test(name, value, args) {
				const test = TESTS[name];
				if (!test) throw new template_errors.S4("TemplateRuntimeError", unknown("test", name, Object.keys(TESTS)));
				return yield* result(test(this, value, args));
			}
			*getattr(obj, name, path) {
				if (obj instanceof template_values.rK) throw (0, template_values.d9)(missingVariable(obj, path));
				const found = attribute(obj, name);
				if (found !== template_values.Pr) return yield* result(found);
				try {
					return getitem(obj, name);
				} catch (err) {
					if (!lookupError(err)) throw err;
					return new template_values.rK(`'${describeObject(obj)}' has no attribute '${name}'`, path);
				}
			}
			*getitem(obj, key) {
				return yield* this.item(obj, key);
			}
			*item(obj, key, path) {
				if (obj instanceof template_values.rK) throw (0, template_values.d9)(missingVariable(obj, path));
				try {
					return getitem(obj, key);
				} catch (err) {
					if (!lookupError(err)) throw err;
					if (typeof key === "string") {
						const found = attribute(obj, key);
						if (found !== template_values.Pr) return yield* result(found);
					}
					const what = typeof key === "string" ? `has no attribute '${key}'` : `has no element ${key instanceof template_values.rK ? "Undefined" : pyRepr(key)}`;
					return new template_values.rK(`'${describeObject(obj)}' ${what}`, path);
				}
			}
		}
		function missingVariable(obj, path) {
			if (path === undefined || obj.path === undefined || /[.[]/.test(obj.path)) return obj;
			return new template_values.rK(obj.hint, path, obj.lenient);
		}
		function attribute(obj, name) {
			if (name.startsWith("__") && name.endsWith("__")) {
				throw new template_errors.P_(`the Python attribute .${name}`, "use the value itself or a filter");
			}
			if (obj instanceof template_values.By) {
				const found = obj.attr(name);
				if (found === template_values.Pr && obj instanceof template_values.bV) {
					throw new template_errors.P_(`.${name} of a function or method`, "call the function and use its result");
				}
				return found;
			}
			return builtinAttribute(obj, name);
		}
		function evaluate_compare(op, left, right) {
			switch (op) {
				case "eq": return equals(left, right);
				case "ne": return !equals(left, right);
				case "in": return contains(right, left);
				case "notin": return !contains(right, left);
				default: return order(op, left, right);
			}
		}
		const BINARY = {
			"+": add,
			"-": sub,
			"*": mul,
			"/": truediv,
			"//": floordiv,
			"%": mod,
			"**": pow
		};
		;
		function shquote(value) {
			if (Array.isArray(value) || value instanceof template_values.rd || value instanceof template_values.Bi) {
				throw new template_errors.S4("TypeError", "shquote quotes a single value, not a list or mapping: quote each item inside a {% for %} loop");
			}
			return `'${pyStr(value).replaceAll("'", "'\\''")}'`;
		}
		;
		function tojson(value, indent) {
			return dumps(value, indent, "", new Set()).replace(/[<>&']/g, (c) => HTML_SAFE[c]);
		}
		const HTML_SAFE = {
			"<": "\\u003c",
			">": "\\u003e",
			"&": "\\u0026",
			"'": "\\u0027"
		};
		const SHORT_ESCAPES = {
			"\"": "\\\"",
			"\\": "\\\\",
			"\b": "\\b",
			"\f": "\\f",
			"\n": "\\n",
			"\r": "\\r",
			"	": "\\t"
		};
		function quote(text) {
			const escaped = text.replace(/[\\"]|[^ -~]/g, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
			return `"${escaped}"`;
		}
		function tojson_number(n) {
			if (Number.isNaN(n)) return "NaN";
			if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "-Infinity";
			return floatRepr(n);
		}
		function scalar(value) {
			if (value === null) return "null";
			if (typeof value === "boolean") return String(value);
			if (typeof value === "bigint") return value.toString();
			if (typeof value === "number") return tojson_number(value);
			if (typeof value === "string") return quote(value);
			if (value instanceof template_values.VK) return quote(value.text);
			return undefined;
		}
		function keyText(key) {
			if (typeof key === "string") return key;
			if (key instanceof template_values.VK) return key.text;
			if (typeof key === "boolean") return String(key);
			if (key === null) return "null";
			if (typeof key === "bigint") return key.toString();
			if (typeof key === "number") return tojson_number(key);
			throw new template_errors.S4("TypeError", `keys must be str, int, float, bool or None, not ${(0, template_values.go)(key)}`);
		}
		function sortKeys(entries) {
			return entries.sort(([a], [b]) => compare(a, b));
		}
		function dumps(value, indent, outer, seen) {
			const text = scalar(value);
			if (text !== undefined) return text;
			if (value instanceof template_values.rK && !value.lenient) throw (0, template_values.d9)(value);
			const isList = Array.isArray(value) || value instanceof template_values.rd;
			if (!isList && !(value instanceof template_values.Bi)) {
				throw new template_errors.S4("TypeError", `Object of type ${(0, template_values.go)(value)} is not JSON serializable`);
			}
			if (seen.has(value)) throw new template_errors.S4("ValueError", "Circular reference detected");
			seen.add(value);
			const inner = indent === undefined ? "" : outer + indent;
			const items = isList ? (Array.isArray(value) ? value : value.items).map((item) => dumps(item, indent, inner, seen)) : sortKeys(value.entries()).map(([k, v]) => `${quote(keyText(k))}: ${dumps(v, indent, inner, seen)}`);
			seen.delete(value);
			const [open, close] = isList ? ["[", "]"] : ["{", "}"];
			if (items.length === 0) return open + close;
			if (indent === undefined) return `${open}${items.join(", ")}${close}`;
			return `${open}\n${inner}${items.join(`,\n${inner}`)}\n${outer}${close}`;
		}
		;
		const WS = "[\\t\\n\\x0b\\x0c\\r ]";
		const NWS = "[^\\t\\n\\x0b\\x0c\\r ]";
		const WORD_PUNCT = `[\\p{L}\\p{N}_!"'&.,?]`;
		const LETTER = "[\\p{L}\\p{Nl}\\p{No}_]";
		const WORDSEP = new RegExp(`(${WS}+` + `|(?<=${WORD_PUNCT})-{2,}(?=[\\p{L}\\p{N}_])` + `|${NWS}+?(?:-(?:(?<=${LETTER}{2}-)|(?<=${LETTER}-${LETTER}-))(?=${LETTER}-?${LETTER})` + `|(?=${WS}|$)` + `|(?<=${WORD_PUNCT})(?=-{2,}[\\p{L}\\p{N}_])))`, "u");
		const WORDSEP_SIMPLE = new RegExp(`(${WS}+)`, "u");
		const BLANK = new RegExp(`^[${PY_SPACE}]*$`);
		const isBlank = (chunk) => BLANK.test(chunk);
		function wordwrap(text, width, breakLongWords, breakOnHyphens) {
			if (width <= 0) throw new template_errors.S4("ValueError", `invalid width ${width} (must be > 0)`);
			const chunks = text.split(breakOnHyphens ? WORDSEP : WORDSEP_SIMPLE).filter((c) => c !== "");
			chunks.reverse();
			const lines = [];
			while (chunks.length > 0) {
				const line = [];
				let length = 0;
				if (isBlank(chunks.at(-1)) && lines.length > 0) chunks.pop();
				while (chunks.length > 0) {
					const l = pyLength(chunks.at(-1));
					if (length + l > width) break;
					line.push(chunks.pop());
					length += l;
				}
				if (chunks.length > 0 && pyLength(chunks.at(-1)) > width) {
					const spaceLeft = width < 1 ? 1 : width - length;
					if (breakLongWords) {
						let end = spaceLeft;
						const chunk = codePoints(chunks.at(-1));
						if (breakOnHyphens && chunk.length > spaceLeft) {
							const hyphen = chunk.slice(0, spaceLeft).lastIndexOf("-");
							if (hyphen > 0 && chunk.slice(0, hyphen).some((c) => c !== "-")) end = hyphen + 1;
						}
						line.push(chunk.slice(0, end).join(""));
						chunks[chunks.length - 1] = chunk.slice(end).join("");
					} else if (line.length === 0) {
						line.push(chunks.pop());
					}
					length = line.reduce((n, c) => n + pyLength(c), 0);
				}
				if (line.length > 0 && isBlank(line.at(-1))) {
					length -= pyLength(line.at(-1));
					line.pop();
				}
				if (line.length > 0) lines.push(line.join(""));
			}
			return lines;
		}
		;
		function softStr(value) {
			return value instanceof template_values.VK ? value : pyStr(value);
		}
		const filters_text = (value) => value instanceof template_values.VK ? value.text : pyStr(value);
		function ignoreCase(value) {
			if (typeof value === "string") return value.toLowerCase();
			if (value instanceof template_values.VK) return new template_values.VK(value.text.toLowerCase());
			return value;
		}
		function attributeParts(attribute) {
			if (attribute === undefined || attribute === null) return [];
			if (typeof attribute === "string") {
				return attribute.split(".").map((part) => /^[0-9]+$/.test(part) ? BigInt(part) : part);
			}
			return [attribute];
		}
		function attrGetter(ctx, attribute, postprocess, fallback) {
			const parts = attributeParts(attribute);
			return function* (item) {
				let value = item;
				for (const part of parts) {
					value = yield* ctx.getitem(value, part);
					if (fallback !== undefined && fallback !== null && value instanceof template_values.rK) value = fallback;
				}
				return postprocess ? postprocess(value) : value;
			};
		}
		function multiAttrGetter(ctx, attribute, postprocess) {
			const split = typeof attribute === "string" ? attribute.split(",") : [attribute ?? null];
			const getters = split.map((a) => attrGetter(ctx, a === null ? undefined : a, postprocess));
			return function* (item) {
				const values = [];
				for (const get of getters) values.push(yield* get(item));
				return values;
			};
		}
		function* sortedBy(items, key, reverse) {
			const keyed = [];
			for (const item of items) {
				keyed.push([yield* key(item), item]);
				yield;
			}
			keyed.sort(([a], [b]) => (reverse ? -1 : 1) * compare(a, b));
			return keyed.map(([, item]) => item);
		}
		const filters_truthy = (v) => v !== undefined && truthy(v);
		function filters_int(value, what) {
			const n = value === undefined ? undefined : asInt(defined(value));
			if (n === undefined) {
				throw new template_errors.S4("TypeError", `${what}: '${value === undefined ? "NoneType" : (0, template_values.go)(value)}' object cannot be interpreted as an integer`);
			}
			return n;
		}
		function reversedItems(value) {
			if (typeof value === "string" || value instanceof template_values.VK) return codePoints(filters_text(value)).reverse();
			if (Array.isArray(value)) return [...value].reverse();
			if (value instanceof template_values.rd) return [...value.items].reverse();
			if (value instanceof template_values.Bi) return value.keys().reverse();
			if (value instanceof template_values.YF) return value.list().reverse();
			if (value instanceof template_values.Q6) {
				checkSize(value.length);
				return toArray(value).reverse();
			}
			if (value instanceof template_values.rK) {
				if (value.lenient) return [];
				throw (0, template_values.d9)(value);
			}
			return undefined;
		}
		const REVERSE_ITERATORS = nameTable({
			list: "list_reverseiterator",
			tuple: "reversed",
			range: "range_iterator",
			dict: "dict_reversekeyiterator",
			dict_keys: "dict_reversekeyiterator",
			dict_values: "dict_reversevalueiterator",
			dict_items: "dict_reverseitemiterator"
		});
		function generator(body) {
			return new template_values.jY("generator", body());
		}
		function pythonRound(value, precision) {
			const v = defined(value);
			if (typeof v === "bigint" || typeof v === "boolean") {
				const n = asInt(v);
				return precision >= 0n ? n : roundToUnit(n, 1n, 10n ** -precision);
			}
			if (typeof v !== "number") {
				throw new template_errors.S4("TypeError", `type ${(0, template_values.go)(v)} doesn't define __round__ method`);
			}
			if (!Number.isFinite(v) || precision > 323n) return v;
			if (precision < -308n) return 0 * v;
			const sign = v < 0 || Object.is(v, -0) ? "-" : "";
			if (precision >= 0n) return Number(sign + formatFloat(Math.abs(v), "f", Number(precision), false));
			const { num, den } = rational(Math.abs(v));
			return Number(sign + roundToUnit(num, den, 10n ** -precision).toString());
		}
		function roundToUnit(num, den, unit) {
			const d = den * unit;
			let q = num / d;
			let r = num % d;
			if (r < 0n) {
				q -= 1n;
				r += d;
			}
			const twice = 2n * r;
			const rounded = twice > d || twice === d && (q & 1n) === 1n ? q + 1n : q;
			return rounded * unit;
		}
		function rational(x) {
			const buf = new DataView(new ArrayBuffer(8));
			buf.setFloat64(0, x);
			const bits = buf.getBigUint64(0);
			const exponent = Number(bits >> 52n & 2047n);
			let mantissa = bits & (1n << 52n) - 1n;
			let e = exponent - 1075;
			if (exponent === 0) e = -1074;
			else mantissa |= 1n << 52n;
			return e >= 0 ? {
				num: mantissa << BigInt(e),
				den: 1n
			} : {
				num: mantissa,
				den: 1n << BigInt(-e)
			};
		}
		function ceilOrFloor(value, method) {
			const v = defined(value);
			if (typeof v === "bigint" || typeof v === "boolean") return asInt(v);
			if (typeof v !== "number") {
				throw new template_errors.S4("TypeError", `must be real number, not ${(0, template_values.go)(v)}`);
			}
			if (Number.isNaN(v)) throw new template_errors.S4("ValueError", "cannot convert float NaN to integer");
			if (!Number.isFinite(v)) throw new template_errors.S4("OverflowError", "cannot convert float infinity to integer");
			return BigInt(method === "ceil" ? Math.ceil(v) : Math.floor(v));
		}
		const PY_INT = /^[+-]?(?:0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|0[xX](?:_?[0-9a-fA-F])+|0+(?:_?0)*|[1-9](?:_?[0-9])*)$/;
		const PY_FLOAT = /^[+-]?(?:(?:[0-9](?:_?[0-9])*)?\.?[0-9](?:_?[0-9])*(?:[eE][+-]?[0-9](?:_?[0-9])*)?|[0-9](?:_?[0-9])*\.(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf|infinity|nan)$/i;
		const OTHER_DIGITS = /(?![0-9])\p{Nd}/u;
		function filters_parseInt(textValue, base) {
			const t = strip(textValue, null, "both");
			if (OTHER_DIGITS.test(t)) {
				throw new template_errors.P_("|int on digits of a script other than ASCII", "pass the number as ASCII digits");
			}
			const sign = t.startsWith("-") ? -1n : 1n;
			let digits = t.replace(/^[+-]/, "");
			let b = base;
			const prefix = /^0([bBoOxX])/.exec(digits)?.[1]?.toLowerCase();
			const prefixBase = prefix === "b" ? 2n : prefix === "o" ? 8n : prefix === "x" ? 16n : undefined;
			if (b === 0n) {
				if (!PY_INT.test(digits)) return undefined;
				b = prefixBase ?? 10n;
				if (prefixBase) digits = digits.slice(2);
			} else if (prefixBase !== undefined && prefixBase === b) {
				digits = digits.slice(2).replace(/^_/, "");
			}
			if (b < 2n || b > 36n) throw new template_errors.S4("ValueError", "int() base must be >= 2 and <= 36, or 0");
			if (!/^[0-9a-zA-Z]+(?:_[0-9a-zA-Z]+)*$/.test(digits)) return undefined;
			digits = digits.replaceAll("_", "").toLowerCase();
			let n = 0n;
			for (const c of digits) {
				const d = BigInt(Number.parseInt(c, 36));
				if (d >= b) return undefined;
				n = n * b + d;
			}
			if (digits.length > 4300 && b === 10n) return undefined;
			return sign * n;
		}
		function filters_parseFloat(textValue) {
			const t = strip(textValue, null, "both");
			if (OTHER_DIGITS.test(t)) {
				throw new template_errors.P_("|float or |int on digits of a script other than ASCII", "pass the number as ASCII digits");
			}
			if (!PY_FLOAT.test(t)) return undefined;
			const lower = t.toLowerCase().replace(/^[+]/, "");
			if (lower.endsWith("nan")) return NaN;
			if (lower.endsWith("inf") || lower.endsWith("infinity")) return lower.startsWith("-") ? -Infinity : Infinity;
			return Number(t.replaceAll("_", ""));
		}
		function floatOf(value) {
			if (typeof value === "number") return value;
			if (typeof value === "bigint" || typeof value === "boolean") return intToFloat(asInt(value));
			if (typeof value === "string" || value instanceof template_values.VK) return filters_parseFloat(filters_text(value));
			if (value instanceof template_values.rK) throw (0, template_values.d9)(value);
			return undefined;
		}
		function truncateFloat(f) {
			if (Number.isNaN(f)) throw new template_errors.S4("ValueError", "cannot convert float NaN to integer");
			if (!Number.isFinite(f)) throw new template_errors.S4("OverflowError", "cannot convert float infinity to integer");
			return BigInt(Math.trunc(f));
		}
		function floatSums(start, items) {
			let plain = start;
			let total = start;
			let c = 0;
			for (const x of items) {
				plain += x;
				const t = total + x;
				if (Math.abs(total) >= Math.abs(x)) c += total - t + x;
				else c += x - t + total;
				total = t;
			}
			if (c && Number.isFinite(c)) total += c;
			return [plain, total];
		}
		function* pySum(items, start) {
			let total = start;
			let i = 0;
			for (; i < items.length; i++) {
				const item = items[i];
				if (typeof item === "number" && (typeof total === "bigint" || typeof total === "boolean" || typeof total === "number")) break;
				total = add(total, item);
				if (i % 1024 === 0) yield;
			}
			if (i === items.length) return total;
			const floats = [];
			for (; i < items.length; i++) {
				const item = defined(items[i]);
				if (typeof item !== "number" && typeof item !== "bigint" && typeof item !== "boolean") {
					throw new template_errors.P_("|sum of floats mixed with other values", "sum the numbers apart (|select(\"number\")|sum)");
				}
				floats.push(typeof item === "number" ? item : intToFloat(asInt(item)));
			}
			const [plain, compensated] = floatSums(typeof total === "number" ? total : intToFloat(asInt(total)), floats);
			if (plain !== compensated && !(Number.isNaN(plain) && Number.isNaN(compensated))) {
				throw new template_errors.P_("|sum of floats whose last digit depends on the Python version (3.12 changed sum())", "round the result: |sum|round(6)");
			}
			return plain;
		}
		function* minOrMax(ctx, value, args, which) {
			const { case_sensitive, attribute } = signature(which, ["case_sensitive", "attribute"])(args);
			const it = iterate(defined(value));
			const first = it.next();
			if (first.done) return new template_values.rK("No aggregated item, sequence was empty.");
			const key = attrGetter(ctx, attribute, filters_truthy(case_sensitive) ? undefined : ignoreCase);
			let best = first.value;
			let bestKey = yield* key(best);
			for (let r = it.next(); !r.done; r = it.next()) {
				const k = yield* key(r.value);
				if (order(which === "max" ? "gt" : "lt", k, bestKey)) {
					best = r.value;
					bestKey = k;
				}
				yield;
			}
			return best;
		}
		function selectOrReject(ctx, value, { args, kwargs }, keep, lookupAttr) {
			return generator(function* () {
				if (!truthy(value)) return;
				let off = 0;
				let transform = (item) => item;
				if (lookupAttr) {
					if (args.length === 0) throw new template_errors.S4("FilterArgumentError", "Missing parameter for attribute name");
					const get = attrGetter(ctx, args[0]);
					transform = (item) => ctx.sync(get(item));
					off = 1;
				}
				const name = args[off];
				const testArgs = {
					args: args.slice(off + 1),
					kwargs
				};
				const test = name === undefined ? (item) => truthy(item) : (item) => ctx.sync(ctx.test(defined(name), item, testArgs));
				for (const item of filters_iterateAll(value)) {
					if (test(transform(item)) === keep) yield item;
				}
			});
		}
		function* filters_iterateAll(value) {
			const it = iterate(value);
			for (let r = it.next(); !r.done; r = it.next()) yield r.value;
		}
		function* toList(value) {
			const out = [];
			for (const item of filters_iterateAll(value)) {
				out.push(item);
				if (out.length % 1024 === 0) {
					checkSize(out.length);
					yield;
				}
			}
			return out;
		}
		const bindDefault = signature("default", ["default_value", "boolean"]);
		const defaultFilter = (_ctx, value, args) => {
			const { default_value = "", boolean } = bindDefault(args);
			return value instanceof template_values.rK || filters_truthy(boolean) && !truthy(value) ? default_value : value;
		};
		const bindLength = signature("length", []);
		const lengthFilter = (_ctx, value, args) => (bindLength(args), ops_length(value));
		const bindEscape = signature("escape", []);
		const escapeFilter = (_ctx, value, args) => {
			bindEscape(args);
			return value instanceof template_values.VK ? value : new template_values.VK((0, template_values.ZD)(pyStr(value)));
		};
		function urlQuote(value, forQuery) {
			const text = typeof value === "string" ? value : value instanceof template_values.VK ? value.text : pyStr(value);
			let out = "";
			for (const byte of Buffer.from(text, "utf8")) {
				const c = String.fromCharCode(byte);
				if (/[A-Za-z0-9_.\-~]/.test(c) || !forQuery && c === "/") out += c;
				else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
			}
			return forQuery ? out.replaceAll("%20", "+") : out;
		}
		function isIterable(value) {
			if (value instanceof template_values.rK) return true;
			try {
				iterate(value);
				return true;
			} catch (err) {
				if (err instanceof template_errors.S4 && err.pyType === "TypeError") return false;
				throw err;
			}
		}
		function* groupby(ctx, value, args) {
			const { attribute, default: fallback = null, case_sensitive } = signature("groupby", [
				"attribute",
				"default",
				"case_sensitive"
			], 1)(args);
			const key = attrGetter(ctx, attribute, filters_truthy(case_sensitive) ? undefined : ignoreCase, fallback);
			const sorted = yield* sortedBy(yield* toList(value), key, false);
			const groups = [];
			for (const item of sorted) {
				const k = yield* key(item);
				const last = groups.at(-1);
				if (last && equals(last[0], k)) last[1].push(item);
				else groups.push([k, [item]]);
			}
			const real = attrGetter(ctx, attribute, undefined, fallback);
			const out = [];
			for (const [k, items] of groups) {
				const grouper = filters_truthy(case_sensitive) ? k : yield* real(items[0]);
				out.push(new template_values.ay(["grouper", "list"], [grouper, items]));
			}
			return out;
		}
		const FILTERS = nameTable({
			default: defaultFilter,
			d: defaultFilter,
			length: lengthFilter,
			count: lengthFilter,
			escape: escapeFilter,
			e: escapeFilter,
			safe: (_ctx, value, args) => (signature("safe", [])(args), value instanceof template_values.VK ? value : new template_values.VK(pyStr(value))),
			groupby,
			urlencode: (_ctx, value, args) => {
				signature("urlencode", [])(args);
				const iterable = !(typeof value === "string" || value instanceof template_values.VK) && isIterable(value);
				if (!iterable) return urlQuote(value, false);
				const items = value instanceof template_values.Bi ? value.entries().map((e) => new template_values.rd(e)) : toArray(value);
				return items.map((item) => {
					const pair = toArray(item);
					if (pair.length !== 2) {
						throw new template_errors.S4("ValueError", `expected 2 values to unpack, got ${pair.length}`);
					}
					return `${urlQuote(pair[0], true)}=${urlQuote(pair[1], true)}`;
				}).join("&");
			},
			shquote: (_ctx, value, args) => (signature("shquote", [])(args), shquote(value)),
			tojson: (_ctx, value, args) => {
				const { indent } = signature("tojson", ["indent"])(args);
				let unit;
				if (indent !== undefined && indent !== null) {
					if (typeof indent === "string") unit = indent;
					else {
						const n = asInt(defined(indent));
						if (n === undefined) throw new template_errors.S4("TypeError", `can't multiply sequence by non-int of type '${(0, template_values.go)(indent)}'`);
						unit = " ".repeat(n > 0n ? Number(n) : 0);
					}
				}
				return new template_values.VK(tojson(value, unit));
			},
			join: function* (ctx, value, args) {
				const { d = "", attribute } = signature("join", ["d", "attribute"])(args);
				let items = yield* toList(value);
				if (attribute !== undefined && attribute !== null) {
					const get = attrGetter(ctx, attribute);
					const mapped = [];
					for (const item of items) mapped.push(yield* get(item));
					items = mapped;
				}
				const separator = pyStr(d);
				const out = items.map(pyStr).join(separator);
				checkSize(out.length);
				return out;
			},
			upper: (_ctx, value, args) => (signature("upper", [])(args), mapText(value, (t) => t.toUpperCase())),
			lower: (_ctx, value, args) => (signature("lower", [])(args), mapText(value, (t) => t.toLowerCase())),
			capitalize: (_ctx, value, args) => (signature("capitalize", [])(args), mapText(value, capitalize)),
			title: (_ctx, value, args) => {
				signature("title", [])(args);
				return mapText(value, (t) => t.split(/([-\s({[<]+)/u).filter((item) => item !== "").map((item) => {
					const [first = "", ...rest] = codePoints(item);
					return first.toUpperCase() + rest.join("").toLowerCase();
				}).join(""));
			},
			replace: (_ctx, value, args) => {
				const { old, new: replacement, count } = signature("replace", [
					"old",
					"new",
					"count"
				], 2)(args);
				const n = count === undefined || count === null ? -1n : filters_int(count, "replace() count");
				return replace(pyStr(value), pyStr(old), pyStr(replacement), n);
			},
			trim: (_ctx, value, args) => {
				const { chars } = signature("trim", ["chars"])(args);
				const s = softStr(value);
				if (s instanceof template_values.VK) {
					if (chars !== undefined && chars !== null) {
						throw new template_errors.P_("|trim(chars) on the result of |tojson", "Jinja2 escapes the characters first; trim before |tojson");
					}
					return new template_values.VK(strip(s.text, null, "both"));
				}
				if (chars !== undefined && chars !== null && typeof chars !== "string") {
					throw new template_errors.S4("TypeError", `strip arg must be None or str`);
				}
				return strip(s, chars ?? null, "both");
			},
			center: (_ctx, value, args) => {
				const { width = 80n } = signature("center", ["width"])(args);
				return center(pyStr(value), filters_int(width, "center"));
			},
			first: (_ctx, value, args) => {
				signature("first", [])(args);
				const r = iterate(value).next();
				return r.done ? new template_values.rK("No first item, sequence was empty.") : r.value;
			},
			last: (_ctx, value, args) => {
				signature("last", [])(args);
				const items = reversedItems(value);
				if (!items) throw new template_errors.S4("TypeError", `'${(0, template_values.go)(value)}' object is not reversible`);
				return items.length === 0 ? new template_values.rK("No last item, sequence was empty.") : items[0];
			},
			reverse: function* (_ctx, value, args) {
				signature("reverse", [])(args);
				if (typeof value === "string") return codePoints(value).reverse().join("");
				if (value instanceof template_values.VK) return new template_values.VK(codePoints(value.text).reverse().join(""));
				const items = reversedItems(value);
				if (items) return new template_values.jY(REVERSE_ITERATORS[(0, template_values.go)(value)] ?? "reversed", items[Symbol.iterator]());
				const list = yield* toList(value);
				return list.reverse();
			},
			list: function* (_ctx, value, args) {
				signature("list", [])(args);
				return yield* toList(value);
			},
			string: (_ctx, value, args) => (signature("string", [])(args), softStr(value)),
			sort: function* (ctx, value, args) {
				const { reverse, case_sensitive, attribute } = signature("sort", [
					"reverse",
					"case_sensitive",
					"attribute"
				])(args);
				const items = yield* toList(value);
				const key = multiAttrGetter(ctx, attribute, filters_truthy(case_sensitive) ? undefined : ignoreCase);
				return yield* sortedBy(items, key, filters_truthy(reverse));
			},
			dictsort: function* (_ctx, value, args) {
				const { case_sensitive, by = "key", reverse } = signature("dictsort", [
					"case_sensitive",
					"by",
					"reverse"
				])(args);
				if (by !== "key" && by !== "value") {
					throw new template_errors.S4("FilterArgumentError", "You can only sort by either \"key\" or \"value\"");
				}
				const d = defined(value);
				if (!(d instanceof template_values.Bi)) throw new template_errors.S4("AttributeError", `'${(0, template_values.go)(d)}' object has no attribute 'items'`);
				const pos = by === "key" ? 0 : 1;
				const items = d.entries().map((e) => new template_values.rd(e));
				const key = function* (item) {
					const v = item.items[pos];
					return filters_truthy(case_sensitive) ? v : ignoreCase(v);
				};
				return yield* sortedBy(items, key, filters_truthy(reverse));
			},
			unique: (ctx, value, args) => {
				const { case_sensitive, attribute } = signature("unique", ["case_sensitive", "attribute"])(args);
				const key = attrGetter(ctx, attribute, filters_truthy(case_sensitive) ? undefined : ignoreCase);
				return generator(function* () {
					const seen = new Set();
					for (const item of filters_iterateAll(value)) {
						const k = (0, template_values.EN)(ctx.sync(key(item)));
						if (!seen.has(k)) {
							seen.add(k);
							yield item;
						}
					}
				});
			},
			min: (ctx, value, args) => minOrMax(ctx, value, args, "min"),
			max: (ctx, value, args) => minOrMax(ctx, value, args, "max"),
			sum: function* (ctx, value, args) {
				const { attribute, start = 0n } = signature("sum", ["attribute", "start"])(args);
				let items = yield* toList(value);
				if (attribute !== undefined && attribute !== null) {
					const get = attrGetter(ctx, attribute);
					const mapped = [];
					for (const item of items) mapped.push(yield* get(item));
					items = mapped;
				}
				return yield* pySum(items, start);
			},
			map: (ctx, value, { args, kwargs }) => generator(function* () {
				if (!truthy(value)) return;
				let fn;
				if (args.length === 0 && kwargs.some(([k]) => k === "attribute")) {
					const rest = new Map(kwargs);
					const attribute = rest.get("attribute");
					const fallback = rest.get("default");
					rest.delete("attribute");
					rest.delete("default");
					if (rest.size > 0) throw new template_errors.S4("FilterArgumentError", "Unexpected keyword argument");
					const get = attrGetter(ctx, attribute, undefined, fallback);
					fn = (item) => ctx.sync(get(item));
				} else {
					const [name, ...rest] = args;
					if (name === undefined) throw new template_errors.S4("FilterArgumentError", "map requires a filter argument");
					fn = (item) => ctx.sync(ctx.filter(pyStr(name), item, {
						args: rest,
						kwargs
					}));
				}
				for (const item of filters_iterateAll(value)) yield fn(item);
			}),
			select: (ctx, value, args) => selectOrReject(ctx, value, args, true, false),
			reject: (ctx, value, args) => selectOrReject(ctx, value, args, false, false),
			selectattr: (ctx, value, args) => selectOrReject(ctx, value, args, true, true),
			rejectattr: (ctx, value, args) => selectOrReject(ctx, value, args, false, true),
			items: (_ctx, value, args) => {
				signature("items", [])(args);
				if (value instanceof template_values.rK) return generator(function* () {});
				if (!(value instanceof template_values.Bi)) throw new template_errors.S4("TypeError", "Can only get item pairs from a mapping.");
				return generator(function* () {
					for (const [k, v] of value.entries()) yield new template_values.rd([k, v]);
				});
			},
			round: (_ctx, value, args) => {
				const { precision = 0n, method = "common" } = signature("round", ["precision", "method"])(args);
				if (method !== "common" && method !== "ceil" && method !== "floor") {
					throw new template_errors.S4("FilterArgumentError", "method must be common, ceil or floor");
				}
				const p = asInt(defined(precision));
				if (p === undefined) {
					throw new template_errors.S4("TypeError", `'${(0, template_values.go)(precision)}' object cannot be interpreted as an integer`);
				}
				if (method === "common") return pythonRound(value, p);
				const scale = pow(10n, p);
				return truediv(ceilOrFloor(mul(value, scale), method), scale);
			},
			int: (_ctx, value, args) => {
				const { default: fallback = 0n, base = 10n } = signature("int", ["default", "base"])(args);
				if (value instanceof template_values.rK) throw (0, template_values.d9)(value);
				if (typeof value === "string" || value instanceof template_values.VK) {
					const b = asInt(base);
					if (b === undefined) throw new template_errors.S4("TypeError", `'${(0, template_values.go)(base)}' object cannot be interpreted as an integer`);
					const n = filters_parseInt(filters_text(value), b);
					if (n !== undefined) return n;
				} else if (typeof value === "bigint" || typeof value === "boolean") {
					return asInt(value);
				} else if (typeof value === "number") {
					if (!Number.isNaN(value)) return truncateFloat(value);
				}
				const f = floatOf(value);
				if (f === undefined || Number.isNaN(f)) return fallback;
				return truncateFloat(f);
			},
			float: (_ctx, value, args) => {
				const { default: fallback = 0 } = signature("float", ["default"])(args);
				const f = floatOf(value);
				return f === undefined ? fallback : f;
			},
			abs: (_ctx, value, args) => {
				signature("abs", [])(args);
				const v = defined(value);
				if (typeof v === "number") return Math.abs(v);
				const n = asInt(v);
				if (n === undefined) throw new template_errors.S4("TypeError", `bad operand type for abs(): '${(0, template_values.go)(v)}'`);
				return n < 0n ? -n : n;
			},
			indent: (_ctx, value, args) => {
				const { width = 4n, first, blank } = signature("indent", [
					"width",
					"first",
					"blank"
				])(args);
				let indention;
				if (typeof width === "string") indention = width;
				else {
					const n = filters_int(width, "can't multiply sequence by non-int");
					checkSize(n);
					indention = " ".repeat(n > 0n ? Number(n) : 0);
				}
				const markup = value instanceof template_values.VK;
				if (typeof value !== "string" && !markup) {
					defined(value);
					throw new template_errors.S4("TypeError", `unsupported operand type(s) for +=: '${(0, template_values.go)(value)}' and 'str'`);
				}
				const s = `${filters_text(value)}\n`;
				let out;
				if (filters_truthy(blank)) out = splitlines(s).join(`\n${indention}`);
				else {
					const [head = "", ...lines] = splitlines(s);
					out = head;
					if (lines.length > 0) out += `\n${lines.map((l) => l ? indention + l : l).join("\n")}`;
				}
				if (filters_truthy(first)) out = indention + out;
				checkSize(out.length);
				return markup ? new template_values.VK(out) : out;
			},
			truncate: function* (_ctx, value, args) {
				const { length = 255n, killwords, end = "...", leeway = 5n } = signature("truncate", [
					"length",
					"killwords",
					"end",
					"leeway"
				])(args);
				const endLength = yield* ops_length(end);
				if (!order("gteq", length, endLength)) {
					throw new template_errors.S4("AssertionError", `expected length >= ${endLength}, got ${pyStr(length)}`);
				}
				const lee = leeway === null ? 5n : leeway;
				if (!order("gteq", lee, 0n)) throw new template_errors.S4("AssertionError", `expected leeway >= 0, got ${pyStr(lee)}`);
				const size = yield* ops_length(value);
				if (order("lteq", size, add(length, lee))) return value;
				const cut = slice(value, null, sub(length, endLength), null);
				if (filters_truthy(killwords)) return add(cut, end);
				if (typeof cut !== "string") {
					throw new template_errors.S4("AttributeError", `'${(0, template_values.go)(cut)}' object has no attribute 'rsplit'`);
				}
				const at = cut.lastIndexOf(" ");
				return add(at === -1 ? cut : cut.slice(0, at), end);
			},
			wordwrap: (_ctx, value, args) => {
				const { width = 79n, break_long_words = true, wrapstring = null, break_on_hyphens = true } = signature("wordwrap", [
					"width",
					"break_long_words",
					"wrapstring",
					"break_on_hyphens"
				])(args);
				const separator = wrapstring === null ? "\n" : pyStr(wrapstring);
				const w = filters_int(width, "wordwrap width");
				if (typeof value !== "string" && !(value instanceof template_values.VK)) {
					defined(value);
					throw new template_errors.S4("AttributeError", `'${(0, template_values.go)(value)}' object has no attribute 'splitlines'`);
				}
				return splitlines(filters_text(value)).map((line) => wordwrap(line, Number(w), truthy(break_long_words), truthy(break_on_hyphens)).join(separator)).join(separator);
			},
			wordcount: (_ctx, value, args) => {
				signature("wordcount", [])(args);
				return BigInt(filters_text(value).match(/[\p{L}\p{N}_]+/gu)?.length ?? 0);
			},
			format: (_ctx, value, { args, kwargs }) => {
				if (args.length > 0 && kwargs.length > 0) {
					throw new template_errors.S4("FilterArgumentError", "can't handle positional and keyword arguments at the same time");
				}
				const s = softStr(value);
				if (s instanceof template_values.VK) {
					throw new template_errors.P_("|format on the result of |tojson", "Jinja2 escapes the arguments; format before |tojson");
				}
				return percentFormat(s, kwargs.length > 0 ? new template_values.Bi(kwargs) : new template_values.rd(args));
			},
			batch: (_ctx, value, args) => {
				const { linecount, fill_with = null } = signature("batch", ["linecount", "fill_with"], 1)(args);
				return generator(function* () {
					let tmp = [];
					for (const item of filters_iterateAll(value)) {
						if (equals(BigInt(tmp.length), linecount)) {
							yield tmp;
							tmp = [];
						}
						tmp.push(item);
					}
					if (tmp.length > 0) {
						if (fill_with !== null && order("lt", BigInt(tmp.length), linecount)) {
							const missing = sub(linecount, BigInt(tmp.length));
							tmp = add(tmp, mul([fill_with], missing));
						}
						yield tmp;
					}
				});
			},
			slice: (_ctx, value, args) => {
				const { slices, fill_with = null } = signature("slice", ["slices", "fill_with"], 1)(args);
				return generator(function* () {
					const seq = drain(toList(value));
					const n = filters_int(slices, "slice count");
					if (n === 0n) throw new template_errors.S4("ZeroDivisionError", "integer division or modulo by zero");
					const length = BigInt(seq.length);
					const per = floordiv(length, n);
					const extra = mod(length, n);
					let offset = 0n;
					for (let i = 0n; i < n; i++) {
						const start = offset + i * per;
						if (i < extra) offset += 1n;
						const end = offset + (i + 1n) * per;
						const tmp = slice(seq, start, end, null);
						if (fill_with !== null && i >= extra) tmp.push(fill_with);
						yield tmp;
					}
				});
			}
		});
		function mapText(value, fn) {
			const s = softStr(value);
			return s instanceof template_values.VK ? new template_values.VK(fn(s.text)) : fn(s);
		}
		const REFUSED_FILTERS = nameTable({
			forceescape: "write |escape instead",
			urlize: "it makes HTML links; a startup script has no use for them",
			xmlattr: "it makes HTML attributes; write the text you want",
			striptags: "pass the value without HTML tags",
			pprint: "print the value with |tojson or |string",
			filesizeformat: "compute the size with arithmetic (e.g. (n / 1000000)|round(1) ~ \" MB\")",
			random: "a random pick makes every render different; choose the value in the variables",
			attr: "use x.name or x['name']"
		});
		;
		const TAG_FIXES = nameTable({
			include: "worker-image renders one template file, like jinja2.Template(source): paste the included text in, or make it a {% macro %} in this file",
			import: "worker-image renders one template file: define the macros in this file",
			from: "worker-image renders one template file: define the macros in this file",
			extends: "there is no template inheritance in a single file: write the template out in full",
			block: "{% block %} only matters with {% extends %}: remove the block tags and keep their content",
			autoescape: "worker-image renders without autoescape: remove the tag and keep its content"
		});
		function refusal(construct, fix) {
			return `${construct} is not supported by worker-image: ${fix}`;
		}
		function unknown(kind, name, known) {
			const guess = (0, suggest.A)(name, known);
			const sign = kind === "filter" ? "|" : "is ";
			return `unknown ${kind} ${sign}${name} (Jinja2 has none by that name either)${guess ? `: did you mean ${sign}${guess}?` : ""}`;
		}
		function checkFilter(name) {
			if (FILTERS[name]) return undefined;
			if (REFUSED_FILTERS[name]) return refusal(`the filter |${name}`, REFUSED_FILTERS[name]);
			return unknown("filter", name, Object.keys(FILTERS));
		}
		function checkTest(name) {
			if (TESTS[name]) return undefined;
			if (REFUSED_TESTS[name]) return refusal(`the test 'is ${name}'`, REFUSED_TESTS[name]);
			return unknown("test", name, Object.keys(TESTS).filter((t) => /^\w+$/.test(t)));
		}
		const constString = (e) => e?.type === "Const" && typeof e.value === "string" ? e.value : undefined;
		function refusals(body, all = false) {
			const problems = [];
			const add = (line, message) => {
				if (message) problems.push({
					line,
					message
				});
			};
			const known = (kind, name, deferred) => {
				const table = kind === "filter" ? FILTERS : TESTS;
				const refused = kind === "filter" ? REFUSED_FILTERS : REFUSED_TESTS;
				if (deferred && !all && !table[name] && !refused[name]) return undefined;
				return kind === "filter" ? checkFilter(name) : checkTest(name);
			};
			const visit = (node, soft) => {
				switch (node.type) {
					case "Unsupported":
						add(node.line, refusal(`{% ${node.tag} %}`, TAG_FIXES[node.tag]));
						break;
					case "Filter": {
						add(node.line, known("filter", node.name, soft));
						const first = constString(node.args[0]);
						if (node.name === "map" && first !== undefined && node.kwargs.length === 0) add(node.line, known("filter", first, true));
						if ((node.name === "select" || node.name === "reject") && first !== undefined) add(node.line, known("test", first, true));
						const second = constString(node.args[1]);
						if ((node.name === "selectattr" || node.name === "rejectattr") && second !== undefined) {
							add(node.line, known("test", second, true));
						}
						break;
					}
					case "Test":
						add(node.line, known("test", node.name, soft));
						break;
					case "Getattr":
						if (node.attr.startsWith("__") && node.attr.endsWith("__")) {
							add(node.line, refusal(`the Python attribute .${node.attr}`, "use the value itself or a filter"));
						}
						break;
					case "Macro":
					case "CallBlock": {
						const at = node.params.indexOf("caller");
						if (at !== -1 && at < node.params.length - node.defaults.length && findUndeclared(node.body, ["caller"]).size > 0) {
							add(node.line, "a macro that calls caller() cannot take \"caller\" as a parameter without a default (Jinja2 rejects it too): remove the parameter");
						}
						break;
					}
				}
				const opensFrame = [
					"For",
					"Macro",
					"CallBlock",
					"FilterBlock",
					"AssignBlock",
					"With"
				].includes(node.type);
				const inner = node.type === "If" || node.type === "CondExpr" ? true : opensFrame ? false : soft;
				if (node.type === "For") {
					visit(node.iter, soft);
					[
						node.target,
						...node.body,
						...node.else_,
						...node.test ? [node.test] : []
					].forEach((c) => visit(c, false));
				} else if (node.type === "CallBlock") {
					visit(node.call, soft);
					[...node.defaults, ...node.body].forEach((c) => visit(c, false));
				} else if (node.type === "With") {
					node.values.forEach((v) => visit(v, soft));
					[...node.targets, ...node.body].forEach((c) => visit(c, false));
				} else {
					children(node).forEach((c) => visit(c, inner));
				}
			};
			body.forEach((s) => visit(s, false));
			return problems.sort((a, b) => a.line - b.line);
		}
		function boundNames(body) {
			const names = new Set([
				"loop",
				"caller",
				"varargs",
				"kwargs"
			]);
			const visit = (node) => {
				if (node.type === "For" || node.type === "Assign" || node.type === "AssignBlock") {
					targetNames(node.target).forEach((n) => names.add(n));
				}
				if (node.type === "With") node.targets.flatMap(targetNames).forEach((n) => names.add(n));
				if (node.type === "Macro") names.add(node.name);
				if (node.type === "Macro" || node.type === "CallBlock") node.params.forEach((n) => names.add(n));
				children(node).forEach(visit);
			};
			body.forEach(visit);
			return names;
		}
		function check_pathOf(e) {
			if (e.type === "Name") return {
				head: e.name,
				segments: []
			};
			if (e.type === "Getattr") {
				const base = check_pathOf(e.node);
				return base && {
					head: base.head,
					segments: [...base.segments, {
						text: `.${e.attr}`,
						key: e.attr,
						attr: true
					}]
				};
			}
			if (e.type === "Getitem" && e.arg.type === "Const") {
				const base = check_pathOf(e.node);
				const key = e.arg.value;
				return base && {
					head: base.head,
					segments: [...base.segments, {
						text: `[${pyRepr(key)}]`,
						key,
						attr: false
					}]
				};
			}
			return undefined;
		}
		const pathText = (p) => p.head + p.segments.map((s) => s.text).join("");
		function testedPaths(e, into = new Set()) {
			if (e.type === "Test" && (e.name === "defined" || e.name === "undefined")) {
				const p = check_pathOf(e.node);
				if (p) into.add(pathText(p));
			}
			children(e).forEach((c) => testedPaths(c, into));
			return into;
		}
		function missingPrefix(path, variables) {
			if (!variables.has(path.head)) return path.head;
			let value = variables.get(path.head);
			let text = path.head;
			for (const segment of path.segments) {
				text += segment.text;
				if (value instanceof template_values.Bi) {
					if (segment.attr && builtinAttribute(value, segment.key) !== template_values.Pr) return undefined;
					if (!value.has(segment.key)) return text;
					value = value.get(segment.key);
				} else if (Array.isArray(value) && typeof segment.key === "bigint") {
					const i = segment.key < 0n ? segment.key + BigInt(value.length) : segment.key;
					if (i < 0n || i >= BigInt(value.length)) return text;
					value = value[Number(i)];
				} else {
					return undefined;
				}
			}
			return undefined;
		}
		function undefinedNames(body, variables) {
			const bound = boundNames(body);
			const problems = new Map();
			const visit = (node, guards) => {
				const guarded = (text) => [...guards].some((g) => text === g || text.startsWith(`${g}.`) || text.startsWith(`${g}[`));
				if (node.type === "Test" && (node.name === "defined" || node.name === "undefined")) return;
				if (node.type === "Filter" && (node.name === "default" || node.name === "d") && node.node && check_pathOf(node.node)) {
					[...node.args, ...node.kwargs.map((k) => k.value)].forEach((a) => visit(a, guards));
					return;
				}
				const path = node.type === "Name" || node.type === "Getattr" || node.type === "Getitem" ? check_pathOf(node) : undefined;
				if (path && !bound.has(path.head) && !Object.hasOwn(GLOBALS, path.head)) {
					const missing = missingPrefix(path, variables);
					if (missing && !guarded(missing)) {
						const key = `${node.line}:${missing}`;
						if (!problems.has(key)) {
							problems.set(key, {
								line: node.line,
								message: `undefined variable '${missing}'`
							});
						}
					}
					if (node.type === "Getitem" && node.arg.type !== "Const") visit(node.arg, guards);
					return;
				}
				if (node.type === "If") {
					const inner = new Set([
						...guards,
						...testedPaths(node.test),
						...node.elif.flatMap((e) => [...testedPaths(e.test)])
					]);
					children(node).forEach((c) => visit(c, inner));
					return;
				}
				if (node.type === "And" || node.type === "Or" || node.type === "CondExpr") {
					const inner = new Set([...guards, ...testedPaths(node)]);
					children(node).forEach((c) => visit(c, inner));
					return;
				}
				children(node).forEach((c) => visit(c, guards));
			};
			body.forEach((s) => visit(s, new Set()));
			return [...problems.values()].sort((a, b) => a.line - b.line);
		}
		;
		const CONTEXT_FILTERS = new Set([
			"map",
			"select",
			"reject",
			"selectattr",
			"rejectattr",
			"random"
		]);
		const IMPOSSIBLE = Symbol("impossible");
		const OPTIMIZED = new Set([
			"BinOp",
			"And",
			"Or",
			"Not",
			"Unary",
			"Concat",
			"Compare",
			"Getattr",
			"Getitem",
			"Filter",
			"Test",
			"CondExpr",
			"Call"
		]);
		function isExpr(node) {
			return ![
				"Output",
				"For",
				"If",
				"Assign",
				"AssignBlock",
				"Macro",
				"CallBlock",
				"FilterBlock",
				"With",
				"Unsupported",
				"Slice"
			].includes(node.type);
		}
		function safeRepr(v) {
			if (v === null || [
				"string",
				"bigint",
				"number",
				"boolean"
			].includes(typeof v)) return true;
			if (v instanceof template_values.VK || v instanceof template_values.Q6) return true;
			if (Array.isArray(v)) return v.every(safeRepr);
			if (v instanceof template_values.rd) return v.items.every(safeRepr);
			if (v instanceof template_values.Bi) return v.entries().every(([k, x]) => safeRepr(k) && safeRepr(x));
			return false;
		}
		function nonFinite(v) {
			if (typeof v === "number" && !Number.isFinite(v)) return Number.isNaN(v) ? "nan" : "inf";
			const items = Array.isArray(v) ? v : v instanceof template_values.rd ? v.items : v instanceof template_values.Bi ? v.entries().flat() : [];
			for (const item of items) {
				const found = nonFinite(item);
				if (found) return found;
			}
			return undefined;
		}
		class Folder {
			renderer;
			cache = new Map();
			constructor(renderer) {
				this.renderer = renderer;
			}
			fold(e) {
				let folded = this.cache.get(e);
				if (folded === undefined) {
					try {
						folded = { value: this.asConst(e) };
					} catch (err) {
						const unmodelled = err instanceof template_errors.P_ || err instanceof template_errors.oC;
						folded = err === IMPOSSIBLE || unmodelled ? IMPOSSIBLE : { error: err };
					}
					this.cache.set(e, folded);
				}
				return folded;
			}
			value(e) {
				const folded = this.fold(e);
				if (folded === IMPOSSIBLE) throw IMPOSSIBLE;
				if ("error" in folded) throw folded.error;
				return folded.value;
			}
			caught(compute) {
				try {
					return compute();
				} catch {
					throw IMPOSSIBLE;
				}
			}
			asConst(e) {
				switch (e.type) {
					case "Const": return e.value;
					case "Tuple": return new template_values.rd(e.items.map((i) => this.value(i)));
					case "List": return e.items.map((i) => this.value(i));
					case "Dict": {
						const pairs = e.items.map((i) => [this.value(i.key), this.value(i.value)]);
						return new template_values.Bi(pairs);
					}
					case "CondExpr":
						if (truthy(this.value(e.test))) return this.value(e.expr1);
						if (!e.expr2) throw IMPOSSIBLE;
						return this.value(e.expr2);
					case "And": {
						const left = this.value(e.left);
						return truthy(left) ? this.value(e.right) : left;
					}
					case "Or": {
						const left = this.value(e.left);
						return truthy(left) ? left : this.value(e.right);
					}
					case "Concat": return e.nodes.map((n) => pyStr(this.value(n))).join("");
					case "Not": return this.caught(() => !truthy(this.value(e.node)));
					case "Unary": return this.caught(() => negate(e.op, this.value(e.node)));
					case "BinOp": return this.caught(() => fold_BINARY[e.op](this.value(e.left), this.value(e.right)));
					case "Compare": {
						let left = this.value(e.expr);
						return this.caught(() => {
							for (const { op, expr } of e.ops) {
								const right = this.value(expr);
								if (!evaluate_compare(op, left, right)) return false;
								left = right;
							}
							return true;
						});
					}
					case "Getattr": return this.caught(() => drain(this.renderer.getattr(this.value(e.node), e.attr)));
					case "Getitem": return this.caught(() => {
						const obj = this.value(e.node);
						if (e.arg.type !== "Slice") return drain(this.renderer.getitem(obj, this.value(e.arg)));
						const part = (p) => p ? this.value(p) : null;
						return slice(obj, part(e.arg.start), part(e.arg.stop), part(e.arg.step));
					});
					case "Filter":
					case "Test": {
						if (!e.node) throw IMPOSSIBLE;
						const known = e.type === "Filter" ? FILTERS[e.name] : TESTS[e.name];
						if (!known || e.type === "Filter" && CONTEXT_FILTERS.has(e.name)) throw IMPOSSIBLE;
						const args = {
							args: e.args.map((a) => this.value(a)),
							kwargs: e.kwargs.map((k) => [k.key, this.value(k.value)])
						};
						if (e.dynArgs) args.args.push(...this.caught(() => toArray(this.value(e.dynArgs))));
						if (e.dynKwargs) {
							const extra = this.caught(() => this.value(e.dynKwargs));
							if (!(extra instanceof template_values.Bi)) throw IMPOSSIBLE;
							extra.entries().forEach(([k, v]) => args.kwargs.push([String(k), v]));
						}
						const operand = this.value(e.node);
						return this.caught(() => e.type === "Filter" ? drain(this.renderer.filter(e.name, operand, args)) : drain(this.renderer.test(e.name, operand, args)));
					}
					default: throw IMPOSSIBLE;
				}
			}
		}
		const fold_BINARY = {
			"+": add,
			"-": sub,
			"*": mul,
			"/": truediv,
			"//": floordiv,
			"%": mod,
			"**": pow
		};
		function fold(body, renderer) {
			const folder = new Folder(renderer);
			const poisoned = new Map();
			let failure;
			const check = (node, optimized) => {
				const inside = optimized || OPTIMIZED.has(node.type);
				children(node).forEach((child) => check(child, inside));
				if (failure || !inside || !isExpr(node)) return;
				const folded = folder.fold(node);
				if (folded !== IMPOSSIBLE && "error" in folded) failure = {
					error: folded.error,
					line: node.line
				};
			};
			body.forEach((s) => check(s, false));
			if (failure && !(0, template_errors.$H)(failure.error)) throw failure.error;
			const mark = (node, output) => {
				if (isExpr(node)) {
					const folded = folder.fold(node);
					if (folded !== IMPOSSIBLE && "value" in folded && safeRepr(folded.value)) {
						const bad = output ? undefined : nonFinite(folded.value);
						if (bad) poisoned.set(node, bad);
						return;
					}
				}
				for (const child of children(node)) mark(child, node.type === "Output");
			};
			body.forEach((s) => mark(s, false));
			return {
				poisoned,
				...failure ? { failure } : {}
			};
		}
		;
		const S = `[${PY_SPACE}]`;
		const rx = (source) => new RegExp(source, "ys");
		const WHITESPACE = rx(`${S}+`);
		const FLOAT = rx(String.raw`(?<!\.)(?:\d+_)*\d+(?:(?:\.(?:\d+_)*\d+)?[eE][+\-]?(?:\d+_)*\d+|\.(?:\d+_)*\d+)`);
		const INTEGER = rx("0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|0[xX](?:_?[0-9a-fA-F])+|[1-9](?:_?\\d)*|0(?:_?0)*");
		const NAME = /[\p{XID_Continue}\p{L}\p{N}]+/uy;
		const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
		const STRING = rx(`'([^'\\\\]*(?:\\\\.[^'\\\\]*)*)'|"([^"\\\\]*(?:\\\\.[^"\\\\]*)*)"`);
		const OPERATORS = [
			"//",
			"**",
			"==",
			"!=",
			">=",
			"<=",
			..."+-/*%~[](){}><=.:|,;"
		];
		const OPERATOR = rx(OPERATORS.map((op) => op.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&")).join("|"));
		const ROOT = rx(String.raw`(.*?)(?:(?<raw_begin>\{%(\-|\+|)${S}*raw${S}*(?:\-%\}${S}*|%\}))` + String.raw`|(?<variable_begin>\{\{(\-|\+|))|(?<comment_begin>\{#(\-|\+|))|(?<block_begin>\{%(\-|\+|)))`);
		const COMMENT_END = rx(String.raw`(.*?)((?:\+#\}|\-#\}${S}*|#\}\n?))`);
		const BLOCK_END = rx(String.raw`\+%\}|\-%\}${S}*|%\}\n?`);
		const VARIABLE_END = rx(String.raw`\-\}\}${S}*|\}\}`);
		const RAW_END = rx(String.raw`(.*?)((?:\{%(\-|\+|))${S}*endraw${S}*(?:\+%\}|\-%\}${S}*|%\}\n?))`);
		const TRAILING_SPACE = new RegExp(`${S}+$`);
		const ONLY_SPACE = new RegExp(`^${S}+$`);
		const count = (text) => {
			let n = 0;
			for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
			return n;
		};
		function normalize(source) {
			const text = source.replace(/\r\n|\r/g, "\n");
			return text.endsWith("\n") ? text.slice(0, -1) : text;
		}
		function tokenize(source) {
			return new Lexer(normalize(source)).run();
		}
		class Lexer {
			src;
			pos = 0;
			line = 1;
			lineStarting = true;
			tokens = [];
			constructor(src) {
				this.src = src;
			}
			run() {
				while (this.pos < this.src.length) this.root();
				this.tokens.push({
					line: this.line,
					type: "eof",
					value: ""
				});
				return this.tokens;
			}
			match(re) {
				re.lastIndex = this.pos;
				return re.exec(this.src);
			}
			advance(m) {
				this.pos += m[0].length;
				this.lineStarting = m[0].endsWith("\n");
			}
			data(text, sign, lstrip) {
				let kept = text;
				let stripped = 0;
				if (sign === "-") {
					kept = text.replace(TRAILING_SPACE, "");
					stripped = count(text.slice(kept.length));
				} else if (sign !== "+" && lstrip) {
					const lineStart = text.lastIndexOf("\n") + 1;
					if ((lineStart > 0 || this.lineStarting) && ONLY_SPACE.test(text.slice(lineStart))) {
						kept = text.slice(0, lineStart);
					}
				}
				if (kept) this.tokens.push({
					line: this.line,
					type: "data",
					value: kept
				});
				this.line += count(kept) + stripped;
			}
			root() {
				const m = this.match(ROOT);
				if (!m) {
					this.tokens.push({
						line: this.line,
						type: "data",
						value: this.src.slice(this.pos)
					});
					this.line += count(this.src.slice(this.pos));
					this.pos = this.src.length;
					return;
				}
				const groups = m.groups;
				const sign = m[3] ?? m[5] ?? m[7] ?? m[9] ?? "";
				this.data(m[1], sign, groups.variable_begin === undefined);
				this.advance(m);
				if (groups.raw_begin !== undefined) {
					this.line += count(groups.raw_begin);
					this.raw();
				} else if (groups.comment_begin !== undefined) {
					this.comment();
				} else if (groups.block_begin !== undefined) {
					this.tokens.push({
						line: this.line,
						type: "block_begin",
						value: groups.block_begin
					});
					this.tag(BLOCK_END, "block_end");
				} else {
					this.tokens.push({
						line: this.line,
						type: "variable_begin",
						value: groups.variable_begin
					});
					this.tag(VARIABLE_END, "variable_end");
				}
			}
			comment() {
				const m = this.match(COMMENT_END);
				if (!m) throw new template_errors.Cb("Missing end of comment tag", this.line, COMMENT_HINT);
				this.line += count(m[0]);
				this.advance(m);
			}
			raw() {
				const m = this.match(RAW_END);
				if (!m) {
					throw new template_errors.Cb("{% raw %} is never closed", this.line, "add {% endraw %}");
				}
				this.data(m[1], m[3], true);
				this.line += count(m[2]);
				this.advance(m);
			}
			tag(end, endType) {
				const brackets = [];
				for (;;) {
					let m;
					if (brackets.length === 0 && (m = this.match(end))) {
						this.tokens.push({
							line: this.line,
							type: endType,
							value: m[0]
						});
						this.line += count(m[0]);
						this.advance(m);
						return;
					}
					if (m = this.match(WHITESPACE)) {
						this.line += count(m[0]);
					} else if (m = this.match(FLOAT)) {
						const value = Number(m[0].replaceAll("_", ""));
						this.tokens.push({
							line: this.line,
							type: "float",
							value: m[0],
							number: value
						});
					} else if (m = this.match(INTEGER)) {
						const text = m[0].replaceAll("_", "").toLowerCase();
						const value = /^0\d/.test(text) ? 0n : BigInt(text);
						this.tokens.push({
							line: this.line,
							type: "integer",
							value: m[0],
							number: value
						});
					} else if (m = this.match(NAME)) {
						if (!IDENTIFIER.test(m[0])) {
							throw new template_errors.Cb("Invalid character in identifier", this.line);
						}
						this.tokens.push({
							line: this.line,
							type: "name",
							value: m[0]
						});
					} else if (m = this.match(STRING)) {
						const body = m[1] ?? m[2];
						this.tokens.push({
							line: this.line,
							type: "string",
							value: lexer_unescape(body, this.line)
						});
						this.line += count(m[0]);
					} else if (m = this.match(OPERATOR)) {
						this.bracket(m[0], brackets);
						this.tokens.push({
							line: this.line,
							type: "operator",
							value: m[0]
						});
					} else if (this.pos >= this.src.length) {
						return;
					} else {
						throw new template_errors.Cb(`unexpected char ${pyCharRepr(this.src[this.pos])} at ${this.pos}`, this.line);
					}
					this.advance(m);
				}
			}
			bracket(op, stack) {
				const close = {
					"(": ")",
					"[": "]",
					"{": "}"
				}[op];
				if (close) stack.push(close);
				else if (op === ")" || op === "]" || op === "}") {
					const expected = stack.pop();
					if (expected === undefined) throw new template_errors.Cb(`unexpected '${op}'`, this.line);
					if (expected !== op) {
						throw new template_errors.Cb(`unexpected '${op}', expected '${expected}'`, this.line);
					}
				}
			}
		}
		const COMMENT_HINT = "'{#' opens a Jinja2 comment that is never closed with '#}'. Bash's ${#VAR} does this: " + "write it as {% raw %}${#VAR}{% endraw %}";
		function pyCharRepr(c) {
			return c === "'" ? `"'"` : `'${c}'`;
		}
		const SIMPLE_ESCAPES = {
			"\\": "\\",
			"'": "'",
			"\"": "\"",
			a: "\x07",
			b: "\b",
			f: "\f",
			n: "\n",
			r: "\r",
			t: "	",
			v: "\v",
			"\n": ""
		};
		function lexer_unescape(body, line) {
			if (!body.includes("\\")) return body;
			let out = "";
			for (let i = 0; i < body.length; i++) {
				const c = body[i];
				if (c !== "\\") {
					out += c;
					continue;
				}
				const e = body[++i];
				if (e === undefined) throw new template_errors.Cb("\\ at end of string", line);
				if (e in SIMPLE_ESCAPES) {
					out += SIMPLE_ESCAPES[e];
				} else if (e >= "0" && e <= "7") {
					const digits = /^[0-7]{1,3}/.exec(body.slice(i))[0];
					out += String.fromCodePoint(parseInt(digits, 8));
					i += digits.length - 1;
				} else if (e === "x" || e === "u" || e === "U") {
					const width = {
						x: 2,
						u: 4,
						U: 8
					}[e];
					const hex = body.slice(i + 1, i + 1 + width);
					if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) {
						throw new template_errors.Cb(`truncated \\${e}${"X".repeat(width)} escape`, line);
					}
					const code = parseInt(hex, 16);
					if (code > 1114111) throw new template_errors.Cb("illegal Unicode character", line);
					out += String.fromCodePoint(code);
					i += width;
				} else if (e === "N") {
					throw new template_errors.Cb("a \\N{...} escape in a string literal is not supported", line, "write the character itself");
				} else {
					out += `\\${e}`;
				}
			}
			return out;
		}
		;
		function parse(source) {
			return new Parser(tokenize(source)).template();
		}
		const STATEMENTS = new Set([
			"for",
			"if",
			"block",
			"extends",
			"print",
			"macro",
			"include",
			"from",
			"import",
			"set",
			"with",
			"autoescape"
		]);
		const COMPARE = {
			"==": "eq",
			"!=": "ne",
			"<": "lt",
			"<=": "lteq",
			">": "gt",
			">=": "gteq"
		};
		const DESCRIPTIONS = {
			block_begin: "begin of statement block",
			block_end: "end of statement block",
			variable_begin: "begin of print statement",
			variable_end: "end of print statement",
			data: "template data / text",
			eof: "end of template"
		};
		function describe(token) {
			if (token.type === "name" || token.type === "operator") return token.value;
			return DESCRIPTIONS[token.type] ?? token.type;
		}
		function describeExpected(expr) {
			const [type, value] = expr.split(":");
			if (value !== undefined) return value;
			return DESCRIPTIONS[type] ?? type;
		}
		class Parser {
			tokens;
			index = 0;
			tagStack = [];
			endTokenStack = [];
			constructor(tokens) {
				this.tokens = tokens;
			}
			get current() {
				return this.tokens[this.index];
			}
			look() {
				return this.tokens[Math.min(this.index + 1, this.tokens.length - 1)];
			}
			next() {
				const token = this.current;
				if (token.type !== "eof") this.index++;
				return token;
			}
			test(expr, token = this.current) {
				const colon = expr.indexOf(":");
				if (colon > 0 && expr.length > 1) {
					return token.type === expr.slice(0, colon) && token.value === expr.slice(colon + 1);
				}
				if (token.type === expr) return true;
				return token.type === "operator" && token.value === expr;
			}
			skipIf(expr) {
				if (!this.test(expr)) return false;
				this.next();
				return true;
			}
			expect(expr) {
				if (this.test(expr)) return this.next();
				const what = expr === "operator" || !/^[a-z_]+(:|$)/.test(expr) ? expr : describeExpected(expr);
				if (this.current.type === "eof") {
					this.fail(`unexpected end of template, expected '${what}'.`);
				}
				this.fail(`expected token '${what}', got '${describe(this.current)}'`);
			}
			fail(message, line = this.current.line) {
				throw new template_errors.Cb(message, line);
			}
			failUnknownTag(name, line, stack = this.endTokenStack) {
				const expected = new Set(stack.flat().map(describeExpected));
				const looking = stack.at(-1)?.map((e) => `'${describeExpected(e)}'`).join(" or ");
				const message = [name === undefined ? "Unexpected end of template." : `Encountered unknown tag '${name}'.`];
				if (looking) {
					if (name !== undefined && expected.has(name)) {
						message.push(`You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for ${looking}.`);
					} else {
						message.push(`Jinja was looking for the following tags: ${looking}.`);
					}
				}
				const open = this.tagStack.at(-1);
				if (open) message.push(`The innermost block that needs to be closed is '${open.tag}'.`);
				if (name === undefined && open) {
					throw new template_errors.Cb(`{% ${open.tag} %} is never closed`, open.line, `add {% end${open.tag} %} where the block ends (Jinja2: ${message.join(" ")})`);
				}
				const hint = name === undefined ? undefined : [
					"do",
					"break",
					"continue"
				].includes(name) ? `{% ${name} %} needs a Jinja2 extension that worker-image (like jinja2.Environment()) does not load: restructure the template without it` : undefined;
				throw new template_errors.Cb(message.join(" "), line, hint);
			}
			template() {
				return this.subparse();
			}
			subparse(endTokens) {
				const body = [];
				let data = [];
				const flush = () => {
					if (data.length > 0) body.push({
						type: "Output",
						line: data[0].line,
						nodes: data
					});
					data = [];
				};
				if (endTokens) this.endTokenStack.push(endTokens);
				try {
					while (this.current.type !== "eof") {
						const token = this.current;
						if (token.type === "data") {
							data.push({
								type: "TemplateData",
								line: token.line,
								data: token.value
							});
							this.next();
						} else if (token.type === "variable_begin") {
							this.next();
							data.push(this.parseTuple({ withCondexpr: true }));
							this.expect("variable_end");
						} else {
							flush();
							this.next();
							if (endTokens && endTokens.some((e) => this.test(e))) return body;
							body.push(this.statement());
							this.expect("block_end");
						}
					}
					flush();
				} finally {
					if (endTokens) this.endTokenStack.pop();
				}
				return body;
			}
			statement() {
				const token = this.current;
				if (token.type !== "name") this.fail("tag name expected", token.line);
				this.tagStack.push({
					tag: token.value,
					line: token.line
				});
				let pop = true;
				try {
					switch (token.value) {
						case "for": return this.parseFor();
						case "if": return this.parseIf();
						case "set": return this.parseSet();
						case "macro": return this.parseMacro();
						case "call": return this.parseCallBlock();
						case "filter": return this.parseFilterBlock();
						case "with": return this.parseWith();
						case "print": return this.parsePrint();
						default:
							if (STATEMENTS.has(token.value)) return this.parseUnsupported(token.value);
							this.tagStack.pop();
							pop = false;
							return this.failUnknownTag(token.value, token.line);
					}
				} finally {
					if (pop) this.tagStack.pop();
				}
			}
			statements(endTokens, dropNeedle = false) {
				this.skipIf(":");
				this.expect("block_end");
				const result = this.subparse(endTokens);
				if (this.current.type === "eof") {
					this.failUnknownTag(undefined, this.current.line, [...this.endTokenStack, endTokens]);
				}
				if (dropNeedle) this.next();
				return result;
			}
			parseSet() {
				const line = this.next().line;
				const target = this.assignTarget({ withNamespace: true });
				if (this.skipIf("=")) return {
					type: "Assign",
					line,
					target,
					expr: this.parseTuple()
				};
				const filter = this.parseFilter(undefined);
				const body = this.statements(["name:endset"], true);
				return {
					type: "AssignBlock",
					line,
					target,
					...filter ? { filter } : {},
					body
				};
			}
			parseFor() {
				const line = this.expect("name:for").line;
				const target = this.assignTarget({ extraEnd: ["name:in"] });
				this.expect("name:in");
				const iter = this.parseTuple({
					withCondexpr: false,
					extraEnd: ["name:recursive"]
				});
				const test = this.skipIf("name:if") ? this.parseExpression() : undefined;
				const recursive = this.skipIf("name:recursive");
				const body = this.statements(["name:endfor", "name:else"]);
				const else_ = this.next().value === "endfor" ? [] : this.statements(["name:endfor"], true);
				return {
					type: "For",
					line,
					target,
					iter,
					body,
					else_,
					...test ? { test } : {},
					recursive
				};
			}
			parseIf() {
				const line = this.expect("name:if").line;
				const test = this.parseTuple({ withCondexpr: false });
				const body = this.statements([
					"name:elif",
					"name:else",
					"name:endif"
				]);
				const node = {
					type: "If",
					line,
					test,
					body,
					elif: [],
					else_: []
				};
				for (;;) {
					const token = this.next();
					if (token.value === "elif") {
						const elifLine = this.current.line;
						const elifTest = this.parseTuple({ withCondexpr: false });
						const elifBody = this.statements([
							"name:elif",
							"name:else",
							"name:endif"
						]);
						node.elif.push({
							line: elifLine,
							test: elifTest,
							body: elifBody
						});
						continue;
					}
					if (token.value === "else") node.else_ = this.statements(["name:endif"], true);
					return node;
				}
			}
			parseWith() {
				const line = this.next().line;
				const targets = [];
				const values = [];
				while (this.current.type !== "block_end") {
					if (targets.length > 0) this.expect(",");
					targets.push(this.assignTarget());
					this.expect("=");
					values.push(this.parseExpression());
				}
				return {
					type: "With",
					line,
					targets,
					values,
					body: this.statements(["name:endwith"], true)
				};
			}
			parseUnsupported(tag) {
				const line = this.next().line;
				const exprs = [];
				let body = [];
				if (tag === "block" || tag === "autoescape") {
					if (tag === "block") {
						this.expect("name");
						while (this.current.type === "name" && ["scoped", "required"].includes(this.current.value)) {
							this.next();
						}
					} else {
						exprs.push(this.parseExpression());
					}
					body = this.statements([`name:end${tag}`], true);
					if (tag === "block" && this.current.type === "name") this.next();
				} else {
					exprs.push(this.parseExpression());
					while (this.current.type !== "block_end" && this.current.type !== "eof") this.next();
				}
				return {
					type: "Unsupported",
					line,
					tag,
					body,
					exprs
				};
			}
			signature() {
				const params = [];
				const defaults = [];
				this.expect("(");
				while (!this.test(")")) {
					if (params.length > 0) this.expect(",");
					const name = this.expect("name").value;
					if (this.skipIf("=")) defaults.push(this.parseExpression());
					else if (defaults.length > 0) this.fail("non-default argument follows default argument");
					params.push(name);
				}
				this.expect(")");
				return {
					params,
					defaults
				};
			}
			parseCallBlock() {
				const line = this.next().line;
				const signature = this.test("(") ? this.signature() : {
					params: [],
					defaults: []
				};
				const call = this.parseExpression();
				if (call.type !== "Call") this.fail("expected call", line);
				const body = this.statements(["name:endcall"], true);
				return {
					type: "CallBlock",
					line,
					...signature,
					call,
					body
				};
			}
			parseFilterBlock() {
				const line = this.next().line;
				const filter = this.parseFilter(undefined, true);
				return {
					type: "FilterBlock",
					line,
					filter,
					body: this.statements(["name:endfilter"], true)
				};
			}
			parseMacro() {
				const line = this.next().line;
				const name = this.expect("name").value;
				const signature = this.signature();
				return {
					type: "Macro",
					line,
					name,
					...signature,
					body: this.statements(["name:endmacro"], true)
				};
			}
			parsePrint() {
				const line = this.next().line;
				const nodes = [];
				while (this.current.type !== "block_end") {
					if (nodes.length > 0) this.expect(",");
					nodes.push(this.parseExpression());
				}
				return {
					type: "Output",
					line,
					nodes
				};
			}
			assignTarget(opts = {}) {
				const target = this.parseTuple({
					simplified: true,
					...opts.extraEnd ? { extraEnd: opts.extraEnd } : {},
					withNamespace: Boolean(opts.withNamespace)
				});
				const assignable = (e) => e.type === "Name" ? ![
					"true",
					"false",
					"none",
					"True",
					"False",
					"None"
				].includes(e.name) : e.type === "NSRef" || e.type === "Tuple" && e.items.every(assignable);
				if (!assignable(target)) {
					const kind = target.type === "Const" ? "const" : target.type.toLowerCase();
					this.fail(`can't assign to '${kind}'`, target.line);
				}
				return target;
			}
			parseExpression(withCondexpr = true) {
				return withCondexpr ? this.parseCondexpr() : this.parseOr();
			}
			parseCondexpr() {
				let line = this.current.line;
				let expr1 = this.parseOr();
				while (this.skipIf("name:if")) {
					const test = this.parseOr();
					const expr2 = this.skipIf("name:else") ? this.parseCondexpr() : undefined;
					expr1 = {
						type: "CondExpr",
						line,
						test,
						expr1,
						...expr2 ? { expr2 } : {}
					};
					line = this.current.line;
				}
				return expr1;
			}
			parseOr() {
				let line = this.current.line;
				let left = this.parseAnd();
				while (this.skipIf("name:or")) {
					left = {
						type: "Or",
						line,
						left,
						right: this.parseAnd()
					};
					line = this.current.line;
				}
				return left;
			}
			parseAnd() {
				let line = this.current.line;
				let left = this.parseNot();
				while (this.skipIf("name:and")) {
					left = {
						type: "And",
						line,
						left,
						right: this.parseNot()
					};
					line = this.current.line;
				}
				return left;
			}
			parseNot() {
				if (this.test("name:not")) {
					const line = this.next().line;
					return {
						type: "Not",
						line,
						node: this.parseNot()
					};
				}
				return this.parseCompare();
			}
			parseCompare() {
				let line = this.current.line;
				const expr = this.parseMath1();
				const ops = [];
				for (;;) {
					const token = this.current;
					if (token.type === "operator" && COMPARE[token.value]) {
						this.next();
						ops.push({
							op: COMPARE[token.value],
							expr: this.parseMath1()
						});
					} else if (this.skipIf("name:in")) {
						ops.push({
							op: "in",
							expr: this.parseMath1()
						});
					} else if (this.test("name:not") && this.test("name:in", this.look())) {
						this.next();
						this.next();
						ops.push({
							op: "notin",
							expr: this.parseMath1()
						});
					} else {
						break;
					}
					line = this.current.line;
				}
				return ops.length === 0 ? expr : {
					type: "Compare",
					line,
					expr,
					ops
				};
			}
			binary(ops, operand) {
				let line = this.current.line;
				let left = operand();
				while (this.current.type === "operator" && ops.includes(this.current.value)) {
					const op = this.next().value;
					left = {
						type: "BinOp",
						line,
						op,
						left,
						right: operand()
					};
					line = this.current.line;
				}
				return left;
			}
			parseMath1() {
				return this.binary(["+", "-"], () => this.parseConcat());
			}
			parseConcat() {
				const line = this.current.line;
				const nodes = [this.parseMath2()];
				while (this.skipIf("~")) nodes.push(this.parseMath2());
				return nodes.length === 1 ? nodes[0] : {
					type: "Concat",
					line,
					nodes
				};
			}
			parseMath2() {
				return this.binary([
					"*",
					"/",
					"//",
					"%"
				], () => this.parsePow());
			}
			parsePow() {
				return this.binary(["**"], () => this.parseUnary());
			}
			parseUnary(withFilter = true) {
				const token = this.current;
				let node;
				if (this.test("-") || this.test("+")) {
					this.next();
					node = {
						type: "Unary",
						line: token.line,
						op: token.value,
						node: this.parseUnary(false)
					};
				} else {
					node = this.parsePrimary();
				}
				node = this.parsePostfix(node);
				return withFilter ? this.parseFilterExpr(node) : node;
			}
			parsePrimary(withNamespace = false) {
				const token = this.current;
				const line = token.line;
				if (token.type === "name") {
					this.next();
					if ([
						"true",
						"false",
						"True",
						"False"
					].includes(token.value)) {
						return {
							type: "Const",
							line,
							value: token.value === "true" || token.value === "True"
						};
					}
					if (token.value === "none" || token.value === "None") return {
						type: "Const",
						line,
						value: null
					};
					if (withNamespace && this.test(".")) {
						this.next();
						return {
							type: "NSRef",
							line,
							name: token.value,
							attr: this.expect("name").value
						};
					}
					return {
						type: "Name",
						line,
						name: token.value
					};
				}
				if (token.type === "string") {
					this.next();
					let value = token.value;
					while (this.current.type === "string") value += this.next().value;
					return {
						type: "Const",
						line,
						value
					};
				}
				if (token.type === "integer" || token.type === "float") {
					this.next();
					return {
						type: "Const",
						line,
						value: token.number
					};
				}
				if (this.test("(")) {
					this.next();
					const node = this.parseTuple({ explicitParentheses: true });
					this.expect(")");
					return node;
				}
				if (this.test("[")) return this.parseList();
				if (this.test("{")) return this.parseDict();
				this.fail(`unexpected '${describe(token)}'`, token.line);
			}
			parseTuple(opts = {}) {
				let line = this.current.line;
				const parse = opts.simplified ? () => this.parsePrimary(opts.withNamespace) : () => this.parseExpression(opts.withCondexpr ?? true);
				const items = [];
				let isTuple = false;
				for (;;) {
					if (items.length > 0) this.expect(",");
					if (this.isTupleEnd(opts.extraEnd)) break;
					items.push(parse());
					if (this.test(",")) isTuple = true;
					else break;
					line = this.current.line;
				}
				if (!isTuple) {
					if (items.length > 0) return items[0];
					if (!opts.explicitParentheses) {
						this.fail(`Expected an expression, got '${describe(this.current)}'`);
					}
				}
				return {
					type: "Tuple",
					line,
					items
				};
			}
			isTupleEnd(extraEnd) {
				if (["variable_end", "block_end"].includes(this.current.type) || this.test(")")) return true;
				return Boolean(extraEnd?.some((e) => this.test(e)));
			}
			parseList() {
				const line = this.expect("[").line;
				const items = [];
				while (!this.test("]")) {
					if (items.length > 0) this.expect(",");
					if (this.test("]")) break;
					items.push(this.parseExpression());
				}
				this.expect("]");
				return {
					type: "List",
					line,
					items
				};
			}
			parseDict() {
				const line = this.expect("{").line;
				const items = [];
				while (!this.test("}")) {
					if (items.length > 0) this.expect(",");
					if (this.test("}")) break;
					const key = this.parseExpression();
					this.expect(":");
					items.push({
						key,
						value: this.parseExpression()
					});
				}
				this.expect("}");
				return {
					type: "Dict",
					line,
					items
				};
			}
			parsePostfix(node) {
				for (;;) {
					if (this.test(".") || this.test("[")) node = this.parseSubscript(node);
					else if (this.test("(")) node = this.parseCall(node);
					else return node;
				}
			}
			parseFilterExpr(node) {
				for (;;) {
					if (this.test("|")) node = this.parseFilter(node);
					else if (this.test("name:is")) node = this.parseTest(node);
					else if (this.test("(")) node = this.parseCall(node);
					else return node;
				}
			}
			parseSubscript(node) {
				const token = this.next();
				if (token.value === ".") {
					const attr = this.next();
					if (attr.type === "name") return {
						type: "Getattr",
						line: token.line,
						node,
						attr: attr.value
					};
					if (attr.type !== "integer") this.fail("expected name or number", attr.line);
					return {
						type: "Getitem",
						line: token.line,
						node,
						arg: {
							type: "Const",
							line: attr.line,
							value: attr.number
						}
					};
				}
				const args = [];
				while (!this.test("]")) {
					if (args.length > 0) this.expect(",");
					args.push(this.parseSubscribed());
				}
				this.expect("]");
				if (args.length === 1) return {
					type: "Getitem",
					line: token.line,
					node,
					arg: args[0]
				};
				if (args.some((a) => a.type === "Slice")) {
					this.fail("a subscript with several slices is not supported", token.line);
				}
				return {
					type: "Getitem",
					line: token.line,
					node,
					arg: {
						type: "Tuple",
						line: token.line,
						items: args
					}
				};
			}
			parseSubscribed() {
				const line = this.current.line;
				const parts = [];
				if (this.test(":")) {
					this.next();
					parts.push(undefined);
				} else {
					const node = this.parseExpression();
					if (!this.test(":")) return node;
					this.next();
					parts.push(node);
				}
				if (this.test(":")) parts.push(undefined);
				else if (!this.test("]") && !this.test(",")) parts.push(this.parseExpression());
				else parts.push(undefined);
				if (this.test(":")) {
					this.next();
					parts.push(!this.test("]") && !this.test(",") ? this.parseExpression() : undefined);
				} else {
					parts.push(undefined);
				}
				const [start, stop, step] = parts;
				return {
					type: "Slice",
					line,
					...start ? { start } : {},
					...stop ? { stop } : {},
					...step ? { step } : {}
				};
			}
			parseCallArgs() {
				const token = this.expect("(");
				const result = {
					args: [],
					kwargs: []
				};
				let requireComma = false;
				const ensure = (ok) => {
					if (!ok) this.fail("invalid syntax for function call expression", token.line);
				};
				while (!this.test(")")) {
					if (requireComma) {
						this.expect(",");
						if (this.test(")")) break;
					}
					if (this.test("*")) {
						ensure(!result.dynArgs && !result.dynKwargs);
						this.next();
						result.dynArgs = this.parseExpression();
					} else if (this.test("**")) {
						ensure(!result.dynKwargs);
						this.next();
						result.dynKwargs = this.parseExpression();
					} else if (this.current.type === "name" && this.test("=", this.look())) {
						ensure(!result.dynKwargs);
						const key = this.next().value;
						this.next();
						result.kwargs.push({
							key,
							value: this.parseExpression()
						});
					} else {
						ensure(!result.dynArgs && !result.dynKwargs && result.kwargs.length === 0);
						result.args.push(this.parseExpression());
					}
					requireComma = true;
				}
				this.expect(")");
				return result;
			}
			parseCall(node) {
				const line = this.current.line;
				return {
					type: "Call",
					line,
					node,
					...this.parseCallArgs()
				};
			}
			parseFilter(node, startInline = false) {
				let result;
				let operand = node;
				while (this.test("|") || startInline) {
					if (!startInline) this.next();
					const token = this.expect("name");
					let name = token.value;
					while (this.test(".")) {
						this.next();
						name += `.${this.expect("name").value}`;
					}
					const args = this.test("(") ? this.parseCallArgs() : {
						args: [],
						kwargs: []
					};
					result = {
						type: "Filter",
						line: token.line,
						...operand ? { node: operand } : {},
						name,
						...args
					};
					operand = result;
					startInline = false;
				}
				return result;
			}
			parseTest(node) {
				const token = this.next();
				const negated = this.skipIf("name:not");
				let name = this.expect("name").value;
				while (this.test(".")) {
					this.next();
					name += `.${this.expect("name").value}`;
				}
				let args = {
					args: [],
					kwargs: []
				};
				const current = this.current;
				if (this.test("(")) {
					args = this.parseCallArgs();
				} else if (([
					"name",
					"string",
					"integer",
					"float"
				].includes(current.type) || this.test("[") || this.test("{")) && ![
					"name:else",
					"name:or",
					"name:and"
				].some((e) => this.test(e))) {
					if (this.test("name:is")) this.fail("You cannot chain multiple tests with is");
					args = {
						args: [this.parsePostfix(this.parsePrimary())],
						kwargs: []
					};
				}
				const test = {
					type: "Test",
					line: token.line,
					node,
					name,
					...args
				};
				return negated ? {
					type: "Not",
					line: token.line,
					node: test
				} : test;
			}
		}
		;
		const DEFAULT_TEMPLATE_TIMEOUT_MS = 1e4;
		const MAX_OUTPUT_BYTES = 1024 * 1024;
		const SLICE_MS = 20;
		function toTemplateError(err, name, line) {
			if (err instanceof template_errors.$w || err instanceof errors.c) return err;
			if ((0, template_errors.$H)(err)) return new template_errors.$w(name, err.line ?? line, err.message);
			if (err instanceof RangeError && /call stack/.test(err.message)) {
				return new template_errors.$w(name, line, "RecursionError: maximum recursion depth exceeded (a macro that calls itself without end?)");
			}
			const message = err instanceof Error ? err.message : String(err);
			return new template_errors.$w(name, line, `internal error in worker-image's template engine: ${message}`);
		}
		function analyzeTemplate(body, name) {
			try {
				const frames = analyze(body);
				const { poisoned, failure } = fold(body, new Renderer(Infinity));
				if (failure) throw toTemplateError(failure.error, name, failure.line);
				return {
					body,
					frames,
					poisoned
				};
			} catch (err) {
				throw toTemplateError(err, name, undefined);
			}
		}
		function compileTemplate(source, name) {
			let body;
			try {
				body = parse(source);
			} catch (err) {
				throw toTemplateError(err, name, undefined);
			}
			const [first, ...more] = refusals(body);
			if (first) {
				const also = more.length > 0 ? ` (and ${more.length} more: worker-image render --check lists them)` : "";
				throw new template_errors.$w(name, first.line, first.message + also);
			}
			return analyzeTemplate(body, name);
		}
		function variablesOf(variables) {
			return (0, template_values.sc)(variables);
		}
		async function renderTemplate(source, variables, name, opts = {}) {
			return run(compileTemplate(source, name), variablesOf(variables), name, opts);
		}
		async function run(compiled, variables, name, opts) {
			const timeout = opts.timeoutMs ?? DEFAULT_TEMPLATE_TIMEOUT_MS;
			const maxBytes = opts.maxOutputBytes ?? MAX_OUTPUT_BYTES;
			const renderer = new Renderer(maxBytes);
			const deadline = performance.now() + timeout;
			const timedOut = () => new template_errors.$w(name, renderer.line, `rendering took longer than ${timeout / 1e3} s and was stopped (a loop that runs too long? ` + "raise template-timeout in worker-image.yml if the template really needs more time)");
			let count = 0;
			const beat = () => {
				if ((++count & 1023) === 0 && performance.now() > deadline) throw timedOut();
			};
			const cancelled = () => new errors.c(`cancelled while rendering ${name}`);
			const gen = renderer.render(compiled, variables);
			let sliceStart = performance.now();
			setBeat(beat);
			try {
				for (;;) {
					if (opts.signal?.aborted) throw cancelled();
					const step = gen.next();
					if (step.done) {
						const bytes = Buffer.byteLength(step.value);
						if (bytes > maxBytes) {
							throw new template_errors.$w(name, undefined, `the rendered output is ${bytes} bytes, over the ${maxBytes}-byte limit`);
						}
						return step.value;
					}
					if ((++count & 255) !== 0) continue;
					const now = performance.now();
					if (now > deadline) throw timedOut();
					if (now - sliceStart > SLICE_MS) {
						setBeat(undefined);
						await new Promise((resolve) => setImmediate(resolve));
						setBeat(beat);
						sliceStart = performance.now();
					}
				}
			} catch (err) {
				throw toTemplateError(err, name, renderer.line);
			} finally {
				setBeat(undefined);
			}
		}
		async function readTemplate(path, name) {
			try {
				return await (0, promises_.readFile)(path, "utf8");
			} catch (err) {
				const missing = err.code === "ENOENT";
				throw new template_errors.$w(name, undefined, missing ? "no such template file (check template: in worker-image.yml, or --template)" : `cannot read the template: ${err.message}`);
			}
		}
		async function renderTemplateFile(path, variables, opts = {}) {
			const name = displayPath(path);
			return renderTemplate(await readTemplate(path, name), variables, name, opts);
		}
		async function checkTemplateFile(path, variables, opts = {}) {
			const name = displayPath(path);
			const source = await readTemplate(path, name);
			let body;
			try {
				body = parse(source);
			} catch (err) {
				return [toTemplateError(err, name, undefined)];
			}
			const vars = variablesOf(variables);
			const problems = [...refusals(body, true).map((p) => new template_errors.$w(name, p.line, p.message)), ...undefinedNames(body, vars).map((p) => new template_errors.$w(name, p.line, `${p.message} ${template_errors.Fm}`))].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
			if (problems.length > 0) return problems;
			try {
				await run(analyzeTemplate(body, name), vars, name, opts);
				return [];
			} catch (err) {
				if (err instanceof template_errors.$w) return [err];
				throw err;
			}
		}
		function displayPath(path) {
			const rel = (0, external_node_path_.relative)(process.cwd(), path);
			return rel && !rel.startsWith("..") && !(0, external_node_path_.isAbsolute)(rel) ? rel : path;
		}
	}),
	66704: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
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
		var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92593);
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
	38812: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			ON: () => variablesFrom,
			a5: () => unresolvedTag,
			cn: () => withTemplateVariables,
			iH: () => parseVarsArg
		});
		var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
		var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
		var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
		var _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52049);
		var _config_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93593);
		var _values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66704);
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
				return new _values_js__WEBPACK_IMPORTED_MODULE_5__.pv(Number(value instanceof yaml__WEBPACK_IMPORTED_MODULE_2__.X5 ? value.value : value));
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
			const refused = doc.errors[0] ?? doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
			if (refused) throw explained(refused);
			const key = collectionKey(doc);
			if (key) {
				const at = key.range?.[0] ?? 0;
				const error = new yaml__WEBPACK_IMPORTED_MODULE_2__.XT([at, at + 1], "NON_STRING_KEY", UNHASHABLE);
				error.linePos = [{
					line: (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.dk)(text, at),
					col: 1
				}];
				throw error;
			}
			const loop = recursiveAlias(doc, text);
			if (loop) throw loop;
			const value = doc.toJS({ mapAsMap: true });
			if (!(value instanceof Map)) return plainWherePossible(value);
			return Object.fromEntries([...value.entries()].map(([k, v]) => [String(k), plainWherePossible(v)]));
		}
		const UNHASHABLE = "a key that is a list or a mapping: Python's yaml refuses it too (found unhashable key); write the key as a word";
		function unresolvedTag(error) {
			return (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.$Q)(JSON.stringify(/Unresolved tag: (\S+)/.exec(error.message)?.[1] ?? "tag"), 80);
		}
		function explained(error) {
			if (error.code === "TAG_RESOLVE_FAILED") {
				error.message = `unknown tag ${unresolvedTag(error)}: Python's yaml.safe_load refuses it too; write the value itself`;
			} else if (error.code === "RESOURCE_EXHAUSTION") {
				error.message = "nests too deeply or repeats too much to be read (Python's yaml and json modules refuse it too)";
			}
			return error;
		}
		function collectionKey(doc) {
			let found;
			(0, yaml__WEBPACK_IMPORTED_MODULE_2__.YR)(doc, { Pair(_, pair) {
				if (pair.key !== null && !(0, yaml__WEBPACK_IMPORTED_MODULE_2__.jn)(pair.key)) {
					found = pair.key;
					return yaml__WEBPACK_IMPORTED_MODULE_2__.YR.BREAK;
				}
				return undefined;
			} });
			return found;
		}
		function recursiveAlias(doc, text) {
			let found;
			(0, yaml__WEBPACK_IMPORTED_MODULE_2__.YR)(doc, { Alias(_, alias, path) {
				let target;
				try {
					target = alias.resolve(doc);
				} catch {
					return undefined;
				}
				if (!path.includes(target)) return undefined;
				const at = alias.range?.[0] ?? 0;
				const line = (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.dk)(text, at);
				const name = (0, _config_text_js__WEBPACK_IMPORTED_MODULE_4__.TL)(`*${alias.source}`, 40);
				found = new yaml__WEBPACK_IMPORTED_MODULE_2__.XT([at, at + 1], "BAD_ALIAS", `alias ${name} at line ${line} names the list or mapping it is in: a recursive value, which a template cannot use`);
				found.linePos = [{
					line,
					col: 1
				}];
				return yaml__WEBPACK_IMPORTED_MODULE_2__.YR.BREAK;
			} });
			return found;
		}
		const TEMPLATE_VARIABLES = [
			["variables"],
			["gcp", "variables"],
			["azure", "variables"],
			["aws", "variables"]
		];
		function withTemplateVariables(raw, text) {
			if (!isPlainObject(raw)) return raw;
			const at = (value, path) => path.reduce((v, key) => isPlainObject(v) ? v[key] : v instanceof Map ? v.get(key) : undefined, value);
			if (TEMPLATE_VARIABLES.every((path) => at(raw, path) === undefined)) return raw;
			const full = variablesFrom(text);
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
			if (!(err instanceof yaml__WEBPACK_IMPORTED_MODULE_2__.IP)) return (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.$Q)(err.message);
			const line = err.linePos?.[0].line;
			const reason = (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.$Q)(err.message.replace(/ at line \d+, column \d+.*$/s, ""), 120);
			if (line === undefined) return reason;
			const at = reason.includes(` at line ${line} `) ? "" : ` at line ${line}`;
			return `${reason}${at}: ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.cA)(text, line)}`;
		}
		async function parseVarsArg(arg) {
			if (!arg.startsWith("@")) {
				try {
					return mapping(jsonVariables(arg), "--vars");
				} catch (err) {
					if (err instanceof yaml__WEBPACK_IMPORTED_MODULE_2__.IP) throw new Error(`--vars: ${yamlReason(err, arg)}`);
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
			if (json) (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.qF)(text, `--vars @${path}: not valid JSON`);
			let value;
			try {
				value = variablesFrom(text);
			} catch (err) {
				throw new Error(`--vars @${path}: not valid ${json ? "JSON" : "YAML"}: ${yamlReason(err, text)}`);
			}
			return mapping(value, `--vars @${path}`);
		}
	}),
	38336: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			c: () => CancelledError,
			j: () => DeadlineError
		});
		class DeadlineError extends Error {
			name = "DeadlineError";
		}
		class CancelledError extends Error {
			name = "CancelledError";
			constructor(message = "cancelled") {
				super(message);
			}
		}
	})
};
