export const id = 9370;
export const ids = [9370];
export const modules = { 59370: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
	__webpack_require__.r(__webpack_exports__);
	__webpack_require__.d(__webpack_exports__, { imagesFromManifests: () => imagesFromManifests });
	var _manifest_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28643);
	async function imagesFromManifests(paths) {
		const images = [];
		for (const path of paths) {
			const manifest = await (0, _manifest_read_js__WEBPACK_IMPORTED_MODULE_0__.oe)(path);
			for (const b of manifest.builds.filter((b) => b.packer_run_uuid === manifest.last_run_uuid)) {
				images.push({
					cloud: b.custom_data.cloud ?? b.name,
					name: b.custom_data.image_name ?? b.artifact_id,
					id: b.custom_data.image_id ?? b.artifact_id
				});
			}
		}
		return images;
	}
}) };
