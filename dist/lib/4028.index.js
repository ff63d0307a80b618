export const id = 4028;
export const ids = [4028];
export const modules = {
	54028: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { fromHttp: () => fromHttp });
		var _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35430);
		var _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19525);
		var _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44824);
		var _sdk_stream_mixin_Br08yf8t_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17523);
		var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
		const ECS_CONTAINER_HOST = "169.254.170.2";
		const EKS_CONTAINER_HOST_IPv4 = "169.254.170.23";
		const EKS_CONTAINER_HOST_IPv6 = "[fd00:ec2::23]";
		const checkUrl = (url, logger) => {
			if (url.protocol === "https:") return;
			if (url.hostname === ECS_CONTAINER_HOST || url.hostname === EKS_CONTAINER_HOST_IPv4 || url.hostname === EKS_CONTAINER_HOST_IPv6) return;
			if (url.hostname.includes("[")) {
				if (url.hostname === "[::1]" || url.hostname === "[0000:0000:0000:0000:0000:0000:0000:0001]") return;
			} else {
				if (url.hostname === "localhost") return;
				const ipComponents = url.hostname.split(".");
				const inRange = (component) => {
					const num = parseInt(component, 10);
					return 0 <= num && num <= 255;
				};
				if (ipComponents[0] === "127" && inRange(ipComponents[1]) && inRange(ipComponents[2]) && inRange(ipComponents[3]) && ipComponents.length === 4) return;
			}
			throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t(`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`, { logger });
		};
		function createGetRequest(url) {
			return new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_1__.jt({
				protocol: url.protocol,
				hostname: url.hostname,
				port: Number(url.port),
				path: url.pathname,
				query: Array.from(url.searchParams.entries()).reduce((acc, [k, v]) => {
					acc[k] = v;
					return acc;
				}, {}),
				fragment: url.hash
			});
		}
		async function getCredentials(response, logger) {
			const str = await (0, _sdk_stream_mixin_Br08yf8t_js__WEBPACK_IMPORTED_MODULE_2__.t)(response.body).transformToString();
			if (response.statusCode === 200) {
				const parsed = JSON.parse(str);
				if (typeof parsed.AccessKeyId !== "string" || typeof parsed.SecretAccessKey !== "string" || typeof parsed.Token !== "string" || typeof parsed.Expiration !== "string") throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t("HTTP credential provider response not of the required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }", { logger });
				return {
					accessKeyId: parsed.AccessKeyId,
					secretAccessKey: parsed.SecretAccessKey,
					sessionToken: parsed.Token,
					expiration: (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_1__.Et)(parsed.Expiration)
				};
			}
			if (response.statusCode >= 400 && response.statusCode < 500) {
				let parsedBody = {};
				try {
					parsedBody = JSON.parse(str);
				} catch (e) {}
				throw Object.assign(new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t(`Server responded with status: ${response.statusCode}`, { logger }), {
					Code: parsedBody.Code,
					Message: parsedBody.Message
				});
			}
			throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t(`Server responded with status: ${response.statusCode}`, { logger });
		}
		const retryWrapper = (toRetry, maxRetries, delayMs) => {
			return async () => {
				for (let i = 0; i < maxRetries; ++i) try {
					return await toRetry();
				} catch (e) {
					await new Promise((resolve) => setTimeout(resolve, delayMs));
				}
				return await toRetry();
			};
		};
		const AWS_CONTAINER_CREDENTIALS_RELATIVE_URI = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI";
		const DEFAULT_LINK_LOCAL_HOST = "http://169.254.170.2";
		const AWS_CONTAINER_CREDENTIALS_FULL_URI = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
		const AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE";
		const AWS_CONTAINER_AUTHORIZATION_TOKEN = "AWS_CONTAINER_AUTHORIZATION_TOKEN";
		const fromHttp = (options = {}) => {
			options.logger?.debug("@aws-sdk/credential-provider-http - fromHttp");
			let host;
			const relative = options.awsContainerCredentialsRelativeUri ?? process.env[AWS_CONTAINER_CREDENTIALS_RELATIVE_URI];
			const full = options.awsContainerCredentialsFullUri ?? process.env[AWS_CONTAINER_CREDENTIALS_FULL_URI];
			const token = options.awsContainerAuthorizationToken ?? process.env[AWS_CONTAINER_AUTHORIZATION_TOKEN];
			const tokenFile = options.awsContainerAuthorizationTokenFile ?? process.env[AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE];
			const warn = options.logger?.constructor?.name === "NoOpLogger" || !options.logger?.warn ? console.warn : options.logger.warn.bind(options.logger);
			if (relative && full) {
				warn("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsContainerCredentialsFullUri.");
				warn("awsContainerCredentialsRelativeUri will take precedence.");
			}
			if (token && tokenFile) {
				warn("@aws-sdk/credential-provider-http: you have set both awsContainerAuthorizationToken and awsContainerAuthorizationTokenFile.");
				warn("awsContainerAuthorizationTokenFile will take precedence.");
			}
			if (relative) host = `${DEFAULT_LINK_LOCAL_HOST}${relative}`;
			else if (full) host = full;
			else throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`, { logger: options.logger });
			const url = new URL(host);
			checkUrl(url, options.logger);
			const requestHandler = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_1__.r.create({ connectionTimeout: options.timeout ?? 1e3 });
			const requestTimeout = options.timeout ?? 1e3;
			const provider = retryWrapper(async () => {
				const request = createGetRequest(url);
				if (tokenFile) request.headers.Authorization = validateToken((await node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile(tokenFile)).toString());
				else if (token) request.headers.Authorization = validateToken(token);
				try {
					return getCredentials((await requestHandler.handle(request, { requestTimeout })).response).then((creds) => (0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_4__.t)(creds, "CREDENTIALS_HTTP", "z"));
				} catch (e) {
					throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t(String(e), { logger: options.logger });
				}
			}, options.maxRetries ?? 3, options.timeout ?? 1e3);
			return async () => {
				try {
					return await provider();
				} finally {
					requestHandler.destroy?.();
				}
			};
		};
		const validateToken = (token) => {
			if (token.includes("\r\n")) throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_0__.t("Authorization token contains invalid \\r\\n sequence.");
			return token;
		};
	}),
	17523: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { t: () => sdkStreamMixin });
		var _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31121);
		var _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44824);
		var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
		const fromUtf8 = (input) => new TextEncoder().encode(input);
		const chars = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/`;
		Object.entries(chars).reduce((acc, [i, c]) => {
			acc[c] = Number(i);
			return acc;
		}, {});
		const alphabetByValue = chars.split("");
		function toBase64(_input) {
			let input;
			if (typeof _input === "string") input = fromUtf8(_input);
			else input = _input;
			const isArrayLike = typeof input === "object" && typeof input.length === "number";
			const isUint8Array = typeof input === "object" && typeof input.byteOffset === "number" && typeof input.byteLength === "number";
			if (!isArrayLike && !isUint8Array) throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");
			let str = "";
			for (let i = 0; i < input.length; i += 3) {
				let bits = 0;
				let bitLength = 0;
				for (let j = i, limit = Math.min(i + 3, input.length); j < limit; j++) {
					bits |= input[j] << (limit - j - 1) * 8;
					bitLength += 8;
				}
				const bitClusterCount = Math.ceil(bitLength / 6);
				bits <<= bitClusterCount * 6 - bitLength;
				for (let k = 1; k <= bitClusterCount; k++) {
					const offset = (bitClusterCount - k) * 6;
					str += alphabetByValue[(bits & 63 << offset) >> offset];
				}
				str += "==".slice(0, 4 - bitClusterCount);
			}
			return str;
		}
		const toUtf8 = (input) => {
			if (typeof input === "string") return input;
			if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");
			return new TextDecoder("utf-8").decode(input);
		};
		const ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED$1 = "The stream has already been transformed.";
		const sdkStreamMixin$1 = (stream) => {
			if (!isBlobInstance(stream) && !(0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_1__.K)(stream)) {
				const name = stream?.__proto__?.constructor?.name || stream;
				throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${name}`);
			}
			let transformed = false;
			const transformToByteArray = async () => {
				if (transformed) throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED$1);
				transformed = true;
				return await (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_1__.G)(stream);
			};
			const blobToWebStream = (blob) => {
				if (typeof blob.stream !== "function") throw new Error("Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.\nIf you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body");
				return blob.stream();
			};
			return Object.assign(stream, {
				transformToByteArray,
				transformToString: async (encoding) => {
					const buf = await transformToByteArray();
					if (encoding === "base64") return toBase64(buf);
					else if (encoding === "hex") return (0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_0__.n)(buf);
					else if (encoding === void 0 || encoding === "utf8" || encoding === "utf-8") return toUtf8(buf);
					else if (typeof TextDecoder === "function") return new TextDecoder(encoding).decode(buf);
					else throw new Error("TextDecoder is not available, please make sure polyfill is provided.");
				},
				transformToWebStream: () => {
					if (transformed) throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED$1);
					transformed = true;
					if (isBlobInstance(stream)) return blobToWebStream(stream);
					else if ((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_1__.K)(stream)) return stream;
					else throw new Error(`Cannot transform payload to web stream, got ${stream}`);
				}
			});
		};
		const isBlobInstance = (stream) => typeof Blob === "function" && stream instanceof Blob;
		const ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED = "The stream has already been transformed.";
		const sdkStreamMixin = (stream) => {
			if (!(stream instanceof node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable)) try {
				return sdkStreamMixin$1(stream);
			} catch (ignored) {
				const name = stream?.__proto__?.constructor?.name || stream;
				throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${name}`);
			}
			let transformed = false;
			const transformToByteArray = async () => {
				if (transformed) throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED);
				transformed = true;
				return await (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_1__.W)(stream);
			};
			return Object.assign(stream, {
				transformToByteArray,
				transformToString: async (encoding) => {
					const buf = await transformToByteArray();
					if (encoding === void 0 || Buffer.isEncoding(encoding)) return (0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_0__.i)(buf.buffer, buf.byteOffset, buf.byteLength).toString(encoding);
					else return new TextDecoder(encoding).decode(buf);
				},
				transformToWebStream: () => {
					if (transformed) throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED);
					if (stream.readableFlowing !== null) throw new Error("The stream has been consumed by other callbacks.");
					if (typeof node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.toWeb !== "function") throw new Error("Readable.toWeb() is not supported. Please ensure a polyfill is available.");
					transformed = true;
					return node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.toWeb(stream);
				}
			});
		};
	})
};
