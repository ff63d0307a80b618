export const id = 1045;
export const ids = [1045];
export const modules = {
	31045: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { GcpPrune: () => GcpPrune });
		var _prune_inventory_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74906);
		var _prune_lineage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16195);
		var _wait_deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94975);
		var _calls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90952);
		var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50573);
		var _operations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12095);
		var _provider_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6719);
		var _prune_age_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87617);
		const VERSION_LABEL = "worker-image-version";
		const DEPRECATED_STATES = [
			"DEPRECATED",
			"OBSOLETE",
			"DELETED"
		];
		class GcpPrune {
			gcp;
			image;
			cloud = "gcp";
			clients;
			provider;
			links = new Map();
			constructor(gcp, image) {
				this.gcp = gcp;
				this.image = image;
				this.clients = (0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.hP)(gcp);
				this.provider = new _provider_js__WEBPACK_IMPORTED_MODULE_4__.GcpProvider(gcp, this.clients);
			}
			async inventory(ctx) {
				await this.provider.ready();
				const { project } = this.gcp;
				const base = this.image.name;
				const [images] = await (0, _calls_js__WEBPACK_IMPORTED_MODULE_1__.T1)(ctx, "list images", () => this.clients.images.list({
					project,
					filter: `name eq '${base}-.*'`
				}, _calls_js__WEBPACK_IMPORTED_MODULE_1__.XV));
				const found = images.flatMap((i) => this.toPrune(i, base));
				ctx.reporter.info(`project ${project}: ${found.length} image(s) named ${base}-\u2026`);
				return found;
			}
			async apply(decision, ctx) {
				const { project } = this.gcp;
				const image = decision.image.name;
				if (decision.action === "delete") {
					await this.provider.deleteResource({
						cloud: "gcp",
						kind: "image",
						id: decision.image.id,
						role: "image",
						keep: "never"
					}, {
						wait: true,
						reporter: ctx.reporter
					});
					return;
				}
				if (decision.action !== "deprecate") return;
				const replacement = decision.replacement ? this.links.get(decision.replacement.name) ?? decision.replacement.id : undefined;
				const [op] = await (0, _calls_js__WEBPACK_IMPORTED_MODULE_1__.T1)(ctx, `deprecate image ${image}`, () => this.clients.images.deprecate({
					project,
					image,
					deprecationStatusResource: {
						state: "DEPRECATED",
						deprecated: new Date().toISOString(),
						...replacement ? { replacement } : {}
					}
				}, _calls_js__WEBPACK_IMPORTED_MODULE_1__.XV));
				await (0, _operations_js__WEBPACK_IMPORTED_MODULE_3__.$X)(this.clients, project, op, new _wait_deadline_js__WEBPACK_IMPORTED_MODULE_0__.B(`deprecating image ${image}`, this.gcp.timeouts.operation), ctx);
			}
			toPrune(i, base) {
				const labels = i.labels ?? {};
				const lineage = i.name ? (0, _prune_lineage_js__WEBPACK_IMPORTED_MODULE_5__.b)(i.name, base, labels[VERSION_LABEL]) : undefined;
				if (!i.name || !lineage || i.status === "DELETING") return [];
				if (i.selfLink) this.links.set(i.name, i.selfLink);
				const state = i.deprecated?.state ?? "ACTIVE";
				const deprecated = DEPRECATED_STATES.includes(state);
				const createdAt = (0, _prune_age_js__WEBPACK_IMPORTED_MODULE_6__.Q)(i.creationTimestamp);
				const deprecatedAt = deprecated ? (0, _prune_age_js__WEBPACK_IMPORTED_MODULE_6__.Q)(i.deprecated?.deprecated) : undefined;
				return [{
					cloud: "gcp",
					name: i.name,
					...lineage,
					...createdAt ? { createdAt } : {},
					deprecated,
					...deprecatedAt ? { deprecatedAt } : {},
					baked: labels[_prune_inventory_js__WEBPACK_IMPORTED_MODULE_7__.eg] === "image",
					protectedByLabel: labels[_prune_inventory_js__WEBPACK_IMPORTED_MODULE_7__.nX] !== undefined && labels[_prune_inventory_js__WEBPACK_IMPORTED_MODULE_7__.nX] !== "false",
					...i.status === "FAILED" ? { failed: "image FAILED" } : i.status && i.status !== "READY" ? { busy: `image ${i.status}` } : {},
					id: `projects/${this.gcp.project}/global/images/${i.name}`
				}];
			}
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
	16195: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { b: () => lineageOf });
		var _naming_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49894);
		function lineageOf(name, base, versionLabel) {
			if (!name.startsWith(`${base}-`)) return undefined;
			const rest = name.slice(base.length + 1);
			const of = (namespace, version) => ({
				lineage: namespace === "default" ? base : `${base}-${namespace}`,
				namespace,
				version
			});
			if (versionLabel && (0, _naming_version_js__WEBPACK_IMPORTED_MODULE_0__.ot)(versionLabel)) {
				if (rest === versionLabel) return of("default", versionLabel);
				if (rest.endsWith(`-${versionLabel}`)) {
					return of(rest.slice(0, -versionLabel.length - 1), versionLabel);
				}
			}
			const m = /^(?:(.+)-)?([^-]+)$/.exec(rest);
			if (!m?.[2] || !(0, _naming_version_js__WEBPACK_IMPORTED_MODULE_0__.ot)(m[2])) return undefined;
			return of(m[1] ?? "default", m[2]);
		}
	})
};
