export const id = 986;
export const ids = [986];
export const modules = {
	20986: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { fromIni: () => fromIni });
		var _loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76180);
		var _parseKnownFiles_Dr4gwB_s_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38972);
		var _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19525);
		var _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35430);
		var _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44824);
		const resolveCredentialSource = (credentialSource, profileName, logger) => {
			const sourceProvidersMap = {
				EcsContainer: async (options) => {
					const { fromHttp } = await __webpack_require__.e(4028).then(__webpack_require__.bind(__webpack_require__, 54028));
					const { fromContainerMetadata } = await __webpack_require__.e(1393).then(__webpack_require__.bind(__webpack_require__, 41393));
					logger?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer");
					return async () => (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_3__.bt)(fromHttp(options ?? {}), fromContainerMetadata(options))().then(setNamedProvider);
				},
				Ec2InstanceMetadata: async (options) => {
					logger?.debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");
					const { fromInstanceMetadata } = await __webpack_require__.e(1393).then(__webpack_require__.bind(__webpack_require__, 41393));
					return async () => fromInstanceMetadata(options)().then(setNamedProvider);
				},
				Environment: async (options) => {
					logger?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");
					const { fromEnv } = await Promise.resolve().then(__webpack_require__.bind(__webpack_require__, 44824)).then((n) => n.a);
					return async () => fromEnv(options)().then(setNamedProvider);
				}
			};
			if (credentialSource in sourceProvidersMap) return sourceProvidersMap[credentialSource];
			else throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_2__.t(`Unsupported credential source in profile ${profileName}. Got ${credentialSource}, expected EcsContainer or Ec2InstanceMetadata or Environment.`, { logger });
		};
		const setNamedProvider = (creds) => (0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__.t)(creds, "CREDENTIALS_PROFILE_NAMED_PROVIDER", "p");
		const isAssumeRoleProfile = (arg, { profile = "default", logger } = {}) => {
			return Boolean(arg) && typeof arg === "object" && typeof arg.role_arn === "string" && ["undefined", "string"].indexOf(typeof arg.role_session_name) > -1 && ["undefined", "string"].indexOf(typeof arg.external_id) > -1 && ["undefined", "string"].indexOf(typeof arg.mfa_serial) > -1 && (isAssumeRoleWithSourceProfile(arg, {
				profile,
				logger
			}) || isCredentialSourceProfile(arg, {
				profile,
				logger
			}));
		};
		const isAssumeRoleWithSourceProfile = (arg, { profile, logger }) => {
			const withSourceProfile = typeof arg.source_profile === "string" && typeof arg.credential_source === "undefined";
			if (withSourceProfile) logger?.debug?.(`    ${profile} isAssumeRoleWithSourceProfile source_profile=${arg.source_profile}`);
			return withSourceProfile;
		};
		const isCredentialSourceProfile = (arg, { profile, logger }) => {
			const withProviderProfile = typeof arg.credential_source === "string" && typeof arg.source_profile === "undefined";
			if (withProviderProfile) logger?.debug?.(`    ${profile} isCredentialSourceProfile credential_source=${arg.credential_source}`);
			return withProviderProfile;
		};
		const resolveAssumeRoleCredentials = async (profileName, profiles, options, callerClientConfig, visitedProfiles = {}, resolveProfileData) => {
			options.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");
			const profileData = profiles[profileName];
			const { source_profile, region } = profileData;
			if (!options.roleAssumer) {
				const { getDefaultRoleAssumer } = await __webpack_require__.e(5899).then(__webpack_require__.bind(__webpack_require__, 15899));
				options.roleAssumer = getDefaultRoleAssumer({
					...options.clientConfig,
					credentialProviderLogger: options.logger,
					parentClientConfig: {
						...callerClientConfig,
						...options?.parentClientConfig,
						region: region ?? options?.parentClientConfig?.region ?? callerClientConfig?.region
					}
				}, options.clientPlugins);
			}
			if (source_profile && source_profile in visitedProfiles) throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_2__.t(`Detected a cycle attempting to resolve credentials for profile ${(0, _loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_0__.a)(options)}. Profiles visited: ` + Object.keys(visitedProfiles).join(", "), { logger: options.logger });
			options.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${source_profile ? `source_profile=[${source_profile}]` : `profile=[${profileName}]`}`);
			const sourceCredsProvider = source_profile ? resolveProfileData(source_profile, profiles, options, callerClientConfig, {
				...visitedProfiles,
				[source_profile]: true
			}, isCredentialSourceWithoutRoleArn(profiles[source_profile] ?? {})) : (await resolveCredentialSource(profileData.credential_source, profileName, options.logger)(options))();
			if (isCredentialSourceWithoutRoleArn(profileData)) return sourceCredsProvider.then((creds) => (0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__.t)(creds, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
			else {
				const params = {
					RoleArn: profileData.role_arn,
					RoleSessionName: profileData.role_session_name || `aws-sdk-js-${Date.now()}`,
					ExternalId: profileData.external_id,
					DurationSeconds: parseInt(profileData.duration_seconds || "3600", 10)
				};
				const { mfa_serial } = profileData;
				if (mfa_serial) {
					if (!options.mfaCodeProvider) throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_2__.t(`Profile ${profileName} requires multi-factor authentication, but no MFA code callback was provided.`, {
						logger: options.logger,
						tryNextLink: false
					});
					params.SerialNumber = mfa_serial;
					params.TokenCode = await options.mfaCodeProvider(mfa_serial);
				}
				const sourceCreds = await sourceCredsProvider;
				return options.roleAssumer(sourceCreds, params).then((creds) => (0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__.t)(creds, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
			}
		};
		const isCredentialSourceWithoutRoleArn = (section) => {
			return !section.role_arn && !!section.credential_source;
		};
		const isLoginProfile = (data) => {
			return Boolean(data && data.login_session);
		};
		const resolveLoginCredentials = async (profileName, options, callerClientConfig) => {
			const { fromLoginCredentials } = await __webpack_require__.e(118).then(__webpack_require__.bind(__webpack_require__, 30118));
			const credentials = await fromLoginCredentials({
				...options,
				profile: profileName
			})({ callerClientConfig });
			return (0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__.t)(credentials, "CREDENTIALS_PROFILE_LOGIN", "AC");
		};
		const isProcessProfile = (arg) => Boolean(arg) && typeof arg === "object" && typeof arg.credential_process === "string";
		const resolveProcessCredentials = async (options, profile) => {
			const { fromProcess } = await __webpack_require__.e(1367).then(__webpack_require__.bind(__webpack_require__, 43748));
			const credentials = await fromProcess({
				...options,
				profile
			})();
			return (0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__.t)(credentials, "CREDENTIALS_PROFILE_PROCESS", "v");
		};
		const resolveSsoCredentials = async (profile, profileData, options = {}, callerClientConfig) => {
			const { fromSSO } = await __webpack_require__.e(4598).then(__webpack_require__.bind(__webpack_require__, 2217));
			return fromSSO({
				profile,
				logger: options.logger,
				parentClientConfig: options.parentClientConfig,
				clientConfig: options.clientConfig
			})({ callerClientConfig }).then((creds) => {
				if (profileData.sso_session) return (0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__.t)(creds, "CREDENTIALS_PROFILE_SSO", "r");
				else return (0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__.t)(creds, "CREDENTIALS_PROFILE_SSO_LEGACY", "t");
			});
		};
		const isSsoProfile = (arg) => arg && (typeof arg.sso_start_url === "string" || typeof arg.sso_account_id === "string" || typeof arg.sso_session === "string" || typeof arg.sso_region === "string" || typeof arg.sso_role_name === "string");
		const isStaticCredsProfile = (arg) => Boolean(arg) && typeof arg === "object" && typeof arg.aws_access_key_id === "string" && typeof arg.aws_secret_access_key === "string" && ["undefined", "string"].indexOf(typeof arg.aws_session_token) > -1 && ["undefined", "string"].indexOf(typeof arg.aws_account_id) > -1;
		const resolveStaticCredentials = async (profile, options) => {
			options?.logger?.debug("@aws-sdk/credential-provider-ini - resolveStaticCredentials");
			const credentials = {
				accessKeyId: profile.aws_access_key_id,
				secretAccessKey: profile.aws_secret_access_key,
				sessionToken: profile.aws_session_token,
				...profile.aws_credential_scope && { credentialScope: profile.aws_credential_scope },
				...profile.aws_account_id && { accountId: profile.aws_account_id }
			};
			return (0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__.t)(credentials, "CREDENTIALS_PROFILE", "n");
		};
		const isWebIdentityProfile = (arg) => Boolean(arg) && typeof arg === "object" && typeof arg.web_identity_token_file === "string" && typeof arg.role_arn === "string" && ["undefined", "string"].indexOf(typeof arg.role_session_name) > -1;
		const resolveWebIdentityCredentials = async (profile, options, callerClientConfig) => {
			const { fromTokenFile } = await __webpack_require__.e(8685).then(__webpack_require__.bind(__webpack_require__, 18685));
			const credentials = await fromTokenFile({
				webIdentityTokenFile: profile.web_identity_token_file,
				roleArn: profile.role_arn,
				roleSessionName: profile.role_session_name,
				roleAssumerWithWebIdentity: options.roleAssumerWithWebIdentity,
				logger: options.logger,
				parentClientConfig: options.parentClientConfig
			})({ callerClientConfig });
			return (0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__.t)(credentials, "CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN", "q");
		};
		const resolveProfileData = async (profileName, profiles, options, callerClientConfig, visitedProfiles = {}, isAssumeRoleRecursiveCall = false) => {
			const data = profiles[profileName];
			if (Object.keys(visitedProfiles).length > 0 && isStaticCredsProfile(data)) return resolveStaticCredentials(data, options);
			if (isAssumeRoleRecursiveCall || isAssumeRoleProfile(data, {
				profile: profileName,
				logger: options.logger
			})) return resolveAssumeRoleCredentials(profileName, profiles, options, callerClientConfig, visitedProfiles, resolveProfileData);
			if (isStaticCredsProfile(data)) return resolveStaticCredentials(data, options);
			if (isWebIdentityProfile(data)) return resolveWebIdentityCredentials(data, options, callerClientConfig);
			if (isProcessProfile(data)) return resolveProcessCredentials(options, profileName);
			if (isSsoProfile(data)) return await resolveSsoCredentials(profileName, data, options, callerClientConfig);
			if (isLoginProfile(data)) return resolveLoginCredentials(profileName, options, callerClientConfig);
			throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_2__.t(`Could not resolve credentials using profile: [${profileName}] in configuration/credentials file(s).`, { logger: options.logger });
		};
		const fromIni = (init = {}) => async ({ callerClientConfig } = {}) => {
			init.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");
			const profiles = await (0, _parseKnownFiles_Dr4gwB_s_js__WEBPACK_IMPORTED_MODULE_1__.t)(init);
			return resolveProfileData((0, _loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_0__.a)({ profile: init.profile ?? callerClientConfig?.profile }), profiles, init, callerClientConfig);
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
