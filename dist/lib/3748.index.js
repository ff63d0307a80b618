export const id = 3748;
export const ids = [3748, 1367];
export const modules = {
	43748: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { fromProcess: () => fromProcess });
		var _loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76180);
		var _parseKnownFiles_Dr4gwB_s_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38972);
		var _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19525);
		var _externalDataInterceptor_D955dqIU_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15377);
		var _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35430);
		var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57975);
		var node_child_process__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31421);
		const getValidatedProcessCredentials = (profileName, data, profiles) => {
			if (data.Version !== 1) throw Error(`Profile ${profileName} credential_process did not return Version 1.`);
			if (data.AccessKeyId === void 0 || data.SecretAccessKey === void 0) throw Error(`Profile ${profileName} credential_process returned invalid credentials.`);
			if (data.Expiration) {
				const currentTime = new Date();
				if (new Date(data.Expiration) < currentTime) throw Error(`Profile ${profileName} credential_process returned expired credentials.`);
			}
			let accountId = data.AccountId;
			if (!accountId && profiles?.[profileName]?.aws_account_id) accountId = profiles[profileName].aws_account_id;
			const credentials = {
				accessKeyId: data.AccessKeyId,
				secretAccessKey: data.SecretAccessKey,
				...data.SessionToken && { sessionToken: data.SessionToken },
				...data.Expiration && { expiration: new Date(data.Expiration) },
				...data.CredentialScope && { credentialScope: data.CredentialScope },
				...accountId && { accountId }
			};
			(0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_6__.t)(credentials, "CREDENTIALS_PROCESS", "w");
			return credentials;
		};
		const resolveProcessCredentials = async (profileName, profiles, logger) => {
			const profile = profiles[profileName];
			if (profiles[profileName]) {
				const credentialProcess = profile["credential_process"];
				if (credentialProcess !== void 0) {
					const execPromise = (0, node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(_externalDataInterceptor_D955dqIU_js__WEBPACK_IMPORTED_MODULE_3__.t?.getTokenRecord?.().exec ?? node_child_process__WEBPACK_IMPORTED_MODULE_5__.exec);
					try {
						const { stdout } = await execPromise(credentialProcess);
						let data;
						try {
							data = JSON.parse(stdout.trim());
						} catch {
							throw Error(`Profile ${profileName} credential_process returned invalid JSON.`);
						}
						return getValidatedProcessCredentials(profileName, data, profiles);
					} catch (error) {
						throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_2__.t(error.message, { logger });
					}
				} else throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_2__.t(`Profile ${profileName} did not contain credential_process.`, { logger });
			} else throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_2__.t(`Profile ${profileName} could not be found in shared credentials file.`, { logger });
		};
		const fromProcess = (init = {}) => async ({ callerClientConfig } = {}) => {
			init.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");
			const profiles = await (0, _parseKnownFiles_Dr4gwB_s_js__WEBPACK_IMPORTED_MODULE_1__.t)(init);
			return resolveProcessCredentials((0, _loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_0__.a)({ profile: init.profile ?? callerClientConfig?.profile }), profiles, init.logger);
		};
	}),
	15377: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { t: () => externalDataInterceptor });
		var _getSSOTokenFromFile_u8ZnKwp2_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71e3);
		var _readFile_B4tyeZmy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(587);
		const externalDataInterceptor = {
			getFileRecord() {
				return _readFile_B4tyeZmy_js__WEBPACK_IMPORTED_MODULE_1__.t;
			},
			interceptFile(path, contents) {
				_readFile_B4tyeZmy_js__WEBPACK_IMPORTED_MODULE_1__.t[path] = Promise.resolve(contents);
			},
			getTokenRecord() {
				return _getSSOTokenFromFile_u8ZnKwp2_js__WEBPACK_IMPORTED_MODULE_0__.n;
			},
			interceptToken(id, contents) {
				_getSSOTokenFromFile_u8ZnKwp2_js__WEBPACK_IMPORTED_MODULE_0__.n[id] = contents;
			}
		};
	}),
	71e3: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			n: () => tokenIntercept,
			r: () => getSSOTokenFilepath,
			t: () => getSSOTokenFromFile
		});
		var _readFile_B4tyeZmy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(587);
		var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
		var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
		var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
		const getSSOTokenFilepath = (id) => {
			const cacheName = (0, node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha1").update(id).digest("hex");
			return (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0, _readFile_B4tyeZmy_js__WEBPACK_IMPORTED_MODULE_0__.r)(), ".aws", "sso", "cache", `${cacheName}.json`);
		};
		const tokenIntercept = {};
		const getSSOTokenFromFile = async (id) => {
			if (tokenIntercept[id]) return tokenIntercept[id];
			const ssoTokenFilepath = getSSOTokenFilepath(id);
			const ssoTokenText = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(ssoTokenFilepath, "utf8");
			return JSON.parse(ssoTokenText);
		};
	}),
	38972: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { t: () => parseKnownFiles });
		var _loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76180);
		const mergeConfigFiles = (...files) => {
			const merged = {};
			for (const file of files) for (const [key, values] of Object.entries(file)) if (merged[key] !== void 0) Object.assign(merged[key], values);
			else merged[key] = values;
			return merged;
		};
		const parseKnownFiles = async (init) => {
			const parsedFiles = await (0, _loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_0__.t)(init);
			return mergeConfigFiles(parsedFiles.configFile, parsedFiles.credentialsFile);
		};
	})
};
