export const id = 8685;
export const ids = [8685];
export const modules = {
	18685: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { fromTokenFile: () => fromTokenFile });
		var _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35430);
		var _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19525);
		var _externalDataInterceptor_D955dqIU_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15377);
		var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
		const fromWebToken = (init) => async (awsIdentityProperties) => {
			init.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");
			const { roleArn, roleSessionName, webIdentityToken, providerId, policyArns, policy, durationSeconds } = init;
			let { roleAssumerWithWebIdentity } = init;
			if (!roleAssumerWithWebIdentity) {
				const { getDefaultRoleAssumerWithWebIdentity } = await __webpack_require__.e(5899).then(__webpack_require__.bind(__webpack_require__, 15899));
				roleAssumerWithWebIdentity = getDefaultRoleAssumerWithWebIdentity({
					...init.clientConfig,
					credentialProviderLogger: init.logger,
					parentClientConfig: {
						...awsIdentityProperties?.callerClientConfig,
						...init.parentClientConfig
					}
				}, init.clientPlugins);
			}
			return roleAssumerWithWebIdentity({
				RoleArn: roleArn,
				RoleSessionName: roleSessionName ?? `aws-sdk-js-session-${Date.now()}`,
				WebIdentityToken: webIdentityToken,
				ProviderId: providerId,
				PolicyArns: policyArns,
				Policy: policy,
				DurationSeconds: durationSeconds
			});
		};
		const ENV_TOKEN_FILE = "AWS_WEB_IDENTITY_TOKEN_FILE";
		const ENV_ROLE_ARN = "AWS_ROLE_ARN";
		const ENV_ROLE_SESSION_NAME = "AWS_ROLE_SESSION_NAME";
		const fromTokenFile = (init = {}) => async (awsIdentityProperties) => {
			init.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");
			const webIdentityTokenFile = init?.webIdentityTokenFile ?? process.env[ENV_TOKEN_FILE];
			const roleArn = init?.roleArn ?? process.env[ENV_ROLE_ARN];
			const roleSessionName = init?.roleSessionName ?? process.env[ENV_ROLE_SESSION_NAME];
			if (!webIdentityTokenFile || !roleArn) throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t("Web identity configuration not specified", { logger: init.logger });
			const credentials = await fromWebToken({
				...init,
				webIdentityToken: _externalDataInterceptor_D955dqIU_js__WEBPACK_IMPORTED_MODULE_1__.t?.getTokenRecord?.()[webIdentityTokenFile] ?? (0, node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(webIdentityTokenFile, { encoding: "ascii" }),
				roleArn,
				roleSessionName
			})(awsIdentityProperties);
			if (webIdentityTokenFile === process.env[ENV_TOKEN_FILE]) (0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_3__.t)(credentials, "CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN", "h");
			return credentials;
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
	})
};
