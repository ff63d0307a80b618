export const id = 4981;
export const ids = [4981];
export const modules = {
	41898: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { r: () => bakeCloud });
		var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98772);
		const CLOUDS = [
			"gcp",
			"azure",
			"aws"
		];
		function bakeCloud(inputs) {
			const cloud = inputs.text(_constants_js__WEBPACK_IMPORTED_MODULE_0__.G0.Cloud);
			if (CLOUDS.includes(cloud)) return cloud;
			throw new Error(`input ${_constants_js__WEBPACK_IMPORTED_MODULE_0__.G0.Cloud}: "${cloud}" is not a cloud; use gcp, azure or aws`);
		}
	}),
	44981: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { post: () => post });
		var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50649);
		var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98772);
		var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20584);
		var _post_cleanup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52330);
		var _workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77716);
		var _cloud_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41898);
		function post() {
			const inputs = new _inputs_js__WEBPACK_IMPORTED_MODULE_2__.W1("bake-image");
			const root = (0, _workspace_js__WEBPACK_IMPORTED_MODULE_5__.G)();
			return (0, _post_cleanup_js__WEBPACK_IMPORTED_MODULE_3__.D)(async () => {
				const cloud = (0, _cloud_js__WEBPACK_IMPORTED_MODULE_4__.r)(inputs);
				return (0, _config_load_js__WEBPACK_IMPORTED_MODULE_0__.Z9)({
					path: inputs.optional(_constants_js__WEBPACK_IMPORTED_MODULE_1__.G0.Config),
					overrides: (0, _inputs_js__WEBPACK_IMPORTED_MODULE_2__.p$)(cloud),
					overrideNames: (0, _inputs_js__WEBPACK_IMPORTED_MODULE_2__.vj)(cloud),
					cwd: root.dir,
					root,
					clouds: [cloud]
				});
			});
		}
	})
};
