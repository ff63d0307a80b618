export const id = 6005;
export const ids = [6005];
export const modules = { 96005: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
	__webpack_require__.d(__webpack_exports__, {
		DescribeKeyCommand: () => DescribeKeyCommand,
		KMSClient: () => KMSClient
	});
	var Sha256Node_GsR9Qmcj = __webpack_require__(44824);
	var JsonCodec2_Bz3KGPin = __webpack_require__(2429);
	;
	var AwsJsonRpcProtocol = class extends Sha256Node_GsR9Qmcj.I {
		serializer;
		deserializer;
		serviceTarget;
		codec;
		mixin;
		awsQueryCompatible;
		constructor({ defaultNamespace, errorTypeRegistries, serviceTarget, awsQueryCompatible, jsonCodec }) {
			super({
				defaultNamespace,
				errorTypeRegistries
			});
			this.serviceTarget = serviceTarget;
			this.codec = jsonCodec ?? new JsonCodec2_Bz3KGPin.t({
				timestampFormat: {
					useTrait: true,
					default: 7
				},
				jsonName: false
			});
			this.serializer = this.codec.createSerializer();
			this.deserializer = this.codec.createDeserializer();
			this.awsQueryCompatible = !!awsQueryCompatible;
			this.mixin = new Sha256Node_GsR9Qmcj.n(this.awsQueryCompatible);
		}
		async serializeRequest(operationSchema, input, context) {
			const request = await super.serializeRequest(operationSchema, input, context);
			if (!request.path.endsWith("/")) request.path += "/";
			request.headers["content-type"] = `application/x-amz-json-${this.getJsonRpcVersion()}`;
			request.headers["x-amz-target"] = `${this.serviceTarget}.${operationSchema.name}`;
			if (this.awsQueryCompatible) request.headers["x-amzn-query-mode"] = "true";
			if ((0, Sha256Node_GsR9Qmcj.ht)(operationSchema.input) === "unit" || !request.body) request.body = "{}";
			return request;
		}
		getPayloadCodec() {
			return this.codec;
		}
		async handleError(operationSchema, context, response, dataObject, metadata) {
			const { awsQueryCompatible } = this;
			if (awsQueryCompatible) this.mixin.setQueryCompatError(dataObject, response);
			const errorIdentifier = (0, JsonCodec2_Bz3KGPin.n)(response, dataObject, awsQueryCompatible) ?? "Unknown";
			this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
			const { errorSchema, errorMetadata } = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata, awsQueryCompatible ? this.mixin.findQueryCompatibleError : void 0);
			const ns = Sha256Node_GsR9Qmcj.pt.of(errorSchema);
			const message = dataObject.message ?? dataObject.Message ?? "UnknownError";
			const exception = new ((this.compositeErrorRegistry.getErrorCtor(errorSchema)) ?? Error)({});
			const output = {};
			const errorDeserializer = this.codec.createDeserializer();
			for (const [name, member] of ns.structIterator()) if (dataObject[name] != null) output[name] = errorDeserializer.readObject(member, dataObject[name]);
			if (awsQueryCompatible) this.mixin.queryCompatOutput(dataObject, output);
			throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
				$fault: ns.getMergedTraits().error,
				message
			}, output), dataObject);
		}
	};
	var AwsJson1_1Protocol = class extends AwsJsonRpcProtocol {
		constructor({ defaultNamespace, errorTypeRegistries, serviceTarget, awsQueryCompatible, jsonCodec }) {
			super({
				defaultNamespace,
				errorTypeRegistries,
				serviceTarget,
				awsQueryCompatible,
				jsonCodec
			});
		}
		getShapeId() {
			return "aws.protocols#awsJson1_1";
		}
		getJsonRpcVersion() {
			return "1.1";
		}
		getDefaultContentType() {
			return "application/x-amz-json-1.1";
		}
	};
	const defaultKMSHttpAuthSchemeParametersProvider = async (config, context, input) => {
		return {
			operation: (0, Sha256Node_GsR9Qmcj.Mt)(context).operation,
			region: await (0, Sha256Node_GsR9Qmcj.At)(config.region)() || (() => {
				throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
			})()
		};
	};
	function createAwsAuthSigv4HttpAuthOption(authParameters) {
		return {
			schemeId: "aws.auth#sigv4",
			signingProperties: {
				name: "kms",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultKMSHttpAuthSchemeProvider = (authParameters) => {
		const options = [];
		switch (authParameters.operation) {
			default: options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
		}
		return options;
	};
	const resolveHttpAuthSchemeConfig = (config) => {
		const config_0 = (0, Sha256Node_GsR9Qmcj.o)(config);
		return Object.assign(config_0, { authSchemePreference: (0, Sha256Node_GsR9Qmcj.At)(config.authSchemePreference ?? []) });
	};
	const resolveClientEndpointParameters = (options) => {
		return Object.assign(options, {
			useDualstackEndpoint: options.useDualstackEndpoint ?? false,
			useFipsEndpoint: options.useFipsEndpoint ?? false,
			defaultSigningName: "kms"
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
	var version = "3.1164.0";
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
			}, b]]
		],
		results: [
			[a],
			[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
			[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
			[g, i],
			["https://kms-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://kms-fips.{Region}.{PartitionResult#dnsSuffix}", i],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			["https://kms.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			["https://kms.{Region}.{PartitionResult#dnsSuffix}", i],
			[a, "Invalid Configuration: Missing Region"]
		]
	};
	const root = 2;
	const nodes = new Int32Array([
		-1,
		1,
		-1,
		0,
		12,
		3,
		1,
		4,
		100000011,
		2,
		5,
		100000011,
		3,
		8,
		6,
		4,
		7,
		100000010,
		5,
		100000008,
		100000009,
		4,
		10,
		9,
		6,
		100000006,
		100000007,
		5,
		11,
		100000005,
		6,
		100000004,
		100000005,
		3,
		100000001,
		13,
		4,
		100000002,
		100000003
	]);
	const bdd = Sha256Node_GsR9Qmcj.Q.from(nodes, root, _data.conditions, _data.results);
	const cache = new Sha256Node_GsR9Qmcj.Z({
		size: 50,
		params: [
			"Endpoint",
			"Region",
			"UseDualStack",
			"UseFIPS"
		]
	});
	const defaultEndpointResolver = (endpointParams, context = {}) => {
		return cache.get(endpointParams, () => (0, Sha256Node_GsR9Qmcj.Y)(bdd, {
			endpointParams,
			logger: context.logger
		}));
	};
	Sha256Node_GsR9Qmcj.X.aws = Sha256Node_GsR9Qmcj.m;
	var KMSServiceException = class KMSServiceException extends Sha256Node_GsR9Qmcj.ut {
		static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.kms#KMSServiceException";
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, KMSServiceException.prototype);
		}
	};
	var AlreadyExistsException = class AlreadyExistsException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#AlreadyExistsException";
		name = "AlreadyExistsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "AlreadyExistsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AlreadyExistsException.prototype);
		}
	};
	var DependencyTimeoutException = class DependencyTimeoutException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#DependencyTimeoutException";
		name = "DependencyTimeoutException";
		$fault = "server";
		constructor(opts) {
			super({
				name: "DependencyTimeoutException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, DependencyTimeoutException.prototype);
		}
	};
	var InvalidArnException = class InvalidArnException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidArnException";
		name = "InvalidArnException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidArnException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidArnException.prototype);
		}
	};
	var KMSInternalException = class KMSInternalException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#KMSInternalException";
		name = "KMSInternalException";
		$fault = "server";
		constructor(opts) {
			super({
				name: "KMSInternalException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, KMSInternalException.prototype);
		}
	};
	var KMSInvalidStateException = class KMSInvalidStateException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#KMSInvalidStateException";
		name = "KMSInvalidStateException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KMSInvalidStateException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KMSInvalidStateException.prototype);
		}
	};
	var NotFoundException = class NotFoundException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#NotFoundException";
		name = "NotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NotFoundException.prototype);
		}
	};
	var CloudHsmClusterInUseException = class CloudHsmClusterInUseException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CloudHsmClusterInUseException";
		name = "CloudHsmClusterInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CloudHsmClusterInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CloudHsmClusterInUseException.prototype);
		}
	};
	var CloudHsmClusterInvalidConfigurationException = class CloudHsmClusterInvalidConfigurationException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CloudHsmClusterInvalidConfigurationException";
		name = "CloudHsmClusterInvalidConfigurationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CloudHsmClusterInvalidConfigurationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CloudHsmClusterInvalidConfigurationException.prototype);
		}
	};
	var CloudHsmClusterNotActiveException = class CloudHsmClusterNotActiveException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CloudHsmClusterNotActiveException";
		name = "CloudHsmClusterNotActiveException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CloudHsmClusterNotActiveException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CloudHsmClusterNotActiveException.prototype);
		}
	};
	var CloudHsmClusterNotFoundException = class CloudHsmClusterNotFoundException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CloudHsmClusterNotFoundException";
		name = "CloudHsmClusterNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CloudHsmClusterNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CloudHsmClusterNotFoundException.prototype);
		}
	};
	var CloudHsmClusterNotRelatedException = class CloudHsmClusterNotRelatedException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CloudHsmClusterNotRelatedException";
		name = "CloudHsmClusterNotRelatedException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CloudHsmClusterNotRelatedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CloudHsmClusterNotRelatedException.prototype);
		}
	};
	var ConflictException = class ConflictException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#ConflictException";
		name = "ConflictException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ConflictException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ConflictException.prototype);
		}
	};
	var CustomKeyStoreInvalidStateException = class CustomKeyStoreInvalidStateException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CustomKeyStoreInvalidStateException";
		name = "CustomKeyStoreInvalidStateException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CustomKeyStoreInvalidStateException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CustomKeyStoreInvalidStateException.prototype);
		}
	};
	var CustomKeyStoreNotFoundException = class CustomKeyStoreNotFoundException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CustomKeyStoreNotFoundException";
		name = "CustomKeyStoreNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CustomKeyStoreNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CustomKeyStoreNotFoundException.prototype);
		}
	};
	var InvalidAliasNameException = class InvalidAliasNameException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidAliasNameException";
		name = "InvalidAliasNameException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidAliasNameException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidAliasNameException.prototype);
		}
	};
	var LimitExceededException = class LimitExceededException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#LimitExceededException";
		name = "LimitExceededException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "LimitExceededException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, LimitExceededException.prototype);
		}
	};
	var CustomKeyStoreNameInUseException = class CustomKeyStoreNameInUseException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CustomKeyStoreNameInUseException";
		name = "CustomKeyStoreNameInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CustomKeyStoreNameInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CustomKeyStoreNameInUseException.prototype);
		}
	};
	var IncorrectTrustAnchorException = class IncorrectTrustAnchorException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#IncorrectTrustAnchorException";
		name = "IncorrectTrustAnchorException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IncorrectTrustAnchorException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IncorrectTrustAnchorException.prototype);
		}
	};
	var XksProxyIncorrectAuthenticationCredentialException = class XksProxyIncorrectAuthenticationCredentialException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyIncorrectAuthenticationCredentialException";
		name = "XksProxyIncorrectAuthenticationCredentialException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyIncorrectAuthenticationCredentialException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyIncorrectAuthenticationCredentialException.prototype);
		}
	};
	var XksProxyInvalidConfigurationException = class XksProxyInvalidConfigurationException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyInvalidConfigurationException";
		name = "XksProxyInvalidConfigurationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyInvalidConfigurationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyInvalidConfigurationException.prototype);
		}
	};
	var XksProxyInvalidResponseException = class XksProxyInvalidResponseException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyInvalidResponseException";
		name = "XksProxyInvalidResponseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyInvalidResponseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyInvalidResponseException.prototype);
		}
	};
	var XksProxyUriEndpointInUseException = class XksProxyUriEndpointInUseException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyUriEndpointInUseException";
		name = "XksProxyUriEndpointInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyUriEndpointInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyUriEndpointInUseException.prototype);
		}
	};
	var XksProxyUriInUseException = class XksProxyUriInUseException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyUriInUseException";
		name = "XksProxyUriInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyUriInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyUriInUseException.prototype);
		}
	};
	var XksProxyUriUnreachableException = class XksProxyUriUnreachableException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyUriUnreachableException";
		name = "XksProxyUriUnreachableException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyUriUnreachableException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyUriUnreachableException.prototype);
		}
	};
	var XksProxyVpcEndpointServiceInUseException = class XksProxyVpcEndpointServiceInUseException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyVpcEndpointServiceInUseException";
		name = "XksProxyVpcEndpointServiceInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyVpcEndpointServiceInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyVpcEndpointServiceInUseException.prototype);
		}
	};
	var XksProxyVpcEndpointServiceInvalidConfigurationException = class XksProxyVpcEndpointServiceInvalidConfigurationException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyVpcEndpointServiceInvalidConfigurationException";
		name = "XksProxyVpcEndpointServiceInvalidConfigurationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyVpcEndpointServiceInvalidConfigurationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyVpcEndpointServiceInvalidConfigurationException.prototype);
		}
	};
	var XksProxyVpcEndpointServiceNotFoundException = class XksProxyVpcEndpointServiceNotFoundException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyVpcEndpointServiceNotFoundException";
		name = "XksProxyVpcEndpointServiceNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyVpcEndpointServiceNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyVpcEndpointServiceNotFoundException.prototype);
		}
	};
	var DisabledException = class DisabledException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#DisabledException";
		name = "DisabledException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DisabledException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DisabledException.prototype);
		}
	};
	var DryRunOperationException = class DryRunOperationException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#DryRunOperationException";
		name = "DryRunOperationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DryRunOperationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DryRunOperationException.prototype);
		}
	};
	var InvalidGrantTokenException = class InvalidGrantTokenException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidGrantTokenException";
		name = "InvalidGrantTokenException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidGrantTokenException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidGrantTokenException.prototype);
		}
	};
	var MalformedPolicyDocumentException = class MalformedPolicyDocumentException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#MalformedPolicyDocumentException";
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
	var TagException = class TagException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#TagException";
		name = "TagException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TagException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TagException.prototype);
		}
	};
	var UnsupportedOperationException = class UnsupportedOperationException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#UnsupportedOperationException";
		name = "UnsupportedOperationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "UnsupportedOperationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, UnsupportedOperationException.prototype);
		}
	};
	var XksKeyAlreadyInUseException = class XksKeyAlreadyInUseException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksKeyAlreadyInUseException";
		name = "XksKeyAlreadyInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksKeyAlreadyInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksKeyAlreadyInUseException.prototype);
		}
	};
	var XksKeyInvalidConfigurationException = class XksKeyInvalidConfigurationException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksKeyInvalidConfigurationException";
		name = "XksKeyInvalidConfigurationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksKeyInvalidConfigurationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksKeyInvalidConfigurationException.prototype);
		}
	};
	var XksKeyNotFoundException = class XksKeyNotFoundException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksKeyNotFoundException";
		name = "XksKeyNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksKeyNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksKeyNotFoundException.prototype);
		}
	};
	var CustomKeyStoreHasCMKsException = class CustomKeyStoreHasCMKsException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CustomKeyStoreHasCMKsException";
		name = "CustomKeyStoreHasCMKsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CustomKeyStoreHasCMKsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CustomKeyStoreHasCMKsException.prototype);
		}
	};
	var InvalidCiphertextException = class InvalidCiphertextException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidCiphertextException";
		name = "InvalidCiphertextException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidCiphertextException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidCiphertextException.prototype);
		}
	};
	var InvalidKeyUsageException = class InvalidKeyUsageException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidKeyUsageException";
		name = "InvalidKeyUsageException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidKeyUsageException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidKeyUsageException.prototype);
		}
	};
	var KeyUnavailableException = class KeyUnavailableException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#KeyUnavailableException";
		name = "KeyUnavailableException";
		$fault = "server";
		constructor(opts) {
			super({
				name: "KeyUnavailableException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, KeyUnavailableException.prototype);
		}
	};
	var IncorrectKeyException = class IncorrectKeyException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#IncorrectKeyException";
		name = "IncorrectKeyException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IncorrectKeyException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IncorrectKeyException.prototype);
		}
	};
	var InvalidMarkerException = class InvalidMarkerException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidMarkerException";
		name = "InvalidMarkerException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidMarkerException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidMarkerException.prototype);
		}
	};
	var ExpiredImportTokenException = class ExpiredImportTokenException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#ExpiredImportTokenException";
		name = "ExpiredImportTokenException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ExpiredImportTokenException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ExpiredImportTokenException.prototype);
		}
	};
	var IncorrectKeyMaterialException = class IncorrectKeyMaterialException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#IncorrectKeyMaterialException";
		name = "IncorrectKeyMaterialException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IncorrectKeyMaterialException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IncorrectKeyMaterialException.prototype);
		}
	};
	var InvalidImportTokenException = class InvalidImportTokenException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidImportTokenException";
		name = "InvalidImportTokenException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidImportTokenException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidImportTokenException.prototype);
		}
	};
	var InvalidGrantIdException = class InvalidGrantIdException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidGrantIdException";
		name = "InvalidGrantIdException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidGrantIdException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidGrantIdException.prototype);
		}
	};
	var KMSInvalidMacException = class KMSInvalidMacException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#KMSInvalidMacException";
		name = "KMSInvalidMacException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KMSInvalidMacException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KMSInvalidMacException.prototype);
		}
	};
	var KMSInvalidSignatureException = class KMSInvalidSignatureException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#KMSInvalidSignatureException";
		name = "KMSInvalidSignatureException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KMSInvalidSignatureException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KMSInvalidSignatureException.prototype);
		}
	};
	const _A = "Arn";
	const _AEE = "AlreadyExistsException";
	const _AWSAI = "AWSAccountId";
	const _CD = "CreationDate";
	const _CE = "ConflictException";
	const _CHCI = "CloudHsmClusterId";
	const _CHCICE = "CloudHsmClusterInvalidConfigurationException";
	const _CHCIUE = "CloudHsmClusterInUseException";
	const _CHCNAE = "CloudHsmClusterNotActiveException";
	const _CHCNFE = "CloudHsmClusterNotFoundException";
	const _CHCNRE = "CloudHsmClusterNotRelatedException";
	const _CKMI = "CurrentKeyMaterialId";
	const _CKSHCMKE = "CustomKeyStoreHasCMKsException";
	const _CKSI = "CustomKeyStoreId";
	const _CKSISE = "CustomKeyStoreInvalidStateException";
	const _CKSNFE = "CustomKeyStoreNotFoundException";
	const _CKSNIUE = "CustomKeyStoreNameInUseException";
	const _CMKS = "CustomerMasterKeySpec";
	const _D = "Description";
	const _DD = "DeletionDate";
	const _DE = "DisabledException";
	const _DK = "DescribeKey";
	const _DKR = "DescribeKeyRequest";
	const _DKRe = "DescribeKeyResponse";
	const _DROE = "DryRunOperationException";
	const _DTE = "DependencyTimeoutException";
	const _E = "Enabled";
	const _EAnc = "EncryptionAlgorithms";
	const _EAnca = "EncapsulationAlgorithms";
	const _EITE = "ExpiredImportTokenException";
	const _EM = "ExpirationModel";
	const _GT = "GrantTokens";
	const _I = "Id";
	const _IAE = "InvalidArnException";
	const _IANE = "InvalidAliasNameException";
	const _ICE = "InvalidCiphertextException";
	const _IGIE = "InvalidGrantIdException";
	const _IGTE = "InvalidGrantTokenException";
	const _IITE = "InvalidImportTokenException";
	const _IKE = "IncorrectKeyException";
	const _IKME = "IncorrectKeyMaterialException";
	const _IKUE = "InvalidKeyUsageException";
	const _IME = "InvalidMarkerException";
	const _ITAE = "IncorrectTrustAnchorException";
	const _KAAe = "KeyAgreementAlgorithms";
	const _KI = "KeyId";
	const _KM = "KeyMetadata";
	const _KMSIE = "KMSInternalException";
	const _KMSIME = "KMSInvalidMacException";
	const _KMSISE = "KMSInvalidSignatureException";
	const _KMSISEn = "KMSInvalidStateException";
	const _KMe = "KeyManager";
	const _KS = "KeySpec";
	const _KSe = "KeyState";
	const _KU = "KeyUsage";
	const _KUE = "KeyUnavailableException";
	const _LEE = "LimitExceededException";
	const _MAa = "MacAlgorithms";
	const _MPDE = "MalformedPolicyDocumentException";
	const _MR = "MultiRegion";
	const _MRC = "MultiRegionConfiguration";
	const _MRK = "MultiRegionKey";
	const _MRKL = "MultiRegionKeyList";
	const _MRKT = "MultiRegionKeyType";
	const _NFE = "NotFoundException";
	const _Or = "Origin";
	const _PDWID = "PendingDeletionWindowInDays";
	const _PKr = "PrimaryKey";
	const _RK = "ReplicaKeys";
	const _Re = "Region";
	const _SA = "SigningAlgorithms";
	const _TE = "TagException";
	const _UOE = "UnsupportedOperationException";
	const _VT = "ValidTo";
	const _XKAIUE = "XksKeyAlreadyInUseException";
	const _XKC = "XksKeyConfiguration";
	const _XKCT = "XksKeyConfigurationType";
	const _XKICE = "XksKeyInvalidConfigurationException";
	const _XKNFE = "XksKeyNotFoundException";
	const _XPIACE = "XksProxyIncorrectAuthenticationCredentialException";
	const _XPICE = "XksProxyInvalidConfigurationException";
	const _XPIRE = "XksProxyInvalidResponseException";
	const _XPUEIUE = "XksProxyUriEndpointInUseException";
	const _XPUIUE = "XksProxyUriInUseException";
	const _XPUUE = "XksProxyUriUnreachableException";
	const _XPVESICE = "XksProxyVpcEndpointServiceInvalidConfigurationException";
	const _XPVESIUE = "XksProxyVpcEndpointServiceInUseException";
	const _XPVESNFE = "XksProxyVpcEndpointServiceNotFoundException";
	const _aQE = "awsQueryError";
	const _c = "client";
	const _e = "error";
	const _hE = "httpError";
	const _m = "message";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.kms";
	const _se = "server";
	const n0 = "com.amazonaws.kms";
	const _s_registry = new Sha256Node_GsR9Qmcj.ft(_s);
	var KMSServiceException$ = [
		-3,
		_s,
		"KMSServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(KMSServiceException$, KMSServiceException);
	const n0_registry = new Sha256Node_GsR9Qmcj.ft(n0);
	var AlreadyExistsException$ = [
		-3,
		n0,
		_AEE,
		{
			[_aQE]: [`AlreadyExists`, 409],
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
	var CloudHsmClusterInUseException$ = [
		-3,
		n0,
		_CHCIUE,
		{
			[_aQE]: [`CloudHsmClusterInUseException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CloudHsmClusterInUseException$, CloudHsmClusterInUseException);
	var CloudHsmClusterInvalidConfigurationException$ = [
		-3,
		n0,
		_CHCICE,
		{
			[_aQE]: [`CloudHsmClusterInvalidConfigurationException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CloudHsmClusterInvalidConfigurationException$, CloudHsmClusterInvalidConfigurationException);
	var CloudHsmClusterNotActiveException$ = [
		-3,
		n0,
		_CHCNAE,
		{
			[_aQE]: [`CloudHsmClusterNotActiveException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CloudHsmClusterNotActiveException$, CloudHsmClusterNotActiveException);
	var CloudHsmClusterNotFoundException$ = [
		-3,
		n0,
		_CHCNFE,
		{
			[_aQE]: [`CloudHsmClusterNotFoundException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CloudHsmClusterNotFoundException$, CloudHsmClusterNotFoundException);
	var CloudHsmClusterNotRelatedException$ = [
		-3,
		n0,
		_CHCNRE,
		{
			[_aQE]: [`CloudHsmClusterNotRelatedException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CloudHsmClusterNotRelatedException$, CloudHsmClusterNotRelatedException);
	var ConflictException$ = [
		-3,
		n0,
		_CE,
		{
			[_aQE]: [`ConflictException`, 409],
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ConflictException$, ConflictException);
	var CustomKeyStoreHasCMKsException$ = [
		-3,
		n0,
		_CKSHCMKE,
		{
			[_aQE]: [`CustomKeyStoreHasCMKsException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CustomKeyStoreHasCMKsException$, CustomKeyStoreHasCMKsException);
	var CustomKeyStoreInvalidStateException$ = [
		-3,
		n0,
		_CKSISE,
		{
			[_aQE]: [`CustomKeyStoreInvalidStateException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CustomKeyStoreInvalidStateException$, CustomKeyStoreInvalidStateException);
	var CustomKeyStoreNameInUseException$ = [
		-3,
		n0,
		_CKSNIUE,
		{
			[_aQE]: [`CustomKeyStoreNameInUseException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CustomKeyStoreNameInUseException$, CustomKeyStoreNameInUseException);
	var CustomKeyStoreNotFoundException$ = [
		-3,
		n0,
		_CKSNFE,
		{
			[_aQE]: [`CustomKeyStoreNotFoundException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CustomKeyStoreNotFoundException$, CustomKeyStoreNotFoundException);
	var DependencyTimeoutException$ = [
		-3,
		n0,
		_DTE,
		{
			[_aQE]: [`DependencyTimeout`, 503],
			[_e]: _se,
			[_hE]: 503
		},
		[_m],
		[0]
	];
	n0_registry.registerError(DependencyTimeoutException$, DependencyTimeoutException);
	var DisabledException$ = [
		-3,
		n0,
		_DE,
		{
			[_aQE]: [`Disabled`, 409],
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(DisabledException$, DisabledException);
	var DryRunOperationException$ = [
		-3,
		n0,
		_DROE,
		{
			[_aQE]: [`DryRunOperation`, 412],
			[_e]: _c,
			[_hE]: 412
		},
		[_m],
		[0]
	];
	n0_registry.registerError(DryRunOperationException$, DryRunOperationException);
	var ExpiredImportTokenException$ = [
		-3,
		n0,
		_EITE,
		{
			[_aQE]: [`ExpiredImportTokenException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ExpiredImportTokenException$, ExpiredImportTokenException);
	var IncorrectKeyException$ = [
		-3,
		n0,
		_IKE,
		{
			[_aQE]: [`IncorrectKeyException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IncorrectKeyException$, IncorrectKeyException);
	var IncorrectKeyMaterialException$ = [
		-3,
		n0,
		_IKME,
		{
			[_aQE]: [`IncorrectKeyMaterialException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IncorrectKeyMaterialException$, IncorrectKeyMaterialException);
	var IncorrectTrustAnchorException$ = [
		-3,
		n0,
		_ITAE,
		{
			[_aQE]: [`IncorrectTrustAnchorException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IncorrectTrustAnchorException$, IncorrectTrustAnchorException);
	var InvalidAliasNameException$ = [
		-3,
		n0,
		_IANE,
		{
			[_aQE]: [`InvalidAliasName`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidAliasNameException$, InvalidAliasNameException);
	var InvalidArnException$ = [
		-3,
		n0,
		_IAE,
		{
			[_aQE]: [`InvalidArn`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidArnException$, InvalidArnException);
	var InvalidCiphertextException$ = [
		-3,
		n0,
		_ICE,
		{
			[_aQE]: [`InvalidCiphertext`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidCiphertextException$, InvalidCiphertextException);
	var InvalidGrantIdException$ = [
		-3,
		n0,
		_IGIE,
		{
			[_aQE]: [`InvalidGrantId`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidGrantIdException$, InvalidGrantIdException);
	var InvalidGrantTokenException$ = [
		-3,
		n0,
		_IGTE,
		{
			[_aQE]: [`InvalidGrantToken`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidGrantTokenException$, InvalidGrantTokenException);
	var InvalidImportTokenException$ = [
		-3,
		n0,
		_IITE,
		{
			[_aQE]: [`InvalidImportTokenException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidImportTokenException$, InvalidImportTokenException);
	var InvalidKeyUsageException$ = [
		-3,
		n0,
		_IKUE,
		{
			[_aQE]: [`InvalidKeyUsage`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidKeyUsageException$, InvalidKeyUsageException);
	var InvalidMarkerException$ = [
		-3,
		n0,
		_IME,
		{
			[_aQE]: [`InvalidMarker`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidMarkerException$, InvalidMarkerException);
	var KeyUnavailableException$ = [
		-3,
		n0,
		_KUE,
		{
			[_aQE]: [`KeyUnavailable`, 500],
			[_e]: _se,
			[_hE]: 500
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KeyUnavailableException$, KeyUnavailableException);
	var KMSInternalException$ = [
		-3,
		n0,
		_KMSIE,
		{
			[_aQE]: [`KMSInternal`, 500],
			[_e]: _se,
			[_hE]: 500
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KMSInternalException$, KMSInternalException);
	var KMSInvalidMacException$ = [
		-3,
		n0,
		_KMSIME,
		{
			[_aQE]: [`KMSInvalidMac`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KMSInvalidMacException$, KMSInvalidMacException);
	var KMSInvalidSignatureException$ = [
		-3,
		n0,
		_KMSISE,
		{
			[_aQE]: [`KMSInvalidSignature`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KMSInvalidSignatureException$, KMSInvalidSignatureException);
	var KMSInvalidStateException$ = [
		-3,
		n0,
		_KMSISEn,
		{
			[_aQE]: [`KMSInvalidStateException`, 409],
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KMSInvalidStateException$, KMSInvalidStateException);
	var LimitExceededException$ = [
		-3,
		n0,
		_LEE,
		{
			[_aQE]: [`LimitExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(LimitExceededException$, LimitExceededException);
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
	var NotFoundException$ = [
		-3,
		n0,
		_NFE,
		{
			[_aQE]: [`NotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NotFoundException$, NotFoundException);
	var TagException$ = [
		-3,
		n0,
		_TE,
		{
			[_aQE]: [`TagException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TagException$, TagException);
	var UnsupportedOperationException$ = [
		-3,
		n0,
		_UOE,
		{
			[_aQE]: [`UnsupportedOperation`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(UnsupportedOperationException$, UnsupportedOperationException);
	var XksKeyAlreadyInUseException$ = [
		-3,
		n0,
		_XKAIUE,
		{
			[_aQE]: [`XksKeyAlreadyInUse`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksKeyAlreadyInUseException$, XksKeyAlreadyInUseException);
	var XksKeyInvalidConfigurationException$ = [
		-3,
		n0,
		_XKICE,
		{
			[_aQE]: [`XksKeyInvalidConfiguration`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksKeyInvalidConfigurationException$, XksKeyInvalidConfigurationException);
	var XksKeyNotFoundException$ = [
		-3,
		n0,
		_XKNFE,
		{
			[_aQE]: [`XksKeyNotFoundException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksKeyNotFoundException$, XksKeyNotFoundException);
	var XksProxyIncorrectAuthenticationCredentialException$ = [
		-3,
		n0,
		_XPIACE,
		{
			[_aQE]: [`XksProxyIncorrectAuthenticationCredentialException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyIncorrectAuthenticationCredentialException$, XksProxyIncorrectAuthenticationCredentialException);
	var XksProxyInvalidConfigurationException$ = [
		-3,
		n0,
		_XPICE,
		{
			[_aQE]: [`XksProxyInvalidConfigurationException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyInvalidConfigurationException$, XksProxyInvalidConfigurationException);
	var XksProxyInvalidResponseException$ = [
		-3,
		n0,
		_XPIRE,
		{
			[_aQE]: [`XksProxyInvalidResponseException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyInvalidResponseException$, XksProxyInvalidResponseException);
	var XksProxyUriEndpointInUseException$ = [
		-3,
		n0,
		_XPUEIUE,
		{
			[_aQE]: [`XksProxyUriEndpointInUseException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyUriEndpointInUseException$, XksProxyUriEndpointInUseException);
	var XksProxyUriInUseException$ = [
		-3,
		n0,
		_XPUIUE,
		{
			[_aQE]: [`XksProxyUriInUseException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyUriInUseException$, XksProxyUriInUseException);
	var XksProxyUriUnreachableException$ = [
		-3,
		n0,
		_XPUUE,
		{
			[_aQE]: [`XksProxyUriUnreachableException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyUriUnreachableException$, XksProxyUriUnreachableException);
	var XksProxyVpcEndpointServiceInUseException$ = [
		-3,
		n0,
		_XPVESIUE,
		{
			[_aQE]: [`XksProxyVpcEndpointServiceInUseException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyVpcEndpointServiceInUseException$, XksProxyVpcEndpointServiceInUseException);
	var XksProxyVpcEndpointServiceInvalidConfigurationException$ = [
		-3,
		n0,
		_XPVESICE,
		{
			[_aQE]: [`XksProxyVpcEndpointServiceInvalidConfigurationException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyVpcEndpointServiceInvalidConfigurationException$, XksProxyVpcEndpointServiceInvalidConfigurationException);
	var XksProxyVpcEndpointServiceNotFoundException$ = [
		-3,
		n0,
		_XPVESNFE,
		{
			[_aQE]: [`XksProxyVpcEndpointServiceNotFoundException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyVpcEndpointServiceNotFoundException$, XksProxyVpcEndpointServiceNotFoundException);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var DescribeKeyRequest$ = [
		3,
		n0,
		_DKR,
		0,
		[_KI, _GT],
		[0, 64],
		1
	];
	var DescribeKeyResponse$ = [
		3,
		n0,
		_DKRe,
		0,
		[_KM],
		[() => KeyMetadata$]
	];
	var KeyMetadata$ = [
		3,
		n0,
		_KM,
		0,
		[
			_KI,
			_AWSAI,
			_A,
			_CD,
			_E,
			_D,
			_KU,
			_KSe,
			_DD,
			_VT,
			_Or,
			_CKSI,
			_CHCI,
			_EM,
			_KMe,
			_CMKS,
			_KS,
			_EAnc,
			_SA,
			_KAAe,
			_EAnca,
			_MR,
			_MRC,
			_PDWID,
			_MAa,
			_XKC,
			_CKMI
		],
		[
			0,
			0,
			0,
			4,
			2,
			0,
			0,
			0,
			4,
			4,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			64,
			64,
			64,
			64,
			2,
			() => MultiRegionConfiguration$,
			1,
			64,
			() => XksKeyConfigurationType$,
			0
		],
		1
	];
	var MultiRegionConfiguration$ = [
		3,
		n0,
		_MRC,
		0,
		[
			_MRKT,
			_PKr,
			_RK
		],
		[
			0,
			() => MultiRegionKey$,
			() => MultiRegionKeyList
		]
	];
	var MultiRegionKey$ = [
		3,
		n0,
		_MRK,
		0,
		[_A, _Re],
		[0, 0]
	];
	var XksKeyConfigurationType$ = [
		3,
		n0,
		_XKCT,
		0,
		[_I],
		[0]
	];
	var MultiRegionKeyList = [
		1,
		n0,
		_MRKL,
		0,
		() => MultiRegionKey$
	];
	var DescribeKey$ = [
		9,
		n0,
		_DK,
		0,
		() => DescribeKeyRequest$,
		() => DescribeKeyResponse$
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2014-11-01",
			base64Decoder: config?.base64Decoder ?? Sha256Node_GsR9Qmcj.It,
			base64Encoder: config?.base64Encoder ?? Sha256Node_GsR9Qmcj.Pt,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultKMSHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new Sha256Node_GsR9Qmcj.l()
			}],
			logger: config?.logger ?? new Sha256Node_GsR9Qmcj.at(),
			protocol: config?.protocol ?? AwsJson1_1Protocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.kms",
				errorTypeRegistries,
				xmlNamespace: "https://trent.amazonaws.com/doc/2014-11-01/",
				version: "2014-11-01",
				serviceTarget: "TrentService"
			},
			serviceId: config?.serviceId ?? "KMS",
			sha256: config?.sha256 ?? Sha256Node_GsR9Qmcj.t,
			urlParser: config?.urlParser ?? Sha256Node_GsR9Qmcj.kt,
			utf8Decoder: config?.utf8Decoder ?? Sha256Node_GsR9Qmcj.Ft,
			utf8Encoder: config?.utf8Encoder ?? Sha256Node_GsR9Qmcj.Nt
		};
	};
	const getRuntimeConfig = (config) => {
		(0, Sha256Node_GsR9Qmcj.ct)(process.version);
		const defaultsMode = (0, Sha256Node_GsR9Qmcj.et)(config);
		const defaultConfigProvider = () => defaultsMode().then(Sha256Node_GsR9Qmcj.lt);
		const clientSharedValues = getRuntimeConfig$1(config);
		(0, Sha256Node_GsR9Qmcj.Rt)(process.version);
		const loaderConfig = {
			profile: config?.profile,
			logger: clientSharedValues.logger
		};
		return {
			...clientSharedValues,
			...config,
			runtime: "node",
			defaultsMode,
			authSchemePreference: config?.authSchemePreference ?? (0, Sha256Node_GsR9Qmcj.yt)(Sha256Node_GsR9Qmcj.c, loaderConfig),
			bodyLengthChecker: config?.bodyLengthChecker ?? Sha256Node_GsR9Qmcj.xt,
			credentialDefaultProvider: config?.credentialDefaultProvider ?? Sha256Node_GsR9Qmcj.i,
			defaultSocketTimeout: (0, Sha256Node_GsR9Qmcj.Lt)(config?.requestHandler, 3e5),
			defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, Sha256Node_GsR9Qmcj.g)({
				serviceId: clientSharedValues.serviceId,
				clientVersion: version
			}),
			maxAttempts: config?.maxAttempts ?? (0, Sha256Node_GsR9Qmcj.yt)(Sha256Node_GsR9Qmcj.y, config),
			region: config?.region ?? (0, Sha256Node_GsR9Qmcj.yt)(Sha256Node_GsR9Qmcj.rt, {
				...Sha256Node_GsR9Qmcj.nt,
				...loaderConfig
			}),
			requestHandler: Sha256Node_GsR9Qmcj.r.create(config?.requestHandler ?? defaultConfigProvider),
			retryMode: config?.retryMode ?? (0, Sha256Node_GsR9Qmcj.yt)({
				...Sha256Node_GsR9Qmcj.b,
				default: async () => (await defaultConfigProvider()).retryMode || Sha256Node_GsR9Qmcj.S
			}, config),
			streamCollector: config?.streamCollector ?? Sha256Node_GsR9Qmcj.W,
			useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, Sha256Node_GsR9Qmcj.yt)(Sha256Node_GsR9Qmcj.vt, loaderConfig),
			useFipsEndpoint: config?.useFipsEndpoint ?? (0, Sha256Node_GsR9Qmcj.yt)(Sha256Node_GsR9Qmcj._t, loaderConfig),
			userAgentAppId: config?.userAgentAppId ?? (0, Sha256Node_GsR9Qmcj.yt)(Sha256Node_GsR9Qmcj.h, loaderConfig)
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
		const extensionConfiguration = Object.assign((0, Sha256Node_GsR9Qmcj.f)(runtimeConfig), (0, Sha256Node_GsR9Qmcj.ot)(runtimeConfig), (0, Sha256Node_GsR9Qmcj.N)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
		extensions.forEach((extension) => extension.configure(extensionConfiguration));
		return Object.assign(runtimeConfig, (0, Sha256Node_GsR9Qmcj.p)(extensionConfiguration), (0, Sha256Node_GsR9Qmcj.st)(extensionConfiguration), (0, Sha256Node_GsR9Qmcj.P)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
	};
	var KMSClient = class extends Sha256Node_GsR9Qmcj.gt {
		config;
		constructor(...[configuration]) {
			const _config_0 = getRuntimeConfig(configuration || {});
			super(_config_0);
			this.initConfig = _config_0;
			const _config_1 = resolveClientEndpointParameters(_config_0);
			const _config_2 = (0, Sha256Node_GsR9Qmcj.C)(_config_1);
			const _config_3 = (0, Sha256Node_GsR9Qmcj.x)(_config_2);
			const _config_4 = (0, Sha256Node_GsR9Qmcj.tt)(_config_3);
			const _config_5 = (0, Sha256Node_GsR9Qmcj.j)(_config_4);
			const _config_6 = (0, Sha256Node_GsR9Qmcj.J)(_config_5);
			const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
			const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
			this.config = _config_8;
			this.middlewareStack.use((0, Sha256Node_GsR9Qmcj.mt)(this.config));
			this.middlewareStack.use((0, Sha256Node_GsR9Qmcj._)(this.config));
			this.middlewareStack.use((0, Sha256Node_GsR9Qmcj.v)(this.config));
			this.middlewareStack.use((0, Sha256Node_GsR9Qmcj.M)(this.config));
			this.middlewareStack.use((0, Sha256Node_GsR9Qmcj.A)(this.config));
			this.middlewareStack.use((0, Sha256Node_GsR9Qmcj.k)(this.config));
			this.middlewareStack.use((0, Sha256Node_GsR9Qmcj.O)(this.config));
			this.middlewareStack.use((0, Sha256Node_GsR9Qmcj.D)(this.config, {
				httpAuthSchemeParametersProvider: defaultKMSHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new Sha256Node_GsR9Qmcj.w({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use((0, Sha256Node_GsR9Qmcj.E)(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = (0, Sha256Node_GsR9Qmcj.it)(commonParams, "TrentService", "KMSClient", Sha256Node_GsR9Qmcj.q);
	const _ep0 = {};
	const _mw0 = (Command, cs, config, o) => [];
	var DescribeKeyCommand = class extends command(_ep0, _mw0, "DescribeKey", DescribeKey$) {};
	;
}) };
