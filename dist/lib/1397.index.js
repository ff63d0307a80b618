export const id = 1397;
export const ids = [1397];
export const modules = {
	36737: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { catalogueCommand: () => catalogueCommand });
		var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
		var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
		var _catalogue_catalogue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26514);
		var _catalogue_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47212);
		var _config_confine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54936);
		var _config_excerpt_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52049);
		var _manifest_read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28643);
		var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(37235);
		var _root_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(33910);
		async function catalogueCommand(args) {
			const values = (0, _args_js__WEBPACK_IMPORTED_MODULE_7__.b)(args, {
				manifest: {
					type: "string",
					multiple: true,
					default: []
				},
				shares: {
					type: "string",
					multiple: true,
					default: []
				},
				out: { type: "string" },
				repo: { type: "string" }
			});
			if (values.manifest.length === 0) throw new Error("--manifest is required (a path or glob)");
			if (!values.out) throw new Error("--out is required: a file, or a folder ending in /");
			const cwd = process.cwd();
			const root = (0, _root_js__WEBPACK_IMPORTED_MODULE_8__.V)({ repo: values.repo });
			const inside = (flag, path) => {
				const outside = (0, _config_confine_js__WEBPACK_IMPORTED_MODULE_4__.K8)((0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path), root, path);
				if (outside) throw new Error(`${flag}: ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_5__.RK)(outside)}`);
				return (0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
			};
			const out = inside("--out", values.out);
			const shareFiles = values.shares.map((file) => inside("--shares", file));
			const twice = shareFiles.find((f, i) => shareFiles.indexOf(f) !== i);
			if (twice) throw new Error(`--shares: ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_5__.SP)(twice)} is given twice; name each file once`);
			const paths = await (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_6__.TH)(values.manifest, cwd, {
				root,
				input: "--manifest"
			});
			const images = (0, _catalogue_catalogue_js__WEBPACK_IMPORTED_MODULE_2__.MK)(await (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_6__.D7)(paths));
			if (images.length === 0) {
				throw new Error(`no image builds in ${paths.map((p) => (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_5__.SP)(p)).join(", ")}`);
			}
			const shares = [];
			for (const file of shareFiles) shares.push(...await readShares(file));
			const folder = /[/\\]$/.test(values.out) ? "/" : "";
			const written = await (0, _catalogue_write_js__WEBPACK_IMPORTED_MODULE_3__.m)(out + folder, (0, _catalogue_catalogue_js__WEBPACK_IMPORTED_MODULE_2__.t_)(images, shares));
			for (const path of written) process.stdout.write(`${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_5__.SP)(path, Infinity)}\n`);
			return 0;
		}
		async function readShares(path) {
			let text;
			try {
				text = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8");
			} catch (err) {
				const code = err.code;
				throw new Error(`--shares ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_5__.SP)(path)}: ${code === "ENOENT" ? "not found" : `cannot be read (${code ?? "error"})`}`);
			}
			const parsed = (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_5__.qF)(text, `--shares ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_5__.SP)(path)} is not valid JSON (the JSON worker-image share prints)`);
			const list = Array.isArray(parsed) ? parsed : [parsed];
			for (const r of list) {
				if (typeof r?.cloud !== "string" || typeof r.image !== "string" || !Array.isArray(r.grants)) {
					throw new Error(`--shares ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_5__.SP)(path)}: not a share result (the JSON worker-image share prints: {cloud, image, grants})`);
				}
				const bad = r.grants.find((g) => {
					const member = g?.member;
					return typeof member !== "string" || !/^[^\s\p{C}]+$/u.test(member);
				});
				if (bad !== undefined) {
					throw new Error(`--shares ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_5__.SP)(path)}: a grant's member ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_5__.SP)(JSON.stringify(bad?.member) ?? "missing")} is not a plain member name`);
				}
			}
			return list;
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
	})
};
