export const id = 1142;
export const ids = [1142];
export const modules = {
	35653: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { t: () => AwsRestJsonProtocol });
		var _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44824);
		var _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31121);
		var _FromStringShapeDeserializer_CBgYI5GS_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32201);
		var _sdk_stream_mixin_Br08yf8t_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17523);
		var _JsonCodec2_Bz3KGPin_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2429);
		function quoteHeader(part) {
			if (part.includes(",") || part.includes("\"")) part = `"${part.replace(/\\/g, "\\\\").replace(/"/g, "\\\"")}"`;
			return part;
		}
		function splitEvery(value, delimiter, numDelimiters) {
			if (numDelimiters <= 0 || !Number.isInteger(numDelimiters)) throw new Error("Invalid number of delimiters (" + numDelimiters + ") for splitEvery.");
			const segments = value.split(delimiter);
			if (numDelimiters === 1) return segments;
			const compoundSegments = [];
			let currentSegment = "";
			for (let i = 0; i < segments.length; i++) {
				if (currentSegment === "") currentSegment = segments[i];
				else currentSegment += delimiter + segments[i];
				if ((i + 1) % numDelimiters === 0) {
					compoundSegments.push(currentSegment);
					currentSegment = "";
				}
			}
			if (currentSegment !== "") compoundSegments.push(currentSegment);
			return compoundSegments;
		}
		var HttpBindingProtocol = class extends _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.L {
			async serializeRequest(operationSchema, _input, context) {
				const input = _input && typeof _input === "object" ? _input : {};
				const query = {};
				const headers = {};
				const endpoint = await context.endpoint();
				const ns = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.z.of(operationSchema?.input);
				const bindings = ns.getHttpBindings().request;
				const operation = (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.B)(operationSchema);
				const request = new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.jt({
					query,
					headers
				});
				if (endpoint) {
					this.updateServiceEndpoint(request, endpoint);
					this.setHostPrefix(request, operationSchema, input, operation);
					const [method, path, staticQuery] = operation;
					if (method) {
						request.method = method;
						request.path = request.path === "/" ? path : request.path + path;
						for (const [key, value] of staticQuery) query[key] = value;
					}
				}
				request.query = query;
				const eventStream = this.serializeHttpBindings(input, request, bindings, operation);
				if (eventStream) request.body = await this.serializeEventStream({
					eventStream,
					requestSchema: ns
				});
				return request;
			}
			serializeHttpBindings(input, request, bindings, operation) {
				const serializer = this.serializer;
				const directSerializer = typeof serializer.writeCodec === "function" ? serializer : void 0;
				const query = request.query;
				const headers = request.headers;
				const bodySchema = bindings.syntheticBodySchema;
				let hasBodyValue = false;
				let payload;
				let eventStream;
				let labels;
				const names = Object.getOwnPropertyNames(input);
				const prototype = Object.getPrototypeOf(input);
				const sparse = (prototype === Object.prototype || prototype === null) && !bindings.hasIdempotency && !bindings.hasPrefixHeaders && names.length * 2 < bindings.memberBindings.length;
				const length = sparse ? names.length : bindings.memberBindings.length;
				for (let i = 0; i < length; ++i) {
					const binding = sparse ? (0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(bindings.byName, names[i]) ? bindings.byName[names[i]] : void 0 : bindings.memberBindings[i];
					if (!binding) continue;
					const value = binding[1];
					const memberName = binding[0];
					const memberNs = value[0];
					const flags = value[1];
					const collectionValue = value[2];
					const location = binding[2];
					const wireName = binding[3];
					const inputMemberValue = input[memberName];
					if (inputMemberValue == null && !(flags >> 10 & 1)) continue;
					if (location === 36) {
						const stream = flags >> 11 & 3;
						if (stream) {
							if (stream === 2) eventStream = inputMemberValue || void 0;
							else payload = inputMemberValue;
						} else {
							if (directSerializer) directSerializer.writeCodec(memberNs, inputMemberValue);
							else serializer.write(memberNs, inputMemberValue);
							payload = serializer.flush();
						}
					} else if (location === 33 || location === 38) {
						const serialized = this.serializeHttpValue(value, inputMemberValue, location, directSerializer);
						if (location === 33) (labels ??= Object.create(null))[memberName] = serialized;
						else headers[wireName] = serialized;
					} else if (location === 39) for (const key in inputMemberValue) {
						if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(inputMemberValue, key)) continue;
						const amalgam = wireName + key;
						headers[amalgam.toLowerCase()] = this.serializeHttpValue(collectionValue, inputMemberValue[key], 38, directSerializer, directSerializer ? collectionValue[0] : [collectionValue[0], { httpHeader: amalgam }]);
					}
					else if ((location & 62) === 34) this.serializeQuery(value, inputMemberValue, wireName, query, directSerializer);
					else hasBodyValue = true;
				}
				const operationPath = operation[1];
				const pathSegments = operation[3];
				if (operationPath && pathSegments && request.path.endsWith(operationPath)) request.path = request.path.slice(0, -operationPath.length) + this.serializePath(pathSegments, labels, bindings);
				if (hasBodyValue && bodySchema) {
					if (directSerializer) directSerializer.writeCodec(bodySchema, input);
					else serializer.write(bodySchema, input);
					payload = serializer.flush();
				}
				request.body = payload;
				return eventStream;
			}
			serializeQuery(value, data, wireName, query, directSerializer) {
				const [ns, flags, collectionValue] = value;
				const traits = directSerializer ? void 0 : ns.getMergedTraits();
				if (wireName === void 0) {
					for (const key in data) {
						if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(data, key) || key in query) continue;
						if (!directSerializer) Object.assign(collectionValue[0].getMergedTraits(), {
							...traits,
							httpQuery: key,
							httpQueryParams: void 0
						});
						this.serializeQuery(collectionValue, data[key], key, query, directSerializer);
					}
					return;
				}
				if ((flags & 192) === 64) {
					const buffer = [];
					for (const item of data) {
						const serialized = this.serializeHttpValue(collectionValue, item, 34, directSerializer, directSerializer ? collectionValue[0] : [collectionValue[0], traits]);
						if (flags >> 13 & 1 || serialized !== void 0) buffer.push(serialized);
					}
					query[wireName] = buffer;
				} else query[wireName] = this.serializeHttpValue(value, data, 34, directSerializer, directSerializer ? ns : [ns, traits]);
			}
			serializeHttpValue(value, data, location, directSerializer, schema = value[0]) {
				const flags = value[1];
				const type = flags & 255;
				if (directSerializer && !(flags & 1792) && (type <= 2 || type === 17 || type === 19)) return String(data);
				if (directSerializer) directSerializer.writeHttpBinding(value, data, location);
				else this.serializer.write(schema, data);
				return this.serializer.flush();
			}
			serializePath(segments, labels, bindings) {
				let path = "";
				for (const [value, kind] of segments) {
					if (kind === 0) {
						path += value;
						continue;
					}
					const replacement = labels?.[value];
					if (replacement === void 0) {
						if ((0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(bindings.byName, value) && bindings.byName[value][2] === 33) throw new Error(`No value provided for input HTTP label: ${value}.`);
						path += `{${value}${kind === 2 ? "+" : ""}}`;
					} else path += kind === 2 ? replacement.split("/").map(_FromStringShapeDeserializer_CBgYI5GS_js__WEBPACK_IMPORTED_MODULE_2__.n).join("/") : (0, _FromStringShapeDeserializer_CBgYI5GS_js__WEBPACK_IMPORTED_MODULE_2__.n)(replacement);
				}
				return path;
			}
			async deserializeResponse(operationSchema, context, response) {
				const deserializer = this.deserializer;
				const directDeserializer = typeof deserializer.readCodec === "function" ? deserializer : void 0;
				const ns = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.z.of(operationSchema.output);
				const responseBindings = ns.getHttpBindings().response;
				const dataObject = {};
				if (response.statusCode >= 300) {
					const bytes = await (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.V)(response.body, context);
					if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(15, bytes));
					await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response));
					throw new Error("@smithy/core/protocols - HTTP Protocol error handler failed to throw.");
				}
				const nonHttpBindingMembers = await this.deserializeHttpMessage(ns, context, response, dataObject);
				if (nonHttpBindingMembers.length) {
					const bytes = await (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.V)(response.body, context);
					if (bytes.byteLength > 0) {
						const dataFromBody = await (directDeserializer ? directDeserializer.readCodec(responseBindings.syntheticBodySchema, bytes) : deserializer.read(responseBindings.syntheticBodySchema, bytes));
						for (const member of nonHttpBindingMembers) if (dataFromBody[member] != null) dataObject[member] = dataFromBody[member];
					}
				} else if (!responseBindings.bindings.payload) await (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.V)(response.body, context);
				dataObject.$metadata = this.deserializeMetadata(response);
				return dataObject;
			}
			async deserializeHttpMessage(schema, context, response, arg4, arg5) {
				const dataObject = arg4 instanceof Set ? arg5 : arg4;
				const deserializer = this.deserializer;
				const directDeserializer = typeof deserializer.readCodec === "function" ? deserializer : void 0;
				const ns = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.z.of(schema);
				const { bodyMemberNames, bindings: { payload, statusCode, headers: responseHeaders, prefixHeaders } } = ns.getHttpBindings().response;
				const headers = response.headers;
				if (payload) {
					const [memberName, value] = payload;
					const [memberSchema, flags] = value;
					const stream = flags >> 11 & 3;
					if (stream) {
						if (stream === 2) dataObject[memberName] = await this.deserializeEventStream({
							response,
							responseSchema: ns
						});
						else dataObject[memberName] = (0, _sdk_stream_mixin_Br08yf8t_js__WEBPACK_IMPORTED_MODULE_3__.t)(response.body);
					} else if (response.body) {
						const bytes = await (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.V)(response.body, context);
						if (bytes.byteLength > 0) dataObject[memberName] = await (directDeserializer ? directDeserializer.readPayload(value, bytes) : deserializer.read(memberSchema, bytes));
					}
				}
				for (const header in headers) {
					if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(headers, header)) continue;
					const lower = header.toLowerCase();
					const headerValue = headers[header];
					if (lower !== header) {
						delete headers[header];
						headers[lower] = headerValue;
					}
					const binding = (0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(responseHeaders, lower) ? responseHeaders[lower] : void 0;
					if (!binding) continue;
					const [memberName, [memberSchema, flags, collectionValue], , wireName] = binding;
					if (collectionValue) {
						const sections = flags >> 16 & 1 ? splitEvery(headerValue, ",", 2) : (0, _FromStringShapeDeserializer_CBgYI5GS_js__WEBPACK_IMPORTED_MODULE_2__.r)(headerValue);
						const list = [];
						for (const section of sections) list.push(directDeserializer ? directDeserializer.readHttpBinding(collectionValue, section.trim(), 38) : await deserializer.read([collectionValue[0], { httpHeader: wireName }], section.trim()));
						dataObject[memberName] = list;
					} else dataObject[memberName] = directDeserializer ? directDeserializer.readHttpBinding(binding[1], headerValue, 38) : await deserializer.read(memberSchema, headerValue);
				}
				for (const [memberName, [, , collectionValue], , wireName] of prefixHeaders) {
					dataObject[memberName] = {};
					for (const header in headers) {
						if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(headers, header)) continue;
						if (!header.startsWith(wireName)) continue;
						const headerValue = headers[header];
						dataObject[memberName][header.slice(wireName.length)] = directDeserializer ? directDeserializer.readHttpBinding(collectionValue, headerValue, 38) : await deserializer.read([collectionValue[0], { httpHeader: header }], headerValue);
					}
				}
				if (statusCode) dataObject[statusCode[0]] = response.statusCode;
				return bodyMemberNames;
			}
		};
		var HttpInterceptingShapeDeserializer = class extends _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.R {
			codecDeserializer;
			stringDeserializer;
			constructor(codecDeserializer, codecSettings) {
				super();
				this.codecDeserializer = codecDeserializer;
				this.stringDeserializer = new _FromStringShapeDeserializer_CBgYI5GS_js__WEBPACK_IMPORTED_MODULE_2__.t(codecSettings);
			}
			setSerdeContext(serdeContext) {
				this.stringDeserializer.setSerdeContext(serdeContext);
				this.codecDeserializer.setSerdeContext(serdeContext);
				this.serdeContext = serdeContext;
			}
			read(schema, data) {
				const ns = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.z.of(schema);
				const traits = ns.getMergedTraits();
				if (traits.httpHeader || traits.httpResponseCode) {
					const value = ns.getHttpBindingValue(38, traits);
					return this.readHttpBinding(value, data, 38);
				}
				if (traits.httpPayload) return this.readPayload(ns.getHttpBindingValue(36, traits), data);
				return this.readCodec(ns, data);
			}
			readHttpBinding(binding, data, location) {
				const value = typeof data === "string" ? data : (this.serdeContext?.utf8Encoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Nt)(data);
				return this.stringDeserializer.readHttpBinding(binding, value, location);
			}
			readPayload([schema, flags], data) {
				const type = flags & 255;
				if (type === 21 || type === 42) return typeof data === "string" ? (this.serdeContext?.utf8Decoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Ft)(data) : data;
				if (type === 0) return typeof data === "string" ? data : (this.serdeContext?.utf8Encoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Nt)(data);
				return this.readCodec(schema, data);
			}
			readCodec(schema, data) {
				return this.codecDeserializer.read(schema, data);
			}
		};
		var ToStringShapeSerializer = class extends _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.R {
			settings;
			stringBuffer = "";
			constructor(settings) {
				super();
				this.settings = settings;
			}
			write(schema, value) {
				const ns = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.z.of(schema);
				const traits = ns.getMergedTraits();
				const location = ns.getHttpBindingLocation(traits);
				this.writeHttpBinding(ns.getHttpBindingValue(location, traits), value, location);
			}
			writeHttpBinding([ns, flags, collectionValue], value, location) {
				const schema = flags & 255;
				switch (typeof value) {
					case "object":
						if (value === null) {
							this.stringBuffer = "null";
							return;
						}
						if (schema >= 4 && schema <= 7) {
							if (!(value instanceof Date)) throw new Error(`@smithy/core/protocols - received non-Date value ${value} when schema expected Date in ${ns.getName(true)}`);
							const bindingFormat = this.settings.httpBindings ? flags >> 14 & 3 : 0;
							switch (this.settings.timestampFormat.useTrait && schema > 4 ? schema : bindingFormat ? bindingFormat + 4 : this.settings.timestampFormat.default) {
								case 5:
									this.stringBuffer = value.toISOString().replace(".000Z", "Z");
									break;
								case 6:
									this.stringBuffer = (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.wt)(value);
									break;
								case 7:
									this.stringBuffer = String(value.getTime() / 1e3);
									break;
								default:
									console.warn("Missing timestamp format, using epoch seconds", value);
									this.stringBuffer = String(value.getTime() / 1e3);
							}
							return;
						}
						if ((schema === 21 || schema === 42) && "byteLength" in value) {
							this.stringBuffer = (this.serdeContext?.base64Encoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Pt)(value);
							return;
						}
						if ((schema & 192) === 64 && Array.isArray(value)) {
							collectionValue ??= ns.getHttpBindingCollectionValue(location);
							const valueSchemaType = collectionValue[1] & 255;
							const isTimestamp = valueSchemaType >= 4 && valueSchemaType <= 7;
							let buffer = "";
							for (const item of value) {
								this.writeHttpBinding(collectionValue, item, location);
								const headerItem = this.flush();
								if (buffer) buffer += ", ";
								buffer += isTimestamp ? headerItem : quoteHeader(headerItem);
							}
							this.stringBuffer = buffer;
							return;
						}
						this.stringBuffer = JSON.stringify(value, null, 2);
						break;
					case "string":
						const media = flags >> 8 & 3;
						let intermediateValue = value;
						if (media === 2) intermediateValue = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Ct.from(intermediateValue);
						if (media && (location & 6) === 6) {
							this.stringBuffer = (this.serdeContext?.base64Encoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Pt)(intermediateValue.toString());
							return;
						}
						this.stringBuffer = value;
						break;
					default: this.stringBuffer = flags >> 10 & 1 ? (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.H)() : String(value);
				}
			}
			flush() {
				const buffer = this.stringBuffer;
				this.stringBuffer = "";
				return buffer;
			}
		};
		var HttpInterceptingShapeSerializer = class {
			codecSerializer;
			stringSerializer;
			buffer;
			constructor(codecSerializer, codecSettings, stringSerializer = new ToStringShapeSerializer(codecSettings)) {
				this.codecSerializer = codecSerializer;
				this.stringSerializer = stringSerializer;
			}
			setSerdeContext(serdeContext) {
				this.codecSerializer.setSerdeContext(serdeContext);
				this.stringSerializer.setSerdeContext(serdeContext);
			}
			write(schema, value) {
				const ns = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.z.of(schema);
				const traits = ns.getMergedTraits();
				if (traits.httpHeader || traits.httpLabel || traits.httpQuery) {
					const location = ns.getHttpBindingLocation(traits);
					this.writeHttpBinding(ns.getHttpBindingValue(location, traits), value, location);
					return;
				}
				this.writeCodec(ns, value);
			}
			writeHttpBinding(binding, value, location) {
				this.stringSerializer.writeHttpBinding(binding, value, location);
				this.buffer = this.stringSerializer.flush();
			}
			writeCodec(schema, value) {
				this.codecSerializer.write(schema, value);
			}
			flush() {
				if (this.buffer !== void 0) {
					const buffer = this.buffer;
					this.buffer = void 0;
					return buffer;
				}
				return this.codecSerializer.flush();
			}
		};
		var AwsRestJsonProtocol = class extends HttpBindingProtocol {
			serializer;
			deserializer;
			codec;
			mixin = new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.n();
			constructor({ defaultNamespace, errorTypeRegistries, jsonCodec }) {
				super({
					defaultNamespace,
					errorTypeRegistries
				});
				const settings = {
					timestampFormat: {
						useTrait: true,
						default: 7
					},
					httpBindings: true,
					jsonName: true
				};
				this.codec = jsonCodec ?? new _JsonCodec2_Bz3KGPin_js__WEBPACK_IMPORTED_MODULE_4__.t(settings);
				this.serializer = new HttpInterceptingShapeSerializer(this.codec.createSerializer(), settings);
				this.deserializer = new HttpInterceptingShapeDeserializer(this.codec.createDeserializer(), settings);
			}
			getShapeId() {
				return "aws.protocols#restJson1";
			}
			getPayloadCodec() {
				return this.codec;
			}
			setSerdeContext(serdeContext) {
				this.codec.setSerdeContext(serdeContext);
				super.setSerdeContext(serdeContext);
			}
			async serializeRequest(operationSchema, input, context) {
				const request = await super.serializeRequest(operationSchema, input, context);
				const inputSchema = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.pt.of(operationSchema.input);
				if (!request.headers["content-type"]) {
					const contentType = this.mixin.resolveRestContentType(this.getDefaultContentType(), inputSchema);
					if (contentType) request.headers["content-type"] = contentType;
				}
				if (request.body == null && request.headers["content-type"] === this.getDefaultContentType()) request.body = "{}";
				return request;
			}
			async deserializeResponse(operationSchema, context, response) {
				const output = await super.deserializeResponse(operationSchema, context, response);
				const outputSchema = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.pt.of(operationSchema.output);
				for (const [name, member] of outputSchema.structIterator()) if (member.getMemberTraits().httpPayload && !(name in output)) output[name] = null;
				return output;
			}
			async handleError(operationSchema, context, response, dataObject, metadata) {
				const errorIdentifier = (0, _JsonCodec2_Bz3KGPin_js__WEBPACK_IMPORTED_MODULE_4__.r)(response, dataObject) ?? "Unknown";
				this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
				const { errorSchema, errorMetadata } = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata);
				const ns = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.pt.of(errorSchema);
				const message = dataObject.message ?? dataObject.Message ?? "UnknownError";
				const exception = new ((this.compositeErrorRegistry.getErrorCtor(errorSchema)) ?? Error)({});
				await this.deserializeHttpMessage(errorSchema, context, response, dataObject);
				const output = {};
				const errorDeserializer = this.codec.createDeserializer();
				for (const [name, member] of ns.structIterator()) {
					const target = member.getMergedTraits().jsonName ?? name;
					output[name] = errorDeserializer.readObject(member, dataObject[target]);
				}
				throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
					$fault: ns.getMergedTraits().error,
					message
				}, output), dataObject);
			}
			getDefaultContentType() {
				return "application/json";
			}
		};
	}),
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
