export const id = 4598;
export const ids = [4598];
export const modules = {
	2217: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { fromSSO: () => fromSSO });
		var _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19525);
		var _loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76180);
		var _readFile_B4tyeZmy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(587);
		var _parseKnownFiles_Dr4gwB_s_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38972);
		var _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35430);
		var _getSSOTokenFromFile_u8ZnKwp2_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71e3);
		var node_fs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73024);
		var TokenProviderError = class TokenProviderError extends _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.n {
			name = "TokenProviderError";
			constructor(message, options = true) {
				super(message, options);
				Object.setPrototypeOf(this, TokenProviderError.prototype);
			}
		};
		const getSsoSessionData = (data) => Object.entries(data).filter(([key]) => key.startsWith(_loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_1__.o.SSO_SESSION + ".")).reduce((acc, [key, value]) => ({
			...acc,
			[key.substring(key.indexOf(".") + 1)]: value
		}), {});
		const swallowError = () => ({});
		const loadSsoSessionData = async (init = {}) => (0, _readFile_B4tyeZmy_js__WEBPACK_IMPORTED_MODULE_2__.n)(init.configFilepath ?? (0, _loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_1__.r)()).then(_loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_1__.n).then(getSsoSessionData).catch(swallowError);
		const isSsoProfile = (arg) => arg && (typeof arg.sso_start_url === "string" || typeof arg.sso_account_id === "string" || typeof arg.sso_session === "string" || typeof arg.sso_region === "string" || typeof arg.sso_role_name === "string");
		const REFRESH_MESSAGE = `To refresh this SSO session run 'aws sso login' with the corresponding profile.`;
		const getSsoOidcClient = async (ssoRegion, init = {}, callerClientConfig) => {
			const { SSOOIDCClient } = await Promise.all([
				__webpack_require__.e(2429),
				__webpack_require__.e(1142),
				__webpack_require__.e(9822)
			]).then(__webpack_require__.bind(__webpack_require__, 39822));
			const coalesce = (prop) => init.clientConfig?.[prop] ?? init.parentClientConfig?.[prop] ?? callerClientConfig?.[prop];
			return new SSOOIDCClient(Object.assign({}, init.clientConfig ?? {}, {
				region: ssoRegion ?? init.clientConfig?.region,
				logger: coalesce("logger"),
				userAgentAppId: coalesce("userAgentAppId")
			}));
		};
		const getNewSsoOidcToken = async (ssoToken, ssoRegion, init = {}, callerClientConfig) => {
			const { CreateTokenCommand } = await Promise.all([
				__webpack_require__.e(2429),
				__webpack_require__.e(1142),
				__webpack_require__.e(9822)
			]).then(__webpack_require__.bind(__webpack_require__, 39822));
			return (await getSsoOidcClient(ssoRegion, init, callerClientConfig)).send(new CreateTokenCommand({
				clientId: ssoToken.clientId,
				clientSecret: ssoToken.clientSecret,
				refreshToken: ssoToken.refreshToken,
				grantType: "refresh_token"
			}));
		};
		const validateTokenExpiry = (token) => {
			if (token.expiration && token.expiration.getTime() < Date.now()) throw new TokenProviderError(`Token is expired. ${REFRESH_MESSAGE}`, false);
		};
		const validateTokenKey = (key, value, forRefresh = false) => {
			if (typeof value === "undefined") throw new TokenProviderError(`Value not present for '${key}' in SSO Token${forRefresh ? ". Cannot refresh" : ""}. ${REFRESH_MESSAGE}`, false);
		};
		const { writeFile } = node_fs__WEBPACK_IMPORTED_MODULE_5__.promises;
		const writeSSOTokenToFile = (id, ssoToken) => {
			const tokenFilepath = (0, _getSSOTokenFromFile_u8ZnKwp2_js__WEBPACK_IMPORTED_MODULE_4__.r)(id);
			const tokenString = JSON.stringify(ssoToken, null, 2);
			return writeFile(tokenFilepath, tokenString);
		};
		const lastRefreshAttemptTimes = new Map();
		const inFlightRefreshes = new Map();
		const fromSso = (init = {}) => async ({ callerClientConfig } = {}) => {
			init.logger?.debug("@aws-sdk/token-providers - fromSso");
			const profiles = await (0, _parseKnownFiles_Dr4gwB_s_js__WEBPACK_IMPORTED_MODULE_3__.t)(init);
			const profileName = (0, _loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_1__.a)({ profile: init.profile ?? callerClientConfig?.profile });
			const profile = profiles[profileName];
			if (!profile) throw new TokenProviderError(`Profile '${profileName}' could not be found in shared credentials file.`, false);
			else if (!profile["sso_session"]) throw new TokenProviderError(`Profile '${profileName}' is missing required property 'sso_session'.`);
			const ssoSessionName = profile["sso_session"];
			const inFlightRefresh = inFlightRefreshes.get(ssoSessionName);
			if (inFlightRefresh) return await inFlightRefresh;
			const ssoSession = (await loadSsoSessionData(init))[ssoSessionName];
			if (!ssoSession) throw new TokenProviderError(`Sso session '${ssoSessionName}' could not be found in shared credentials file.`, false);
			for (const ssoSessionRequiredKey of ["sso_start_url", "sso_region"]) if (!ssoSession[ssoSessionRequiredKey]) throw new TokenProviderError(`Sso session '${ssoSessionName}' is missing required property '${ssoSessionRequiredKey}'.`, false);
			ssoSession["sso_start_url"];
			const ssoRegion = ssoSession["sso_region"];
			let ssoToken;
			try {
				ssoToken = await (0, _getSSOTokenFromFile_u8ZnKwp2_js__WEBPACK_IMPORTED_MODULE_4__.t)(ssoSessionName);
			} catch (e) {
				throw new TokenProviderError(`The SSO session token associated with profile=${profileName} was not found or is invalid. ${REFRESH_MESSAGE}`, false);
			}
			validateTokenKey("accessToken", ssoToken.accessToken);
			validateTokenKey("expiresAt", ssoToken.expiresAt);
			const { accessToken, expiresAt } = ssoToken;
			const existingToken = {
				token: accessToken,
				expiration: new Date(expiresAt)
			};
			if (existingToken.expiration.getTime() - Date.now() > 3e5) return existingToken;
			const inFlightRefreshAfterReadingToken = inFlightRefreshes.get(ssoSessionName);
			if (inFlightRefreshAfterReadingToken) return await inFlightRefreshAfterReadingToken;
			const lastRefreshAttemptTime = lastRefreshAttemptTimes.get(ssoSessionName) ?? 0;
			if (Date.now() - lastRefreshAttemptTime < 3e4) {
				validateTokenExpiry(existingToken);
				return existingToken;
			}
			validateTokenKey("clientId", ssoToken.clientId, true);
			validateTokenKey("clientSecret", ssoToken.clientSecret, true);
			validateTokenKey("refreshToken", ssoToken.refreshToken, true);
			const refresh = (async () => {
				try {
					lastRefreshAttemptTimes.set(ssoSessionName, Date.now());
					const newSsoOidcToken = await getNewSsoOidcToken(ssoToken, ssoRegion, init, callerClientConfig);
					validateTokenKey("accessToken", newSsoOidcToken.accessToken);
					validateTokenKey("expiresIn", newSsoOidcToken.expiresIn);
					const newTokenExpiration = new Date(Date.now() + newSsoOidcToken.expiresIn * 1e3);
					try {
						await writeSSOTokenToFile(ssoSessionName, {
							...ssoToken,
							accessToken: newSsoOidcToken.accessToken,
							expiresAt: newTokenExpiration.toISOString(),
							refreshToken: newSsoOidcToken.refreshToken
						});
					} catch (error) {}
					return {
						token: newSsoOidcToken.accessToken,
						expiration: newTokenExpiration
					};
				} catch (error) {
					validateTokenExpiry(existingToken);
					return existingToken;
				}
			})();
			inFlightRefreshes.set(ssoSessionName, refresh);
			try {
				return await refresh;
			} finally {
				inFlightRefreshes.delete(ssoSessionName);
			}
		};
		const SHOULD_FAIL_CREDENTIAL_CHAIN = false;
		const resolveSSOCredentials = async ({ ssoStartUrl, ssoSession, ssoAccountId, ssoRegion, ssoRoleName, ssoClient, clientConfig, parentClientConfig, callerClientConfig, profile, filepath, configFilepath, ignoreCache, logger }) => {
			let token;
			const refreshMessage = `To refresh this SSO session run aws sso login with the corresponding profile.`;
			if (ssoSession) try {
				const _token = await fromSso({
					profile,
					filepath,
					configFilepath,
					ignoreCache,
					clientConfig,
					parentClientConfig,
					logger
				})({ callerClientConfig });
				token = {
					accessToken: _token.token,
					expiresAt: new Date(_token.expiration).toISOString()
				};
			} catch (e) {
				throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t(e.message, {
					tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
					logger
				});
			}
			else try {
				token = await (0, _getSSOTokenFromFile_u8ZnKwp2_js__WEBPACK_IMPORTED_MODULE_4__.t)(ssoStartUrl);
			} catch (e) {
				throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t(`The SSO session associated with this profile is invalid. ${refreshMessage}`, {
					tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
					logger
				});
			}
			if (new Date(token.expiresAt).getTime() - Date.now() <= 0) throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t(`The SSO session associated with this profile has expired. ${refreshMessage}`, {
				tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
				logger
			});
			const { accessToken } = token;
			const { SSOClient, GetRoleCredentialsCommand } = await Promise.all([
				__webpack_require__.e(2429),
				__webpack_require__.e(1142),
				__webpack_require__.e(3342)
			]).then(__webpack_require__.bind(__webpack_require__, 63342));
			const sso = ssoClient || new SSOClient(Object.assign({}, clientConfig ?? {}, {
				logger: clientConfig?.logger ?? callerClientConfig?.logger ?? parentClientConfig?.logger,
				region: clientConfig?.region ?? ssoRegion,
				userAgentAppId: clientConfig?.userAgentAppId ?? callerClientConfig?.userAgentAppId ?? parentClientConfig?.userAgentAppId
			}));
			let ssoResp;
			try {
				ssoResp = await sso.send(new GetRoleCredentialsCommand({
					accountId: ssoAccountId,
					roleName: ssoRoleName,
					accessToken
				}));
			} catch (e) {
				throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t(e, {
					tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
					logger
				});
			}
			const { roleCredentials: { accessKeyId, secretAccessKey, sessionToken, expiration, credentialScope, accountId } = {} } = ssoResp;
			if (!accessKeyId || !secretAccessKey || !sessionToken || !expiration) throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t("SSO returns an invalid temporary credential.", {
				tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
				logger
			});
			const credentials = {
				accessKeyId,
				secretAccessKey,
				sessionToken,
				expiration: new Date(expiration),
				...credentialScope && { credentialScope },
				...accountId && { accountId }
			};
			if (ssoSession) (0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_6__.t)(credentials, "CREDENTIALS_SSO", "s");
			else (0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_6__.t)(credentials, "CREDENTIALS_SSO_LEGACY", "u");
			return credentials;
		};
		const validateSsoProfile = (profile, logger) => {
			const { sso_start_url, sso_account_id, sso_region, sso_role_name } = profile;
			if (!sso_start_url || !sso_account_id || !sso_region || !sso_role_name) throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t(`Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(profile).join(", ")}\nReference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`, {
				tryNextLink: false,
				logger
			});
			return profile;
		};
		const fromSSO = (init = {}) => async ({ callerClientConfig } = {}) => {
			init.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");
			const { ssoStartUrl, ssoAccountId, ssoRegion, ssoRoleName, ssoSession } = init;
			const { ssoClient } = init;
			const profileName = (0, _loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_1__.a)({ profile: init.profile ?? callerClientConfig?.profile });
			if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession) {
				const profile = (await (0, _parseKnownFiles_Dr4gwB_s_js__WEBPACK_IMPORTED_MODULE_3__.t)(init))[profileName];
				if (!profile) throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t(`Profile ${profileName} was not found.`, { logger: init.logger });
				if (!isSsoProfile(profile)) throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t(`Profile ${profileName} is not configured with SSO credentials.`, { logger: init.logger });
				if (profile?.sso_session) {
					const session = (await loadSsoSessionData(init))[profile.sso_session];
					const conflictMsg = ` configurations in profile ${profileName} and sso-session ${profile.sso_session}`;
					if (ssoRegion && ssoRegion !== session.sso_region) throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t(`Conflicting SSO region` + conflictMsg, {
						tryNextLink: false,
						logger: init.logger
					});
					if (ssoStartUrl && ssoStartUrl !== session.sso_start_url) throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t(`Conflicting SSO start_url` + conflictMsg, {
						tryNextLink: false,
						logger: init.logger
					});
					profile.sso_region = session.sso_region;
					profile.sso_start_url = session.sso_start_url;
				}
				const { sso_start_url, sso_account_id, sso_region, sso_role_name, sso_session } = validateSsoProfile(profile, init.logger);
				return resolveSSOCredentials({
					ssoStartUrl: sso_start_url,
					ssoSession: sso_session,
					ssoAccountId: sso_account_id,
					ssoRegion: sso_region,
					ssoRoleName: sso_role_name,
					ssoClient,
					clientConfig: init.clientConfig,
					parentClientConfig: init.parentClientConfig,
					callerClientConfig: init.callerClientConfig,
					profile: profileName,
					filepath: init.filepath,
					configFilepath: init.configFilepath,
					ignoreCache: init.ignoreCache,
					logger: init.logger
				});
			} else if (!ssoStartUrl || !ssoAccountId || !ssoRegion || !ssoRoleName) throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t("Incomplete configuration. The fromSSO() argument hash must include \"ssoStartUrl\", \"ssoAccountId\", \"ssoRegion\", \"ssoRoleName\"", {
				tryNextLink: false,
				logger: init.logger
			});
			else return resolveSSOCredentials({
				ssoStartUrl,
				ssoSession,
				ssoAccountId,
				ssoRegion,
				ssoRoleName,
				ssoClient,
				clientConfig: init.clientConfig,
				parentClientConfig: init.parentClientConfig,
				callerClientConfig: init.callerClientConfig,
				profile: profileName,
				filepath: init.filepath,
				configFilepath: init.configFilepath,
				ignoreCache: init.ignoreCache,
				logger: init.logger
			});
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
