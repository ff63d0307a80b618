import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_modules__ = {
	15619: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./gax-left-out.cjs");
	}),
	32852: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./gce-protos-disks.json");
	}),
	15712: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./gce-protos-global_operations.json");
	}),
	56676: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./gce-protos-images.json");
	}),
	74566: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./gce-protos-instances.json");
	}),
	46201: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./gce-protos-zone_operations.json");
	}),
	85375: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./grpc-left-out.cjs");
	}),
	6917: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./web-streams-left-out.cjs");
	}),
	42613: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
	}),
	20181: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");
	}),
	35317: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
	}),
	76982: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
	}),
	24434: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
	}),
	79896: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
	}),
	58611: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");
	}),
	65692: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");
	}),
	69278: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");
	}),
	34589: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");
	}),
	16698: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
	}),
	4573: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
	}),
	31421: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
	}),
	37540: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");
	}),
	77598: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
	}),
	53053: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");
	}),
	40610: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");
	}),
	78474: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
	}),
	73024: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
	}),
	51455: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
	}),
	37067: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
	}),
	32467: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");
	}),
	44708: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
	}),
	98995: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
	}),
	77030: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
	}),
	48161: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
	}),
	76760: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
	}),
	643: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
	}),
	1708: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");
	}),
	41792: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");
	}),
	57075: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
	}),
	37830: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");
	}),
	41692: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
	}),
	73136: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
	}),
	57975: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
	}),
	73429: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");
	}),
	30714: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
	}),
	75919: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
	}),
	38522: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
	}),
	70857: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
	}),
	16928: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
	}),
	932: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");
	}),
	83480: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");
	}),
	2203: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
	}),
	13193: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
	}),
	53557: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
	}),
	64756: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");
	}),
	52018: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");
	}),
	87016: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
	}),
	39023: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");
	}),
	28167: ((module) => {
		module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");
	})
};
var __webpack_module_cache__ = {};
function __nccwpck_require__(moduleId) {
	var cachedModule = __webpack_module_cache__[moduleId];
	if (cachedModule !== undefined) {
		return cachedModule.exports;
	}
	var module = __webpack_module_cache__[moduleId] = { exports: {} };
	var threw = true;
	try {
		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
		threw = false;
	} finally {
		if (threw) delete __webpack_module_cache__[moduleId];
	}
	return module.exports;
}
__nccwpck_require__.m = __webpack_modules__;
if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = decodeURIComponent(new URL(".", import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
(() => {
	var getProto = Object.getPrototypeOf ? (obj) => Object.getPrototypeOf(obj) : (obj) => obj.__proto__;
	var leafPrototypes;
	__nccwpck_require__.t = function(value, mode) {
		if (mode & 1) value = this(value);
		if (mode & 8) return value;
		if (typeof value === "object" && value) {
			if (mode & 4 && value.__esModule) return value;
			if (mode & 16 && typeof value.then === "function") return value;
		}
		var ns = Object.create(null);
		__nccwpck_require__.r(ns);
		var def = {};
		leafPrototypes = leafPrototypes || [
			null,
			getProto({}),
			getProto([]),
			getProto(getProto)
		];
		for (var current = mode & 2 && value; typeof current == "object" && !~leafPrototypes.indexOf(current); current = getProto(current)) {
			Object.getOwnPropertyNames(current).forEach((key) => def[key] = () => value[key]);
		}
		def["default"] = () => value;
		__nccwpck_require__.d(ns, def);
		return ns;
	};
})();
(() => {
	__nccwpck_require__.d = (exports, definition) => {
		for (var key in definition) {
			if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
				Object.defineProperty(exports, key, {
					enumerable: true,
					get: definition[key]
				});
			}
		}
	};
})();
(() => {
	__nccwpck_require__.f = {};
	__nccwpck_require__.e = (chunkId) => {
		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
			__nccwpck_require__.f[key](chunkId, promises);
			return promises;
		}, []));
	};
})();
(() => {
	__nccwpck_require__.u = (chunkId) => {
		return "" + chunkId + ".index.js";
	};
})();
(() => {
	__nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
})();
(() => {
	__nccwpck_require__.r = (exports) => {
		if (typeof Symbol !== "undefined" && Symbol.toStringTag) {
			Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
		}
		Object.defineProperty(exports, "__esModule", { value: true });
	};
})();
(() => {
	var installedChunks = { 8792: 0 };
	var installChunk = (data) => {
		var { ids, modules, runtime } = data;
		var moduleId, chunkId, i = 0;
		for (moduleId in modules) {
			if (__nccwpck_require__.o(modules, moduleId)) {
				__nccwpck_require__.m[moduleId] = modules[moduleId];
			}
		}
		if (runtime) runtime(__nccwpck_require__);
		for (; i < ids.length; i++) {
			chunkId = ids[i];
			if (__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
				installedChunks[chunkId][0]();
			}
			installedChunks[ids[i]] = 0;
		}
	};
	__nccwpck_require__.f.j = (chunkId, promises) => {
		var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
		if (installedChunkData !== 0) {
			if (installedChunkData) {
				promises.push(installedChunkData[1]);
			} else {
				if (true) {
					var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
						if (installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
						throw e;
					});
					var promise = Promise.race([promise, new Promise((resolve) => installedChunkData = installedChunks[chunkId] = [resolve])]);
					promises.push(installedChunkData[1] = promise);
				}
			}
		}
	};
})();
var __webpack_exports__ = {};
__nccwpck_require__.d(__webpack_exports__, {
	x: () => cli,
	e: () => run
});
var external_node_path_ = __nccwpck_require__(76760);
var external_node_url_ = __nccwpck_require__(73136);
;
const g = globalThis;
g.__filename ??= (0, external_node_url_.fileURLToPath)(import.meta.url);
g.__dirname ??= (0, external_node_path_.dirname)(g.__filename);
;
const ACTIONS = {
	pipeline: {
		main: async () => (await Promise.all([
			__nccwpck_require__.e(8815),
			__nccwpck_require__.e(3025),
			__nccwpck_require__.e(1439),
			__nccwpck_require__.e(649),
			__nccwpck_require__.e(9810),
			__nccwpck_require__.e(7212),
			__nccwpck_require__.e(2864),
			__nccwpck_require__.e(3835),
			__nccwpck_require__.e(8695),
			__nccwpck_require__.e(1670)
		]).then(__nccwpck_require__.bind(__nccwpck_require__, 31670))).main,
		post: async () => (await Promise.all([
			__nccwpck_require__.e(8815),
			__nccwpck_require__.e(3025),
			__nccwpck_require__.e(1439),
			__nccwpck_require__.e(649),
			__nccwpck_require__.e(9810),
			__nccwpck_require__.e(2330),
			__nccwpck_require__.e(2988)
		]).then(__nccwpck_require__.bind(__nccwpck_require__, 62988))).post
	},
	"bake-image": {
		main: async () => (await Promise.all([
			__nccwpck_require__.e(8815),
			__nccwpck_require__.e(3025),
			__nccwpck_require__.e(1439),
			__nccwpck_require__.e(649),
			__nccwpck_require__.e(9810),
			__nccwpck_require__.e(2982)
		]).then(__nccwpck_require__.bind(__nccwpck_require__, 52982))).main,
		post: async () => (await Promise.all([
			__nccwpck_require__.e(8815),
			__nccwpck_require__.e(3025),
			__nccwpck_require__.e(1439),
			__nccwpck_require__.e(649),
			__nccwpck_require__.e(9810),
			__nccwpck_require__.e(2330),
			__nccwpck_require__.e(4981)
		]).then(__nccwpck_require__.bind(__nccwpck_require__, 44981))).post
	},
	"replicate-gallery-version": { main: async () => (await Promise.all([
		__nccwpck_require__.e(8815),
		__nccwpck_require__.e(3025),
		__nccwpck_require__.e(1439),
		__nccwpck_require__.e(649),
		__nccwpck_require__.e(9810),
		__nccwpck_require__.e(7470)
	]).then(__nccwpck_require__.bind(__nccwpck_require__, 7470))).main },
	"share-image": { main: async () => (await Promise.all([
		__nccwpck_require__.e(8815),
		__nccwpck_require__.e(3025),
		__nccwpck_require__.e(1439),
		__nccwpck_require__.e(649),
		__nccwpck_require__.e(9810),
		__nccwpck_require__.e(7212),
		__nccwpck_require__.e(3804)
	]).then(__nccwpck_require__.bind(__nccwpck_require__, 63804))).main },
	"verify-image": {
		main: async () => (await Promise.all([
			__nccwpck_require__.e(8815),
			__nccwpck_require__.e(3025),
			__nccwpck_require__.e(1439),
			__nccwpck_require__.e(649),
			__nccwpck_require__.e(9810),
			__nccwpck_require__.e(2864),
			__nccwpck_require__.e(9826)
		]).then(__nccwpck_require__.bind(__nccwpck_require__, 99826))).main,
		post: async () => (await Promise.all([
			__nccwpck_require__.e(8815),
			__nccwpck_require__.e(3025),
			__nccwpck_require__.e(1439),
			__nccwpck_require__.e(649),
			__nccwpck_require__.e(9810),
			__nccwpck_require__.e(2330),
			__nccwpck_require__.e(8273)
		]).then(__nccwpck_require__.bind(__nccwpck_require__, 8273))).post
	},
	"bump-version-reference": { main: async () => (await Promise.all([
		__nccwpck_require__.e(8815),
		__nccwpck_require__.e(3025),
		__nccwpck_require__.e(1439),
		__nccwpck_require__.e(649),
		__nccwpck_require__.e(9810),
		__nccwpck_require__.e(3835),
		__nccwpck_require__.e(5264),
		__nccwpck_require__.e(7932)
	]).then(__nccwpck_require__.bind(__nccwpck_require__, 27932))).main }
};
async function run(action, phase) {
	const load = Object.hasOwn(ACTIONS, action) ? ACTIONS[action][phase] : undefined;
	if (!load) throw new Error(`worker-image bundle: no ${phase} step for action ${action}`);
	await (await load())();
}
async function cli(argv) {
	if (argv[0] === "emulator") {
		process.stderr.write("worker-image emulator: run it with bin/worker-image.js (after npm ci)\n");
		return 1;
	}
	const { cli: run } = await __nccwpck_require__.e(6038).then(__nccwpck_require__.bind(__nccwpck_require__, 56038));
	return run(argv);
}
var __webpack_exports__cli = __webpack_exports__.x;
var __webpack_exports__run = __webpack_exports__.e;
export { __webpack_exports__cli as cli, __webpack_exports__run as run };
