export const id = 649;
export const ids = [649];
export const modules = {
	81600: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { E: () => readAuthorityHost });
		function checkAuthorityHost(url) {
			const parsed = URL.canParse(url) ? new URL(url) : undefined;
			const ok = parsed?.protocol === "https:" && parsed.pathname === "/" && !parsed.search && !parsed.hash && !parsed.username && !parsed.password;
			const shown = parsed?.username || parsed?.password ? url.replace(/\/\/[^/]*@/, "//***@") : url;
			return ok ? undefined : `must be the https origin of the identity platform, with no path, such as https://login.microsoftonline.us (got "${shown}")`;
		}
		function readAuthorityHost(section, auth) {
			const host = section.string("authority-host", checkAuthorityHost);
			if (host !== undefined && auth === "none") {
				section.problem("authority-host", "is not used with auth: none (no token is requested)");
				return undefined;
			}
			return host?.replace(/\/$/, "");
		}
	}),
	36735: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			X: () => RUN_COMMAND_CAP,
			y: () => readAzure
		});
		var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
		var _ca_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20813);
		var _naming_azure_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(63726);
		var _naming_version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(49894);
		var _replicate_regions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56204);
		var _authority_host_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(81600);
		var _duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35982);
		var _merge_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(66404);
		var _problems_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31846);
		var _section_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13667);
		var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93593);
		const KEYS = [
			"subscription-id",
			"location",
			"resource-group",
			"gallery",
			"definition",
			"version",
			"vm-size",
			"source-image",
			"target-regions",
			"replica-policy",
			"exclude-from-latest",
			"end-of-life-date",
			"tags",
			"template",
			"variables",
			"timeouts",
			"poll-interval",
			"endpoint",
			"ca-certificate",
			"authority-host",
			"auth",
			"client-id",
			"tenant-id",
			"security-type",
			"identity",
			"subnet-id",
			"verify",
			"lifecycle"
		];
		const DEFINITION_KEYS = [
			"name",
			"publisher",
			"offer",
			"sku",
			"os-type",
			"hyper-v-generation"
		];
		const SOURCE_KEYS = [
			"publisher",
			"offer",
			"sku",
			"version",
			"id"
		];
		const POLICY_KEYS = [
			"expected-concurrent-vms",
			"vms-per-replica",
			"production"
		];
		const AUTH = [
			"default",
			"oidc",
			"none"
		];
		const SECURITY_TYPES = ["Standard", "TrustedLaunch"];
		const SECOND = 1e3;
		const MINUTE = 60 * SECOND;
		const HOUR = 60 * MINUTE;
		const RUN_COMMAND_CAP = 90 * MINUTE;
		const IMAGE_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Compute\/(galleries\/[^/]+\/images\/[^/]+(\/versions\/[^/]+)?|images\/[^/]+)$/i;
		const IDENTITY_ID = /^\/subscriptions\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/resourceGroups\/[-\p{L}\p{N}_.()]+\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[-\w]+$/iu;
		const SUBNET_ID = /^\/subscriptions\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/resourceGroups\/[-\p{L}\p{N}_.()]+\/providers\/Microsoft\.Network\/virtualNetworks\/[-\w.]+\/subnets\/[-\w.]+$/iu;
		const IDENTIFIER = /^[A-Za-z0-9._-]+$/;
		const IDENTIFIER_MAX = 128;
		const MARKETPLACE_VERSION = /^(latest|\d+\.\d+\.\d+)$/;
		function checkIdentifier(value) {
			if (value.length > IDENTIFIER_MAX) {
				return `at most ${IDENTIFIER_MAX} characters (got ${value.length}): ${(0, _text_js__WEBPACK_IMPORTED_MODULE_6__.TL)(value, 40)}`;
			}
			const bad = [...value].find((c) => !/[A-Za-z0-9._-]/.test(c));
			if (bad !== undefined || !IDENTIFIER.test(value)) {
				return `${(0, _text_js__WEBPACK_IMPORTED_MODULE_6__.TL)(value)} may hold only letters, digits, ".", "_" and "-" (found ${(0, _text_js__WEBPACK_IMPORTED_MODULE_6__.TL)(bad ?? value)})`;
			}
			if (value.endsWith(".")) return `${(0, _text_js__WEBPACK_IMPORTED_MODULE_6__.TL)(value)} may not end in "."`;
			return undefined;
		}
		function checkMarketplaceVersion(value) {
			if (MARKETPLACE_VERSION.test(value)) return undefined;
			return `must be latest or Major.Minor.Build with decimal numbers, such as 22.04.202401010 (got ${(0, _text_js__WEBPACK_IMPORTED_MODULE_6__.TL)(value)})`;
		}
		const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
		function readAzure(problems, raw, ctx) {
			const azure = _section_js__WEBPACK_IMPORTED_MODULE_5__.w.open(problems, ["azure"], raw, KEYS);
			if (!azure) return undefined;
			const namespace = ctx.image?.namespace ?? _naming_version_js__WEBPACK_IMPORTED_MODULE_7__.oQ;
			const subscriptionId = azure.required("subscription-id", (id) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_8__.AA)(id, "subscription id"));
			const location = azure.required("location", _naming_azure_js__WEBPACK_IMPORTED_MODULE_8__.vK);
			const resourceGroup = azure.required("resource-group", _naming_azure_js__WEBPACK_IMPORTED_MODULE_8__.yr);
			const gallery = azure.required("gallery", _naming_azure_js__WEBPACK_IMPORTED_MODULE_8__.gN);
			const definition = readDefinition(azure, namespace);
			const version = readVersion(azure, ctx.baked ? ctx.image : undefined);
			const vmSize = azure.string("vm-size", _naming_azure_js__WEBPACK_IMPORTED_MODULE_8__.vw);
			const sourceImage = readSourceImage(azure);
			const targetRegions = readRegions(azure, location);
			const replicaPolicy = readReplicaPolicy(azure, namespace);
			const excludeFromLatest = azure.boolean("exclude-from-latest") ?? false;
			const endOfLifeDate = azure.string("end-of-life-date", checkIsoDate);
			const tags = readTags(azure);
			const template = azure.file("template", ctx, { required: true });
			const variables = azure.mapping("variables");
			const timeouts = azure.section("timeouts", [
				"builder",
				"replication",
				"operation"
			]);
			const builderTimeout = readBuilderTimeout(timeouts);
			const replicationTimeout = timeouts?.duration("replication", 1, 24 * HOUR);
			const operationTimeout = timeouts?.duration("operation", 1, 24 * HOUR);
			const pollInterval = azure.duration("poll-interval", 100, MINUTE);
			const endpoint = azure.string("endpoint", checkEndpoint);
			const caCertificate = readCaCertificate(azure, ctx);
			const auth = azure.oneOf("auth", AUTH) ?? "default";
			const authorityHost = (0, _authority_host_js__WEBPACK_IMPORTED_MODULE_9__.E)(azure, auth);
			const clientId = readOidcId(azure, "client-id", auth);
			const tenantId = readOidcId(azure, "tenant-id", auth);
			const securityType = readSecurityType(azure, definition);
			const identity = azure.string("identity", checkIdentityId);
			const subnetId = azure.string("subnet-id", (id) => checkSubnetId(id, subscriptionId));
			if (!subscriptionId || !location || !resourceGroup || !gallery || !definition || !version || !sourceImage || !targetRegions || !replicaPolicy || !template || !securityType) {
				return undefined;
			}
			return {
				subscriptionId,
				location,
				resourceGroup,
				gallery,
				definition,
				version,
				vmSize: vmSize ?? "Standard_D4s_v5",
				sourceImage,
				targetRegions,
				replicaPolicy,
				excludeFromLatest,
				...endOfLifeDate ? { endOfLifeDate: new Date(endOfLifeDate).toISOString() } : {},
				tags,
				template: {
					path: template,
					variables: (0, _merge_js__WEBPACK_IMPORTED_MODULE_10__.$N)(ctx.variables, variables ?? {})
				},
				timeouts: {
					builder: builderTimeout ?? 90 * MINUTE,
					replication: replicationTimeout ?? 2 * HOUR,
					operation: operationTimeout ?? 30 * MINUTE
				},
				pollInterval: pollInterval ?? 5 * SECOND,
				...endpoint ? { endpoint } : {},
				...caCertificate ? { caCertificate } : {},
				...authorityHost ? { authorityHost } : {},
				auth,
				...clientId ? { clientId } : {},
				...tenantId ? { tenantId } : {},
				securityType,
				...identity ? { identity } : {},
				...subnetId ? { subnetId } : {}
			};
		}
		function readBuilderTimeout(timeouts) {
			const ms = timeouts?.duration("builder", 1, 24 * HOUR);
			if (ms === undefined || ms <= RUN_COMMAND_CAP) return ms;
			timeouts.problem("builder", `at most 90m: the provisioning script runs through run-command, which Azure stops after 90 minutes (got ${(0, _duration_js__WEBPACK_IMPORTED_MODULE_3__.a)(ms)}); make the script finish sooner`);
			return undefined;
		}
		function readSecurityType(azure, definition) {
			const generation = definition?.hyperVGeneration ?? "V2";
			const fallback = generation === "V2" ? "TrustedLaunch" : "Standard";
			if (azure.value("security-type") === "ConfidentialVM") {
				azure.problem("security-type", "ConfidentialVM is not supported: it needs a confidential VM size, an encrypted OS disk and a gallery version replicated to its home region only; use TrustedLaunch or Standard");
				return undefined;
			}
			if (!azure.has("security-type")) return fallback;
			const value = azure.oneOf("security-type", SECURITY_TYPES);
			if (value === "TrustedLaunch" && generation === "V1") {
				azure.problem("security-type", "TrustedLaunch needs a Generation 2 image: set definition.hyper-v-generation: V2 (with a Gen2 source image such as 22_04-lts-gen2), or security-type: Standard");
				return undefined;
			}
			return value;
		}
		function checkIdentityId(id) {
			if (IDENTITY_ID.test(id)) return undefined;
			return "must be the resource id of a user-assigned managed identity, such as " + "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name> " + `(got "${id}")`;
		}
		function checkSubnetId(id, subscriptionId) {
			const match = SUBNET_ID.exec(id);
			if (!match) {
				return "must be the resource id of a subnet, such as " + "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<network>/subnets/<subnet> " + `(got "${id}")`;
			}
			if (subscriptionId && match[1].toLowerCase() !== subscriptionId.toLowerCase()) {
				return `is in subscription ${match[1]}, but the builder's network interface is created in ` + `azure.subscription-id ${subscriptionId}, and Azure attaches one only to a virtual network ` + "of its own subscription: use a subnet of that subscription";
			}
			return undefined;
		}
		function readDefinition(azure, namespace) {
			if (!azure.has("definition")) {
				azure.problem("definition", "required: the image definition (name, publisher, offer, sku)");
				return undefined;
			}
			const definition = azure.section("definition", DEFINITION_KEYS);
			if (!definition) return undefined;
			const name = definition.required("name", _naming_azure_js__WEBPACK_IMPORTED_MODULE_8__.dW);
			const publisher = definition.required("publisher", checkIdentifier);
			const offer = definition.required("offer", checkIdentifier);
			const sku = definition.required("sku", checkIdentifier, { id: true });
			const osType = definition.oneOf("os-type", ["Linux", "Windows"]);
			const hyperVGeneration = definition.oneOf("hyper-v-generation", ["V1", "V2"]);
			const namespaced = name && (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_8__.PW)(name, namespace);
			const tooLong = namespaced && namespaced !== name && (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_8__.dW)(namespaced);
			if (tooLong) {
				definition.problem("name", `${tooLong} in namespace ${namespace}; shorten azure.definition.name or image.namespace`);
			}
			if (!name || !publisher || !offer || !sku || tooLong) return undefined;
			return {
				name,
				publisher,
				offer,
				sku,
				osType: osType ?? "Linux",
				hyperVGeneration: hyperVGeneration ?? "V2"
			};
		}
		function readVersion(azure, image) {
			if (!azure.has("version")) {
				if (!image || image.version === _naming_version_js__WEBPACK_IMPORTED_MODULE_7__.jP) return _naming_version_js__WEBPACK_IMPORTED_MODULE_7__.jP;
				const example = /^\d+$/.test(image.version) ? `${image.version}.0.0` : "1.0.0";
				azure.problem("version", `required when image.version is explicit (${image.version}): gallery versions are ` + `Major.Minor.Patch, so set azure.version (e.g. ${example}) or use image.version: auto`);
				return undefined;
			}
			return azure.string("version", (text) => text === _naming_version_js__WEBPACK_IMPORTED_MODULE_7__.jP ? undefined : (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_8__.zX)(text), { id: true });
		}
		function readSourceImage(azure) {
			if (!azure.has("source-image")) {
				azure.problem("source-image", "required: a marketplace image (publisher, offer, sku) or the id of a gallery or managed image");
				return undefined;
			}
			const source = azure.section("source-image", SOURCE_KEYS);
			if (!source) return undefined;
			if (source.has("id")) {
				const marketplace = SOURCE_KEYS.filter((k) => k !== "id" && source.has(k));
				const id = source.string("id", checkImageId);
				if (marketplace.length > 0) {
					azure.problem("source-image", `either id or a marketplace image, not both (also set: ${marketplace.join(", ")})`);
					return undefined;
				}
				return id ? { id } : undefined;
			}
			const publisher = source.required("publisher", checkIdentifier);
			const offer = source.required("offer", checkIdentifier);
			const sku = source.required("sku", checkIdentifier, { id: true });
			const version = source.string("version", checkMarketplaceVersion, { id: true });
			if (!publisher || !offer || !sku) return undefined;
			return {
				publisher,
				offer,
				sku,
				version: version ?? "latest"
			};
		}
		function checkImageId(id) {
			if (IMAGE_ID.test(id)) return undefined;
			return "must be the resource id of a gallery image, gallery image version or managed image, such as " + "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Compute/galleries/<gallery>/images/<definition>/versions/<version> " + `(got "${id}")`;
		}
		function readRegions(azure, location) {
			if (!azure.has("target-regions")) {
				return location ? [{
					name: location,
					replicas: 1,
					storageAccountType: "Standard_LRS"
				}] : undefined;
			}
			const regions = (0, _replicate_regions_js__WEBPACK_IMPORTED_MODULE_2__.$Z)(azure, "target-regions");
			if (regions && location && !regions.some((r) => r.name === location)) {
				azure.problem("target-regions", `must include location ${location}: Azure replicates a gallery version from the region ` + `it is built in (add "- ${location}", or build in one of the listed regions)`);
				return undefined;
			}
			return regions;
		}
		function readReplicaPolicy(azure, namespace) {
			const policy = azure.section("replica-policy", POLICY_KEYS);
			if (!policy) return undefined;
			const before = policy.problems.list.length;
			const vms = policy.integer("expected-concurrent-vms", 1, 1e7);
			const vmsPerReplica = policy.integer("vms-per-replica", 1, 1e3) ?? 20;
			const production = policy.boolean("production") ?? namespace === _naming_version_js__WEBPACK_IMPORTED_MODULE_7__.oQ;
			if (policy.problems.list.length > before) return undefined;
			return {
				...vms === undefined ? {} : { expectedConcurrentVms: vms },
				vmsPerReplica,
				production
			};
		}
		function checkIsoDate(text) {
			const m = ISO_DATE.exec(text);
			const [year, month, day] = [
				Number(m?.[1]),
				Number(m?.[2]),
				Number(m?.[3])
			];
			const date = new Date(Date.UTC(year, month - 1, day));
			const real = m && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && !Number.isNaN(Date.parse(text));
			if (real) return undefined;
			return `must be an ISO 8601 date such as 2027-06-30, or a date-time with its offset such as 2027-06-30T12:00:00Z (got "${text}")`;
		}
		function readTags(azure) {
			const raw = azure.mapping("tags") ?? {};
			const entries = Object.entries(raw);
			if (entries.length > _naming_azure_js__WEBPACK_IMPORTED_MODULE_8__.F5) {
				azure.problem("tags", `at most ${_naming_azure_js__WEBPACK_IMPORTED_MODULE_8__.F5} tags (got ${entries.length})`);
			}
			const tags = {};
			const seen = new Map();
			for (const [name, value] of entries) {
				const path = [
					...azure.path,
					"tags",
					name
				];
				const other = seen.get(name.toLowerCase());
				seen.set(name.toLowerCase(), name);
				const nameProblem = (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_8__.uz)(name) ?? (other ? `tag "${name}" is also set as "${other}": Azure tag names ignore case` : undefined);
				if (nameProblem) azure.problem(path, nameProblem);
				const text = [
					"string",
					"number",
					"boolean"
				].includes(typeof value) ? String(value) : undefined;
				const valueProblem = text === undefined ? `must be a string (got ${(0, _problems_js__WEBPACK_IMPORTED_MODULE_4__.q0)(value)})` : azure.coercedValue(path, value) ?? (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_8__.Gz)(text);
				if (valueProblem) azure.problem(path, valueProblem);
				else if (text !== undefined && !nameProblem) (0, _merge_js__WEBPACK_IMPORTED_MODULE_10__.P5)(tags, name, text);
			}
			return tags;
		}
		function checkEndpoint(url) {
			const ok = URL.canParse(url) && new URL(url).protocol === "https:";
			return ok ? undefined : `must be an https URL such as https://127.0.0.1:8443 (got "${url}")`;
		}
		function readCaCertificate(azure, where) {
			const file = azure.file("ca-certificate", where);
			if (file === undefined) return undefined;
			const stat = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false });
			if (!stat?.isFile()) {
				azure.problem("ca-certificate", stat ? `${file} is not a file` : `file not found: ${file}`);
				return undefined;
			}
			if (!(0, _ca_file_js__WEBPACK_IMPORTED_MODULE_1__.Ll)(file)) {
				azure.problem("ca-certificate", `${file} is not a PEM certificate: no -----BEGIN CERTIFICATE----- line in its first 64 KB`);
				return undefined;
			}
			return file;
		}
		function readOidcId(azure, key, auth) {
			const what = key === "client-id" ? "client id" : "tenant id";
			if (auth === "oidc" && !azure.has(key)) {
				azure.problem(key, `required with auth: oidc (the ${what} of the app registration that trusts this repository's GitHub tokens)`);
				return undefined;
			}
			return azure.string(key, (id) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_8__.AA)(id, what));
		}
	}),
	20813: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Ll: () => holdsPem,
			m3: () => readCaCertificateFile,
			uc: () => checkCaCertificateFile
		});
		var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
		var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93593);
		const PEM_BEGIN = "-----BEGIN CERTIFICATE-----";
		const HEAD_BYTES = 64 * 1024;
		function checkCaCertificateFile(path) {
			const text = (0, _text_js__WEBPACK_IMPORTED_MODULE_1__.ZJ)(path);
			if (text) return text;
			let stat;
			try {
				stat = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false });
			} catch (err) {
				return `${(0, _text_js__WEBPACK_IMPORTED_MODULE_1__.TL)(path)} cannot be read (${err.code ?? "error"})`;
			}
			if (!stat) return `file not found: ${(0, _text_js__WEBPACK_IMPORTED_MODULE_1__.TL)(path)}`;
			if (stat.isDirectory()) return `${(0, _text_js__WEBPACK_IMPORTED_MODULE_1__.TL)(path)} is a folder, not a PEM certificate file`;
			if (!stat.isFile()) return `${(0, _text_js__WEBPACK_IMPORTED_MODULE_1__.TL)(path)} is not a file`;
			let pem;
			try {
				pem = holdsPem(path);
			} catch (err) {
				return `${(0, _text_js__WEBPACK_IMPORTED_MODULE_1__.TL)(path)} cannot be read (${err.code ?? "error"})`;
			}
			if (!pem) {
				return `${(0, _text_js__WEBPACK_IMPORTED_MODULE_1__.TL)(path)} holds no PEM certificate: no ${PEM_BEGIN} line in its first 64 KB`;
			}
			return undefined;
		}
		function holdsPem(path) {
			const head = Buffer.alloc(HEAD_BYTES);
			const fd = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, "r");
			try {
				return head.subarray(0, (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, head.length, 0)).includes(PEM_BEGIN);
			} finally {
				(0, node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
			}
		}
		function readCaCertificateFile(path) {
			const problem = checkCaCertificateFile(path);
			if (problem) throw new Error(`ca-certificate: ${problem}`);
			return (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, "utf8");
		}
	}),
	35982: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			E: () => parseDuration,
			a: () => _wait_duration_js__WEBPACK_IMPORTED_MODULE_2__.a
		});
		var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9353);
		var _problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31846);
		var _wait_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47683);
		const UNITS = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;
		const MS = {
			d: 864e5,
			h: 36e5,
			m: 6e4,
			s: 1e3
		};
		function parseDuration(value, field) {
			const text = typeof value === "string" ? value.trim() : undefined;
			if (typeof value === "number" && Number.isFinite(value) && value >= 0) {
				return Math.round(value * 1e3);
			}
			if (text && /^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1e3);
			const m = text ? UNITS.exec(text) : null;
			if (m && m.slice(1).some((part) => part !== undefined)) {
				const [, d = "0", h = "0", min = "0", s = "0", ms = "0"] = m;
				return Number(d) * MS.d + Number(h) * MS.h + Number(min) * MS.m + Number(s) * MS.s + Number(ms);
			}
			throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.x([{
				field,
				message: `must be a duration such as "90s", "45m", "2h", "1h30m", "250ms" or a number of seconds (got ${(0, _problems_js__WEBPACK_IMPORTED_MODULE_1__.q0)(value)})`
			}]);
		}
	}),
	8005: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			A: () => readImage,
			s: () => checkImageVersion
		});
		var _naming_gce_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26201);
		var _naming_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49894);
		var _section_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13667);
		var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93593);
		const KEYS = [
			"name",
			"namespace",
			"version",
			"overwrite",
			"description"
		];
		const PLACEHOLDER_VERSION = "9999";
		function checkImageVersion(version) {
			const large = (0, _naming_version_js__WEBPACK_IMPORTED_MODULE_2__.EC)(version);
			return large ? `${(0, _text_js__WEBPACK_IMPORTED_MODULE_1__.TL)(version, 40)} ${large}` : (0, _naming_version_js__WEBPACK_IMPORTED_MODULE_2__.ps)(version);
		}
		function readImage(problems, raw) {
			const image = _section_js__WEBPACK_IMPORTED_MODULE_0__.w.open(problems, ["image"], raw, KEYS);
			if (!image) return undefined;
			const name = image.required("name", (n) => (0, _naming_gce_js__WEBPACK_IMPORTED_MODULE_3__.p9)(n, "image name"));
			const namespace = image.has("namespace") ? image.string("namespace", _naming_version_js__WEBPACK_IMPORTED_MODULE_2__.oO) : _naming_version_js__WEBPACK_IMPORTED_MODULE_2__.oQ;
			const version = image.has("version") ? image.string("version", checkImageVersion, { id: true }) : _naming_version_js__WEBPACK_IMPORTED_MODULE_2__.jP;
			const overwrite = image.boolean("overwrite") ?? false;
			const description = image.string("description");
			if (overwrite && namespace !== undefined && !(0, _naming_version_js__WEBPACK_IMPORTED_MODULE_2__.Q)(namespace)) {
				image.problem("overwrite", `cannot be true in the ${_naming_version_js__WEBPACK_IMPORTED_MODULE_2__.oQ} namespace: released images are never replaced; ` + "set image.namespace to bake images you may overwrite");
			}
			if (name === undefined || namespace === undefined || version === undefined) return undefined;
			const auto = version === _naming_version_js__WEBPACK_IMPORTED_MODULE_2__.jP;
			const fullNameProblem = (0, _naming_gce_js__WEBPACK_IMPORTED_MODULE_3__.p9)((0, _naming_version_js__WEBPACK_IMPORTED_MODULE_2__.tO)(name, namespace, auto ? PLACEHOLDER_VERSION : version), "image name");
			if (fullNameProblem) {
				image.problem("name", `${fullNameProblem}${auto ? ` (with version: auto, allowing for a ${PLACEHOLDER_VERSION.length}-digit version)` : ""}; ` + "shorten image.name or image.namespace");
			}
			return {
				name,
				namespace,
				version,
				overwrite,
				...description ? { description } : {}
			};
		}
	}),
	59716: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Pb: () => DEFAULT_LIFECYCLE,
			h: () => readLifecycleClouds
		});
		var _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63726);
		var _naming_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49894);
		var _image_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
		var _merge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66404);
		var _section_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13667);
		var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93593);
		const LIFECYCLE_KEYS = [
			"keep",
			"min-age",
			"deprecate-after",
			"delete-after",
			"protect",
			"adopt"
		];
		const DEFAULT_KEEP = 3;
		const DEFAULT_MIN_AGE = 30 * 864e5;
		const MAX_KEEP = 1e3;
		const MAX_AGE = 3650 * 864e5;
		const DEFAULT_LIFECYCLE = {
			keep: DEFAULT_KEEP,
			minAge: DEFAULT_MIN_AGE,
			protect: [],
			adopt: false
		};
		const isImageVersion = (v) => v !== _naming_version_js__WEBPACK_IMPORTED_MODULE_3__.jP && !(0, _image_js__WEBPACK_IMPORTED_MODULE_0__.s)(v);
		const isGalleryVersion = (v) => !(0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__.zX)(v);
		function checkProtect(cloud) {
			const azure = cloud === "azure";
			return (entry) => {
				const fits = (v) => cloud === undefined ? isImageVersion(v) || isGalleryVersion(v) : azure ? isGalleryVersion(v) : isImageVersion(v);
				if (fits(entry)) return undefined;
				const meant = [
					entry.trim(),
					/^v(.+)$/i.exec(entry)?.[1],
					/^[a-z][a-z0-9-]*?-([^-]+)$/.exec(entry)?.[1]
				].filter((v) => v !== undefined && v !== entry).find(fits);
				if (meant !== undefined) {
					const shown = /^[\w.-]+$/.test(entry) ? entry : (0, _text_js__WEBPACK_IMPORTED_MODULE_2__.TL)(entry);
					return `protect lists versions: write ${meant}, not ${shown}`;
				}
				if ((0, _naming_version_js__WEBPACK_IMPORTED_MODULE_3__.EC)(entry)) return (0, _image_js__WEBPACK_IMPORTED_MODULE_0__.s)(entry);
				if (azure && isImageVersion(entry)) {
					return `Azure versions are gallery versions (Major.Minor.Patch, such as 0.0.15), so ${(0, _text_js__WEBPACK_IMPORTED_MODULE_2__.TL)(entry)} protects nothing here; list image versions under lifecycle or gcp/aws.lifecycle`;
				}
				if (cloud !== undefined && !azure && isGalleryVersion(entry)) {
					return `${(0, _text_js__WEBPACK_IMPORTED_MODULE_2__.TL)(entry)} is an Azure gallery version; ${cloud} versions are image versions such as 24 or 17a: list it under azure.lifecycle or lifecycle`;
				}
				const kinds = azure ? "gallery versions such as 0.0.15" : cloud === undefined ? "image versions such as 24 or 17a, or Azure gallery versions such as 0.0.15" : "image versions such as 24 or 17a";
				return `${(0, _text_js__WEBPACK_IMPORTED_MODULE_2__.TL)(entry)} is not a version: protect lists ${kinds}`;
			};
		}
		function readLifecycleBlock(problems, path, value) {
			const section = _section_js__WEBPACK_IMPORTED_MODULE_1__.w.open(problems, path, value, LIFECYCLE_KEYS);
			if (!section) return undefined;
			const before = problems.list.length;
			const keep = section.integer("keep", 1, MAX_KEEP);
			const minAge = section.duration("min-age", 0, MAX_AGE);
			const deprecateAfter = section.duration("deprecate-after", 0, MAX_AGE);
			const deleteAfter = section.duration("delete-after", 0, MAX_AGE);
			const cloud = path.length > 1 ? path[0] : undefined;
			const protect = section.strings("protect", checkProtect(cloud), { id: true }) ?? [];
			const adopt = section.boolean("adopt");
			if (problems.list.length > before) return undefined;
			return {
				protect,
				...keep !== undefined ? { keep } : {},
				...minAge !== undefined ? { minAge } : {},
				...deprecateAfter !== undefined ? { deprecateAfter } : {},
				...deleteAfter !== undefined ? { deleteAfter } : {},
				...adopt !== undefined ? { adopt } : {}
			};
		}
		function lifecycleFor(shared, own) {
			const deprecateAfter = own?.deprecateAfter ?? shared?.deprecateAfter;
			const deleteAfter = own?.deleteAfter ?? shared?.deleteAfter;
			return {
				keep: own?.keep ?? shared?.keep ?? DEFAULT_KEEP,
				minAge: own?.minAge ?? shared?.minAge ?? DEFAULT_MIN_AGE,
				...deprecateAfter !== undefined ? { deprecateAfter } : {},
				...deleteAfter !== undefined ? { deleteAfter } : {},
				protect: [...new Set([...shared?.protect ?? [], ...own?.protect ?? []])],
				adopt: own?.adopt ?? shared?.adopt ?? false
			};
		}
		function readLifecycleClouds(problems, root, clouds) {
			const shared = root.has("lifecycle") ? readLifecycleBlock(problems, ["lifecycle"], root.value("lifecycle")) : undefined;
			const own = {};
			let written = false;
			for (const cloud of clouds) {
				const block = root.value(cloud);
				const ownLifecycle = (0, _merge_js__WEBPACK_IMPORTED_MODULE_5__.pi)(block) ? (0, _merge_js__WEBPACK_IMPORTED_MODULE_5__.ZV)(block, "lifecycle") : undefined;
				if (ownLifecycle === undefined || ownLifecycle === null) continue;
				written = true;
				const read = readLifecycleBlock(problems, [cloud, "lifecycle"], ownLifecycle);
				if (read) own[cloud] = read;
			}
			if (!root.has("lifecycle") && !written) return undefined;
			const lifecycle = {};
			for (const cloud of clouds.filter((c) => root.has(c))) {
				lifecycle[cloud] = lifecycleFor(shared, own[cloud]);
			}
			return lifecycle;
		}
	}),
	50649: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Z9: () => loadConfig,
			az: () => readConfigSource
		});
		var external_node_buffer_ = __webpack_require__(4573);
		var promises_ = __webpack_require__(51455);
		var external_node_path_ = __webpack_require__(76760);
		var confine = __webpack_require__(54936);
		var errors = __webpack_require__(9353);
		var merge = __webpack_require__(66404);
		var config_text = __webpack_require__(93593);
		var naming_aws = __webpack_require__(91486);
		var version = __webpack_require__(49894);
		var config_problems = __webpack_require__(31846);
		var config_section = __webpack_require__(13667);
		;
		const KEYS = [
			"region",
			"instance-type",
			"source-image",
			"subnet-id",
			"security-group-ids",
			"iam-instance-profile",
			"volume",
			"target-regions",
			"ami-name",
			"tags",
			"template",
			"variables",
			"timeouts",
			"poll-interval",
			"endpoint",
			"encrypted",
			"kms-key-id",
			"verify",
			"lifecycle"
		];
		const SOURCE_KEYS = [
			"id",
			"owner",
			"name"
		];
		const VOLUME_TYPES = [
			"gp3",
			"gp2",
			"io1",
			"io2",
			"standard"
		];
		const SECOND = 1e3;
		const MINUTE = 60 * SECOND;
		const HOUR = 60 * MINUTE;
		const LONGEST_VERSION = "9999a";
		function checkEndpoint(url) {
			const ok = URL.canParse(url) && ["http:", "https:"].includes(new URL(url).protocol);
			return ok ? undefined : `must be an http(s) URL such as http://127.0.0.1:8085 (got "${url}")`;
		}
		function readAws(problems, raw, ctx) {
			const aws = config_section.w.open(problems, ["aws"], raw, KEYS);
			if (!aws) return undefined;
			const region = aws.required("region", naming_aws.GC);
			const instanceType = aws.string("instance-type", naming_aws.Wo);
			const sourceImage = readSourceImage(aws);
			const subnetId = aws.string("subnet-id", naming_aws.r8);
			const securityGroupIds = aws.strings("security-group-ids", naming_aws.p4);
			const iamInstanceProfile = aws.string("iam-instance-profile", naming_aws.zp);
			const volume = aws.section("volume", ["size-gb", "type"]);
			const sizeGb = volume?.integer("size-gb", 1, 16384);
			const volumeType = volume?.oneOf("type", VOLUME_TYPES);
			const targetRegions = readTargetRegions(aws, region);
			const amiName = readAmiName(aws, ctx.image);
			const tags = readTags(aws);
			const template = aws.file("template", ctx, { required: true });
			const variables = aws.mapping("variables");
			const timeouts = aws.section("timeouts", [
				"builder",
				"image",
				"copy",
				"operation"
			]);
			const builderTimeout = timeouts?.duration("builder", 1, 24 * HOUR);
			const imageTimeout = timeouts?.duration("image", 1, 24 * HOUR);
			const copyTimeout = timeouts?.duration("copy", 1, 48 * HOUR);
			const operationTimeout = timeouts?.duration("operation", 1, 24 * HOUR);
			const pollInterval = aws.duration("poll-interval", 100, 5 * MINUTE);
			const endpoint = aws.string("endpoint", checkEndpoint);
			const encryptedSetting = aws.boolean("encrypted");
			const kmsKeyId = aws.string("kms-key-id", (k) => (0, naming_aws.B$)(k, region));
			if (kmsKeyId && encryptedSetting === false) {
				aws.problem("kms-key-id", "is set but encrypted is false: remove one of them");
			}
			if (!region || !sourceImage || !template || !targetRegions || !amiName) return undefined;
			return {
				region,
				instanceType: instanceType ?? "t3.large",
				sourceImage,
				...subnetId ? { subnetId } : {},
				securityGroupIds: securityGroupIds ?? [],
				...iamInstanceProfile ? { iamInstanceProfile } : {},
				volume: {
					sizeGb: sizeGb ?? 16,
					type: volumeType ?? "gp3"
				},
				targetRegions,
				amiName,
				tags,
				template: {
					path: template,
					variables: (0, merge.$N)(ctx.variables, variables ?? {})
				},
				timeouts: {
					builder: builderTimeout ?? 60 * MINUTE,
					image: imageTimeout ?? 60 * MINUTE,
					copy: copyTimeout ?? 2 * HOUR,
					operation: operationTimeout ?? 10 * MINUTE
				},
				pollInterval: pollInterval ?? 5 * SECOND,
				...endpoint ? { endpoint } : {},
				encrypted: encryptedSetting ?? kmsKeyId !== undefined,
				...kmsKeyId ? { kmsKeyId } : {}
			};
		}
		function readSourceImage(aws) {
			if (!aws.has("source-image")) {
				aws.problem("source-image", "required: an AMI id, or an owner and a name filter (the newest match is used)");
				return undefined;
			}
			const source = aws.section("source-image", SOURCE_KEYS);
			if (!source) return undefined;
			const id = source.string("id", naming_aws.lK);
			const owner = source.string("owner", naming_aws.D2, { id: true });
			const name = source.string("name", (n) => (0, config_text.Rv)(n, 128));
			if (source.has("id") && (source.has("owner") || source.has("name"))) {
				aws.problem("source-image", "either id or owner + name, not both");
				return undefined;
			}
			if (!source.has("id")) {
				if (!source.has("name")) {
					source.problem("name", "required without id: an AMI name filter such as ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*");
				}
				if (!source.has("owner")) {
					source.problem("owner", "required with name: who publishes the AMI (099720109477 for Canonical, amazon, self); anyone can publish an AMI of any name");
				}
			}
			if (id) return { id };
			return owner && name ? {
				owner,
				name
			} : undefined;
		}
		function readTargetRegions(aws, region) {
			const before = aws.problems.list.length;
			const list = aws.strings("target-regions", naming_aws.GC) ?? [];
			if (aws.problems.list.length > before) return undefined;
			return list.filter((r) => r !== region);
		}
		function readAmiName(aws, image) {
			const base = aws.string("ami-name", (n) => (0, naming_aws.pz)(n, "ami-name")) ?? image?.name;
			if (!base) return undefined;
			const namespace = image?.namespace ?? version.oQ;
			const longest = (0, version.tO)(base, namespace, LONGEST_VERSION);
			const problem = (0, naming_aws.pz)(longest, "the AMI name");
			if (problem) {
				aws.problem(aws.has("ami-name") ? "ami-name" : "region", `${problem} (with namespace ${namespace} and a version such as ${LONGEST_VERSION}); ` + (aws.has("ami-name") ? "shorten aws.ami-name or image.namespace" : "shorten image.name, or set a shorter aws.ami-name"));
				return undefined;
			}
			return base;
		}
		function readTags(aws) {
			const raw = aws.mapping("tags") ?? {};
			const entries = Object.entries(raw);
			if (entries.length > naming_aws.Ji) {
				aws.problem("tags", `at most ${naming_aws.Ji} tags (got ${entries.length})`);
			}
			const tags = {};
			for (const [key, value] of entries) {
				const path = [
					...aws.path,
					"tags",
					key
				];
				const keyProblem = (0, naming_aws.Do)(key);
				if (keyProblem) aws.problem(path, keyProblem);
				const text = [
					"string",
					"number",
					"boolean"
				].includes(typeof value) ? String(value) : undefined;
				const valueProblem = text === undefined ? `must be a string (got ${(0, config_problems.q0)(value)})` : aws.coercedValue(path, value) ?? (0, naming_aws.FO)(text);
				if (valueProblem) aws.problem(path, valueProblem);
				else if (text !== undefined && !keyProblem) (0, merge.P5)(tags, key, text);
			}
			return tags;
		}
		var config_azure = __webpack_require__(36735);
		var gce = __webpack_require__(26201);
		;
		const SERIES = new Set([
			"a2",
			"a3",
			"a4",
			"a4x",
			"c2",
			"c2d",
			"c3",
			"c3d",
			"c4",
			"c4a",
			"c4d",
			"e2",
			"g2",
			"g4",
			"h3",
			"h4d",
			"m1",
			"m2",
			"m3",
			"m4",
			"n1",
			"n2",
			"n2d",
			"n4",
			"n4a",
			"n4d",
			"t2a",
			"t2d",
			"x4",
			"z3"
		]);
		const CLASSES = new Set([
			"standard",
			"highmem",
			"highcpu",
			"ultramem",
			"megamem",
			"hypermem",
			"highgpu",
			"megagpu",
			"ultragpu",
			"edgegpu",
			"highlssd",
			"standardlssd"
		]);
		const SHARED_CORE = new Set([
			"e2-micro",
			"e2-small",
			"e2-medium",
			"f1-micro",
			"g1-small"
		]);
		const PREDEFINED = /^([a-z0-9]+)-([a-z]+)-(\d+)(g?)(?:-(?:lssd|nolssd|metal|highlssd|standardlssd))?$/;
		const X4 = /^x4-(\d+)-metal$/;
		const CUSTOM = /^(?:([a-z0-9]+)-)?custom-(\d+|micro|small|medium)-(\d+)(?:-ext)?$/;
		function machineTypeProblem(name) {
			if (SHARED_CORE.has(name)) return undefined;
			const custom = CUSTOM.exec(name);
			if (custom) {
				return custom[1] === undefined || SERIES.has(custom[1]) ? undefined : `there is no machine series "${custom[1]}"`;
			}
			if (X4.test(name)) return undefined;
			const m = PREDEFINED.exec(name);
			if (!m) return "a machine type is SERIES-CLASS-VCPUS (n2-standard-4), shared-core (e2-small) or custom (custom-4-8192)";
			if (!SERIES.has(m[1])) return `there is no machine series "${m[1]}"`;
			if (!CLASSES.has(m[2])) return `there is no machine class "${m[2]}"`;
			if (Number(m[3]) === 0) return "a machine type has at least one vCPU";
			return undefined;
		}
		function checkMachineType(name) {
			const badName = (0, gce.p9)(name, "machine type");
			if (badName) return badName;
			const problem = machineTypeProblem(name);
			return problem && `"${name}" is not a GCE machine type: ${problem}`;
		}
		var naming_labels = __webpack_require__(42095);
		;
		const CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
		const NETWORK_TIERS = ["PREMIUM", "STANDARD"];
		const AUTH = "https://www.googleapis.com/auth/";
		const STORAGE_RO = `${AUTH}devstorage.read_only`;
		const LOGGING_WRITE = `${AUTH}logging.write`;
		const MONITORING_WRITE = `${AUTH}monitoring.write`;
		const MONITORING = `${AUTH}monitoring`;
		const SERVICE_CONTROL = `${AUTH}servicecontrol`;
		const SERVICE_MANAGEMENT = `${AUTH}service.management.readonly`;
		const PUBSUB = `${AUTH}pubsub`;
		const TRACE = `${AUTH}trace.append`;
		const SCOPE_ALIASES = new Map(Object.entries({
			bigquery: [`${AUTH}bigquery`],
			"cloud-platform": [CLOUD_PLATFORM],
			"cloud-source-repos": [`${AUTH}source.full_control`],
			"cloud-source-repos-ro": [`${AUTH}source.read_only`],
			"compute-ro": [`${AUTH}compute.readonly`],
			"compute-rw": [`${AUTH}compute`],
			datastore: [`${AUTH}datastore`],
			default: [
				STORAGE_RO,
				LOGGING_WRITE,
				MONITORING_WRITE,
				SERVICE_CONTROL,
				SERVICE_MANAGEMENT,
				PUBSUB,
				TRACE
			].sort(),
			"gke-default": [
				STORAGE_RO,
				LOGGING_WRITE,
				MONITORING,
				SERVICE_CONTROL,
				SERVICE_MANAGEMENT,
				TRACE
			].sort(),
			"logging-write": [LOGGING_WRITE],
			monitoring: [MONITORING],
			"monitoring-read": [`${AUTH}monitoring.read`],
			"monitoring-write": [MONITORING_WRITE],
			pubsub: [PUBSUB],
			"service-control": [SERVICE_CONTROL],
			"service-management": [SERVICE_MANAGEMENT],
			"sql-admin": [`${AUTH}sqlservice.admin`],
			"storage-full": [`${AUTH}devstorage.full_control`],
			"storage-ro": [STORAGE_RO],
			"storage-rw": [`${AUTH}devstorage.read_write`],
			taskqueue: [`${AUTH}taskqueue`],
			trace: [TRACE],
			"userinfo-email": [`${AUTH}userinfo.email`]
		}));
		const EMAIL = /^[a-zA-Z0-9_.+-]+@[a-z0-9-.:]+\.gserviceaccount\.com$/;
		function checkServiceAccount(value) {
			if (value === "default" || value === "none" || EMAIL.test(value)) return undefined;
			return "must be default (the project\u2019s Compute Engine default service account), none (no " + "account: the builder calls no Google API), or a service account email such as " + `builder@my-project.iam.gserviceaccount.com (got ${(0, config_problems.q0)(value)})`;
		}
		function checkScope(value) {
			if (SCOPE_ALIASES.has(value) || /^https:\/\/www\.googleapis\.com\/auth\/\S+$/.test(value)) {
				return undefined;
			}
			const near = /^[a-z-]+$/.test(value) ? " or a gcloud alias such as cloud-platform" : "";
			return `must be a scope URL such as ${CLOUD_PLATFORM}${near} (got ${(0, config_problems.q0)(value)})`;
		}
		function readScopes(gcp) {
			const given = gcp.strings("scopes", checkScope);
			if (!given) return undefined;
			const from = new Map();
			let ok = true;
			given.forEach((scope, i) => {
				const urls = SCOPE_ALIASES.get(scope) ?? [scope];
				const again = urls.find((u) => from.has(u));
				if (again !== undefined && urls.length === 1) {
					gcp.problem([
						...gcp.path,
						"scopes",
						i
					], `${(0, config_problems.q0)(scope)} is ${again} again (already [${from.get(again)}]); list it once`);
					ok = false;
				}
				for (const url of urls) if (!from.has(url)) from.set(url, i);
			});
			return ok ? [...from.keys()].sort() : undefined;
		}
		function readGcpAccess(gcp) {
			const serviceAccount = gcp.string("service-account", checkServiceAccount) ?? "default";
			const scopes = readScopes(gcp);
			const externalIp = gcp.boolean("external-ip") ?? true;
			const networkTier = gcp.oneOf("network-tier", NETWORK_TIERS);
			let ok = scopes !== undefined || !gcp.has("scopes");
			if (serviceAccount === "none" && gcp.has("scopes") && (scopes?.length ?? 1) > 0) {
				gcp.problem("scopes", "scopes need a service account: remove them, or set service-account to default or an email");
				ok = false;
			}
			if (!externalIp && networkTier) {
				gcp.problem("network-tier", "is the tier of the external address, and external-ip is false: remove network-tier, " + "or set external-ip: true");
				ok = false;
			}
			if (!ok) return undefined;
			return {
				serviceAccount,
				scopes: serviceAccount === "none" ? [] : scopes ?? [CLOUD_PLATFORM],
				externalIp,
				...networkTier ? { networkTier } : {}
			};
		}
		;
		const gcp_KEYS = [
			"project",
			"zone",
			"machine-type",
			"boot-disk",
			"network",
			"subnet",
			"service-account",
			"scopes",
			"external-ip",
			"network-tier",
			"source-image",
			"image-family",
			"labels",
			"storage-location",
			"template",
			"variables",
			"timeouts",
			"poll-interval",
			"endpoint",
			"auth",
			"verify",
			"lifecycle"
		];
		const DISK_TYPES = [
			"pd-standard",
			"pd-balanced",
			"pd-ssd",
			"pd-extreme",
			"hyperdisk-balanced"
		];
		const gcp_AUTH = ["application-default", "none"];
		const gcp_SECOND = 1e3;
		const gcp_MINUTE = 60 * gcp_SECOND;
		const gcp_HOUR = 60 * gcp_MINUTE;
		const LOCATION = /^[a-z][a-z0-9-]*$/;
		function gcp_checkEndpoint(url) {
			const ok = URL.canParse(url) && ["http:", "https:"].includes(new URL(url).protocol);
			return ok ? undefined : `must be an http(s) URL such as http://127.0.0.1:8085 (got "${url}")`;
		}
		function readGcp(problems, raw, ctx) {
			const gcp = config_section.w.open(problems, ["gcp"], raw, gcp_KEYS);
			if (!gcp) return undefined;
			const project = gcp.required("project", gce.vb);
			const zone = gcp.required("zone", gce.j5);
			const machineType = gcp.string("machine-type", checkMachineType);
			const disk = gcp.section("boot-disk", ["size-gb", "type"]);
			const sizeGb = disk?.integer("size-gb", 10, 65536);
			const diskType = disk?.oneOf("type", DISK_TYPES);
			const network = gcp.string("network", gce.v8);
			const subnet = gcp.string("subnet", (v) => (0, gce.Qi)(v, zone));
			const access = readGcpAccess(gcp);
			const sourceImage = gcp_readSourceImage(gcp);
			const imageFamily = gcp.string("image-family", (f) => (0, gce.p9)(f, "image family"));
			const labels = readLabels(gcp);
			const storageLocation = gcp.string("storage-location", (l) => LOCATION.test(l) ? (0, gce.RP)(l) : `must be a multi-region or region such as us or us-central1 (got "${l}")`);
			const template = gcp.file("template", ctx, { required: true });
			const variables = gcp.mapping("variables");
			const timeouts = gcp.section("timeouts", [
				"builder",
				"image",
				"operation"
			]);
			const builderTimeout = timeouts?.duration("builder", 1, 24 * gcp_HOUR);
			const imageTimeout = timeouts?.duration("image", 1, 24 * gcp_HOUR);
			const operationTimeout = timeouts?.duration("operation", 1, 24 * gcp_HOUR);
			const pollInterval = gcp.duration("poll-interval", 100, gcp_MINUTE);
			const endpoint = gcp.string("endpoint", gcp_checkEndpoint);
			const auth = gcp.oneOf("auth", gcp_AUTH);
			if (!project || !zone || !access || !sourceImage || !template) return undefined;
			return {
				project,
				zone,
				machineType: machineType ?? "n1-standard-4",
				bootDisk: {
					sizeGb: sizeGb ?? 10,
					type: diskType ?? "pd-ssd"
				},
				...network ? { network } : {},
				...subnet ? { subnet } : {},
				...access,
				sourceImage,
				...imageFamily ? { imageFamily } : {},
				labels,
				...storageLocation ? { storageLocation } : {},
				template: {
					path: template,
					variables: (0, merge.$N)(ctx.variables, variables ?? {})
				},
				timeouts: {
					builder: builderTimeout ?? 45 * gcp_MINUTE,
					image: imageTimeout ?? 20 * gcp_MINUTE,
					operation: operationTimeout ?? 10 * gcp_MINUTE
				},
				pollInterval: pollInterval ?? gcp_SECOND,
				...endpoint ? { endpoint } : {},
				auth: auth ?? "application-default"
			};
		}
		function gcp_readSourceImage(gcp) {
			if (!gcp.has("source-image")) {
				gcp.problem("source-image", "required: an image name or family, plus its project");
				return undefined;
			}
			const source = gcp.section("source-image", [
				"name",
				"family",
				"project"
			]);
			if (!source) return undefined;
			const name = source.string("name", (n) => (0, gce.p9)(n, "image name"));
			const family = source.string("family", (f) => (0, gce.p9)(f, "image family"));
			const project = source.required("project", gce.vb);
			if (!source.has("name") && !source.has("family")) {
				gcp.problem("source-image", "needs a name or a family (e.g. family: ubuntu-minimal-2204-lts)");
			}
			if (!project || !name && !family) return undefined;
			return {
				...name ? { name } : {},
				...family ? { family } : {},
				project
			};
		}
		function readLabels(gcp) {
			const raw = gcp.mapping("labels") ?? {};
			const entries = Object.entries(raw);
			if (entries.length > naming_labels.B_) {
				gcp.problem("labels", `at most ${naming_labels.B_} labels (got ${entries.length})`);
			}
			const labels = {};
			for (const [key, value] of entries) {
				const path = [
					...gcp.path,
					"labels",
					key
				];
				const keyProblem = (0, naming_labels.Qe)(key);
				if (keyProblem) gcp.problem(path, keyProblem);
				const text = [
					"string",
					"number",
					"boolean"
				].includes(typeof value) ? String(value) : undefined;
				const valueProblem = text === undefined ? `must be a string (got ${(0, config_problems.q0)(value)})` : gcp.coercedValue(path, value) ?? (0, naming_labels.AB)(text);
				if (valueProblem) gcp.problem(path, valueProblem);
				else if (text !== undefined) (0, merge.P5)(labels, key, text);
			}
			return labels;
		}
		var config_image = __webpack_require__(8005);
		var config_lifecycle = __webpack_require__(59716);
		var references_pattern = __webpack_require__(48638);
		var rules = __webpack_require__(27143);
		;
		const NAME_MAX = 100;
		const references_KEYS = [
			"name",
			"path",
			"pattern",
			"flags",
			"yaml-path",
			"value",
			"expect"
		];
		function readReferences(problems, raw) {
			if (!Array.isArray(raw)) {
				problems.add(["references"], `must be a list of rules, each with path, pattern (or yaml-path) and value (got ${(0, config_problems.q0)(raw)})`);
				return undefined;
			}
			if (raw.length === 0) {
				problems.add(["references"], "must hold at least one rule");
				return undefined;
			}
			const rules = raw.map((item, i) => readRule(problems, item, i));
			const seen = new Map();
			rules.forEach((rule, i) => {
				if (!rule) return;
				const other = seen.get(rule.name);
				if (other === undefined) seen.set(rule.name, i);
				else problems.add([
					"references",
					i,
					"name"
				], `"${rule.name}" is also the name of references[${other}]; names tell rules apart in messages`);
			});
			const valid = rules.filter((r) => r !== undefined);
			return valid.length === rules.length && seen.size === rules.length ? valid : undefined;
		}
		function checkGlob(path) {
			const braces = /\{[^{}]*,[^{}]*\}/.exec(path)?.[0];
			if (!braces) return undefined;
			return `brace lists such as ${braces} are not supported (got "${path}"): write one rule per path, or use * and ? wildcards`;
		}
		function readRule(problems, raw, i) {
			const rule = config_section.w.open(problems, ["references", i], raw, references_KEYS);
			if (!rule) return undefined;
			const before = problems.list.length;
			const path = rule.required("path", (p) => (0, config_text.ZJ)(p) ?? (0, rules.Gb)(p) ?? checkGlob(p));
			const yamlPath = rule.string("yaml-path", (p) => (0, config_text.Kz)(p) ?? (0, rules.VT)(p));
			const flags = rule.string("flags", references_pattern.NN) ?? "";
			const pattern = rule.has("pattern") ? rule.string("pattern", (p) => (0, references_pattern.AL)(p, flags)) : yamlPath ? rules.vB : undefined;
			if (!rule.has("pattern") && !rule.has("yaml-path")) {
				rule.problem("pattern", "required (or yaml-path): a regex with one {version}, e.g. global/images/batch-worker-{version}");
			}
			if (!rule.has("value")) {
				rule.problem("value", `required: one of ${rules.Tt.join(", ")}`);
			}
			const value = rule.oneOf("value", rules.Tt);
			const expect = rule.integer("expect", 1, 1e4);
			const name = rule.string("name", (n) => (0, config_text.Rv)(n, NAME_MAX));
			if (problems.list.length > before || !path || !pattern || !value) return undefined;
			return {
				name: name ?? (0, rules.FZ)(path, yamlPath),
				path,
				pattern,
				flags,
				...yamlPath ? { yamlPath } : {},
				value,
				...expect === undefined ? {} : { expect }
			};
		}
		var config_share = __webpack_require__(83423);
		var azure = __webpack_require__(63726);
		var render = __webpack_require__(73385);
		var template_errors = __webpack_require__(92593);
		;
		const VERIFY_KEYS = [
			"checks",
			"time-to-ready",
			"on-failure"
		];
		const VERIFY_VM_TYPE_KEY = {
			gcp: "machine-type",
			azure: "vm-size",
			aws: "instance-type"
		};
		const VM_TYPE_CHECK = {
			gcp: checkMachineType,
			azure: azure.vw,
			aws: naming_aws.Wo
		};
		const CHECK_KEYS = ["run", "timeout"];
		const ON_FAILURE = ["fail", "warn"];
		const DEFAULT_TIME_TO_READY = 6e4;
		const DEFAULT_CHECK_TIMEOUT = 6e4;
		const MAX_CHECK_TIMEOUT = 36e5;
		const MAX_TIME_TO_READY = 36e5;
		const MAX_CHECKS = 50;
		const CHECK_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
		function readCheck(section, name, value, template) {
			const path = [
				...section.path,
				"checks",
				name
			];
			if (!CHECK_NAME.test(name)) {
				section.problem(path, "a check name is lowercase letters, digits and \"-\" (at most 63, not starting or ending with \"-\"), e.g. docker-info");
				return undefined;
			}
			let run;
			let timeout = DEFAULT_CHECK_TIMEOUT;
			if (typeof value === "string") {
				run = value;
			} else if ((0, merge.pi)(value)) {
				const check = config_section.w.open(section.problems, path, value, CHECK_KEYS);
				if (!check) return undefined;
				run = check.required("run");
				const limit = check.duration("timeout", 1e3, MAX_CHECK_TIMEOUT);
				if (check.has("timeout") && limit === undefined) return undefined;
				timeout = limit ?? DEFAULT_CHECK_TIMEOUT;
			} else {
				section.problem(path, `must be a command, or a mapping with run: and timeout: (got ${(0, config_problems.q0)(value)})`);
				return undefined;
			}
			if (run === undefined) return undefined;
			if (run.trim() === "") {
				section.problem(path, "the command is empty: write the shell command the check runs, e.g. docker info");
				return undefined;
			}
			try {
				(0, render.Gq)(run, `${template}.${name}`);
			} catch (err) {
				if (!(err instanceof template_errors.$w)) throw err;
				const where = err.line !== undefined && run.includes("\n") ? `line ${err.line} of the command: ` : "";
				section.problem(path, `${where}${err.reason}`);
				return undefined;
			}
			return {
				name,
				run,
				timeout
			};
		}
		function readVerifyBlock(problems, path, value, cloud) {
			const keys = cloud ? [...VERIFY_KEYS, VERIFY_VM_TYPE_KEY[cloud]] : [...VERIFY_KEYS];
			let given = value;
			if ((0, merge.pi)(value)) {
				const others = Object.entries(VERIFY_VM_TYPE_KEY).filter(([c]) => c !== cloud);
				const misplaced = others.filter(([, key]) => Object.hasOwn(value, key));
				for (const [other, key] of misplaced) {
					problems.add([...path, key], cloud ? `${key} is ${other}'s name for the VM type; on ${cloud} write ${VERIFY_VM_TYPE_KEY[cloud]}` : `the VM type to verify on is set per cloud: ${other}.verify.${key}`);
				}
				if (misplaced.length > 0) {
					given = Object.fromEntries(Object.entries(value).filter(([k]) => !misplaced.some(([, key]) => key === k)));
				}
			}
			const section = config_section.w.open(problems, path, given, keys);
			if (!section) return undefined;
			const before = problems.list.length;
			const checks = [];
			const raw = section.value("checks");
			if (raw !== undefined && !(0, merge.pi)(raw)) {
				section.problem("checks", `must be a mapping of check names to commands, e.g. docker: docker info (got ${(0, config_problems.q0)(raw)})`);
			} else if (raw !== undefined) {
				const entries = Object.entries(raw);
				if (entries.length > MAX_CHECKS) {
					section.problem("checks", `${entries.length} checks; at most ${MAX_CHECKS}`);
				}
				for (const [name, check] of entries) {
					const read = readCheck(section, name, check, path.join(".") + ".checks");
					if (read) checks.push(read);
				}
			}
			const timeToReady = section.duration("time-to-ready", 1e3, MAX_TIME_TO_READY);
			const onFailure = section.oneOf("on-failure", ON_FAILURE);
			const vmType = cloud ? section.string(VERIFY_VM_TYPE_KEY[cloud], VM_TYPE_CHECK[cloud]) : undefined;
			if (problems.list.length > before) return undefined;
			return {
				checks,
				...timeToReady !== undefined ? { timeToReady } : {},
				...onFailure !== undefined ? { onFailure } : {},
				...vmType !== undefined ? { vmType } : {}
			};
		}
		function verifyFor(shared, own) {
			if (!shared && !own) return undefined;
			const checks = [...shared?.checks ?? []];
			for (const check of own?.checks ?? []) {
				const at = checks.findIndex((c) => c.name === check.name);
				if (at === -1) checks.push(check);
				else checks[at] = check;
			}
			const vmType = own?.vmType;
			return {
				checks,
				timeToReady: own?.timeToReady ?? shared?.timeToReady ?? DEFAULT_TIME_TO_READY,
				onFailure: own?.onFailure ?? shared?.onFailure ?? "fail",
				...vmType !== undefined ? { vmType } : {}
			};
		}
		;
		function readVerifyClouds(problems, root, clouds) {
			const shared = root.has("verify") ? readVerifyBlock(problems, ["verify"], root.value("verify")) : undefined;
			const own = {};
			const written = [];
			for (const cloud of clouds) {
				const block = root.value(cloud);
				const ownVerify = (0, merge.pi)(block) ? (0, merge.ZV)(block, "verify") : undefined;
				if (ownVerify === undefined || ownVerify === null) continue;
				written.push(cloud);
				own[cloud] = readVerifyBlock(problems, [cloud, "verify"], ownVerify, cloud);
			}
			if (!root.has("verify") && written.length === 0) return undefined;
			const configured = clouds.filter((cloud) => root.has(cloud));
			const empty = new Set();
			const verify = {};
			for (const cloud of configured) {
				if (root.has("verify") && !shared || written.includes(cloud) && !own[cloud]) continue;
				const merged = verifyFor(shared, own[cloud]);
				if (!merged) continue;
				if (merged.checks.length === 0) {
					empty.add(written.includes(cloud) ? `${cloud}.verify` : "verify");
					continue;
				}
				verify[cloud] = merged;
			}
			if (shared && shared.checks.length === 0 && configured.length === 0) empty.add("verify");
			for (const field of empty) {
				problems.add([...field.split("."), "checks"], "required: at least one check the new image must pass, e.g. checks: { docker: docker info } " + "(a verification without checks would pass any image; remove the verify block to skip it)");
			}
			return verify;
		}
		;
		const CLOUDS = [
			"gcp",
			"azure",
			"aws"
		];
		const validate_KEYS = [
			"image",
			"variables",
			"template-timeout",
			"manifest",
			...CLOUDS,
			"references",
			"share",
			"verify",
			"lifecycle"
		];
		const DEFAULT_MANIFEST = "worker-image-manifest.json";
		function validate_validate(raw, ctx) {
			const read = readAll(raw, ctx, "bake");
			if (read.problems) return read;
			const { image, references, ...rest } = read.config;
			if (!image) throw new Error("internal: image settings missing although no problem was found");
			return { config: {
				...rest,
				image,
				...references ? { references } : {}
			} };
		}
		function validateForShare(raw, ctx) {
			const read = readAll(raw, ctx, "share");
			if (read.problems) return read;
			const { references, ...rest } = read.config;
			return { config: {
				...rest,
				...references ? { references } : {}
			} };
		}
		function validateForBump(raw, ctx) {
			const read = readAll(raw, ctx, "bump");
			if (read.problems) return read;
			const { references, ...rest } = read.config;
			if (!references) throw new Error("internal: references missing although no problem was found");
			return { config: {
				...rest,
				references
			} };
		}
		function readAll(raw, ctx, purpose) {
			const problems = new config_problems.Zw(ctx.lineOf, ctx.scalarOf);
			if (raw !== undefined && raw !== null && !(0, merge.pi)(raw)) {
				const read = typeof raw === "string" ? "one long text" : Array.isArray(raw) ? "a list" : "a single value";
				problems.add([], `is not a worker-image config: YAML reads it as ${read}, not a mapping of settings such as image: and gcp:; is it the right file?`);
				return { problems: [problems.list[0]] };
			}
			const root = config_section.w.open(problems, [], raw, validate_KEYS);
			const needImage = purpose === "bake" || Boolean(root?.has("image"));
			const image = root && needImage ? (0, config_image.A)(problems, root.value("image")) : undefined;
			const variables = root?.mapping("variables") ?? {};
			const templateTimeout = root?.duration("template-timeout", 100, 36e5);
			const where = {
				baseDir: ctx.baseDir,
				root: ctx.root
			};
			const manifest = root?.has("manifest") ? root.file("manifest", where, { output: true }) : defaultManifest(root, where);
			if (root && purpose === "bake" && !CLOUDS.some((cloud) => root.has(cloud))) {
				root.problem("gcp", `required: at least one cloud block (${CLOUDS.slice(0, -1).join(", ")} or ${CLOUDS.at(-1)}) says where to bake the image`);
			}
			if (root && purpose === "bump" && !root.has("references")) {
				root.problem("references", "required: the rules saying which image references to rewrite (path, pattern with {version}, value)");
			}
			const bakes = (cloud) => purpose === "bake" && (ctx.clouds ?? [cloud]).includes(cloud);
			const gcp = root?.has("gcp") ? readGcp(problems, root.value("gcp"), {
				...where,
				variables
			}) : undefined;
			const azure = root?.has("azure") ? (0, config_azure.y)(problems, root.value("azure"), {
				...where,
				variables,
				image,
				baked: bakes("azure")
			}) : undefined;
			const aws = root?.has("aws") ? readAws(problems, root.value("aws"), {
				...where,
				variables,
				image
			}) : undefined;
			const references = root?.has("references") ? readReferences(problems, root.value("references")) : undefined;
			const share = root?.has("share") ? (0, config_share.cb)(problems, root.value("share")) : undefined;
			const verify = root ? readVerifyClouds(problems, root, CLOUDS) : undefined;
			const lifecycle = root ? (0, config_lifecycle.h)(problems, root, CLOUDS) : undefined;
			const inOrder = problems.list.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
			const [first, ...rest] = inOrder;
			if (first) return { problems: [first, ...rest] };
			return { config: {
				source: ctx.source,
				...image ? { image } : {},
				...gcp ? { gcp } : {},
				...azure ? { azure } : {},
				...aws ? { aws } : {},
				manifestPath: manifest ?? (0, external_node_path_.resolve)(ctx.baseDir, DEFAULT_MANIFEST),
				...templateTimeout !== undefined ? { templateTimeout } : {},
				...references ? { references } : {},
				...share ? { share } : {},
				...verify ? { verify } : {},
				...lifecycle ? { lifecycle } : {}
			} };
		}
		function defaultManifest(root, where) {
			const path = (0, external_node_path_.resolve)(where.baseDir, DEFAULT_MANIFEST);
			const problem = (0, confine.nQ)(path, where.root, DEFAULT_MANIFEST);
			if (problem) root?.problem("manifest", `(default) ${problem}`);
			return problem ? undefined : path;
		}
		var yaml = __webpack_require__(93377);
		;
		const MAX_CONFIG_BYTES = 1024 * 1024;
		async function loadConfig(opts) {
			const check = (raw, ctx) => opts.purpose === "bump" ? validateForBump(raw, ctx) : opts.purpose === "share" ? validateForShare(raw, ctx) : validate_validate(raw, ctx);
			const overrides = (0, merge.sZ)(opts.overrides ?? {});
			const run = {
				root: opts.root,
				clouds: opts.clouds
			};
			if (!opts.path) {
				return accept(namedOverrides(check(overrides ?? {}, {
					source: opts.cwd,
					baseDir: opts.cwd,
					...run
				}), overrides, opts.overrideNames), "inputs");
			}
			const { file, label, parsed } = opts.source ?? await readConfigSource({
				...opts,
				path: opts.path
			});
			const raw = parsed.raw ?? {};
			const merged = (0, merge.pi)(raw) ? (0, merge.$N)(raw, overrides) : raw;
			const lineOf = (path) => isSetIn(overrides, path) ? undefined : parsed.lineOf(path);
			const scalarOf = (path) => isSetIn(overrides, path) ? undefined : parsed.scalarOf(path);
			return accept(namedOverrides(check(merged, {
				source: file,
				baseDir: (0, external_node_path_.dirname)(file),
				lineOf,
				scalarOf,
				...run
			}), overrides, opts.overrideNames), label, file);
		}
		async function readConfigSource(opts) {
			const unusable = (0, config_text.ZJ)(opts.path);
			if (unusable) throw new errors.x([{
				field: "config",
				message: unusable
			}], { label: "inputs" });
			const file = (0, external_node_path_.resolve)(opts.cwd, opts.path);
			const inside = (0, external_node_path_.relative)(opts.cwd, file);
			const label = inside.startsWith("..") || (0, external_node_path_.isAbsolute)(inside) ? file : inside;
			const outside = opts.root && (0, confine.K8)(file, opts.root, opts.path);
			if (outside) throw new errors.x([{
				field: "config",
				message: outside
			}], { label: "inputs" });
			const text = await readConfigFile(file, label);
			const parsed = (0, yaml.h)(text);
			const [syntaxError, ...more] = parsed.errors;
			if (syntaxError) throw new errors.x([syntaxError, ...more], {
				label,
				source: file
			});
			return {
				file,
				label,
				parsed
			};
		}
		function parseConfig(raw, ctx) {
			return accept(validate(raw, ctx), basename(ctx.source), ctx.source);
		}
		function namedOverrides(result, overrides, names) {
			if (!result.problems || !names) return result;
			const nameOf = (field) => {
				const path = field.replace(/\[\d+\]/g, "").split(".");
				for (let n = path.length; n > 0; n--) {
					const name = (0, merge.ZV)(names, path.slice(0, n).join("."));
					if (name !== undefined) return isSetIn(overrides, path.slice(0, n)) ? name : undefined;
				}
				return undefined;
			};
			const named = (p) => {
				const name = nameOf(p.field);
				return name ? {
					...p,
					field: `${name} (${p.field})`
				} : p;
			};
			const [first, ...rest] = result.problems;
			return { problems: [named(first), ...rest.map(named)] };
		}
		function accept(result, label, source) {
			if (result.problems) {
				throw new errors.x(result.problems, {
					label,
					...source ? { source } : {}
				});
			}
			return result.config;
		}
		async function readConfigFile(file, label) {
			const refuse = (message) => {
				throw new errors.x([{
					field: "",
					message
				}], {
					label,
					source: file
				});
			};
			let bytes;
			try {
				const info = await (0, promises_.stat)(file);
				if (info.isDirectory()) {
					refuse(`${file} is a folder; point config: / --config at the worker-image.yml inside it`);
				}
				if (!info.isFile()) refuse(`${file} is not a regular file`);
				if (info.size > MAX_CONFIG_BYTES) {
					refuse(`is ${info.size} bytes; a worker-image config is a few kilobytes: is it the right file?`);
				}
				bytes = await (0, promises_.readFile)(file);
			} catch (err) {
				if (err instanceof errors.x) throw err;
				const code = err.code;
				refuse(code === "ENOENT" ? `file not found (looked for ${file}); point the action's config: input or the CLI's --config at your worker-image.yml` : `cannot be read (${code ?? err.message})`);
			}
			if (!bytes || !(0, external_node_buffer_.isUtf8)(bytes)) return refuse("is not UTF-8 text: is it the right file?");
			return bytes.toString("utf8");
		}
		function isSetIn(value, path) {
			let node = value;
			for (const key of path) {
				if (Array.isArray(node)) return true;
				if (!(0, merge.pi)(node) || (0, merge.ZV)(node, key) === undefined) return false;
				node = node[key];
			}
			return node !== undefined;
		}
	}),
	66404: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			$N: () => deepMerge,
			P5: () => setOwn,
			ZV: () => own,
			pi: () => isMapping,
			sZ: () => withoutUnset
		});
		function isMapping(value) {
			return value !== null && typeof value === "object" && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
		}
		function own(value, key) {
			return Object.hasOwn(value, key) ? value[key] : undefined;
		}
		function setOwn(target, key, value) {
			Object.defineProperty(target, key, {
				value,
				writable: true,
				enumerable: true,
				configurable: true
			});
		}
		function entriesOf(value) {
			if (value instanceof Map) return [...value.entries()];
			return isMapping(value) ? Object.entries(value) : undefined;
		}
		function deepMerge(base, over) {
			if (over === undefined) return base;
			if ((base instanceof Map || over instanceof Map) && entriesOf(base) && entriesOf(over)) {
				const merged = new Map(entriesOf(base));
				for (const [key, value] of entriesOf(over)) merged.set(key, deepMerge(merged.get(key), value));
				return merged;
			}
			if (!isMapping(base) || !isMapping(over)) return over;
			const merged = { ...base };
			for (const [key, value] of Object.entries(over)) setOwn(merged, key, deepMerge(own(base, key), value));
			return merged;
		}
		function withoutUnset(value) {
			if (value === "") return undefined;
			if (!isMapping(value)) return value;
			const kept = {};
			for (const [key, v] of Object.entries(value)) {
				const pruned = key === "variables" ? v : withoutUnset(v);
				if (pruned !== undefined) setOwn(kept, key, pruned);
			}
			return Object.keys(kept).length > 0 ? kept : undefined;
		}
	}),
	31846: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Zw: () => Problems,
			q0: () => describe
		});
		var _excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52049);
		function fieldOf(path) {
			return path.reduce((field, key) => typeof key === "number" ? `${field}[${key}]` : field ? `${field}.${(0, _excerpt_js__WEBPACK_IMPORTED_MODULE_0__.RK)((0, _excerpt_js__WEBPACK_IMPORTED_MODULE_0__.$Q)(key, 80))}` : (0, _excerpt_js__WEBPACK_IMPORTED_MODULE_0__.RK)((0, _excerpt_js__WEBPACK_IMPORTED_MODULE_0__.$Q)(key, 80)), "");
		}
		function describe(value) {
			if (typeof value === "string") {
				const lines = value.split("\n").length;
				if (lines > 1) return `a text of ${lines} lines`;
				return `"${(0, _excerpt_js__WEBPACK_IMPORTED_MODULE_0__.$Q)((0, _excerpt_js__WEBPACK_IMPORTED_MODULE_0__.RK)(value.replace(/["\\]/g, (c) => `\\${c}`)))}"`;
			}
			if (value instanceof Uint8Array) return "binary data (!!binary)";
			if (value instanceof Date) return "a date";
			if (Array.isArray(value)) return "a list";
			if (value !== null && typeof value === "object") return "a mapping";
			return String(value);
		}
		class Problems {
			lineOf;
			scalarOf;
			list = [];
			constructor(lineOf, scalarOf) {
				this.lineOf = lineOf;
				this.scalarOf = scalarOf;
			}
			add(path, message) {
				const line = this.lineOf?.(path.map(String));
				this.list.push({
					field: fieldOf(path),
					message: bounded(message),
					...line === undefined ? {} : { line }
				});
			}
			written(path) {
				return this.scalarOf?.(path.map(String));
			}
		}
		function bounded(message) {
			return message.replace(/"([^"]*)"/g, (quoted, inner) => inner.length > _excerpt_js__WEBPACK_IMPORTED_MODULE_0__.Y || /[\r\n]/.test(inner) ? `"${(0, _excerpt_js__WEBPACK_IMPORTED_MODULE_0__.RK)((0, _excerpt_js__WEBPACK_IMPORTED_MODULE_0__.$Q)(inner.slice(0, _excerpt_js__WEBPACK_IMPORTED_MODULE_0__.Y)))}\u2026"` : `"${(0, _excerpt_js__WEBPACK_IMPORTED_MODULE_0__.RK)(inner)}"`);
		}
	}),
	13667: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { w: () => Section });
		var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
		var _confine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54936);
		var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35982);
		var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9353);
		var _merge_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66404);
		var _problems_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31846);
		var _suggest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18302);
		var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93593);
		class Section {
			problems;
			path;
			raw;
			constructor(problems, path, raw) {
				this.problems = problems;
				this.path = path;
				this.raw = raw;
			}
			static open(problems, path, value, keys) {
				if (value === undefined || value === null) return new Section(problems, path, {});
				if (!(0, _merge_js__WEBPACK_IMPORTED_MODULE_6__.pi)(value)) {
					problems.add(path, `must be a mapping (got ${(0, _problems_js__WEBPACK_IMPORTED_MODULE_4__.q0)(value)})`);
					return undefined;
				}
				for (const key of Object.keys(value)) {
					if (keys.includes(key)) continue;
					const suggestion = (0, _suggest_js__WEBPACK_IMPORTED_MODULE_7__.A)(key, keys);
					problems.add([...path, key], `unknown field${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`);
				}
				return new Section(problems, path, value);
			}
			section(key, keys) {
				return Section.open(this.problems, [...this.path, key], this.value(key), keys);
			}
			value(key) {
				const v = (0, _merge_js__WEBPACK_IMPORTED_MODULE_6__.ZV)(this.raw, key);
				return v === null || v === "" ? undefined : v;
			}
			has(key) {
				return this.value(key) !== undefined;
			}
			problem(key, message) {
				this.problems.add(typeof key === "string" ? [...this.path, key] : key, message);
			}
			string(key, check, opts = {}) {
				const v = this.value(key);
				if (v === undefined) return undefined;
				const path = [...this.path, key];
				const coerced = coercion(this.problems.written(path), v, path, opts.id ? "id" : "text");
				if (coerced) {
					this.problem(key, coerced);
					return undefined;
				}
				const text = opts.id && typeof v === "number" ? String(v) : v;
				if (typeof text !== "string") {
					this.problem(key, `must be a string (got ${(0, _problems_js__WEBPACK_IMPORTED_MODULE_4__.q0)(v)})`);
					return undefined;
				}
				const problem = check?.(text);
				if (problem) {
					this.problem(key, problem);
					return undefined;
				}
				return text;
			}
			required(key, check, opts = {}) {
				if (!this.has(key)) {
					this.problem(key, "required");
					return undefined;
				}
				return this.string(key, check, opts);
			}
			coercedValue(path, value) {
				return coercion(this.problems.written(path), value, path, "value");
			}
			file(key, where, opts = {}) {
				const text = opts.required ? this.required(key, _text_js__WEBPACK_IMPORTED_MODULE_5__.ZJ) : this.string(key, _text_js__WEBPACK_IMPORTED_MODULE_5__.ZJ);
				if (text === undefined) return undefined;
				const full = (0, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(where.baseDir, text);
				const problem = opts.output ? (0, _confine_js__WEBPACK_IMPORTED_MODULE_1__.nQ)(full, where.root, text) : where.root && (0, _confine_js__WEBPACK_IMPORTED_MODULE_1__.K8)(full, where.root, text);
				if (problem) {
					this.problem(key, problem);
					return undefined;
				}
				return full;
			}
			oneOf(key, values) {
				const v = this.value(key);
				if (v === undefined) return undefined;
				if (values.includes(v)) return v;
				this.problem(key, `must be one of ${values.join(", ")} (got ${(0, _problems_js__WEBPACK_IMPORTED_MODULE_4__.q0)(v)})`);
				return undefined;
			}
			boolean(key) {
				const v = this.value(key);
				if (v === undefined) return undefined;
				if (typeof v === "boolean") return v;
				if (v === "true" || v === "false") return v === "true";
				this.problem(key, `must be true or false (got ${(0, _problems_js__WEBPACK_IMPORTED_MODULE_4__.q0)(v)})`);
				return undefined;
			}
			integer(key, min, max) {
				const v = this.value(key);
				if (v === undefined) return undefined;
				const n = typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : v;
				if (typeof n !== "number" || !Number.isInteger(n) || n < min || n > max) {
					this.problem(key, `must be a whole number from ${min} to ${max} (got ${(0, _problems_js__WEBPACK_IMPORTED_MODULE_4__.q0)(v)})`);
					return undefined;
				}
				return n;
			}
			duration(key, min, max) {
				const v = this.value(key);
				if (v === undefined) return undefined;
				try {
					const ms = (0, _duration_js__WEBPACK_IMPORTED_MODULE_2__.E)(v, "");
					if (ms >= min && ms <= max) return ms;
					this.problem(key, `must be from ${(0, _duration_js__WEBPACK_IMPORTED_MODULE_2__.a)(min)} to ${(0, _duration_js__WEBPACK_IMPORTED_MODULE_2__.a)(max)} (got ${(0, _problems_js__WEBPACK_IMPORTED_MODULE_4__.q0)(v)})`);
				} catch (err) {
					if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__.x)) throw err;
					this.problem(key, err.problems[0].message);
				}
				return undefined;
			}
			mapping(key) {
				const v = this.value(key);
				if (v === undefined) return undefined;
				if ((0, _merge_js__WEBPACK_IMPORTED_MODULE_6__.pi)(v)) return v;
				this.problem(key, `must be a mapping (got ${(0, _problems_js__WEBPACK_IMPORTED_MODULE_4__.q0)(v)})`);
				return undefined;
			}
			strings(key, check, opts = {}) {
				const v = this.value(key);
				if (v === undefined) return undefined;
				if (!Array.isArray(v)) {
					this.problem(key, `must be a list (got ${(0, _problems_js__WEBPACK_IMPORTED_MODULE_4__.q0)(v)})`);
					return undefined;
				}
				let ok = true;
				const seen = new Map();
				const items = v.map((item) => opts.id && typeof item === "number" ? String(item) : item);
				items.forEach((item, i) => {
					const path = [
						...this.path,
						key,
						i
					];
					const problem = coercion(this.problems.written(path), v[i], path, opts.id ? "id" : "text") ?? (typeof item === "string" ? check?.(item) : `must be a string (got ${(0, _problems_js__WEBPACK_IMPORTED_MODULE_4__.q0)(item)})`);
					const twice = typeof item === "string" ? seen.get(item) : undefined;
					if (problem || twice !== undefined) {
						this.problem(path, problem ?? `${(0, _problems_js__WEBPACK_IMPORTED_MODULE_4__.q0)(item)} is listed twice (also [${twice}])`);
						ok = false;
					}
					if (typeof item === "string" && !seen.has(item)) seen.set(item, i);
				});
				return ok ? items : undefined;
			}
		}
		const YAML11_WORDS = /^(y|n|yes|no|on|off|true|false|null|~)$/i;
		const YAML_NUMBER = /^[-+]?(\.?\d[\d_]*(\.[\d_]*)?([eE][-+]?\d+)?|0[xob][\da-fA-F_]+|\d[\d_]*(:[0-5]?\d)+(\.\d*)?|\.(inf|nan))$/i;
		function coercion(written, value, path, wanted) {
			if (!written?.plain) return undefined;
			const { source } = written;
			let read;
			if (typeof value === "string") {
				const word = YAML11_WORDS.test(source);
				if (wanted !== "id" || !(word || YAML_NUMBER.test(source))) return undefined;
				read = `YAML 1.1 tools read ${source} as ${word ? "a boolean or null" : "a number"}`;
			} else if (typeof value === "number" || typeof value === "boolean") {
				const exact = String(value) === source;
				if (exact && (wanted === "value" || wanted === "id" && typeof value === "number")) {
					return undefined;
				}
				read = `YAML reads ${source} as ${typeof value === "number" ? `the number ${value}` : `the boolean ${value}`}`;
			} else if (value instanceof Date) {
				read = `YAML 1.1 reads ${source} as a date`;
			} else {
				return undefined;
			}
			const key = path.at(-1);
			const fix = typeof key === "number" ? `- '${source}'` : `${String(key)}: '${source}'`;
			return `${read}, not the text "${source}"; quote it: ${fix}`;
		}
	}),
	83423: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			$o: () => checkPrincipal,
			FJ: () => checkAwsAccount,
			NU: () => checkGcpMember,
			Q5: () => AZURE_SHARE_SCOPES,
			Z_: () => READER_ROLE_ID,
			_F: () => checkOrganizationalUnitArn,
			cb: () => readShare,
			fP: () => readRole,
			n4: () => checkOrganizationArn
		});
		var _naming_azure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63726);
		var _section_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13667);
		const KEYS = [
			"gcp",
			"azure",
			"aws"
		];
		const GCP_KEYS = ["members"];
		const AZURE_KEYS = [
			"principals",
			"role",
			"scope",
			"subscriptions",
			"tenants"
		];
		const AWS_KEYS = [
			"accounts",
			"organizations",
			"organizational-units"
		];
		const READER_ROLE_ID = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
		const AZURE_SHARE_SCOPES = ["gallery", "definition"];
		const EMAIL = /^[^@\s:]+@[^@\s:]+\.[^@\s:]+$/;
		const DOMAIN = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$/i;
		const GCP_PREFIXES = [
			"user",
			"group",
			"serviceAccount",
			"domain"
		];
		const checkGcpMember = (member) => {
			if (member === "allUsers" || member === "allAuthenticatedUsers") {
				return `"${member}" is refused: roles/compute.imageUser cannot be public, and granting it to ` + `${member} would publish your image to ${member === "allUsers" ? "anyone" : "every Google account"}; ` + "name the users, groups, service accounts or domain that run your workers";
			}
			const m = /^([A-Za-z]+):(.*)$/.exec(member);
			const prefix = GCP_PREFIXES.find((p) => p === m?.[1]);
			const example = "such as group:batch-users@example.com, serviceAccount:worker@my-project.iam.gserviceaccount.com, " + "user:alice@example.com or domain:example.com";
			if (!m || !prefix) {
				const wrongCase = GCP_PREFIXES.find((p) => p.toLowerCase() === m?.[1]?.toLowerCase());
				return wrongCase ? `"${member}": the prefix is spelled ${wrongCase}: (IAM prefixes are case-sensitive)` : `"${member}" is not an IAM member: use a prefix ${GCP_PREFIXES.map((p) => `${p}:`).join(", ")}, ${example}`;
			}
			const rest = m[2];
			if (prefix === "domain") {
				if (rest === "") return `"${member}": no domain after domain:; give one such as domain:example.com`;
				return DOMAIN.test(rest) ? undefined : `"${member}": "${rest}" is not a domain such as example.com`;
			}
			return EMAIL.test(rest) ? undefined : `"${member}": ${prefix}: needs an email address (got "${rest}")`;
		};
		const checkAwsAccount = (id) => /^\d{12}$/.test(id) ? undefined : `"${id}" is not an AWS account id: exactly 12 digits, e.g. "123456789012" (quote it in YAML so leading zeros are kept)`;
		const ORG_ARN = /^arn:aws[a-z-]*:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}$/;
		const OU_ARN = /^arn:aws[a-z-]*:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/;
		const checkOrganizationArn = (arn) => ORG_ARN.test(arn) ? undefined : `"${arn}" is not an organization ARN such as arn:aws:organizations::123456789012:organization/o-abc123defg`;
		const checkOrganizationalUnitArn = (arn) => OU_ARN.test(arn) ? undefined : `"${arn}" is not an organizational unit ARN such as arn:aws:organizations::123456789012:ou/o-abc123defg/ou-ab12-cdef3456`;
		const checkPrincipal = (id) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_1__.AA)(id, "principal object id (of a user, group, service principal or managed identity)");
		function readRole(text) {
			if (text.toLowerCase() === "reader") return { id: READER_ROLE_ID };
			const problem = (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_1__.AA)(text, "role definition id");
			return problem ? { problem: `must be Reader or a role definition id (${problem.replace(/^must be a /, "")})` } : { id: text.toLowerCase() };
		}
		function unique(section, key, list) {
			if (!list) return undefined;
			const seen = new Map();
			let ok = true;
			list.forEach((item, i) => {
				const other = seen.get(item.toLowerCase());
				if (other !== undefined) {
					section.problem([
						...section.path,
						key,
						i
					], `"${item}" is listed twice (also [${other}])`);
					ok = false;
				} else seen.set(item.toLowerCase(), i);
			});
			return ok ? list : undefined;
		}
		function readShare(problems, raw) {
			const share = _section_js__WEBPACK_IMPORTED_MODULE_0__.w.open(problems, ["share"], raw, KEYS);
			if (!share) return undefined;
			const before = problems.list.length;
			const gcp = share.has("gcp") ? readGcpShare(share.section("gcp", GCP_KEYS)) : undefined;
			const azure = share.has("azure") ? readAzureShare(share.section("azure", AZURE_KEYS)) : undefined;
			const aws = share.has("aws") ? readAwsShare(share.section("aws", AWS_KEYS)) : undefined;
			if (problems.list.length > before) return undefined;
			return {
				...gcp ? { gcp } : {},
				...azure ? { azure } : {},
				...aws ? { aws } : {}
			};
		}
		function readGcpShare(s) {
			if (!s) return undefined;
			if (!s.has("members")) {
				s.problem("members", "required: who may use the image, e.g. [group:batch-users@example.com]");
				return undefined;
			}
			const members = unique(s, "members", s.strings("members", checkGcpMember));
			return members ? { members } : undefined;
		}
		function readAzureShare(s) {
			if (!s) return undefined;
			const principals = unique(s, "principals", s.strings("principals", checkPrincipal));
			const subscriptions = unique(s, "subscriptions", s.strings("subscriptions", (id) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_1__.AA)(id, "subscription id")));
			const tenants = unique(s, "tenants", s.strings("tenants", (id) => (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_1__.AA)(id, "tenant id (directory id)")));
			const roleText = s.string("role");
			const role = roleText === undefined ? { id: READER_ROLE_ID } : readRole(roleText);
			if (role.problem) s.problem("role", role.problem);
			const scope = s.oneOf("scope", AZURE_SHARE_SCOPES) ?? "gallery";
			if (![
				"principals",
				"subscriptions",
				"tenants"
			].some((k) => s.has(k))) {
				s.problem("principals", "required (or subscriptions / tenants): object ids to give the role to, or the subscriptions and tenants to share the gallery with directly");
			}
			if (!role.id || s.has("principals") && !principals) return undefined;
			if (s.has("subscriptions") && !subscriptions || s.has("tenants") && !tenants) return undefined;
			return {
				principals: principals ?? [],
				roleId: role.id,
				scope,
				subscriptions: subscriptions ?? [],
				tenants: tenants ?? []
			};
		}
		function readAwsShare(s) {
			if (!s) return undefined;
			const accounts = unique(s, "accounts", s.strings("accounts", checkAwsAccount, { id: true }));
			const organizations = unique(s, "organizations", s.strings("organizations", checkOrganizationArn));
			const units = unique(s, "organizational-units", s.strings("organizational-units", checkOrganizationalUnitArn));
			if (!AWS_KEYS.some((k) => s.has(k))) {
				s.problem("accounts", "required (or organizations / organizational-units): the 12-digit account ids to give launch permission to");
			}
			if (s.has("accounts") && !accounts || s.has("organizations") && !organizations) return undefined;
			if (s.has("organizational-units") && !units) return undefined;
			return {
				accounts: accounts ?? [],
				organizations: organizations ?? [],
				organizationalUnits: units ?? []
			};
		}
	}),
	93377: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { h: () => parseYaml });
		var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
		var _template_vars_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38812);
		var _excerpt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52049);
		function parseYaml(text) {
			const crOnly = crOnlyLines(text);
			if (crOnly) {
				return {
					raw: undefined,
					errors: [crOnly],
					lineOf: () => undefined,
					scalarOf: () => undefined
				};
			}
			const counter = new yaml__WEBPACK_IMPORTED_MODULE_0__.HN();
			const doc = (0, yaml__WEBPACK_IMPORTED_MODULE_0__.Tp)(text, {
				lineCounter: counter,
				prettyErrors: false,
				merge: true,
				stringKeys: true,
				logLevel: "error"
			});
			const lineAt = (offset) => counter.linePos(offset).line;
			const found = [...doc.errors, ...doc.warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED")];
			const errors = found.map((e) => ({
				field: "",
				message: yamlMessage(e, text),
				line: lineAt(e.pos[0])
			}));
			let raw;
			if (errors.length === 0) {
				try {
					raw = (0, _template_vars_js__WEBPACK_IMPORTED_MODULE_1__.cn)(doc.toJS(), text);
				} catch (err) {
					errors.push({
						field: "",
						message: `${(0, _excerpt_js__WEBPACK_IMPORTED_MODULE_2__.$Q)(err.message)}: ${NOT_A_CONFIG}`
					});
				}
			}
			const nodeAt = (path) => {
				let node = doc.contents;
				let offset = (0, yaml__WEBPACK_IMPORTED_MODULE_0__.jh)(node) || (0, yaml__WEBPACK_IMPORTED_MODULE_0__.oP)(node) || (0, yaml__WEBPACK_IMPORTED_MODULE_0__.jn)(node) ? node.range?.[0] : undefined;
				for (const key of path) {
					if ((0, yaml__WEBPACK_IMPORTED_MODULE_0__.jh)(node)) {
						const pair = node.items.find((p) => (0, yaml__WEBPACK_IMPORTED_MODULE_0__.jn)(p.key) && String(p.key.value) === key);
						if (!pair || !(0, yaml__WEBPACK_IMPORTED_MODULE_0__.jn)(pair.key)) return {
							node: undefined,
							offset
						};
						offset = pair.key.range?.[0] ?? offset;
						node = pair.value;
					} else if ((0, yaml__WEBPACK_IMPORTED_MODULE_0__.oP)(node)) {
						const item = node.items[Number(key)];
						if (!(0, yaml__WEBPACK_IMPORTED_MODULE_0__.jh)(item) && !(0, yaml__WEBPACK_IMPORTED_MODULE_0__.oP)(item) && !(0, yaml__WEBPACK_IMPORTED_MODULE_0__.jn)(item)) return {
							node: undefined,
							offset
						};
						offset = item.range?.[0] ?? offset;
						node = item;
					} else {
						return {
							node: undefined,
							offset
						};
					}
				}
				return {
					node,
					offset
				};
			};
			return {
				raw,
				errors,
				lineOf: (path) => {
					const { offset } = nodeAt(path);
					return offset === undefined ? undefined : lineAt(offset);
				},
				scalarOf: (path) => {
					const { node } = nodeAt(path);
					if (!(0, yaml__WEBPACK_IMPORTED_MODULE_0__.jn)(node)) return undefined;
					const scalar = node;
					const [start, end] = scalar.range ?? [0, 0];
					const str = scalar.tag === "tag:yaml.org,2002:str";
					return {
						source: text.slice(start, end),
						plain: scalar.type === "PLAIN" && !str
					};
				}
			};
		}
		const NOT_A_CONFIG = "a worker-image config is a few levels of plain settings; is it the right file?";
		function yamlMessage(e, text) {
			switch (e.code) {
				case "DUPLICATE_KEY": return duplicateKey(text, e.pos[0]);
				case "NON_STRING_KEY": return "a key must be a name, not a list or a mapping (`? [a, b]`): write each setting as name: value";
				case "TAG_RESOLVE_FAILED": return `unknown tag ${(0, _template_vars_js__WEBPACK_IMPORTED_MODULE_1__.a5)(e)}: worker-image.yml is plain YAML; write the value itself (custom tags such as CloudFormation's !Ref are not read)`;
				case "MULTIPLE_DOCS": return `holds more than one YAML document (a second --- on line ${secondDocumentLine(text, e.pos[0])}): a worker-image config is one document; remove that --- (and merge what follows it into the first document)`;
				case "RESOURCE_EXHAUSTION": return `nests too deeply or repeats too much to be read: ${NOT_A_CONFIG}`;
				default: return (0, _excerpt_js__WEBPACK_IMPORTED_MODULE_2__.$Q)(e.message);
			}
		}
		function secondDocumentLine(text, offset) {
			const lines = text.slice(0, offset).split(/\r?\n/);
			const here = text.slice(offset).startsWith("---") ? lines.length : undefined;
			if (here !== undefined) return here;
			for (let i = lines.length; i > 1; i--) if (/^---(\s|$)/.test(lines[i - 1])) return i;
			return lines.length;
		}
		function crOnlyLines(text) {
			if (text.includes("\n") || !/\r(?!$)/.test(text)) return undefined;
			return {
				field: "",
				line: 1,
				message: "lines end in a carriage return alone (CR, old Mac OS), so the file reads as one line: save it with LF (or CRLF) line endings"
			};
		}
		function duplicateKey(text, offset) {
			const key = /^[^:\n]*/.exec(text.slice(offset))?.[0]?.trim() ?? "";
			return `duplicate key${key ? ` ${(0, _excerpt_js__WEBPACK_IMPORTED_MODULE_2__.$Q)(JSON.stringify(key), 80)}` : ""}: each setting may appear once (Map keys must be unique)`;
		}
	}),
	91486: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Ji: () => MAX_USER_AWS_TAGS,
			lK: () => checkAmiId,
			pz: () => checkAmiName,
			GC: () => checkAwsRegion,
			Do: () => checkAwsTagKey,
			FO: () => checkAwsTagValue,
			D2: () => checkImageOwner,
			zp: () => checkInstanceProfile,
			Wo: () => checkInstanceType,
			B$: () => checkKmsKey,
			p4: () => checkSecurityGroupId,
			r8: () => checkSubnetId
		});
		;
		const AWS_REGIONS = [
			"af-south-1",
			"ap-east-1",
			"ap-east-2",
			"ap-northeast-1",
			"ap-northeast-2",
			"ap-northeast-3",
			"ap-south-1",
			"ap-south-2",
			"ap-southeast-1",
			"ap-southeast-2",
			"ap-southeast-3",
			"ap-southeast-4",
			"ap-southeast-5",
			"ap-southeast-6",
			"ap-southeast-7",
			"ca-central-1",
			"ca-west-1",
			"eu-central-1",
			"eu-central-2",
			"eu-north-1",
			"eu-south-1",
			"eu-south-2",
			"eu-west-1",
			"eu-west-2",
			"eu-west-3",
			"il-central-1",
			"me-central-1",
			"me-south-1",
			"me-west-1",
			"mx-central-1",
			"sa-east-1",
			"sa-west-1",
			"us-east-1",
			"us-east-2",
			"us-west-1",
			"us-west-2",
			"cn-north-1",
			"cn-northwest-1",
			"eusc-de-east-1",
			"us-iso-east-1",
			"us-iso-west-1",
			"us-isob-east-1",
			"us-isob-west-1",
			"eu-isoe-west-1",
			"us-isof-east-1",
			"us-isof-south-1",
			"us-gov-east-1",
			"us-gov-west-1"
		];
		var labels = __webpack_require__(42095);
		var regions = __webpack_require__(97503);
		;
		const AMI_NAME_MIN = 3;
		const AMI_NAME_MAX = 128;
		const AMI_NAME_CHAR = /[A-Za-z0-9()[\] ./\-'@_]/;
		function checkAmiName(name, what = "AMI name") {
			if (name.length < AMI_NAME_MIN || name.length > AMI_NAME_MAX) {
				return `${what} "${name}" is ${name.length} characters; AMI names are ${AMI_NAME_MIN} to ${AMI_NAME_MAX}`;
			}
			const bad = [...name].find((c) => !AMI_NAME_CHAR.test(c));
			if (bad !== undefined) {
				return `${what} "${name}" may contain only letters, digits, spaces and ( ) [ ] . / - ' @ _ (found "${bad}")`;
			}
			return undefined;
		}
		const REGION = /^[a-z]{2,4}(-[a-z]+)?-[a-z]+-\d+$/;
		function checkAwsRegion(region) {
			const zone = /^([a-z]{2,4}(-[a-z]+)?-[a-z]+-\d+)[a-z]$/.exec(region);
			if (AWS_REGIONS.includes(region)) return undefined;
			if (zone && AWS_REGIONS.includes(zone[1])) {
				return `"${region}" is an availability zone; the region is "${zone[1]}"`;
			}
			if (!REGION.test(region)) return `"${region}" is not an AWS region such as us-east-1 or eu-west-1`;
			if ((0, regions.Yy)().includes(region)) return undefined;
			return `"${region}" is not an AWS region the SDK knows${(0, regions.um)(region, AWS_REGIONS)}`;
		}
		const AMI_ID = /^ami-[0-9a-f]{8}([0-9a-f]{9})?$/;
		function checkAmiId(id) {
			return AMI_ID.test(id) ? undefined : `must be an AMI id such as ami-0123456789abcdef0 (got "${id}")`;
		}
		function checkImageOwner(owner) {
			if (/^\d{12}$/.test(owner) || [
				"self",
				"amazon",
				"aws-marketplace"
			].includes(owner)) {
				return undefined;
			}
			return `must be a 12-digit account id (Canonical's is 099720109477) or self, amazon or aws-marketplace (got "${owner}")`;
		}
		const INSTANCE_FAMILY = /^(?=[a-z-]*\d)[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
		const INSTANCE_SIZE = /^(?:nano|micro|small|medium|large|xlarge|\d+xlarge|metal(?:-\d+xl)?)$/;
		function instanceTypeProblem(type) {
			const dot = type.indexOf(".");
			if (dot < 0) return "an instance type is FAMILY.SIZE";
			const family = type.slice(0, dot);
			const size = type.slice(dot + 1);
			if (!INSTANCE_FAMILY.test(family)) {
				return `"${family}" is not an instance family such as t3, m6i or c7gn`;
			}
			if (!INSTANCE_SIZE.test(size)) {
				return `"${size}" is not an instance size (nano, micro, small, medium, large, xlarge, 2xlarge\u2026 metal)`;
			}
			return undefined;
		}
		function checkInstanceType(type) {
			const problem = instanceTypeProblem(type);
			return problem && `must be an instance type such as t3.large or m6i.xlarge (got "${type}"): ${problem}`;
		}
		function checkSubnetId(id) {
			return /^subnet-[0-9a-f]{8,17}$/.test(id) ? undefined : `must be a subnet id such as subnet-0123456789abcdef0 (got "${id}")`;
		}
		function checkSecurityGroupId(id) {
			return /^sg-[0-9a-f]{8,17}$/.test(id) ? undefined : `must be a security group id such as sg-0123456789abcdef0, not a name (got "${id}")`;
		}
		function checkInstanceProfile(value) {
			if (/^arn:aws[a-z-]*:iam::\d{12}:instance-profile\/[\w+=,.@/-]{1,128}$/.test(value)) return undefined;
			if (/^[\w+=,.@-]{1,128}$/.test(value)) return undefined;
			return `must be an instance profile name or ARN (arn:aws:iam::123456789012:instance-profile/NAME) (got "${value}")`;
		}
		const KMS_ARN = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):\d{12}:(key\/[0-9a-f-]{36}|alias\/[\w/-]+)$/;
		const KMS_KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
		const KMS_ALIAS = /^alias\/[\w/-]+$/;
		function checkKmsKey(key, region) {
			const arn = KMS_ARN.exec(key);
			if (arn) {
				return region && arn[1] !== region ? `KMS key ${key} is in ${arn[1]}, but the AMI is made in ${region}: KMS keys are regional` : undefined;
			}
			if (KMS_KEY_ID.test(key) || KMS_ALIAS.test(key)) return undefined;
			return `must be a KMS key id, alias/NAME or key ARN (got "${key}")`;
		}
		const TAG_KEY_MAX = 128;
		const TAG_VALUE_MAX = 256;
		const MAX_USER_AWS_TAGS = 44;
		function checkAwsTagKey(key) {
			if (key.startsWith(labels.Vm)) {
				return `tag "${key}" is reserved: keys starting with "${labels.Vm}" are set by worker-image`;
			}
			if (key.toLowerCase().startsWith("aws:")) return `tag "${key}": the aws: prefix is reserved for AWS`;
			const length = [...key].length;
			if (length === 0 || length > TAG_KEY_MAX) {
				return `tag key "${[...key].slice(0, 20).join("")}\u2026" is ${length} characters; AWS allows 1 to ${TAG_KEY_MAX}`;
			}
			return undefined;
		}
		function checkAwsTagValue(value) {
			const length = [...value].length;
			if (length <= TAG_VALUE_MAX) return undefined;
			return `tag value "${[...value].slice(0, 20).join("")}\u2026" is ${length} characters; AWS allows at most ${TAG_VALUE_MAX}`;
		}
	}),
	63726: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			F5: () => MAX_USER_TAGS,
			zT: () => canonicalRegion,
			dW: () => checkDefinitionName,
			gN: () => checkGalleryName,
			zX: () => checkGalleryVersion,
			AA: () => checkGuid,
			vK: () => checkRegion,
			yr: () => checkResourceGroup,
			uz: () => checkTagName,
			Gz: () => checkTagValue,
			vw: () => checkVmSize,
			PW: () => definitionName,
			aX: () => galleryVersionId,
			Bj: () => galleryVersionOverwriteProblem,
			P$: () => resolveGalleryVersion
		});
		;
		const AZURE_REGIONS = [
			"eastus",
			"eastus2",
			"centralus",
			"northcentralus",
			"southcentralus",
			"westcentralus",
			"westus",
			"westus2",
			"westus3",
			"canadacentral",
			"canadaeast",
			"brazilsouth",
			"brazilsoutheast",
			"mexicocentral",
			"chilecentral",
			"northeurope",
			"westeurope",
			"uksouth",
			"ukwest",
			"francecentral",
			"francesouth",
			"germanywestcentral",
			"germanynorth",
			"switzerlandnorth",
			"switzerlandwest",
			"norwayeast",
			"norwaywest",
			"swedencentral",
			"swedensouth",
			"polandcentral",
			"italynorth",
			"spaincentral",
			"austriaeast",
			"belgiumcentral",
			"denmarkeast",
			"eastasia",
			"southeastasia",
			"japaneast",
			"japanwest",
			"koreacentral",
			"koreasouth",
			"centralindia",
			"southindia",
			"westindia",
			"jioindiacentral",
			"jioindiawest",
			"australiaeast",
			"australiasoutheast",
			"australiacentral",
			"australiacentral2",
			"indonesiacentral",
			"malaysiawest",
			"newzealandnorth",
			"taiwannorth",
			"taiwannorthwest",
			"uaenorth",
			"uaecentral",
			"qatarcentral",
			"israelcentral",
			"southafricanorth",
			"southafricawest",
			"eastus2euap",
			"centraluseuap",
			"usgovvirginia",
			"usgovarizona",
			"usgovtexas",
			"usdodcentral",
			"usdodeast",
			"chinaeast",
			"chinaeast2",
			"chinaeast3",
			"chinanorth",
			"chinanorth2",
			"chinanorth3"
		];
		var labels = __webpack_require__(42095);
		var regions = __webpack_require__(97503);
		var naming_version = __webpack_require__(49894);
		;
		const GALLERY_VERSION_PART_MAX = 2147483647;
		const AZURE_NAME_MAX = 80;
		const GALLERY_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
		const GALLERY_VERSION_SHAPE = /^\d+\.\d+\.\d+$/;
		function parseGalleryVersion(v) {
			const m = GALLERY_VERSION.exec(v);
			if (!m) return undefined;
			const parts = [
				Number(m[1]),
				Number(m[2]),
				Number(m[3])
			];
			return parts.every((p) => p <= GALLERY_VERSION_PART_MAX) ? parts : undefined;
		}
		function checkGalleryVersion(v) {
			if (parseGalleryVersion(v)) return undefined;
			const problem = `must be Major.Minor.Patch with each part 0..${GALLERY_VERSION_PART_MAX} (got "${v}")`;
			const leadingZero = GALLERY_VERSION_SHAPE.test(v) && v.split(".").some((p) => /^0\d/.test(p));
			return leadingZero ? `${problem} without leading zeros, so a version has one spelling` : problem;
		}
		function compareGalleryVersions(a, b) {
			const [pa, pb] = [parseGalleryVersion(a), parseGalleryVersion(b)];
			if (!pa || !pb) return (pa ? 1 : 0) - (pb ? 1 : 0) || a.localeCompare(b);
			return compareParts(pa, pb);
		}
		function compareParts(a, b) {
			return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
		}
		function nextGalleryVersion(existing) {
			let highest = [
				0,
				0,
				0
			];
			for (const name of existing) {
				const v = parseGalleryVersion(name);
				if (v && compareParts(v, highest) > 0) highest = v;
			}
			const [major, minor, patch] = highest;
			if (patch < GALLERY_VERSION_PART_MAX) return `${major}.${minor}.${patch + 1}`;
			if (minor < GALLERY_VERSION_PART_MAX) return `${major}.${minor + 1}.0`;
			if (major < GALLERY_VERSION_PART_MAX) return `${major + 1}.0.0`;
			throw new Error(`no gallery version follows ${highest.join(".")}`);
		}
		function resolveGalleryVersion(configVersion, existing) {
			const version = configVersion === naming_version.jP ? nextGalleryVersion(existing) : configVersion;
			return {
				version,
				exists: existing.some((e) => compareGalleryVersions(e, version) === 0)
			};
		}
		function galleryVersionOverwriteProblem(resolved, image, location) {
			return (0, naming_version.pw)(resolved, image, location);
		}
		function definitionName(base, namespace) {
			return namespace === naming_version.oQ ? base : `${base}-${namespace}`;
		}
		function galleryVersionId(subscriptionId, resourceGroup, gallery, definition, version) {
			return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}` + `/providers/Microsoft.Compute/galleries/${gallery}/images/${definition}/versions/${version}`;
		}
		const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
		function checkGuid(id, what) {
			if (GUID.test(id)) return undefined;
			return `must be a ${what}: a GUID such as 00000000-0000-0000-0000-000000000000 (got "${id}")`;
		}
		const REGION = /^[a-z0-9]+$/;
		function canonicalRegion(name) {
			return name.toLowerCase().replace(/[\s_-]+/g, "");
		}
		function checkRegion(name) {
			if (AZURE_REGIONS.includes(name)) return undefined;
			const canonical = canonicalRegion(name);
			if (canonical !== name) {
				const meant = [...AZURE_REGIONS, ...(0, regions.Yy)()].includes(canonical) ? canonical : (0, regions.$f)(canonical, AZURE_REGIONS);
				if (meant) return `"${name}" is not an Azure region name (did you mean "${meant}"?)`;
			}
			if (!REGION.test(name)) {
				return `"${name}" is not an Azure region name such as eastus or westeurope (lowercase letters and digits)`;
			}
			if ((0, regions.Yy)().includes(name)) return undefined;
			return `"${name}" is not an Azure region${(0, regions.um)(name, AZURE_REGIONS)}`;
		}
		const RESOURCE_GROUP = /^[-\p{L}\p{Nd}_.()]+$/u;
		const RESOURCE_GROUP_MAX = 90;
		function checkResourceGroup(name) {
			if (name.length > RESOURCE_GROUP_MAX) {
				return `resource group "${name}" is ${name.length} characters; Azure allows at most ${RESOURCE_GROUP_MAX}`;
			}
			if (!RESOURCE_GROUP.test(name)) {
				return `resource group "${name}" may contain only letters, digits, "-", "_", ".", "(" and ")"`;
			}
			if (name.endsWith(".")) return `resource group "${name}" must not end with "."`;
			return undefined;
		}
		function checkGalleryName(name) {
			return checkNamePattern(name, "gallery", /^[A-Za-z0-9]([A-Za-z0-9_.]*[A-Za-z0-9])?$/, "\"_\" and \".\"");
		}
		function checkDefinitionName(name) {
			return checkNamePattern(name, "image definition", /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/, "\"-\", \"_\" and \".\"");
		}
		function checkNamePattern(name, what, pattern, inside) {
			if (name.length > AZURE_NAME_MAX) {
				return `${what} "${name}" is ${name.length} characters; Azure allows at most ${AZURE_NAME_MAX}`;
			}
			if (pattern.test(name)) return undefined;
			return `${what} "${name}" may contain only letters, digits and ${inside}, and must start and end with a letter or digit`;
		}
		const TAG_NAME_MAX = 512;
		const TAG_VALUE_MAX = 256;
		const TAG_NAME_FORBIDDEN = /[<>%&\\?/\u0000-\u001f\u007f]/;
		const MAX_USER_TAGS = 45;
		function checkTagName(name) {
			if (name.toLowerCase().startsWith(labels.Vm)) {
				return `tag "${name}" is reserved: names starting with "${labels.Vm}" are set by worker-image`;
			}
			if (name.length > TAG_NAME_MAX) {
				return `tag name "${name.slice(0, 20)}\u2026" is ${name.length} characters; Azure allows at most ${TAG_NAME_MAX}`;
			}
			const bad = TAG_NAME_FORBIDDEN.exec(name);
			if (bad) {
				return `tag name "${name}" must not contain < > % & \\ ? / or control characters (found "${bad[0]}")`;
			}
			return undefined;
		}
		function checkTagValue(value) {
			if (value.length <= TAG_VALUE_MAX) return undefined;
			return `tag value "${value.slice(0, 20)}\u2026" is ${value.length} characters; Azure allows at most ${TAG_VALUE_MAX}`;
		}
		const VM_SIZE = /^[A-Za-z]+_[A-Za-z0-9_]+$/;
		function checkVmSize(size) {
			return VM_SIZE.test(size) ? undefined : `must be a VM size such as Standard_D4s_v5 (got "${size}")`;
		}
	}),
	26201: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			p9: () => checkGceName,
			v8: () => checkNetwork,
			vb: () => checkProjectId,
			RP: () => checkStorageLocation,
			Qi: () => checkSubnet,
			j5: () => checkZone
		});
		;
		const GCE_REGIONS = [
			"africa-south1",
			"asia-east1",
			"asia-east2",
			"asia-northeast1",
			"asia-northeast2",
			"asia-northeast3",
			"asia-south1",
			"asia-south2",
			"asia-southeast1",
			"asia-southeast2",
			"asia-southeast3",
			"australia-southeast1",
			"australia-southeast2",
			"europe-central2",
			"europe-north1",
			"europe-north2",
			"europe-southwest1",
			"europe-west1",
			"europe-west2",
			"europe-west3",
			"europe-west4",
			"europe-west6",
			"europe-west8",
			"europe-west9",
			"europe-west10",
			"europe-west12",
			"me-central1",
			"me-central2",
			"me-west1",
			"northamerica-northeast1",
			"northamerica-northeast2",
			"northamerica-south1",
			"southamerica-east1",
			"southamerica-west1",
			"us-central1",
			"us-east1",
			"us-east4",
			"us-east5",
			"us-south1",
			"us-west1",
			"us-west2",
			"us-west3",
			"us-west4"
		];
		var regions = __webpack_require__(97503);
		;
		const GCE_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
		const GCE_NAME_MAX = 63;
		function checkGceName(name, what) {
			if (name === "") return `${what} must not be empty`;
			if (name.length > GCE_NAME_MAX) {
				return `${what} "${name}" is ${name.length} characters; GCE names are at most ${GCE_NAME_MAX}`;
			}
			if (!/^[a-z]/.test(name)) return `${what} "${name}" must start with a lowercase letter`;
			const bad = /[^-a-z0-9]/.exec(name);
			if (bad) {
				return `${what} "${name}" may contain only lowercase letters, digits and "-" (found "${bad[0]}")`;
			}
			if (name.endsWith("-")) return `${what} "${name}" must not end with "-"`;
			return undefined;
		}
		const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
		const DOMAIN_SCOPED = /^[a-z0-9.-]+\.[a-z]+:/;
		function checkProjectId(id) {
			const bare = id.replace(DOMAIN_SCOPED, "");
			if (PROJECT_ID.test(bare)) return undefined;
			return `"${id}" is not a GCP project id: 6 to 30 characters, lowercase letters, digits and "-", ` + "starting with a letter and not ending with \"-\" (the id, not the display name or number)";
		}
		const ZONE = /^([a-z]+-[a-z]+[0-9]+)-[a-z]$/;
		function checkZone(zone) {
			const region = ZONE.exec(zone)?.[1];
			if (region === undefined) {
				return `"${zone}" is not a GCE zone such as us-central1-a (a region plus a zone letter)`;
			}
			if (GCE_REGIONS.includes(region)) return undefined;
			const extra = (0, regions.Yy)();
			if (extra.includes(region) || extra.includes(zone)) return undefined;
			const near = (0, regions.$f)(region, GCE_REGIONS);
			return `"${zone}" is not in a GCE region (${region} is unknown${near ? `; did you mean "${near}"?` : ""}); ` + `if it is a region newer than this release, allow it with ${regions.N2}=${region}`;
		}
		const MULTI_REGIONS = [
			"us",
			"eu",
			"asia"
		];
		function checkStorageLocation(location) {
			if (MULTI_REGIONS.includes(location) || GCE_REGIONS.includes(location)) return undefined;
			if ((0, regions.Yy)().includes(location)) return undefined;
			const near = (0, regions.$f)(location, [...MULTI_REGIONS, ...GCE_REGIONS]);
			return `"${location}" is neither a multi-region (${MULTI_REGIONS.join(", ")}) nor a GCE region` + `${near ? ` (did you mean "${near}"?)` : ""}; if it is a region newer than this release, allow it with ${regions.N2}=${location}`;
		}
		const NETWORK_URL = /^(?:(?:https:\/\/[^/]+\/compute\/v1\/)?projects\/[^/]+\/)?global\/networks\/([^/]+)$/;
		const SUBNET_URL = /^(?:(?:https:\/\/[^/]+\/compute\/v1\/)?projects\/[^/]+\/)?regions\/([^/]+)\/subnetworks\/([^/]+)$/;
		function checkNetwork(value) {
			if (!value.includes("/")) return checkGceName(value, "network");
			const m = NETWORK_URL.exec(value);
			if (!m) {
				return `"${value}" is neither a network name nor a network URL such as projects/my-project/global/networks/default`;
			}
			return checkGceName(m[1], "network");
		}
		function checkSubnet(value, zone) {
			if (!value.includes("/")) return checkGceName(value, "subnet");
			const m = SUBNET_URL.exec(value);
			if (!m) {
				return `"${value}" is neither a subnet name nor a subnet URL such as projects/my-project/regions/us-central1/subnetworks/default`;
			}
			const region = zone?.replace(/-[a-z]$/, "");
			if (region && m[1] !== region) {
				return `subnet "${value}" is in ${m[1]}, but the builder runs in ${zone} (${region}): use a subnet of ${region}`;
			}
			return checkGceName(m[2], "subnet");
		}
	}),
	42095: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			AB: () => checkLabelValue,
			B_: () => MAX_USER_LABELS,
			Qe: () => checkLabelKey,
			Vm: () => RESERVED_LABEL_PREFIX,
			Vz: () => runId,
			w: () => labelValue
		});
		var _random_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88843);
		const LABEL_MAX = 63;
		const LABEL_KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]*$/u;
		const LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]*$/u;
		const RESERVED_LABEL_PREFIX = "worker-image-";
		const MAX_USER_LABELS = 56;
		function labelValue(s) {
			return s.toLowerCase().replace(/[^a-z0-9_-]/g, "-").slice(0, LABEL_MAX);
		}
		function checkLabelKey(key) {
			if (key.startsWith(RESERVED_LABEL_PREFIX)) {
				return `label "${key}" is reserved: keys starting with "${RESERVED_LABEL_PREFIX}" are set by worker-image`;
			}
			if ([...key].length > LABEL_MAX) {
				return `label key "${key}" is longer than ${LABEL_MAX} characters`;
			}
			if (!LABEL_KEY.test(key)) {
				return `label key "${key}" must start with a lowercase letter and contain only lowercase letters, digits, "_" and "-"`;
			}
			return undefined;
		}
		function checkLabelValue(value) {
			if ([...value].length > LABEL_MAX) {
				return `label value "${value}" is longer than ${LABEL_MAX} characters`;
			}
			if (!LABEL_VALUE.test(value)) {
				return `label value "${value}" may contain only lowercase letters, digits, "_" and "-"`;
			}
			return undefined;
		}
		function runId(env) {
			if (env.GITHUB_RUN_ID) {
				return labelValue(`gh-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || "1"}`);
			}
			return `local-${(0, _random_js__WEBPACK_IMPORTED_MODULE_0__.n)(4)}`;
		}
	}),
	97503: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			$f: () => nearestRegion,
			N2: () => EXTRA_REGIONS_VAR,
			Yy: () => extraRegions,
			um: () => unknownRegionHint
		});
		const EXTRA_REGIONS_VAR = "WORKER_IMAGE_EXTRA_REGIONS";
		function extraRegions(env = process.env) {
			return (env[EXTRA_REGIONS_VAR] ?? "").split(/[\s,]+/).filter(Boolean);
		}
		function distance(a, b) {
			let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
			for (let i = 1; i <= a.length; i++) {
				const current = [i];
				for (let j = 1; j <= b.length; j++) {
					const cost = a[i - 1] === b[j - 1] ? 0 : 1;
					current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
				}
				previous = current;
			}
			return previous[b.length] ?? 0;
		}
		function nearestRegion(name, known) {
			let best;
			for (const region of known) {
				const d = distance(name, region);
				if (d <= 2 && (!best || d < best.d)) best = {
					region,
					d
				};
			}
			return best?.region;
		}
		function unknownRegionHint(name, known) {
			const near = nearestRegion(name, known);
			return `${near ? ` (did you mean "${near}"?)` : ""}; if it is a region newer than this release, ` + `allow it with ${EXTRA_REGIONS_VAR}=${name}`;
		}
	}),
	49894: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			EC: () => versionTooLarge,
			Le: () => versionOfImage,
			Q: () => overwriteAllowed,
			jP: () => AUTO_VERSION,
			oO: () => checkNamespace,
			oQ: () => DEFAULT_NAMESPACE,
			ot: () => parseVersion,
			ps: () => checkVersion,
			pw: () => overwriteProblem,
			tO: () => imageName,
			x: () => resolveVersion
		});
		const DEFAULT_NAMESPACE = "default";
		const AUTO_VERSION = "auto";
		const NAMESPACE_MAX = 20;
		const NAMESPACE = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;
		const VERSION = /^(0|[1-9][0-9]*)([a-z]?)$/;
		function parseVersion(v) {
			const m = VERSION.exec(v);
			if (!m?.[1]) return undefined;
			const number = Number(m[1]);
			return Number.isSafeInteger(number) ? {
				number,
				suffix: m[2] ?? ""
			} : undefined;
		}
		function versionTooLarge(v) {
			return VERSION.test(v) && !parseVersion(v) ? `is too large: a version number is at most ${Number.MAX_SAFE_INTEGER}` : undefined;
		}
		function checkVersion(v) {
			if (v === AUTO_VERSION || parseVersion(v)) return undefined;
			return `must be "${AUTO_VERSION}" or a version such as 24 or 17a (a number without leading zeros, optionally one lowercase letter)`;
		}
		function checkNamespace(ns) {
			if (ns.length > NAMESPACE_MAX) return `must be at most ${NAMESPACE_MAX} characters (got ${ns.length})`;
			if (NAMESPACE.test(ns)) return undefined;
			return "must start with a lowercase letter, contain only lowercase letters, digits and \"-\", and not end with \"-\"";
		}
		function overwriteAllowed(namespace) {
			return namespace !== DEFAULT_NAMESPACE;
		}
		function imageName(base, namespace, version) {
			return namespace === DEFAULT_NAMESPACE ? `${base}-${version}` : `${base}-${namespace}-${version}`;
		}
		function versionOfImage(name, base, namespace) {
			const prefix = imageName(base, namespace, "");
			return name.startsWith(prefix) ? parseVersion(name.slice(prefix.length)) : undefined;
		}
		function nextVersion(existingNames, base, namespace) {
			let highest = 0;
			for (const name of existingNames) {
				const v = versionOfImage(name, base, namespace);
				if (v && v.number > highest) highest = v.number;
			}
			return String(highest + 1);
		}
		function resolveVersion(image, existingNames) {
			const version = image.version === AUTO_VERSION ? nextVersion(existingNames, image.name, image.namespace) : image.version;
			const name = imageName(image.name, image.namespace, version);
			return {
				version,
				name,
				exists: existingNames.includes(name)
			};
		}
		function overwriteProblem(resolved, image, location) {
			if (!resolved.exists) return undefined;
			if (image.overwrite && overwriteAllowed(image.namespace)) return undefined;
			const taken = `image ${resolved.name} already exists in ${location}`;
			if (!overwriteAllowed(image.namespace)) {
				return `${taken}; images in the default namespace are never overwritten: choose another version, or use version: auto`;
			}
			return `${taken}; choose another version, use version: auto, or set overwrite: true to replace it`;
		}
	}),
	48638: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Kx: () => version_token.Kx,
			JM: () => PatternError,
			Eb: () => compilePattern,
			NN: () => flagsProblem,
			AL: () => patternProblem
		});
		var version_token = __webpack_require__(30456);
		;
		function backtrackingProblem(pattern, flags) {
			const parser = new Parser(pattern, flags);
			try {
				parser.alternation();
				return undefined;
			} catch (err) {
				if (err instanceof Unsafe) return err.message;
				throw err;
			}
		}
		class Unsafe extends Error {}
		const SAMPLE = [
			...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)),
			"\u00E9",
			"\u00DF",
			"\u0416",
			"\u4E2D",
			"\u00A0",
			"\u2028"
		];
		const DIGITS = new Set("0123456789");
		const EMPTY = {
			first: new Set(),
			nullable: true,
			repeats: false,
			ambiguous: false
		};
		class Parser {
			src;
			flags;
			i = 0;
			constructor(src, flags) {
				this.src = src;
				this.flags = flags;
			}
			alternation() {
				const branches = [this.sequence()];
				while (this.src[this.i] === "|") {
					this.i++;
					branches.push(this.sequence());
				}
				const first = new Set();
				let ambiguous = branches.filter((b) => b.nullable).length > 1;
				for (const b of branches) {
					for (const c of b.first) {
						if (first.has(c)) ambiguous = true;
						first.add(c);
					}
				}
				return {
					first,
					nullable: branches.some((b) => b.nullable),
					repeats: branches.some((b) => b.repeats),
					ambiguous: branches.length > 1 && ambiguous
				};
			}
			sequence() {
				const info = {
					...EMPTY,
					first: new Set()
				};
				while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
					const term = this.term();
					if (info.nullable) for (const c of term.first) info.first.add(c);
					info.nullable &&= term.nullable;
					info.repeats ||= term.repeats;
				}
				return info;
			}
			term() {
				const start = this.i;
				const atom = this.atom();
				const q = this.quantifier();
				if (!q) return atom;
				const shown = this.src.slice(start, this.i);
				if (q.max > 1) {
					if (atom.repeats) {
						throw new Unsafe(`repeats "${shown}", which itself repeats: nested repeats can take exponential time on a line that almost matches; repeat one thing once, e.g. [\\w-]+ rather than (\\w+-?)+`);
					}
					if (atom.ambiguous) {
						throw new Unsafe(`repeats "${shown}", a choice whose branches can begin with the same character: that can take exponential time on a line that almost matches; make the branches begin differently, or use a character class`);
					}
				}
				return {
					first: atom.first,
					nullable: atom.nullable || q.min === 0,
					repeats: atom.repeats || q.max > 1,
					ambiguous: false
				};
			}
			quantifier() {
				const c = this.src[this.i];
				let q;
				if (c === "*") q = {
					min: 0,
					max: Infinity
				};
				else if (c === "+") q = {
					min: 1,
					max: Infinity
				};
				else if (c === "?") q = {
					min: 0,
					max: 1
				};
				if (q) this.i++;
				else if (c === "{" && !this.src.startsWith(version_token.Kx, this.i)) {
					const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
					if (!m) return undefined;
					this.i += m[0].length;
					const min = Number(m[1]);
					q = {
						min,
						max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity
					};
				}
				if (q && this.src[this.i] === "?") this.i++;
				return q;
			}
			atom() {
				const c = this.src[this.i];
				if (this.src.startsWith(version_token.Kx, this.i)) {
					this.i += version_token.Kx.length;
					return {
						first: new Set(DIGITS),
						nullable: false,
						repeats: true,
						ambiguous: false
					};
				}
				if (c === "(") return this.group();
				if (c === "^" || c === "$") {
					this.i++;
					return EMPTY;
				}
				if (c === "[") return this.chars(this.classEnd());
				if (c === "\\") return this.escape();
				return this.chars(this.i + 1);
			}
			group() {
				const rest = this.src.slice(this.i);
				const head = /^\((\?(<?[=!]|<[A-Za-z_$][\w$]*>|[a-z-]*:)?)?/.exec(rest)?.[0] ?? "(";
				const lookaround = /^\(\?<?[=!]/.test(head);
				this.i += head.length;
				const inner = this.alternation();
				this.i++;
				return lookaround ? EMPTY : inner;
			}
			escape() {
				const rest = this.src.slice(this.i);
				const unicode = this.flags.includes("u");
				if (/^\\[1-9]/.test(rest) || /^\\k/.test(rest)) {
					const ref = /^\\(\d+|k<[^>]*>)/.exec(rest)?.[0] ?? rest.slice(0, 2);
					const octal = !unicode && /^\\\d/.test(ref);
					throw new Unsafe(`uses the backreference ${ref}, which cannot be matched in linear time; match the text itself instead${octal ? ` (without the u flag ${ref} may also read as an octal escape: write a character by its code as \\x41 or \\u0041)` : ""}`);
				}
				if (/^\\[bB]/.test(rest)) {
					this.i += 2;
					return EMPTY;
				}
				const braced = unicode ? undefined : /^\\([pPu])\{[^}]*\}?/.exec(rest);
				if (braced) {
					const [shown, letter] = braced;
					const meant = letter === "u" ? "a character by its code point; add flags: u, or write \\uXXXX (four hex digits)" : "a Unicode property; add flags: u";
					throw new Unsafe(`has ${shown}, which without the u flag is the letter ${letter} then ${shown.slice(2)} (a repeat count or literal braces), not ${meant}`);
				}
				if (!unicode && /^\\c(?![A-Za-z])/.test(rest)) {
					this.i += 1;
					return {
						first: new Set(["\\"]),
						nullable: false,
						repeats: false,
						ambiguous: false
					};
				}
				const escape = (unicode ? /^\\([pP]\{[^}]*\}|x[\da-fA-F]{2}|u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|c[A-Za-z]|0|.)/su : /^\\(x[\da-fA-F]{2}|u[\da-fA-F]{4}|c[A-Za-z]|0[0-7]{0,2}|.)/s).exec(rest)?.[0] ?? rest.slice(0, 2);
				return this.chars(this.i + escape.length);
			}
			classEnd() {
				let j = this.i + 1;
				if (this.src[j] === "^") j++;
				if (this.src[j] === "]") j++;
				while (j < this.src.length && this.src[j] !== "]") j += this.src[j] === "\\" ? 2 : 1;
				return j + 1;
			}
			chars(end) {
				const source = this.src.slice(this.i, end);
				this.i = end;
				const one = new RegExp(`^(?:${source})$`, this.flags.replace(/[gmd]/g, ""));
				return {
					first: new Set(SAMPLE.filter((c) => one.test(c))),
					nullable: false,
					repeats: false,
					ambiguous: false
				};
			}
		}
		;
		const USER_FLAGS = /^[imsu]*$/;
		const BEFORE = String.raw`(?<!\d|\d\.)`;
		const AFTER = String.raw`(?!\w|[.-]\d)`;
		const NAMESPACE = String.raw`(?:(?<namespace>[a-z](?:[a-z0-9-]*[a-z0-9])?)-)?`;
		class PatternError extends Error {
			name = "PatternError";
		}
		function compilePattern(pattern, flags = "", opts = {}) {
			const badFlags = flagsProblem(flags);
			if (badFlags) throw new PatternError(`flags ${badFlags}`);
			const token = `${BEFORE}${opts.namespaced ? NAMESPACE : ""}(?<version>${version_token.Zo})${AFTER}`;
			const source = expandPlaceholder(pattern, token);
			let regex;
			try {
				regex = new RegExp(source, [...new Set(`gmd${flags}`)].join(""));
			} catch (err) {
				const inline = /^\(\?[a-z]+\)/.exec(pattern);
				const hint = inline ? `; inline flags such as ${inline[0]} are not JavaScript regex syntax, use flags: ${inline[0].slice(2, -1)}` : "";
				throw new PatternError(`is not a valid regular expression: ${err.message}${hint}`);
			}
			const unsafe = backtrackingProblem(pattern, flags);
			if (unsafe) throw new PatternError(unsafe);
			return {
				pattern,
				regex
			};
		}
		function flagsProblem(flags) {
			if (USER_FLAGS.test(flags) && new Set(flags).size === flags.length) return undefined;
			return `must be some of i (ignore case), s (. matches line breaks), u (unicode), m (always on), each once (got "${flags}")`;
		}
		function patternProblem(pattern, flags = "") {
			try {
				compilePattern(pattern, flags);
				return undefined;
			} catch (err) {
				if (err instanceof PatternError) return err.message;
				throw err;
			}
		}
		function expandPlaceholder(pattern, token) {
			let out = "";
			let placeholders = 0;
			let inClass = false;
			for (let i = 0; i < pattern.length; i++) {
				const c = pattern[i];
				if (c === "\\") {
					const escape = /^\\(?:[pPu]\{[^}]*\}|.)/s.exec(pattern.slice(i))?.[0] ?? c;
					out += escape;
					i += escape.length - 1;
				} else if (inClass || c !== "{") {
					if (c === "[") inClass = true;
					if (c === "]") inClass = false;
					out += c;
				} else if (pattern.startsWith(version_token.Kx, i)) {
					out += token;
					placeholders++;
					i += version_token.Kx.length - 1;
				} else {
					const quantifier = /^\{\d+(,\d*)?\}/.exec(pattern.slice(i))?.[0];
					if (!quantifier) {
						const brace = /^\{[^}]*\}?/.exec(pattern.slice(i))?.[0] ?? c;
						throw new PatternError(`has "${brace}", which is neither ${version_token.Kx} nor a quantifier: ` + String.raw`write literal braces as \{ and \} (e.g. \{project\})`);
					}
					out += quantifier;
					i += quantifier.length - 1;
				}
			}
			if (placeholders !== 1) {
				throw new PatternError(placeholders === 0 ? `has no ${version_token.Kx}: put it where the version number is, e.g. batch-worker-${version_token.Kx}` : `has ${placeholders} ${version_token.Kx} placeholders; a rule rewrites exactly one token per match, so split it into one rule per reference`);
			}
			return out;
		}
	}),
	27143: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			FZ: () => defaultRuleName,
			Gb: () => checkRulePath,
			Tt: () => REFERENCE_VALUES,
			VS: () => yamlPathKeys,
			VT: () => checkYamlPath,
			vB: () => DEFAULT_YAML_PATTERN
		});
		var _pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48638);
		const REFERENCE_VALUES = [
			"gcp",
			"azure",
			"aws",
			"increment"
		];
		const DEFAULT_YAML_PATTERN = `${_pattern_js__WEBPACK_IMPORTED_MODULE_0__.Kx}$`;
		function checkRulePath(path) {
			const segments = path.split("/");
			if (path.startsWith("/") || /^[A-Za-z]:/.test(path) || path.includes("\\")) {
				return `must be relative to the repository root, with / between folders (got "${path}")`;
			}
			if (segments.includes("..")) return `must stay inside the repository (got "${path}")`;
			if (segments.every((s) => s === "" || s === ".")) return `must name a file (got "${path}")`;
			return undefined;
		}
		const YAML_PATH = /^[^.[\]]+(\[\d+\])*(\.[^.[\]]+(\[\d+\])*)*$/;
		function checkYamlPath(path) {
			if (YAML_PATH.test(path)) return undefined;
			return `must be keys separated by dots, with [n] for a list item, e.g. pool_specification.vm_configuration.custom_image.arm_image_id (got "${path}")`;
		}
		function yamlPathKeys(path) {
			return path.split(".").flatMap((part) => [...part.matchAll(/([^[\]]+)|\[(\d+)\]/g)].map((m) => m[2] ? Number(m[2]) : m[1] ?? ""));
		}
		function defaultRuleName(path, yamlPath) {
			return yamlPath ? `${path}:${yamlPath}` : path;
		}
	}),
	30456: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			IJ: () => isVersionToken,
			Kx: () => PLACEHOLDER,
			Zo: () => VERSION_TOKEN,
			Zy: () => compareVersions,
			vm: () => incremented
		});
		const PLACEHOLDER = "{version}";
		const VERSION_TOKEN = String.raw`\d+(?:\.\d+)*[a-z]?`;
		const WHOLE = new RegExp(`^${VERSION_TOKEN}$`);
		const PARTS = /^([\d.]+)([a-z]?)$/;
		function isVersionToken(text) {
			return WHOLE.test(text);
		}
		function compareVersions(a, b) {
			const [, aNumbers = "", aSuffix = ""] = PARTS.exec(a) ?? [];
			const [, bNumbers = "", bSuffix = ""] = PARTS.exec(b) ?? [];
			const aParts = aNumbers.split(".").map(Number);
			const bParts = bNumbers.split(".").map(Number);
			for (let i = 0; i < Math.max(aParts.length, bParts.length); i++) {
				const diff = (aParts[i] ?? 0) - (bParts[i] ?? 0);
				if (diff !== 0) return diff;
			}
			return aSuffix < bSuffix ? -1 : aSuffix > bSuffix ? 1 : 0;
		}
		function incremented(version) {
			if (!/^\d+$/.test(version)) return undefined;
			const next = Number(version) + 1;
			return Number.isSafeInteger(next) ? String(next) : undefined;
		}
	}),
	56204: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			$Z: () => readTargetRegions,
			k_: () => parseTargetRegions,
			zq: () => MAX_REPLICAS
		});
		var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9353);
		var _config_merge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66404);
		var _config_problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31846);
		var _config_section_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13667);
		var _config_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93377);
		var _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63726);
		const STORAGE_ACCOUNT_TYPES = [
			"Standard_LRS",
			"Standard_ZRS",
			"Premium_LRS"
		];
		const MAX_REPLICAS = 100;
		const DEFAULT_STORAGE = "Standard_LRS";
		const KEYS = [
			"name",
			"replicas",
			"storage-account-type"
		];
		const PAIR = /^([^=]+?)(?:\s*=\s*(\d+))?$/;
		function readTargetRegions(section, key) {
			const list = section.value(key);
			if (list === undefined) return undefined;
			if (!Array.isArray(list)) {
				section.problem(key, `must be a list of regions (got ${(0, _config_problems_js__WEBPACK_IMPORTED_MODULE_1__.q0)(list)})`);
				return undefined;
			}
			const path = [...section.path, key];
			if (list.length === 0) {
				section.problem(key, "must name at least one region");
				return undefined;
			}
			const regions = list.map((item, i) => readRegion(section.problems, [...path, i], item));
			return checkDuplicates(section.problems, path, regions);
		}
		function parseTargetRegions(text, input) {
			const problems = new _config_problems_js__WEBPACK_IMPORTED_MODULE_1__.Zw();
			const parsed = (0, _config_yaml_js__WEBPACK_IMPORTED_MODULE_3__.h)(text);
			let regions;
			if (text.trim() === "") {
				problems.add([input], "must name at least one region");
			} else if (parsed.errors.length > 0) {
				problems.add([input], `is not valid YAML: ${parsed.errors.map((e) => e.message).join("; ")}`);
			} else if (typeof parsed.raw === "string") {
				regions = readPairs(problems, input, parsed.raw);
			} else if (Array.isArray(parsed.raw)) {
				const root = _config_section_js__WEBPACK_IMPORTED_MODULE_2__.w.open(problems, [], { [input]: parsed.raw }, [input]);
				regions = root && readTargetRegions(root, input);
			} else {
				problems.add([input], `must be region=replicas pairs such as "eastus=3,westus2=2", or a YAML list of regions (got ${(0, _config_problems_js__WEBPACK_IMPORTED_MODULE_1__.q0)(parsed.raw)})`);
			}
			const [first, ...rest] = problems.list;
			if (first) throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__.x([first, ...rest]);
			if (!regions) throw new Error(`internal: no regions read from ${input} although no problem was found`);
			return regions;
		}
		function readPairs(problems, input, text) {
			const pairs = text.split(",").map((p) => p.trim());
			const regions = pairs.map((pair, i) => {
				const m = PAIR.exec(pair);
				const [name, replicas] = [m?.[1] ?? "", Number(m?.[2] ?? 1)];
				const problem = !m ? `"${pair}" must be region=replicas such as eastus=3, or a region alone for one replica` : (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__.vK)(name) ?? checkReplicas(replicas, m[2]);
				if (problem) {
					problems.add([input, i], problem);
					return undefined;
				}
				return {
					name,
					replicas,
					storageAccountType: DEFAULT_STORAGE
				};
			});
			return checkDuplicates(problems, [input], regions);
		}
		function readRegion(problems, path, item) {
			if (typeof item === "string") {
				const problem = (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__.vK)(item);
				if (problem) problems.add(path, problem);
				return problem ? undefined : {
					name: item,
					replicas: 1,
					storageAccountType: DEFAULT_STORAGE
				};
			}
			if (!(0, _config_merge_js__WEBPACK_IMPORTED_MODULE_5__.pi)(item)) {
				problems.add(path, `must be a region name or a mapping with name, replicas and storage-account-type (got ${(0, _config_problems_js__WEBPACK_IMPORTED_MODULE_1__.q0)(item)})`);
				return undefined;
			}
			const before = problems.list.length;
			const region = _config_section_js__WEBPACK_IMPORTED_MODULE_2__.w.open(problems, path, item, KEYS);
			const name = region?.required("name", _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__.vK);
			const replicas = region?.integer("replicas", 1, MAX_REPLICAS);
			const storage = region?.oneOf("storage-account-type", STORAGE_ACCOUNT_TYPES);
			if (!name || problems.list.length > before) return undefined;
			return {
				name,
				replicas: replicas ?? 1,
				storageAccountType: storage ?? DEFAULT_STORAGE
			};
		}
		function checkReplicas(replicas, text) {
			if (replicas >= 1 && replicas <= MAX_REPLICAS) return undefined;
			return `replicas must be a whole number from 1 to ${MAX_REPLICAS} (got ${text})`;
		}
		function checkDuplicates(problems, path, regions) {
			const seen = new Map();
			let ok = true;
			regions.forEach((region, i) => {
				if (!region) {
					ok = false;
					return;
				}
				const first = seen.get((0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__.zT)(region.name));
				if (first === undefined) {
					seen.set((0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_4__.zT)(region.name), i);
					return;
				}
				problems.add([...path, i], `${region.name} is listed twice (also at [${first}])`);
				ok = false;
			});
			return ok ? regions : undefined;
		}
	}),
	47683: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { a: () => formatDuration });
		function formatDuration(ms) {
			if (ms < 1e3) return `${Math.round(ms)}ms`;
			let s = Math.round(ms / 1e3);
			const h = Math.floor(s / 3600);
			s -= h * 3600;
			const m = Math.floor(s / 60);
			s -= m * 60;
			return [
				h ? `${h}h` : "",
				m ? `${m}m` : "",
				s || !h && !m ? `${s}s` : ""
			].join("");
		}
	})
};
