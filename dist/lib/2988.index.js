export const id = 2988;
export const ids = [2988];
export const modules = {
	44388: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			I: () => PipelineInputs,
			L: () => PipelineOutputs
		});
		const PipelineInputs = {
			Config: "config",
			Clouds: "clouds",
			Namespace: "namespace",
			Version: "version",
			DryRun: "dry-run",
			Mode: "mode",
			OlderThan: "older-than",
			Verify: "verify"
		};
		const PipelineOutputs = {
			Images: "images",
			ManifestPath: "manifest-path",
			Plan: "plan",
			Leaks: "leaks",
			Pruned: "pruned",
			Verified: "verified"
		};
	}),
	62988: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, { post: () => post });
		var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50649);
		var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20584);
		var _post_cleanup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52330);
		var _workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77716);
		var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44388);
		function post() {
			const root = (0, _workspace_js__WEBPACK_IMPORTED_MODULE_4__.G)();
			return (0, _post_cleanup_js__WEBPACK_IMPORTED_MODULE_2__.D)(() => (0, _config_load_js__WEBPACK_IMPORTED_MODULE_0__.Z9)({
				path: new _inputs_js__WEBPACK_IMPORTED_MODULE_1__.W1(".").text(_names_js__WEBPACK_IMPORTED_MODULE_3__.I.Config),
				cwd: root.dir,
				root,
				clouds: []
			}));
		}
	})
};
