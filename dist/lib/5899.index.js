export const id = 5899;
export const ids = [5899];
export const modules = {
	73930: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			n: () => NoAuthSigner,
			t: () => version
		});
		var NoAuthSigner = class {
			async sign(httpRequest, identity, signingProperties) {
				return httpRequest;
			}
		};
		var version = "3.998.3";
	}),
	15899: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			getDefaultRoleAssumer: () => getDefaultRoleAssumer,
			getDefaultRoleAssumerWithWebIdentity: () => getDefaultRoleAssumerWithWebIdentity
		});
		var _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35430);
		var _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44824);
		var _package_Cajidl1S_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73930);
		var _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19525);
		var _AwsQueryProtocol_DGp_utCY_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83583);
		function stsRegionDefaultResolver(loaderConfig = {}) {
			return (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.yt)({
				..._Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.rt,
				async default() {
					if (!warning.silence) console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly.");
					return "us-east-1";
				}
			}, {
				..._Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.nt,
				...loaderConfig
			});
		}
		const warning = { silence: false };
		var AwsSdkSigV4ASigner = class extends _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.l {
			async sign(httpRequest, identity, signingProperties) {
				if (!_Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.jt.isInstance(httpRequest)) throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");
				const { config, signer, signingRegion, signingRegionSet, signingName } = await (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.u)(signingProperties);
				const multiRegionOverride = (await config.sigv4aSigningRegionSet?.() ?? signingRegionSet ?? [signingRegion]).join(",");
				const noSkewCorrection = await config.disableClockSkewCorrection?.() === true;
				signingProperties._disableClockSkewCorrection = noSkewCorrection;
				if (!noSkewCorrection) {
					signingProperties._preRequestSystemClockOffset = config.systemClockOffset;
					signingProperties._requestSentAt = Date.now();
				}
				return await signer.sign(httpRequest, {
					signingDate: noSkewCorrection ? new Date() : (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.d)(config.systemClockOffset),
					signingRegion: multiRegionOverride,
					signingService: signingName
				});
			}
		};
		const resolveAwsSdkSigV4AConfig = (config) => {
			config.sigv4aSigningRegionSet = (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.T)(config.sigv4aSigningRegionSet);
			return config;
		};
		const NODE_SIGV4A_CONFIG_OPTIONS = {
			environmentVariableSelector(env) {
				if (env.AWS_SIGV4A_SIGNING_REGION_SET) return env.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map((_) => _.trim());
				throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_1__.n("AWS_SIGV4A_SIGNING_REGION_SET not set in env.", { tryNextLink: true });
			},
			configFileSelector(profile) {
				if (profile.sigv4a_signing_region_set) return (profile.sigv4a_signing_region_set ?? "").split(",").map((_) => _.trim());
				throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_1__.n("sigv4a_signing_region_set not set in profile.", { tryNextLink: true });
			},
			default: void 0
		};
		const signatureV4aContainer = { SignatureV4a: null };
		const signatureV4CrtContainer = { CrtSignerV4: null };
		const SESSION_TOKEN_QUERY_PARAM = "X-Amz-S3session-Token";
		const SESSION_TOKEN_HEADER = SESSION_TOKEN_QUERY_PARAM.toLowerCase();
		var SignatureV4SignWithCredentials = class extends _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.s {
			async signWithCredentials(requestToSign, credentials, options) {
				const credentialsWithoutSessionToken = getCredentialsWithoutSessionToken(credentials);
				requestToSign.headers[SESSION_TOKEN_HEADER] = credentials.sessionToken;
				const privateAccess = this;
				setSingleOverride(privateAccess, credentialsWithoutSessionToken);
				return privateAccess.signRequest(requestToSign, options ?? {});
			}
			async presignWithCredentials(requestToSign, credentials, options) {
				const credentialsWithoutSessionToken = getCredentialsWithoutSessionToken(credentials);
				delete requestToSign.headers[SESSION_TOKEN_HEADER];
				requestToSign.headers[SESSION_TOKEN_QUERY_PARAM] = credentials.sessionToken;
				requestToSign.query = requestToSign.query ?? {};
				requestToSign.query[SESSION_TOKEN_QUERY_PARAM] = credentials.sessionToken;
				setSingleOverride(this, credentialsWithoutSessionToken);
				return this.presign(requestToSign, options);
			}
		};
		function getCredentialsWithoutSessionToken(credentials) {
			return {
				accessKeyId: credentials.accessKeyId,
				secretAccessKey: credentials.secretAccessKey,
				expiration: credentials.expiration
			};
		}
		function setSingleOverride(privateAccess, credentialsWithoutSessionToken) {
			const currentCredentialProvider = privateAccess.credentialProvider;
			privateAccess.credentialProvider = () => {
				privateAccess.credentialProvider = currentCredentialProvider;
				return Promise.resolve(credentialsWithoutSessionToken);
			};
		}
		var SignatureV4MultiRegion = class {
			sigv4aSigner;
			sigv4Signer;
			signerOptions;
			static sigv4aDependency() {
				if (typeof signatureV4CrtContainer.CrtSignerV4 === "function") return "crt";
				else if (typeof signatureV4aContainer.SignatureV4a === "function") return "js";
				return "none";
			}
			constructor(options) {
				this.sigv4Signer = new SignatureV4SignWithCredentials(options);
				this.signerOptions = options;
			}
			async sign(requestToSign, options = {}) {
				if (options.signingRegion === "*") return this.getSigv4aSigner().sign(requestToSign, options);
				return this.sigv4Signer.sign(requestToSign, options);
			}
			async signWithCredentials(requestToSign, credentials, options = {}) {
				if (options.signingRegion === "*") {
					const signer = this.getSigv4aSigner();
					const CrtSignerV4 = signatureV4CrtContainer.CrtSignerV4;
					if (CrtSignerV4 && signer instanceof CrtSignerV4) return signer.signWithCredentials(requestToSign, credentials, options);
					else throw new Error("signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the \"@aws-sdk/signature-v4-crt\" package explicitly. You must also register the package by calling [require(\"@aws-sdk/signature-v4-crt\");] or an ESM equivalent such as [import \"@aws-sdk/signature-v4-crt\";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");
				}
				return this.sigv4Signer.signWithCredentials(requestToSign, credentials, options);
			}
			async presign(originalRequest, options = {}) {
				if (options.signingRegion === "*") {
					const signer = this.getSigv4aSigner();
					const CrtSignerV4 = signatureV4CrtContainer.CrtSignerV4;
					if (CrtSignerV4 && signer instanceof CrtSignerV4) return signer.presign(originalRequest, options);
					else throw new Error("presign with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the \"@aws-sdk/signature-v4-crt\" package explicitly. You must also register the package by calling [require(\"@aws-sdk/signature-v4-crt\");] or an ESM equivalent such as [import \"@aws-sdk/signature-v4-crt\";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");
				}
				return this.sigv4Signer.presign(originalRequest, options);
			}
			async presignWithCredentials(originalRequest, credentials, options = {}) {
				if (options.signingRegion === "*") throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");
				return this.sigv4Signer.presignWithCredentials(originalRequest, credentials, options);
			}
			getSigv4aSigner() {
				if (!this.sigv4aSigner) {
					const CrtSignerV4 = signatureV4CrtContainer.CrtSignerV4;
					const JsSigV4aSigner = signatureV4aContainer.SignatureV4a;
					if (this.signerOptions.runtime === "node") {
						if (!CrtSignerV4 && !JsSigV4aSigner) throw new Error("Neither CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");
						if (CrtSignerV4 && typeof CrtSignerV4 === "function") this.sigv4aSigner = new CrtSignerV4({
							...this.signerOptions,
							signingAlgorithm: 1
						});
						else if (JsSigV4aSigner && typeof JsSigV4aSigner === "function") this.sigv4aSigner = new JsSigV4aSigner({ ...this.signerOptions });
						else throw new Error("Available SigV4a implementation is not a valid constructor. Please ensure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");
					} else {
						if (!JsSigV4aSigner || typeof JsSigV4aSigner !== "function") throw new Error("JS SigV4a implementation is not available or not a valid constructor. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also register the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");
						this.sigv4aSigner = new JsSigV4aSigner({ ...this.signerOptions });
					}
				}
				return this.sigv4aSigner;
			}
		};
		const q = "ref";
		const a = -1;
		const b = true;
		const c = "isSet";
		const d = "PartitionResult";
		const e = "booleanEquals";
		const f = "stringEquals";
		const g = "getAttr";
		const h = "us-east-1";
		const i = "sigv4";
		const j = "sts";
		const k = "https://sts.{Region}.{PartitionResult#dnsSuffix}";
		const l = { [q]: "Endpoint" };
		const m = { [q]: "Region" };
		const n = { [q]: d };
		const o = {};
		const p = [m];
		const _data = {
			conditions: [
				[c, [l]],
				[c, p],
				[
					"aws.partition",
					p,
					d
				],
				[e, [{ [q]: "UseFIPS" }, b]],
				[e, [{ [q]: "UseDualStack" }, b]],
				[f, [m, "aws-global"]],
				[e, [{ [q]: "UseGlobalEndpoint" }, b]],
				[f, [m, "eu-central-1"]],
				[e, [{
					fn: g,
					argv: [n, "supportsDualStack"]
				}, b]],
				[e, [{
					fn: g,
					argv: [n, "supportsFIPS"]
				}, b]],
				[f, [m, "ap-south-1"]],
				[f, [m, "eu-north-1"]],
				[f, [m, "eu-west-1"]],
				[f, [m, "eu-west-2"]],
				[f, [m, "eu-west-3"]],
				[f, [m, "sa-east-1"]],
				[f, [m, h]],
				[f, [m, "us-east-2"]],
				[f, [m, "us-west-2"]],
				[f, [m, "us-west-1"]],
				[f, [m, "ca-central-1"]],
				[f, [m, "ap-southeast-1"]],
				[f, [m, "ap-northeast-1"]],
				[f, [m, "ap-southeast-2"]],
				[f, [{
					fn: g,
					argv: [n, "name"]
				}, "aws-us-gov"]]
			],
			results: [
				[a],
				["https://sts.amazonaws.com", { authSchemes: [{
					name: i,
					signingName: j,
					signingRegion: h
				}] }],
				[k, { authSchemes: [{
					name: i,
					signingName: j,
					signingRegion: "{Region}"
				}] }],
				[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
				[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
				[l, o],
				["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
				[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
				["https://sts.{Region}.amazonaws.com", o],
				["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}", o],
				[a, "FIPS is enabled but this partition does not support FIPS"],
				["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
				[a, "DualStack is enabled but this partition does not support DualStack"],
				[k, o],
				[a, "Invalid Configuration: Missing Region"]
			]
		};
		const root = 2;
		const nodes = new Int32Array([
			-1,
			1,
			-1,
			0,
			30,
			3,
			1,
			4,
			100000014,
			2,
			5,
			100000014,
			3,
			25,
			6,
			4,
			24,
			7,
			5,
			100000001,
			8,
			6,
			9,
			100000013,
			7,
			100000001,
			10,
			10,
			100000001,
			11,
			11,
			100000001,
			12,
			12,
			100000001,
			13,
			13,
			100000001,
			14,
			14,
			100000001,
			15,
			15,
			100000001,
			16,
			16,
			100000001,
			17,
			17,
			100000001,
			18,
			18,
			100000001,
			19,
			19,
			100000001,
			20,
			20,
			100000001,
			21,
			21,
			100000001,
			22,
			22,
			100000001,
			23,
			23,
			100000001,
			100000002,
			8,
			100000011,
			100000012,
			4,
			28,
			26,
			9,
			27,
			100000010,
			24,
			100000008,
			100000009,
			8,
			29,
			100000007,
			9,
			100000006,
			100000007,
			3,
			100000003,
			31,
			4,
			100000004,
			100000005
		]);
		const bdd = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Q.from(nodes, root, _data.conditions, _data.results);
		const cache = new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Z({
			size: 50,
			params: [
				"Endpoint",
				"Region",
				"UseDualStack",
				"UseFIPS",
				"UseGlobalEndpoint"
			]
		});
		const defaultEndpointResolver = (endpointParams, context = {}) => {
			return cache.get(endpointParams, () => (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Y)(bdd, {
				endpointParams,
				logger: context.logger
			}));
		};
		_Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.X.aws = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.m;
		const createEndpointRuleSetHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider) => async (config, context, input) => {
			if (!input) throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
			const defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context, input);
			const instructionsFn = (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Mt)(context)?.commandInstance?.constructor?.getEndpointParameterInstructions;
			if (!instructionsFn) throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
			const endpointParameters = await (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.$)(input, { getEndpointParameterInstructions: instructionsFn }, config);
			return Object.assign(defaultParameters, endpointParameters);
		};
		const _defaultSTSHttpAuthSchemeParametersProvider = async (config, context, input) => {
			return {
				operation: (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Mt)(context).operation,
				region: await (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.At)(config.region)() || (() => {
					throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
				})()
			};
		};
		const defaultSTSHttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultSTSHttpAuthSchemeParametersProvider);
		function createAwsAuthSigv4HttpAuthOption(authParameters) {
			return {
				schemeId: "aws.auth#sigv4",
				signingProperties: {
					name: "sts",
					region: authParameters.region
				},
				propertiesExtractor: (config, context) => ({ signingProperties: {
					config,
					context
				} })
			};
		}
		function createAwsAuthSigv4aHttpAuthOption(authParameters) {
			return {
				schemeId: "aws.auth#sigv4a",
				signingProperties: {
					name: "sts",
					region: authParameters.region
				},
				propertiesExtractor: (config, context) => ({ signingProperties: {
					config,
					context
				} })
			};
		}
		function createSmithyApiNoAuthHttpAuthOption(authParameters) {
			return { schemeId: "smithy.api#noAuth" };
		}
		const createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => {
			const endpointRuleSetHttpAuthSchemeProvider = (authParameters) => {
				const authSchemes = defaultEndpointResolver(authParameters).properties?.authSchemes;
				if (!authSchemes) return defaultHttpAuthSchemeResolver(authParameters);
				const options = [];
				for (const scheme of authSchemes) {
					const { name: resolvedName, properties = {}, ...rest } = scheme;
					const name = resolvedName.toLowerCase();
					if (resolvedName !== name) console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
					let schemeId;
					if (name === "sigv4a") {
						schemeId = "aws.auth#sigv4a";
						const sigv4Present = authSchemes.find((s) => {
							const name = s.name.toLowerCase();
							return name !== "sigv4a" && name.startsWith("sigv4");
						});
						if (SignatureV4MultiRegion.sigv4aDependency() === "none" && sigv4Present) continue;
					} else if (name.startsWith("sigv4")) schemeId = "aws.auth#sigv4";
					else throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
					const createOption = createHttpAuthOptionFunctions[schemeId];
					if (!createOption) throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
					const option = createOption(authParameters);
					option.schemeId = schemeId;
					option.signingProperties = {
						...option.signingProperties || {},
						...rest,
						...properties
					};
					options.push(option);
				}
				return options;
			};
			return endpointRuleSetHttpAuthSchemeProvider;
		};
		const _defaultSTSHttpAuthSchemeProvider = (authParameters) => {
			const options = [];
			switch (authParameters.operation) {
				case "AssumeRoleWithWebIdentity":
					options.push(createSmithyApiNoAuthHttpAuthOption(authParameters));
					options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
					break;
				default:
					options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
					options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
			}
			return options;
		};
		const defaultSTSHttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver, _defaultSTSHttpAuthSchemeProvider, {
			"aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption,
			"aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption,
			"smithy.api#noAuth": createSmithyApiNoAuthHttpAuthOption
		});
		const resolveHttpAuthSchemeConfig = (config) => {
			const config_0 = (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.o)(config);
			const config_1 = resolveAwsSdkSigV4AConfig(config_0);
			return Object.assign(config_1, { authSchemePreference: (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.At)(config.authSchemePreference ?? []) });
		};
		const resolveClientEndpointParameters = (options) => {
			return Object.assign(options, {
				useDualstackEndpoint: options.useDualstackEndpoint ?? false,
				useFipsEndpoint: options.useFipsEndpoint ?? false,
				useGlobalEndpoint: options.useGlobalEndpoint ?? false,
				defaultSigningName: "sts"
			});
		};
		const commonParams = {
			UseGlobalEndpoint: {
				type: "builtInParams",
				name: "useGlobalEndpoint"
			},
			UseFIPS: {
				type: "builtInParams",
				name: "useFipsEndpoint"
			},
			Endpoint: {
				type: "builtInParams",
				name: "endpoint"
			},
			Region: {
				type: "builtInParams",
				name: "region"
			},
			UseDualStack: {
				type: "builtInParams",
				name: "useDualstackEndpoint"
			}
		};
		var STSServiceException = class STSServiceException extends _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.ut {
			static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";
			constructor(options) {
				super(options);
				Object.setPrototypeOf(this, STSServiceException.prototype);
			}
		};
		var ExpiredTokenException = class ExpiredTokenException extends STSServiceException {
			static shapeId = "com.amazonaws.sts#ExpiredTokenException";
			name = "ExpiredTokenException";
			$fault = "client";
			constructor(opts) {
				super({
					name: "ExpiredTokenException",
					$fault: "client",
					...opts
				});
				Object.setPrototypeOf(this, ExpiredTokenException.prototype);
			}
		};
		var MalformedPolicyDocumentException = class MalformedPolicyDocumentException extends STSServiceException {
			static shapeId = "com.amazonaws.sts#MalformedPolicyDocumentException";
			name = "MalformedPolicyDocumentException";
			$fault = "client";
			constructor(opts) {
				super({
					name: "MalformedPolicyDocumentException",
					$fault: "client",
					...opts
				});
				Object.setPrototypeOf(this, MalformedPolicyDocumentException.prototype);
			}
		};
		var PackedPolicyTooLargeException = class PackedPolicyTooLargeException extends STSServiceException {
			static shapeId = "com.amazonaws.sts#PackedPolicyTooLargeException";
			name = "PackedPolicyTooLargeException";
			$fault = "client";
			constructor(opts) {
				super({
					name: "PackedPolicyTooLargeException",
					$fault: "client",
					...opts
				});
				Object.setPrototypeOf(this, PackedPolicyTooLargeException.prototype);
			}
		};
		var RegionDisabledException = class RegionDisabledException extends STSServiceException {
			static shapeId = "com.amazonaws.sts#RegionDisabledException";
			name = "RegionDisabledException";
			$fault = "client";
			constructor(opts) {
				super({
					name: "RegionDisabledException",
					$fault: "client",
					...opts
				});
				Object.setPrototypeOf(this, RegionDisabledException.prototype);
			}
		};
		var IDPRejectedClaimException = class IDPRejectedClaimException extends STSServiceException {
			static shapeId = "com.amazonaws.sts#IDPRejectedClaimException";
			name = "IDPRejectedClaimException";
			$fault = "client";
			constructor(opts) {
				super({
					name: "IDPRejectedClaimException",
					$fault: "client",
					...opts
				});
				Object.setPrototypeOf(this, IDPRejectedClaimException.prototype);
			}
		};
		var InvalidIdentityTokenException = class InvalidIdentityTokenException extends STSServiceException {
			static shapeId = "com.amazonaws.sts#InvalidIdentityTokenException";
			name = "InvalidIdentityTokenException";
			$fault = "client";
			constructor(opts) {
				super({
					name: "InvalidIdentityTokenException",
					$fault: "client",
					...opts
				});
				Object.setPrototypeOf(this, InvalidIdentityTokenException.prototype);
			}
		};
		var IDPCommunicationErrorException = class IDPCommunicationErrorException extends STSServiceException {
			static shapeId = "com.amazonaws.sts#IDPCommunicationErrorException";
			name = "IDPCommunicationErrorException";
			$fault = "client";
			$retryable = {};
			constructor(opts) {
				super({
					name: "IDPCommunicationErrorException",
					$fault: "client",
					...opts
				});
				Object.setPrototypeOf(this, IDPCommunicationErrorException.prototype);
			}
		};
		const _A = "Arn";
		const _AKI = "AccessKeyId";
		const _AR = "AssumeRole";
		const _ARI = "AssumedRoleId";
		const _ARR = "AssumeRoleRequest";
		const _ARRs = "AssumeRoleResponse";
		const _ARU = "AssumedRoleUser";
		const _ARWWI = "AssumeRoleWithWebIdentity";
		const _ARWWIR = "AssumeRoleWithWebIdentityRequest";
		const _ARWWIRs = "AssumeRoleWithWebIdentityResponse";
		const _Au = "Audience";
		const _C = "Credentials";
		const _CA = "ContextAssertion";
		const _DS = "DurationSeconds";
		const _E = "Expiration";
		const _EI = "ExternalId";
		const _ETE = "ExpiredTokenException";
		const _IDPCEE = "IDPCommunicationErrorException";
		const _IDPRCE = "IDPRejectedClaimException";
		const _IITE = "InvalidIdentityTokenException";
		const _K = "Key";
		const _MPDE = "MalformedPolicyDocumentException";
		const _MSTS = "MinimumSessionTokenSize";
		const _P = "Policy";
		const _PA = "PolicyArns";
		const _PAr = "ProviderArn";
		const _PC = "ProvidedContexts";
		const _PCLT = "ProvidedContextsListType";
		const _PCr = "ProvidedContext";
		const _PDT = "PolicyDescriptorType";
		const _PI = "ProviderId";
		const _PPS = "PackedPolicySize";
		const _PPTLE = "PackedPolicyTooLargeException";
		const _Pr = "Provider";
		const _RA = "RoleArn";
		const _RDE = "RegionDisabledException";
		const _RSN = "RoleSessionName";
		const _SAK = "SecretAccessKey";
		const _SFWIT = "SubjectFromWebIdentityToken";
		const _SI = "SourceIdentity";
		const _SN = "SerialNumber";
		const _ST = "SessionToken";
		const _STS = "SessionTokenSize";
		const _STU = "SessionTokenUtilization";
		const _T = "Tags";
		const _TC = "TokenCode";
		const _TTK = "TransitiveTagKeys";
		const _Ta = "Tag";
		const _V = "Value";
		const _WIT = "WebIdentityToken";
		const _a = "arn";
		const _aKST = "accessKeySecretType";
		const _aQE = "awsQueryError";
		const _c = "client";
		const _cTT = "clientTokenType";
		const _e = "error";
		const _hE = "httpError";
		const _m = "message";
		const _pDLT = "policyDescriptorListType";
		const _s = "smithy.ts.sdk.synthetic.com.amazonaws.sts";
		const _tLT = "tagListType";
		const n0 = "com.amazonaws.sts";
		const _s_registry = new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.ft(_s);
		var STSServiceException$ = [
			-3,
			_s,
			"STSServiceException",
			0,
			[],
			[]
		];
		_s_registry.registerError(STSServiceException$, STSServiceException);
		const n0_registry = new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.ft(n0);
		var ExpiredTokenException$ = [
			-3,
			n0,
			_ETE,
			{
				[_aQE]: [`ExpiredTokenException`, 400],
				[_e]: _c,
				[_hE]: 400
			},
			[_m],
			[0]
		];
		n0_registry.registerError(ExpiredTokenException$, ExpiredTokenException);
		var IDPCommunicationErrorException$ = [
			-3,
			n0,
			_IDPCEE,
			{
				[_aQE]: [`IDPCommunicationError`, 400],
				[_e]: _c,
				[_hE]: 400
			},
			[_m],
			[0]
		];
		n0_registry.registerError(IDPCommunicationErrorException$, IDPCommunicationErrorException);
		var IDPRejectedClaimException$ = [
			-3,
			n0,
			_IDPRCE,
			{
				[_aQE]: [`IDPRejectedClaim`, 403],
				[_e]: _c,
				[_hE]: 403
			},
			[_m],
			[0]
		];
		n0_registry.registerError(IDPRejectedClaimException$, IDPRejectedClaimException);
		var InvalidIdentityTokenException$ = [
			-3,
			n0,
			_IITE,
			{
				[_aQE]: [`InvalidIdentityToken`, 400],
				[_e]: _c,
				[_hE]: 400
			},
			[_m],
			[0]
		];
		n0_registry.registerError(InvalidIdentityTokenException$, InvalidIdentityTokenException);
		var MalformedPolicyDocumentException$ = [
			-3,
			n0,
			_MPDE,
			{
				[_aQE]: [`MalformedPolicyDocument`, 400],
				[_e]: _c,
				[_hE]: 400
			},
			[_m],
			[0]
		];
		n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
		var PackedPolicyTooLargeException$ = [
			-3,
			n0,
			_PPTLE,
			{
				[_aQE]: [`PackedPolicyTooLarge`, 400],
				[_e]: _c,
				[_hE]: 400
			},
			[_m],
			[0]
		];
		n0_registry.registerError(PackedPolicyTooLargeException$, PackedPolicyTooLargeException);
		var RegionDisabledException$ = [
			-3,
			n0,
			_RDE,
			{
				[_aQE]: [`RegionDisabledException`, 403],
				[_e]: _c,
				[_hE]: 403
			},
			[_m],
			[0]
		];
		n0_registry.registerError(RegionDisabledException$, RegionDisabledException);
		const errorTypeRegistries = [_s_registry, n0_registry];
		var accessKeySecretType = [
			0,
			n0,
			_aKST,
			8,
			0
		];
		var clientTokenType = [
			0,
			n0,
			_cTT,
			8,
			0
		];
		var AssumedRoleUser$ = [
			3,
			n0,
			_ARU,
			0,
			[_ARI, _A],
			[0, 0],
			2
		];
		var AssumeRoleRequest$ = [
			3,
			n0,
			_ARR,
			0,
			[
				_RA,
				_RSN,
				_PA,
				_P,
				_DS,
				_T,
				_TTK,
				_EI,
				_SN,
				_TC,
				_SI,
				_PC,
				_MSTS
			],
			[
				0,
				0,
				() => policyDescriptorListType,
				0,
				1,
				() => tagListType,
				64,
				0,
				0,
				0,
				0,
				() => ProvidedContextsListType,
				1
			],
			2
		];
		var AssumeRoleResponse$ = [
			3,
			n0,
			_ARRs,
			0,
			[
				_C,
				_ARU,
				_PPS,
				_SI,
				_STU,
				_STS
			],
			[
				[() => Credentials$, 0],
				() => AssumedRoleUser$,
				1,
				0,
				1,
				1
			]
		];
		var AssumeRoleWithWebIdentityRequest$ = [
			3,
			n0,
			_ARWWIR,
			0,
			[
				_RA,
				_RSN,
				_WIT,
				_PI,
				_PA,
				_P,
				_DS,
				_MSTS
			],
			[
				0,
				0,
				[() => clientTokenType, 0],
				0,
				() => policyDescriptorListType,
				0,
				1,
				1
			],
			3
		];
		var AssumeRoleWithWebIdentityResponse$ = [
			3,
			n0,
			_ARWWIRs,
			0,
			[
				_C,
				_SFWIT,
				_ARU,
				_PPS,
				_Pr,
				_Au,
				_SI,
				_STU,
				_STS
			],
			[
				[() => Credentials$, 0],
				0,
				() => AssumedRoleUser$,
				1,
				0,
				0,
				0,
				1,
				1
			]
		];
		var Credentials$ = [
			3,
			n0,
			_C,
			0,
			[
				_AKI,
				_SAK,
				_ST,
				_E
			],
			[
				0,
				[() => accessKeySecretType, 0],
				0,
				4
			],
			4
		];
		var PolicyDescriptorType$ = [
			3,
			n0,
			_PDT,
			0,
			[_a],
			[0]
		];
		var ProvidedContext$ = [
			3,
			n0,
			_PCr,
			0,
			[_PAr, _CA],
			[0, 0]
		];
		var Tag$ = [
			3,
			n0,
			_Ta,
			0,
			[_K, _V],
			[0, 0],
			2
		];
		var policyDescriptorListType = [
			1,
			n0,
			_pDLT,
			0,
			() => PolicyDescriptorType$
		];
		var ProvidedContextsListType = [
			1,
			n0,
			_PCLT,
			0,
			() => ProvidedContext$
		];
		var tagListType = [
			1,
			n0,
			_tLT,
			0,
			() => Tag$
		];
		var AssumeRole$ = [
			9,
			n0,
			_AR,
			0,
			() => AssumeRoleRequest$,
			() => AssumeRoleResponse$
		];
		var AssumeRoleWithWebIdentity$ = [
			9,
			n0,
			_ARWWI,
			0,
			() => AssumeRoleWithWebIdentityRequest$,
			() => AssumeRoleWithWebIdentityResponse$
		];
		const getRuntimeConfig$1 = (config) => {
			return {
				apiVersion: "2011-06-15",
				base64Decoder: config?.base64Decoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.It,
				base64Encoder: config?.base64Encoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Pt,
				disableHostPrefix: config?.disableHostPrefix ?? false,
				endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
				extensions: config?.extensions ?? [],
				httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSTSHttpAuthSchemeProvider,
				httpAuthSchemes: config?.httpAuthSchemes ?? [
					{
						schemeId: "aws.auth#sigv4",
						identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
						signer: new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.l()
					},
					{
						schemeId: "aws.auth#sigv4a",
						identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
						signer: new AwsSdkSigV4ASigner()
					},
					{
						schemeId: "smithy.api#noAuth",
						identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
						signer: new _package_Cajidl1S_js__WEBPACK_IMPORTED_MODULE_3__.n()
					}
				],
				logger: config?.logger ?? new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.at(),
				protocol: config?.protocol ?? _AwsQueryProtocol_DGp_utCY_js__WEBPACK_IMPORTED_MODULE_2__.t,
				protocolSettings: config?.protocolSettings ?? {
					defaultNamespace: "com.amazonaws.sts",
					errorTypeRegistries,
					xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
					version: "2011-06-15",
					serviceTarget: "AWSSecurityTokenServiceV20110615"
				},
				serviceId: config?.serviceId ?? "STS",
				sha256: config?.sha256 ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.t,
				signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion,
				urlParser: config?.urlParser ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.kt,
				utf8Decoder: config?.utf8Decoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Ft,
				utf8Encoder: config?.utf8Encoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Nt
			};
		};
		const getRuntimeConfig = (config) => {
			(0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.ct)(process.version);
			const defaultsMode = (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.et)(config);
			const defaultConfigProvider = () => defaultsMode().then(_Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.lt);
			const clientSharedValues = getRuntimeConfig$1(config);
			(0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Rt)(process.version);
			const loaderConfig = {
				profile: config?.profile,
				logger: clientSharedValues.logger
			};
			return {
				...clientSharedValues,
				...config,
				runtime: "node",
				defaultsMode,
				authSchemePreference: config?.authSchemePreference ?? (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.yt)(_Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.c, loaderConfig),
				bodyLengthChecker: config?.bodyLengthChecker ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.xt,
				defaultSocketTimeout: (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Lt)(config?.requestHandler, 3e5),
				defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.g)({
					serviceId: clientSharedValues.serviceId,
					clientVersion: _package_Cajidl1S_js__WEBPACK_IMPORTED_MODULE_3__.t
				}),
				httpAuthSchemes: config?.httpAuthSchemes ?? [
					{
						schemeId: "aws.auth#sigv4",
						identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4") || (async (idProps) => await config.credentialDefaultProvider(idProps?.__config || {})()),
						signer: new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.l()
					},
					{
						schemeId: "aws.auth#sigv4a",
						identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
						signer: new AwsSdkSigV4ASigner()
					},
					{
						schemeId: "smithy.api#noAuth",
						identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
						signer: new _package_Cajidl1S_js__WEBPACK_IMPORTED_MODULE_3__.n()
					}
				],
				maxAttempts: config?.maxAttempts ?? (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.yt)(_Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.y, config),
				region: config?.region ?? (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.yt)(_Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.rt, {
					..._Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.nt,
					...loaderConfig
				}),
				requestHandler: _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.r.create(config?.requestHandler ?? defaultConfigProvider),
				retryMode: config?.retryMode ?? (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.yt)({
					..._Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.b,
					default: async () => (await defaultConfigProvider()).retryMode || _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.S
				}, config),
				sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.yt)(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
				streamCollector: config?.streamCollector ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.W,
				useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.yt)(_Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.vt, loaderConfig),
				useFipsEndpoint: config?.useFipsEndpoint ?? (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.yt)(_Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__._t, loaderConfig),
				userAgentAppId: config?.userAgentAppId ?? (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.yt)(_Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.h, loaderConfig)
			};
		};
		const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
			const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
			let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
			let _credentials = runtimeConfig.credentials;
			return {
				setHttpAuthScheme(httpAuthScheme) {
					const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
					if (index === -1) _httpAuthSchemes.push(httpAuthScheme);
					else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
				},
				httpAuthSchemes() {
					return _httpAuthSchemes;
				},
				setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
					_httpAuthSchemeProvider = httpAuthSchemeProvider;
				},
				httpAuthSchemeProvider() {
					return _httpAuthSchemeProvider;
				},
				setCredentials(credentials) {
					_credentials = credentials;
				},
				credentials() {
					return _credentials;
				}
			};
		};
		const resolveHttpAuthRuntimeConfig = (config) => {
			return {
				httpAuthSchemes: config.httpAuthSchemes(),
				httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
				credentials: config.credentials()
			};
		};
		const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
			const extensionConfiguration = Object.assign((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.f)(runtimeConfig), (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.ot)(runtimeConfig), (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.N)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
			extensions.forEach((extension) => extension.configure(extensionConfiguration));
			return Object.assign(runtimeConfig, (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.p)(extensionConfiguration), (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.st)(extensionConfiguration), (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.P)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
		};
		var STSClient = class extends _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.gt {
			config;
			constructor(...[configuration]) {
				const _config_0 = getRuntimeConfig(configuration || {});
				super(_config_0);
				this.initConfig = _config_0;
				const _config_1 = resolveClientEndpointParameters(_config_0);
				const _config_2 = (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.C)(_config_1);
				const _config_3 = (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.x)(_config_2);
				const _config_4 = (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.tt)(_config_3);
				const _config_5 = (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.j)(_config_4);
				const _config_6 = (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.J)(_config_5);
				const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
				const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
				this.config = _config_8;
				this.middlewareStack.use((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.mt)(this.config));
				this.middlewareStack.use((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__._)(this.config));
				this.middlewareStack.use((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.v)(this.config));
				this.middlewareStack.use((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.M)(this.config));
				this.middlewareStack.use((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.A)(this.config));
				this.middlewareStack.use((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.k)(this.config));
				this.middlewareStack.use((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.O)(this.config));
				this.middlewareStack.use((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.D)(this.config, {
					httpAuthSchemeParametersProvider: defaultSTSHttpAuthSchemeParametersProvider,
					identityProviderConfigProvider: async (config) => new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.w({
						"aws.auth#sigv4": config.credentials,
						"aws.auth#sigv4a": config.credentials
					})
				}));
				this.middlewareStack.use((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.E)(this.config));
			}
			destroy() {
				super.destroy();
			}
		};
		const command = (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.it)(commonParams, "AWSSecurityTokenServiceV20110615", "STSClient", _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.q);
		const _ep0 = {};
		const _mw0 = (Command, cs, config, o) => [];
		var AssumeRoleCommand = class extends command(_ep0, _mw0, "AssumeRole", AssumeRole$) {};
		var AssumeRoleWithWebIdentityCommand = class extends command(_ep0, _mw0, "AssumeRoleWithWebIdentity", AssumeRoleWithWebIdentity$) {};
		const getAccountIdFromAssumedRoleUser = (assumedRoleUser) => {
			if (typeof assumedRoleUser?.Arn === "string") {
				const arnComponents = assumedRoleUser.Arn.split(":");
				if (arnComponents.length > 4 && arnComponents[4] !== "") return arnComponents[4];
			}
		};
		const resolveRegion = async (_region, _parentRegion, credentialProviderLogger, loaderConfig = {}) => {
			const region = typeof _region === "function" ? await _region() : _region;
			const parentRegion = typeof _parentRegion === "function" ? await _parentRegion() : _parentRegion;
			let stsDefaultRegion = "";
			const resolvedRegion = region ?? parentRegion ?? (stsDefaultRegion = await stsRegionDefaultResolver(loaderConfig)());
			credentialProviderLogger?.debug?.("@aws-sdk/client-sts::resolveRegion", "accepting first of:", `${region} (credential provider clientConfig)`, `${parentRegion} (contextual client)`, `${stsDefaultRegion} (STS default: AWS_REGION, profile region, or us-east-1)`);
			return resolvedRegion;
		};
		const getDefaultRoleAssumer$1 = (stsOptions, STSClient) => {
			let stsClient;
			let closureSourceCreds;
			return async (sourceCreds, params) => {
				closureSourceCreds = sourceCreds;
				if (!stsClient) {
					const { logger = stsOptions?.parentClientConfig?.logger, profile = stsOptions?.parentClientConfig?.profile, region, requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger, userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId } = stsOptions;
					const resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
						logger,
						profile
					});
					const isCompatibleRequestHandler = !isH2(requestHandler);
					stsClient = new STSClient({
						...stsOptions,
						userAgentAppId,
						profile,
						credentialDefaultProvider: () => async () => closureSourceCreds,
						region: resolvedRegion,
						requestHandler: isCompatibleRequestHandler ? requestHandler : void 0,
						logger
					});
				}
				const { Credentials, AssumedRoleUser } = await stsClient.send(new AssumeRoleCommand(params));
				if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey) throw new Error(`Invalid response from STS.assumeRole call with role ${params.RoleArn}`);
				const accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser);
				const credentials = {
					accessKeyId: Credentials.AccessKeyId,
					secretAccessKey: Credentials.SecretAccessKey,
					sessionToken: Credentials.SessionToken,
					expiration: Credentials.Expiration,
					...Credentials.CredentialScope && { credentialScope: Credentials.CredentialScope },
					...accountId && { accountId }
				};
				(0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__.t)(credentials, "CREDENTIALS_STS_ASSUME_ROLE", "i");
				return credentials;
			};
		};
		const getDefaultRoleAssumerWithWebIdentity$1 = (stsOptions, STSClient) => {
			let stsClient;
			return async (params) => {
				if (!stsClient) {
					const { logger = stsOptions?.parentClientConfig?.logger, profile = stsOptions?.parentClientConfig?.profile, region, requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger, userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId } = stsOptions;
					const resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
						logger,
						profile
					});
					const isCompatibleRequestHandler = !isH2(requestHandler);
					stsClient = new STSClient({
						...stsOptions,
						userAgentAppId,
						profile,
						region: resolvedRegion,
						requestHandler: isCompatibleRequestHandler ? requestHandler : void 0,
						logger
					});
				}
				const { Credentials, AssumedRoleUser } = await stsClient.send(new AssumeRoleWithWebIdentityCommand(params));
				if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey) throw new Error(`Invalid response from STS.assumeRoleWithWebIdentity call with role ${params.RoleArn}`);
				const accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser);
				const credentials = {
					accessKeyId: Credentials.AccessKeyId,
					secretAccessKey: Credentials.SecretAccessKey,
					sessionToken: Credentials.SessionToken,
					expiration: Credentials.Expiration,
					...Credentials.CredentialScope && { credentialScope: Credentials.CredentialScope },
					...accountId && { accountId }
				};
				if (accountId) (0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__.t)(credentials, "RESOLVED_ACCOUNT_ID", "T");
				(0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__.t)(credentials, "CREDENTIALS_STS_ASSUME_ROLE_WEB_ID", "k");
				return credentials;
			};
		};
		const isH2 = (requestHandler) => {
			return requestHandler?.metadata?.handlerProtocol === "h2";
		};
		const getCustomizableStsClientCtor = (baseCtor, customizations) => {
			if (!customizations) return baseCtor;
			else return class CustomizableSTSClient extends baseCtor {
				constructor(config) {
					super(config);
					for (const customization of customizations) this.middlewareStack.use(customization);
				}
			};
		};
		const getDefaultRoleAssumer = (stsOptions = {}, stsPlugins) => getDefaultRoleAssumer$1(stsOptions, getCustomizableStsClientCtor(STSClient, stsPlugins));
		const getDefaultRoleAssumerWithWebIdentity = (stsOptions = {}, stsPlugins) => getDefaultRoleAssumerWithWebIdentity$1(stsOptions, getCustomizableStsClientCtor(STSClient, stsPlugins));
	})
};
