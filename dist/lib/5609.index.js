export const id = 5609;
export const ids = [5609];
export const modules = { 85609: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
	__webpack_require__.d(__webpack_exports__, {
		CreateOAuth2TokenCommand: () => CreateOAuth2TokenCommand,
		SigninClient: () => SigninClient
	});
	var _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44824);
	var _package_Cajidl1S_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73930);
	var _AwsRestJsonProtocol_C_ggwLik_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35653);
	const defaultSigninHttpAuthSchemeParametersProvider = async (config, context, input) => {
		return {
			operation: (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Mt)(context).operation,
			region: await (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.At)(config.region)() || (() => {
				throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
			})()
		};
	};
	function createAwsAuthSigv4HttpAuthOption(authParameters) {
		return {
			schemeId: "aws.auth#sigv4",
			signingProperties: {
				name: "signin",
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
	const defaultSigninHttpAuthSchemeProvider = (authParameters) => {
		const options = [];
		switch (authParameters.operation) {
			case "CreateOAuth2Token":
				options.push(createSmithyApiNoAuthHttpAuthOption(authParameters));
				break;
			default: options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
		}
		return options;
	};
	const resolveHttpAuthSchemeConfig = (config) => {
		const config_0 = (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.o)(config);
		return Object.assign(config_0, { authSchemePreference: (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.At)(config.authSchemePreference ?? []) });
	};
	const resolveClientEndpointParameters = (options) => {
		return Object.assign(options, {
			useDualstackEndpoint: options.useDualstackEndpoint ?? false,
			useFipsEndpoint: options.useFipsEndpoint ?? false,
			defaultSigningName: "signin"
		});
	};
	const commonParams = {
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
	const s = "ref";
	const a = -1;
	const b = false;
	const c = true;
	const d = "isSet";
	const e = "booleanEquals";
	const f = "coalesce";
	const g = "PartitionResult";
	const h = "stringEquals";
	const i = "getAttr";
	const j = "https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}";
	const k = { [s]: "Endpoint" };
	const l = {
		"fn": i,
		"argv": [{ [s]: g }, "name"]
	};
	const m = { [s]: "Region" };
	const n = { [s]: g };
	const o = { "authSchemes": [{
		"name": "sigv4",
		"signingName": "signin",
		"signingRegion": "{Region}"
	}] };
	const p = {};
	const q = [m];
	const _data = {
		conditions: [
			[d, q],
			[e, [{
				fn: f,
				argv: [{ [s]: "IsControlPlane" }, b]
			}, c]],
			[d, [k]],
			[
				"aws.partition",
				q,
				g
			],
			[e, [{ [s]: "UseFIPS" }, c]],
			[h, [l, "aws"]],
			[e, [{
				fn: f,
				argv: [{ [s]: "IsOAuthEndpoint" }, b]
			}, c]],
			[e, [{ [s]: "UseDualStack" }, c]],
			[h, [l, "aws-cn"]],
			[h, [m, "us-gov-west-1"]],
			[h, [l, "aws-us-gov"]],
			[e, [{
				fn: i,
				argv: [n, "supportsFIPS"]
			}, c]],
			[h, [l, "aws-iso"]],
			[h, [l, "aws-iso-b"]],
			[h, [l, "aws-iso-f"]],
			[h, [l, "aws-iso-e"]],
			[h, [l, "aws-eusc"]],
			[e, [{
				fn: i,
				argv: [n, "supportsDualStack"]
			}, c]]
		],
		results: [
			[a],
			["https://signin.{Region}.api.aws", o],
			["https://signin.{Region}.api.amazonwebservices.com.cn", o],
			[j, o],
			[a, "FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation."],
			["https://{Region}.oauth.signin.aws", o],
			["https://{Region}.signin.aws.amazon.com", p],
			["https://{Region}.signin.amazonaws.cn", p],
			["https://{Region}.signin.amazonaws-us-gov.com", p],
			["https://{Region}.signin.c2shome.ic.gov", p],
			["https://{Region}.signin.sc2shome.sgov.gov", p],
			["https://{Region}.signin.csphome.hci.ic.gov", p],
			["https://{Region}.signin.csphome.adc-e.uk", p],
			["https://{Region}.signin.amazonaws-eusc.eu", p],
			["https://signin-fips.amazonaws-us-gov.com", p],
			["https://{Region}.signin-fips.amazonaws-us-gov.com", p],
			["https://{Region}.signin.{PartitionResult#dnsSuffix}", p],
			[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
			[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
			[k, p],
			["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", p],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}", p],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			[j, p],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			["https://signin.{Region}.{PartitionResult#dnsSuffix}", p],
			[a, "Invalid Configuration: Missing Region"]
		]
	};
	const root = 2;
	const nodes = new Int32Array([
		-1,
		1,
		-1,
		0,
		6,
		3,
		2,
		36,
		4,
		4,
		5,
		100000027,
		6,
		100000004,
		100000027,
		1,
		29,
		7,
		2,
		36,
		8,
		3,
		9,
		31,
		4,
		22,
		10,
		5,
		19,
		11,
		7,
		21,
		12,
		8,
		100000007,
		13,
		10,
		100000008,
		14,
		12,
		100000009,
		15,
		13,
		100000010,
		16,
		14,
		100000011,
		17,
		15,
		100000012,
		18,
		16,
		100000013,
		100000016,
		6,
		100000005,
		20,
		7,
		21,
		100000006,
		17,
		100000024,
		100000025,
		6,
		100000004,
		23,
		7,
		27,
		24,
		9,
		100000014,
		25,
		10,
		100000015,
		26,
		11,
		100000022,
		100000023,
		11,
		28,
		100000021,
		17,
		100000020,
		100000021,
		2,
		35,
		30,
		3,
		39,
		31,
		4,
		32,
		100000027,
		6,
		100000004,
		33,
		7,
		100000027,
		34,
		9,
		100000014,
		100000027,
		3,
		39,
		36,
		4,
		38,
		37,
		7,
		100000018,
		100000019,
		6,
		100000004,
		100000017,
		5,
		100000001,
		40,
		8,
		100000002,
		100000003
	]);
	const bdd = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Q.from(nodes, root, _data.conditions, _data.results);
	const cache = new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Z({
		size: 50,
		params: [
			"Endpoint",
			"IsControlPlane",
			"IsOAuthEndpoint",
			"Region",
			"UseDualStack",
			"UseFIPS"
		]
	});
	const defaultEndpointResolver = (endpointParams, context = {}) => {
		return cache.get(endpointParams, () => (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Y)(bdd, {
			endpointParams,
			logger: context.logger
		}));
	};
	_Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.X.aws = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.m;
	var SigninServiceException = class SigninServiceException extends _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.ut {
		static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, SigninServiceException.prototype);
		}
	};
	var AccessDeniedException = class AccessDeniedException extends SigninServiceException {
		static shapeId = "com.amazonaws.signin#AccessDeniedException";
		name = "AccessDeniedException";
		$fault = "client";
		error;
		constructor(opts) {
			super({
				name: "AccessDeniedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AccessDeniedException.prototype);
			this.error = opts.error;
		}
	};
	var InternalServerException = class InternalServerException extends SigninServiceException {
		static shapeId = "com.amazonaws.signin#InternalServerException";
		name = "InternalServerException";
		$fault = "server";
		error;
		constructor(opts) {
			super({
				name: "InternalServerException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, InternalServerException.prototype);
			this.error = opts.error;
		}
	};
	var TooManyRequestsError = class TooManyRequestsError extends SigninServiceException {
		static shapeId = "com.amazonaws.signin#TooManyRequestsError";
		name = "TooManyRequestsError";
		$fault = "client";
		error;
		constructor(opts) {
			super({
				name: "TooManyRequestsError",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyRequestsError.prototype);
			this.error = opts.error;
		}
	};
	var ValidationException = class ValidationException extends SigninServiceException {
		static shapeId = "com.amazonaws.signin#ValidationException";
		name = "ValidationException";
		$fault = "client";
		error;
		constructor(opts) {
			super({
				name: "ValidationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ValidationException.prototype);
			this.error = opts.error;
		}
	};
	const _ADE = "AccessDeniedException";
	const _AT = "AccessToken";
	const _COAT = "CreateOAuth2Token";
	const _COATR = "CreateOAuth2TokenRequest";
	const _COATRB = "CreateOAuth2TokenRequestBody";
	const _COATRBr = "CreateOAuth2TokenResponseBody";
	const _COATRr = "CreateOAuth2TokenResponse";
	const _ISE = "InternalServerException";
	const _RT = "RefreshToken";
	const _TMRE = "TooManyRequestsError";
	const _VE = "ValidationException";
	const _aKI = "accessKeyId";
	const _aT = "accessToken";
	const _c = "client";
	const _cI = "clientId";
	const _cV = "codeVerifier";
	const _co = "code";
	const _e = "error";
	const _eI = "expiresIn";
	const _gT = "grantType";
	const _h = "http";
	const _hE = "httpError";
	const _iT = "idToken";
	const _jN = "jsonName";
	const _m = "message";
	const _rT = "refreshToken";
	const _rU = "redirectUri";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.signin";
	const _sAK = "secretAccessKey";
	const _sT = "sessionToken";
	const _se = "server";
	const _tI = "tokenInput";
	const _tO = "tokenOutput";
	const _tT = "tokenType";
	const n0 = "com.amazonaws.signin";
	const _s_registry = new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.ft(_s);
	var SigninServiceException$ = [
		-3,
		_s,
		"SigninServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(SigninServiceException$, SigninServiceException);
	const n0_registry = new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.ft(n0);
	var AccessDeniedException$ = [
		-3,
		n0,
		_ADE,
		{ [_e]: _c },
		[_e, _m],
		[0, 0],
		2
	];
	n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
	var InternalServerException$ = [
		-3,
		n0,
		_ISE,
		{
			[_e]: _se,
			[_hE]: 500
		},
		[_e, _m],
		[0, 0],
		2
	];
	n0_registry.registerError(InternalServerException$, InternalServerException);
	var TooManyRequestsError$ = [
		-3,
		n0,
		_TMRE,
		{
			[_e]: _c,
			[_hE]: 429
		},
		[_e, _m],
		[0, 0],
		2
	];
	n0_registry.registerError(TooManyRequestsError$, TooManyRequestsError);
	var ValidationException$ = [
		-3,
		n0,
		_VE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_e, _m],
		[0, 0],
		2
	];
	n0_registry.registerError(ValidationException$, ValidationException);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var RefreshToken = [
		0,
		n0,
		_RT,
		8,
		0
	];
	var AccessToken$ = [
		3,
		n0,
		_AT,
		8,
		[
			_aKI,
			_sAK,
			_sT
		],
		[
			[0, { [_jN]: _aKI }],
			[0, { [_jN]: _sAK }],
			[0, { [_jN]: _sT }]
		],
		3
	];
	var CreateOAuth2TokenRequest$ = [
		3,
		n0,
		_COATR,
		0,
		[_tI],
		[[() => CreateOAuth2TokenRequestBody$, 16]],
		1
	];
	var CreateOAuth2TokenRequestBody$ = [
		3,
		n0,
		_COATRB,
		0,
		[
			_cI,
			_gT,
			_co,
			_rU,
			_cV,
			_rT
		],
		[
			[0, { [_jN]: _cI }],
			[0, { [_jN]: _gT }],
			0,
			[0, { [_jN]: _rU }],
			[0, { [_jN]: _cV }],
			[() => RefreshToken, { [_jN]: _rT }]
		],
		2
	];
	var CreateOAuth2TokenResponse$ = [
		3,
		n0,
		_COATRr,
		0,
		[_tO],
		[[() => CreateOAuth2TokenResponseBody$, 16]],
		1
	];
	var CreateOAuth2TokenResponseBody$ = [
		3,
		n0,
		_COATRBr,
		0,
		[
			_aT,
			_tT,
			_eI,
			_rT,
			_iT
		],
		[
			[() => AccessToken$, { [_jN]: _aT }],
			[0, { [_jN]: _tT }],
			[1, { [_jN]: _eI }],
			[() => RefreshToken, { [_jN]: _rT }],
			[0, { [_jN]: _iT }]
		],
		4
	];
	var CreateOAuth2Token$ = [
		9,
		n0,
		_COAT,
		{ [_h]: [
			"POST",
			"/v1/token",
			200
		] },
		() => CreateOAuth2TokenRequest$,
		() => CreateOAuth2TokenResponse$
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2023-01-01",
			base64Decoder: config?.base64Decoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.It,
			base64Encoder: config?.base64Encoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Pt,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSigninHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.l()
			}, {
				schemeId: "smithy.api#noAuth",
				identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
				signer: new _package_Cajidl1S_js__WEBPACK_IMPORTED_MODULE_2__.n()
			}],
			logger: config?.logger ?? new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.at(),
			protocol: config?.protocol ?? _AwsRestJsonProtocol_C_ggwLik_js__WEBPACK_IMPORTED_MODULE_1__.t,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.signin",
				errorTypeRegistries,
				version: "2023-01-01",
				serviceTarget: "Signin"
			},
			serviceId: config?.serviceId ?? "Signin",
			sha256: config?.sha256 ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.t,
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
				clientVersion: _package_Cajidl1S_js__WEBPACK_IMPORTED_MODULE_2__.t
			}),
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
	var SigninClient = class extends _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.gt {
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
				httpAuthSchemeParametersProvider: defaultSigninHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.w({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.E)(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.it)(commonParams, "Signin", "SigninClient", _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.q);
	const _ep0 = { IsControlPlane: {
		type: "staticContextParams",
		value: false
	} };
	const _mw0 = (Command, cs, config, o) => [];
	var CreateOAuth2TokenCommand = class extends command(_ep0, _mw0, "CreateOAuth2Token", CreateOAuth2Token$) {};
}) };
