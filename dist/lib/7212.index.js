export const id = 7212;
export const ids = [7212];
export const modules = {
	26514: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			M9: () => CATALOGUE_SCHEMA,
			MK: () => imagesFromBuilds,
			O1: () => CATALOGUE_FILES,
			VK: () => catalogueFor,
			dV: () => imageFromTarget,
			t_: () => withShares
		});
		var _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52049);
		var _config_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93593);
		var _manifest_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28643);
		var _naming_aws_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91486);
		var _naming_gce_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26201);
		var _references_version_token_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30456);
		var _share_target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21716);
		const CATALOGUE_SCHEMA = "worker-image/catalogue/v1";
		const CATALOGUE_FILES = {
			aws: "ami_share_requests.json",
			azure: "vmi_share_requests.json",
			gcp: "gce_share_requests.json"
		};
		function imagesFromBuilds(builds) {
			const images = [];
			for (const [position, b] of builds.entries()) {
				const cloud = checkBuild(b, b.index ?? position);
				const d = b.custom_data;
				const { cloud: _cloud, image_name: imageName, image_id: imageId, version, source_image: sourceImage, commit, run_url: runUrl, run_id: _runId, ...details } = d;
				void _cloud;
				void _runId;
				const regions = buildRegions(cloud, b);
				images.push({
					cloud,
					image: imageName ?? b.artifact_id,
					...version ? { version } : {},
					image_id: imageId ?? regions[0]?.image_id ?? b.artifact_id,
					regions,
					...sourceImage ? { source_image: sourceImage } : {},
					...commit ? { commit } : {},
					...runUrl ? { run_url: runUrl } : {},
					...b.build_time ? { built_at: new Date(b.build_time * 1e3).toISOString() } : {},
					shared_with: [],
					details
				});
			}
			return images;
		}
		class ManifestBuildError extends Error {
			name = "ManifestBuildError";
		}
		const TOKEN = /^[^\s\p{C}]+$/u;
		const LOCATION = /^[a-z][a-z0-9-]*[a-z0-9]$/;
		const AZURE_LOCATION = /^[a-z][a-z0-9]*(=\d+)?$/;
		const TEXT_MAX = 1024;
		function checkBuild(b, index) {
			const at = (field) => `manifest ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.SP)(b.path)}: builds[${index}]${field}`;
			const refuse = (field, why) => {
				throw new ManifestBuildError(`${at(field)} ${why}`);
			};
			const data = b.custom_data ?? {};
			for (const [key, value] of Object.entries(data)) {
				if (typeof value !== "string") {
					refuse(`.custom_data.${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.SP)(key)}`, `is ${(0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_2__.I)(value)}, not a string`);
				}
				if (!TOKEN.test(key)) refuse(`.custom_data key "${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.SP)(key)}"`, "is not a plain name");
			}
			const text = (field, value) => {
				if (value.length > TEXT_MAX) refuse(field, `is ${value.length} characters; at most ${TEXT_MAX}`);
				if ((0, _config_text_js__WEBPACK_IMPORTED_MODULE_1__.Kz)(value) !== undefined) {
					refuse(field, `"${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.SP)(value)}" holds control characters`);
				}
			};
			for (const [key, value] of Object.entries(data)) text(`.custom_data.${key}`, value);
			const cloud = (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_2__.a0)(b);
			if (cloud !== "gcp" && cloud !== "azure" && cloud !== "aws") {
				refuse(data.cloud === undefined ? ".builder_type" : ".custom_data.cloud", data.cloud === undefined ? `${typeof b.builder_type === "string" ? `"${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.SP)(b.builder_type)}"` : `is ${(0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_2__.I)(b.builder_type)}:`} names no cloud (googlecompute, azure-arm or amazon-ebs), and custom_data.cloud is missing` : `"${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.SP)(String(data.cloud))}" is not gcp, azure or aws`);
			}
			const known = cloud;
			if (typeof b.artifact_id !== "string" || b.artifact_id === "") {
				refuse(".artifact_id", `is ${b.artifact_id === "" ? "empty" : (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_2__.I)(b.artifact_id)}, not the image's id`);
			}
			if (b.build_time !== undefined && b.build_time !== null) {
				if (typeof b.build_time !== "number" || !Number.isSafeInteger(b.build_time) || b.build_time < 0) {
					refuse(".build_time", `${JSON.stringify(b.build_time)?.slice(0, 40) ?? (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_2__.I)(b.build_time)} is not Unix seconds`);
				}
			}
			const id = (field, value) => {
				text(field, value);
				if (!TOKEN.test(value) || value.split("/").includes("..")) {
					refuse(field, `"${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.SP)(value)}" is not an image id (no spaces, control characters or ".." steps)`);
				}
			};
			const artifact = b.artifact_id;
			id(".artifact_id", artifact);
			const imageId = data.image_id;
			if (imageId !== undefined) id(".custom_data.image_id", imageId);
			const imageName = data.image_name;
			if (imageName !== undefined) id(".custom_data.image_name", imageName);
			const version = data.version;
			if (version !== undefined && !(0, _references_version_token_js__WEBPACK_IMPORTED_MODULE_3__.IJ)(version)) {
				refuse(".custom_data.version", `"${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.SP)(version)}" is not a version such as 24, 17a or 0.0.14`);
			}
			const runUrl = data.run_url;
			if (runUrl !== undefined && !/^https?:\/\/[^\s/]+(\/\S*)?$/.test(runUrl)) {
				refuse(".custom_data.run_url", `"${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.SP)(runUrl)}" is not an http(s) URL`);
			}
			const why = (err) => (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.RK)(err instanceof Error ? err.message.replace(/^image: /, "") : String(err));
			const targetId = (cloudOf, what) => {
				const [field, value] = imageId !== undefined ? [".custom_data.image_id", imageId] : [".artifact_id", artifact];
				try {
					(0, _share_target_js__WEBPACK_IMPORTED_MODULE_4__.hu)(cloudOf, value);
				} catch (err) {
					refuse(field, `is not ${what}: ${why(err)}`);
				}
			};
			const listOf = (key, pattern, what) => {
				const list = data[key];
				if (list === undefined) return;
				if (list.split(",").some((item) => !pattern.test(item.trim()))) {
					refuse(`.custom_data.${key}`, `"${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.SP)(list)}" is not a list of ${what}`);
				}
			};
			if (known === "gcp") {
				targetId("gcp", "a GCE image name or link (projects/P/global/images/N)");
				if (imageName !== undefined) {
					const problem = (0, _naming_gce_js__WEBPACK_IMPORTED_MODULE_5__.p9)(imageName, "the image name");
					if (problem) refuse(".custom_data.image_name", (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.RK)(problem));
				}
				for (const key of ["storage_location", "storage_locations"]) {
					listOf(key, LOCATION, "storage locations (us, europe-west1...)");
				}
			} else if (known === "azure") {
				targetId("azure", "a gallery image version id");
				for (const key of ["regions", "location"]) {
					listOf(key, AZURE_LOCATION, "regions (eastus=3,westus2=1)");
				}
			} else {
				try {
					(0, _share_target_js__WEBPACK_IMPORTED_MODULE_4__.Gb)(artifact);
				} catch (err) {
					refuse(".artifact_id", `is not region:ami-id pairs (us-east-1:ami-0123456789abcdef0,...): ${why(err)}`);
				}
				if (imageId !== undefined && (0, _naming_aws_js__WEBPACK_IMPORTED_MODULE_6__.lK)(imageId)) {
					refuse(".custom_data.image_id", `"${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.SP)(imageId)}" is not an AMI id such as ami-0123456789abcdef0`);
				}
				if (imageName !== undefined) {
					const problem = (0, _naming_aws_js__WEBPACK_IMPORTED_MODULE_6__.pz)(imageName, "the AMI name");
					if (problem) refuse(".custom_data.image_name", (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_0__.RK)(problem));
				}
			}
			return known;
		}
		function buildRegions(cloud, b) {
			const d = b.custom_data;
			if (cloud === "aws") {
				return (0, _share_target_js__WEBPACK_IMPORTED_MODULE_4__.Gb)(b.artifact_id).map((a) => ({
					region: a.region,
					image_id: a.imageId
				}));
			}
			if (cloud === "azure") {
				const id = d.image_id ?? b.artifact_id;
				const names = (d.regions ?? d.location ?? "").split(",").map((r) => r.split("=")[0].trim()).filter(Boolean);
				return names.map((region) => ({
					region,
					image_id: id
				}));
			}
			const link = d.image_id ?? b.artifact_id;
			return (d.storage_location ?? d.storage_locations ?? "").split(",").map((l) => l.trim()).filter(Boolean).map((region) => ({
				region,
				image_id: link
			}));
		}
		function imageFromTarget(target) {
			if (target.cloud === "aws") {
				const regions = target.amis.map((a) => ({
					region: a.region,
					image_id: a.imageId
				}));
				return {
					cloud: "aws",
					image: regions[0].image_id,
					image_id: regions[0].image_id,
					regions,
					shared_with: [],
					details: {}
				};
			}
			if (target.cloud === "azure") {
				return {
					cloud: "azure",
					image: target.version ? `${target.definition}/${target.version}` : target.definition,
					...target.version ? { version: target.version } : {},
					image_id: target.id,
					regions: [],
					shared_with: [],
					details: {
						subscription_id: target.subscriptionId,
						resource_group: target.resourceGroup,
						gallery: target.gallery,
						definition: target.definition
					}
				};
			}
			return {
				cloud: "gcp",
				image: target.image,
				image_id: target.project ? `https://www.googleapis.com/compute/v1/projects/${target.project}/global/images/${target.image}` : target.image,
				regions: [],
				shared_with: [],
				details: target.project ? { project: target.project } : {}
			};
		}
		function sameImage(image, share) {
			if (image.cloud !== share.cloud) return false;
			if (share.cloud === "aws") {
				const amis = new Set(share.image.split(",").map((p) => p.split(":")[1]));
				return image.regions.some((r) => amis.has(r.image_id)) || amis.has(image.image_id);
			}
			try {
				const a = (0, _share_target_js__WEBPACK_IMPORTED_MODULE_4__.hu)(share.cloud, share.image);
				const b = (0, _share_target_js__WEBPACK_IMPORTED_MODULE_4__.hu)(share.cloud, image.image_id, image.details.project);
				if (a.cloud === "gcp" && b.cloud === "gcp") {
					return a.image === b.image && (!a.project || !b.project || a.project === b.project);
				}
				if (a.cloud === "azure" && b.cloud === "azure") return a.id.toLowerCase() === b.id.toLowerCase();
			} catch {
				return false;
			}
			return false;
		}
		function withShares(images, shares) {
			return images.map((image) => {
				const members = new Set(image.shared_with);
				for (const share of shares) {
					if (share.dryRun || !sameImage(image, share)) continue;
					for (const g of share.grants) members.add(g.member);
				}
				return {
					...image,
					shared_with: [...members].sort()
				};
			});
		}
		function catalogueFor(cloud, images, earlier) {
			const before = new Map((earlier?.images ?? []).map((i) => [i.image_id.toLowerCase(), i]));
			const mine = images.filter((i) => i.cloud === cloud).map((i) => {
				const old = before.get(i.image_id.toLowerCase());
				before.delete(i.image_id.toLowerCase());
				const members = new Set([...old?.shared_with ?? [], ...i.shared_with]);
				return {
					...i,
					shared_with: [...members].sort()
				};
			});
			return {
				schema: CATALOGUE_SCHEMA,
				cloud,
				images: [...before.values(), ...mine]
			};
		}
	}),
	47212: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { m: () => writeCatalogues });
		var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
		var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
		var _config_confine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54936);
		var _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52049);
		var _catalogue_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26514);
		async function writeCatalogues(out, images) {
			const clouds = [...new Set(images.map((i) => i.cloud))].sort();
			const isDir = /[/\\]$/.test(out) || (await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(out).catch(() => undefined))?.isDirectory();
			if (!isDir && clouds.length > 1) {
				throw new Error(`catalogue ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.SP)(out)}: the images are on ${clouds.join(" and ")}, one catalogue file each; give a folder (end it with /)`);
			}
			const written = [];
			for (const cloud of clouds) {
				const path = isDir ? (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, _catalogue_js__WEBPACK_IMPORTED_MODULE_4__.O1[cloud]) : out;
				try {
					(0, _config_confine_js__WEBPACK_IMPORTED_MODULE_2__.Yz)(path, "catalogue");
					const catalogue = (0, _catalogue_js__WEBPACK_IMPORTED_MODULE_4__.VK)(cloud, images, await readCatalogue(path, cloud));
					await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
					await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, JSON.stringify(catalogue, null, 2) + "\n");
				} catch (err) {
					throw new Error((0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.RK)(err.message), { cause: err });
				}
				written.push(path);
			}
			return written;
		}
		async function readCatalogue(path, cloud) {
			let text;
			try {
				text = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8");
			} catch (err) {
				if (err.code === "ENOENT") return undefined;
				throw err;
			}
			const parsed = (0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.qF)(text, `catalogue ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.SP)(path)} exists but is not valid JSON; move it or choose another path`);
			if (!parsed || parsed.schema !== _catalogue_js__WEBPACK_IMPORTED_MODULE_4__.M9 || parsed.cloud !== cloud || !Array.isArray(parsed.images)) {
				throw new Error(`catalogue ${(0, _config_excerpt_js__WEBPACK_IMPORTED_MODULE_3__.SP)(path)} exists but is not a worker-image ${cloud} catalogue (${_catalogue_js__WEBPACK_IMPORTED_MODULE_4__.M9}); move it or choose another path`);
			}
			return parsed;
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
	}),
	21716: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Gb: () => parseAmis,
			dq: () => targetFromBuilds,
			hu: () => parseTarget,
			je: () => targetName
		});
		var _naming_aws_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91486);
		var _config_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93593);
		var _naming_gce_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26201);
		var _manifest_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28643);
		const GCE_LINK = /^(?:(https?:\/\/[^/]+)\/compute\/(?:v1|beta)\/)?projects\/([^/]+)\/global\/images\/([^/]+)$/;
		const GCE_HOSTS = ["compute.googleapis.com", "www.googleapis.com"];
		function foreignHost(origin, text, endpoint) {
			let url;
			try {
				url = new URL(origin);
			} catch {
				url = undefined;
			}
			const ok = url !== undefined && !url.username && !url.password && (url.protocol === "https:" && GCE_HOSTS.includes(url.host) || endpoint !== undefined && sameOrigin(url, endpoint));
			if (ok) return undefined;
			const host = url ? (0, _config_text_js__WEBPACK_IMPORTED_MODULE_0__.TL)(url.host || origin) : (0, _config_text_js__WEBPACK_IMPORTED_MODULE_0__.TL)(origin);
			const allowed = [...GCE_HOSTS, ...endpoint ? [`the endpoint ${(0, _config_text_js__WEBPACK_IMPORTED_MODULE_0__.TL)(endpoint)}`] : []];
			return `image: ${(0, _config_text_js__WEBPACK_IMPORTED_MODULE_0__.TL)(text)} links to ${host}, not to GCE (${allowed.join(", ")}); ` + "give the image name (batch-worker-24) or its link (projects/my-project/global/images/batch-worker-24)";
		}
		function sameOrigin(url, endpoint) {
			try {
				return new URL(endpoint).origin === url.origin;
			} catch {
				return false;
			}
		}
		const GALLERY_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)(?:\/versions\/([^/]+))?$/i;
		const AMI = /^ami-[0-9a-f]{8,17}$/;
		class TargetError extends Error {
			name = "TargetError";
		}
		function parseTarget(cloud, text, project, gce) {
			const value = text.trim();
			if (cloud === "gcp") {
				const link = GCE_LINK.exec(value);
				const foreign = link?.[1] && gce ? foreignHost(link[1], value, gce.endpoint) : undefined;
				if (foreign) throw new TargetError(foreign);
				const [linkProject, name] = link ? [link[2], link[3]] : [project, value];
				const problem = (0, _naming_gce_js__WEBPACK_IMPORTED_MODULE_2__.p9)(name, "image name") ?? (linkProject ? (0, _naming_gce_js__WEBPACK_IMPORTED_MODULE_2__.vb)(linkProject) : undefined);
				if (problem) {
					throw new TargetError(`image: ${problem}; give a GCE image name (batch-worker-24) or link (projects/my-project/global/images/batch-worker-24)`);
				}
				return {
					cloud,
					image: name,
					...linkProject ? { project: linkProject } : {}
				};
			}
			if (cloud === "azure") {
				const m = GALLERY_ID.exec(value);
				if (!m) {
					throw new TargetError(`image: "${value}" is not a gallery image version id such as ` + "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Compute/galleries/<gallery>/images/<definition>/versions/0.0.14");
				}
				return {
					cloud,
					subscriptionId: m[1],
					resourceGroup: m[2],
					gallery: m[3],
					definition: m[4],
					...m[5] ? { version: m[5] } : {},
					id: value
				};
			}
			return {
				cloud,
				amis: parseAmis(value)
			};
		}
		function parseAmis(text) {
			const pairs = text.split(/[\s,]+/).map((p) => p.trim()).filter(Boolean);
			if (pairs.length === 0) throw new TargetError("image: no region:ami-id pair given");
			const seen = new Set();
			return pairs.map((pair) => {
				const [region = "", imageId = "", ...extra] = pair.split(":");
				if (!AMI.test(imageId) || extra.length) {
					throw new TargetError(`image: "${pair}" is not region:ami-id such as us-east-1:ami-0123456789abcdef0`);
				}
				const regionProblem = (0, _naming_aws_js__WEBPACK_IMPORTED_MODULE_3__.GC)(region);
				if (regionProblem) throw new TargetError(`image: "${pair}": ${regionProblem}`);
				if (seen.has(region)) throw new TargetError(`image: region ${region} is given twice`);
				seen.add(region);
				return {
					region,
					imageId
				};
			});
		}
		function targetFromBuilds(cloud, builds, gce) {
			const mine = builds.filter((b) => (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_1__.a0)(b) === cloud);
			const ids = [...new Set(mine.map((b) => b.artifact_id))];
			if (ids.length === 0) {
				const files = [...new Set(builds.map((b) => b.path))].join(", ") || "none";
				throw new TargetError(`no ${cloud} build in the manifests (${files}); pass the ${cloud} manifest or the image input`);
			}
			if (ids.length > 1) {
				throw new TargetError(`the manifests hold ${ids.length} ${cloud} images (${ids.join(", ")}); pass one manifest or the image input`);
			}
			const build = mine[0];
			return parseTarget(cloud, build.artifact_id, build.custom_data.project, gce);
		}
		function targetName(t) {
			if (t.cloud === "gcp") return t.project ? `projects/${t.project}/global/images/${t.image}` : t.image;
			if (t.cloud === "azure") return t.id;
			return t.amis.map((a) => `${a.region}:${a.imageId}`).join(",");
		}
	})
};
