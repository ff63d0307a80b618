export const id = 2807;
export const ids = [2807];
export const modules = { 22807: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
	__webpack_require__.d(__webpack_exports__, { GcpGc: () => GcpGc });
	var _calls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90952);
	var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50573);
	var _provider_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6719);
	const PAGED = {
		..._calls_js__WEBPACK_IMPORTED_MODULE_0__.XV,
		autoPaginate: false
	};
	const RUN = "worker-image-run";
	const ROLE = "worker-image-role";
	const TEMPORARY_ROLES = ["builder", "verifier"];
	const isTemporary = (role) => TEMPORARY_ROLES.includes(role ?? "");
	const FILTER = TEMPORARY_ROLES.map((role) => `(labels.${ROLE} = "${role}")`).join(" OR ");
	class GcpGc {
		gcp;
		cloud = "gcp";
		provider;
		constructor(gcp) {
			this.gcp = gcp;
			this.provider = new _provider_js__WEBPACK_IMPORTED_MODULE_2__.GcpProvider(gcp);
		}
		async findLeaks(reporter) {
			const { project } = this.gcp;
			const { instances, auth } = (0, _clients_js__WEBPACK_IMPORTED_MODULE_1__.hP)(this.gcp);
			await (0, _clients_js__WEBPACK_IMPORTED_MODULE_1__.qH)({ auth });
			const disks = (0, _clients_js__WEBPACK_IMPORTED_MODULE_1__.Qe)(this.gcp, auth);
			const leaks = [];
			const retry = (0, _calls_js__WEBPACK_IMPORTED_MODULE_0__.tO)((m) => reporter.info(m));
			await (0, _calls_js__WEBPACK_IMPORTED_MODULE_0__.sT)("list builder instances", async () => {
				leaks.length = 0;
				for await (const [, scoped] of instances.aggregatedListAsync({
					project,
					filter: FILTER
				}, PAGED)) {
					for (const i of scoped.instances ?? []) {
						const leak = this.leak("instance", i);
						if (leak) leaks.push(leak);
					}
				}
			}, retry);
			const found = [];
			await (0, _calls_js__WEBPACK_IMPORTED_MODULE_0__.sT)("list builder disks", async () => {
				found.length = 0;
				for await (const [, scoped] of disks.aggregatedListAsync({
					project,
					filter: FILTER
				}, PAGED)) {
					for (const d of scoped.disks ?? []) {
						if ((d.users ?? []).length > 0) continue;
						const leak = this.leak("disk", d);
						if (leak) found.push(leak);
					}
				}
			}, retry);
			reporter.info(`project ${project}: ${leaks.length} builder or verifier instance(s), ${found.length} unattached builder or verifier disk(s)`);
			return [...leaks, ...found];
		}
		deleteLeak(leak, reporter) {
			return this.provider.deleteResource({
				cloud: "gcp",
				kind: leak.kind,
				id: leak.id,
				role: leak.role ?? "builder",
				keep: "never"
			}, {
				wait: true,
				reporter
			});
		}
		leak(kind, r) {
			const labels = r.labels ?? {};
			const runId = labels[RUN];
			const role = labels[ROLE];
			if (!r.name || !r.zone || !runId || !isTemporary(role)) return undefined;
			const zone = r.zone.split("/").pop();
			const created = r.creationTimestamp ? new Date(r.creationTimestamp) : undefined;
			return {
				cloud: "gcp",
				kind,
				name: r.name,
				id: `projects/${this.gcp.project}/zones/${zone}/${kind}s/${r.name}`,
				runId,
				...created && !Number.isNaN(created.getTime()) ? { createdAt: created } : {},
				where: zone,
				role
			};
		}
	}
}) };
