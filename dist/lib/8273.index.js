export const id = 8273;
export const ids = [8273];
export const modules = {
	38755: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			J: () => VerifyInputs,
			dM: () => verifyCloud,
			oI: () => VerifyOutputs
		});
		const VerifyInputs = {
			Config: "config",
			Cloud: "cloud",
			Image: "image",
			Manifest: "manifest"
		};
		const VerifyOutputs = {
			Verified: "verified",
			TimeToReady: "time-to-ready",
			Checks: "checks",
			ImageId: "image-id"
		};
		const CLOUDS = [
			"gcp",
			"azure",
			"aws"
		];
		function verifyCloud(inputs) {
			const cloud = inputs.text(VerifyInputs.Cloud);
			if (CLOUDS.includes(cloud)) return cloud;
			throw new Error(`input ${VerifyInputs.Cloud}: "${cloud}" is not a cloud; use gcp, azure or aws`);
		}
	}),
	8273: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { post: () => post });
		var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50649);
		var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20584);
		var _post_cleanup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52330);
		var _workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77716);
		var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38755);
		function post() {
			const inputs = new _inputs_js__WEBPACK_IMPORTED_MODULE_1__.W1("verify-image");
			const root = (0, _workspace_js__WEBPACK_IMPORTED_MODULE_4__.G)();
			return (0, _post_cleanup_js__WEBPACK_IMPORTED_MODULE_2__.D)(async () => (0, _config_load_js__WEBPACK_IMPORTED_MODULE_0__.Z9)({
				path: inputs.text(_names_js__WEBPACK_IMPORTED_MODULE_3__.J.Config),
				cwd: root.dir,
				root,
				clouds: [(0, _names_js__WEBPACK_IMPORTED_MODULE_3__.dM)(inputs)]
			}));
		}
	})
};
