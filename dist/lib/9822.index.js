export const id = 9822;
export const ids = [9822];
export const modules = { 39822: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
	__webpack_require__.d(__webpack_exports__, {
		CreateTokenCommand: () => CreateTokenCommand,
		SSOOIDCClient: () => SSOOIDCClient
	});
	var _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44824);
	var _package_Cajidl1S_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73930);
	var _AwsRestJsonProtocol_C_ggwLik_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35653);
	const defaultSSOOIDCHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
				name: "sso-oauth",
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
	const defaultSSOOIDCHttpAuthSchemeProvider = (authParameters) => {
		const options = [];
		switch (authParameters.operation) {
			case "CreateToken":
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
			defaultSigningName: "sso-oauth"
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
	const k = "ref";
	const a = -1;
	const b = true;
	const c = "isSet";
	const d = "PartitionResult";
	const e = "booleanEquals";
	const f = "getAttr";
	const g = { [k]: "Endpoint" };
	const h = { [k]: d };
	const i = {};
	const j = [{ [k]: "Region" }];
	const _data = {
		conditions: [
			[c, [g]],
			[c, j],
			[
				"aws.partition",
				j,
				d
			],
			[e, [{ [k]: "UseFIPS" }, b]],
			[e, [{ [k]: "UseDualStack" }, b]],
			[e, [{
				fn: f,
				argv: [h, "supportsDualStack"]
			}, b]],
			[e, [{
				fn: f,
				argv: [h, "supportsFIPS"]
			}, b]],
			["stringEquals", [{
				fn: f,
				argv: [h, "name"]
			}, "aws-us-gov"]]
		],
		results: [
			[a],
			[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
			[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
			[g, i],
			["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://oidc.{Region}.amazonaws.com", i],
			["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}", i],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			["https://oidc.{Region}.{PartitionResult#dnsSuffix}", i],
			[a, "Invalid Configuration: Missing Region"]
		]
	};
	const root = 2;
	const nodes = new Int32Array([
		-1,
		1,
		-1,
		0,
		13,
		3,
		1,
		4,
		100000012,
		2,
		5,
		100000012,
		3,
		8,
		6,
		4,
		7,
		100000011,
		5,
		100000009,
		100000010,
		4,
		11,
		9,
		6,
		10,
		100000008,
		7,
		100000006,
		100000007,
		5,
		12,
		100000005,
		6,
		100000004,
		100000005,
		3,
		100000001,
		14,
		4,
		100000002,
		100000003
	]);
	const bdd = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Q.from(nodes, root, _data.conditions, _data.results);
	const cache = new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Z({
		size: 50,
		params: [
			"Endpoint",
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
	var SSOOIDCServiceException = class SSOOIDCServiceException extends _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.ut {
		static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, SSOOIDCServiceException.prototype);
		}
	};
	var AccessDeniedException = class AccessDeniedException extends SSOOIDCServiceException {
		static shapeId = "com.amazonaws.ssooidc#AccessDeniedException";
		name = "AccessDeniedException";
		$fault = "client";
		error;
		reason;
		error_description;
		constructor(opts) {
			super({
				name: "AccessDeniedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AccessDeniedException.prototype);
			this.error = opts.error;
			this.reason = opts.reason;
			this.error_description = opts.error_description;
		}
	};
	var AuthorizationPendingException = class AuthorizationPendingException extends SSOOIDCServiceException {
		static shapeId = "com.amazonaws.ssooidc#AuthorizationPendingException";
		name = "AuthorizationPendingException";
		$fault = "client";
		error;
		error_description;
		constructor(opts) {
			super({
				name: "AuthorizationPendingException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AuthorizationPendingException.prototype);
			this.error = opts.error;
			this.error_description = opts.error_description;
		}
	};
	var ExpiredTokenException = class ExpiredTokenException extends SSOOIDCServiceException {
		static shapeId = "com.amazonaws.ssooidc#ExpiredTokenException";
		name = "ExpiredTokenException";
		$fault = "client";
		error;
		error_description;
		constructor(opts) {
			super({
				name: "ExpiredTokenException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ExpiredTokenException.prototype);
			this.error = opts.error;
			this.error_description = opts.error_description;
		}
	};
	var InternalServerException = class InternalServerException extends SSOOIDCServiceException {
		static shapeId = "com.amazonaws.ssooidc#InternalServerException";
		name = "InternalServerException";
		$fault = "server";
		error;
		error_description;
		constructor(opts) {
			super({
				name: "InternalServerException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, InternalServerException.prototype);
			this.error = opts.error;
			this.error_description = opts.error_description;
		}
	};
	var InvalidClientException = class InvalidClientException extends SSOOIDCServiceException {
		static shapeId = "com.amazonaws.ssooidc#InvalidClientException";
		name = "InvalidClientException";
		$fault = "client";
		error;
		error_description;
		constructor(opts) {
			super({
				name: "InvalidClientException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidClientException.prototype);
			this.error = opts.error;
			this.error_description = opts.error_description;
		}
	};
	var InvalidGrantException = class InvalidGrantException extends SSOOIDCServiceException {
		static shapeId = "com.amazonaws.ssooidc#InvalidGrantException";
		name = "InvalidGrantException";
		$fault = "client";
		error;
		error_description;
		constructor(opts) {
			super({
				name: "InvalidGrantException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidGrantException.prototype);
			this.error = opts.error;
			this.error_description = opts.error_description;
		}
	};
	var InvalidRequestException = class InvalidRequestException extends SSOOIDCServiceException {
		static shapeId = "com.amazonaws.ssooidc#InvalidRequestException";
		name = "InvalidRequestException";
		$fault = "client";
		error;
		reason;
		error_description;
		constructor(opts) {
			super({
				name: "InvalidRequestException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidRequestException.prototype);
			this.error = opts.error;
			this.reason = opts.reason;
			this.error_description = opts.error_description;
		}
	};
	var InvalidScopeException = class InvalidScopeException extends SSOOIDCServiceException {
		static shapeId = "com.amazonaws.ssooidc#InvalidScopeException";
		name = "InvalidScopeException";
		$fault = "client";
		error;
		error_description;
		constructor(opts) {
			super({
				name: "InvalidScopeException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidScopeException.prototype);
			this.error = opts.error;
			this.error_description = opts.error_description;
		}
	};
	var SlowDownException = class SlowDownException extends SSOOIDCServiceException {
		static shapeId = "com.amazonaws.ssooidc#SlowDownException";
		name = "SlowDownException";
		$fault = "client";
		error;
		error_description;
		constructor(opts) {
			super({
				name: "SlowDownException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SlowDownException.prototype);
			this.error = opts.error;
			this.error_description = opts.error_description;
		}
	};
	var UnauthorizedClientException = class UnauthorizedClientException extends SSOOIDCServiceException {
		static shapeId = "com.amazonaws.ssooidc#UnauthorizedClientException";
		name = "UnauthorizedClientException";
		$fault = "client";
		error;
		error_description;
		constructor(opts) {
			super({
				name: "UnauthorizedClientException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, UnauthorizedClientException.prototype);
			this.error = opts.error;
			this.error_description = opts.error_description;
		}
	};
	var UnsupportedGrantTypeException = class UnsupportedGrantTypeException extends SSOOIDCServiceException {
		static shapeId = "com.amazonaws.ssooidc#UnsupportedGrantTypeException";
		name = "UnsupportedGrantTypeException";
		$fault = "client";
		error;
		error_description;
		constructor(opts) {
			super({
				name: "UnsupportedGrantTypeException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, UnsupportedGrantTypeException.prototype);
			this.error = opts.error;
			this.error_description = opts.error_description;
		}
	};
	const _ADE = "AccessDeniedException";
	const _APE = "AuthorizationPendingException";
	const _AT = "AccessToken";
	const _CS = "ClientSecret";
	const _CT = "CreateToken";
	const _CTR = "CreateTokenRequest";
	const _CTRr = "CreateTokenResponse";
	const _CV = "CodeVerifier";
	const _ETE = "ExpiredTokenException";
	const _ICE = "InvalidClientException";
	const _IGE = "InvalidGrantException";
	const _IRE = "InvalidRequestException";
	const _ISE = "InternalServerException";
	const _ISEn = "InvalidScopeException";
	const _IT = "IdToken";
	const _RT = "RefreshToken";
	const _SDE = "SlowDownException";
	const _UCE = "UnauthorizedClientException";
	const _UGTE = "UnsupportedGrantTypeException";
	const _aT = "accessToken";
	const _c = "client";
	const _cI = "clientId";
	const _cS = "clientSecret";
	const _cV = "codeVerifier";
	const _co = "code";
	const _dC = "deviceCode";
	const _e = "error";
	const _eI = "expiresIn";
	const _ed = "error_description";
	const _gT = "grantType";
	const _h = "http";
	const _hE = "httpError";
	const _iT = "idToken";
	const _r = "reason";
	const _rT = "refreshToken";
	const _rU = "redirectUri";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.ssooidc";
	const _sc = "scope";
	const _se = "server";
	const _tT = "tokenType";
	const n0 = "com.amazonaws.ssooidc";
	const _s_registry = new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.ft(_s);
	var SSOOIDCServiceException$ = [
		-3,
		_s,
		"SSOOIDCServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(SSOOIDCServiceException$, SSOOIDCServiceException);
	const n0_registry = new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.ft(n0);
	var AccessDeniedException$ = [
		-3,
		n0,
		_ADE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[
			_e,
			_r,
			_ed
		],
		[
			0,
			0,
			0
		]
	];
	n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
	var AuthorizationPendingException$ = [
		-3,
		n0,
		_APE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_e, _ed],
		[0, 0]
	];
	n0_registry.registerError(AuthorizationPendingException$, AuthorizationPendingException);
	var ExpiredTokenException$ = [
		-3,
		n0,
		_ETE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_e, _ed],
		[0, 0]
	];
	n0_registry.registerError(ExpiredTokenException$, ExpiredTokenException);
	var InternalServerException$ = [
		-3,
		n0,
		_ISE,
		{
			[_e]: _se,
			[_hE]: 500
		},
		[_e, _ed],
		[0, 0]
	];
	n0_registry.registerError(InternalServerException$, InternalServerException);
	var InvalidClientException$ = [
		-3,
		n0,
		_ICE,
		{
			[_e]: _c,
			[_hE]: 401
		},
		[_e, _ed],
		[0, 0]
	];
	n0_registry.registerError(InvalidClientException$, InvalidClientException);
	var InvalidGrantException$ = [
		-3,
		n0,
		_IGE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_e, _ed],
		[0, 0]
	];
	n0_registry.registerError(InvalidGrantException$, InvalidGrantException);
	var InvalidRequestException$ = [
		-3,
		n0,
		_IRE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[
			_e,
			_r,
			_ed
		],
		[
			0,
			0,
			0
		]
	];
	n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
	var InvalidScopeException$ = [
		-3,
		n0,
		_ISEn,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_e, _ed],
		[0, 0]
	];
	n0_registry.registerError(InvalidScopeException$, InvalidScopeException);
	var SlowDownException$ = [
		-3,
		n0,
		_SDE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_e, _ed],
		[0, 0]
	];
	n0_registry.registerError(SlowDownException$, SlowDownException);
	var UnauthorizedClientException$ = [
		-3,
		n0,
		_UCE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_e, _ed],
		[0, 0]
	];
	n0_registry.registerError(UnauthorizedClientException$, UnauthorizedClientException);
	var UnsupportedGrantTypeException$ = [
		-3,
		n0,
		_UGTE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_e, _ed],
		[0, 0]
	];
	n0_registry.registerError(UnsupportedGrantTypeException$, UnsupportedGrantTypeException);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var AccessToken = [
		0,
		n0,
		_AT,
		8,
		0
	];
	var ClientSecret = [
		0,
		n0,
		_CS,
		8,
		0
	];
	var CodeVerifier = [
		0,
		n0,
		_CV,
		8,
		0
	];
	var IdToken = [
		0,
		n0,
		_IT,
		8,
		0
	];
	var RefreshToken = [
		0,
		n0,
		_RT,
		8,
		0
	];
	var CreateTokenRequest$ = [
		3,
		n0,
		_CTR,
		0,
		[
			_cI,
			_cS,
			_gT,
			_dC,
			_co,
			_rT,
			_sc,
			_rU,
			_cV
		],
		[
			0,
			[() => ClientSecret, 0],
			0,
			0,
			0,
			[() => RefreshToken, 0],
			64,
			0,
			[() => CodeVerifier, 0]
		],
		3
	];
	var CreateTokenResponse$ = [
		3,
		n0,
		_CTRr,
		0,
		[
			_aT,
			_tT,
			_eI,
			_rT,
			_iT
		],
		[
			[() => AccessToken, 0],
			0,
			1,
			[() => RefreshToken, 0],
			[() => IdToken, 0]
		]
	];
	var CreateToken$ = [
		9,
		n0,
		_CT,
		{ [_h]: [
			"POST",
			"/token",
			200
		] },
		() => CreateTokenRequest$,
		() => CreateTokenResponse$
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2019-06-10",
			base64Decoder: config?.base64Decoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.It,
			base64Encoder: config?.base64Encoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Pt,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSSOOIDCHttpAuthSchemeProvider,
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
				defaultNamespace: "com.amazonaws.ssooidc",
				errorTypeRegistries,
				version: "2019-06-10",
				serviceTarget: "AWSSSOOIDCService"
			},
			serviceId: config?.serviceId ?? "SSO OIDC",
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
	var SSOOIDCClient = class extends _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.gt {
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
				httpAuthSchemeParametersProvider: defaultSSOOIDCHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.w({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.E)(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.it)(commonParams, "AWSSSOOIDCService", "SSOOIDCClient", _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.q);
	const _ep0 = {};
	const _mw0 = (Command, cs, config, o) => [];
	var CreateTokenCommand = class extends command(_ep0, _mw0, "CreateToken", CreateToken$) {};
}) };
