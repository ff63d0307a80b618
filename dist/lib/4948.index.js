export const id = 4948;
export const ids = [4948];
export const modules = { 84948: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
	__webpack_require__.d(__webpack_exports__, { AzureGc: () => AzureGc });
	var _wait_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63817);
	var _provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48644);
	const RUN = "worker-image-run";
	const ROLE = "worker-image-role";
	const CREATED_TAG = "worker-image-created";
	function tag(tags, name) {
		const key = Object.keys(tags ?? {}).find((k) => k.toLowerCase() === name);
		return key === undefined ? undefined : tags[key];
	}
	const TEMPORARY_ROLES = ["builder", "verifier"];
	class AzureGc {
		azure;
		cloud = "azure";
		provider;
		constructor(azure) {
			this.azure = azure;
			this.provider = new _provider_js__WEBPACK_IMPORTED_MODULE_1__.AzureProvider(azure);
		}
		async findLeaks(reporter) {
			const { resources } = await this.provider.arm(reporter);
			const sub = this.azure.subscriptionId;
			const leaks = await (0, _wait_retry_js__WEBPACK_IMPORTED_MODULE_0__.bD)("list temporary resource groups", async () => {
				const found = [];
				for await (const g of resources.resourceGroups.list({ filter: `tagName eq '${ROLE}'` })) {
					const runId = tag(g.tags, RUN);
					if (!g.name || !runId || g.properties?.provisioningState === "Deleting") continue;
					if (!TEMPORARY_ROLES.includes(tag(g.tags, ROLE) ?? "")) continue;
					const created = new Date(tag(g.tags, CREATED_TAG) ?? "");
					found.push({
						cloud: "azure",
						kind: "resource group",
						name: g.name,
						id: `/subscriptions/${sub}/resourceGroups/${g.name}`,
						runId,
						...Number.isNaN(created.getTime()) ? {} : { createdAt: created },
						...g.location ? { where: g.location } : {}
					});
				}
				return found;
			}, { onRetry: (m) => reporter.info(m) });
			reporter.info(`subscription ${sub}: ${leaks.length} temporary resource group(s)`);
			return leaks;
		}
		deleteLeak(leak, reporter) {
			return this.provider.deleteResource({
				cloud: "azure",
				kind: "resourceGroup",
				id: leak.id,
				role: "builder",
				keep: "never"
			}, {
				wait: true,
				reporter
			});
		}
	}
}) };
