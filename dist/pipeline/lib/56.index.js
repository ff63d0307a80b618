export const id = 56;
export const ids = [56];
export const modules = {

/***/ 24056:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AwsGc: () => (/* binding */ AwsGc)
/* harmony export */ });
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54884);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36624);
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19640);



const RUN = 'worker-image-run';
const ROLE = 'worker-image-role';
/**
 * AWS leftovers of killed runs: builder instances (tagged role builder) not yet terminated,
 * in the source region and every copy region. AMIs carry role image and are never candidates.
 */
class AwsGc {
    aws;
    cloud = 'aws';
    clients = new Map();
    constructor(aws) {
        this.aws = aws;
    }
    client(region) {
        if (!this.clients.has(region)) {
            const endpoint = this.aws.endpoint ? { endpoint: this.aws.endpoint } : {};
            this.clients.set(region, (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .ec2Client */ .wC)(region, endpoint));
        }
        return this.clients.get(region);
    }
    async findLeaks(reporter) {
        const ctx = { runId: '', reporter, signal: new AbortController().signal };
        const regions = [...new Set([this.aws.region, ...this.aws.targetRegions])];
        const perRegion = await Promise.all(regions.map(async (region) => {
            const instances = await (0,_pages_js__WEBPACK_IMPORTED_MODULE_2__/* .listInstances */ .ND)(await this.client(region), `list builder instances in ${region}`, ctx, [
                { Name: `tag:${ROLE}`, Values: ['builder'] },
                { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] },
            ]);
            const found = [];
            for (const i of instances) {
                const tags = Object.fromEntries((i.Tags ?? []).map((t) => [t.Key, t.Value]));
                const runId = tags[RUN];
                // The server filter is re-checked: only what carries both labels is a candidate.
                if (!i.InstanceId || !runId || tags[ROLE] !== 'builder')
                    continue;
                found.push({
                    cloud: 'aws',
                    kind: 'instance',
                    name: tags.Name ?? i.InstanceId,
                    id: `${region}/${i.InstanceId}`,
                    runId,
                    ...(i.LaunchTime ? { createdAt: new Date(i.LaunchTime) } : {}),
                    where: region,
                });
            }
            reporter.info(`${region}: ${found.length} builder instance(s)`);
            return found;
        }));
        return perRegion.flat();
    }
    /** A leak was listed, so EC2 knows it: NotFound now means it is gone. */
    async deleteLeak(leak, reporter) {
        const ctx = { runId: '', reporter, signal: new AbortController().signal };
        const [region, id] = leak.id.split('/');
        await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_0__/* .terminateBuilder */ .xB)(await this.client(region), id, ctx, {
            aws: this.aws,
            wait: true,
            ours: false,
        });
    }
}


/***/ })

};
