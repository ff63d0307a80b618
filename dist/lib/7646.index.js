export const id = 7646;
export const ids = [7646];
export const modules = { 47646: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
	__webpack_require__.d(__webpack_exports__, { AwsGc: () => AwsGc });
	var _cleanup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82470);
	var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9574);
	var _pages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13242);
	const RUN = "worker-image-run";
	const ROLE = "worker-image-role";
	const TEMPORARY_ROLES = ["builder", "verifier"];
	class AwsGc {
		aws;
		cloud = "aws";
		client;
		constructor(aws) {
			this.aws = aws;
			this.client = (0, _clients_js__WEBPACK_IMPORTED_MODULE_1__.yY)(aws.endpoint);
		}
		async findLeaks(reporter) {
			const ctx = {
				runId: "",
				reporter,
				signal: new AbortController().signal
			};
			const regions = [...new Set([this.aws.region, ...this.aws.targetRegions])];
			const perRegion = await Promise.all(regions.map(async (region) => {
				const instances = await (0, _pages_js__WEBPACK_IMPORTED_MODULE_2__.ND)(await this.client(region), `list builder and verifier instances in ${region}`, ctx, [{
					Name: `tag:${ROLE}`,
					Values: TEMPORARY_ROLES
				}, {
					Name: "instance-state-name",
					Values: [
						"pending",
						"running",
						"stopping",
						"stopped"
					]
				}]);
				const found = [];
				for (const i of instances) {
					const tags = Object.fromEntries((i.Tags ?? []).map((t) => [t.Key, t.Value]));
					const runId = tags[RUN];
					if (!i.InstanceId || !runId || !TEMPORARY_ROLES.includes(tags[ROLE] ?? "")) continue;
					found.push({
						cloud: "aws",
						kind: "instance",
						name: tags.Name ?? i.InstanceId,
						id: `${region}/${i.InstanceId}`,
						runId,
						...i.LaunchTime ? { createdAt: new Date(i.LaunchTime) } : {},
						where: region
					});
				}
				reporter.info(`${region}: ${found.length} builder or verifier instance(s)`);
				return found;
			}));
			return perRegion.flat();
		}
		async deleteLeak(leak, reporter) {
			const ctx = {
				runId: "",
				reporter,
				signal: new AbortController().signal
			};
			const [region, id] = leak.id.split("/");
			await (0, _cleanup_js__WEBPACK_IMPORTED_MODULE_0__.xB)(await this.client(region), id, ctx, {
				aws: this.aws,
				wait: true,
				ours: false
			});
		}
	}
}) };
