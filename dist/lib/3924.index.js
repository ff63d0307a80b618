export const id = 3924;
export const ids = [3924];
export const modules = {
	73924: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { AzurePrune: () => AzurePrune });
		var _prune_inventory_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74906);
		var _wait_deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94975);
		var _wait_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63817);
		var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11788);
		var _lro_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16059);
		var _provider_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48644);
		var _prune_age_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(87617);
		const DEPRECATED_TAG = "worker-image-deprecated";
		function tag(tags, name) {
			const key = Object.keys(tags ?? {}).find((k) => k.toLowerCase() === name);
			return key === undefined ? undefined : tags[key];
		}
		class AzurePrune {
			azure;
			deleteAfter;
			cloud = "azure";
			provider;
			constructor(azure, deleteAfter) {
				this.azure = azure;
				this.deleteAfter = deleteAfter;
				this.provider = new _provider_js__WEBPACK_IMPORTED_MODULE_4__.AzureProvider(azure);
			}
			async inventory(ctx) {
				const clients = await this.provider.arm(ctx.reporter);
				const { resourceGroup, gallery } = this.azure;
				const base = this.azure.definition.name;
				const retry = {
					signal: ctx.signal,
					onRetry: (m) => ctx.reporter.info(m)
				};
				const definitions = await (0, _wait_retry_js__WEBPACK_IMPORTED_MODULE_1__.bD)("list gallery image definitions", async () => {
					const names = [];
					try {
						for await (const d of clients.compute.galleryImages.listByGallery(resourceGroup, gallery, { abortSignal: ctx.signal })) {
							if (d.name === base || d.name?.startsWith(`${base}-`)) names.push(d.name);
						}
					} catch (err) {
						if (!(0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.c4)(err)) throw err;
					}
					return names;
				}, retry);
				const images = [];
				for (const definition of definitions) {
					const versions = await (0, _wait_retry_js__WEBPACK_IMPORTED_MODULE_1__.bD)(`list the versions of ${definition}`, () => this.versions(clients, definition, ctx), retry);
					const namespace = definition === base ? "default" : definition.slice(base.length + 1);
					images.push(...versions.flatMap((v) => this.toPrune(definition, namespace, v)));
				}
				ctx.reporter.info(`gallery ${gallery}: ${images.length} version(s) of ${definitions.join(", ") || base}`);
				return images;
			}
			async apply(decision, ctx) {
				const clients = await this.provider.arm(ctx.reporter);
				const [definition, version] = decision.image.name.split("/");
				if (decision.action === "delete") {
					await this.provider.deleteResource({
						cloud: "azure",
						kind: "galleryImageVersion",
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
				const { resourceGroup, gallery } = this.azure;
				const current = await clients.compute.galleryImageVersions.get(resourceGroup, gallery, definition, version, { abortSignal: ctx.signal });
				const now = new Date();
				const update = {
					tags: {
						...current.tags,
						[DEPRECATED_TAG]: now.toISOString()
					},
					publishingProfile: {
						excludeFromLatest: true,
						endOfLifeDate: new Date(now.getTime() + (this.deleteAfter ?? 0))
					}
				};
				await (0, _lro_js__WEBPACK_IMPORTED_MODULE_3__.z)((poll) => clients.compute.galleryImageVersions.update(resourceGroup, gallery, definition, version, update, poll), new _wait_deadline_js__WEBPACK_IMPORTED_MODULE_0__.B(`deprecating ${definition} ${version}`, this.azure.timeouts.operation), {
					...ctx,
					pollInterval: this.azure.pollInterval
				});
			}
			async versions(clients, definition, ctx) {
				const found = [];
				for await (const v of clients.compute.galleryImageVersions.listByGalleryImage(this.azure.resourceGroup, this.azure.gallery, definition, { abortSignal: ctx.signal })) {
					found.push(v);
				}
				return found;
			}
			toPrune(definition, namespace, v) {
				if (!v.name || !v.id) return [];
				const publishing = v.publishingProfile;
				const createdAt = (0, _prune_age_js__WEBPACK_IMPORTED_MODULE_5__.Q)(publishing?.publishedDate);
				const deprecated = publishing?.excludeFromLatest === true;
				const deprecatedAt = deprecated ? (0, _prune_age_js__WEBPACK_IMPORTED_MODULE_5__.Q)(tag(v.tags, DEPRECATED_TAG)) : undefined;
				const protect = tag(v.tags, _prune_inventory_js__WEBPACK_IMPORTED_MODULE_6__.nX);
				const state = v.provisioningState;
				return [{
					cloud: "azure",
					name: `${definition}/${v.name}`,
					lineage: definition,
					namespace,
					version: v.name,
					...createdAt ? { createdAt } : {},
					deprecated,
					...deprecatedAt ? { deprecatedAt } : {},
					baked: tag(v.tags, _prune_inventory_js__WEBPACK_IMPORTED_MODULE_6__.eg) === "image",
					protectedByLabel: protect !== undefined && protect !== "false",
					...state === "Failed" ? { failed: "gallery version Failed" } : state && state !== "Succeeded" ? { busy: `gallery version ${state}` } : {},
					id: v.id
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
	})
};
