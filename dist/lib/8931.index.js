export const id = 8931;
export const ids = [8931];
export const modules = { 8931: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
	__webpack_require__.d(__webpack_exports__, { replicateVersion: () => replicateVersion });
	var _naming_azure_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63726);
	var _replicate_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13826);
	var _wait_deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94975);
	var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11788);
	var _lro_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16059);
	var _credential_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65084);
	var _replication_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54738);
	async function replicateVersion(azure, request, ctx) {
		const clients = (0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.hP)(azure, await (0, _credential_js__WEBPACK_IMPORTED_MODULE_4__.$)(azure, ctx.reporter));
		const wctx = {
			...ctx,
			pollInterval: azure.pollInterval
		};
		const { ref } = request;
		const deadline = new _wait_deadline_js__WEBPACK_IMPORTED_MODULE_1__.B(`replication of ${ref.definition} ${ref.version}`, azure.timeouts.replication);
		let version;
		try {
			version = await (0, _replication_js__WEBPACK_IMPORTED_MODULE_5__.$4)(clients, ref, ctx);
		} catch (err) {
			if (!(0, _clients_js__WEBPACK_IMPORTED_MODULE_2__.c4)(err)) throw err;
			throw new Error(`gallery version ${ref.definition}/${ref.version} not found in gallery ${ref.gallery} ` + `(resource group ${ref.resourceGroup}); bake it first, or check the version`);
		}
		if ((0, _replication_js__WEBPACK_IMPORTED_MODULE_5__.eh)(ref, version).aggregatedState === "InProgress" || String(version.provisioningState) !== "Succeeded") {
			ctx.reporter.info(`replication of ${ref.version} is already in progress: waiting for it first`);
			await (0, _replication_js__WEBPACK_IMPORTED_MODULE_5__.vm)(clients, ref, deadline, wctx);
			version = await (0, _replication_js__WEBPACK_IMPORTED_MODULE_5__.$4)(clients, ref, ctx);
		}
		const existing = (version.publishingProfile?.targetRegions ?? []).map((r) => ({
			name: (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_6__.zT)(r.name),
			replicas: r.regionalReplicaCount ?? 1,
			storageAccountType: r.storageAccountType ?? "Standard_LRS"
		}));
		const planned = (0, _replicate_plan_js__WEBPACK_IMPORTED_MODULE_0__.ns)(request.regions, request.policy);
		for (const note of planned.notes) ctx.reporter.warning(note);
		const merged = (0, _replicate_plan_js__WEBPACK_IMPORTED_MODULE_0__.xP)(existing, planned.regions);
		let update;
		if (merged.changed) {
			ctx.reporter.info(`target regions: ${merged.regions.map((r) => `${r.name}\u00D7${r.replicas}`).join(", ")}` + (merged.added.length ? ` (added ${merged.added.join(", ")})` : "") + (merged.raised.length ? ` (raised ${merged.raised.join(", ")})` : ""));
			const poller = clients.compute.galleryImageVersions.update(ref.resourceGroup, ref.gallery, ref.definition, ref.version, { publishingProfile: { targetRegions: merged.regions.map((r) => ({
				name: r.name,
				regionalReplicaCount: r.replicas,
				storageAccountType: r.storageAccountType
			})) } }, {
				updateIntervalInMs: azure.pollInterval,
				abortSignal: ctx.signal
			});
			await (0, _lro_js__WEBPACK_IMPORTED_MODULE_3__.z)(() => poller.submitted(), deadline, wctx);
			update = poller;
		} else {
			ctx.reporter.info(`${ref.version} already has every requested region and replica count`);
		}
		const summary = await (0, _replication_js__WEBPACK_IMPORTED_MODULE_5__.vm)(clients, ref, deadline, wctx, update);
		return {
			summary,
			added: merged.added,
			raised: merged.raised
		};
	}
}) };
