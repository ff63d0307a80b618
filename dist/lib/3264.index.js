export const id = 3264;
export const ids = [3264];
export const modules = {
	83583: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { t: () => AwsQueryProtocol });
		var _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44824);
		var _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31121);
		var _FromStringShapeDeserializer_CBgYI5GS_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32201);
		const getValueFromTextNode = (obj) => {
			const textNodeName = "#text";
			for (const key in obj) {
				if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(obj, key)) continue;
				if (obj[key][textNodeName] !== void 0) obj[key] = obj[key][textNodeName];
				else if (typeof obj[key] === "object" && obj[key] !== null) obj[key] = getValueFromTextNode(obj[key]);
			}
			return obj;
		};
		function writeKey$1(obj) {
			Object.defineProperty(obj, "__proto__", {
				value: void 0,
				writable: true,
				enumerable: true,
				configurable: true
			});
		}
		function parseXML(xml) {
			return new AwsXmlParser(xml).parse();
		}
		var AwsXmlParser = class AwsXmlParser {
			x;
			i = 0;
			z;
			constructor(x) {
				this.x = x;
				this.x = x.replace(/\r\n?/g, "\n");
				this.z = this.x.length;
			}
			parse() {
				const p = this;
				const { z } = p;
				while (p.i < z) {
					p.trim();
					if (p.i >= z) break;
					if (p.isNext("<?")) {
						p.readTo("?>");
						p.trim();
					} else if (p.isNext("<!--")) {
						p.readTo("-->");
						p.trim();
					} else if (p.isNext("<!DOCTYPE", false)) {
						p.skipDoctype();
						p.trim();
					} else if (p.x[p.i] === "<") {
						const root = p.parseTag();
						return { [root.tag]: root.value };
					} else throw new Error("@aws-sdk XML parse error: unexpected content.");
				}
				throw new Error("@aws-sdk XML parse error: no root element.");
			}
			isNext(s, caseSensitive = true) {
				const p = this;
				if (caseSensitive) return p.x.startsWith(s, p.i);
				return p.x.toLowerCase().startsWith(s.toLowerCase(), p.i);
			}
			readTo(stop) {
				const p = this;
				const _i = p.x.indexOf(stop, p.i);
				if (_i === -1) throw new Error(`@aws-sdk XML parse error: expected "${stop}" not found.`);
				const result = p.x.slice(p.i, _i);
				p.i = _i + stop.length;
				return result;
			}
			trim() {
				const p = this;
				while (p.i < p.z && " 	\r\n".includes(p.x[p.i])) ++p.i;
			}
			readAttrValue() {
				const p = this;
				const quote = p.x[p.i];
				++p.i;
				let value = "";
				while (p.i < p.z && p.x[p.i] !== quote) value += p.x[p.i++];
				++p.i;
				return p.decodeEntities(value);
			}
			parseTag() {
				const p = this;
				++p.i;
				let tag = "";
				while (p.i < p.z && !" 	\r\n>/".includes(p.x[p.i])) tag += p.x[p.i++];
				let hasAttrs = false;
				const attrs = {};
				while (p.i < p.z) {
					p.trim();
					if (">/".includes(p.x[p.i])) break;
					let name = "";
					while (p.i < p.z && !"= 	\r\n>/?".includes(p.x[p.i])) name += p.x[p.i++];
					p.trim();
					if (p.x[p.i] !== "=") break;
					++p.i;
					p.trim();
					if (name === "__proto__") writeKey$1(attrs);
					attrs[name] = p.readAttrValue();
					hasAttrs = true;
				}
				if (p.i >= p.z) throw new Error("@aws-sdk XML parse error: unexpected end of input.");
				if (p.x[p.i] === "/") {
					++p.i;
					if (p.i >= p.z || p.x[p.i] !== ">") throw new Error("@aws-sdk XML parse error: expected > at the end of self-closing tag.");
					++p.i;
					return {
						tag,
						value: hasAttrs ? attrs : ""
					};
				}
				if (p.x[p.i] !== ">") throw new Error("@aws-sdk XML parse error: expected > at the end of opening tag.");
				++p.i;
				const textParts = [];
				const childTags = [];
				let hasElementChild = false;
				while (p.i < p.z) {
					if (p.isNext("</")) break;
					if (p.x[p.i] === "<") {
						if (p.isNext("<!--")) p.readTo("-->");
						else if (p.isNext("<![CDATA[")) {
							p.i += 9;
							textParts.push(p.readTo("]]>"));
						} else if (p.isNext("<?")) p.readTo("?>");
						else {
							hasElementChild = true;
							childTags.push(p.parseTag());
						}
					} else {
						let text = "";
						while (p.i < p.z && p.x[p.i] !== "<") text += p.x[p.i++];
						textParts.push(p.decodeEntities(text));
					}
				}
				if (!p.isNext("</")) throw new Error(`@aws-sdk XML parse error: missing closing tag </${tag}>.`);
				p.i += 2;
				const closeTag = p.readTo(">").trim();
				if (closeTag !== tag) throw new Error(`@aws-sdk XML parse error: mismatched tags <${tag}> and </${closeTag}>.`);
				if (!hasAttrs && textParts.length === 0 && !hasElementChild) return {
					tag,
					value: ""
				};
				if (!hasAttrs && !hasElementChild) {
					const text = textParts.length === 1 ? textParts[0] : textParts.join("");
					if (text.trim() === "" && text.includes("\n")) return {
						tag,
						value: ""
					};
					return {
						tag,
						value: text
					};
				}
				const obj = {};
				for (const text of textParts) {
					if (text.trim() === "" && text.includes("\n")) continue;
					obj["#text"] = "#text" in obj ? obj["#text"] + text : text;
				}
				for (const child of childTags) {
					if (child.tag === "__proto__") writeKey$1(obj);
					if (child.tag in obj) {
						if (Array.isArray(obj[child.tag])) obj[child.tag].push(child.value);
						else obj[child.tag] = [obj[child.tag], child.value];
					} else obj[child.tag] = child.value;
				}
				for (const [k, v] of Object.entries(attrs)) {
					if (k === "__proto__") writeKey$1(obj);
					obj[k] = v;
				}
				return {
					tag,
					value: obj
				};
			}
			static ENTITIES = {
				amp: "&",
				lt: "<",
				gt: ">",
				quot: "\"",
				apos: "'"
			};
			skipDoctype() {
				const p = this;
				p.i += 9;
				let depth = 0;
				while (p.i < p.z) {
					const c = p.x[p.i];
					if (c === "[") ++depth;
					else if (c === "]") --depth;
					else if (c === ">" && depth === 0) {
						++p.i;
						return;
					}
					++p.i;
				}
				throw new Error("@aws-sdk XML parse error: unclosed DOCTYPE.");
			}
			decodeEntities(s) {
				return s.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g, (_, hex, dec, named) => {
					if (hex) return String.fromCharCode(parseInt(hex, 16));
					if (dec) return String.fromCharCode(parseInt(dec, 10));
					return AwsXmlParser.ENTITIES[named] ?? "";
				});
			}
		};
		var SerdeContextConfig = class {
			serdeContext;
			setSerdeContext(serdeContext) {
				this.serdeContext = serdeContext;
			}
		};
		var UnionSerde = class {
			from;
			to;
			keys;
			constructor(from, to) {
				this.from = from;
				this.to = to;
				const keys = Object.keys(this.from);
				const set = new Set(keys);
				set.delete("__type");
				this.keys = set;
			}
			mark(key) {
				this.keys.delete(key);
			}
			hasUnknown() {
				return this.keys.size === 1 && Object.keys(this.to).length === 0;
			}
			writeUnknown() {
				if (this.hasUnknown()) {
					const k = this.keys.values().next().value;
					const v = this.from[k];
					this.to.$unknown = [k, v];
				}
			}
		};
		function writeKey(obj) {
			Object.defineProperty(obj, "__proto__", {
				value: void 0,
				writable: true,
				enumerable: true,
				configurable: true
			});
		}
		var XmlShapeDeserializer = class extends SerdeContextConfig {
			settings;
			stringDeserializer;
			constructor(settings) {
				super();
				this.settings = settings;
				this.stringDeserializer = new _FromStringShapeDeserializer_CBgYI5GS_js__WEBPACK_IMPORTED_MODULE_2__.t(settings);
			}
			setSerdeContext(serdeContext) {
				this.serdeContext = serdeContext;
				this.stringDeserializer.setSerdeContext(serdeContext);
			}
			read(schema, bytes, key) {
				const ns = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.pt.of(schema);
				const memberSchemas = ns.getMemberSchemas();
				if (ns.isStructSchema() && ns.isMemberSchema() && !!Object.values(memberSchemas).find((memberNs) => {
					return !!memberNs.getMemberTraits().eventPayload;
				})) {
					const output = {};
					const memberName = Object.keys(memberSchemas)[0];
					if (memberSchemas[memberName].isBlobSchema()) output[memberName] = bytes;
					else output[memberName] = this.read(memberSchemas[memberName], bytes);
					return output;
				}
				const xmlString = (this.serdeContext?.utf8Encoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Nt)(bytes);
				const parsedObject = this.parseXml(xmlString);
				return this.readSchema(schema, key ? parsedObject[key] : parsedObject);
			}
			readSchema(_schema, value) {
				const ns = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.pt.of(_schema);
				if (ns.isUnitSchema()) return;
				const traits = ns.getMergedTraits();
				if (ns.isListSchema() && !Array.isArray(value)) return this.readSchema(ns, [value]);
				if (value == null) return value;
				if (typeof value === "object") {
					const flat = !!traits.xmlFlattened;
					if (ns.isListSchema()) {
						const listValue = ns.getValueSchema();
						const buffer = [];
						const sourceKey = listValue.getMergedTraits().xmlName ?? "member";
						const source = flat ? value : (value[0] ?? value)[sourceKey];
						if (source == null) return buffer;
						const sourceArray = Array.isArray(source) ? source : [source];
						for (const v of sourceArray) buffer.push(this.readSchema(listValue, v));
						return buffer;
					}
					const buffer = {};
					if (ns.isMapSchema()) {
						const keyNs = ns.getKeySchema();
						const memberNs = ns.getValueSchema();
						let entries;
						if (flat) entries = Array.isArray(value) ? value : [value];
						else entries = Array.isArray(value.entry) ? value.entry : [value.entry];
						const keyProperty = keyNs.getMergedTraits().xmlName ?? "key";
						const valueProperty = memberNs.getMergedTraits().xmlName ?? "value";
						for (const entry of entries) {
							const key = entry[keyProperty];
							const value = entry[valueProperty];
							if (key === "__proto__") writeKey(buffer);
							buffer[key] = this.readSchema(memberNs, value);
						}
						return buffer;
					}
					if (ns.isStructSchema()) {
						const union = ns.isUnionSchema();
						let unionSerde;
						if (union) unionSerde = new UnionSerde(value, buffer);
						for (const [memberName, memberSchema] of ns.structIterator()) {
							const memberTraits = memberSchema.getMergedTraits();
							const xmlObjectKey = !memberTraits.httpPayload ? memberSchema.getMemberTraits().xmlName ?? memberName : memberTraits.xmlName ?? memberSchema.getName();
							if (union) unionSerde.mark(xmlObjectKey);
							if (value[xmlObjectKey] != null) buffer[memberName] = this.readSchema(memberSchema, value[xmlObjectKey]);
						}
						if (union) unionSerde.writeUnknown();
						return buffer;
					}
					if (ns.isDocumentSchema()) return value;
					throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${ns.getName(true)}`);
				}
				if (ns.isListSchema()) return [];
				if (ns.isMapSchema() || ns.isStructSchema()) return {};
				return this.stringDeserializer.read(ns, value);
			}
			parseXml(xml) {
				if (xml.length) {
					let parsedObj;
					try {
						parsedObj = parseXML(xml);
					} catch (e) {
						if (e && typeof e === "object") Object.defineProperty(e, "$responseBodyText", { value: xml });
						throw e;
					}
					const textNodeName = "#text";
					const key = Object.keys(parsedObj)[0];
					const parsedObjToReturn = parsedObj[key];
					if (parsedObjToReturn[textNodeName]) {
						parsedObjToReturn[key] = parsedObjToReturn[textNodeName];
						delete parsedObjToReturn[textNodeName];
					}
					return getValueFromTextNode(parsedObjToReturn);
				}
				return {};
			}
		};
		var QueryShapeSerializer = class extends SerdeContextConfig {
			settings;
			buffer;
			constructor(settings) {
				super();
				this.settings = settings;
			}
			write(schema, value, prefix = "") {
				if (this.buffer === void 0) this.buffer = "";
				const ns = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.pt.of(schema);
				if (prefix && !prefix.endsWith(".")) prefix += ".";
				if (ns.isBlobSchema()) {
					if (typeof value === "string" || value instanceof Uint8Array) {
						this.writeKey(prefix);
						this.writeValue((this.serdeContext?.base64Encoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Pt)(value));
					}
				} else if (ns.isBooleanSchema() || ns.isNumericSchema() || ns.isStringSchema()) {
					if (value != null) {
						this.writeKey(prefix);
						this.writeValue(String(value));
					} else if (ns.isIdempotencyToken()) {
						this.writeKey(prefix);
						this.writeValue((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.H)());
					}
				} else if (ns.isBigIntegerSchema()) {
					if (value != null) {
						this.writeKey(prefix);
						this.writeValue(String(value));
					}
				} else if (ns.isBigDecimalSchema()) {
					if (value != null) {
						this.writeKey(prefix);
						this.writeValue(value instanceof _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.St ? value.string : String(value));
					}
				} else if (ns.isTimestampSchema()) {
					if (value instanceof Date) {
						this.writeKey(prefix);
						switch ((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.F)(ns, this.settings)) {
							case 5:
								this.writeValue(value.toISOString().replace(".000Z", "Z"));
								break;
							case 6:
								this.writeValue((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.wt)(value));
								break;
							case 7: this.writeValue(String(value.getTime() / 1e3));
						}
					}
				} else if (ns.isDocumentSchema()) {
					if (Array.isArray(value)) this.write(79, value, prefix);
					else if (value instanceof Date) this.write(4, value, prefix);
					else if (value instanceof Uint8Array) this.write(21, value, prefix);
					else if (value && typeof value === "object") this.write(143, value, prefix);
					else {
						this.writeKey(prefix);
						this.writeValue(String(value));
					}
				} else if (ns.isListSchema()) {
					if (Array.isArray(value)) {
						if (value.length === 0) {
							if (this.settings.serializeEmptyLists) {
								this.writeKey(prefix);
								this.writeValue("");
							}
						} else {
							const member = ns.getValueSchema();
							const flat = this.settings.flattenLists || ns.getMergedTraits().xmlFlattened;
							let i = 1;
							for (const item of value) {
								if (item == null) continue;
								const traits = member.getMergedTraits();
								const suffix = this.getKey("member", traits.xmlName, traits.ec2QueryName);
								const key = flat ? `${prefix}${i}` : `${prefix}${suffix}.${i}`;
								this.write(member, item, key);
								++i;
							}
						}
					}
				} else if (ns.isMapSchema()) {
					if (value && typeof value === "object") {
						const keySchema = ns.getKeySchema();
						const memberSchema = ns.getValueSchema();
						const flat = ns.getMergedTraits().xmlFlattened;
						let i = 1;
						for (const k in value) {
							const v = value[k];
							if (v == null) continue;
							const keyTraits = keySchema.getMergedTraits();
							const keySuffix = this.getKey("key", keyTraits.xmlName, keyTraits.ec2QueryName);
							const key = flat ? `${prefix}${i}.${keySuffix}` : `${prefix}entry.${i}.${keySuffix}`;
							const valTraits = memberSchema.getMergedTraits();
							const valueSuffix = this.getKey("value", valTraits.xmlName, valTraits.ec2QueryName);
							const valueKey = flat ? `${prefix}${i}.${valueSuffix}` : `${prefix}entry.${i}.${valueSuffix}`;
							this.write(keySchema, k, key);
							this.write(memberSchema, v, valueKey);
							++i;
						}
					}
				} else if (ns.isStructSchema()) {
					if (value && typeof value === "object") {
						let didWriteMember = false;
						for (const [memberName, member] of ns.structIterator()) {
							if (value[memberName] == null && !member.isIdempotencyToken()) continue;
							const traits = member.getMergedTraits();
							const suffix = this.getKey(memberName, traits.xmlName, traits.ec2QueryName, "struct");
							const key = `${prefix}${suffix}`;
							this.write(member, value[memberName], key);
							didWriteMember = true;
						}
						if (!didWriteMember && ns.isUnionSchema()) {
							const { $unknown } = value;
							if (Array.isArray($unknown)) {
								const [k, v] = $unknown;
								const key = `${prefix}${k}`;
								this.write(15, v, key);
							}
						}
					}
				} else if (ns.isUnitSchema()) {} else throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${ns.getName(true)}`);
			}
			flush() {
				if (this.buffer === void 0) throw new Error("@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");
				const str = this.buffer;
				delete this.buffer;
				return str;
			}
			getKey(memberName, xmlName, ec2QueryName, keySource) {
				const { ec2, capitalizeKeys } = this.settings;
				if (ec2 && ec2QueryName) return ec2QueryName;
				const key = xmlName ?? memberName;
				if (capitalizeKeys && keySource === "struct") return key[0].toUpperCase() + key.slice(1);
				return key;
			}
			writeKey(key) {
				if (key.endsWith(".")) key = key.slice(0, key.length - 1);
				this.buffer += `&${(0, _FromStringShapeDeserializer_CBgYI5GS_js__WEBPACK_IMPORTED_MODULE_2__.n)(key)}=`;
			}
			writeValue(value) {
				this.buffer += (0, _FromStringShapeDeserializer_CBgYI5GS_js__WEBPACK_IMPORTED_MODULE_2__.n)(value);
			}
		};
		var AwsQueryProtocol = class extends _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.I {
			options;
			serializer;
			deserializer;
			mixin = new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.n();
			constructor(options) {
				super({
					defaultNamespace: options.defaultNamespace,
					errorTypeRegistries: options.errorTypeRegistries
				});
				this.options = options;
				const settings = {
					timestampFormat: {
						useTrait: true,
						default: 5
					},
					httpBindings: false,
					xmlNamespace: options.xmlNamespace,
					serviceNamespace: options.defaultNamespace,
					serializeEmptyLists: true
				};
				this.serializer = new QueryShapeSerializer(settings);
				this.deserializer = new XmlShapeDeserializer(settings);
			}
			getShapeId() {
				return "aws.protocols#awsQuery";
			}
			setSerdeContext(serdeContext) {
				this.serializer.setSerdeContext(serdeContext);
				this.deserializer.setSerdeContext(serdeContext);
			}
			getPayloadCodec() {
				throw new Error("AWSQuery protocol has no payload codec.");
			}
			async serializeRequest(operationSchema, input, context) {
				const request = await super.serializeRequest(operationSchema, input, context);
				if (!request.path.endsWith("/")) request.path += "/";
				request.headers["content-type"] = "application/x-www-form-urlencoded";
				if ((0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.ht)(operationSchema.input) === "unit" || !request.body) request.body = "";
				request.body = `Action=${operationSchema.name.split("#")[1] ?? operationSchema.name}&Version=${this.options.version}` + request.body;
				if (request.body.endsWith("&")) request.body = request.body.slice(-1);
				return request;
			}
			async deserializeResponse(operationSchema, context, response) {
				const deserializer = this.deserializer;
				const ns = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.pt.of(operationSchema.output);
				const dataObject = {};
				if (response.statusCode >= 300) {
					const bytes = await (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.V)(response.body, context);
					if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(15, bytes));
					await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response));
				}
				for (const header in response.headers) {
					const value = response.headers[header];
					delete response.headers[header];
					response.headers[header.toLowerCase()] = value;
				}
				const shortName = operationSchema.name.split("#")[1] ?? operationSchema.name;
				const awsQueryResultKey = ns.isStructSchema() && this.useNestedResult() ? shortName + "Result" : void 0;
				const bytes = await (0, _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.V)(response.body, context);
				if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(ns, bytes, awsQueryResultKey));
				dataObject.$metadata = this.deserializeMetadata(response);
				return dataObject;
			}
			useNestedResult() {
				return true;
			}
			async handleError(operationSchema, context, response, dataObject, metadata) {
				const errorIdentifier = this.loadQueryErrorCode(response, dataObject) ?? "Unknown";
				this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
				const errorData = this.loadQueryError(dataObject) ?? {};
				const message = this.loadQueryErrorMessage(dataObject);
				errorData.message = message;
				errorData.Error = {
					Type: errorData.Type,
					Code: errorData.Code,
					Message: message
				};
				const { errorSchema, errorMetadata } = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, errorData, metadata, this.mixin.findQueryCompatibleError);
				const ns = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.pt.of(errorSchema);
				const exception = new ((this.compositeErrorRegistry.getErrorCtor(errorSchema)) ?? Error)({});
				const output = {
					Type: errorData.Error.Type,
					Code: errorData.Error.Code,
					Error: errorData.Error
				};
				for (const [name, member] of ns.structIterator()) {
					const target = member.getMergedTraits().xmlName ?? name;
					const value = errorData[target] ?? dataObject[target];
					output[name] = this.deserializer.readSchema(member, value);
				}
				throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
					$fault: ns.getMergedTraits().error,
					message
				}, output), dataObject);
			}
			loadQueryErrorCode(output, data) {
				const code = (data.Errors?.[0]?.Error ?? data.Errors?.Error ?? data.Error)?.Code;
				if (code !== void 0) return code;
				if (output.statusCode == 404) return "NotFound";
			}
			loadQueryError(data) {
				return data.Errors?.[0]?.Error ?? data.Errors?.Error ?? data.Error;
			}
			loadQueryErrorMessage(data) {
				const errorData = this.loadQueryError(data);
				return errorData?.message ?? errorData?.Message ?? data.message ?? data.Message ?? "Unknown";
			}
			getDefaultContentType() {
				return "application/x-www-form-urlencoded";
			}
		};
	}),
	19525: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			n: () => ProviderError,
			t: () => CredentialsProviderError
		});
		var ProviderError = class ProviderError extends Error {
			name = "ProviderError";
			tryNextLink;
			constructor(message, options = true) {
				let logger;
				let tryNextLink = true;
				if (typeof options === "boolean") {
					logger = void 0;
					tryNextLink = options;
				} else if (options != null && typeof options === "object") {
					logger = options.logger;
					tryNextLink = options.tryNextLink ?? true;
				}
				super(message);
				this.tryNextLink = tryNextLink;
				Object.setPrototypeOf(this, ProviderError.prototype);
				logger?.debug?.(`@smithy/property-provider ${tryNextLink ? "->" : "(!)"} ${message}`);
			}
			static from(error, options = true) {
				return Object.assign(new this(error.message, options), error);
			}
		};
		var CredentialsProviderError = class CredentialsProviderError extends ProviderError {
			name = "CredentialsProviderError";
			constructor(message, options = true) {
				super(message, options);
				Object.setPrototypeOf(this, CredentialsProviderError.prototype);
			}
		};
	}),
	32201: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			n: () => extendedEncodeURIComponent,
			r: () => splitHeader,
			t: () => FromStringShapeDeserializer
		});
		var _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44824);
		const ddd = `(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?`;
		const mmm = `(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`;
		const time = `(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?`;
		const date = `(\\d?\\d)`;
		const year = `(\\d{4})`;
		const RFC3339_WITH_OFFSET = new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/);
		const IMF_FIXDATE_NATIVE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/;
		const IMF_FIXDATE = new RegExp(`^${ddd}, ${date} ${mmm} ${year} ${time} GMT$`);
		const RFC_850_DATE = new RegExp(`^${ddd}, ${date}-${mmm}-(\\d\\d) ${time} GMT$`);
		const ASC_TIME = new RegExp(`^${ddd} ${mmm} ( [1-9]|\\d\\d) ${time} ${year}$`);
		const months = [
			"Jan",
			"Feb",
			"Mar",
			"Apr",
			"May",
			"Jun",
			"Jul",
			"Aug",
			"Sep",
			"Oct",
			"Nov",
			"Dec"
		];
		const _parseEpochTimestamp = (value) => {
			if (value == null) return;
			let num = NaN;
			if (typeof value === "number") num = value;
			else if (typeof value === "string") {
				if (!/^-?\d*\.?\d+$/.test(value)) throw new TypeError(`parseEpochTimestamp - numeric string invalid.`);
				num = Number.parseFloat(value);
			} else if (typeof value === "object" && value.tag === 1) num = value.value;
			if (isNaN(num) || Math.abs(num) === Infinity) throw new TypeError("Epoch timestamps must be valid finite numbers.");
			return new Date(Math.round(num * 1e3));
		};
		const _parseRfc3339DateTimeWithOffset = (value) => {
			if (value == null) return;
			if (typeof value !== "string") throw new TypeError("RFC3339 timestamps must be strings");
			const matches = RFC3339_WITH_OFFSET.exec(value);
			if (!matches) throw new TypeError(`Invalid RFC3339 timestamp format ${value}`);
			const [, yearStr, monthStr, dayStr, hours, minutes, seconds, , ms, offsetStr] = matches;
			range(monthStr, 1, 12);
			range(dayStr, 1, 31);
			range(hours, 0, 23);
			range(minutes, 0, 59);
			range(seconds, 0, 60);
			const date = new Date(Date.UTC(Number(yearStr), Number(monthStr) - 1, Number(dayStr), Number(hours), Number(minutes), Number(seconds), Number(ms) ? Math.round(parseFloat(`0.${ms}`) * 1e3) : 0));
			date.setUTCFullYear(Number(yearStr));
			if (offsetStr.toUpperCase() != "Z") {
				const [, sign, offsetH, offsetM] = /([+-])(\d\d):(\d\d)/.exec(offsetStr) || [
					void 0,
					"+",
					0,
					0
				];
				const scalar = sign === "-" ? 1 : -1;
				date.setTime(date.getTime() + scalar * (Number(offsetH) * 60 * 60 * 1e3 + Number(offsetM) * 60 * 1e3));
			}
			return date;
		};
		const _parseRfc7231DateTime = (value) => {
			if (value == null) return;
			if (typeof value !== "string") throw new TypeError("RFC7231 timestamps must be strings.");
			if (IMF_FIXDATE_NATIVE.test(value)) return new Date(value);
			let day;
			let month;
			let year;
			let hour;
			let minute;
			let second;
			let fraction;
			let matches;
			if (matches = IMF_FIXDATE.exec(value)) [, day, month, year, hour, minute, second, fraction] = matches;
			else if (matches = RFC_850_DATE.exec(value)) {
				[, day, month, year, hour, minute, second, fraction] = matches;
				year = (Number(year) + 1900).toString();
			} else if (matches = ASC_TIME.exec(value)) [, month, day, hour, minute, second, fraction, year] = matches;
			if (year && second) {
				const timestamp = Date.UTC(Number(year), months.indexOf(month), Number(day), Number(hour), Number(minute), Number(second), fraction ? Math.round(parseFloat(`0.${fraction}`) * 1e3) : 0);
				range(day, 1, 31);
				range(hour, 0, 23);
				range(minute, 0, 59);
				range(second, 0, 60);
				const date = new Date(timestamp);
				date.setUTCFullYear(Number(year));
				return date;
			}
			throw new TypeError(`Invalid RFC7231 date-time value ${value}.`);
		};
		function range(v, min, max) {
			const _v = Number(v);
			if (_v < min || _v > max) throw new Error(`Value ${_v} out of range [${min}, ${max}]`);
		}
		const splitHeader = (value) => {
			const z = value.length;
			const values = [];
			let withinQuotes = false;
			let escaped = false;
			let anchor = 0;
			for (let i = 0; i < z; ++i) {
				const char = value[i];
				switch (char) {
					case `"`:
						if (!escaped) withinQuotes = !withinQuotes;
						break;
					case ",": if (!withinQuotes) {
						values.push(value.slice(anchor, i));
						anchor = i + 1;
					}
				}
				escaped = char === "\\" && !escaped;
			}
			values.push(value.slice(anchor));
			return values.map((v) => {
				v = v.trim();
				const z = v.length;
				if (z < 2) return v;
				if (v[0] === `"` && v[z - 1] === `"`) {
					v = v.slice(1, z - 1);
					return v.replace(/\\(["\\])/g, "$1");
				}
				return v.replace(/\\"/g, "\"");
			});
		};
		function extendedEncodeURIComponent(str) {
			if (/^[\w.~-]+$/.test(str)) return str;
			return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
				return "%" + c.charCodeAt(0).toString(16).toUpperCase();
			});
		}
		var FromStringShapeDeserializer = class extends _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.R {
			settings;
			constructor(settings) {
				super();
				this.settings = settings;
			}
			read(_schema, data) {
				const ns = _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.z.of(_schema);
				const traits = ns.getMergedTraits();
				const location = ns.getHttpBindingLocation(traits);
				return this.readHttpBinding(ns.getHttpBindingValue(location, traits), data, location);
			}
			readHttpBinding([ns, flags, collectionValue], data, location) {
				const schema = flags & 255;
				if ((schema & 192) === 64) {
					collectionValue ??= ns.getHttpBindingCollectionValue(location);
					return splitHeader(data).map((item) => this.readHttpBinding(collectionValue, item, location));
				}
				switch (schema) {
					case 21:
					case 42: return (this.serdeContext?.base64Decoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.It)(data);
					case 4:
					case 5:
					case 6:
					case 7: {
						const bindingFormat = this.settings.httpBindings ? flags >> 14 & 3 : 0;
						switch (this.settings.timestampFormat.useTrait && schema > 4 ? schema : bindingFormat ? bindingFormat + 4 : this.settings.timestampFormat.default) {
							case 5: return _parseRfc3339DateTimeWithOffset(data);
							case 6: return _parseRfc7231DateTime(data);
							case 7: return _parseEpochTimestamp(data);
							default:
								console.warn("Missing timestamp format, parsing value with Date constructor:", data);
								return new Date(data);
						}
					}
					case 0: {
						const media = flags >> 8 & 3;
						if (!media) return data;
						let intermediateValue = data;
						if ((location & 6) === 6) intermediateValue = (this.serdeContext?.utf8Encoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Nt)((this.serdeContext?.base64Decoder ?? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.It)(intermediateValue));
						return media === 2 ? _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.Ct.from(intermediateValue) : intermediateValue;
					}
					case 1: return Number(data);
					case 2: return data.toLowerCase() === "true";
					case 17: return BigInt(data);
					case 19: return new _Sha256Node_GsR9Qmcj_js__WEBPACK_IMPORTED_MODULE_0__.St(data, "bigDecimal");
					default: return data;
				}
			}
		};
	}),
	44824: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, {
			$: () => resolveParams,
			A: () => getHostHeaderPlugin,
			At: () => normalizeProvider$1,
			B: () => getHttpOperationBindings,
			C: () => resolveUserAgentConfig,
			Ct: () => LazyJsonString,
			D: () => getHttpAuthSchemeEndpointRuleSetPlugin,
			Dt: () => parseRfc3339DateTimeWithOffset,
			E: () => getHttpSigningPlugin,
			Et: () => parseRfc3339DateTime,
			F: () => determineTimestampFormat,
			Ft: () => fromUtf8,
			G: () => streamCollector$1,
			H: () => generateIdempotencyToken,
			I: () => RpcProtocol,
			It: () => fromBase64,
			J: () => resolveEndpointConfig,
			K: () => isReadableStream,
			L: () => HttpProtocol,
			Lt: () => getDefaultSocketTimeout,
			M: () => getContentLengthPlugin,
			Mt: () => getSmithyContext,
			N: () => getHttpHandlerExtensionConfiguration,
			Nt: () => toUtf8,
			O: () => getRecursionDetectionPlugin,
			Ot: () => parseRfc7231DateTime,
			P: () => resolveHttpHandlerRuntimeConfig,
			Pt: () => toBase64,
			Q: () => BinaryDecisionDiagram,
			R: () => SerdeContext,
			Rt: () => emitWarningIfUnsupportedVersion$1,
			S: () => DEFAULT_RETRY_MODE,
			St: () => NumericValue,
			T: () => normalizeProvider,
			Tt: () => parseEpochTimestamp,
			U: () => writeKey,
			V: () => collectBody,
			W: () => streamCollector,
			X: () => customEndpointFunctions,
			Y: () => decideEndpoint,
			Z: () => EndpointCache,
			_: () => getUserAgentPlugin,
			_t: () => NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
			a: () => dist_es_exports,
			at: () => NoOpLogger,
			b: () => NODE_RETRY_MODE_CONFIG_OPTIONS,
			bt: () => chain,
			c: () => NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
			ct: () => emitWarningIfUnsupportedVersion,
			d: () => getSkewCorrectedDate,
			dt: () => Command,
			et: () => resolveDefaultsModeConfig,
			f: () => getAwsRegionExtensionConfiguration,
			ft: () => TypeRegistry,
			g: () => createDefaultUserAgentProvider,
			gt: () => Client,
			h: () => NODE_APP_ID_CONFIG_OPTIONS,
			ht: () => deref,
			i: () => defaultProvider,
			it: () => makeBuilder,
			j: () => resolveHostHeaderConfig,
			jt: () => HttpRequest,
			k: () => getLoggerPlugin,
			kt: () => parseUrl,
			l: () => AwsSdkSigV4Signer,
			lt: () => loadConfigsForDefaultMode,
			m: () => awsEndpointFunctions,
			mt: () => getSchemaSerdePlugin,
			n: () => ProtocolLib,
			nt: () => NODE_REGION_CONFIG_FILE_OPTIONS,
			o: () => resolveAwsSdkSigV4Config,
			ot: () => getDefaultExtensionConfiguration,
			p: () => resolveAwsRegionExtensionConfiguration,
			pt: () => NormalizedSchema,
			q: () => getEndpointPlugin,
			r: () => NodeHttpHandler,
			rt: () => NODE_REGION_CONFIG_OPTIONS,
			s: () => SignatureV4,
			st: () => resolveDefaultRuntimeConfig,
			t: () => Sha256Node,
			tt: () => resolveRegionConfig,
			u: () => validateSigningProperties,
			ut: () => ServiceException,
			v: () => getRetryPlugin,
			vt: () => NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
			w: () => DefaultIdentityProviderConfig,
			wt: () => dateToUtcString,
			x: () => resolveRetryConfig,
			xt: () => calculateBodyLength,
			y: () => NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
			yt: () => loadConfig,
			z: () => HttpBindingNormalizedSchema
		});
		var _rolldown_runtime_DYf_mQCB_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14560);
		var _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(35430);
		var _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31121);
		var _loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76180);
		var _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19525);
		var node_crypto__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77598);
		var node_fs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73024);
		var node_os__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48161);
		var node_stream__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(57075);
		var node_process__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1708);
		var node_https__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(44708);
		const state = { warningEmitted: false };
		const emitWarningIfUnsupportedVersion$1 = (version) => {
			if (version && !state.warningEmitted) {
				if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === "true") {
					state.warningEmitted = true;
					return;
				}
				const userMajorVersion = parseInt(version.substring(1, version.indexOf(".")));
				const vv = 22;
				if (userMajorVersion < vv) {
					state.warningEmitted = true;
					process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=${vv}. You are running node ${version}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${vv}.

More information can be found at: https://a.co/c895JFp`);
				}
			}
		};
		function setFeature$1(context, feature, value) {
			if (!context.__aws_sdk_context) context.__aws_sdk_context = { features: {} };
			else if (!context.__aws_sdk_context.features) context.__aws_sdk_context.features = {};
			context.__aws_sdk_context.features[feature] = value;
		}
		const isDefaultSocketTimeoutEnabled = () => typeof process === "object" && process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 === "true";
		const getDefaultSocketTimeout = (requestHandler, timeoutMs) => {
			if (!isDefaultSocketTimeoutEnabled()) return;
			if (typeof requestHandler?.handle === "function") return;
			return timeoutMs;
		};
		const BASE64_REGEX = /^[A-Za-z0-9+/]*={0,2}$/;
		const fromBase64 = (input) => {
			if (input.length * 3 % 4 !== 0) throw new TypeError(`Incorrect padding on base64 string.`);
			if (!BASE64_REGEX.exec(input)) throw new TypeError(`Invalid base64 string.`);
			const buffer = (0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.a)(input, "base64");
			return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
		};
		const fromUtf8 = (input) => {
			const buf = (0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.a)(input, "utf8");
			return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength / Uint8Array.BYTES_PER_ELEMENT);
		};
		const toBase64 = (_input) => {
			let input;
			if (typeof _input === "string") input = fromUtf8(_input);
			else input = _input;
			if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");
			return (0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.i)(input.buffer, input.byteOffset, input.byteLength).toString("base64");
		};
		function bindUint8ArrayBlobAdapter(toUtf8, fromUtf8, toBase64, fromBase64) {
			return class Uint8ArrayBlobAdapter extends Uint8Array {
				static fromString(source, encoding = "utf-8") {
					if (typeof source === "string") {
						if (encoding === "base64") return Uint8ArrayBlobAdapter.mutate(fromBase64(source));
						return Uint8ArrayBlobAdapter.mutate(fromUtf8(source));
					}
					throw new Error(`Unsupported conversion from ${typeof source} to Uint8ArrayBlobAdapter.`);
				}
				static mutate(source) {
					Object.setPrototypeOf(source, Uint8ArrayBlobAdapter.prototype);
					return source;
				}
				transformToString(encoding = "utf-8") {
					if (encoding === "base64") return toBase64(this);
					return toUtf8(this);
				}
			};
		}
		const toUtf8 = (input) => {
			if (typeof input === "string") return input;
			if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");
			return (0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.i)(input.buffer, input.byteOffset, input.byteLength).toString("utf8");
		};
		const decimalToHex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
		function bindV4(getRandomValues) {
			if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return () => crypto.randomUUID();
			return () => {
				const rnds = new Uint8Array(16);
				getRandomValues(rnds);
				rnds[6] = rnds[6] & 15 | 64;
				rnds[8] = rnds[8] & 63 | 128;
				return decimalToHex[rnds[0]] + decimalToHex[rnds[1]] + decimalToHex[rnds[2]] + decimalToHex[rnds[3]] + "-" + decimalToHex[rnds[4]] + decimalToHex[rnds[5]] + "-" + decimalToHex[rnds[6]] + decimalToHex[rnds[7]] + "-" + decimalToHex[rnds[8]] + decimalToHex[rnds[9]] + "-" + decimalToHex[rnds[10]] + decimalToHex[rnds[11]] + decimalToHex[rnds[12]] + decimalToHex[rnds[13]] + decimalToHex[rnds[14]] + decimalToHex[rnds[15]];
			};
		}
		var EndpointURLScheme;
		(function(EndpointURLScheme) {
			EndpointURLScheme["HTTP"] = "http";
			EndpointURLScheme["HTTPS"] = "https";
		})(EndpointURLScheme || (EndpointURLScheme = {}));
		var AlgorithmId;
		(function(AlgorithmId) {
			AlgorithmId["MD5"] = "md5";
			AlgorithmId["CRC32"] = "crc32";
			AlgorithmId["CRC32C"] = "crc32c";
			AlgorithmId["SHA1"] = "sha1";
			AlgorithmId["SHA256"] = "sha256";
		})(AlgorithmId || (AlgorithmId = {}));
		const SMITHY_CONTEXT_KEY = "__smithy_context";
		const getSmithyContext = (context) => context["__smithy_context"] || (context["__smithy_context"] = {});
		var HttpRequest = class HttpRequest {
			method;
			protocol;
			hostname;
			port;
			path;
			query;
			headers;
			username;
			password;
			fragment;
			body;
			constructor(options) {
				this.method = options.method || "GET";
				this.hostname = options.hostname || "localhost";
				this.port = options.port;
				this.query = options.query || {};
				this.headers = options.headers || {};
				this.body = options.body;
				this.protocol = options.protocol ? options.protocol.slice(-1) !== ":" ? `${options.protocol}:` : options.protocol : "https:";
				this.path = options.path ? options.path.charAt(0) !== "/" ? `/${options.path}` : options.path : "/";
				this.username = options.username;
				this.password = options.password;
				this.fragment = options.fragment;
			}
			static clone(request) {
				const cloned = new HttpRequest({
					...request,
					headers: { ...request.headers }
				});
				if (cloned.query) cloned.query = cloneQuery(cloned.query);
				return cloned;
			}
			static isInstance(request) {
				if (!request) return false;
				const req = request;
				return "method" in req && "protocol" in req && "hostname" in req && "path" in req && typeof req["query"] === "object" && typeof req["headers"] === "object";
			}
			clone() {
				return HttpRequest.clone(this);
			}
		};
		function cloneQuery(query) {
			return Object.keys(query).reduce((carry, paramName) => {
				const param = query[paramName];
				return {
					...carry,
					[paramName]: Array.isArray(param) ? [...param] : param
				};
			}, {});
		}
		var HttpResponse = class {
			statusCode;
			reason;
			headers;
			body;
			constructor(options) {
				this.statusCode = options.statusCode;
				this.reason = options.reason;
				this.headers = options.headers || {};
				this.body = options.body;
			}
			static isInstance(response) {
				if (!response) return false;
				const resp = response;
				return typeof resp.statusCode === "number" && typeof resp.headers === "object";
			}
		};
		const VALID_HOST_LABEL_REGEX = new RegExp(`^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$`);
		const isValidHostLabel = (value, allowSubDomains = false) => {
			if (!allowSubDomains) return VALID_HOST_LABEL_REGEX.test(value);
			const labels = value.split(".");
			for (const label of labels) if (!isValidHostLabel(label)) return false;
			return true;
		};
		function isValidHostname(hostname) {
			return /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(hostname);
		}
		const normalizeProvider$1 = (input) => {
			if (typeof input === "function") return input;
			const promisified = Promise.resolve(input);
			return () => promisified;
		};
		function parseQueryString(querystring) {
			const query = {};
			querystring = querystring.replace(/^\?/, "");
			if (querystring) for (const pair of querystring.split("&")) {
				let [key, value = null] = pair.split("=");
				key = decodeURIComponent(key);
				if (value) value = decodeURIComponent(value);
				if (!(key in query)) query[key] = value;
				else if (Array.isArray(query[key])) query[key].push(value);
				else query[key] = [query[key], value];
			}
			return query;
		}
		const parseUrl = (url) => {
			if (typeof url === "string") return parseUrl(new URL(url));
			const { hostname, pathname, port, protocol, search } = url;
			let query;
			if (search) query = parseQueryString(search);
			return {
				hostname,
				port: port ? parseInt(port) : void 0,
				protocol,
				path: pathname,
				query
			};
		};
		const toEndpointV1 = (endpoint) => {
			if (typeof endpoint === "object") {
				if ("url" in endpoint) {
					const v1Endpoint = parseUrl(endpoint.url);
					if (endpoint.headers) {
						v1Endpoint.headers = {};
						for (const name in endpoint.headers) {
							if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(endpoint.headers, name)) continue;
							v1Endpoint.headers[name.toLowerCase()] = endpoint.headers[name].join(", ");
						}
					}
					return v1Endpoint;
				}
				return endpoint;
			}
			return parseUrl(endpoint);
		};
		const expectNumber = (value) => {
			if (value === null || value === void 0) return;
			if (typeof value === "string") {
				const parsed = parseFloat(value);
				if (!Number.isNaN(parsed)) {
					if (String(parsed) !== String(value)) logger.warn(stackTraceWarning(`Expected number but observed string: ${value}`));
					return parsed;
				}
			}
			if (typeof value === "number") return value;
			throw new TypeError(`Expected number, got ${typeof value}: ${value}`);
		};
		const MAX_FLOAT = Math.ceil(2 ** 127 * (2 - 2 ** -23));
		const expectFloat32 = (value) => {
			const expected = expectNumber(value);
			if (expected !== void 0 && !Number.isNaN(expected) && expected !== Infinity && expected !== -Infinity) {
				if (Math.abs(expected) > MAX_FLOAT) throw new TypeError(`Expected 32-bit float, got ${value}`);
			}
			return expected;
		};
		const expectLong = (value) => {
			if (value === null || value === void 0) return;
			if (Number.isInteger(value) && !Number.isNaN(value)) return value;
			throw new TypeError(`Expected integer, got ${typeof value}: ${value}`);
		};
		const expectShort = (value) => expectSizedInt(value, 16);
		const expectByte = (value) => expectSizedInt(value, 8);
		const expectSizedInt = (value, size) => {
			const expected = expectLong(value);
			if (expected !== void 0 && castInt(expected, size) !== expected) throw new TypeError(`Expected ${size}-bit integer, got ${value}`);
			return expected;
		};
		const castInt = (value, size) => {
			switch (size) {
				case 32: return Int32Array.of(value)[0];
				case 16: return Int16Array.of(value)[0];
				case 8: return Int8Array.of(value)[0];
			}
		};
		const strictParseDouble = (value) => {
			if (typeof value == "string") return expectNumber(parseNumber(value));
			return expectNumber(value);
		};
		const strictParseFloat32 = (value) => {
			if (typeof value == "string") return expectFloat32(parseNumber(value));
			return expectFloat32(value);
		};
		const NUMBER_REGEX = /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g;
		const parseNumber = (value) => {
			const matches = value.match(NUMBER_REGEX);
			if (matches === null || matches[0].length !== value.length) throw new TypeError(`Expected real number, got implicit NaN`);
			return parseFloat(value);
		};
		const strictParseShort = (value) => {
			if (typeof value === "string") return expectShort(parseNumber(value));
			return expectShort(value);
		};
		const strictParseByte = (value) => {
			if (typeof value === "string") return expectByte(parseNumber(value));
			return expectByte(value);
		};
		const stackTraceWarning = (message) => {
			return String(new TypeError(message).stack || message).split("\n").slice(0, 5).filter((s) => !s.includes("stackTraceWarning")).join("\n");
		};
		const logger = { warn: console.warn };
		const DAYS = [
			"Sun",
			"Mon",
			"Tue",
			"Wed",
			"Thu",
			"Fri",
			"Sat"
		];
		const MONTHS = [
			"Jan",
			"Feb",
			"Mar",
			"Apr",
			"May",
			"Jun",
			"Jul",
			"Aug",
			"Sep",
			"Oct",
			"Nov",
			"Dec"
		];
		function dateToUtcString(date) {
			const year = date.getUTCFullYear();
			const month = date.getUTCMonth();
			const dayOfWeek = date.getUTCDay();
			const dayOfMonthInt = date.getUTCDate();
			const hoursInt = date.getUTCHours();
			const minutesInt = date.getUTCMinutes();
			const secondsInt = date.getUTCSeconds();
			const dayOfMonthString = dayOfMonthInt < 10 ? `0${dayOfMonthInt}` : `${dayOfMonthInt}`;
			const hoursString = hoursInt < 10 ? `0${hoursInt}` : `${hoursInt}`;
			const minutesString = minutesInt < 10 ? `0${minutesInt}` : `${minutesInt}`;
			const secondsString = secondsInt < 10 ? `0${secondsInt}` : `${secondsInt}`;
			return `${DAYS[dayOfWeek]}, ${dayOfMonthString} ${MONTHS[month]} ${year} ${hoursString}:${minutesString}:${secondsString} GMT`;
		}
		const RFC3339 = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/);
		const parseRfc3339DateTime = (value) => {
			if (value === null || value === void 0) return;
			if (typeof value !== "string") throw new TypeError("RFC-3339 date-times must be expressed as strings");
			const match = RFC3339.exec(value);
			if (!match) throw new TypeError("Invalid RFC-3339 date-time value");
			const [_, yearStr, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds] = match;
			const year = strictParseShort(stripLeadingZeroes(yearStr));
			const month = parseDateValue(monthStr, "month", 1, 12);
			const day = parseDateValue(dayStr, "day", 1, 31);
			return buildDate(year, month, day, {
				hours,
				minutes,
				seconds,
				fractionalMilliseconds
			});
		};
		const RFC3339_WITH_OFFSET = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/);
		const parseRfc3339DateTimeWithOffset = (value) => {
			if (value === null || value === void 0) return;
			if (typeof value !== "string") throw new TypeError("RFC-3339 date-times must be expressed as strings");
			const match = RFC3339_WITH_OFFSET.exec(value);
			if (!match) throw new TypeError("Invalid RFC-3339 date-time value");
			const [_, yearStr, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds, offsetStr] = match;
			const year = strictParseShort(stripLeadingZeroes(yearStr));
			const month = parseDateValue(monthStr, "month", 1, 12);
			const day = parseDateValue(dayStr, "day", 1, 31);
			const date = buildDate(year, month, day, {
				hours,
				minutes,
				seconds,
				fractionalMilliseconds
			});
			if (offsetStr.toUpperCase() != "Z") date.setTime(date.getTime() - parseOffsetToMilliseconds(offsetStr));
			return date;
		};
		const IMF_FIXDATE = new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/);
		const RFC_850_DATE = new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/);
		const ASC_TIME = new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/);
		const parseRfc7231DateTime = (value) => {
			if (value === null || value === void 0) return;
			if (typeof value !== "string") throw new TypeError("RFC-7231 date-times must be expressed as strings");
			let match = IMF_FIXDATE.exec(value);
			if (match) {
				const [_, dayStr, monthStr, yearStr, hours, minutes, seconds, fractionalMilliseconds] = match;
				return buildDate(strictParseShort(stripLeadingZeroes(yearStr)), parseMonthByShortName(monthStr), parseDateValue(dayStr, "day", 1, 31), {
					hours,
					minutes,
					seconds,
					fractionalMilliseconds
				});
			}
			match = RFC_850_DATE.exec(value);
			if (match) {
				const [_, dayStr, monthStr, yearStr, hours, minutes, seconds, fractionalMilliseconds] = match;
				return adjustRfc850Year(buildDate(parseTwoDigitYear(yearStr), parseMonthByShortName(monthStr), parseDateValue(dayStr, "day", 1, 31), {
					hours,
					minutes,
					seconds,
					fractionalMilliseconds
				}));
			}
			match = ASC_TIME.exec(value);
			if (match) {
				const [_, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds, yearStr] = match;
				return buildDate(strictParseShort(stripLeadingZeroes(yearStr)), parseMonthByShortName(monthStr), parseDateValue(dayStr.trimLeft(), "day", 1, 31), {
					hours,
					minutes,
					seconds,
					fractionalMilliseconds
				});
			}
			throw new TypeError("Invalid RFC-7231 date-time value");
		};
		const parseEpochTimestamp = (value) => {
			if (value === null || value === void 0) return;
			let valueAsDouble;
			if (typeof value === "number") valueAsDouble = value;
			else if (typeof value === "string") valueAsDouble = strictParseDouble(value);
			else if (typeof value === "object" && value.tag === 1) valueAsDouble = value.value;
			else throw new TypeError("Epoch timestamps must be expressed as floating point numbers or their string representation");
			if (Number.isNaN(valueAsDouble) || valueAsDouble === Infinity || valueAsDouble === -Infinity) throw new TypeError("Epoch timestamps must be valid, non-Infinite, non-NaN numerics");
			return new Date(Math.round(valueAsDouble * 1e3));
		};
		const buildDate = (year, month, day, time) => {
			const adjustedMonth = month - 1;
			validateDayOfMonth(year, adjustedMonth, day);
			return new Date(Date.UTC(year, adjustedMonth, day, parseDateValue(time.hours, "hour", 0, 23), parseDateValue(time.minutes, "minute", 0, 59), parseDateValue(time.seconds, "seconds", 0, 60), parseMilliseconds(time.fractionalMilliseconds)));
		};
		const parseTwoDigitYear = (value) => {
			const thisYear = new Date().getUTCFullYear();
			const valueInThisCentury = Math.floor(thisYear / 100) * 100 + strictParseShort(stripLeadingZeroes(value));
			if (valueInThisCentury < thisYear) return valueInThisCentury + 100;
			return valueInThisCentury;
		};
		const FIFTY_YEARS_IN_MILLIS = 15768e8;
		const adjustRfc850Year = (input) => {
			if (input.getTime() - new Date().getTime() > FIFTY_YEARS_IN_MILLIS) return new Date(Date.UTC(input.getUTCFullYear() - 100, input.getUTCMonth(), input.getUTCDate(), input.getUTCHours(), input.getUTCMinutes(), input.getUTCSeconds(), input.getUTCMilliseconds()));
			return input;
		};
		const parseMonthByShortName = (value) => {
			const monthIdx = MONTHS.indexOf(value);
			if (monthIdx < 0) throw new TypeError(`Invalid month: ${value}`);
			return monthIdx + 1;
		};
		const DAYS_IN_MONTH = [
			31,
			28,
			31,
			30,
			31,
			30,
			31,
			31,
			30,
			31,
			30,
			31
		];
		const validateDayOfMonth = (year, month, day) => {
			let maxDays = DAYS_IN_MONTH[month];
			if (month === 1 && isLeapYear(year)) maxDays = 29;
			if (day > maxDays) throw new TypeError(`Invalid day for ${MONTHS[month]} in ${year}: ${day}`);
		};
		const isLeapYear = (year) => {
			return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
		};
		const parseDateValue = (value, type, lower, upper) => {
			const dateVal = strictParseByte(stripLeadingZeroes(value));
			if (dateVal < lower || dateVal > upper) throw new TypeError(`${type} must be between ${lower} and ${upper}, inclusive`);
			return dateVal;
		};
		const parseMilliseconds = (value) => {
			if (value === null || value === void 0) return 0;
			return strictParseFloat32("0." + value) * 1e3;
		};
		const parseOffsetToMilliseconds = (value) => {
			const directionStr = value[0];
			let direction = 1;
			if (directionStr == "+") direction = 1;
			else if (directionStr == "-") direction = -1;
			else throw new TypeError(`Offset direction, ${directionStr}, must be "+" or "-"`);
			const hour = Number(value.substring(1, 3));
			const minute = Number(value.substring(4, 6));
			return direction * (hour * 60 + minute) * 60 * 1e3;
		};
		const stripLeadingZeroes = (value) => {
			let idx = 0;
			while (idx < value.length - 1 && value.charAt(idx) === "0") idx++;
			if (idx === 0) return value;
			return value.slice(idx);
		};
		const LazyJsonString = function LazyJsonString(val) {
			return Object.assign(new String(val), {
				deserializeJSON() {
					return JSON.parse(String(val));
				},
				toString() {
					return String(val);
				},
				toJSON() {
					return String(val);
				}
			});
		};
		LazyJsonString.from = (object) => {
			if (object && typeof object === "object" && (object instanceof LazyJsonString || "deserializeJSON" in object)) return object;
			else if (typeof object === "string" || Object.getPrototypeOf(object) === String.prototype) return LazyJsonString(String(object));
			return LazyJsonString(JSON.stringify(object));
		};
		LazyJsonString.fromObject = LazyJsonString.from;
		const format = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
		var NumericValue = class NumericValue {
			string;
			type;
			constructor(string, type) {
				this.string = string;
				this.type = type;
				if (!format.test(string)) throw new Error(`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${string}"`);
			}
			toString() {
				return this.string;
			}
			static [Symbol.hasInstance](object) {
				if (!object || typeof object !== "object") return false;
				const _nv = object;
				return NumericValue.prototype.isPrototypeOf(object) || _nv.type === "bigDecimal" && format.test(_nv.string);
			}
		};
		const calculateBodyLength = (body) => {
			if (!body) return 0;
			if (typeof body === "string") return Buffer.byteLength(body);
			else if (typeof body.byteLength === "number") return body.byteLength;
			else if (typeof body.size === "number") return body.size;
			else if (typeof body.start === "number" && typeof body.end === "number") return body.end + 1 - body.start;
			else if (body instanceof node_fs__WEBPACK_IMPORTED_MODULE_5__.ReadStream) {
				if (body.path != null) return (0, node_fs__WEBPACK_IMPORTED_MODULE_5__.lstatSync)(body.path).size;
				else if (typeof body.fd === "number") return (0, node_fs__WEBPACK_IMPORTED_MODULE_5__.fstatSync)(body.fd).size;
			}
			throw new Error(`Body Length computation failed for ${body}`);
		};
		const toUint8Array = (data) => {
			if (data instanceof Uint8Array) return data;
			if (typeof data === "string") return fromUtf8(data);
			if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength / Uint8Array.BYTES_PER_ELEMENT);
			return new Uint8Array(data);
		};
		function concatBytes(arrays, length) {
			if (length === void 0) {
				length = 0;
				for (const bytes of arrays) length += bytes.byteLength;
			}
			const result = new Uint8Array(length);
			let offset = 0;
			for (const buf of arrays) {
				result.set(buf, offset);
				offset += buf.byteLength;
			}
			return result;
		}
		const chain = (...providers) => async () => {
			if (providers.length === 0) throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_3__.n("No providers in chain");
			let lastProviderError;
			for (const provider of providers) try {
				return await provider();
			} catch (err) {
				lastProviderError = err;
				if (err?.tryNextLink) continue;
				throw err;
			}
			throw lastProviderError;
		};
		const fromValue = (staticValue) => () => Promise.resolve(staticValue);
		const memoize = (provider, isExpired, requiresRefresh) => {
			let resolved;
			let pending;
			let hasResult;
			let isConstant = false;
			const coalesceProvider = async () => {
				if (!pending) pending = provider();
				try {
					resolved = await pending;
					hasResult = true;
					isConstant = false;
				} finally {
					pending = void 0;
				}
				return resolved;
			};
			if (isExpired === void 0) return async (options) => {
				if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider();
				return resolved;
			};
			return async (options) => {
				if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider();
				if (isConstant) return resolved;
				if (requiresRefresh && !requiresRefresh(resolved)) {
					isConstant = true;
					return resolved;
				}
				if (isExpired(resolved)) {
					await coalesceProvider();
					return resolved;
				}
				return resolved;
			};
		};
		const booleanSelector = (obj, key, type) => {
			if (!(key in obj)) return;
			if (obj[key] === "true") return true;
			if (obj[key] === "false") return false;
			throw new Error(`Cannot load ${type} "${key}". Expected "true" or "false", got ${obj[key]}.`);
		};
		var SelectorType;
		(function(SelectorType) {
			SelectorType["ENV"] = "env";
			SelectorType["CONFIG"] = "shared config entry";
		})(SelectorType || (SelectorType = {}));
		function getSelectorName(functionString) {
			try {
				const constants = new Set(Array.from(functionString.match(/([A-Z_]){3,}/g) ?? []));
				constants.delete("CONFIG");
				constants.delete("CONFIG_PREFIX_SEPARATOR");
				constants.delete("ENV");
				return [...constants].join(", ");
			} catch (ignored) {
				return functionString;
			}
		}
		const fromEnv$1 = (envVarSelector, options) => async () => {
			try {
				const config = envVarSelector(process.env, options);
				if (config === void 0) throw new Error();
				return config;
			} catch (e) {
				throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_3__.t(e.message || `Not found in ENV: ${getSelectorName(envVarSelector.toString())}`, { logger: options?.logger });
			}
		};
		const fromSharedConfigFiles = (configSelector, { preferredFile = "config", ...init } = {}) => async () => {
			const profile = (0, _loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_2__.a)(init);
			const { configFile, credentialsFile } = await (0, _loadSharedConfigFiles_CJEAVWI0_js__WEBPACK_IMPORTED_MODULE_2__.t)(init);
			const profileFromCredentials = credentialsFile[profile] || {};
			const profileFromConfig = configFile[profile] || {};
			const mergedProfile = preferredFile === "config" ? {
				...profileFromCredentials,
				...profileFromConfig
			} : {
				...profileFromConfig,
				...profileFromCredentials
			};
			try {
				const configValue = configSelector(mergedProfile, preferredFile === "config" ? configFile : credentialsFile);
				if (configValue === void 0) throw new Error();
				return configValue;
			} catch (e) {
				throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_3__.t(e.message || `Not found in config files w/ profile [${profile}]: ${getSelectorName(configSelector.toString())}`, { logger: init.logger });
			}
		};
		const isFunction = (func) => typeof func === "function";
		const fromStatic = (defaultValue) => isFunction(defaultValue) ? async () => await defaultValue() : fromValue(defaultValue);
		const loadConfig = ({ environmentVariableSelector, configFileSelector, default: defaultValue }, configuration = {}) => {
			const { signingName, logger } = configuration;
			return memoize(chain(fromEnv$1(environmentVariableSelector, {
				signingName,
				logger
			}), fromSharedConfigFiles(configFileSelector, configuration), fromStatic(defaultValue)));
		};
		const ENV_USE_DUALSTACK_ENDPOINT = "AWS_USE_DUALSTACK_ENDPOINT";
		const CONFIG_USE_DUALSTACK_ENDPOINT = "use_dualstack_endpoint";
		const NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS = {
			environmentVariableSelector: (env) => booleanSelector(env, ENV_USE_DUALSTACK_ENDPOINT, SelectorType.ENV),
			configFileSelector: (profile) => booleanSelector(profile, CONFIG_USE_DUALSTACK_ENDPOINT, SelectorType.CONFIG),
			default: false
		};
		const ENV_USE_FIPS_ENDPOINT = "AWS_USE_FIPS_ENDPOINT";
		const CONFIG_USE_FIPS_ENDPOINT = "use_fips_endpoint";
		const NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS = {
			environmentVariableSelector: (env) => booleanSelector(env, ENV_USE_FIPS_ENDPOINT, SelectorType.ENV),
			configFileSelector: (profile) => booleanSelector(profile, CONFIG_USE_FIPS_ENDPOINT, SelectorType.CONFIG),
			default: false
		};
		const getAllAliases = (name, aliases) => {
			const _aliases = [];
			if (name) _aliases.push(name);
			if (aliases) for (const alias of aliases) _aliases.push(alias);
			return _aliases;
		};
		const getMiddlewareNameWithAliases = (name, aliases) => {
			return `${name || "anonymous"}${aliases && aliases.length > 0 ? ` (a.k.a. ${aliases.join(",")})` : ""}`;
		};
		const constructStack = () => {
			let absoluteEntries = [];
			let relativeEntries = [];
			let identifyOnResolve = false;
			const entriesNameSet = new Set();
			const sort = (entries) => entries.sort((a, b) => stepWeights[b.step] - stepWeights[a.step] || priorityWeights[b.priority || "normal"] - priorityWeights[a.priority || "normal"]);
			const removeByName = (toRemove) => {
				let isRemoved = false;
				const filterCb = (entry) => {
					const aliases = getAllAliases(entry.name, entry.aliases);
					if (aliases.includes(toRemove)) {
						isRemoved = true;
						for (const alias of aliases) entriesNameSet.delete(alias);
						return false;
					}
					return true;
				};
				absoluteEntries = absoluteEntries.filter(filterCb);
				relativeEntries = relativeEntries.filter(filterCb);
				return isRemoved;
			};
			const removeByReference = (toRemove) => {
				let isRemoved = false;
				const filterCb = (entry) => {
					if (entry.middleware === toRemove) {
						isRemoved = true;
						for (const alias of getAllAliases(entry.name, entry.aliases)) entriesNameSet.delete(alias);
						return false;
					}
					return true;
				};
				absoluteEntries = absoluteEntries.filter(filterCb);
				relativeEntries = relativeEntries.filter(filterCb);
				return isRemoved;
			};
			const cloneTo = (toStack) => {
				absoluteEntries.forEach((entry) => {
					toStack.add(entry.middleware, { ...entry });
				});
				relativeEntries.forEach((entry) => {
					toStack.addRelativeTo(entry.middleware, { ...entry });
				});
				toStack.identifyOnResolve?.(stack.identifyOnResolve());
				return toStack;
			};
			const expandRelativeMiddlewareList = (from) => {
				const expandedMiddlewareList = [];
				from.before.forEach((entry) => {
					if (entry.before.length === 0 && entry.after.length === 0) expandedMiddlewareList.push(entry);
					else expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry));
				});
				expandedMiddlewareList.push(from);
				from.after.reverse().forEach((entry) => {
					if (entry.before.length === 0 && entry.after.length === 0) expandedMiddlewareList.push(entry);
					else expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry));
				});
				return expandedMiddlewareList;
			};
			const getMiddlewareList = (debug = false) => {
				const normalizedAbsoluteEntries = [];
				const normalizedRelativeEntries = [];
				const normalizedEntriesNameMap = {};
				absoluteEntries.forEach((entry) => {
					const normalizedEntry = {
						...entry,
						before: [],
						after: []
					};
					for (const alias of getAllAliases(normalizedEntry.name, normalizedEntry.aliases)) normalizedEntriesNameMap[alias] = normalizedEntry;
					normalizedAbsoluteEntries.push(normalizedEntry);
				});
				relativeEntries.forEach((entry) => {
					const normalizedEntry = {
						...entry,
						before: [],
						after: []
					};
					for (const alias of getAllAliases(normalizedEntry.name, normalizedEntry.aliases)) normalizedEntriesNameMap[alias] = normalizedEntry;
					normalizedRelativeEntries.push(normalizedEntry);
				});
				normalizedRelativeEntries.forEach((entry) => {
					if (entry.toMiddleware) {
						const toMiddleware = normalizedEntriesNameMap[entry.toMiddleware];
						if (toMiddleware === void 0) {
							if (debug) return;
							throw new Error(`${entry.toMiddleware} is not found when adding ${getMiddlewareNameWithAliases(entry.name, entry.aliases)} middleware ${entry.relation} ${entry.toMiddleware}`);
						}
						if (entry.relation === "after") toMiddleware.after.push(entry);
						if (entry.relation === "before") toMiddleware.before.push(entry);
					}
				});
				return sort(normalizedAbsoluteEntries).map(expandRelativeMiddlewareList).reduce((wholeList, expandedMiddlewareList) => {
					wholeList.push(...expandedMiddlewareList);
					return wholeList;
				}, []);
			};
			const stack = {
				add: (middleware, options = {}) => {
					const { name, override, aliases: _aliases } = options;
					const entry = {
						step: "initialize",
						priority: "normal",
						middleware,
						...options
					};
					const aliases = getAllAliases(name, _aliases);
					if (aliases.length > 0) {
						if (aliases.some((alias) => entriesNameSet.has(alias))) {
							if (!override) throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name, _aliases)}'`);
							for (const alias of aliases) {
								const toOverrideIndex = absoluteEntries.findIndex((entry) => entry.name === alias || entry.aliases?.some((a) => a === alias));
								if (toOverrideIndex === -1) continue;
								const toOverride = absoluteEntries[toOverrideIndex];
								if (toOverride.step !== entry.step || entry.priority !== toOverride.priority) throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name, toOverride.aliases)}" middleware with ${toOverride.priority} priority in ${toOverride.step} step cannot be overridden by "${getMiddlewareNameWithAliases(name, _aliases)}" middleware with ${entry.priority} priority in ${entry.step} step.`);
								absoluteEntries.splice(toOverrideIndex, 1);
							}
						}
						for (const alias of aliases) entriesNameSet.add(alias);
					}
					absoluteEntries.push(entry);
				},
				addRelativeTo: (middleware, options) => {
					const { name, override, aliases: _aliases } = options;
					const entry = {
						middleware,
						...options
					};
					const aliases = getAllAliases(name, _aliases);
					if (aliases.length > 0) {
						if (aliases.some((alias) => entriesNameSet.has(alias))) {
							if (!override) throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name, _aliases)}'`);
							for (const alias of aliases) {
								const toOverrideIndex = relativeEntries.findIndex((entry) => entry.name === alias || entry.aliases?.some((a) => a === alias));
								if (toOverrideIndex === -1) continue;
								const toOverride = relativeEntries[toOverrideIndex];
								if (toOverride.toMiddleware !== entry.toMiddleware || toOverride.relation !== entry.relation) throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name, toOverride.aliases)}" middleware ${toOverride.relation} "${toOverride.toMiddleware}" middleware cannot be overridden by "${getMiddlewareNameWithAliases(name, _aliases)}" middleware ${entry.relation} "${entry.toMiddleware}" middleware.`);
								relativeEntries.splice(toOverrideIndex, 1);
							}
						}
						for (const alias of aliases) entriesNameSet.add(alias);
					}
					relativeEntries.push(entry);
				},
				clone: () => cloneTo(constructStack()),
				use: (plugin) => {
					plugin.applyToStack(stack);
				},
				remove: (toRemove) => {
					if (typeof toRemove === "string") return removeByName(toRemove);
					else return removeByReference(toRemove);
				},
				removeByTag: (toRemove) => {
					let isRemoved = false;
					const filterCb = (entry) => {
						const { tags, name, aliases: _aliases } = entry;
						if (tags && tags.includes(toRemove)) {
							const aliases = getAllAliases(name, _aliases);
							for (const alias of aliases) entriesNameSet.delete(alias);
							isRemoved = true;
							return false;
						}
						return true;
					};
					absoluteEntries = absoluteEntries.filter(filterCb);
					relativeEntries = relativeEntries.filter(filterCb);
					return isRemoved;
				},
				concat: (from) => {
					const cloned = cloneTo(constructStack());
					cloned.use(from);
					cloned.identifyOnResolve(identifyOnResolve || cloned.identifyOnResolve() || (from.identifyOnResolve?.() ?? false));
					return cloned;
				},
				applyToStack: cloneTo,
				identify: () => {
					return getMiddlewareList(true).map((mw) => {
						const step = mw.step ?? mw.relation + " " + mw.toMiddleware;
						return getMiddlewareNameWithAliases(mw.name, mw.aliases) + " - " + step;
					});
				},
				identifyOnResolve(toggle) {
					if (typeof toggle === "boolean") identifyOnResolve = toggle;
					return identifyOnResolve;
				},
				resolve: (handler, context) => {
					for (const middleware of getMiddlewareList().map((entry) => entry.middleware).reverse()) handler = middleware(handler, context);
					if (identifyOnResolve) console.log(stack.identify());
					return handler;
				}
			};
			return stack;
		};
		const stepWeights = {
			initialize: 5,
			serialize: 4,
			build: 3,
			finalizeRequest: 2,
			deserialize: 1
		};
		const priorityWeights = {
			high: 3,
			normal: 2,
			low: 1
		};
		var Client = class {
			config;
			middlewareStack = constructStack();
			initConfig;
			handlers;
			constructor(config) {
				this.config = config;
				const { protocol, protocolSettings } = config;
				if (protocolSettings) {
					if (typeof protocol === "function") config.protocol = new protocol(protocolSettings);
				}
			}
			send(command, optionsOrCb, cb) {
				const options = typeof optionsOrCb !== "function" ? optionsOrCb : void 0;
				const callback = typeof optionsOrCb === "function" ? optionsOrCb : cb;
				const useHandlerCache = options === void 0 && this.config.cacheMiddleware === true;
				let handler;
				if (useHandlerCache) {
					if (!this.handlers) this.handlers = new WeakMap();
					const handlers = this.handlers;
					if (handlers.has(command.constructor)) handler = handlers.get(command.constructor);
					else {
						handler = command.resolveMiddleware(this.middlewareStack, this.config, options);
						handlers.set(command.constructor, handler);
					}
				} else {
					delete this.handlers;
					handler = command.resolveMiddleware(this.middlewareStack, this.config, options);
				}
				if (callback) handler(command).then((result) => callback(null, result.output), (err) => callback(err)).catch(() => {});
				else return handler(command).then((result) => result.output);
			}
			destroy() {
				this.config?.requestHandler?.destroy?.();
				delete this.handlers;
			}
		};
		const deref = (schemaRef) => {
			if (typeof schemaRef === "function") return schemaRef();
			return schemaRef;
		};
		const operation = (namespace, name, traits, input, output) => ({
			name,
			namespace,
			traits,
			input,
			output
		});
		const schemaDeserializationMiddleware = (config) => (next, context) => async (args) => {
			const { response } = await next(args);
			const { operationSchema } = getSmithyContext(context);
			const [, ns, n, t, i, o] = operationSchema ?? [];
			try {
				return {
					response,
					output: await config.protocol.deserializeResponse(operation(ns, n, t, i, o), {
						...config,
						...context
					}, response)
				};
			} catch (error) {
				Object.defineProperty(error, "$response", {
					value: response,
					enumerable: false,
					writable: false,
					configurable: false
				});
				if (!("$metadata" in error)) {
					const hint = `Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.`;
					try {
						error.message += "\n  " + hint;
					} catch (ignored) {
						if (!context.logger || context.logger?.constructor?.name === "NoOpLogger") console.warn(hint);
						else context.logger?.warn?.(hint);
					}
					if (typeof error.$responseBodyText !== "undefined") {
						if (error.$response) error.$response.body = error.$responseBodyText;
					}
					try {
						if (HttpResponse.isInstance(response)) {
							const { headers = {}, statusCode } = response;
							const headerEntries = Object.entries(headers);
							error.$metadata = {
								httpStatusCode: statusCode,
								requestId: findHeader(/^x-[\w-]+-request-?id$/, headerEntries),
								extendedRequestId: findHeader(/^x-[\w-]+-id-2$/, headerEntries),
								cfId: findHeader(/^x-[\w-]+-cf-id$/, headerEntries)
							};
						}
					} catch (ignored) {}
				}
				throw error;
			}
		};
		const findHeader = (pattern, headers) => {
			return (headers.find(([k]) => {
				return k.match(pattern);
			}) || [void 0, void 0])[1];
		};
		const schemaSerializationMiddleware = (config) => (next, context) => async (args) => {
			const { operationSchema } = getSmithyContext(context);
			const [, ns, n, t, i, o] = operationSchema ?? [];
			const endpoint = context.endpointV2 ? async () => toEndpointV1(context.endpointV2) : config.endpoint;
			const request = await config.protocol.serializeRequest(operation(ns, n, t, i, o), args.input, {
				...config,
				...context,
				endpoint
			});
			return next({
				...args,
				request
			});
		};
		const deserializerMiddlewareOption = {
			name: "deserializerMiddleware",
			step: "deserialize",
			tags: ["DESERIALIZER"],
			override: true
		};
		const serializerMiddlewareOption$1 = {
			name: "serializerMiddleware",
			step: "serialize",
			tags: ["SERIALIZER"],
			override: true
		};
		function getSchemaSerdePlugin(config) {
			return { applyToStack: (commandStack) => {
				commandStack.add(schemaSerializationMiddleware(config), serializerMiddlewareOption$1);
				commandStack.add(schemaDeserializationMiddleware(config), deserializerMiddlewareOption);
				config.protocol.setSerdeContext(config);
			} };
		}
		const traitsCache = [];
		function translateTraits(indicator) {
			if (typeof indicator === "object") return indicator;
			indicator = indicator | 0;
			if (traitsCache[indicator]) return traitsCache[indicator];
			const traits = {};
			let i = 0;
			for (const trait of [
				"httpLabel",
				"idempotent",
				"idempotencyToken",
				"sensitive",
				"httpPayload",
				"httpResponseCode",
				"httpQueryParams"
			]) if ((indicator >> i++ & 1) === 1) traits[trait] = 1;
			return traitsCache[indicator] = traits;
		}
		const anno = {
			it: Symbol.for("@smithy/nor-struct-it"),
			ns: Symbol.for("@smithy/ns")
		};
		const simpleSchemaCacheN = [];
		const simpleSchemaCacheS = {};
		var NormalizedSchema = class NormalizedSchema {
			ref;
			memberName;
			static symbol = Symbol.for("@smithy/nor");
			symbol = NormalizedSchema.symbol;
			name;
			schema;
			_isMemberSchema;
			traits;
			memberTraits;
			normalizedTraits;
			constructor(ref, memberName) {
				this.ref = ref;
				this.memberName = memberName;
				const traitStack = [];
				let _ref = ref;
				let schema = ref;
				this._isMemberSchema = false;
				while (isMemberSchema(_ref)) {
					traitStack.push(_ref[1]);
					_ref = _ref[0];
					schema = deref(_ref);
					this._isMemberSchema = true;
				}
				if (traitStack.length > 0) {
					this.memberTraits = {};
					for (let i = traitStack.length - 1; i >= 0; --i) {
						const traitSet = traitStack[i];
						Object.assign(this.memberTraits, translateTraits(traitSet));
					}
				} else this.memberTraits = 0;
				if (schema instanceof NormalizedSchema) {
					const computedMemberTraits = this.memberTraits;
					Object.assign(this, schema);
					this.memberTraits = Object.assign({}, computedMemberTraits, schema.getMemberTraits(), this.getMemberTraits());
					this.normalizedTraits = void 0;
					this.memberName = memberName ?? schema.memberName;
					return;
				}
				this.schema = deref(schema);
				if (isStaticSchema(this.schema)) {
					this.name = `${this.schema[1]}#${this.schema[2]}`;
					this.traits = this.schema[3];
				} else {
					this.name = this.memberName ?? String(schema);
					this.traits = 0;
				}
				if (this._isMemberSchema && !memberName) throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(true)} missing member name.`);
			}
			static [Symbol.hasInstance](lhs) {
				const isPrototype = this.prototype.isPrototypeOf(lhs);
				if (!isPrototype && typeof lhs === "object" && lhs !== null) return lhs.symbol === this.symbol;
				return isPrototype;
			}
			static of(ref) {
				const keyAble = typeof ref === "function" || typeof ref === "object" && ref !== null;
				if (typeof ref === "number") {
					if (simpleSchemaCacheN[ref]) return simpleSchemaCacheN[ref];
				} else if (typeof ref === "string") {
					if (simpleSchemaCacheS[ref]) return simpleSchemaCacheS[ref];
				} else if (keyAble) {
					if (ref[anno.ns]) return ref[anno.ns];
				}
				const sc = deref(ref);
				if (sc instanceof NormalizedSchema) return sc;
				if (isMemberSchema(sc)) {
					const [ns, traits] = sc;
					if (ns instanceof NormalizedSchema) {
						Object.assign(ns.getMergedTraits(), translateTraits(traits));
						return ns;
					}
					throw new Error(`@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(ref, null, 2)}.`);
				}
				const ns = new NormalizedSchema(sc);
				if (keyAble) return ref[anno.ns] = ns;
				if (typeof sc === "string") return simpleSchemaCacheS[sc] = ns;
				if (typeof sc === "number") return simpleSchemaCacheN[sc] = ns;
				return ns;
			}
			getSchema() {
				const sc = this.schema;
				if (Array.isArray(sc) && sc[0] === 0) return sc[4];
				return sc;
			}
			getName(withNamespace = false) {
				const { name } = this;
				return !withNamespace && name && name.includes("#") ? name.split("#")[1] : name || void 0;
			}
			getMemberName() {
				return this.memberName;
			}
			isMemberSchema() {
				return this._isMemberSchema;
			}
			isListSchema() {
				const sc = this.getSchema();
				return typeof sc === "number" ? sc >= 64 && sc < 128 : sc[0] === 1;
			}
			isMapSchema() {
				const sc = this.getSchema();
				return typeof sc === "number" ? sc >= 128 && sc <= 255 : sc[0] === 2;
			}
			isStructSchema() {
				const sc = this.getSchema();
				if (typeof sc !== "object") return false;
				const id = sc[0];
				return id === 3 || id === -3 || id === 4;
			}
			isUnionSchema() {
				const sc = this.getSchema();
				if (typeof sc !== "object") return false;
				return sc[0] === 4;
			}
			isBlobSchema() {
				const sc = this.getSchema();
				return sc === 21 || sc === 42;
			}
			isTimestampSchema() {
				const sc = this.getSchema();
				return typeof sc === "number" && sc >= 4 && sc <= 7;
			}
			isUnitSchema() {
				return this.getSchema() === "unit";
			}
			isDocumentSchema() {
				return this.getSchema() === 15;
			}
			isStringSchema() {
				return this.getSchema() === 0;
			}
			isBooleanSchema() {
				return this.getSchema() === 2;
			}
			isNumericSchema() {
				return this.getSchema() === 1;
			}
			isBigIntegerSchema() {
				return this.getSchema() === 17;
			}
			isBigDecimalSchema() {
				return this.getSchema() === 19;
			}
			isStreaming() {
				const { streaming } = this.getMergedTraits();
				return !!streaming || this.getSchema() === 42;
			}
			isIdempotencyToken() {
				return !!this.getMergedTraits().idempotencyToken;
			}
			getMergedTraits() {
				return this.normalizedTraits ?? (this.normalizedTraits = {
					...this.getOwnTraits(),
					...this.getMemberTraits()
				});
			}
			getMemberTraits() {
				return translateTraits(this.memberTraits);
			}
			getOwnTraits() {
				return translateTraits(this.traits);
			}
			getKeySchema() {
				const [isDoc, isMap] = [this.isDocumentSchema(), this.isMapSchema()];
				if (!isDoc && !isMap) throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(true)}`);
				const schema = this.getSchema();
				return member([isDoc ? 15 : schema[4] ?? 0, 0], "key");
			}
			getValueSchema() {
				const sc = this.getSchema();
				const [isDoc, isMap, isList] = [
					this.isDocumentSchema(),
					this.isMapSchema(),
					this.isListSchema()
				];
				const memberSchema = typeof sc === "number" ? 63 & sc : sc && typeof sc === "object" && (isMap || isList) ? sc[3 + sc[0]] : isDoc ? 15 : void 0;
				if (memberSchema != null) return member([memberSchema, 0], isMap ? "value" : "member");
				throw new Error(`@smithy/core/schema - ${this.getName(true)} has no value member.`);
			}
			getMemberSchema(memberName) {
				const struct = this.getSchema();
				if (this.isStructSchema() && struct[4].includes(memberName)) {
					const i = struct[4].indexOf(memberName);
					const memberSchema = struct[5][i];
					return member(isMemberSchema(memberSchema) ? memberSchema : [memberSchema, 0], memberName);
				}
				if (this.isDocumentSchema()) return member([15, 0], memberName);
				throw new Error(`@smithy/core/schema - ${this.getName(true)} has no member=${memberName}.`);
			}
			getMemberSchemas() {
				const buffer = {};
				try {
					for (const [k, v] of this.structIterator()) buffer[k] = v;
				} catch (ignored) {}
				return buffer;
			}
			getEventStreamMember() {
				if (this.isStructSchema()) {
					for (const [memberName, memberSchema] of this.structIterator()) if (memberSchema.isStreaming() && memberSchema.isStructSchema()) return memberName;
				}
				return "";
			}
			*structIterator() {
				if (this.isUnitSchema()) return;
				if (!this.isStructSchema()) throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");
				const struct = this.getSchema();
				const z = struct[4].length;
				let it = struct[anno.it];
				if (it && z === it.length) {
					yield* it;
					return;
				}
				it = Array(z);
				for (let i = 0; i < z; ++i) {
					const k = struct[4][i];
					const v = member([struct[5][i], 0], k);
					yield it[i] = [k, v];
				}
				struct[anno.it] = it;
			}
		};
		function member(memberSchema, memberName) {
			if (memberSchema instanceof NormalizedSchema) return Object.assign(memberSchema, {
				memberName,
				_isMemberSchema: true
			});
			return new NormalizedSchema(memberSchema, memberName);
		}
		const isMemberSchema = (sc) => Array.isArray(sc) && sc.length === 2;
		const isStaticSchema = (sc) => Array.isArray(sc) && sc.length >= 5;
		var TypeRegistry = class TypeRegistry {
			namespace;
			schemas;
			exceptions;
			static registries = new Map();
			constructor(namespace, schemas = new Map(), exceptions = new Map()) {
				this.namespace = namespace;
				this.schemas = schemas;
				this.exceptions = exceptions;
				if (!TypeRegistry.registries.has(namespace)) TypeRegistry.registries.set(namespace, this);
			}
			static for(namespace) {
				return TypeRegistry.registries.get(namespace) ?? new TypeRegistry(namespace);
			}
			copyFrom(other) {
				const { schemas, exceptions } = this;
				for (const [k, v] of other.schemas) if (!schemas.has(k)) schemas.set(k, v);
				for (const [k, v] of other.exceptions) if (!exceptions.has(k)) exceptions.set(k, v);
			}
			register(shapeId, schema) {
				const qualifiedName = this.normalizeShapeId(shapeId);
				for (const r of [this, TypeRegistry.for(qualifiedName.split("#")[0])]) if (!r.schemas.has(qualifiedName)) r.schemas.set(qualifiedName, schema);
			}
			getSchema(shapeId) {
				const id = this.normalizeShapeId(shapeId);
				if (!this.schemas.has(id)) {
					if (!shapeId.includes("#")) {
						const suffix = "#" + shapeId;
						const candidates = [];
						for (const [shapeId, schema] of this.schemas.entries()) if (shapeId.endsWith(suffix)) candidates.push(schema);
						if (candidates.length === 1) return candidates[0];
					}
					throw new Error(`@smithy/core/schema - schema not found for ${id}`);
				}
				return this.schemas.get(id);
			}
			registerError(es, ctor) {
				const $error = es;
				const ns = $error[1];
				const qualifiedName = ns + "#" + $error[2];
				if (!ctor.hasOwnProperty?.("shapeId")) ctor.shapeId = qualifiedName;
				for (const r of [this, TypeRegistry.for(ns)]) if (!r.schemas.has(qualifiedName) && !r.exceptions.has($error)) {
					r.schemas.set(qualifiedName, $error);
					r.exceptions.set($error, ctor);
				}
			}
			getErrorCtor(es) {
				const $error = es;
				if (this.exceptions.has($error)) return this.exceptions.get($error);
				return TypeRegistry.for($error[1]).exceptions.get($error);
			}
			getBaseException() {
				for (const exceptionKey of this.exceptions.keys()) if (Array.isArray(exceptionKey)) {
					const [, ns, name] = exceptionKey;
					const id = ns + "#" + name;
					if (id.startsWith("smithy.ts.sdk.synthetic.") && id.endsWith("ServiceException")) return exceptionKey;
				}
			}
			find(predicate) {
				for (const schema of this.schemas.values()) if (predicate(schema)) return schema;
			}
			clear() {
				this.schemas.clear();
				this.exceptions.clear();
			}
			normalizeShapeId(shapeId) {
				if (shapeId.includes("#")) return shapeId;
				return this.namespace + "#" + shapeId;
			}
		};
		const SENSITIVE_STRING = "***SensitiveInformation***";
		function schemaLogFilter(schema, data) {
			if (data == null) return data;
			const ns = NormalizedSchema.of(schema);
			if (ns.getMergedTraits().sensitive) return SENSITIVE_STRING;
			if (ns.isListSchema()) {
				const valueSchema = ns.getValueSchema();
				if (valueSchema.getMergedTraits().sensitive) return SENSITIVE_STRING;
				if (Array.isArray(data)) return data.map((value) => schemaLogFilter(valueSchema, value));
			} else if (ns.isMapSchema()) {
				const valueSchema = ns.getValueSchema();
				if (ns.getKeySchema().getMergedTraits().sensitive || valueSchema.getMergedTraits().sensitive) return SENSITIVE_STRING;
				if (typeof data === "object") return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, schemaLogFilter(valueSchema, value)]));
			} else if (ns.isStructSchema() && typeof data === "object") {
				const object = data;
				const newObject = {};
				for (const [member, memberNs] of ns.structIterator()) if (object[member] != null) newObject[member] = schemaLogFilter(memberNs, object[member]);
				return newObject;
			}
			return data;
		}
		const operationEventStreamMarker = Symbol.for("@smithy/op-event-stream");
		var Command = class {
			middlewareStack = constructStack();
			schema;
			static classBuilder() {
				return new ClassBuilder();
			}
			resolveMiddlewareWithContext(clientStack, configuration, options, { middlewareFn, clientName, commandName, inputFilterSensitiveLog, outputFilterSensitiveLog, smithyContext, additionalContext, CommandCtor }) {
				for (const mw of middlewareFn.bind(this)(CommandCtor, clientStack, configuration, options)) this.middlewareStack.use(mw);
				const stack = clientStack.concat(this.middlewareStack);
				const { logger } = configuration;
				const additionalSmithyContext = additionalContext[SMITHY_CONTEXT_KEY];
				const handlerExecutionContext = {
					logger,
					clientName,
					commandName,
					inputFilterSensitiveLog,
					outputFilterSensitiveLog,
					...additionalContext,
					[SMITHY_CONTEXT_KEY]: {
						...additionalSmithyContext,
						commandInstance: this,
						...smithyContext,
						...options?.metricsRecorder === void 0 ? {} : { metricsRecorder: options.metricsRecorder },
						...options?.abortSignal === void 0 ? {} : { abortSignal: options.abortSignal }
					}
				};
				const { requestHandler } = configuration;
				let requestOptions = options ?? {};
				if (requestOptions.metricsRecorder) {
					requestOptions = { ...requestOptions };
					delete requestOptions.metricsRecorder;
				}
				let isEventStream;
				const schema = this.schema;
				const marker = schema?.[operationEventStreamMarker];
				if (marker !== void 0) isEventStream = marker;
				else if (schema) {
					if (Array.isArray(schema) && schema[0] === 9) {
						const [, , , , input$, output$] = schema;
						isEventStream = schema[operationEventStreamMarker] = Boolean(NormalizedSchema.of(input$).getEventStreamMember() || NormalizedSchema.of(output$).getEventStreamMember());
					}
				}
				if (isEventStream) requestOptions = {
					isEventStream,
					...requestOptions
				};
				return stack.resolve((request) => requestHandler.handle(request.request, requestOptions), handlerExecutionContext);
			}
		};
		var ClassBuilder = class {
			_init = () => {};
			_ep = {};
			_middlewareFn = () => [];
			_commandName = "";
			_clientName = "";
			_additionalContext = {};
			_smithyContext = {};
			_inputFilterSensitiveLog = void 0;
			_outputFilterSensitiveLog = void 0;
			_serializer = null;
			_deserializer = null;
			_operationSchema;
			init(cb) {
				this._init = cb;
			}
			ep(endpointParameterInstructions) {
				this._ep = endpointParameterInstructions;
				return this;
			}
			m(middlewareSupplier) {
				this._middlewareFn = middlewareSupplier;
				return this;
			}
			s(service, operation, smithyContext = {}) {
				this._smithyContext = {
					service,
					operation,
					...smithyContext
				};
				return this;
			}
			c(additionalContext = {}) {
				this._additionalContext = additionalContext;
				return this;
			}
			n(clientName, commandName) {
				this._clientName = clientName;
				this._commandName = commandName;
				return this;
			}
			f(inputFilter = (_) => _, outputFilter = (_) => _) {
				this._inputFilterSensitiveLog = inputFilter;
				this._outputFilterSensitiveLog = outputFilter;
				return this;
			}
			ser(serializer) {
				this._serializer = serializer;
				return this;
			}
			de(deserializer) {
				this._deserializer = deserializer;
				return this;
			}
			sc(operation) {
				this._operationSchema = operation;
				this._smithyContext.operationSchema = operation;
				return this;
			}
			build() {
				const closure = this;
				let CommandRef;
				return CommandRef = class extends Command {
					input;
					static getEndpointParameterInstructions() {
						return closure._ep;
					}
					constructor(...[input]) {
						super();
						this.input = input ?? {};
						closure._init(this);
						this.schema = closure._operationSchema;
					}
					resolveMiddleware(stack, configuration, options) {
						const op = closure._operationSchema;
						const input = op?.[4] ?? op?.input;
						const output = op?.[5] ?? op?.output;
						return this.resolveMiddlewareWithContext(stack, configuration, options, {
							CommandCtor: CommandRef,
							middlewareFn: closure._middlewareFn,
							clientName: closure._clientName,
							commandName: closure._commandName,
							inputFilterSensitiveLog: closure._inputFilterSensitiveLog ?? (op ? schemaLogFilter.bind(null, input) : (_) => _),
							outputFilterSensitiveLog: closure._outputFilterSensitiveLog ?? (op ? schemaLogFilter.bind(null, output) : (_) => _),
							smithyContext: closure._smithyContext,
							additionalContext: closure._additionalContext
						});
					}
					serialize = closure._serializer;
					deserialize = closure._deserializer;
				};
			}
		};
		var ServiceException = class ServiceException extends Error {
			static shapeId = "smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";
			$fault;
			$response;
			$retryable;
			$metadata;
			constructor(options) {
				super(options.message);
				Object.setPrototypeOf(this, Object.getPrototypeOf(this).constructor.prototype);
				this.name = options.name;
				this.$fault = options.$fault;
				this.$metadata = options.$metadata;
			}
			static isInstance(value) {
				if (!value) return false;
				const candidate = value;
				return ServiceException.prototype.isPrototypeOf(candidate) || Boolean(candidate.$fault) && Boolean(candidate.$metadata) && (candidate.$fault === "client" || candidate.$fault === "server");
			}
			static [Symbol.hasInstance](instance) {
				if (!instance) return false;
				const candidate = instance;
				if (this === ServiceException) return ServiceException.isInstance(instance);
				if (ServiceException.isInstance(instance)) {
					if (this.prototype.isPrototypeOf(instance)) return true;
					const targetId = Object.prototype.hasOwnProperty.call(this, "shapeId") ? this.shapeId : void 0;
					let candidateHasShapeId = false;
					if (targetId) {
						let proto = Object.getPrototypeOf(candidate);
						while (proto && proto !== Object.prototype) {
							const ctor = proto.constructor;
							const candidateId = ctor !== ServiceException && Object.prototype.hasOwnProperty.call(ctor, "shapeId") ? ctor?.shapeId : void 0;
							if (candidateId) {
								candidateHasShapeId = true;
								if (candidateId === targetId) return true;
							}
							proto = Object.getPrototypeOf(proto);
						}
					}
					if (targetId && candidateHasShapeId) return false;
					const targetName = this.name;
					if (targetName && targetName.length >= 6) {
						if (candidate.name === targetName) return true;
						let proto = Object.getPrototypeOf(candidate);
						while (proto && proto !== Object.prototype) {
							const ctorName = proto.constructor?.name;
							if (ctorName && ctorName !== "Error" && ctorName === targetName) return true;
							proto = Object.getPrototypeOf(proto);
						}
					}
				}
				return false;
			}
		};
		const decorateServiceException = (exception, additions = {}) => {
			Object.entries(additions).filter(([, v]) => v !== void 0).forEach(([k, v]) => {
				if (exception[k] == void 0 || exception[k] === "") exception[k] = v;
			});
			exception.message = exception.message || exception.Message || "UnknownError";
			delete exception.Message;
			return exception;
		};
		const loadConfigsForDefaultMode = (mode) => {
			switch (mode) {
				case "standard": return {
					retryMode: "standard",
					connectionTimeout: 3100
				};
				case "in-region": return {
					retryMode: "standard",
					connectionTimeout: 1100
				};
				case "cross-region": return {
					retryMode: "standard",
					connectionTimeout: 3100
				};
				case "mobile": return {
					retryMode: "standard",
					connectionTimeout: 3e4
				};
				default: return {};
			}
		};
		let warningEmitted = false;
		const emitWarningIfUnsupportedVersion = (version) => {
			if (version && !warningEmitted && parseInt(version.substring(1, version.indexOf("."))) < 16) warningEmitted = true;
		};
		const knownAlgorithms = Object.values(AlgorithmId);
		const getChecksumConfiguration = (runtimeConfig) => {
			const checksumAlgorithms = [];
			for (const id in AlgorithmId) {
				if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(AlgorithmId, id)) continue;
				const algorithmId = AlgorithmId[id];
				if (runtimeConfig[algorithmId] === void 0) continue;
				checksumAlgorithms.push({
					algorithmId: () => algorithmId,
					checksumConstructor: () => runtimeConfig[algorithmId]
				});
			}
			for (const [id, ChecksumCtor] of Object.entries(runtimeConfig.checksumAlgorithms ?? {})) checksumAlgorithms.push({
				algorithmId: () => id,
				checksumConstructor: () => ChecksumCtor
			});
			return {
				addChecksumAlgorithm(algo) {
					runtimeConfig.checksumAlgorithms = runtimeConfig.checksumAlgorithms ?? {};
					const id = algo.algorithmId();
					const ctor = algo.checksumConstructor();
					if (knownAlgorithms.includes(id)) runtimeConfig.checksumAlgorithms[id.toUpperCase()] = ctor;
					else runtimeConfig.checksumAlgorithms[id] = ctor;
					checksumAlgorithms.push(algo);
				},
				checksumAlgorithms() {
					return checksumAlgorithms;
				}
			};
		};
		const resolveChecksumRuntimeConfig = (clientConfig) => {
			const runtimeConfig = {};
			clientConfig.checksumAlgorithms().forEach((checksumAlgorithm) => {
				const id = checksumAlgorithm.algorithmId();
				if (knownAlgorithms.includes(id)) runtimeConfig[id] = checksumAlgorithm.checksumConstructor();
			});
			return runtimeConfig;
		};
		const getRetryConfiguration = (runtimeConfig) => {
			return {
				setRetryStrategy(retryStrategy) {
					runtimeConfig.retryStrategy = retryStrategy;
				},
				retryStrategy() {
					return runtimeConfig.retryStrategy;
				}
			};
		};
		const resolveRetryRuntimeConfig = (retryStrategyConfiguration) => {
			const runtimeConfig = {};
			runtimeConfig.retryStrategy = retryStrategyConfiguration.retryStrategy();
			return runtimeConfig;
		};
		const getDefaultExtensionConfiguration = (runtimeConfig) => {
			return Object.assign(getChecksumConfiguration(runtimeConfig), getRetryConfiguration(runtimeConfig));
		};
		const resolveDefaultRuntimeConfig = (config) => {
			return Object.assign(resolveChecksumRuntimeConfig(config), resolveRetryRuntimeConfig(config));
		};
		var NoOpLogger = class {
			trace() {}
			debug() {}
			info() {}
			warn() {}
			error() {}
		};
		function makeBuilder(common, service, name, ep) {
			return function makeCommand(added, plugins, op, $, smithyContext = {}) {
				const epMerged = Object.assign({}, common, added);
				return Command.classBuilder().ep(epMerged).m(function(CommandCtor, clientStack, config, options) {
					const list = plugins.call(this, CommandCtor, clientStack, config, options);
					list.unshift(ep(config, CommandCtor.getEndpointParameterInstructions()));
					return list;
				}).s(service, op, smithyContext).n(name, op.charAt(0).toUpperCase() + op.slice(1) + "Command").sc($).build();
			};
		}
		const DEFAULTS_MODE_OPTIONS = [
			"in-region",
			"cross-region",
			"mobile",
			"standard",
			"legacy"
		];
		const IMDS_TOKEN_PATH = "/latest/api/token";
		const X_AWS_EC2_METADATA_TOKEN_TTL = "x-aws-ec2-metadata-token-ttl-seconds";
		const TIMEOUT_MS = 1e3;
		const NEG_CACHE_TTL_MS = 6e4;
		let negativeCacheUntil = 0;
		const getInstanceMetadataRegion = async () => {
			if (process.env["AWS_EC2_METADATA_DISABLED"]) return;
			if (Date.now() < negativeCacheUntil) return;
			try {
				const endpoint = resolveImdsEndpoint();
				const token = (await imdsRequest({
					...endpoint,
					path: IMDS_TOKEN_PATH,
					method: "PUT",
					headers: { [X_AWS_EC2_METADATA_TOKEN_TTL]: "21600" }
				})).toString();
				return (await imdsRequest({
					...endpoint,
					path: "/latest/meta-data/placement/region",
					method: "GET",
					headers: { ["x-aws-ec2-metadata-token"]: token }
				})).toString().trim() || cacheNegativeAndReturnUndefined();
			} catch {
				return cacheNegativeAndReturnUndefined();
			}
		};
		const cacheNegativeAndReturnUndefined = () => {
			negativeCacheUntil = Date.now() + NEG_CACHE_TTL_MS;
		};
		const resolveImdsEndpoint = () => {
			const envEndpoint = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
			if (envEndpoint) {
				const url = new URL(envEndpoint);
				return {
					hostname: url.hostname.replace(/^\[(.+)]$/, "$1"),
					port: url.port ? Number(url.port) : void 0
				};
			}
			if (process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === "IPv6") return { hostname: "fd00:ec2::254" };
			return { hostname: "169.254.169.254" };
		};
		const imdsRequest = async (options) => {
			const { request } = await Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 37067, 19));
			return new Promise((resolve, reject) => {
				const req = request({
					hostname: options.hostname,
					port: options.port,
					path: options.path,
					method: options.method,
					headers: options.headers,
					timeout: TIMEOUT_MS,
					signal: AbortSignal.timeout(TIMEOUT_MS)
				});
				req.on("error", (err) => {
					reject(err);
					req.destroy();
				});
				req.on("timeout", () => {
					reject(new Error("TimeoutError from instance metadata service"));
					req.destroy();
				});
				req.on("response", (res) => {
					const { statusCode = 400 } = res;
					if (statusCode < 200 || statusCode >= 300) {
						reject(Object.assign(new Error("Error response received from instance metadata service"), { statusCode }));
						req.destroy();
						return;
					}
					const chunks = [];
					res.on("data", (chunk) => chunks.push(chunk));
					res.on("end", () => {
						resolve(Buffer.concat(chunks));
						req.destroy();
					});
				});
				req.end();
			});
		};
		const REGION_ENV_NAME = "AWS_REGION";
		const REGION_INI_NAME = "region";
		const NODE_REGION_CONFIG_OPTIONS = {
			environmentVariableSelector: (env) => env[REGION_ENV_NAME],
			configFileSelector: (profile) => profile[REGION_INI_NAME],
			default: async () => {
				const region = await getInstanceMetadataRegion();
				if (region) return region;
				throw new Error("Region is missing");
			}
		};
		const NODE_REGION_CONFIG_FILE_OPTIONS = { preferredFile: "credentials" };
		const validRegions = new Set();
		const checkRegion = (region, check = isValidHostLabel) => {
			if (!validRegions.has(region) && !check(region)) {
				if (region === "*") console.warn(`@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.`);
				else throw new Error(`Region not accepted: region="${region}" is not a valid hostname component.`);
			} else validRegions.add(region);
		};
		const isFipsRegion = (region) => typeof region === "string" && (region.startsWith("fips-") || region.endsWith("-fips"));
		const getRealRegion = (region) => isFipsRegion(region) ? ["fips-aws-global", "aws-fips"].includes(region) ? "us-east-1" : region.replace(/fips-(dkr-|prod-)?|-fips/, "") : region;
		const resolveRegionConfig = (input) => {
			const { region, useFipsEndpoint } = input;
			if (!region) throw new Error("Region is missing");
			return Object.assign(input, {
				region: async () => {
					const providedRegion = typeof region === "function" ? await region() : region;
					const realRegion = getRealRegion(providedRegion);
					checkRegion(realRegion);
					return realRegion;
				},
				useFipsEndpoint: async () => {
					const providedRegion = typeof region === "string" ? region : await region();
					if (isFipsRegion(providedRegion)) return true;
					return typeof useFipsEndpoint !== "function" ? Promise.resolve(!!useFipsEndpoint) : useFipsEndpoint();
				}
			});
		};
		const AWS_DEFAULTS_MODE_ENV = "AWS_DEFAULTS_MODE";
		const AWS_DEFAULTS_MODE_CONFIG = "defaults_mode";
		const NODE_DEFAULTS_MODE_CONFIG_OPTIONS = {
			environmentVariableSelector: (env) => {
				return env[AWS_DEFAULTS_MODE_ENV];
			},
			configFileSelector: (profile) => {
				return profile[AWS_DEFAULTS_MODE_CONFIG];
			},
			default: "legacy"
		};
		const resolveDefaultsModeConfig = ({ region = loadConfig(NODE_REGION_CONFIG_OPTIONS), defaultsMode = loadConfig(NODE_DEFAULTS_MODE_CONFIG_OPTIONS) } = {}) => memoize(async () => {
			const mode = typeof defaultsMode === "function" ? await defaultsMode() : defaultsMode;
			switch (mode?.toLowerCase()) {
				case "auto": return resolveNodeDefaultsModeAuto(region);
				case "in-region":
				case "cross-region":
				case "mobile":
				case "standard":
				case "legacy": return Promise.resolve(mode?.toLocaleLowerCase());
				case void 0: return Promise.resolve("legacy");
				default: throw new Error(`Invalid parameter for "defaultsMode", expect ${DEFAULTS_MODE_OPTIONS.join(", ")}, got ${mode}`);
			}
		});
		const resolveNodeDefaultsModeAuto = async (clientRegion) => {
			if (clientRegion) {
				const resolvedRegion = typeof clientRegion === "function" ? await clientRegion() : clientRegion;
				const inferredRegion = await inferPhysicalRegion();
				if (!inferredRegion) return "standard";
				if (resolvedRegion === inferredRegion) return "in-region";
				else return "cross-region";
			}
			return "standard";
		};
		const inferPhysicalRegion = async () => {
			if (process.env["AWS_EXECUTION_ENV"] && (process.env["AWS_REGION"] || process.env["AWS_DEFAULT_REGION"])) return process.env["AWS_REGION"] ?? process.env["AWS_DEFAULT_REGION"];
			return getInstanceMetadataRegion();
		};
		const ENV_ENDPOINT_URL = "AWS_ENDPOINT_URL";
		const CONFIG_ENDPOINT_URL = "endpoint_url";
		const getEndpointUrlConfig = (serviceId) => ({
			environmentVariableSelector: (env) => {
				const serviceSuffixParts = serviceId.split(" ").map((w) => w.toUpperCase());
				const serviceEndpointUrl = env[[ENV_ENDPOINT_URL, ...serviceSuffixParts].join("_")];
				if (serviceEndpointUrl) return serviceEndpointUrl;
				const endpointUrl = env[ENV_ENDPOINT_URL];
				if (endpointUrl) return endpointUrl;
			},
			configFileSelector: (profile, config) => {
				if (profile.services) {
					const servicesSectionKey = ["services", profile.services].join(".");
					if (!config || !config[servicesSectionKey]) throw new Error(`The services section "${profile.services}" specified in the profile is not present in the shared configuration file.`);
					const endpointUrl = config[servicesSectionKey][[serviceId.split(" ").map((w) => w.toLowerCase()).join("_"), CONFIG_ENDPOINT_URL].join(".")];
					if (endpointUrl) return endpointUrl;
				}
				const endpointUrl = profile[CONFIG_ENDPOINT_URL];
				if (endpointUrl) return endpointUrl;
			},
			default: void 0
		});
		const ENV_IGNORE_CONFIGURED_ENDPOINT_URLS = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
		const CONFIG_IGNORE_CONFIGURED_ENDPOINT_URLS = "ignore_configured_endpoint_urls";
		const ignoreConfiguredEndpointUrlsConfigSelectors = {
			environmentVariableSelector: (env) => booleanSelector(env, ENV_IGNORE_CONFIGURED_ENDPOINT_URLS, SelectorType.ENV),
			configFileSelector: (profile) => booleanSelector(profile, CONFIG_IGNORE_CONFIGURED_ENDPOINT_URLS, SelectorType.CONFIG),
			default: false
		};
		const getEndpointFromConfig = async (serviceId) => {
			if (await loadConfig(ignoreConfiguredEndpointUrlsConfigSelectors)()) return;
			return loadConfig(getEndpointUrlConfig(serviceId ?? ""))();
		};
		const resolveParamsForS3 = async (endpointParams) => {
			const bucket = endpointParams?.Bucket || "";
			if (typeof endpointParams.Bucket === "string") endpointParams.Bucket = bucket.replace(/#/g, encodeURIComponent("#")).replace(/\?/g, encodeURIComponent("?"));
			if (isArnBucketName(bucket)) {
				if (endpointParams.ForcePathStyle === true) throw new Error("Path-style addressing cannot be used with ARN buckets");
			} else if (!isDnsCompatibleBucketName(bucket) || bucket.indexOf(".") !== -1 && !String(endpointParams.Endpoint).startsWith("http:") || bucket.toLowerCase() !== bucket || bucket.length < 3) endpointParams.ForcePathStyle = true;
			if (endpointParams.DisableMultiRegionAccessPoints) {
				endpointParams.disableMultiRegionAccessPoints = true;
				endpointParams.DisableMRAP = true;
			}
			return endpointParams;
		};
		const DOMAIN_PATTERN = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
		const IP_ADDRESS_PATTERN = /(\d+\.){3}\d+/;
		const DOTS_PATTERN = /\.\./;
		const isDnsCompatibleBucketName = (bucketName) => DOMAIN_PATTERN.test(bucketName) && !IP_ADDRESS_PATTERN.test(bucketName) && !DOTS_PATTERN.test(bucketName);
		const isArnBucketName = (bucketName) => {
			const [arn, partition, service, , , bucket] = bucketName.split(":");
			const isArn = arn === "arn" && bucketName.split(":").length >= 6;
			const isValidArn = Boolean(isArn && partition && service && bucket);
			if (isArn && !isValidArn) throw new Error(`Invalid ARN: ${bucketName} was an invalid ARN.`);
			return isValidArn;
		};
		const createConfigValueProvider = (configKey, canonicalEndpointParamKey, config, isClientContextParam = false) => {
			const configProvider = async () => {
				let configValue;
				if (isClientContextParam) configValue = config.clientContextParams?.[configKey] ?? config[configKey] ?? config[canonicalEndpointParamKey];
				else configValue = config[configKey] ?? config[canonicalEndpointParamKey];
				if (typeof configValue === "function") return configValue();
				return configValue;
			};
			if (configKey === "credentialScope" || canonicalEndpointParamKey === "CredentialScope") return async () => {
				const credentials = typeof config.credentials === "function" ? await config.credentials() : config.credentials;
				return credentials?.credentialScope ?? credentials?.CredentialScope;
			};
			if (configKey === "accountId" || canonicalEndpointParamKey === "AccountId") return async () => {
				const credentials = typeof config.credentials === "function" ? await config.credentials() : config.credentials;
				return credentials?.accountId ?? credentials?.AccountId;
			};
			if (configKey === "endpoint" || canonicalEndpointParamKey === "endpoint") return async () => {
				if (config.isCustomEndpoint === false) return;
				const endpoint = await configProvider();
				if (endpoint && typeof endpoint === "object") {
					if ("url" in endpoint) return endpoint.url.href;
					if ("hostname" in endpoint) {
						const { protocol, hostname, port, path } = endpoint;
						return `${protocol}//${hostname}${port ? ":" + port : ""}${path}`;
					}
				}
				return endpoint;
			};
			return configProvider;
		};
		function bindGetEndpointFromInstructions(getEndpointFromConfig) {
			return async (commandInput, instructionsSupplier, clientConfig, context) => {
				if (!clientConfig.isCustomEndpoint && !clientConfig.ignoreConfiguredEndpointUrls) {
					let endpointFromConfig;
					if (clientConfig.serviceConfiguredEndpoint) endpointFromConfig = await clientConfig.serviceConfiguredEndpoint();
					else endpointFromConfig = await getEndpointFromConfig(clientConfig.serviceId);
					if (endpointFromConfig) {
						clientConfig.endpoint = () => Promise.resolve(toEndpointV1(endpointFromConfig));
						clientConfig.isCustomEndpoint = true;
						context?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${endpointFromConfig}`);
					}
				}
				const endpointParams = await resolveParams(commandInput, instructionsSupplier, clientConfig);
				if (typeof clientConfig.endpointProvider !== "function") throw new Error("config.endpointProvider is not set.");
				const endpoint = clientConfig.endpointProvider(endpointParams, context);
				if (clientConfig.isCustomEndpoint && clientConfig.endpoint) {
					const customEndpoint = await clientConfig.endpoint();
					if (customEndpoint?.headers) {
						endpoint.headers ??= {};
						for (const [name, value] of Object.entries(customEndpoint.headers)) endpoint.headers[name] = Array.isArray(value) ? value : [value];
					}
				}
				return endpoint;
			};
		}
		const resolveParams = async (commandInput, instructionsSupplier, clientConfig) => {
			const endpointParams = {};
			const instructions = instructionsSupplier?.getEndpointParameterInstructions?.() || {};
			for (const [name, instruction] of Object.entries(instructions)) switch (instruction.type) {
				case "staticContextParams":
					endpointParams[name] = instruction.value;
					break;
				case "contextParams":
					endpointParams[name] = commandInput[instruction.name];
					break;
				case "clientContextParams":
				case "builtInParams":
					endpointParams[name] = await createConfigValueProvider(instruction.name, name, clientConfig, instruction.type !== "builtInParams")();
					break;
				case "operationContextParams":
					endpointParams[name] = instruction.get(commandInput);
					break;
				default: throw new Error("Unrecognized endpoint parameter instruction: " + JSON.stringify(instruction));
			}
			if (Object.keys(instructions).length === 0) Object.assign(endpointParams, clientConfig);
			if (String(clientConfig.serviceId).toLowerCase() === "s3") await resolveParamsForS3(endpointParams);
			return endpointParams;
		};
		function setFeature(context, feature, value) {
			if (!context.__smithy_context) context.__smithy_context = { features: {} };
			else if (!context.__smithy_context.features) context.__smithy_context.features = {};
			context.__smithy_context.features[feature] = value;
		}
		function bindEndpointMiddleware(getEndpointFromConfig) {
			const getEndpointFromInstructions = bindGetEndpointFromInstructions(getEndpointFromConfig);
			return ({ config, instructions }) => {
				return (next, context) => async (args) => {
					if (config.isCustomEndpoint) setFeature(context, "ENDPOINT_OVERRIDE", "N");
					const endpoint = await getEndpointFromInstructions(args.input, { getEndpointParameterInstructions() {
						return instructions;
					} }, { ...config }, context);
					context.endpointV2 = endpoint;
					context.authSchemes = endpoint.properties?.authSchemes;
					const authScheme = context.authSchemes?.[0];
					if (authScheme) {
						context["signing_region"] = authScheme.signingRegion;
						context["signing_service"] = authScheme.signingName;
						const httpAuthOption = getSmithyContext(context)?.selectedHttpAuthScheme?.httpAuthOption;
						if (httpAuthOption) httpAuthOption.signingProperties = Object.assign(httpAuthOption.signingProperties || {}, {
							signing_region: authScheme.signingRegion,
							signingRegion: authScheme.signingRegion,
							signing_service: authScheme.signingName,
							signingName: authScheme.signingName,
							signingRegionSet: authScheme.signingRegionSet
						}, authScheme.properties);
					}
					return next({ ...args });
				};
			};
		}
		const endpointMiddlewareOptions = {
			step: "serialize",
			tags: [
				"ENDPOINT_PARAMETERS",
				"ENDPOINT_V2",
				"ENDPOINT"
			],
			name: "endpointV2Middleware",
			override: true,
			relation: "before",
			toMiddleware: {
				name: "serializerMiddleware",
				step: "serialize",
				tags: ["SERIALIZER"],
				override: true
			}.name
		};
		function bindGetEndpointPlugin(getEndpointFromConfig) {
			const endpointMiddleware = bindEndpointMiddleware(getEndpointFromConfig);
			return (config, instructions) => ({ applyToStack: (clientStack) => {
				clientStack.addRelativeTo(endpointMiddleware({
					config,
					instructions
				}), endpointMiddlewareOptions);
			} });
		}
		function bindResolveEndpointConfig(getEndpointFromConfig) {
			return (input) => {
				const tls = input.tls ?? true;
				const { endpoint, useDualstackEndpoint, useFipsEndpoint } = input;
				const resolvedConfig = Object.assign(input, {
					endpoint: endpoint != null ? async () => toEndpointV1(await normalizeProvider$1(endpoint)()) : void 0,
					tls,
					isCustomEndpoint: !!endpoint,
					useDualstackEndpoint: normalizeProvider$1(useDualstackEndpoint ?? false),
					useFipsEndpoint: normalizeProvider$1(useFipsEndpoint ?? false),
					ignoreConfiguredEndpointUrls: !!input.ignoreConfiguredEndpointUrls
				});
				let configuredEndpointPromise = void 0;
				resolvedConfig.serviceConfiguredEndpoint = async () => {
					if (input.serviceId && !configuredEndpointPromise) configuredEndpointPromise = getEndpointFromConfig(input.serviceId);
					return configuredEndpointPromise;
				};
				return resolvedConfig;
			};
		}
		var BinaryDecisionDiagram = class BinaryDecisionDiagram {
			nodes;
			root;
			conditions;
			results;
			constructor(bdd, root, conditions, results) {
				this.nodes = bdd;
				this.root = root;
				this.conditions = conditions;
				this.results = results;
			}
			static from(bdd, root, conditions, results) {
				return new BinaryDecisionDiagram(bdd, root, conditions, results);
			}
		};
		var EndpointCache = class {
			capacity;
			data = new Map();
			parameters = [];
			constructor({ size, params }) {
				this.capacity = size ?? 50;
				if (params) this.parameters = params;
			}
			get(endpointParams, resolver) {
				const key = this.hash(endpointParams);
				if (key === false) return resolver();
				if (!this.data.has(key)) {
					if (this.data.size > this.capacity + 10) {
						const keys = this.data.keys();
						let i = 0;
						while (true) {
							const { value, done } = keys.next();
							this.data.delete(value);
							if (done || ++i > 10) break;
						}
					}
					this.data.set(key, resolver());
				}
				return this.data.get(key);
			}
			size() {
				return this.data.size;
			}
			hash(endpointParams) {
				let buffer = "";
				const { parameters } = this;
				if (parameters.length === 0) return false;
				for (const param of parameters) {
					const raw = endpointParams[param];
					const val = raw == null ? "\0" : String(raw);
					if (val.includes("|;")) return false;
					buffer += val + "|;";
				}
				return buffer;
			}
		};
		var EndpointError = class extends Error {
			constructor(message) {
				super(message);
				this.name = "EndpointError";
			}
		};
		const debugId = "endpoints";
		function toDebugString(input) {
			if (typeof input !== "object" || input == null) return input;
			if ("ref" in input) return `$${toDebugString(input.ref)}`;
			if ("fn" in input) return `${input.fn}(${(input.argv || []).map(toDebugString).join(", ")})`;
			return JSON.stringify(input, null, 2);
		}
		const customEndpointFunctions = {};
		const booleanEquals = (value1, value2) => value1 === value2;
		function coalesce(...args) {
			for (const arg of args) if (arg != null) return arg;
		}
		const getAttrPathList = (path) => {
			const parts = path.split(".");
			const pathList = [];
			for (const part of parts) {
				const squareBracketIndex = part.indexOf("[");
				if (squareBracketIndex !== -1) {
					if (part.indexOf("]") !== part.length - 1) throw new EndpointError(`Path: '${path}' does not end with ']'`);
					const arrayIndex = part.slice(squareBracketIndex + 1, -1);
					if (Number.isNaN(parseInt(arrayIndex))) throw new EndpointError(`Invalid array index: '${arrayIndex}' in path: '${path}'`);
					if (squareBracketIndex !== 0) pathList.push(part.slice(0, squareBracketIndex));
					pathList.push(arrayIndex);
				} else pathList.push(part);
			}
			return pathList;
		};
		const getAttr = (value, path) => getAttrPathList(path).reduce((acc, index) => {
			if (typeof acc !== "object") throw new EndpointError(`Index '${index}' in '${path}' not found in '${JSON.stringify(value)}'`);
			else if (Array.isArray(acc)) {
				const i = parseInt(index);
				return acc[i < 0 ? acc.length + i : i];
			}
			return acc[index];
		}, value);
		const isSet = (value) => value != null;
		function ite(condition, trueValue, falseValue) {
			return condition ? trueValue : falseValue;
		}
		const not = (value) => !value;
		const IP_V4_REGEX = new RegExp(`^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$`);
		const isIpAddress = (value) => IP_V4_REGEX.test(value) || value.startsWith("[") && value.endsWith("]");
		const DEFAULT_PORTS = {
			[EndpointURLScheme.HTTP]: 80,
			[EndpointURLScheme.HTTPS]: 443
		};
		const parseURL = (value) => {
			const whatwgURL = (() => {
				try {
					if (value instanceof URL) return value;
					if (typeof value === "object" && "hostname" in value) {
						const { hostname, port, protocol = "", path = "", query = {} } = value;
						const url = new URL(`${protocol}//${hostname}${port ? `:${port}` : ""}${path}`);
						url.search = Object.entries(query).map(([k, v]) => `${k}=${v}`).join("&");
						return url;
					}
					return new URL(value);
				} catch (ignored) {
					return null;
				}
			})();
			if (!whatwgURL) {
				console.error(`Unable to parse ${JSON.stringify(value)} as a whatwg URL.`);
				return null;
			}
			const urlString = whatwgURL.href;
			const { host, hostname, pathname, protocol, search } = whatwgURL;
			if (search) return null;
			const scheme = protocol.slice(0, -1);
			if (!Object.values(EndpointURLScheme).includes(scheme)) return null;
			const isIp = isIpAddress(hostname);
			return {
				scheme,
				authority: `${host}${urlString.includes(`${host}:${DEFAULT_PORTS[scheme]}`) || typeof value === "string" && value.includes(`${host}:${DEFAULT_PORTS[scheme]}`) ? `:${DEFAULT_PORTS[scheme]}` : ``}`,
				path: pathname,
				normalizedPath: pathname.endsWith("/") ? pathname : `${pathname}/`,
				isIp
			};
		};
		function split(value, delimiter, limit) {
			if (limit === 1) return [value];
			if (value === "") return [""];
			const parts = value.split(delimiter);
			if (limit === 0) return parts;
			return parts.slice(0, limit - 1).concat(parts.slice(1).join(delimiter));
		}
		const stringEquals = (value1, value2) => value1 === value2;
		const substring = (input, start, stop, reverse) => {
			if (input == null || start >= stop || input.length < stop || /[^\u0000-\u007f]/.test(input)) return null;
			if (!reverse) return input.substring(start, stop);
			return input.substring(input.length - stop, input.length - start);
		};
		const uriEncode = (value) => encodeURIComponent(value).replace(/[!*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
		const endpointFunctions = {
			booleanEquals,
			coalesce,
			getAttr,
			isSet,
			isValidHostLabel,
			ite,
			not,
			parseURL,
			split,
			stringEquals,
			substring,
			uriEncode
		};
		const evaluateTemplate = (template, options) => {
			const evaluatedTemplateArr = [];
			const { referenceRecord, endpointParams } = options;
			let currentIndex = 0;
			while (currentIndex < template.length) {
				const openingBraceIndex = template.indexOf("{", currentIndex);
				if (openingBraceIndex === -1) {
					evaluatedTemplateArr.push(template.slice(currentIndex));
					break;
				}
				evaluatedTemplateArr.push(template.slice(currentIndex, openingBraceIndex));
				const closingBraceIndex = template.indexOf("}", openingBraceIndex);
				if (closingBraceIndex === -1) {
					evaluatedTemplateArr.push(template.slice(openingBraceIndex));
					break;
				}
				if (template[openingBraceIndex + 1] === "{" && template[closingBraceIndex + 1] === "}") {
					evaluatedTemplateArr.push(template.slice(openingBraceIndex + 1, closingBraceIndex));
					currentIndex = closingBraceIndex + 2;
				}
				const parameterName = template.substring(openingBraceIndex + 1, closingBraceIndex);
				if (parameterName.includes("#")) {
					const [refName, attrName] = parameterName.split("#");
					evaluatedTemplateArr.push(getAttr(referenceRecord[refName] ?? endpointParams[refName], attrName));
				} else evaluatedTemplateArr.push(referenceRecord[parameterName] ?? endpointParams[parameterName]);
				currentIndex = closingBraceIndex + 1;
			}
			return evaluatedTemplateArr.join("");
		};
		const getReferenceValue = ({ ref }, options) => {
			return options.referenceRecord[ref] ?? options.endpointParams[ref];
		};
		const evaluateExpression = (obj, keyName, options) => {
			if (typeof obj === "string") return evaluateTemplate(obj, options);
			else if (obj["fn"]) return group$1.callFunction(obj, options);
			else if (obj["ref"]) return getReferenceValue(obj, options);
			throw new EndpointError(`'${keyName}': ${String(obj)} is not a string, function or reference.`);
		};
		const callFunction = ({ fn, argv }, options) => {
			const evaluatedArgs = Array(argv.length);
			for (let i = 0; i < evaluatedArgs.length; ++i) {
				const arg = argv[i];
				if (typeof arg === "boolean" || typeof arg === "number") evaluatedArgs[i] = arg;
				else evaluatedArgs[i] = group$1.evaluateExpression(arg, "arg", options);
			}
			const namespaceSeparatorIndex = fn.indexOf(".");
			if (namespaceSeparatorIndex !== -1) {
				const customFunction = customEndpointFunctions[fn.slice(0, namespaceSeparatorIndex)]?.[fn.slice(namespaceSeparatorIndex + 1)];
				if (typeof customFunction === "function") return customFunction(...evaluatedArgs);
			}
			const callable = endpointFunctions[fn];
			if (typeof callable === "function") return callable(...evaluatedArgs);
			throw new Error(`function ${fn} not loaded in endpointFunctions.`);
		};
		const group$1 = {
			evaluateExpression,
			callFunction
		};
		const evaluateCondition = (condition, options) => {
			const { assign } = condition;
			if (assign && assign in options.referenceRecord) throw new EndpointError(`'${assign}' is already defined in Reference Record.`);
			const value = callFunction(condition, options);
			options.logger?.debug?.(`${debugId} evaluateCondition: ${toDebugString(condition)} = ${toDebugString(value)}`);
			const result = value === "" ? true : !!value;
			if (assign != null) return {
				result,
				toAssign: {
					name: assign,
					value
				}
			};
			return { result };
		};
		const getEndpointHeaders = (headers, options) => Object.entries(headers ?? {}).reduce((acc, [headerKey, headerVal]) => {
			acc[headerKey] = headerVal.map((headerValEntry) => {
				const processedExpr = evaluateExpression(headerValEntry, "Header value entry", options);
				if (typeof processedExpr !== "string") throw new EndpointError(`Header '${headerKey}' value '${processedExpr}' is not a string`);
				return processedExpr;
			});
			return acc;
		}, {});
		const getEndpointProperties = (properties, options) => Object.entries(properties).reduce((acc, [propertyKey, propertyVal]) => {
			acc[propertyKey] = group.getEndpointProperty(propertyVal, options);
			return acc;
		}, {});
		const getEndpointProperty = (property, options) => {
			if (Array.isArray(property)) return property.map((propertyEntry) => getEndpointProperty(propertyEntry, options));
			switch (typeof property) {
				case "string": return evaluateTemplate(property, options);
				case "object":
					if (property === null) throw new EndpointError(`Unexpected endpoint property: ${property}`);
					return group.getEndpointProperties(property, options);
				case "boolean": return property;
				default: throw new EndpointError(`Unexpected endpoint property type: ${typeof property}`);
			}
		};
		const group = {
			getEndpointProperty,
			getEndpointProperties
		};
		const getEndpointUrl = (endpointUrl, options) => {
			const expression = evaluateExpression(endpointUrl, "Endpoint URL", options);
			if (typeof expression === "string") try {
				return new URL(expression);
			} catch (error) {
				console.error(`Failed to construct URL with ${expression}`, error);
				throw error;
			}
			throw new EndpointError(`Endpoint URL must be a string, got ${typeof expression}`);
		};
		const RESULT = 1e8;
		const decideEndpoint = (bdd, options) => {
			const { nodes, root, results, conditions } = bdd;
			let ref = root;
			const referenceRecord = {};
			const closure = {
				referenceRecord,
				endpointParams: options.endpointParams,
				logger: options.logger
			};
			while (ref !== 1 && ref !== -1 && ref < RESULT) {
				const node_i = 3 * (Math.abs(ref) - 1);
				const [condition_i, highRef, lowRef] = [
					nodes[node_i],
					nodes[node_i + 1],
					nodes[node_i + 2]
				];
				const [fn, argv, assign] = conditions[condition_i];
				const evaluation = evaluateCondition({
					fn,
					assign,
					argv
				}, closure);
				if (evaluation.toAssign) {
					const { name, value } = evaluation.toAssign;
					referenceRecord[name] = value;
				}
				ref = ref >= 0 === evaluation.result ? highRef : lowRef;
			}
			if (ref >= RESULT) {
				const result = results[ref - RESULT];
				if (result[0] === -1) {
					const [, errorExpression] = result;
					throw new EndpointError(evaluateExpression(errorExpression, "Error", closure));
				}
				const [url, properties, headers] = result;
				return {
					url: getEndpointUrl(url, closure),
					properties: getEndpointProperties(properties, closure),
					headers: getEndpointHeaders(headers ?? {}, closure)
				};
			}
			throw new EndpointError(`No matching endpoint.`);
		};
		const resolveEndpointConfig = bindResolveEndpointConfig(getEndpointFromConfig);
		bindEndpointMiddleware(getEndpointFromConfig);
		const getEndpointPlugin = bindGetEndpointPlugin(getEndpointFromConfig);
		const isReadableStream = (stream) => typeof ReadableStream === "function" && (stream?.constructor?.name === ReadableStream.name || stream instanceof ReadableStream);
		const isBlob = (blob) => {
			return typeof Blob === "function" && (blob?.constructor?.name === Blob.name || blob instanceof Blob);
		};
		const streamCollector$1 = async (stream) => {
			if (isBlob(stream)) return collectBlob(stream);
			return collectReadableStream(stream);
		};
		async function collectBlob(blob) {
			return blob.arrayBuffer().then((ab) => new Uint8Array(ab));
		}
		async function collectReadableStream(stream) {
			const chunks = [];
			const reader = stream.getReader();
			let length = 0;
			while (true) {
				const { done, value } = await reader.read();
				if (value) {
					chunks.push(value);
					length += value.length;
				}
				if (done) break;
			}
			return concatBytes(chunks, length);
		}
		const streamCollector = (stream) => {
			if (isBlob(stream)) return collectBlob(stream);
			if (isReadableStream(stream)) return collectReadableStream(stream);
			return new Promise((resolve, reject) => {
				const collector = new Collector();
				const nodeStream = stream;
				nodeStream.pipe(collector);
				nodeStream.on("error", (err) => {
					collector.end();
					reject(err);
				});
				collector.on("error", reject);
				collector.on("finish", function() {
					resolve(concatBytes(this.bufferedBytes));
				});
			});
		};
		var Collector = class extends node_stream__WEBPACK_IMPORTED_MODULE_7__.Writable {
			bufferedBytes = [];
			_write(chunk, encoding, callback) {
				this.bufferedBytes.push(chunk);
				callback();
			}
		};
		function writeKey(obj) {
			Object.defineProperty(obj, "__proto__", {
				value: void 0,
				writable: true,
				enumerable: true,
				configurable: true
			});
		}
		var Uint8ArrayBlobAdapter = class extends bindUint8ArrayBlobAdapter(toUtf8, fromUtf8, toBase64, fromBase64) {};
		const v4 = bindV4(node_crypto__WEBPACK_IMPORTED_MODULE_4__.getRandomValues);
		const generateIdempotencyToken = v4;
		const collectBody = async (streamBody = new Uint8Array(), context) => {
			if (streamBody instanceof Uint8Array) return Uint8ArrayBlobAdapter.mutate(streamBody);
			if (!streamBody) return Uint8ArrayBlobAdapter.mutate(new Uint8Array());
			const fromContext = context.streamCollector(streamBody);
			return Uint8ArrayBlobAdapter.mutate(await fromContext);
		};
		const HTTP_BINDINGS = Symbol.for("@smithy/schema-x");
		var HttpBindingNormalizedSchema = class HttpBindingNormalizedSchema extends NormalizedSchema {
			static identity = Symbol.for("@smithy/HttpBindingNormalizedSchema");
			identity = HttpBindingNormalizedSchema.identity;
			bindings;
			constructor(schema) {
				super(schema);
			}
			static of(schema) {
				const ns = NormalizedSchema.of(schema);
				if (ns.identity === HttpBindingNormalizedSchema.identity) return ns;
				const schemaCache = ns.isMemberSchema() ? ns : ns.getSchema();
				const cache = typeof schemaCache === "object" && schemaCache !== null ? schemaCache : ns;
				return cache[HTTP_BINDINGS] ??= new HttpBindingNormalizedSchema(ns);
			}
			getHttpBindingLocation(traits) {
				if (traits.httpPayload) return 36;
				if (traits.httpLabel) return 33;
				if (traits.httpHeader) return 38;
				if (typeof traits.httpPrefixHeaders === "string") return 39;
				if (traits.httpQuery) return 34;
				if (traits.httpQueryParams) return 35;
				if (traits.httpResponseCode) return 37;
				return 32;
			}
			getHttpBindingValue(location, traits, nested = false) {
				const raw = this.getSchema();
				const type = typeof raw === "number" ? raw & 255 : this.isListSchema() ? 64 : 255;
				const slot = location & 7;
				const media = traits.mediaType ? traits.mediaType === "application/json" || traits.mediaType.endsWith("+json") ? 2 : 1 : 0;
				const stream = traits.streaming || type === 42 ? this.isStructSchema() ? 2 : 1 : 0;
				const timestamp = type >= 4 && type <= 7 ? slot >= 6 ? 2 : slot > 0 && slot < 4 ? 1 : 0 : 0;
				let flags = type | media << 8 | (traits.idempotencyToken ? 1 : 0) << 10 | stream << 11 | (traits.sparse ? 1 : 0) << 13 | timestamp << 14 | (traits.hostLabel ? 1 : 0) << 17 | (location === 36 && typeof raw !== "object" ? 1 : 0) << 18;
				const category = type & 192;
				const collectionValue = slot & 2 && (category === 64 || !nested && slot & 1) ? this.getHttpBindingCollectionValue(location, traits) : void 0;
				const valueType = (collectionValue?.[1] ?? 0) & 255;
				flags |= (slot >= 6 && (valueType === 4 || valueType === 6) ? 1 : 0) << 16;
				return [
					this,
					flags,
					collectionValue
				];
			}
			getHttpBindingCollectionValue(location, traits = this.getMergedTraits()) {
				const valueSchema = HttpBindingNormalizedSchema.of(this.getValueSchema());
				return valueSchema.getHttpBindingValue(location, {
					...valueSchema.getMergedTraits(),
					...traits
				}, true);
			}
			getHttpBindings() {
				const source = this.getSchema();
				return typeof source !== "object" || source === null ? EMPTY_BINDINGS : this.bindings ??= buildHttpBindings(this);
			}
		};
		const buildHttpBindings = (schema) => {
			const bodyMemberNames = [];
			const bodyMemberSchemas = [];
			const requestBodyMemberNames = [];
			const requestBodyMemberSchemas = [];
			const memberBindings = [];
			const byName = {};
			const headers = {};
			const prefixHeaders = [];
			const responseBindings = {
				headers,
				prefixHeaders
			};
			const bindings = {
				request: {
					memberBindings,
					byName
				},
				response: {
					bodyMemberNames,
					bindings: responseBindings
				}
			};
			const { request, response } = bindings;
			for (const [name, member] of schema.structIterator()) {
				const bindingSchema = HttpBindingNormalizedSchema.of(member);
				const traits = bindingSchema.getMergedTraits();
				const location = bindingSchema.getHttpBindingLocation(traits);
				const wireName = traits.httpHeader?.toLowerCase() ?? traits.httpPrefixHeaders?.toLowerCase() ?? traits.httpQuery;
				const value = bindingSchema.getHttpBindingValue(location, traits);
				const binding = [
					name,
					value,
					location,
					wireName
				];
				if (name === "__proto__") writeKey(byName);
				byName[name] = binding;
				if (value[1] >> 10 & 1) request.hasIdempotency = true;
				memberBindings.push(binding);
				const slot = location & 7;
				if (slot === 0) {
					requestBodyMemberNames.push(name);
					requestBodyMemberSchemas.push(member);
				}
				if ((slot & 4) === 0) {
					bodyMemberNames.push(name);
					bodyMemberSchemas.push(member);
				} else if ((slot & 6) === 4) {
					if (slot & 1) responseBindings.statusCode = binding;
					else {
						responseBindings.payload = binding;
						const type = value[1] & 255;
						request.contentTypeInstruction = traits.mediaType ?? (type === 0 ? "text/plain" : type === 21 || type === 42 ? "application/octet-stream" : null);
					}
				} else if (slot & 1) {
					request.hasPrefixHeaders = true;
					prefixHeaders.push(binding);
				} else {
					if (wireName === "__proto__") writeKey(headers);
					headers[wireName] = binding;
				}
			}
			if (request.contentTypeInstruction === void 0 && requestBodyMemberNames.length) request.contentTypeInstruction = null;
			request.syntheticBodySchema = createBodySchema(schema, requestBodyMemberNames, requestBodyMemberSchemas);
			response.syntheticBodySchema = createBodySchema(schema, bodyMemberNames, bodyMemberSchemas);
			return bindings;
		};
		const buildPathSegments = (path) => {
			const segments = [];
			let offset = 0;
			for (const match of path.matchAll(/\{([^{}+]+)(\+)?\}/g)) {
				if (match.index > offset) segments.push([path.slice(offset, match.index), 0]);
				segments.push([match[1], match[2] ? 2 : 1]);
				offset = match.index + match[0].length;
			}
			if (segments.length && offset < path.length) segments.push([path.slice(offset), 0]);
			return segments.length ? segments : void 0;
		};
		const buildHttpOperationBindings = (schema) => {
			const { http, endpoint } = translateTraits(schema.traits ?? {});
			const [path, search] = http?.[1].split("?") ?? [];
			return [
				http?.[0],
				path,
				search ? [...new URLSearchParams(search)] : [],
				path ? buildPathSegments(path) : void 0,
				endpoint?.[0]
			];
		};
		const EMPTY_BINDINGS = {
			request: {
				memberBindings: [],
				byName: {}
			},
			response: {
				bodyMemberNames: [],
				bindings: {
					headers: {},
					prefixHeaders: []
				}
			}
		};
		const getHttpOperationBindings = (schema) => schema[HTTP_BINDINGS] ??= buildHttpOperationBindings(schema);
		const createBodySchema = (schema, memberNames, memberSchemas) => {
			if (!memberNames.length) return;
			const source = schema.getSchema();
			const body = [
				3,
				source[1],
				source[2],
				schema.getMergedTraits(),
				memberNames,
				memberSchemas
			];
			const required = source[6];
			const bodyRequired = required && memberNames.reduce((count, name) => count + (source[4].indexOf(name) < required ? 1 : 0), 0);
			if (bodyRequired) body[6] = bodyRequired;
			return body;
		};
		var SerdeContext = class {
			serdeContext;
			setSerdeContext(serdeContext) {
				this.serdeContext = serdeContext;
			}
		};
		var HttpProtocol = class extends SerdeContext {
			options;
			compositeErrorRegistry;
			constructor(options) {
				super();
				this.options = options;
				this.compositeErrorRegistry = new TypeRegistry(options.defaultNamespace);
				for (const etr of options.errorTypeRegistries ?? []) this.compositeErrorRegistry.copyFrom(etr);
			}
			getRequestType() {
				return HttpRequest;
			}
			getResponseType() {
				return HttpResponse;
			}
			setSerdeContext(serdeContext) {
				this.serdeContext = serdeContext;
				this.serializer.setSerdeContext(serdeContext);
				this.deserializer.setSerdeContext(serdeContext);
				if (this.getPayloadCodec()) this.getPayloadCodec().setSerdeContext(serdeContext);
			}
			updateServiceEndpoint(request, endpoint) {
				if ("url" in endpoint) {
					request.protocol = endpoint.url.protocol;
					request.hostname = endpoint.url.hostname;
					request.port = endpoint.url.port ? Number(endpoint.url.port) : void 0;
					request.path = endpoint.url.pathname;
					request.fragment = endpoint.url.hash || void 0;
					request.username = endpoint.url.username || void 0;
					request.password = endpoint.url.password || void 0;
					if (!request.query) request.query = {};
					for (const [k, v] of endpoint.url.searchParams.entries()) request.query[k] = v;
					if (endpoint.headers) for (const name in endpoint.headers) {
						if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(endpoint.headers, name)) continue;
						request.headers[name] = endpoint.headers[name].join(", ");
					}
					return request;
				} else {
					request.protocol = endpoint.protocol;
					request.hostname = endpoint.hostname;
					request.port = endpoint.port ? Number(endpoint.port) : void 0;
					request.path = endpoint.path;
					request.query = { ...endpoint.query };
					if (endpoint.headers) for (const name in endpoint.headers) {
						if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(endpoint.headers, name)) continue;
						request.headers[name] = endpoint.headers[name];
					}
					return request;
				}
			}
			setHostPrefix(request, operationSchema, input, operation = getHttpOperationBindings(operationSchema)) {
				if (this.serdeContext?.disableHostPrefix) return;
				const hostPrefix = operation[4];
				if (typeof hostPrefix !== "string") return;
				let resolvedHostPrefix = hostPrefix;
				for (const [name, [, flags]] of HttpBindingNormalizedSchema.of(operationSchema.input).getHttpBindings().request.memberBindings) {
					if (!(flags >> 17 & 1)) continue;
					const replacement = input[name];
					if (typeof replacement !== "string") throw new Error(`@smithy/core/schema - ${name} in input must be a string as hostLabel.`);
					resolvedHostPrefix = resolvedHostPrefix.replace(`{${name}}`, replacement);
				}
				request.hostname = resolvedHostPrefix + request.hostname;
				if (!isValidHostname(request.hostname)) throw new Error(`[${request.hostname}] is not a valid hostname.`);
			}
			deserializeMetadata(output) {
				return {
					httpStatusCode: output.statusCode,
					requestId: output.headers["x-amzn-requestid"] ?? output.headers["x-amzn-request-id"] ?? output.headers["x-amz-request-id"],
					extendedRequestId: output.headers["x-amz-id-2"],
					cfId: output.headers["x-amz-cf-id"]
				};
			}
			resolveError(name, namespaces, registries) {
				const defaultErrorSchema = [
					-3,
					"",
					"Error",
					0,
					[],
					[],
					0
				];
				let schema;
				for (const registry of registries) for (const ns of namespaces) try {
					if (ns === "*") schema = registry.getSchema(name);
					else schema = registry.getSchema(ns + "#" + name);
					const errorCtor = registry.getErrorCtor(schema);
					if (errorCtor) return [
						schema,
						errorCtor,
						"modeled"
					];
					else {
						const syntheticErrorSchema = registry.getBaseException();
						if (syntheticErrorSchema) {
							const syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
							if (syntheticErrorCtor) return [
								schema,
								syntheticErrorCtor,
								"synthetic"
							];
						}
					}
				} catch (ignored) {}
				for (const registry of registries) {
					const syntheticErrorSchema = registry.getBaseException();
					if (syntheticErrorSchema) {
						const syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
						if (syntheticErrorCtor) return [
							syntheticErrorSchema,
							syntheticErrorCtor,
							"synthetic"
						];
					}
				}
				return [
					defaultErrorSchema,
					Error,
					"native"
				];
			}
			async serializeEventStream({ eventStream, requestSchema, initialRequest }) {
				return (await this.loadEventStreamCapability()).serializeEventStream({
					eventStream,
					requestSchema,
					initialRequest
				});
			}
			async deserializeEventStream({ response, responseSchema, initialResponseContainer }) {
				return (await this.loadEventStreamCapability()).deserializeEventStream({
					response,
					responseSchema,
					initialResponseContainer
				});
			}
			async loadEventStreamCapability() {
				const { EventStreamSerde, eventStreamSerdeProvider } = await __webpack_require__.e(9436).then(__webpack_require__.bind(__webpack_require__, 69436));
				return new EventStreamSerde({
					marshaller: this.resolveEventStreamMarshaller(eventStreamSerdeProvider),
					serializer: this.serializer,
					deserializer: this.deserializer,
					serdeContext: this.serdeContext,
					defaultContentType: this.getDefaultContentType(),
					compositeErrorRegistry: this.compositeErrorRegistry
				});
			}
			getDefaultContentType() {
				throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`);
			}
			async deserializeHttpMessage(schema, context, response, arg4, arg5) {
				return [];
			}
			getEventStreamMarshaller() {
				const context = this.serdeContext;
				if (!context.eventStreamMarshaller) throw new Error("@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.");
				return context.eventStreamMarshaller;
			}
			resolveEventStreamMarshaller(importedProvider) {
				const context = this.serdeContext;
				if (context.eventStreamMarshaller) return context.eventStreamMarshaller;
				return importedProvider(this.serdeContext);
			}
		};
		var RpcProtocol = class extends HttpProtocol {
			async serializeRequest(operationSchema, _input, context) {
				const serializer = this.serializer;
				const query = {};
				const headers = {};
				const endpoint = await context.endpoint();
				const ns = NormalizedSchema.of(operationSchema?.input);
				const schema = ns.getSchema();
				let payload;
				const input = _input && typeof _input === "object" ? _input : {};
				const request = new HttpRequest({
					protocol: "",
					hostname: "",
					port: void 0,
					path: "/",
					fragment: void 0,
					query,
					headers,
					body: void 0
				});
				if (endpoint) {
					this.updateServiceEndpoint(request, endpoint);
					this.setHostPrefix(request, operationSchema, input);
				}
				if (input) {
					const eventStreamMember = ns.getEventStreamMember();
					if (eventStreamMember) {
						if (input[eventStreamMember]) {
							const initialRequest = {};
							for (const [memberName] of ns.structIterator()) if (memberName !== eventStreamMember && input[memberName] != null) initialRequest[memberName] = input[memberName];
							payload = await this.serializeEventStream({
								eventStream: input[eventStreamMember],
								requestSchema: ns,
								initialRequest
							});
						}
					} else {
						serializer.write(schema, input);
						payload = serializer.flush();
					}
				}
				request.headers = Object.assign(request.headers, headers);
				request.query = query;
				request.body = payload;
				request.method = "POST";
				return request;
			}
			async deserializeResponse(operationSchema, context, response) {
				const deserializer = this.deserializer;
				const ns = NormalizedSchema.of(operationSchema.output);
				const dataObject = {};
				if (this.isErrorResponse(response.statusCode)) {
					const bytes = await collectBody(response.body, context);
					if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(15, bytes));
					await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response));
					throw new Error("@smithy/core/protocols - RPC Protocol error handler failed to throw.");
				}
				for (const header in response.headers) {
					if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(response.headers, header)) continue;
					const value = response.headers[header];
					delete response.headers[header];
					response.headers[header.toLowerCase()] = value;
				}
				const eventStreamMember = ns.getEventStreamMember();
				if (eventStreamMember) dataObject[eventStreamMember] = await this.deserializeEventStream({
					response,
					responseSchema: ns,
					initialResponseContainer: dataObject
				});
				else {
					const bytes = await collectBody(response.body, context);
					if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(ns, bytes));
				}
				dataObject.$metadata = this.deserializeMetadata(response);
				return dataObject;
			}
			isErrorResponse(statusCode) {
				return statusCode >= 300;
			}
		};
		function determineTimestampFormat(ns, settings) {
			if (settings.timestampFormat.useTrait) {
				const schema = ns.getSchema();
				if (schema === 5 || schema === 6 || schema === 7) return schema;
			}
			const { httpLabel, httpPrefixHeaders, httpHeader, httpQuery } = ns.getMergedTraits();
			return (settings.httpBindings ? typeof httpPrefixHeaders === "string" || Boolean(httpHeader) ? 6 : Boolean(httpQuery) || Boolean(httpLabel) ? 5 : void 0 : void 0) ?? settings.timestampFormat.default;
		}
		const getHttpHandlerExtensionConfiguration = (runtimeConfig) => {
			if (runtimeConfig.logger && runtimeConfig.logger.constructor?.name !== "NoOpLogger") runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"), runtimeConfig.logger);
			if (runtimeConfig.defaultSocketTimeout) runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"), runtimeConfig.defaultSocketTimeout);
			return {
				setHttpHandler(handler) {
					runtimeConfig.requestHandler = handler;
				},
				httpHandler() {
					return runtimeConfig.requestHandler;
				},
				updateHttpClientConfig(key, value) {
					runtimeConfig.requestHandler?.updateHttpClientConfig(key, value);
				},
				httpHandlerConfigs() {
					return runtimeConfig.requestHandler.httpHandlerConfigs();
				}
			};
		};
		const resolveHttpHandlerRuntimeConfig = (httpHandlerExtensionConfiguration) => {
			return { requestHandler: httpHandlerExtensionConfiguration.httpHandler() };
		};
		const CONTENT_LENGTH_HEADER = "content-length";
		function contentLengthMiddleware(bodyLengthChecker) {
			return (next) => async (args) => {
				const request = args.request;
				if (HttpRequest.isInstance(request)) {
					const { body, headers } = request;
					if (body && Object.keys(headers).map((str) => str.toLowerCase()).indexOf(CONTENT_LENGTH_HEADER) === -1) try {
						const length = bodyLengthChecker(body);
						if (length != null) request.headers = {
							...request.headers,
							[CONTENT_LENGTH_HEADER]: String(length)
						};
					} catch (ignored) {}
				}
				return next({
					...args,
					request
				});
			};
		}
		const contentLengthMiddlewareOptions = {
			step: "build",
			tags: ["SET_CONTENT_LENGTH", "CONTENT_LENGTH"],
			name: "contentLengthMiddleware",
			override: true
		};
		const getContentLengthPlugin = (options) => ({ applyToStack: (clientStack) => {
			clientStack.add(contentLengthMiddleware(options.bodyLengthChecker), contentLengthMiddlewareOptions);
		} });
		const escapeUri = (uri) => encodeURIComponent(uri).replace(/[!'()*]/g, hexEncode);
		const hexEncode = (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
		function buildQueryString(query) {
			const parts = [];
			for (let key of Object.keys(query).sort()) {
				const value = query[key];
				key = escapeUri(key);
				if (Array.isArray(value)) for (let i = 0, iLen = value.length; i < iLen; i++) parts.push(`${key}=${escapeUri(value[i])}`);
				else {
					let qsEntry = key;
					if (value || typeof value === "string") qsEntry += `=${escapeUri(value)}`;
					parts.push(qsEntry);
				}
			}
			return parts.join("&");
		}
		function resolveHostHeaderConfig(input) {
			return input;
		}
		const hostHeaderMiddleware = (options) => (next) => async (args) => {
			if (!HttpRequest.isInstance(args.request)) return next(args);
			const { request } = args;
			const { handlerProtocol = "" } = options.requestHandler.metadata || {};
			if (handlerProtocol.indexOf("h2") >= 0 && !request.headers[":authority"]) {
				delete request.headers["host"];
				request.headers[":authority"] = request.hostname + (request.port ? ":" + request.port : "");
			} else if (!request.headers["host"]) {
				let host = request.hostname;
				if (request.port != null) host += `:${request.port}`;
				request.headers["host"] = host;
			}
			return next(args);
		};
		const hostHeaderMiddlewareOptions = {
			name: "hostHeaderMiddleware",
			step: "build",
			priority: "low",
			tags: ["HOST"],
			override: true
		};
		const getHostHeaderPlugin = (options) => ({ applyToStack: (clientStack) => {
			clientStack.add(hostHeaderMiddleware(options), hostHeaderMiddlewareOptions);
		} });
		const loggerMiddleware = () => (next, context) => async (args) => {
			try {
				const response = await next(args);
				const { clientName, commandName, logger, dynamoDbDocumentClientOptions = {} } = context;
				const { overrideInputFilterSensitiveLog, overrideOutputFilterSensitiveLog } = dynamoDbDocumentClientOptions;
				const inputFilterSensitiveLog = overrideInputFilterSensitiveLog ?? context.inputFilterSensitiveLog;
				const outputFilterSensitiveLog = overrideOutputFilterSensitiveLog ?? context.outputFilterSensitiveLog;
				const { $metadata, ...outputWithoutMetadata } = response.output;
				logger?.info?.({
					clientName,
					commandName,
					input: inputFilterSensitiveLog(args.input),
					output: outputFilterSensitiveLog(outputWithoutMetadata),
					metadata: $metadata
				});
				return response;
			} catch (error) {
				const { clientName, commandName, logger, dynamoDbDocumentClientOptions = {} } = context;
				const { overrideInputFilterSensitiveLog } = dynamoDbDocumentClientOptions;
				const inputFilterSensitiveLog = overrideInputFilterSensitiveLog ?? context.inputFilterSensitiveLog;
				logger?.error?.({
					clientName,
					commandName,
					input: inputFilterSensitiveLog(args.input),
					error,
					metadata: error.$metadata
				});
				throw error;
			}
		};
		const loggerMiddlewareOptions = {
			name: "loggerMiddleware",
			tags: ["LOGGER"],
			step: "initialize",
			override: true
		};
		const getLoggerPlugin = (options) => ({ applyToStack: (clientStack) => {
			clientStack.add(loggerMiddleware(), loggerMiddlewareOptions);
		} });
		const recursionDetectionMiddlewareOptions = {
			step: "build",
			tags: ["RECURSION_DETECTION", "TRACE_CONTEXT_PROPAGATION"],
			name: "recursionDetectionMiddleware",
			override: true,
			priority: "low"
		};
		const PROTECTED_KEYS = {
			REQUEST_ID: Symbol.for("_AWS_LAMBDA_REQUEST_ID"),
			X_RAY_TRACE_ID: Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),
			TENANT_ID: Symbol.for("_AWS_LAMBDA_TENANT_ID"),
			TRACEPARENT: Symbol.for("_AWS_LAMBDA_TRACEPARENT"),
			TRACESTATE: Symbol.for("_AWS_LAMBDA_TRACESTATE"),
			BAGGAGE: Symbol.for("_AWS_LAMBDA_BAGGAGE")
		};
		const NO_GLOBAL_AWS_LAMBDA = ["true", "1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? "");
		if (!NO_GLOBAL_AWS_LAMBDA) globalThis.awslambda = globalThis.awslambda || {};
		var InvokeStoreBase = class {
			static PROTECTED_KEYS = PROTECTED_KEYS;
			isProtectedKey(key) {
				return Object.values(PROTECTED_KEYS).includes(key);
			}
			getRequestId() {
				return this.get(PROTECTED_KEYS.REQUEST_ID) ?? "-";
			}
			getXRayTraceId() {
				return this.get(PROTECTED_KEYS.X_RAY_TRACE_ID);
			}
			getTenantId() {
				return this.get(PROTECTED_KEYS.TENANT_ID);
			}
			getTraceparent() {
				return this.get(PROTECTED_KEYS.TRACEPARENT);
			}
			getTracestate() {
				return this.get(PROTECTED_KEYS.TRACESTATE);
			}
			getBaggage() {
				return this.get(PROTECTED_KEYS.BAGGAGE);
			}
		};
		var InvokeStoreSingle = class extends InvokeStoreBase {
			currentContext;
			getContext() {
				return this.currentContext;
			}
			hasContext() {
				return this.currentContext !== void 0;
			}
			get(key) {
				return this.currentContext?.[key];
			}
			set(key, value) {
				if (this.isProtectedKey(key)) throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);
				this.currentContext = this.currentContext || {};
				this.currentContext[key] = value;
			}
			run(context, fn) {
				this.currentContext = context;
				return fn();
			}
		};
		var InvokeStoreMulti = class InvokeStoreMulti extends InvokeStoreBase {
			als;
			static async create() {
				const instance = new InvokeStoreMulti();
				instance.als = new (await (Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 16698, 19)))).AsyncLocalStorage();
				return instance;
			}
			getContext() {
				return this.als.getStore();
			}
			hasContext() {
				return this.als.getStore() !== void 0;
			}
			get(key) {
				return this.als.getStore()?.[key];
			}
			set(key, value) {
				if (this.isProtectedKey(key)) throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);
				const store = this.als.getStore();
				if (!store) throw new Error("No context available");
				store[key] = value;
			}
			run(context, fn) {
				return this.als.run(context, fn);
			}
		};
		var InvokeStore;
		(function(InvokeStore) {
			let instance = null;
			async function getInstanceAsync(forceInvokeStoreMulti) {
				if (!instance) instance = (async () => {
					const newInstance = forceInvokeStoreMulti === true || "AWS_LAMBDA_MAX_CONCURRENCY" in process.env ? await InvokeStoreMulti.create() : new InvokeStoreSingle();
					if (!NO_GLOBAL_AWS_LAMBDA && globalThis.awslambda?.InvokeStore) return globalThis.awslambda.InvokeStore;
					else if (!NO_GLOBAL_AWS_LAMBDA && globalThis.awslambda) {
						globalThis.awslambda.InvokeStore = newInstance;
						return newInstance;
					} else return newInstance;
				})();
				return instance;
			}
			InvokeStore.getInstanceAsync = getInstanceAsync;
			InvokeStore._testing = process.env.AWS_LAMBDA_BENCHMARK_MODE === "1" ? { reset: () => {
				instance = null;
				if (globalThis.awslambda?.InvokeStore) delete globalThis.awslambda.InvokeStore;
				globalThis.awslambda = { InvokeStore: void 0 };
			} } : void 0;
		})(InvokeStore || (InvokeStore = {}));
		const AWS_LAMBDA_FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";
		const _X_AMZN_TRACE_ID = "_X_AMZN_TRACE_ID";
		const X_AMZN_TRACE_ID = "X-Amzn-Trace-Id";
		const TRACEPARENT = "traceparent";
		const TRACESTATE = "tracestate";
		const BAGGAGE = "baggage";
		const recursionDetectionMiddleware = () => (next) => async (args) => {
			const { request } = args;
			if (!HttpRequest.isInstance(request)) return next(args);
			let invokeStore;
			{
				const traceIdHeader = Object.keys(request.headers ?? {}).find((h) => h.toLowerCase() === X_AMZN_TRACE_ID.toLowerCase()) ?? X_AMZN_TRACE_ID;
				if (!request.headers.hasOwnProperty(traceIdHeader)) {
					const functionName = process.env[AWS_LAMBDA_FUNCTION_NAME];
					const traceIdFromEnv = process.env[_X_AMZN_TRACE_ID];
					invokeStore ??= await InvokeStore.getInstanceAsync();
					const traceId = invokeStore?.getXRayTraceId() ?? traceIdFromEnv;
					const nonEmptyString = (str) => typeof str === "string" && str.length > 0;
					if (nonEmptyString(functionName) && nonEmptyString(traceId)) request.headers[X_AMZN_TRACE_ID] = traceId;
				}
			}
			sanitizeTraceHeaders(request.headers);
			if (!request.headers[TRACEPARENT]) {
				const traceparent = (invokeStore ??= await InvokeStore.getInstanceAsync())?.getTraceparent?.();
				if (traceparent) {
					request.headers[TRACEPARENT] = traceparent;
					const tracestate = invokeStore?.getTracestate?.();
					if (tracestate) request.headers[TRACESTATE] = tracestate;
					const baggage = invokeStore?.getBaggage?.();
					if (baggage) request.headers[BAGGAGE] = baggage;
				}
			}
			return next(args);
		};
		function sanitizeTraceHeaders(headers) {
			for (const header of Object.keys(headers)) {
				const lower = header.toLowerCase();
				if (header !== lower && (lower === TRACEPARENT || lower === TRACESTATE || lower === BAGGAGE)) {
					headers[lower] = headers[header];
					delete headers[header];
				}
			}
		}
		const getRecursionDetectionPlugin = (options) => ({ applyToStack: (clientStack) => {
			clientStack.add(recursionDetectionMiddleware(), recursionDetectionMiddlewareOptions);
		} });
		const resolveAuthOptions = (candidateAuthOptions, authSchemePreference) => {
			if (!authSchemePreference || authSchemePreference.length === 0) return candidateAuthOptions;
			const preferredAuthOptions = [];
			for (const preferredSchemeName of authSchemePreference) for (const candidateAuthOption of candidateAuthOptions) if (candidateAuthOption.schemeId.split("#")[1] === preferredSchemeName) preferredAuthOptions.push(candidateAuthOption);
			for (const candidateAuthOption of candidateAuthOptions) if (!preferredAuthOptions.find(({ schemeId }) => schemeId === candidateAuthOption.schemeId)) preferredAuthOptions.push(candidateAuthOption);
			return preferredAuthOptions;
		};
		function convertHttpAuthSchemesToMap(httpAuthSchemes) {
			const map = new Map();
			for (const scheme of httpAuthSchemes) map.set(scheme.schemeId, scheme);
			return map;
		}
		const httpAuthSchemeMiddleware = (config, mwOptions) => (next, context) => async (args) => {
			const options = config.httpAuthSchemeProvider(await mwOptions.httpAuthSchemeParametersProvider(config, context, args.input));
			const authSchemePreference = config.authSchemePreference ? await config.authSchemePreference() : [];
			const resolvedOptions = resolveAuthOptions(options, authSchemePreference);
			const authSchemes = convertHttpAuthSchemesToMap(config.httpAuthSchemes);
			const smithyContext = getSmithyContext(context);
			const failureReasons = [];
			for (const option of resolvedOptions) {
				const scheme = authSchemes.get(option.schemeId);
				if (!scheme) {
					failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` was not enabled for this service.`);
					continue;
				}
				const identityProvider = scheme.identityProvider(await mwOptions.identityProviderConfigProvider(config));
				if (!identityProvider) {
					failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` did not have an IdentityProvider configured.`);
					continue;
				}
				const { identityProperties = {}, signingProperties = {} } = option.propertiesExtractor?.(config, context) || {};
				option.identityProperties = Object.assign(option.identityProperties || {}, identityProperties);
				option.signingProperties = Object.assign(option.signingProperties || {}, signingProperties);
				smithyContext.selectedHttpAuthScheme = {
					httpAuthOption: option,
					identity: await identityProvider(option.identityProperties),
					signer: scheme.signer
				};
				break;
			}
			if (!smithyContext.selectedHttpAuthScheme) throw new Error(failureReasons.join("\n"));
			return next(args);
		};
		const httpAuthSchemeEndpointRuleSetMiddlewareOptions = {
			step: "serialize",
			tags: ["HTTP_AUTH_SCHEME"],
			name: "httpAuthSchemeMiddleware",
			override: true,
			relation: "before",
			toMiddleware: "endpointV2Middleware"
		};
		const getHttpAuthSchemeEndpointRuleSetPlugin = (config, { httpAuthSchemeParametersProvider, identityProviderConfigProvider }) => ({ applyToStack: (clientStack) => {
			clientStack.addRelativeTo(httpAuthSchemeMiddleware(config, {
				httpAuthSchemeParametersProvider,
				identityProviderConfigProvider
			}), httpAuthSchemeEndpointRuleSetMiddlewareOptions);
		} });
		const defaultErrorHandler = (signingProperties) => (error) => {
			throw error;
		};
		const defaultSuccessHandler = (httpResponse, signingProperties) => {};
		const httpSigningMiddleware = (config) => (next, context) => async (args) => {
			if (!HttpRequest.isInstance(args.request)) return next(args);
			const scheme = getSmithyContext(context).selectedHttpAuthScheme;
			if (!scheme) throw new Error(`No HttpAuthScheme was selected: unable to sign request`);
			const { httpAuthOption: { signingProperties = {} }, identity, signer } = scheme;
			const output = await next({
				...args,
				request: await signer.sign(args.request, identity, signingProperties)
			}).catch((signer.errorHandler || defaultErrorHandler)(signingProperties));
			(signer.successHandler || defaultSuccessHandler)(output.response, signingProperties);
			return output;
		};
		const httpSigningMiddlewareOptions = {
			step: "finalizeRequest",
			tags: ["HTTP_SIGNING"],
			name: "httpSigningMiddleware",
			aliases: [
				"apiKeyMiddleware",
				"tokenMiddleware",
				"awsAuthMiddleware"
			],
			override: true,
			relation: "after",
			toMiddleware: "retryMiddleware"
		};
		const getHttpSigningPlugin = (config) => ({ applyToStack: (clientStack) => {
			clientStack.addRelativeTo(httpSigningMiddleware(config), httpSigningMiddlewareOptions);
		} });
		const normalizeProvider = (input) => {
			if (typeof input === "function") return input;
			const promisified = Promise.resolve(input);
			return () => promisified;
		};
		var DefaultIdentityProviderConfig = class {
			authSchemes = new Map();
			constructor(config) {
				for (const key in config) {
					if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(config, key)) continue;
					const value = config[key];
					if (value !== void 0) this.authSchemes.set(key, value);
				}
			}
			getIdentityProvider(schemeId) {
				return this.authSchemes.get(schemeId);
			}
		};
		const createIsIdentityExpiredFunction = (expirationMs) => function isIdentityExpired(identity) {
			return doesIdentityRequireRefresh(identity) && identity.expiration.getTime() - Date.now() < expirationMs;
		};
		const isIdentityExpired = createIsIdentityExpiredFunction(3e5);
		const doesIdentityRequireRefresh = (identity) => identity.expiration !== void 0;
		const memoizeIdentityProvider = (provider, isExpired, requiresRefresh) => {
			if (provider === void 0) return;
			const normalizedProvider = typeof provider !== "function" ? async () => Promise.resolve(provider) : provider;
			let resolved;
			let pending;
			let hasResult;
			let isConstant = false;
			const coalesceProvider = async (options) => {
				if (!pending) pending = normalizedProvider(options);
				try {
					resolved = await pending;
					hasResult = true;
					isConstant = false;
				} finally {
					pending = void 0;
				}
				return resolved;
			};
			if (isExpired === void 0) return async (options) => {
				if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider(options);
				return resolved;
			};
			return async (options) => {
				if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider(options);
				if (isConstant) return resolved;
				if (!requiresRefresh(resolved)) {
					isConstant = true;
					return resolved;
				}
				if (isExpired(resolved)) {
					await coalesceProvider(options);
					return resolved;
				}
				return resolved;
			};
		};
		function isValidUserAgentAppId(appId) {
			if (appId === void 0) return true;
			return typeof appId === "string" && appId.length <= 50;
		}
		function resolveUserAgentConfig(input) {
			const normalizedAppIdProvider = normalizeProvider(input.userAgentAppId ?? void 0);
			const { customUserAgent } = input;
			return Object.assign(input, {
				customUserAgent: typeof customUserAgent === "string" ? [[customUserAgent]] : customUserAgent,
				userAgentAppId: async () => {
					const appId = await normalizedAppIdProvider();
					if (!isValidUserAgentAppId(appId)) {
						const logger = input.logger?.constructor?.name === "NoOpLogger" || !input.logger ? console : input.logger;
						if (typeof appId !== "string") logger?.warn("userAgentAppId must be a string or undefined.");
						else if (appId.length > 50) logger?.warn("The provided userAgentAppId exceeds the maximum length of 50 characters.");
					}
					return appId;
				}
			});
		}
		let selectedPartitionsInfo = {
			"partitions": [
				{
					"id": "aws",
					"outputs": {
						"dnsSuffix": "amazonaws.com",
						"dualStackDnsSuffix": "api.aws",
						"implicitGlobalRegion": "us-east-1",
						"name": "aws",
						"supportsDualStack": true,
						"supportsFIPS": true
					},
					"regionRegex": "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",
					"regions": {
						"af-south-1": { "description": "Africa (Cape Town)" },
						"ap-east-1": { "description": "Asia Pacific (Hong Kong)" },
						"ap-east-2": { "description": "Asia Pacific (Taipei)" },
						"ap-northeast-1": { "description": "Asia Pacific (Tokyo)" },
						"ap-northeast-2": { "description": "Asia Pacific (Seoul)" },
						"ap-northeast-3": { "description": "Asia Pacific (Osaka)" },
						"ap-south-1": { "description": "Asia Pacific (Mumbai)" },
						"ap-south-2": { "description": "Asia Pacific (Hyderabad)" },
						"ap-southeast-1": { "description": "Asia Pacific (Singapore)" },
						"ap-southeast-2": { "description": "Asia Pacific (Sydney)" },
						"ap-southeast-3": { "description": "Asia Pacific (Jakarta)" },
						"ap-southeast-4": { "description": "Asia Pacific (Melbourne)" },
						"ap-southeast-5": { "description": "Asia Pacific (Malaysia)" },
						"ap-southeast-6": { "description": "Asia Pacific (New Zealand)" },
						"ap-southeast-7": { "description": "Asia Pacific (Thailand)" },
						"aws-global": { "description": "aws global region" },
						"ca-central-1": { "description": "Canada (Central)" },
						"ca-west-1": { "description": "Canada West (Calgary)" },
						"eu-central-1": { "description": "Europe (Frankfurt)" },
						"eu-central-2": { "description": "Europe (Zurich)" },
						"eu-north-1": { "description": "Europe (Stockholm)" },
						"eu-south-1": { "description": "Europe (Milan)" },
						"eu-south-2": { "description": "Europe (Spain)" },
						"eu-west-1": { "description": "Europe (Ireland)" },
						"eu-west-2": { "description": "Europe (London)" },
						"eu-west-3": { "description": "Europe (Paris)" },
						"il-central-1": { "description": "Israel (Tel Aviv)" },
						"me-central-1": { "description": "Middle East (UAE)" },
						"me-south-1": { "description": "Middle East (Bahrain)" },
						"me-west-1": { "description": "Middle East (Saudi Arabia)" },
						"mx-central-1": { "description": "Mexico (Central)" },
						"sa-east-1": { "description": "South America (Sao Paulo)" },
						"sa-west-1": { "description": "South America (Chile)" },
						"us-east-1": { "description": "US East (N. Virginia)" },
						"us-east-2": { "description": "US East (Ohio)" },
						"us-west-1": { "description": "US West (N. California)" },
						"us-west-2": { "description": "US West (Oregon)" }
					}
				},
				{
					"id": "aws-cn",
					"outputs": {
						"dnsSuffix": "amazonaws.com.cn",
						"dualStackDnsSuffix": "api.amazonwebservices.com.cn",
						"implicitGlobalRegion": "cn-northwest-1",
						"name": "aws-cn",
						"supportsDualStack": true,
						"supportsFIPS": true
					},
					"regionRegex": "^cn\\-\\w+\\-\\d+$",
					"regions": {
						"aws-cn-global": { "description": "aws-cn global region" },
						"cn-north-1": { "description": "China (Beijing)" },
						"cn-northwest-1": { "description": "China (Ningxia)" }
					}
				},
				{
					"id": "aws-eusc",
					"outputs": {
						"dnsSuffix": "amazonaws.eu",
						"dualStackDnsSuffix": "api.amazonwebservices.eu",
						"implicitGlobalRegion": "eusc-de-east-1",
						"name": "aws-eusc",
						"supportsDualStack": true,
						"supportsFIPS": true
					},
					"regionRegex": "^eusc\\-(de)\\-\\w+\\-\\d+$",
					"regions": { "eusc-de-east-1": { "description": "AWS European Sovereign Cloud (Germany)" } }
				},
				{
					"id": "aws-iso",
					"outputs": {
						"dnsSuffix": "c2s.ic.gov",
						"dualStackDnsSuffix": "api.aws.ic.gov",
						"implicitGlobalRegion": "us-iso-east-1",
						"name": "aws-iso",
						"supportsDualStack": true,
						"supportsFIPS": true
					},
					"regionRegex": "^us\\-iso\\-\\w+\\-\\d+$",
					"regions": {
						"aws-iso-global": { "description": "aws-iso global region" },
						"us-iso-east-1": { "description": "US ISO East" },
						"us-iso-west-1": { "description": "US ISO WEST" }
					}
				},
				{
					"id": "aws-iso-b",
					"outputs": {
						"dnsSuffix": "sc2s.sgov.gov",
						"dualStackDnsSuffix": "api.aws.scloud",
						"implicitGlobalRegion": "us-isob-east-1",
						"name": "aws-iso-b",
						"supportsDualStack": true,
						"supportsFIPS": true
					},
					"regionRegex": "^us\\-isob\\-\\w+\\-\\d+$",
					"regions": {
						"aws-iso-b-global": { "description": "aws-iso-b global region" },
						"us-isob-east-1": { "description": "US ISOB East (Ohio)" },
						"us-isob-west-1": { "description": "US ISOB West" }
					}
				},
				{
					"id": "aws-iso-e",
					"outputs": {
						"dnsSuffix": "cloud.adc-e.uk",
						"dualStackDnsSuffix": "api.cloud-aws.adc-e.uk",
						"implicitGlobalRegion": "eu-isoe-west-1",
						"name": "aws-iso-e",
						"supportsDualStack": true,
						"supportsFIPS": true
					},
					"regionRegex": "^eu\\-isoe\\-\\w+\\-\\d+$",
					"regions": {
						"aws-iso-e-global": { "description": "aws-iso-e global region" },
						"eu-isoe-west-1": { "description": "EU ISOE West" }
					}
				},
				{
					"id": "aws-iso-f",
					"outputs": {
						"dnsSuffix": "csp.hci.ic.gov",
						"dualStackDnsSuffix": "api.aws.hci.ic.gov",
						"implicitGlobalRegion": "us-isof-south-1",
						"name": "aws-iso-f",
						"supportsDualStack": true,
						"supportsFIPS": true
					},
					"regionRegex": "^us\\-isof\\-\\w+\\-\\d+$",
					"regions": {
						"aws-iso-f-global": { "description": "aws-iso-f global region" },
						"us-isof-east-1": { "description": "US ISOF EAST" },
						"us-isof-south-1": { "description": "US ISOF SOUTH" }
					}
				},
				{
					"id": "aws-us-gov",
					"outputs": {
						"dnsSuffix": "amazonaws.com",
						"dualStackDnsSuffix": "api.aws",
						"implicitGlobalRegion": "us-gov-west-1",
						"name": "aws-us-gov",
						"supportsDualStack": true,
						"supportsFIPS": true
					},
					"regionRegex": "^us\\-gov\\-\\w+\\-\\d+$",
					"regions": {
						"aws-us-gov-global": { "description": "aws-us-gov global region" },
						"us-gov-east-1": { "description": "AWS GovCloud (US-East)" },
						"us-gov-west-1": { "description": "AWS GovCloud (US-West)" }
					}
				}
			],
			"version": "1.1"
		};
		let selectedUserAgentPrefix = "";
		const partition = (value) => {
			const { partitions } = selectedPartitionsInfo;
			for (const partition of partitions) {
				const { regions, outputs } = partition;
				for (const [region, regionData] of Object.entries(regions)) if (region === value) return {
					...outputs,
					...regionData
				};
			}
			for (const partition of partitions) {
				const { regionRegex, outputs } = partition;
				if (new RegExp(regionRegex).test(value)) return { ...outputs };
			}
			const DEFAULT_PARTITION = partitions.find((partition) => partition.id === "aws");
			if (!DEFAULT_PARTITION) throw new Error("Provided region was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");
			return { ...DEFAULT_PARTITION.outputs };
		};
		const getUserAgentPrefix = () => selectedUserAgentPrefix;
		const isStreamingPayload = (request) => request?.body instanceof node_stream__WEBPACK_IMPORTED_MODULE_7__.Readable || typeof ReadableStream !== "undefined" && request?.body instanceof ReadableStream;
		const THROTTLING_ERROR_CODES = [
			"BandwidthLimitExceeded",
			"EC2ThrottledException",
			"LimitExceededException",
			"PriorRequestNotComplete",
			"ProvisionedThroughputExceededException",
			"RequestLimitExceeded",
			"RequestThrottled",
			"RequestThrottledException",
			"SlowDown",
			"ThrottledException",
			"Throttling",
			"ThrottlingException",
			"TooManyRequestsException",
			"TransactionInProgressException"
		];
		const TRANSIENT_ERROR_CODES = [
			"TimeoutError",
			"RequestTimeout",
			"RequestTimeoutException"
		];
		const TRANSIENT_ERROR_STATUS_CODES = [
			500,
			502,
			503,
			504
		];
		const NODEJS_TIMEOUT_ERROR_CODES$1 = [
			"ECONNRESET",
			"ECONNREFUSED",
			"EPIPE",
			"ETIMEDOUT"
		];
		const NODEJS_NETWORK_ERROR_CODES = [
			"EHOSTUNREACH",
			"ENETUNREACH",
			"ENOTFOUND",
			"EAI_AGAIN"
		];
		const isRetryableByTrait = (error) => error?.$retryable !== void 0;
		const isClockSkewCorrectedError = (error) => error.$metadata?.clockSkewCorrected;
		const isBrowserNetworkError = (error) => {
			const errorMessages = new Set([
				"Failed to fetch",
				"NetworkError when attempting to fetch resource",
				"The Internet connection appears to be offline",
				"Load failed",
				"Network request failed"
			]);
			if (!(error && error instanceof TypeError)) return false;
			return errorMessages.has(error.message);
		};
		const isThrottlingError = (error) => error.$metadata?.httpStatusCode === 429 || THROTTLING_ERROR_CODES.includes(error.name) || error.$retryable?.throttling == true;
		const isTransientError = (error, depth = 0) => error?.name !== "AbortError" && (isRetryableByTrait(error) || isClockSkewCorrectedError(error) || error.name === "InvalidSignatureException" && error.message?.includes("Signature expired") || TRANSIENT_ERROR_CODES.includes(error.name) || NODEJS_TIMEOUT_ERROR_CODES$1.includes(error?.code || "") || NODEJS_NETWORK_ERROR_CODES.includes(error?.code || "") || TRANSIENT_ERROR_STATUS_CODES.includes(error.$metadata?.httpStatusCode || 0) || isBrowserNetworkError(error) || isNodeJsHttp2TransientError(error) || error.cause !== void 0 && depth <= 10 && isTransientError(error.cause, depth + 1));
		const isServerError = (error) => {
			if (error.$metadata?.httpStatusCode !== void 0) {
				const statusCode = error.$metadata.httpStatusCode;
				if (500 <= statusCode && statusCode <= 599 && !isTransientError(error)) return true;
				return false;
			}
			return false;
		};
		function isNodeJsHttp2TransientError(error) {
			return error.code === "ERR_HTTP2_STREAM_ERROR" && error.message.includes("NGHTTP2_REFUSED_STREAM");
		}
		const race = (promise, signal) => {
			if (!signal) return promise;
			let cleanup = () => {};
			const aborted = new Promise((_, reject) => {
				const handler = () => reject(createAbortError());
				if (signal.aborted) handler();
				else if (typeof signal.addEventListener === "function") {
					signal.addEventListener("abort", handler, { once: true });
					cleanup = () => signal.removeEventListener("abort", handler);
				} else signal.onabort = handler;
			});
			return Promise.race([promise, aborted]).finally(cleanup);
		};
		const createAbortError = () => Object.assign(new Error("Request aborted"), { name: "AbortError" });
		const isAbortError = (error) => typeof error === "object" && error !== null && "name" in error && error.name === "AbortError";
		const MAXIMUM_RETRY_DELAY = 2e4;
		const INVOCATION_ID_HEADER = "amz-sdk-invocation-id";
		const REQUEST_HEADER = "amz-sdk-request";
		function parseRetryAfterHeader(response, logger) {
			if (!HttpResponse.isInstance(response)) return;
			for (const header in response.headers) {
				if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(response.headers, header)) continue;
				const h = header.toLowerCase();
				if (h === "retry-after") {
					const retryAfter = response.headers[header];
					let retryAfterSeconds = NaN;
					if (retryAfter.endsWith("GMT")) try {
						retryAfterSeconds = (parseRfc7231DateTime(retryAfter).getTime() - Date.now()) / 1e3;
					} catch (e) {
						logger?.trace?.("Failed to parse retry-after header");
						logger?.trace?.(e);
					}
					else if (retryAfter.match(/ GMT, ((\d+)|(\d+\.\d+))$/)) retryAfterSeconds = Number(retryAfter.match(/ GMT, ([\d.]+)$/)?.[1]);
					else if (retryAfter.match(/^((\d+)|(\d+\.\d+))$/)) retryAfterSeconds = Number(retryAfter);
					else if (Date.parse(retryAfter) >= Date.now()) retryAfterSeconds = (Date.parse(retryAfter) - Date.now()) / 1e3;
					if (isNaN(retryAfterSeconds)) return;
					return new Date(Date.now() + retryAfterSeconds * 1e3);
				} else if (h === "x-amz-retry-after") {
					const v = response.headers[header];
					const backoffMilliseconds = Number(v);
					if (isNaN(backoffMilliseconds)) {
						logger?.trace?.(`Failed to parse x-amz-retry-after=${v}`);
						return;
					}
					return new Date(Date.now() + backoffMilliseconds);
				}
			}
		}
		const asSdkError = (error) => {
			if (error instanceof Error) return error;
			if (error instanceof Object) return Object.assign(new Error(), error);
			if (typeof error === "string") return new Error(error);
			return new Error(`AWS SDK error wrapper for ${error}`);
		};
		function bindRetryMiddleware(isStreamingPayload) {
			return (options) => (next, context) => async (args) => {
				let retryStrategy = await options.retryStrategy();
				const maxAttempts = await options.maxAttempts();
				const abortSignal = context[SMITHY_CONTEXT_KEY]?.abortSignal;
				if (isRetryStrategyV2(retryStrategy)) {
					retryStrategy = retryStrategy;
					const retryTokenScope = (context["partition_id"] ?? "") + (context.__retryLongPoll ? ":longpoll" : "");
					let retryToken = await race(retryStrategy.acquireInitialRetryToken(retryTokenScope), abortSignal);
					let lastError = new Error();
					let attempts = 0;
					let totalRetryDelay = 0;
					const { request } = args;
					const isRequest = HttpRequest.isInstance(request);
					if (isRequest) request.headers[INVOCATION_ID_HEADER] = v4();
					while (true) try {
						if (isRequest) request.headers[REQUEST_HEADER] = `attempt=${attempts + 1}; max=${maxAttempts}`;
						const { response, output } = await next(args);
						retryStrategy.recordSuccess(retryToken);
						output.$metadata.attempts = attempts + 1;
						output.$metadata.totalRetryDelay = totalRetryDelay;
						return {
							response,
							output
						};
					} catch (e) {
						const retryErrorInfo = getRetryErrorInfo(e, options.logger);
						lastError = asSdkError(e);
						if (isRequest && isStreamingPayload(request)) {
							(context.logger instanceof NoOpLogger ? console : context.logger)?.warn("An error was encountered in a non-retryable streaming request.");
							throw lastError;
						}
						try {
							retryToken = await race(retryStrategy.refreshRetryTokenForRetry(retryToken, retryErrorInfo), abortSignal);
						} catch (refreshError) {
							if (abortSignal?.aborted && isAbortError(refreshError)) throw refreshError;
							if (!lastError.$metadata) lastError.$metadata = {};
							lastError.$metadata.attempts = attempts + 1;
							lastError.$metadata.totalRetryDelay = totalRetryDelay;
							throw lastError;
						}
						attempts = retryToken.getRetryCount();
						const delay = retryToken.getRetryDelay();
						totalRetryDelay += (retryToken?.$retryLog?.acquisitionDelay ?? 0) + delay;
						if (delay > 0) await race(new Promise((resolve) => setTimeout(resolve, delay)), abortSignal);
					}
				} else {
					retryStrategy = retryStrategy;
					if (retryStrategy?.mode) context.userAgent = [...context.userAgent || [], ["cfg/retry-mode", retryStrategy.mode]];
					return retryStrategy.retry(next, args);
				}
			};
		}
		const isRetryStrategyV2 = (retryStrategy) => typeof retryStrategy.acquireInitialRetryToken !== "undefined" && typeof retryStrategy.refreshRetryTokenForRetry !== "undefined" && typeof retryStrategy.recordSuccess !== "undefined";
		const getRetryErrorInfo = (error, logger) => {
			const errorInfo = {
				error,
				errorType: getRetryErrorType(error)
			};
			const retryAfterHint = parseRetryAfterHeader(error.$response, logger);
			if (retryAfterHint) errorInfo.retryAfterHint = retryAfterHint;
			return errorInfo;
		};
		const getRetryErrorType = (error) => {
			if (isThrottlingError(error)) return "THROTTLING";
			if (isTransientError(error)) return "TRANSIENT";
			if (isServerError(error)) return "SERVER_ERROR";
			return "CLIENT_ERROR";
		};
		const retryMiddlewareOptions = {
			name: "retryMiddleware",
			tags: ["RETRY"],
			step: "finalizeRequest",
			priority: "high",
			override: true
		};
		function bindGetRetryPlugin(isStreamingPayload) {
			const retryMiddleware = bindRetryMiddleware(isStreamingPayload);
			return (options) => ({ applyToStack: (clientStack) => {
				clientStack.add(retryMiddleware(options), retryMiddlewareOptions);
			} });
		}
		var DefaultRateLimiter = class DefaultRateLimiter {
			static setTimeoutFn = (fn, delay) => setTimeout(fn, delay);
			beta;
			minCapacity;
			minFillRate;
			scaleConstant;
			smooth;
			enabled = false;
			availableTokens = 0;
			lastMaxRate = 0;
			measuredTxRate = 0;
			requestCount = 0;
			fillRate;
			lastThrottleTime;
			lastTimestamp = 0;
			lastTxRateBucket;
			maxCapacity;
			timeWindow = 0;
			constructor(options) {
				this.beta = options?.beta ?? .7;
				this.minCapacity = options?.minCapacity ?? 1;
				this.minFillRate = options?.minFillRate ?? .5;
				this.scaleConstant = options?.scaleConstant ?? .4;
				this.smooth = options?.smooth ?? .8;
				this.lastThrottleTime = this.getCurrentTimeInSeconds();
				this.lastTxRateBucket = Math.floor(this.getCurrentTimeInSeconds());
				this.fillRate = this.minFillRate;
				this.maxCapacity = this.minCapacity;
			}
			async getSendToken() {
				return this.acquireTokenBucket(1);
			}
			updateClientSendingRate(response) {
				let calculatedRate;
				this.updateMeasuredRate();
				const retryErrorInfo = response;
				if (retryErrorInfo?.errorType === "THROTTLING" || isThrottlingError(retryErrorInfo?.error ?? response)) {
					const rateToUse = !this.enabled ? this.measuredTxRate : Math.min(this.measuredTxRate, this.fillRate);
					this.lastMaxRate = rateToUse;
					this.calculateTimeWindow();
					this.lastThrottleTime = this.getCurrentTimeInSeconds();
					calculatedRate = this.cubicThrottle(rateToUse);
					this.enableTokenBucket();
				} else {
					this.calculateTimeWindow();
					calculatedRate = this.cubicSuccess(this.getCurrentTimeInSeconds());
				}
				const newRate = Math.min(calculatedRate, 2 * this.measuredTxRate);
				this.updateTokenBucketRate(newRate);
			}
			getCurrentTimeInSeconds() {
				return Date.now() / 1e3;
			}
			async acquireTokenBucket(amount) {
				if (!this.enabled) return;
				this.refillTokenBucket();
				while (amount > this.availableTokens) {
					const delay = (amount - this.availableTokens) / this.fillRate * 1e3;
					await new Promise((resolve) => DefaultRateLimiter.setTimeoutFn(resolve, delay));
					this.refillTokenBucket();
				}
				this.availableTokens = this.availableTokens - amount;
			}
			refillTokenBucket() {
				const timestamp = this.getCurrentTimeInSeconds();
				if (!this.lastTimestamp) {
					this.lastTimestamp = timestamp;
					return;
				}
				const fillAmount = (timestamp - this.lastTimestamp) * this.fillRate;
				this.availableTokens = Math.min(this.maxCapacity, this.availableTokens + fillAmount);
				this.lastTimestamp = timestamp;
			}
			calculateTimeWindow() {
				this.timeWindow = this.getPrecise(Math.pow(this.lastMaxRate * (1 - this.beta) / this.scaleConstant, 1 / 3));
			}
			cubicThrottle(rateToUse) {
				return this.getPrecise(rateToUse * this.beta);
			}
			cubicSuccess(timestamp) {
				return this.getPrecise(this.scaleConstant * Math.pow(timestamp - this.lastThrottleTime - this.timeWindow, 3) + this.lastMaxRate);
			}
			enableTokenBucket() {
				this.enabled = true;
			}
			updateTokenBucketRate(newRate) {
				this.refillTokenBucket();
				this.fillRate = Math.max(newRate, this.minFillRate);
				this.maxCapacity = Math.max(newRate, this.minCapacity);
				this.availableTokens = Math.min(this.availableTokens, this.maxCapacity);
			}
			updateMeasuredRate() {
				const t = this.getCurrentTimeInSeconds();
				const timeBucket = Math.floor(t * 2) / 2;
				this.requestCount++;
				if (timeBucket > this.lastTxRateBucket) {
					const currentRate = this.requestCount / (timeBucket - this.lastTxRateBucket);
					this.measuredTxRate = this.getPrecise(currentRate * this.smooth + this.measuredTxRate * (1 - this.smooth));
					this.requestCount = 0;
					this.lastTxRateBucket = timeBucket;
				}
			}
			getPrecise(num) {
				return parseFloat(num.toFixed(8));
			}
		};
		var Retry = class {
			static v2026 = true;
			static delay() {
				return 50;
			}
			static throttlingDelay() {
				return 1e3;
			}
			static cost() {
				return 14;
			}
			static throttlingCost() {
				return 5;
			}
			static modifiedCostType() {
				return "THROTTLING";
			}
		};
		var DefaultRetryBackoffStrategy = class {
			x = Retry.delay();
			computeNextBackoffDelay(i) {
				const t_i = Math.random() * Math.min(this.x * 2 ** i, MAXIMUM_RETRY_DELAY);
				return Math.floor(t_i);
			}
			setDelayBase(delay) {
				this.x = delay;
			}
		};
		var DefaultRetryToken = class {
			delay;
			count;
			cost;
			longPoll;
			$retryLog = { acquisitionDelay: 0 };
			constructor(delay, count, cost, longPoll) {
				this.delay = delay;
				this.count = count;
				this.cost = cost;
				this.longPoll = longPoll;
			}
			getRetryCount() {
				return this.count;
			}
			getRetryDelay() {
				return Math.min(MAXIMUM_RETRY_DELAY, this.delay);
			}
			getRetryCost() {
				return this.cost;
			}
			isLongPoll() {
				return this.longPoll;
			}
		};
		var RETRY_MODES;
		(function(RETRY_MODES) {
			RETRY_MODES["STANDARD"] = "standard";
			RETRY_MODES["ADAPTIVE"] = "adaptive";
		})(RETRY_MODES || (RETRY_MODES = {}));
		const DEFAULT_RETRY_MODE = RETRY_MODES.STANDARD;
		const refusal = {
			incompatible: 1,
			attempts: 2,
			capacity: 3
		};
		var StandardRetryStrategy = class {
			mode = RETRY_MODES.STANDARD;
			retryBackoffStrategy;
			capacity = 500;
			maxAttemptsProvider;
			baseDelay;
			constructor(arg1) {
				if (typeof arg1 === "number") this.maxAttemptsProvider = async () => arg1;
				else if (typeof arg1 === "function") this.maxAttemptsProvider = arg1;
				else if (arg1 && typeof arg1 === "object") {
					this.maxAttemptsProvider = async () => arg1.maxAttempts;
					this.baseDelay = arg1.baseDelay;
					this.retryBackoffStrategy = arg1.backoff;
				}
				this.maxAttemptsProvider ??= async () => 3;
				this.baseDelay ??= Retry.delay();
				this.retryBackoffStrategy ??= new DefaultRetryBackoffStrategy();
			}
			async acquireInitialRetryToken(retryTokenScope) {
				return new DefaultRetryToken(Retry.delay(), 0, void 0, retryTokenScope.includes(":longpoll"));
			}
			async refreshRetryTokenForRetry(token, errorInfo) {
				const maxAttempts = await this.getMaxAttempts();
				const retryCode = this.retryCode(token, errorInfo, maxAttempts);
				const shouldRetry = retryCode === 0;
				const isLongPoll = token.isLongPoll?.();
				if (shouldRetry || isLongPoll) {
					const errorType = errorInfo.errorType;
					this.retryBackoffStrategy.setDelayBase(errorType === "THROTTLING" ? Retry.throttlingDelay() : this.baseDelay);
					const delayFromErrorType = this.retryBackoffStrategy.computeNextBackoffDelay(token.getRetryCount());
					let retryDelay = delayFromErrorType;
					if (errorInfo.retryAfterHint instanceof Date) retryDelay = Math.max(delayFromErrorType, Math.min(errorInfo.retryAfterHint.getTime() - Date.now(), delayFromErrorType + 5e3));
					if (!shouldRetry) {
						const longPollBackoff = retryCode === refusal.capacity && isLongPoll ? retryDelay : 0;
						if (longPollBackoff > 0) await new Promise((r) => setTimeout(r, longPollBackoff));
					} else {
						const capacityCost = this.getCapacityCost(errorType);
						this.capacity -= capacityCost;
						const nextToken = new DefaultRetryToken(0, token.getRetryCount() + 1, capacityCost, token.isLongPoll?.() ?? false);
						await new Promise((r) => setTimeout(r, retryDelay));
						nextToken.$retryLog.acquisitionDelay = retryDelay;
						return nextToken;
					}
				}
				throw new Error("No retry token available");
			}
			recordSuccess(token) {
				this.capacity = Math.min(500, this.capacity + (token.getRetryCost() ?? 1));
			}
			getCapacity() {
				return this.capacity;
			}
			async maxAttempts() {
				return this.maxAttemptsProvider();
			}
			async getMaxAttempts() {
				try {
					return await this.maxAttemptsProvider();
				} catch (ignored) {
					console.warn(`Max attempts provider could not resolve. Using default of 3`);
					return 3;
				}
			}
			retryCode(tokenToRenew, errorInfo, maxAttempts) {
				const attempts = tokenToRenew.getRetryCount() + 1;
				const retryableStatus = this.isRetryableError(errorInfo.errorType) ? 0 : refusal.incompatible;
				const attemptStatus = attempts < maxAttempts ? 0 : refusal.attempts;
				const capacityStatus = this.capacity >= this.getCapacityCost(errorInfo.errorType) ? 0 : refusal.capacity;
				return retryableStatus || attemptStatus || capacityStatus;
			}
			getCapacityCost(errorType) {
				return errorType === Retry.modifiedCostType() ? Retry.throttlingCost() : Retry.cost();
			}
			isRetryableError(errorType) {
				return errorType === "THROTTLING" || errorType === "TRANSIENT";
			}
		};
		var AdaptiveRetryStrategy = class {
			mode = RETRY_MODES.ADAPTIVE;
			rateLimiter;
			standardRetryStrategy;
			constructor(maxAttemptsProvider, options) {
				const { rateLimiter } = options ?? {};
				this.rateLimiter = rateLimiter ?? new DefaultRateLimiter();
				this.standardRetryStrategy = options ? new StandardRetryStrategy({
					maxAttempts: typeof maxAttemptsProvider === "number" ? maxAttemptsProvider : 3,
					...options
				}) : new StandardRetryStrategy(maxAttemptsProvider);
			}
			async acquireInitialRetryToken(retryTokenScope) {
				const token = await this.standardRetryStrategy.acquireInitialRetryToken(retryTokenScope);
				await this.rateLimiter.getSendToken();
				return token;
			}
			async refreshRetryTokenForRetry(tokenToRenew, errorInfo) {
				this.rateLimiter.updateClientSendingRate(errorInfo);
				const token = await this.standardRetryStrategy.refreshRetryTokenForRetry(tokenToRenew, errorInfo);
				await this.rateLimiter.getSendToken();
				return token;
			}
			recordSuccess(token) {
				this.rateLimiter.updateClientSendingRate({});
				this.standardRetryStrategy.recordSuccess(token);
			}
			async maxAttemptsProvider() {
				return this.standardRetryStrategy.maxAttempts();
			}
		};
		const ENV_MAX_ATTEMPTS = "AWS_MAX_ATTEMPTS";
		const CONFIG_MAX_ATTEMPTS = "max_attempts";
		const NODE_MAX_ATTEMPT_CONFIG_OPTIONS = {
			environmentVariableSelector: (env) => {
				const value = env[ENV_MAX_ATTEMPTS];
				if (!value) return;
				const maxAttempt = parseInt(value);
				if (Number.isNaN(maxAttempt)) throw new Error(`Environment variable ${ENV_MAX_ATTEMPTS} mast be a number, got "${value}"`);
				return maxAttempt;
			},
			configFileSelector: (profile) => {
				const value = profile[CONFIG_MAX_ATTEMPTS];
				if (!value) return;
				const maxAttempt = parseInt(value);
				if (Number.isNaN(maxAttempt)) throw new Error(`Shared config file entry ${CONFIG_MAX_ATTEMPTS} mast be a number, got "${value}"`);
				return maxAttempt;
			},
			default: 3
		};
		const resolveRetryConfig = (input, defaults) => {
			const { retryStrategy, retryMode } = input;
			const { defaultMaxAttempts = 3, defaultBaseDelay = Retry.delay() } = defaults ?? {};
			const maxAttemptsProvider = normalizeProvider$1(input.maxAttempts ?? defaultMaxAttempts);
			let controller = retryStrategy ? Promise.resolve(retryStrategy) : void 0;
			const getDefault = async () => {
				const maxAttempts = await maxAttemptsProvider();
				if (await normalizeProvider$1(retryMode)() === RETRY_MODES.ADAPTIVE) return new AdaptiveRetryStrategy(maxAttemptsProvider, {
					maxAttempts,
					baseDelay: defaultBaseDelay
				});
				return new StandardRetryStrategy({
					maxAttempts,
					baseDelay: defaultBaseDelay
				});
			};
			return Object.assign(input, {
				maxAttempts: maxAttemptsProvider,
				retryStrategy: () => controller ??= getDefault()
			});
		};
		const ENV_RETRY_MODE = "AWS_RETRY_MODE";
		const CONFIG_RETRY_MODE = "retry_mode";
		const NODE_RETRY_MODE_CONFIG_OPTIONS = {
			environmentVariableSelector: (env) => env[ENV_RETRY_MODE],
			configFileSelector: (profile) => profile[CONFIG_RETRY_MODE],
			default: DEFAULT_RETRY_MODE
		};
		const getRetryPlugin = bindGetRetryPlugin(isStreamingPayload);
		const ACCOUNT_ID_ENDPOINT_REGEX = /\d{12}\.ddb/;
		async function checkFeatures(context, config, args) {
			if (args.request?.headers?.["smithy-protocol"] === "rpc-v2-cbor") setFeature$1(context, "PROTOCOL_RPC_V2_CBOR", "M");
			if (typeof config.retryStrategy === "function") {
				const retryStrategy = await config.retryStrategy();
				if (typeof retryStrategy.mode === "string") switch (retryStrategy.mode) {
					case RETRY_MODES.ADAPTIVE:
						setFeature$1(context, "RETRY_MODE_ADAPTIVE", "F");
						break;
					case RETRY_MODES.STANDARD: setFeature$1(context, "RETRY_MODE_STANDARD", "E");
				}
			}
			if (typeof config.accountIdEndpointMode === "function") {
				const endpointV2 = context.endpointV2;
				if (String(endpointV2?.url?.hostname).match(ACCOUNT_ID_ENDPOINT_REGEX)) setFeature$1(context, "ACCOUNT_ID_ENDPOINT", "O");
				switch (await config.accountIdEndpointMode?.()) {
					case "disabled":
						setFeature$1(context, "ACCOUNT_ID_MODE_DISABLED", "Q");
						break;
					case "preferred":
						setFeature$1(context, "ACCOUNT_ID_MODE_PREFERRED", "P");
						break;
					case "required": setFeature$1(context, "ACCOUNT_ID_MODE_REQUIRED", "R");
				}
			}
			const identity = context.__smithy_context?.selectedHttpAuthScheme?.identity;
			if (identity?.$source) {
				const credentials = identity;
				if (credentials.accountId) setFeature$1(context, "RESOLVED_ACCOUNT_ID", "T");
				for (const [key, value] of Object.entries(credentials.$source ?? {})) setFeature$1(context, key, value);
			}
		}
		const USER_AGENT = "user-agent";
		const X_AMZ_USER_AGENT = "x-amz-user-agent";
		const UA_NAME_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w]/g;
		const UA_VALUE_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w#]/g;
		const BYTE_LIMIT = 1024;
		function encodeFeatures(features) {
			let buffer = "";
			for (const key in features) {
				const val = features[key];
				if (buffer.length + val.length + 1 <= BYTE_LIMIT) {
					if (buffer.length) buffer += "," + val;
					else buffer += val;
					continue;
				}
				break;
			}
			return buffer;
		}
		const userAgentMiddleware = (options) => (next, context) => async (args) => {
			const { request } = args;
			if (!HttpRequest.isInstance(request)) return next(args);
			const { headers } = request;
			const userAgent = context?.userAgent?.map(escapeUserAgent) || [];
			const defaultUserAgent = (await options.defaultUserAgentProvider()).map(escapeUserAgent);
			await checkFeatures(context, options, args);
			const awsContext = context;
			defaultUserAgent.push(`m/${encodeFeatures(Object.assign({}, context.__smithy_context?.features, awsContext.__aws_sdk_context?.features))}`);
			const customUserAgent = options?.customUserAgent?.map(escapeUserAgent) || [];
			const appId = await options.userAgentAppId();
			if (appId) defaultUserAgent.push(escapeUserAgent([`app`, `${appId}`]));
			const prefix = getUserAgentPrefix();
			const sdkUserAgentValue = (prefix ? [prefix] : []).concat([
				...defaultUserAgent,
				...userAgent,
				...customUserAgent
			]).join(" ");
			const normalUAValue = [...defaultUserAgent.filter((section) => section.startsWith("aws-sdk-")), ...customUserAgent].join(" ");
			if (options.runtime !== "browser") {
				if (normalUAValue) headers[X_AMZ_USER_AGENT] = headers["x-amz-user-agent"] ? `${headers[USER_AGENT]} ${normalUAValue}` : normalUAValue;
				headers[USER_AGENT] = sdkUserAgentValue;
			} else headers[X_AMZ_USER_AGENT] = sdkUserAgentValue;
			return next({
				...args,
				request
			});
		};
		const escapeUserAgent = (userAgentPair) => {
			const name = userAgentPair[0].split("/").map((part) => part.replace(UA_NAME_ESCAPE_REGEX, "-")).join("/");
			const version = userAgentPair[1]?.replace(UA_VALUE_ESCAPE_REGEX, "-");
			const prefixSeparatorIndex = name.indexOf("/");
			const prefix = name.substring(0, prefixSeparatorIndex);
			let uaName = name.substring(prefixSeparatorIndex + 1);
			if (prefix === "api") uaName = uaName.toLowerCase();
			return [
				prefix,
				uaName,
				version
			].filter((item) => item && item.length > 0).reduce((acc, item, index) => {
				switch (index) {
					case 0: return item;
					case 1: return `${acc}/${item}`;
					default: return `${acc}#${item}`;
				}
			}, "");
		};
		const getUserAgentMiddlewareOptions = {
			name: "getUserAgentMiddleware",
			step: "build",
			priority: "low",
			tags: ["SET_USER_AGENT", "USER_AGENT"],
			override: true
		};
		const getUserAgentPlugin = (config) => ({ applyToStack: (clientStack) => {
			clientStack.add(userAgentMiddleware(config), getUserAgentMiddlewareOptions);
		} });
		const getRuntimeUserAgentPair = () => {
			for (const runtime of [
				"deno",
				"bun",
				"llrt"
			]) if (node_process__WEBPACK_IMPORTED_MODULE_8__.versions[runtime]) return [`md/${runtime}`, node_process__WEBPACK_IMPORTED_MODULE_8__.versions[runtime]];
			return ["md/nodejs", node_process__WEBPACK_IMPORTED_MODULE_8__.versions.node];
		};
		const crtAvailability = { isCrtAvailable: false };
		const isCrtAvailable = () => {
			if (crtAvailability.isCrtAvailable) return ["md/crt-avail"];
			return null;
		};
		const createDefaultUserAgentProvider = ({ serviceId, clientVersion }) => {
			const runtimeUserAgentPair = getRuntimeUserAgentPair();
			return async (config) => {
				const sections = [
					["aws-sdk-js", clientVersion],
					["ua", "2.1"],
					[`os/${(0, node_os__WEBPACK_IMPORTED_MODULE_6__.platform)()}`, (0, node_os__WEBPACK_IMPORTED_MODULE_6__.release)()],
					["lang/js"],
					runtimeUserAgentPair
				];
				const crtAvailable = isCrtAvailable();
				if (crtAvailable) sections.push(crtAvailable);
				if (serviceId) sections.push([`api/${serviceId}`, clientVersion]);
				if (node_process__WEBPACK_IMPORTED_MODULE_8__.env.AWS_EXECUTION_ENV) sections.push([`exec-env/${node_process__WEBPACK_IMPORTED_MODULE_8__.env.AWS_EXECUTION_ENV}`]);
				const appId = await config?.userAgentAppId?.();
				return appId ? [...sections, [`app/${appId}`]] : [...sections];
			};
		};
		const UA_APP_ID_ENV_NAME = "AWS_SDK_UA_APP_ID";
		const UA_APP_ID_INI_NAME_DEPRECATED = "sdk-ua-app-id";
		const NODE_APP_ID_CONFIG_OPTIONS = {
			environmentVariableSelector: (env) => env[UA_APP_ID_ENV_NAME],
			configFileSelector: (profile) => profile["sdk_ua_app_id"] ?? profile[UA_APP_ID_INI_NAME_DEPRECATED],
			default: void 0
		};
		const isVirtualHostableS3Bucket = (value, allowSubDomains = false) => {
			if (allowSubDomains) {
				for (const label of value.split(".")) if (!isVirtualHostableS3Bucket(label)) return false;
				return true;
			}
			if (!isValidHostLabel(value)) return false;
			if (value.length < 3 || value.length > 63) return false;
			if (value !== value.toLowerCase()) return false;
			if (isIpAddress(value)) return false;
			return true;
		};
		const ARN_DELIMITER = ":";
		const RESOURCE_DELIMITER = "/";
		const parseArn = (value) => {
			const segments = value.split(ARN_DELIMITER);
			if (segments.length < 6) return null;
			const [arn, partition, service, region, accountId, ...resourcePath] = segments;
			if (arn !== "arn" || partition === "" || service === "" || resourcePath.join(ARN_DELIMITER) === "") return null;
			return {
				partition,
				service,
				region,
				accountId,
				resourceId: resourcePath.map((resource) => resource.split(RESOURCE_DELIMITER)).flat()
			};
		};
		const awsEndpointFunctions = {
			isVirtualHostableS3Bucket,
			parseArn,
			partition
		};
		customEndpointFunctions.aws = awsEndpointFunctions;
		const getAwsRegionExtensionConfiguration = (runtimeConfig) => {
			return {
				setRegion(region) {
					runtimeConfig.region = region;
				},
				region() {
					return runtimeConfig.region;
				}
			};
		};
		const resolveAwsRegionExtensionConfiguration = (awsRegionExtensionConfiguration) => {
			return { region: awsRegionExtensionConfiguration.region() };
		};
		const getDateHeader = (response) => HttpResponse.isInstance(response) ? response.headers?.date ?? response.headers?.Date : void 0;
		const getAgeHeader = (response) => HttpResponse.isInstance(response) ? response.headers?.age ?? response.headers?.Age : void 0;
		const getSkewCorrectedDate = (systemClockOffset) => new Date(Date.now() + systemClockOffset);
		const getUpdatedSystemClockOffset = (clockTime, currentSystemClockOffset, timeRequestSent, ageHeader) => {
			if (ageHeader !== void 0) return currentSystemClockOffset;
			const serverTime = Date.parse(clockTime);
			if (Number.isNaN(serverTime)) return currentSystemClockOffset;
			const timeResponseReceived = Date.now();
			if (timeRequestSent !== void 0 && timeResponseReceived - timeRequestSent > 9e5) return currentSystemClockOffset;
			return serverTime - timeResponseReceived;
		};
		const throwSigningPropertyError = (name, property) => {
			if (!property) throw new Error(`Property \`${name}\` is not resolved for AWS SDK SigV4Auth`);
			return property;
		};
		const hasEventStreamOutput = (signingProperties) => {
			return (signingProperties.context?.[SMITHY_CONTEXT_KEY]?.eventStream)?.output === true;
		};
		const validateSigningProperties = async (signingProperties) => {
			const context = throwSigningPropertyError("context", signingProperties.context);
			const config = throwSigningPropertyError("config", signingProperties.config);
			const authScheme = context.endpointV2?.properties?.authSchemes?.[0];
			return {
				config,
				signer: await throwSigningPropertyError("signer", config.signer)(authScheme),
				signingRegion: signingProperties?.signingRegion,
				signingRegionSet: signingProperties?.signingRegionSet,
				signingName: signingProperties?.signingName
			};
		};
		var AwsSdkSigV4Signer = class {
			async sign(httpRequest, identity, signingProperties) {
				if (!HttpRequest.isInstance(httpRequest)) throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");
				const validatedProps = await validateSigningProperties(signingProperties);
				const { config, signer } = validatedProps;
				let { signingRegion, signingName } = validatedProps;
				const handlerExecutionContext = signingProperties.context;
				if (handlerExecutionContext?.authSchemes?.length ?? false) {
					const [first, second] = handlerExecutionContext.authSchemes;
					if (first?.name === "sigv4a" && second?.name === "sigv4") {
						signingRegion = second?.signingRegion ?? signingRegion;
						signingName = second?.signingName ?? signingName;
					}
				}
				const noSkewCorrection = await config.disableClockSkewCorrection?.() === true;
				signingProperties._disableClockSkewCorrection = noSkewCorrection;
				const skipSkewSampling = noSkewCorrection || hasEventStreamOutput(signingProperties);
				signingProperties._skipClockSkewSampling = skipSkewSampling;
				if (!skipSkewSampling) {
					signingProperties._preRequestSystemClockOffset = config.systemClockOffset;
					signingProperties._requestSentAt = Date.now();
				}
				return await signer.sign(httpRequest, {
					signingDate: noSkewCorrection ? new Date() : getSkewCorrectedDate(config.systemClockOffset),
					signingRegion,
					signingService: signingName
				});
			}
			errorHandler(signingProperties) {
				return (error) => {
					const errorException = error;
					if (!signingProperties._skipClockSkewSampling && !signingProperties._disableClockSkewCorrection) {
						const serverTime = errorException.ServerTime ?? getDateHeader(errorException.$response);
						if (serverTime) {
							const config = throwSigningPropertyError("config", signingProperties.config);
							const preRequestOffset = signingProperties._preRequestSystemClockOffset;
							const timeRequestSent = signingProperties._requestSentAt;
							const ageHeader = getAgeHeader(errorException.$response);
							const newOffset = getUpdatedSystemClockOffset(serverTime, config.systemClockOffset, timeRequestSent, ageHeader);
							config.systemClockOffset = newOffset;
							if (Math.abs(newOffset) >= 24e4 && (newOffset !== preRequestOffset || preRequestOffset !== void 0 && preRequestOffset !== newOffset) && errorException.$metadata) errorException.$metadata.clockSkewCorrected = true;
						}
					}
					throw error;
				};
			}
			successHandler(httpResponse, signingProperties) {
				if (signingProperties._skipClockSkewSampling || signingProperties._disableClockSkewCorrection) return;
				const dateHeader = getDateHeader(httpResponse);
				if (dateHeader) {
					const config = throwSigningPropertyError("config", signingProperties.config);
					const timeRequestSent = signingProperties._requestSentAt;
					const ageHeader = getAgeHeader(httpResponse);
					config.systemClockOffset = getUpdatedSystemClockOffset(dateHeader, config.systemClockOffset, timeRequestSent, ageHeader);
				}
			}
		};
		const getArrayForCommaSeparatedString = (str) => typeof str === "string" && str.length > 0 ? str.split(",").map((item) => item.trim()) : [];
		const getBearerTokenEnvKey = (signingName) => `AWS_BEARER_TOKEN_${signingName.replace(/[\s-]/g, "_").toUpperCase()}`;
		const NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY = "AWS_AUTH_SCHEME_PREFERENCE";
		const NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY = "auth_scheme_preference";
		const NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = {
			environmentVariableSelector: (env, options) => {
				if (options?.signingName) {
					if (getBearerTokenEnvKey(options.signingName) in env) return ["httpBearerAuth"];
				}
				if (!(NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY in env)) return;
				return getArrayForCommaSeparatedString(env[NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY]);
			},
			configFileSelector: (profile) => {
				if (!(NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY in profile)) return;
				return getArrayForCommaSeparatedString(profile[NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY]);
			},
			default: []
		};
		var HeaderFormatter = class {
			format(headers) {
				const chunks = [];
				for (const headerName in headers) {
					if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(headers, headerName)) continue;
					const bytes = fromUtf8(headerName);
					chunks.push(Uint8Array.from([bytes.byteLength]), bytes, this.formatHeaderValue(headers[headerName]));
				}
				const out = new Uint8Array(chunks.reduce((carry, bytes) => carry + bytes.byteLength, 0));
				let position = 0;
				for (const chunk of chunks) {
					out.set(chunk, position);
					position += chunk.byteLength;
				}
				return out;
			}
			formatHeaderValue(header) {
				switch (header.type) {
					case "boolean": return Uint8Array.from([header.value ? 0 : 1]);
					case "byte": return Uint8Array.from([2, header.value]);
					case "short":
						const shortView = new DataView(new ArrayBuffer(3));
						shortView.setUint8(0, 3);
						shortView.setInt16(1, header.value, false);
						return new Uint8Array(shortView.buffer);
					case "integer":
						const intView = new DataView(new ArrayBuffer(5));
						intView.setUint8(0, 4);
						intView.setInt32(1, header.value, false);
						return new Uint8Array(intView.buffer);
					case "long":
						const longBytes = new Uint8Array(9);
						longBytes[0] = 5;
						longBytes.set(header.value.bytes, 1);
						return longBytes;
					case "binary":
						const binView = new DataView(new ArrayBuffer(3 + header.value.byteLength));
						binView.setUint8(0, 6);
						binView.setUint16(1, header.value.byteLength, false);
						const binBytes = new Uint8Array(binView.buffer);
						binBytes.set(header.value, 3);
						return binBytes;
					case "string":
						const utf8Bytes = fromUtf8(header.value);
						const strView = new DataView(new ArrayBuffer(3 + utf8Bytes.byteLength));
						strView.setUint8(0, 7);
						strView.setUint16(1, utf8Bytes.byteLength, false);
						const strBytes = new Uint8Array(strView.buffer);
						strBytes.set(utf8Bytes, 3);
						return strBytes;
					case "timestamp":
						const tsBytes = new Uint8Array(9);
						tsBytes[0] = 8;
						tsBytes.set(Int64.fromNumber(header.value.valueOf()).bytes, 1);
						return tsBytes;
					case "uuid":
						if (!UUID_PATTERN.test(header.value)) throw new Error(`Invalid UUID received: ${header.value}`);
						const uuidBytes = new Uint8Array(17);
						uuidBytes[0] = 9;
						uuidBytes.set((0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.t)(header.value.replace(/-/g, "")), 1);
						return uuidBytes;
				}
			}
		};
		var HEADER_VALUE_TYPE;
		(function(HEADER_VALUE_TYPE) {
			HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolTrue"] = 0] = "boolTrue";
			HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolFalse"] = 1] = "boolFalse";
			HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byte"] = 2] = "byte";
			HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["short"] = 3] = "short";
			HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["integer"] = 4] = "integer";
			HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["long"] = 5] = "long";
			HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byteArray"] = 6] = "byteArray";
			HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["string"] = 7] = "string";
			HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["timestamp"] = 8] = "timestamp";
			HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["uuid"] = 9] = "uuid";
		})(HEADER_VALUE_TYPE || (HEADER_VALUE_TYPE = {}));
		const UUID_PATTERN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;
		var Int64 = class Int64 {
			bytes;
			constructor(bytes) {
				this.bytes = bytes;
				if (bytes.byteLength !== 8) throw new Error("Int64 buffers must be exactly 8 bytes");
			}
			static fromNumber(number) {
				if (number > 0x8000000000000000 || number < -0x8000000000000000) throw new Error(`${number} is too large (or, if negative, too small) to represent as an Int64`);
				const bytes = new Uint8Array(8);
				for (let i = 7, remaining = Math.abs(Math.round(number)); i > -1 && remaining > 0; i--, remaining /= 256) bytes[i] = remaining;
				if (number < 0) negate(bytes);
				return new Int64(bytes);
			}
			valueOf() {
				const bytes = this.bytes.slice(0);
				const negative = bytes[0] & 128;
				if (negative) negate(bytes);
				return parseInt((0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.n)(bytes), 16) * (negative ? -1 : 1);
			}
			toString() {
				return String(this.valueOf());
			}
		};
		function negate(bytes) {
			for (let i = 0; i < 8; i++) bytes[i] ^= 255;
			for (let i = 7; i > -1; i--) {
				bytes[i]++;
				if (bytes[i] !== 0) break;
			}
		}
		const ALGORITHM_QUERY_PARAM = "X-Amz-Algorithm";
		const CREDENTIAL_QUERY_PARAM = "X-Amz-Credential";
		const AMZ_DATE_QUERY_PARAM = "X-Amz-Date";
		const SIGNED_HEADERS_QUERY_PARAM = "X-Amz-SignedHeaders";
		const EXPIRES_QUERY_PARAM = "X-Amz-Expires";
		const SIGNATURE_QUERY_PARAM = "X-Amz-Signature";
		const TOKEN_QUERY_PARAM = "X-Amz-Security-Token";
		const AUTH_HEADER = "authorization";
		const AMZ_DATE_HEADER = AMZ_DATE_QUERY_PARAM.toLowerCase();
		const GENERATED_HEADERS = [
			AUTH_HEADER,
			AMZ_DATE_HEADER,
			"date"
		];
		SIGNATURE_QUERY_PARAM.toLowerCase();
		const SHA256_HEADER = "x-amz-content-sha256";
		const TOKEN_HEADER = TOKEN_QUERY_PARAM.toLowerCase();
		const ALWAYS_UNSIGNABLE_HEADERS = {
			authorization: true,
			"cache-control": true,
			connection: true,
			expect: true,
			from: true,
			"keep-alive": true,
			"max-forwards": true,
			pragma: true,
			referer: true,
			te: true,
			trailer: true,
			"transfer-encoding": true,
			upgrade: true,
			"user-agent": true,
			"x-amzn-trace-id": true
		};
		const PROXY_HEADER_PATTERN = /^proxy-/;
		const SEC_HEADER_PATTERN = /^sec-/;
		const ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256";
		const EVENT_ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256-PAYLOAD";
		const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
		const KEY_TYPE_IDENTIFIER = "aws4_request";
		const getCanonicalQuery = ({ query = {} }) => {
			const keys = [];
			const serialized = {};
			for (const key in query) {
				if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(query, key)) continue;
				if (key.toLowerCase() === "x-amz-signature") continue;
				const encodedKey = escapeUri(key);
				keys.push(encodedKey);
				const value = query[key];
				if (typeof value === "string") serialized[encodedKey] = `${encodedKey}=${escapeUri(value)}`;
				else if (Array.isArray(value)) serialized[encodedKey] = value.slice(0).reduce((encoded, value) => encoded.concat([`${encodedKey}=${escapeUri(value)}`]), []).sort().join("&");
			}
			return keys.sort().map((key) => serialized[key]).filter((serialized) => serialized).join("&");
		};
		const iso8601 = (time) => toDate(time).toISOString().replace(/\.\d{3}Z$/, "Z");
		const toDate = (time) => {
			if (typeof time === "number") return new Date(time * 1e3);
			if (typeof time === "string") {
				if (Number(time)) return new Date(Number(time) * 1e3);
				return new Date(time);
			}
			return time;
		};
		var SignatureV4Base = class {
			service;
			regionProvider;
			credentialProvider;
			sha256;
			uriEscapePath;
			applyChecksum;
			constructor({ applyChecksum, credentials, region, service, sha256, uriEscapePath = true }) {
				this.service = service;
				this.sha256 = sha256;
				this.uriEscapePath = uriEscapePath;
				this.applyChecksum = typeof applyChecksum === "boolean" ? applyChecksum : true;
				this.regionProvider = normalizeProvider$1(region);
				this.credentialProvider = normalizeProvider$1(credentials);
			}
			createCanonicalRequest(request, canonicalHeaders, payloadHash) {
				const sortedHeaders = Object.keys(canonicalHeaders).sort();
				return `${request.method}
${this.getCanonicalPath(request)}
${getCanonicalQuery(request)}
${sortedHeaders.map((name) => `${name}:${canonicalHeaders[name]}`).join("\n")}

${sortedHeaders.join(";")}
${payloadHash}`;
			}
			async createStringToSign(longDate, credentialScope, canonicalRequest, algorithmIdentifier) {
				const hash = new this.sha256();
				hash.update(toUint8Array(canonicalRequest));
				const hashedRequest = await hash.digest();
				return `${algorithmIdentifier}
${longDate}
${credentialScope}
${(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.n)(hashedRequest)}`;
			}
			getCanonicalPath({ path }) {
				if (this.uriEscapePath) {
					const normalizedPathSegments = [];
					for (const pathSegment of path.split("/")) {
						if (pathSegment?.length === 0) continue;
						if (pathSegment === ".") continue;
						if (pathSegment === "..") normalizedPathSegments.pop();
						else normalizedPathSegments.push(pathSegment);
					}
					const normalizedPath = `${path?.startsWith("/") ? "/" : ""}${normalizedPathSegments.join("/")}${normalizedPathSegments.length > 0 && path?.endsWith("/") ? "/" : ""}`;
					return escapeUri(normalizedPath).replace(/%2F/g, "/");
				}
				return path;
			}
			validateResolvedCredentials(credentials) {
				if (typeof credentials !== "object" || typeof credentials.accessKeyId !== "string" || typeof credentials.secretAccessKey !== "string") throw new Error("Resolved credential object is not valid");
			}
			formatDate(now) {
				const longDate = iso8601(now).replace(/[-:]/g, "");
				return {
					longDate,
					shortDate: longDate.slice(0, 8)
				};
			}
			getCanonicalHeaderList(headers) {
				return Object.keys(headers).sort().join(";");
			}
		};
		const signingKeyCache = {};
		const cacheQueue = [];
		const createScope = (shortDate, region, service) => `${shortDate}/${region}/${service}/${KEY_TYPE_IDENTIFIER}`;
		const getSigningKey = async (sha256Constructor, credentials, shortDate, region, service) => {
			const credsHash = await hmac(sha256Constructor, credentials.secretAccessKey, credentials.accessKeyId);
			const cacheKey = `${shortDate}:${region}:${service}:${(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.n)(credsHash)}:${credentials.sessionToken}`;
			if (cacheKey in signingKeyCache) return signingKeyCache[cacheKey];
			cacheQueue.push(cacheKey);
			while (cacheQueue.length > 50) delete signingKeyCache[cacheQueue.shift()];
			let key = `AWS4${credentials.secretAccessKey}`;
			for (const signable of [
				shortDate,
				region,
				service,
				KEY_TYPE_IDENTIFIER
			]) key = await hmac(sha256Constructor, key, signable);
			return signingKeyCache[cacheKey] = key;
		};
		const hmac = (ctor, secret, data) => {
			const hash = new ctor(secret);
			hash.update(toUint8Array(data));
			return hash.digest();
		};
		const getCanonicalHeaders = ({ headers }, unsignableHeaders, signableHeaders) => {
			const canonical = {};
			for (const headerName of Object.keys(headers).sort()) {
				if (headers[headerName] == void 0) continue;
				const canonicalHeaderName = headerName.toLowerCase();
				if ((0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(ALWAYS_UNSIGNABLE_HEADERS, canonicalHeaderName) || unsignableHeaders?.has(canonicalHeaderName) || PROXY_HEADER_PATTERN.test(canonicalHeaderName) || SEC_HEADER_PATTERN.test(canonicalHeaderName)) {
					if (!signableHeaders || signableHeaders && !signableHeaders.has(canonicalHeaderName)) continue;
				}
				if (canonicalHeaderName === "__proto__") writeKey(canonical);
				canonical[canonicalHeaderName] = headers[headerName].replace(/[\r\n]/g, " ").replace(/[ \t]+/g, " ").replace(/^ | $/g, "");
			}
			return canonical;
		};
		const getPayloadHash = async ({ headers, body }, hashConstructor) => {
			for (const headerName in headers) {
				if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(headers, headerName)) continue;
				if (headerName.toLowerCase() === "x-amz-content-sha256") return headers[headerName];
			}
			if (body == void 0) return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
			else if (typeof body === "string" || ArrayBuffer.isView(body) || (0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.o)(body)) {
				const hashCtor = new hashConstructor();
				hashCtor.update(toUint8Array(body));
				return (0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.n)(await hashCtor.digest());
			}
			return UNSIGNED_PAYLOAD;
		};
		const hasHeader = (soughtHeader, headers) => {
			soughtHeader = soughtHeader.toLowerCase();
			for (const headerName in headers) {
				if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(headers, headerName)) continue;
				if (soughtHeader === headerName.toLowerCase()) return true;
			}
			return false;
		};
		const moveHeadersToQuery = (request, options = {}) => {
			const { headers, query = {} } = HttpRequest.clone(request);
			for (const name in headers) {
				if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(headers, name)) continue;
				const lname = name.toLowerCase();
				if (lname.slice(0, 6) === "x-amz-" && !options.unhoistableHeaders?.has(lname) || options.hoistableHeaders?.has(lname)) {
					query[name] = headers[name];
					delete headers[name];
				}
			}
			return {
				...request,
				headers,
				query
			};
		};
		const prepareRequest = (request) => {
			request = HttpRequest.clone(request);
			for (const headerName in request.headers) {
				if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(request.headers, headerName)) continue;
				if (GENERATED_HEADERS.indexOf(headerName.toLowerCase()) > -1) delete request.headers[headerName];
			}
			return request;
		};
		var SignatureV4 = class extends SignatureV4Base {
			headerFormatter = new HeaderFormatter();
			constructor({ applyChecksum, credentials, region, service, sha256, uriEscapePath = true }) {
				super({
					applyChecksum,
					credentials,
					region,
					service,
					sha256,
					uriEscapePath
				});
			}
			async presign(originalRequest, options = {}) {
				const { signingDate = new Date(), expiresIn = 3600, unsignableHeaders, unhoistableHeaders, signableHeaders, hoistableHeaders, signingRegion, signingService } = options;
				const credentials = await this.credentialProvider();
				this.validateResolvedCredentials(credentials);
				const region = signingRegion ?? await this.regionProvider();
				const { longDate, shortDate } = this.formatDate(signingDate);
				if (expiresIn > 604800) return Promise.reject("Signature version 4 presigned URLs must have an expiration date less than one week in the future");
				const scope = createScope(shortDate, region, signingService ?? this.service);
				const request = moveHeadersToQuery(prepareRequest(originalRequest), {
					unhoistableHeaders,
					hoistableHeaders
				});
				if (credentials.sessionToken) request.query[TOKEN_QUERY_PARAM] = credentials.sessionToken;
				request.query[ALGORITHM_QUERY_PARAM] = ALGORITHM_IDENTIFIER;
				request.query[CREDENTIAL_QUERY_PARAM] = `${credentials.accessKeyId}/${scope}`;
				request.query[AMZ_DATE_QUERY_PARAM] = longDate;
				request.query[EXPIRES_QUERY_PARAM] = expiresIn.toString(10);
				const canonicalHeaders = getCanonicalHeaders(request, unsignableHeaders, signableHeaders);
				request.query[SIGNED_HEADERS_QUERY_PARAM] = this.getCanonicalHeaderList(canonicalHeaders);
				request.query[SIGNATURE_QUERY_PARAM] = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, await getPayloadHash(originalRequest, this.sha256)));
				return request;
			}
			async sign(toSign, options) {
				if (typeof toSign === "string") return this.signString(toSign, options);
				else if (toSign.headers && toSign.payload) return this.signEvent(toSign, options);
				else if (toSign.message) return this.signMessage(toSign, options);
				else return this.signRequest(toSign, options);
			}
			async signEvent({ headers, payload }, { signingDate = new Date(), priorSignature, signingRegion, signingService, eventStreamCredentials }) {
				const region = signingRegion ?? await this.regionProvider();
				const { shortDate, longDate } = this.formatDate(signingDate);
				const scope = createScope(shortDate, region, signingService ?? this.service);
				const hashedPayload = await getPayloadHash({
					headers: {},
					body: payload
				}, this.sha256);
				const hash = new this.sha256();
				hash.update(headers);
				const hashedHeaders = (0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.n)(await hash.digest());
				const stringToSign = [
					EVENT_ALGORITHM_IDENTIFIER,
					longDate,
					scope,
					priorSignature,
					hashedHeaders,
					hashedPayload
				].join("\n");
				return this.signString(stringToSign, {
					signingDate,
					signingRegion: region,
					signingService,
					eventStreamCredentials
				});
			}
			async signMessage(signableMessage, { signingDate = new Date(), signingRegion, signingService, eventStreamCredentials }) {
				return this.signEvent({
					headers: this.headerFormatter.format(signableMessage.message.headers),
					payload: signableMessage.message.body
				}, {
					signingDate,
					signingRegion,
					signingService,
					priorSignature: signableMessage.priorSignature,
					eventStreamCredentials
				}).then((signature) => {
					return {
						message: signableMessage.message,
						signature
					};
				});
			}
			async signString(stringToSign, { signingDate = new Date(), signingRegion, signingService, eventStreamCredentials } = {}) {
				const credentials = eventStreamCredentials ?? await this.credentialProvider();
				this.validateResolvedCredentials(credentials);
				const region = signingRegion ?? await this.regionProvider();
				const { shortDate } = this.formatDate(signingDate);
				const hash = new this.sha256(await this.getSigningKey(credentials, region, shortDate, signingService));
				hash.update(toUint8Array(stringToSign));
				return (0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.n)(await hash.digest());
			}
			async signRequest(requestToSign, { signingDate = new Date(), signableHeaders, unsignableHeaders, signingRegion, signingService } = {}) {
				const credentials = await this.credentialProvider();
				this.validateResolvedCredentials(credentials);
				const region = signingRegion ?? await this.regionProvider();
				const request = prepareRequest(requestToSign);
				const { longDate, shortDate } = this.formatDate(signingDate);
				const scope = createScope(shortDate, region, signingService ?? this.service);
				request.headers[AMZ_DATE_HEADER] = longDate;
				if (credentials.sessionToken) request.headers[TOKEN_HEADER] = credentials.sessionToken;
				const payloadHash = await getPayloadHash(request, this.sha256);
				if (!hasHeader("x-amz-content-sha256", request.headers) && this.applyChecksum) request.headers[SHA256_HEADER] = payloadHash;
				const canonicalHeaders = getCanonicalHeaders(request, unsignableHeaders, signableHeaders);
				const signature = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, payloadHash));
				request.headers[AUTH_HEADER] = `${ALGORITHM_IDENTIFIER} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${this.getCanonicalHeaderList(canonicalHeaders)}, Signature=${signature}`;
				return request;
			}
			async getSignature(longDate, credentialScope, keyPromise, canonicalRequest) {
				const stringToSign = await this.createStringToSign(longDate, credentialScope, canonicalRequest, ALGORITHM_IDENTIFIER);
				const hash = new this.sha256(await keyPromise);
				hash.update(toUint8Array(stringToSign));
				return (0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.n)(await hash.digest());
			}
			getSigningKey(credentials, region, shortDate, service) {
				return getSigningKey(this.sha256, credentials, shortDate, region, service || this.service);
			}
		};
		const bindResolveAwsSdkSigV4Config = (defaultDisableClockSkewCorrection) => (config) => {
			let inputCredentials = config.credentials;
			let isUserSupplied = !!config.credentials;
			let resolvedCredentials = void 0;
			Object.defineProperty(config, "credentials", {
				set(credentials) {
					if (credentials && credentials !== inputCredentials && credentials !== resolvedCredentials) isUserSupplied = true;
					inputCredentials = credentials;
					const boundProvider = bindCallerConfig(config, normalizeCredentialProvider(config, {
						credentials: inputCredentials,
						credentialDefaultProvider: config.credentialDefaultProvider
					}));
					if (isUserSupplied && !boundProvider.attributed) {
						const isCredentialObject = typeof inputCredentials === "object" && inputCredentials !== null;
						resolvedCredentials = async (options) => {
							const attributedCreds = await boundProvider(options);
							if (isCredentialObject && (!attributedCreds.$source || Object.keys(attributedCreds.$source).length === 0)) return (0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_10__.t)(attributedCreds, "CREDENTIALS_CODE", "e");
							return attributedCreds;
						};
						resolvedCredentials.memoized = boundProvider.memoized;
						resolvedCredentials.configBound = boundProvider.configBound;
						resolvedCredentials.attributed = true;
					} else resolvedCredentials = boundProvider;
				},
				get() {
					return resolvedCredentials;
				},
				enumerable: true,
				configurable: true
			});
			config.credentials = inputCredentials;
			const { signingEscapePath = true, systemClockOffset = config.systemClockOffset || 0, sha256 } = config;
			let signer;
			if (config.signer) signer = normalizeProvider(config.signer);
			else if (config.regionInfoProvider) signer = () => normalizeProvider(config.region)().then(async (region) => [await config.regionInfoProvider(region, {
				useFipsEndpoint: await config.useFipsEndpoint(),
				useDualstackEndpoint: await config.useDualstackEndpoint()
			}) || {}, region]).then(([regionInfo, region]) => {
				const { signingRegion, signingService } = regionInfo;
				config.signingRegion = config.signingRegion || signingRegion || region;
				config.signingName = config.signingName || signingService || config.serviceId;
				const params = {
					...config,
					credentials: config.credentials,
					region: config.signingRegion,
					service: config.signingName,
					sha256,
					uriEscapePath: signingEscapePath
				};
				return new (config.signerConstructor || SignatureV4)(params);
			});
			else signer = async (authScheme) => {
				authScheme = Object.assign({}, {
					name: "sigv4",
					signingName: config.signingName || config.defaultSigningName,
					signingRegion: await normalizeProvider(config.region)(),
					properties: {}
				}, authScheme);
				const signingRegion = authScheme.signingRegion;
				const signingService = authScheme.signingName;
				config.signingRegion = config.signingRegion || signingRegion;
				config.signingName = config.signingName || signingService || config.serviceId;
				const params = {
					...config,
					credentials: config.credentials,
					region: config.signingRegion,
					service: config.signingName,
					sha256,
					uriEscapePath: signingEscapePath
				};
				return new (config.signerConstructor || SignatureV4)(params);
			};
			return Object.assign(config, {
				systemClockOffset,
				signingEscapePath,
				signer,
				disableClockSkewCorrection: normalizeProvider(config.disableClockSkewCorrection ?? defaultDisableClockSkewCorrection)
			});
		};
		function normalizeCredentialProvider(config, { credentials, credentialDefaultProvider }) {
			let credentialsProvider;
			if (credentials) {
				if (!credentials?.memoized) credentialsProvider = memoizeIdentityProvider(credentials, isIdentityExpired, doesIdentityRequireRefresh);
				else credentialsProvider = credentials;
			} else if (credentialDefaultProvider) credentialsProvider = normalizeProvider(credentialDefaultProvider(Object.assign({}, config, { parentClientConfig: config })));
			else credentialsProvider = async () => {
				throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.");
			};
			credentialsProvider.memoized = true;
			return credentialsProvider;
		}
		function bindCallerConfig(config, credentialsProvider) {
			if (credentialsProvider.configBound) return credentialsProvider;
			const fn = async (options) => credentialsProvider({
				...options,
				callerClientConfig: config
			});
			fn.memoized = credentialsProvider.memoized;
			fn.configBound = true;
			return fn;
		}
		const ENV_DISABLE_CLOCK_SKEW_CORRECTION = "AWS_DISABLE_CLOCK_SKEW_CORRECTION";
		const CONFIG_DISABLE_CLOCK_SKEW_CORRECTION = "disable_clock_skew_correction";
		const resolveAwsSdkSigV4Config = bindResolveAwsSdkSigV4Config(loadConfig({
			environmentVariableSelector: (env) => booleanSelector(env, ENV_DISABLE_CLOCK_SKEW_CORRECTION, SelectorType.ENV),
			configFileSelector: (profile) => booleanSelector(profile, CONFIG_DISABLE_CLOCK_SKEW_CORRECTION, SelectorType.CONFIG),
			default: false
		}));
		const ENV_KEY = "AWS_ACCESS_KEY_ID";
		const ENV_SECRET = "AWS_SECRET_ACCESS_KEY";
		const ENV_SESSION = "AWS_SESSION_TOKEN";
		const ENV_EXPIRATION = "AWS_CREDENTIAL_EXPIRATION";
		const ENV_CREDENTIAL_SCOPE = "AWS_CREDENTIAL_SCOPE";
		const ENV_ACCOUNT_ID = "AWS_ACCOUNT_ID";
		const fromEnv = (init) => async () => {
			init?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");
			const accessKeyId = process.env[ENV_KEY];
			const secretAccessKey = process.env[ENV_SECRET];
			const sessionToken = process.env[ENV_SESSION];
			const expiry = process.env[ENV_EXPIRATION];
			const credentialScope = process.env[ENV_CREDENTIAL_SCOPE];
			const accountId = process.env[ENV_ACCOUNT_ID];
			if (accessKeyId && secretAccessKey) {
				const credentials = {
					accessKeyId,
					secretAccessKey,
					...sessionToken && { sessionToken },
					...expiry && { expiration: new Date(expiry) },
					...credentialScope && { credentialScope },
					...accountId && { accountId }
				};
				(0, _setCredentialFeature_B22jDOz5_js__WEBPACK_IMPORTED_MODULE_10__.t)(credentials, "CREDENTIALS_ENV_VARS", "g");
				return credentials;
			}
			throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_3__.t("Unable to find environment variable credentials.", { logger: init?.logger });
		};
		var dist_es_exports = (0, _rolldown_runtime_DYf_mQCB_js__WEBPACK_IMPORTED_MODULE_0__.n)({ fromEnv: () => fromEnv });
		const remoteProvider = async (init) => {
			const { ENV_CMDS_FULL_URI, ENV_CMDS_RELATIVE_URI, fromContainerMetadata, fromInstanceMetadata } = await __webpack_require__.e(1393).then(__webpack_require__.bind(__webpack_require__, 41393));
			if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
				init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");
				const { fromHttp } = await __webpack_require__.e(4028).then(__webpack_require__.bind(__webpack_require__, 54028));
				return chain(fromHttp(init), fromContainerMetadata(init));
			}
			if (process.env["AWS_EC2_METADATA_DISABLED"] && process.env["AWS_EC2_METADATA_DISABLED"] !== "false") return async () => {
				throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_3__.t("EC2 Instance Metadata Service access disabled", { logger: init.logger });
			};
			init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata");
			return fromInstanceMetadata(init);
		};
		function memoizeChain(providers, treatAsExpired) {
			const chain = internalCreateChain(providers);
			let activeLock;
			let passiveLock;
			let credentials;
			let forceRefreshLock;
			const provider = async (options) => {
				if (options?.forceRefresh) {
					if (!forceRefreshLock) forceRefreshLock = chain(options).then((c) => {
						credentials = c;
					}).finally(() => {
						forceRefreshLock = void 0;
					});
					await forceRefreshLock;
					return credentials;
				}
				if (credentials?.expiration) {
					if (credentials?.expiration?.getTime() < Date.now()) credentials = void 0;
				}
				if (activeLock) await activeLock;
				else if (!credentials || treatAsExpired?.(credentials)) {
					if (credentials) {
						if (!passiveLock) passiveLock = chain(options).then((c) => {
							credentials = c;
						}).catch(() => {}).finally(() => {
							passiveLock = void 0;
						});
					} else {
						activeLock = chain(options).then((c) => {
							credentials = c;
						}).finally(() => {
							activeLock = void 0;
						});
						return provider(options);
					}
				}
				return credentials;
			};
			return provider;
		}
		const internalCreateChain = (providers) => async (awsIdentityProperties) => {
			let lastProviderError;
			for (const provider of providers) try {
				return await provider(awsIdentityProperties);
			} catch (err) {
				lastProviderError = err;
				if (err?.tryNextLink) continue;
				throw err;
			}
			throw lastProviderError;
		};
		let multipleCredentialSourceWarningEmitted = false;
		const defaultProvider = (init = {}) => memoizeChain([
			async () => {
				if (init.profile ?? process.env["AWS_PROFILE"]) {
					if (process.env["AWS_ACCESS_KEY_ID"] && process.env["AWS_SECRET_ACCESS_KEY"]) {
						if (!multipleCredentialSourceWarningEmitted) {
							(init.logger?.warn && init.logger?.constructor?.name !== "NoOpLogger" ? init.logger.warn.bind(init.logger) : console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`);
							multipleCredentialSourceWarningEmitted = true;
						}
					}
					throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_3__.t("AWS_PROFILE is set, skipping fromEnv provider.", {
						logger: init.logger,
						tryNextLink: true
					});
				}
				init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv");
				return fromEnv(init)();
			},
			async (awsIdentityProperties) => {
				init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");
				const { ssoStartUrl, ssoAccountId, ssoRegion, ssoRoleName, ssoSession } = init;
				if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession) throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_3__.t("Skipping SSO provider in default chain (inputs do not include SSO fields).", { logger: init.logger });
				const { fromSSO } = await __webpack_require__.e(2217).then(__webpack_require__.bind(__webpack_require__, 2217));
				return fromSSO(init)(awsIdentityProperties);
			},
			async (awsIdentityProperties) => {
				init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
				const { fromIni } = await __webpack_require__.e(986).then(__webpack_require__.bind(__webpack_require__, 20986));
				return fromIni(init)(awsIdentityProperties);
			},
			async (awsIdentityProperties) => {
				init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
				const { fromProcess } = await __webpack_require__.e(3748).then(__webpack_require__.bind(__webpack_require__, 43748));
				return fromProcess(init)(awsIdentityProperties);
			},
			async (awsIdentityProperties) => {
				init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
				const { fromTokenFile } = await __webpack_require__.e(8685).then(__webpack_require__.bind(__webpack_require__, 18685));
				return fromTokenFile(init)(awsIdentityProperties);
			},
			async () => {
				init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider");
				return (await remoteProvider(init))();
			},
			async () => {
				throw new _CredentialsProviderError_BtFEgKxl_js__WEBPACK_IMPORTED_MODULE_3__.t("Could not load credentials from any providers", {
					tryNextLink: false,
					logger: init.logger
				});
			}
		], credentialsTreatedAsExpired);
		const credentialsTreatedAsExpired = (credentials) => credentials?.expiration !== void 0 && credentials.expiration.getTime() - Date.now() < 3e5;
		function buildAbortError(abortSignal) {
			const reason = abortSignal && typeof abortSignal === "object" && "reason" in abortSignal ? abortSignal.reason : void 0;
			if (reason) {
				if (reason instanceof Error) {
					const abortError = new Error("Request aborted");
					abortError.name = "AbortError";
					abortError.cause = reason;
					return abortError;
				}
				const abortError = new Error(String(reason));
				abortError.name = "AbortError";
				return abortError;
			}
			const abortError = new Error("Request aborted");
			abortError.name = "AbortError";
			return abortError;
		}
		const NODEJS_TIMEOUT_ERROR_CODES = [
			"ECONNRESET",
			"EPIPE",
			"ETIMEDOUT"
		];
		const getTransformedHeaders = (headers) => {
			const transformedHeaders = {};
			for (const name in headers) {
				if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(headers, name)) continue;
				const headerValues = headers[name];
				transformedHeaders[name] = Array.isArray(headerValues) ? headerValues.join(",") : headerValues;
			}
			return transformedHeaders;
		};
		const timing = {
			setTimeout: (cb, ms) => setTimeout(cb, ms),
			clearTimeout: (timeoutId) => clearTimeout(timeoutId)
		};
		const DEFER_EVENT_LISTENER_TIME$2 = 1e3;
		const setConnectionTimeout = (request, reject, timeoutInMs = 0) => {
			if (!timeoutInMs) return -1;
			const registerTimeout = (offset) => {
				const timeoutId = timing.setTimeout(() => {
					request.destroy();
					reject(Object.assign(new Error(`@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${timeoutInMs} ms.`), { name: "TimeoutError" }));
				}, timeoutInMs - offset);
				const doWithSocket = (socket) => {
					if (socket?.connecting) socket.on("connect", () => {
						timing.clearTimeout(timeoutId);
					});
					else timing.clearTimeout(timeoutId);
				};
				if (request.socket) doWithSocket(request.socket);
				else request.on("socket", doWithSocket);
			};
			if (timeoutInMs < 2e3) {
				registerTimeout(0);
				return 0;
			}
			return timing.setTimeout(registerTimeout.bind(null, DEFER_EVENT_LISTENER_TIME$2), DEFER_EVENT_LISTENER_TIME$2);
		};
		const setRequestTimeout = (req, reject, timeoutInMs = 0, throwOnRequestTimeout, logger) => {
			if (timeoutInMs) return timing.setTimeout(() => {
				let msg = `@smithy/node-http-handler - [${throwOnRequestTimeout ? "ERROR" : "WARN"}] a request has exceeded the configured ${timeoutInMs} ms requestTimeout.`;
				if (throwOnRequestTimeout) {
					const error = Object.assign(new Error(msg), {
						name: "TimeoutError",
						code: "ETIMEDOUT"
					});
					req.destroy(error);
					reject(error);
				} else {
					msg += ` Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.`;
					logger?.warn?.(msg);
				}
			}, timeoutInMs);
			return -1;
		};
		const DEFER_EVENT_LISTENER_TIME$1 = 3e3;
		const setSocketKeepAlive = (request, { keepAlive, keepAliveMsecs }, deferTimeMs = DEFER_EVENT_LISTENER_TIME$1) => {
			if (keepAlive !== true) return -1;
			const registerListener = () => {
				if (request.socket) request.socket.setKeepAlive(keepAlive, keepAliveMsecs || 0);
				else request.on("socket", (socket) => {
					socket.setKeepAlive(keepAlive, keepAliveMsecs || 0);
				});
			};
			if (deferTimeMs === 0) {
				registerListener();
				return 0;
			}
			return timing.setTimeout(registerListener, deferTimeMs);
		};
		const resolveDefaultSocketTimeout = (config) => {
			const value = config?.defaultSocketTimeout;
			return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : void 0;
		};
		const DEFER_EVENT_LISTENER_TIME = 3e3;
		const setSocketTimeout = (request, reject, timeoutInMs = 0, isServiceDefault = false) => {
			if (!Number.isFinite(timeoutInMs) || timeoutInMs <= 0) return;
			let response;
			request.once("response", (res) => response = res);
			const onTimeout = () => {
				if (response?.complete) {
					request.socket?.destroy();
					return;
				}
				const error = Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${timeoutInMs} ms of inactivity (${isServiceDefault ? "service default socket timeout" : "configured by client requestHandler"}).`), { name: "TimeoutError" });
				response?.destroy(error);
				request.destroy();
				reject(error);
			};
			const registerTimeout = () => {
				const { socket } = request;
				if (!socket) request.once("socket", registerTimeout);
				else if (socket.connecting) socket.once("connect", registerTimeout);
				else {
					socket.setTimeout(timeoutInMs, onTimeout);
					request.on("close", () => socket.removeListener("timeout", onTimeout));
				}
			};
			if (timeoutInMs < 6e3) {
				registerTimeout();
				return;
			}
			const deferralId = timing.setTimeout(registerTimeout, DEFER_EVENT_LISTENER_TIME);
			request.once("close", () => timing.clearTimeout(deferralId));
		};
		const MIN_WAIT_TIME = 6e3;
		async function writeRequestBody(httpRequest, request, maxContinueTimeoutMs = MIN_WAIT_TIME, externalAgent = false) {
			const headers = request.headers;
			const expect = headers ? headers.Expect || headers.expect : void 0;
			let timeoutId = -1;
			let sendBody = true;
			if (!externalAgent && expect === "100-continue") sendBody = await Promise.race([new Promise((resolve) => {
				timeoutId = Number(timing.setTimeout(() => resolve(true), Math.max(MIN_WAIT_TIME, maxContinueTimeoutMs)));
			}), new Promise((resolve) => {
				httpRequest.on("continue", () => {
					timing.clearTimeout(timeoutId);
					resolve(true);
				});
				httpRequest.on("response", () => {
					timing.clearTimeout(timeoutId);
					resolve(false);
				});
				httpRequest.on("error", () => {
					timing.clearTimeout(timeoutId);
					resolve(false);
				});
			})]);
			if (sendBody) writeBody(httpRequest, request.body);
		}
		function writeBody(httpRequest, body) {
			if (body instanceof node_stream__WEBPACK_IMPORTED_MODULE_7__.Readable) {
				body.pipe(httpRequest);
				return;
			}
			if (body) {
				const isBuffer = Buffer.isBuffer(body);
				if (isBuffer || typeof body === "string") {
					if (isBuffer && body.byteLength === 0) httpRequest.end();
					else httpRequest.end(body);
					return;
				}
				const uint8 = body;
				if (typeof uint8 === "object" && uint8.buffer && typeof uint8.byteOffset === "number" && typeof uint8.byteLength === "number") {
					httpRequest.end(Buffer.from(uint8.buffer, uint8.byteOffset, uint8.byteLength));
					return;
				}
				httpRequest.end(Buffer.from(body));
				return;
			}
			httpRequest.end();
		}
		let hAgent = void 0;
		let hRequest = void 0;
		var NodeHttpHandler = class NodeHttpHandler {
			config;
			configProvider;
			socketWarningTimestamp = 0;
			externalAgent = false;
			metadata = { handlerProtocol: "http/1.1" };
			static create(instanceOrOptions) {
				if (typeof instanceOrOptions?.handle === "function") return instanceOrOptions;
				return new NodeHttpHandler(instanceOrOptions);
			}
			static checkSocketUsage(agent, socketWarningTimestamp, logger = console) {
				const { sockets, requests, maxSockets } = agent;
				if (typeof maxSockets !== "number" || maxSockets === Infinity) return socketWarningTimestamp;
				if (Date.now() - 15e3 < socketWarningTimestamp) return socketWarningTimestamp;
				if (sockets && requests) for (const origin in sockets) {
					if (!(0, _hex_encoding_Bc8B5uu7_js__WEBPACK_IMPORTED_MODULE_1__.r)(sockets, origin)) continue;
					const socketsInUse = sockets[origin]?.length ?? 0;
					const requestsEnqueued = requests[origin]?.length ?? 0;
					if (socketsInUse >= maxSockets && requestsEnqueued >= 2 * maxSockets) {
						logger?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${socketsInUse} and ${requestsEnqueued} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`);
						return Date.now();
					}
				}
				return socketWarningTimestamp;
			}
			constructor(options) {
				this.configProvider = new Promise((resolve, reject) => {
					if (typeof options === "function") options().then((_options) => {
						resolve(this.resolveDefaultConfig(_options));
					}).catch(reject);
					else resolve(this.resolveDefaultConfig(options));
				});
			}
			destroy() {
				this.config?.httpAgent?.destroy();
				this.config?.httpsAgent?.destroy();
			}
			async handle(request, { abortSignal, requestTimeout } = {}) {
				if (!this.config) this.config = await this.configProvider;
				const config = this.config;
				const logger = config.logger;
				const isSSL = request.protocol === "https:";
				if (!isSSL && !this.config.httpAgent) this.config.httpAgent = await this.config.httpAgentProvider();
				return new Promise((_resolve, _reject) => {
					let writeRequestBodyPromise = void 0;
					let socketWarningTimeoutId = -1;
					let connectionTimeoutId = -1;
					let requestTimeoutId = -1;
					let keepAliveTimeoutId = -1;
					const clearTimeouts = () => {
						timing.clearTimeout(socketWarningTimeoutId);
						timing.clearTimeout(connectionTimeoutId);
						timing.clearTimeout(requestTimeoutId);
						timing.clearTimeout(keepAliveTimeoutId);
					};
					const resolve = async (arg) => {
						await writeRequestBodyPromise;
						clearTimeouts();
						_resolve(arg);
					};
					const reject = async (arg) => {
						await writeRequestBodyPromise;
						clearTimeouts();
						_reject(arg);
					};
					if (abortSignal?.aborted) {
						reject(buildAbortError(abortSignal));
						return;
					}
					const headers = request.headers;
					const expectContinue = headers ? (headers.Expect ?? headers.expect) === "100-continue" : false;
					let agent = isSSL ? config.httpsAgent : config.httpAgent;
					if (expectContinue && !this.externalAgent) agent = new (isSSL ? node_https__WEBPACK_IMPORTED_MODULE_9__.Agent : hAgent)({
						keepAlive: false,
						maxSockets: Infinity
					});
					socketWarningTimeoutId = timing.setTimeout(() => {
						this.socketWarningTimestamp = NodeHttpHandler.checkSocketUsage(agent, this.socketWarningTimestamp, logger);
					}, config.socketAcquisitionWarningTimeout ?? (config.requestTimeout ?? 2e3) + (config.connectionTimeout ?? 1e3));
					const queryString = request.query ? buildQueryString(request.query) : "";
					let auth = void 0;
					if (request.username != null || request.password != null) auth = `${request.username ?? ""}:${request.password ?? ""}`;
					let path = request.path;
					if (queryString) path += `?${queryString}`;
					if (request.fragment) path += `#${request.fragment}`;
					let hostname = request.hostname ?? "";
					if (hostname[0] === "[" && hostname.endsWith("]")) hostname = request.hostname.slice(1, -1);
					else hostname = request.hostname;
					const nodeHttpsOptions = {
						headers: request.headers,
						host: hostname,
						method: request.method,
						path,
						port: request.port,
						agent,
						auth
					};
					const req = (isSSL ? node_https__WEBPACK_IMPORTED_MODULE_9__.request : hRequest)(nodeHttpsOptions, (res) => {
						const httpResponse = new HttpResponse({
							statusCode: res.statusCode || -1,
							reason: res.statusMessage,
							headers: getTransformedHeaders(res.headers),
							body: res
						});
						resolve({ response: httpResponse });
					});
					req.on("error", (err) => {
						if (NODEJS_TIMEOUT_ERROR_CODES.includes(err.code)) reject(Object.assign(err, { name: "TimeoutError" }));
						else reject(err);
					});
					if (abortSignal) {
						const onAbort = () => {
							req.destroy();
							const abortError = buildAbortError(abortSignal);
							reject(abortError);
						};
						if (typeof abortSignal.addEventListener === "function") {
							const signal = abortSignal;
							signal.addEventListener("abort", onAbort, { once: true });
							req.once("close", () => signal.removeEventListener("abort", onAbort));
						} else abortSignal.onabort = onAbort;
					}
					const effectiveRequestTimeout = requestTimeout ?? config.requestTimeout;
					connectionTimeoutId = setConnectionTimeout(req, reject, config.connectionTimeout);
					requestTimeoutId = setRequestTimeout(req, reject, effectiveRequestTimeout, config.throwOnRequestTimeout, logger ?? console);
					const defaultSocketTimeout = config.socketTimeout === void 0 ? resolveDefaultSocketTimeout(config) : void 0;
					if (defaultSocketTimeout) setSocketTimeout(req, reject, defaultSocketTimeout, true);
					else setSocketTimeout(req, reject, config.socketTimeout);
					const httpAgent = nodeHttpsOptions.agent;
					if (typeof httpAgent === "object" && "keepAlive" in httpAgent) keepAliveTimeoutId = setSocketKeepAlive(req, {
						keepAlive: httpAgent.keepAlive,
						keepAliveMsecs: httpAgent.keepAliveMsecs
					});
					writeRequestBodyPromise = writeRequestBody(req, request, effectiveRequestTimeout, this.externalAgent).catch((e) => {
						clearTimeouts();
						return _reject(e);
					});
				});
			}
			updateHttpClientConfig(key, value) {
				this.config = void 0;
				this.configProvider = this.configProvider.then((config) => {
					switch (key) {
						case Symbol.for("logger"):
							key = "logger";
							value = config.logger ?? value;
							break;
						case Symbol.for("@smithy/defaultSocketTimeout"):
							key = "defaultSocketTimeout";
							value = resolveDefaultSocketTimeout(config) ?? value;
					}
					return {
						...config,
						[key]: value
					};
				});
			}
			httpHandlerConfigs() {
				return this.config ?? {};
			}
			resolveDefaultConfig(options) {
				const { requestTimeout, connectionTimeout, socketTimeout, socketAcquisitionWarningTimeout, httpAgent, httpsAgent, throwOnRequestTimeout, logger } = options || {};
				const keepAlive = true;
				const maxSockets = 50;
				let httpAgentPromise;
				return {
					connectionTimeout,
					requestTimeout,
					socketTimeout,
					defaultSocketTimeout: resolveDefaultSocketTimeout(options),
					socketAcquisitionWarningTimeout,
					throwOnRequestTimeout,
					httpAgentProvider: () => httpAgentPromise ??= (async () => {
						const node_http = await Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 37067, 19));
						const { Agent, request } = node_http.default ?? node_http;
						hRequest = request;
						hAgent = Agent;
						if (httpAgent instanceof hAgent || typeof httpAgent?.destroy === "function") {
							this.externalAgent = true;
							return httpAgent;
						}
						return new hAgent({
							keepAlive,
							maxSockets,
							...httpAgent
						});
					})(),
					httpsAgent: (() => {
						if (httpsAgent instanceof node_https__WEBPACK_IMPORTED_MODULE_9__.Agent || typeof httpsAgent?.destroy === "function") {
							this.externalAgent = true;
							return httpsAgent;
						}
						return new node_https__WEBPACK_IMPORTED_MODULE_9__.Agent({
							keepAlive,
							maxSockets,
							...httpsAgent
						});
					})(),
					logger
				};
			}
		};
		var ProtocolLib = class {
			queryCompat;
			errorRegistry;
			constructor(queryCompat = false) {
				this.queryCompat = queryCompat;
			}
			resolveRestContentType(defaultContentType, inputSchema) {
				const members = inputSchema.getMemberSchemas();
				const httpPayloadMember = Object.values(members).find((m) => {
					return !!m.getMergedTraits().httpPayload;
				});
				if (httpPayloadMember) {
					const mediaType = httpPayloadMember.getMergedTraits().mediaType;
					if (mediaType) return mediaType;
					else if (httpPayloadMember.isStringSchema()) return "text/plain";
					else if (httpPayloadMember.isBlobSchema()) return "application/octet-stream";
					else return defaultContentType;
				} else if (!inputSchema.isUnitSchema()) {
					if (Object.values(members).find((m) => {
						const { httpQuery, httpQueryParams, httpHeader, httpLabel, httpPrefixHeaders } = m.getMergedTraits();
						return !httpQuery && !httpQueryParams && !httpHeader && !httpLabel && httpPrefixHeaders === void 0;
					})) return defaultContentType;
				}
			}
			async getErrorSchemaOrThrowBaseException(errorIdentifier, defaultNamespace, response, dataObject, metadata, getErrorSchema) {
				let errorName = errorIdentifier;
				if (errorIdentifier.includes("#")) [, errorName] = errorIdentifier.split("#");
				const errorMetadata = {
					$metadata: metadata,
					$fault: response.statusCode < 500 ? "client" : "server"
				};
				if (!this.errorRegistry) throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
				try {
					return {
						errorSchema: getErrorSchema?.(this.errorRegistry, errorName) ?? this.errorRegistry.getSchema(errorIdentifier),
						errorMetadata
					};
				} catch (e) {
					dataObject.message = dataObject.message ?? dataObject.Message ?? "UnknownError";
					const synthetic = this.errorRegistry;
					const baseExceptionSchema = synthetic.getBaseException();
					if (baseExceptionSchema) {
						const ErrorCtor = synthetic.getErrorCtor(baseExceptionSchema) ?? Error;
						throw this.decorateServiceException(Object.assign(new ErrorCtor({ name: errorName }), errorMetadata), dataObject);
					}
					const d = dataObject;
					const message = d?.message ?? d?.Message ?? d?.Error?.Message ?? d?.Error?.message;
					throw this.decorateServiceException(Object.assign(new Error(message), { name: errorName }, errorMetadata), dataObject);
				}
			}
			compose(composite, errorIdentifier, defaultNamespace) {
				let namespace = defaultNamespace;
				if (errorIdentifier.includes("#")) [namespace] = errorIdentifier.split("#");
				const staticRegistry = TypeRegistry.for(namespace);
				const defaultSyntheticRegistry = TypeRegistry.for("smithy.ts.sdk.synthetic." + defaultNamespace);
				composite.copyFrom(staticRegistry);
				composite.copyFrom(defaultSyntheticRegistry);
				this.errorRegistry = composite;
			}
			decorateServiceException(exception, additions = {}) {
				if (this.queryCompat) {
					const msg = exception.Message ?? additions.Message;
					const error = decorateServiceException(exception, additions);
					if (msg) error.message = msg;
					const errorObj = error.Error ?? {};
					errorObj.Type = error.Error?.Type;
					errorObj.Code = error.Error?.Code;
					errorObj.Message = error.Error?.message ?? error.Error?.Message ?? msg;
					error.Error = errorObj;
					const reqId = error.$metadata.requestId;
					if (reqId) error.RequestId = reqId;
					return error;
				}
				return decorateServiceException(exception, additions);
			}
			setQueryCompatError(output, response) {
				const queryErrorHeader = response.headers?.["x-amzn-query-error"];
				if (output !== void 0 && queryErrorHeader != null) {
					const [Code, Type] = queryErrorHeader.split(";");
					const keys = Object.keys(output);
					const Error = {
						Code,
						Type
					};
					output.Code = Code;
					output.Type = Type;
					for (let i = 0; i < keys.length; i++) {
						const k = keys[i];
						Error[k === "message" ? "Message" : k] = output[k];
					}
					delete Error.__type;
					output.Error = Error;
				}
			}
			queryCompatOutput(queryCompatErrorData, errorData) {
				if (queryCompatErrorData.Error) errorData.Error = queryCompatErrorData.Error;
				if (queryCompatErrorData.Type) errorData.Type = queryCompatErrorData.Type;
				if (queryCompatErrorData.Code) errorData.Code = queryCompatErrorData.Code;
			}
			findQueryCompatibleError(registry, errorName) {
				try {
					return registry.getSchema(errorName);
				} catch (e) {
					return registry.find((schema) => NormalizedSchema.of(schema).getMergedTraits().awsQueryError?.[0] === errorName);
				}
			}
		};
		const BLOCK = 64;
		const DIGEST_LENGTH = 32;
		const MAX_HASHABLE_LENGTH = 2 ** 53 - 1;
		var Sha256Js = class Sha256Js {
			digestLength = DIGEST_LENGTH;
			state = Int32Array.from(INIT);
			w;
			buffer = new Uint8Array(64);
			bufferLength = 0;
			bytesHashed = 0;
			finished = false;
			inner;
			outer;
			constructor(secret) {
				if (secret) {
					const key = Sha256Js.normalizeKey(secret);
					this.inner = new Sha256Js();
					this.outer = new Sha256Js();
					const { inner, outer } = this;
					const pad = new Uint8Array(128);
					for (let i = 0; i < BLOCK; ++i) {
						pad[i] = 54 ^ key[i];
						pad[i + BLOCK] = 92 ^ key[i];
					}
					inner.update(pad.subarray(0, BLOCK));
					outer.update(pad.subarray(BLOCK));
				}
			}
			update(data) {
				if (this.finished) throw new Error("Attempted to update an already finished HMAC.");
				if (this.inner) {
					this.inner.update(data);
					return;
				}
				const chunk = toUint8Array(data);
				let position = 0;
				let { byteLength } = chunk;
				this.bytesHashed += byteLength;
				if (this.bytesHashed * 8 > MAX_HASHABLE_LENGTH) throw new Error("Cannot hash more than 2^53 - 1 bits");
				while (byteLength > 0) {
					this.buffer[this.bufferLength++] = chunk[position++];
					byteLength--;
					if (this.bufferLength === BLOCK) {
						this.hashBuffer();
						this.bufferLength = 0;
					}
				}
			}
			async digest() {
				const { inner, outer } = this;
				if (inner && outer) {
					if (this.finished) throw new Error("Attempted to digest an already finished HMAC.");
					this.finished = true;
					const innerDigest = inner.digestSync();
					outer.update(innerDigest);
					return outer.digestSync();
				}
				return this.digestSync();
			}
			reset() {
				this.state = Int32Array.from(INIT);
				this.buffer = new Uint8Array(64);
				this.bufferLength = 0;
				this.bytesHashed = 0;
			}
			digestSync() {
				const state = this.state.slice();
				const buffer = this.buffer.slice();
				let bufferLength = this.bufferLength;
				const bitsHashed = this.bytesHashed * 8;
				const bufferView = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
				bufferView.setUint8(bufferLength++, 128);
				if ((bufferLength - 1) % BLOCK >= 56) {
					for (let i = bufferLength; i < BLOCK; ++i) bufferView.setUint8(i, 0);
					this.hashBufferWith(state, buffer);
					bufferLength = 0;
				}
				for (let i = bufferLength; i < 56; ++i) bufferView.setUint8(i, 0);
				bufferView.setUint32(56, Math.floor(bitsHashed / 4294967296), false);
				bufferView.setUint32(60, bitsHashed, false);
				this.hashBufferWith(state, buffer);
				const out = new Uint8Array(DIGEST_LENGTH);
				for (let i = 0; i < 8; ++i) {
					out[i * 4] = state[i] >>> 24 & 255;
					out[i * 4 + 1] = state[i] >>> 16 & 255;
					out[i * 4 + 2] = state[i] >>> 8 & 255;
					out[i * 4 + 3] = state[i] >>> 0 & 255;
				}
				return out;
			}
			static normalizeKey(secret) {
				const key = toUint8Array(secret);
				if (key.byteLength > BLOCK) {
					const h = new Sha256Js();
					h.update(key);
					const out = h.digestSync();
					const padded = new Uint8Array(BLOCK);
					padded.set(out);
					return padded;
				}
				if (key.byteLength < BLOCK) {
					const padded = new Uint8Array(BLOCK);
					padded.set(key);
					return padded;
				}
				return key;
			}
			hashBuffer() {
				this.hashBufferWith(this.state, this.buffer);
			}
			hashBufferWith(state, buffer) {
				const w = this.w ??= new Int32Array(64);
				let s0 = state[0], s1 = state[1], s2 = state[2], s3 = state[3], s4 = state[4], s5 = state[5], s6 = state[6], s7 = state[7];
				for (let i = 0; i < BLOCK; ++i) {
					if (i < 16) w[i] = (buffer[i * 4] & 255) << 24 | (buffer[i * 4 + 1] & 255) << 16 | (buffer[i * 4 + 2] & 255) << 8 | buffer[i * 4 + 3] & 255;
					else {
						let u = w[i - 2];
						const t1 = (u >>> 17 | u << 15) ^ (u >>> 19 | u << 13) ^ u >>> 10;
						u = w[i - 15];
						const t2 = (u >>> 7 | u << 25) ^ (u >>> 18 | u << 14) ^ u >>> 3;
						w[i] = (t1 + w[i - 7] | 0) + (t2 + w[i - 16] | 0);
					}
					const t1 = (((s4 >>> 6 | s4 << 26) ^ (s4 >>> 11 | s4 << 21) ^ (s4 >>> 25 | s4 << 7)) + (s4 & s5 ^ ~s4 & s6) | 0) + (s7 + (K[i] + w[i] | 0) | 0) | 0;
					const t2 = ((s0 >>> 2 | s0 << 30) ^ (s0 >>> 13 | s0 << 19) ^ (s0 >>> 22 | s0 << 10)) + (s0 & s1 ^ s0 & s2 ^ s1 & s2) | 0;
					s7 = s6;
					s6 = s5;
					s5 = s4;
					s4 = s3 + t1 | 0;
					s3 = s2;
					s2 = s1;
					s1 = s0;
					s0 = t1 + t2 | 0;
				}
				state[0] += s0;
				state[1] += s1;
				state[2] += s2;
				state[3] += s3;
				state[4] += s4;
				state[5] += s5;
				state[6] += s6;
				state[7] += s7;
			}
		};
		const INIT = new Int32Array([
			1779033703,
			3144134277,
			1013904242,
			2773480762,
			1359893119,
			2600822924,
			528734635,
			1541459225
		]);
		const K = new Int32Array([
			1116352408,
			1899447441,
			3049323471,
			3921009573,
			961987163,
			1508970993,
			2453635748,
			2870763221,
			3624381080,
			310598401,
			607225278,
			1426881987,
			1925078388,
			2162078206,
			2614888103,
			3248222580,
			3835390401,
			4022224774,
			264347078,
			604807628,
			770255983,
			1249150122,
			1555081692,
			1996064986,
			2554220882,
			2821834349,
			2952996808,
			3210313671,
			3336571891,
			3584528711,
			113926993,
			338241895,
			666307205,
			773529912,
			1294757372,
			1396182291,
			1695183700,
			1986661051,
			2177026350,
			2456956037,
			2730485921,
			2820302411,
			3259730800,
			3345764771,
			3516065817,
			3600352804,
			4094571909,
			275423344,
			430227734,
			506948616,
			659060556,
			883997877,
			958139571,
			1322822218,
			1537002063,
			1747873779,
			1955562222,
			2024104815,
			2227730452,
			2361852424,
			2428436474,
			2756734187,
			3204031479,
			3329325298
		]);
		const Sha256Node = (() => {
			try {
				(0, node_crypto__WEBPACK_IMPORTED_MODULE_4__.createHash)("sha256");
				return true;
			} catch {
				return false;
			}
		})() ? buildNativeClass() : Sha256Js;
		function buildNativeClass() {
			return class Sha256Node {
				digestLength = 32;
				secret;
				hash;
				isHmac;
				finished = false;
				constructor(secret) {
					this.secret = secret;
					this.isHmac = !!secret;
					this.hash = this.createHash();
				}
				update(data) {
					if (this.finished) throw new Error("Attempted to update an already finished hash.");
					this.hash.update(data);
				}
				async digest() {
					let buf;
					if (this.isHmac) {
						this.finished = true;
						buf = this.hash.digest();
					} else buf = this.hash.copy().digest();
					return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
				}
				reset() {
					this.hash = this.createHash();
					this.finished = false;
				}
				createHash() {
					return this.secret ? (0, node_crypto__WEBPACK_IMPORTED_MODULE_4__.createHmac)("sha256", toBuffer(this.secret)) : (0, node_crypto__WEBPACK_IMPORTED_MODULE_4__.createHash)("sha256");
				}
			};
		}
		function toBuffer(data) {
			if (typeof data === "string") return data;
			if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
			return Buffer.from(data);
		}
	}),
	31121: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			a: () => fromString,
			i: () => fromArrayBuffer,
			n: () => toHex,
			o: () => isArrayBuffer,
			r: () => hasOwn,
			t: () => fromHex
		});
		const isArrayBuffer = (arg) => typeof ArrayBuffer === "function" && arg instanceof ArrayBuffer || Object.prototype.toString.call(arg) === "[object ArrayBuffer]";
		const fromArrayBuffer = (input, offset = 0, length = input.byteLength - offset) => {
			if (!isArrayBuffer(input)) throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof input} (${input})`);
			return Buffer.from(input, offset, length);
		};
		const fromString = (input, encoding) => {
			if (typeof input !== "string") throw new TypeError(`The "input" argument must be of type string. Received type ${typeof input} (${input})`);
			return encoding ? Buffer.from(input, encoding) : Buffer.from(input);
		};
		function hasOwn(o, k) {
			return Object.prototype.hasOwnProperty.call(o, k);
		}
		const SHORT_TO_HEX = {};
		const HEX_TO_SHORT = {};
		for (let i = 0; i < 256; i++) {
			let encodedByte = i.toString(16).toLowerCase();
			if (encodedByte.length === 1) encodedByte = `0${encodedByte}`;
			SHORT_TO_HEX[i] = encodedByte;
			HEX_TO_SHORT[encodedByte] = i;
		}
		function fromHex(encoded) {
			if (encoded.length % 2 !== 0) throw new Error("Hex encoded strings must have an even number length");
			const out = new Uint8Array(encoded.length / 2);
			for (let i = 0; i < encoded.length; i += 2) {
				const encodedByte = encoded.slice(i, i + 2).toLowerCase();
				if (encodedByte in HEX_TO_SHORT) out[i / 2] = HEX_TO_SHORT[encodedByte];
				else throw new Error(`Cannot decode unrecognized sequence ${encodedByte} as hexadecimal`);
			}
			return out;
		}
		function toHex(bytes) {
			let out = "";
			for (let i = 0; i < bytes.byteLength; i++) out += SHORT_TO_HEX[bytes[i]];
			return out;
		}
	}),
	76180: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			a: () => getProfileName,
			n: () => parseIni,
			o: () => IniSectionType,
			r: () => getConfigFilepath,
			t: () => loadSharedConfigFiles
		});
		var _readFile_B4tyeZmy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(587);
		var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
		var IniSectionType;
		(function(IniSectionType) {
			IniSectionType["PROFILE"] = "profile";
			IniSectionType["SSO_SESSION"] = "sso-session";
			IniSectionType["SERVICES"] = "services";
		})(IniSectionType || (IniSectionType = {}));
		const ENV_PROFILE = "AWS_PROFILE";
		const getProfileName = (init) => init.profile || process.env["AWS_PROFILE"] || "default";
		const getConfigData = (data) => Object.entries(data).filter(([key]) => {
			const indexOfSeparator = key.indexOf(".");
			if (indexOfSeparator === -1) return false;
			return Object.values(IniSectionType).includes(key.substring(0, indexOfSeparator));
		}).reduce((acc, [key, value]) => {
			const indexOfSeparator = key.indexOf(".");
			const updatedKey = key.substring(0, indexOfSeparator) === IniSectionType.PROFILE ? key.substring(indexOfSeparator + 1) : key;
			acc[updatedKey] = value;
			return acc;
		}, { ...data.default && { default: data.default } });
		const getConfigFilepath = () => process.env["AWS_CONFIG_FILE"] || (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0, _readFile_B4tyeZmy_js__WEBPACK_IMPORTED_MODULE_0__.r)(), ".aws", "config");
		const getCredentialsFilepath = () => process.env["AWS_SHARED_CREDENTIALS_FILE"] || (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0, _readFile_B4tyeZmy_js__WEBPACK_IMPORTED_MODULE_0__.r)(), ".aws", "credentials");
		const prefixKeyRegex = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/;
		const profileNameBlockList = ["__proto__", "profile __proto__"];
		const parseIni = (iniData) => {
			const map = {};
			let currentSection;
			let currentSubSection;
			for (const iniLine of iniData.split(/\r?\n/)) {
				const trimmedLine = iniLine.split(/(^|\s)[;#]/)[0].trim();
				if (trimmedLine[0] === "[" && trimmedLine[trimmedLine.length - 1] === "]") {
					currentSection = void 0;
					currentSubSection = void 0;
					const sectionName = trimmedLine.substring(1, trimmedLine.length - 1);
					const matches = prefixKeyRegex.exec(sectionName);
					if (matches) {
						const [, prefix, , name] = matches;
						if (Object.values(IniSectionType).includes(prefix)) currentSection = [prefix, name].join(".");
					} else currentSection = sectionName;
					if (profileNameBlockList.includes(sectionName)) throw new Error(`Found invalid profile name "${sectionName}"`);
				} else if (currentSection) {
					const indexOfEqualsSign = trimmedLine.indexOf("=");
					if (![0, -1].includes(indexOfEqualsSign)) {
						const [name, value] = [trimmedLine.substring(0, indexOfEqualsSign).trim(), trimmedLine.substring(indexOfEqualsSign + 1).trim()];
						if (value === "") currentSubSection = name;
						else {
							if (currentSubSection && iniLine.trimStart() === iniLine) currentSubSection = void 0;
							map[currentSection] = map[currentSection] || {};
							const key = currentSubSection ? [currentSubSection, name].join(".") : name;
							map[currentSection][key] = value;
						}
					}
				}
			}
			return map;
		};
		const swallowError = () => ({});
		const loadSharedConfigFiles = async (init = {}) => {
			const { filepath = getCredentialsFilepath(), configFilepath = getConfigFilepath() } = init;
			const homeDir = (0, _readFile_B4tyeZmy_js__WEBPACK_IMPORTED_MODULE_0__.r)();
			const relativeHomeDirPrefix = "~/";
			let resolvedFilepath = filepath;
			if (filepath.startsWith(relativeHomeDirPrefix)) resolvedFilepath = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(homeDir, filepath.slice(2));
			let resolvedConfigFilepath = configFilepath;
			if (configFilepath.startsWith(relativeHomeDirPrefix)) resolvedConfigFilepath = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(homeDir, configFilepath.slice(2));
			const parsedFiles = await Promise.all([(0, _readFile_B4tyeZmy_js__WEBPACK_IMPORTED_MODULE_0__.n)(resolvedConfigFilepath, { ignoreCache: init.ignoreCache }).then(parseIni).then(getConfigData).catch(swallowError), (0, _readFile_B4tyeZmy_js__WEBPACK_IMPORTED_MODULE_0__.n)(resolvedFilepath, { ignoreCache: init.ignoreCache }).then(parseIni).catch(swallowError)]);
			return {
				configFile: parsedFiles[0],
				credentialsFile: parsedFiles[1]
			};
		};
	}),
	587: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			n: () => readFile$1,
			r: () => getHomeDir,
			t: () => fileIntercept
		});
		var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
		var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
		var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
		const homeDirCache = {};
		const getHomeDirCacheKey = () => {
			if (process && process.geteuid) return `${process.geteuid()}`;
			return "DEFAULT";
		};
		const getHomeDir = () => {
			const { HOME, USERPROFILE, HOMEPATH, HOMEDRIVE = `C:${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}` } = process.env;
			if (HOME) return HOME;
			if (USERPROFILE) return USERPROFILE;
			if (HOMEPATH) return `${HOMEDRIVE}${HOMEPATH}`;
			const homeDirCacheKey = getHomeDirCacheKey();
			if (!homeDirCache[homeDirCacheKey]) homeDirCache[homeDirCacheKey] = (0, node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)();
			return homeDirCache[homeDirCacheKey];
		};
		const filePromises = {};
		const fileIntercept = {};
		const readFile$1 = (path, options) => {
			if (fileIntercept[path] !== void 0) return fileIntercept[path];
			if (!filePromises[path] || options?.ignoreCache) filePromises[path] = (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path, "utf8");
			return filePromises[path];
		};
	}),
	14560: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			i: () => __toESM,
			n: () => __exportAll,
			r: () => __require,
			t: () => __commonJSMin
		});
		var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
		var __create = Object.create;
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __getProtoOf = Object.getPrototypeOf;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
		var __exportAll = (all, no_symbols) => {
			let target = {};
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
			if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
			return target;
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
				key = keys[i];
				if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: ((k) => from[k]).bind(null, key),
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
			value: mod,
			enumerable: true
		}) : target, mod));
		var __require = (() => (0, node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url))();
	}),
	35430: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { t: () => setCredentialFeature });
		function setCredentialFeature(credentials, feature, value) {
			if (!credentials.$source) credentials.$source = {};
			credentials.$source[feature] = value;
			return credentials;
		}
	}),
	93264: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			SD: () => CopyImageCommand,
			T6: () => CreateImageCommand,
			Rm: () => CreateTagsCommand,
			tZ: () => DeleteSnapshotCommand,
			x2: () => DeregisterImageCommand,
			Ok: () => DescribeImageAttributeCommand,
			ji: () => DescribeImagesCommand,
			bN: () => DescribeInstancesCommand,
			Mm: () => DescribeSnapshotsCommand,
			gu: () => EC2Client,
			cJ: () => EnableImageDeprecationCommand,
			Ol: () => GetConsoleOutputCommand,
			FE: () => ModifyImageAttributeCommand,
			zq: () => RunInstancesCommand,
			N: () => TerminateInstancesCommand
		});
		var Sha256Node_GsR9Qmcj = __webpack_require__(44824);
		var AwsQueryProtocol_DGp_utCY = __webpack_require__(83583);
		;
		const defaultEC2HttpAuthSchemeParametersProvider = async (config, context, input) => {
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
					name: "ec2",
					region: authParameters.region
				},
				propertiesExtractor: (config, context) => ({ signingProperties: {
					config,
					context
				} })
			};
		}
		const defaultEC2HttpAuthSchemeProvider = (authParameters) => {
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
				defaultSigningName: "ec2"
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
		var version = "3.1169.0";
		var AwsEc2QueryProtocol = class extends AwsQueryProtocol_DGp_utCY.t {
			options;
			constructor(options) {
				super(options);
				this.options = options;
				Object.assign(this.serializer.settings, {
					capitalizeKeys: true,
					flattenLists: true,
					serializeEmptyLists: false,
					ec2: true
				});
			}
			getShapeId() {
				return "aws.protocols#ec2Query";
			}
			useNestedResult() {
				return false;
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
				["https://ec2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
				[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
				["https://ec2.{Region}.amazonaws.com", i],
				["https://ec2-fips.{Region}.{PartitionResult#dnsSuffix}", i],
				[a, "FIPS is enabled but this partition does not support FIPS"],
				["https://ec2.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
				[a, "DualStack is enabled but this partition does not support DualStack"],
				["https://ec2.{Region}.{PartitionResult#dnsSuffix}", i],
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
		var EC2ServiceException = class EC2ServiceException extends Sha256Node_GsR9Qmcj.ut {
			static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ec2#EC2ServiceException";
			constructor(options) {
				super(options);
				Object.setPrototypeOf(this, EC2ServiceException.prototype);
			}
		};
		const _ACIA = "AssociateCarrierIpAddress";
		const _AId = "AdditionalInfo";
		const _AItt = "AttachmentId";
		const _ALI = "AmiLaunchIndex";
		const _APIAss = "AssociatePublicIpAddress";
		const _ARss = "AssociatedResource";
		const _ARuto = "AutoRecovery";
		const _ASSm = "AmdSevSnp";
		const _ATtt = "AttachTime";
		const _AVt = "AttributeValue";
		const _AZ = "AvailabilityZone";
		const _AZI = "AvailabilityZoneId";
		const _Ad = "Add";
		const _Af = "Affinity";
		const _Ar = "Arn";
		const _Arc = "Architecture";
		const _Ass = "Association";
		const _At = "Attribute";
		const _Att = "Attachment";
		const _BDM = "BlockDeviceMapping";
		const _BDML = "BlockDeviceMappingList";
		const _BDMRL = "BlockDeviceMappingRequestList";
		const _BDMl = "BlockDeviceMappings";
		const _BDMlo = "BlockDurationMinutes";
		const _BM = "BootMode";
		const _BMO = "BootModeOverride";
		const _BW = "BandwidthWeighting";
		const _CBI = "CapacityBlockId";
		const _CCor = "CoreCount";
		const _CCp = "CpuCredits";
		const _CDM = "CompletionDurationMinutes";
		const _CDr = "CreationDate";
		const _CFAS = "CriticalFixAvailableSince";
		const _CI = "CarrierIp";
		const _CIBM = "CurrentInstanceBootMode";
		const _CIR = "CopyImageRequest";
		const _CIRo = "CopyImageResult";
		const _CIRr = "CreateImageRequest";
		const _CIRre = "CreateImageResult";
		const _CIT = "CopyImageTags";
		const _CIopy = "CopyImage";
		const _CIr = "CreateImage";
		const _CO = "CpuOptions";
		const _COI = "CustomerOwnedIp";
		const _COR = "CpuOptionsRequest";
		const _CRI = "CapacityReservationId";
		const _CRP = "CapacityReservationPreference";
		const _CRRGA = "CapacityReservationResourceGroupArn";
		const _CRSR = "CapacityReservationSpecificationResponse";
		const _CRSa = "CapacityReservationSpecification";
		const _CRT = "CapacityReservationTarget";
		const _CRTR = "CapacityReservationTargetResponse";
		const _CSRred = "CreditSpecificationRequest";
		const _CSr = "CreditSpecification";
		const _CSu = "CurrentState";
		const _CT = "ClientToken";
		const _CTC = "ConnectionTrackingConfiguration";
		const _CTR = "CreateTagsRequest";
		const _CTS = "ConnectionTrackingSpecification";
		const _CTSR = "ConnectionTrackingSpecificationRequest";
		const _CTSRo = "ConnectionTrackingSpecificationResponse";
		const _CTomp = "CompletionTime";
		const _CTreat = "CreateTags";
		const _Co = "Code";
		const _Conf = "Configured";
		const _Cou = "Count";
		const _DAS = "DeleteAssociatedSnapshots";
		const _DASi = "DisableApiStop";
		const _DAT = "DisableApiTermination";
		const _DAZ = "DestinationAvailabilityZone";
		const _DAZI = "DestinationAvailabilityZoneId";
		const _DAep = "DeprecateAt";
		const _DEKI = "DataEncryptionKeyId";
		const _DI = "DeviceIndex";
		const _DIA = "DescribeImageAttribute";
		const _DIAR = "DescribeImageAttributeRequest";
		const _DIRer = "DeregisterImageRequest";
		const _DIRere = "DeregisterImageResult";
		const _DIRes = "DescribeImagesRequest";
		const _DIResc = "DescribeImagesResult";
		const _DIRescr = "DescribeInstancesRequest";
		const _DIRescri = "DescribeInstancesResult";
		const _DIer = "DeregisterImage";
		const _DIes = "DescribeImages";
		const _DIesc = "DescribeInstances";
		const _DN = "DeviceName";
		const _DOA = "DestinationOutpostArn";
		const _DOT = "DeleteOnTermination";
		const _DPer = "DeregistrationProtection";
		const _DR = "DryRun";
		const _DSR = "DeleteSnapshotRequest";
		const _DSRC = "DeleteSnapshotReturnCode";
		const _DSRS = "DeleteSnapshotResultSet";
		const _DSRel = "DeleteSnapshotResults";
		const _DSRes = "DescribeSnapshotsRequest";
		const _DSResc = "DescribeSnapshotsResult";
		const _DSele = "DeleteSnapshot";
		const _DSes = "DescribeSnapshots";
		const _DTe = "DeprecationTime";
		const _De = "Description";
		const _EBD = "EbsBlockDevice";
		const _EBSL = "ExecutableByStringList";
		const _EBx = "ExecutableBy";
		const _ECI = "EbsCardIndex";
		const _EGA = "ElasticGpuAssociation";
		const _EGAI = "ElasticGpuAssociationId";
		const _EGAL = "ElasticGpuAssociationList";
		const _EGAS = "ElasticGpuAssociationState";
		const _EGAT = "ElasticGpuAssociationTime";
		const _EGAl = "ElasticGpuAssociations";
		const _EGIl = "ElasticGpuId";
		const _EGSla = "ElasticGpuSpecification";
		const _EGSlas = "ElasticGpuSpecifications";
		const _EIA = "ElasticInferenceAccelerator";
		const _EIAA = "ElasticInferenceAcceleratorAssociation";
		const _EIAAI = "ElasticInferenceAcceleratorAssociationId";
		const _EIAAL = "ElasticInferenceAcceleratorAssociationList";
		const _EIAAS = "ElasticInferenceAcceleratorAssociationState";
		const _EIAAT = "ElasticInferenceAcceleratorAssociationTime";
		const _EIAAl = "ElasticInferenceAcceleratorArn";
		const _EIAAla = "ElasticInferenceAcceleratorAssociations";
		const _EIAl = "ElasticInferenceAccelerators";
		const _EIBD = "EbsInstanceBlockDevice";
		const _EID = "EnableImageDeprecation";
		const _EIDR = "EnableImageDeprecationRequest";
		const _EIDRn = "EnableImageDeprecationResult";
		const _EO = "EbsOptimized";
		const _EOR = "EnclaveOptionsRequest";
		const _EOn = "EnclaveOptions";
		const _EPI = "EnablePrimaryIpv6";
		const _EQC = "EnaQueueCount";
		const _ERNDAAAAR = "EnableResourceNameDnsAAAARecord";
		const _ERNDAR = "EnableResourceNameDnsARecord";
		const _ESE = "EnaSrdEnabled";
		const _ESS = "EnaSrdSpecification";
		const _ESSR = "EnaSrdSpecificationRequest";
		const _ESUE = "EnaSrdUdpEnabled";
		const _ESUS = "EnaSrdUdpSpecification";
		const _ESUSR = "EnaSrdUdpSpecificationRequest";
		const _ESna = "EnaSupport";
		const _EU = "ExecutableUsers";
		const _Eb = "Ebs";
		const _En = "Enabled";
		const _Enc = "Encrypted";
		const _F = "Force";
		const _FLi = "FilterList";
		const _FSD = "FindingScanDate";
		const _FSSIB = "FullSnapshotSizeInBytes";
		const _FTE = "FreeTierEligible";
		const _Fi = "Filters";
		const _Fil = "Filter";
		const _G = "Groups";
		const _GCO = "GetConsoleOutput";
		const _GCOR = "GetConsoleOutputRequest";
		const _GCORe = "GetConsoleOutputResult";
		const _GIL = "GroupIdentifierList";
		const _GIr = "GroupId";
		const _GIrou = "GroupIdentifier";
		const _GN = "GroupName";
		const _Gr = "Group";
		const _HBD = "HiddenByDefault";
		const _HE = "HttpEndpoint";
		const _HFAS = "HighFixAvailableSince";
		const _HFSL = "HighestFindingSeverityLabel";
		const _HIo = "HostId";
		const _HO = "HibernationOptions";
		const _HOR = "HibernationOptionsRequest";
		const _HPI = "HttpProtocolIpv6";
		const _HPRHL = "HttpPutResponseHopLimit";
		const _HRGA = "HostResourceGroupArn";
		const _HT = "HttpTokens";
		const _HTo = "HostnameType";
		const _Hy = "Hypervisor";
		const _I = "Id";
		const _IA = "Ipv6Addresses";
		const _IAC = "Ipv6AddressCount";
		const _IAESS = "InstanceAttachmentEnaSrdSpecification";
		const _IAESUS = "InstanceAttachmentEnaSrdUdpSpecification";
		const _IAm = "ImageAllowed";
		const _IAma = "ImageAttribute";
		const _IApv = "Ipv6Address";
		const _IBDM = "InstanceBlockDeviceMapping";
		const _IBDML = "InstanceBlockDeviceMappingList";
		const _ID = "IncludeDeprecated";
		const _IDn = "IncludeDisabled";
		const _IFAS = "InformationalFixAvailableSince";
		const _II = "InstanceId";
		const _IIA = "InstanceIpv6Address";
		const _IIAL = "InstanceIpv6AddressList";
		const _IIB = "InstanceInterruptionBehavior";
		const _IIP = "IamInstanceProfile";
		const _IIPL = "InstanceIpv4PrefixList";
		const _IIPLn = "InstanceIpv6PrefixList";
		const _IIPS = "IamInstanceProfileSpecification";
		const _IIPn = "InstanceIpv4Prefix";
		const _IIPns = "InstanceIpv6Prefix";
		const _IISB = "InstanceInitiatedShutdownBehavior";
		const _IISL = "ImageIdStringList";
		const _IISLn = "InstanceIdStringList";
		const _IIm = "ImageId";
		const _IIma = "ImageIds";
		const _IIn = "InstanceIds";
		const _IL = "ImageLocation";
		const _ILm = "ImageList";
		const _ILn = "InstanceLifecycle";
		const _ILns = "InstanceList";
		const _IMO = "InstanceMaintenanceOptions";
		const _IMOR = "InstanceMaintenanceOptionsRequest";
		const _IMORn = "InstanceMarketOptionsRequest";
		const _IMORns = "InstanceMetadataOptionsRequest";
		const _IMORnst = "InstanceMetadataOptionsResponse";
		const _IMOns = "InstanceMarketOptions";
		const _IMR = "IncludeManagedResources";
		const _IMT = "InstanceMetadataTags";
		const _INI = "InstanceNetworkInterface";
		const _INIA = "InstanceNetworkInterfaceAssociation";
		const _INIAn = "InstanceNetworkInterfaceAttachment";
		const _INIL = "InstanceNetworkInterfaceList";
		const _INIS = "InstanceNetworkInterfaceSpecification";
		const _INISL = "InstanceNetworkInterfaceSpecificationList";
		const _INPO = "InstanceNetworkPerformanceOptions";
		const _INPOR = "InstanceNetworkPerformanceOptionsRequest";
		const _IOA = "ImageOwnerAlias";
		const _IOI = "IpOwnerId";
		const _IPC = "Ipv6PrefixCount";
		const _IPCp = "Ipv4PrefixCount";
		const _IPIA = "InstancePrivateIpAddress";
		const _IPIAL = "InstancePrivateIpAddressList";
		const _IPIs = "IsPrimaryIpv6";
		const _IPLpvr = "Ipv4PrefixList";
		const _IPLpvref = "Ipv6PrefixList";
		const _IPSRp = "Ipv4PrefixSpecificationRequest";
		const _IPSRpvr = "Ipv6PrefixSpecificationRequest";
		const _IPp = "Ipv6Prefixes";
		const _IPpv = "Ipv6Prefix";
		const _IPpvr = "Ipv4Prefixes";
		const _IPpvre = "Ipv4Prefix";
		const _ISC = "InstanceStateChange";
		const _ISCL = "InstanceStateChangeList";
		const _ISIA = "InstanceSecondaryInterfaceAttachment";
		const _ISIL = "InstanceSecondaryInterfaceList";
		const _ISIPIA = "InstanceSecondaryInterfacePrivateIpAddress";
		const _ISIPIAL = "InstanceSecondaryInterfacePrivateIpAddressList";
		const _ISIPIALR = "InstanceSecondaryInterfacePrivateIpAddressListRequest";
		const _ISIPIAR = "InstanceSecondaryInterfacePrivateIpAddressRequest";
		const _ISISLR = "InstanceSecondaryInterfaceSpecificationListRequest";
		const _ISISR = "InstanceSecondaryInterfaceSpecificationRequest";
		const _ISIn = "InstanceSecondaryInterface";
		const _ISmd = "ImdsSupport";
		const _ISnsta = "InstanceState";
		const _IT = "InstanceType";
		const _ITIns = "InstanceTypeItem";
		const _ITSn = "InstanceTypeSpecification";
		const _ITm = "ImageType";
		const _ITnt = "InterfaceType";
		const _IW = "ImageWatermarks";
		const _IWL = "ImageWatermarkList";
		const _IWm = "ImageWatermark";
		const _Im = "Images";
		const _Ima = "Image";
		const _In = "Instance";
		const _Ins = "Instances";
		const _Io = "Iops";
		const _K = "Key";
		const _KI = "KernelId";
		const _KKI = "KmsKeyId";
		const _KN = "KeyName";
		const _LCA = "LicenseConfigurationArn";
		const _LCR = "LicenseConfigurationRequest";
		const _LCi = "LicenseConfiguration";
		const _LFAS = "LowFixAvailableSince";
		const _LL = "LicenseList";
		const _LLT = "LastLaunchedTime";
		const _LPL = "LaunchPermissionList";
		const _LPM = "LaunchPermissionModifications";
		const _LPa = "LaunchPermissions";
		const _LPau = "LaunchPermission";
		const _LSLR = "LicenseSpecificationListRequest";
		const _LSi = "LicenseSpecifications";
		const _LSic = "LicenseSpecification";
		const _LT = "LaunchTemplate";
		const _LTI = "LaunchTemplateId";
		const _LTN = "LaunchTemplateName";
		const _LTS = "LaunchTemplateSpecification";
		const _LTau = "LaunchTime";
		const _La = "Latest";
		const _Lic = "Licenses";
		const _MAa = "MacAddress";
		const _MCI = "MetricCategoryId";
		const _MCIL = "MetricCategoryIdList";
		const _MCIe = "MetricCategoryIds";
		const _MCa = "MaxCount";
		const _MCin = "MinCount";
		const _MFAS = "MediumFixAvailableSince";
		const _MIA = "ModifyImageAttribute";
		const _MIAR = "ModifyImageAttributeRequest";
		const _MO = "MetadataOptions";
		const _MOa = "MaintenanceOptions";
		const _MPax = "MaxPrice";
		const _MR = "MaxResults";
		const _MTa = "MarketType";
		const _Mana = "Managed";
		const _Me = "Message";
		const _Mon = "Monitoring";
		const _N = "Name";
		const _NCI = "NetworkCardIndex";
		const _ND = "NoDevice";
		const _NII = "NetworkInterfaceId";
		const _NIet = "NetworkInterfaces";
		const _NPO = "NetworkPerformanceOptions";
		const _NR = "NoReboot";
		const _NTe = "NextToken";
		const _NV = "NestedVirtualization";
		const _OA = "OutpostArn";
		const _OASL = "OrganizationArnStringList";
		const _OArg = "OrganizationArn";
		const _OArga = "OrganizationArns";
		const _OAw = "OwnerAlias";
		const _OI = "OwnerId";
		const _OIw = "OwnerIds";
		const _ORpe = "OperatorRequest";
		const _ORper = "OperatorResponse";
		const _OSL = "OwnerStringList";
		const _OTp = "OperationType";
		const _OUA = "OrganizationalUnitArn";
		const _OUASL = "OrganizationalUnitArnStringList";
		const _OUAr = "OrganizationalUnitArns";
		const _Op = "Operator";
		const _Ou = "Output";
		const _Ow = "Owners";
		const _Own = "Owner";
		const _P = "Principal";
		const _PCIr = "ProductCodeId";
		const _PCLr = "ProductCodeList";
		const _PCSL = "ProductCodeStringList";
		const _PCT = "ProductCodeType";
		const _PCr = "ProductCode";
		const _PCro = "ProductCodes";
		const _PDN = "PrivateDnsName";
		const _PDNO = "PrivateDnsNameOptions";
		const _PDNOR = "PrivateDnsNameOptionsRequest";
		const _PDNORr = "PrivateDnsNameOptionsResponse";
		const _PDNub = "PublicDnsName";
		const _PDl = "PlatformDetails";
		const _PI = "PublicIp";
		const _PIAC = "PrivateIpAddressCount";
		const _PIAS = "PrivateIpAddressSpecification";
		const _PIASL = "PrivateIpAddressSpecificationList";
		const _PIAr = "PrivateIpAddress";
		const _PIAri = "PrivateIpAddresses";
		const _PIAu = "PublicIpAddress";
		const _PIr = "PrimaryIpv6";
		const _PN = "PartitionNumber";
		const _PSPN = "PublicSsmParameterName";
		const _PSr = "PreviousState";
		const _Pl = "Platform";
		const _Pla = "Placement";
		const _Prim = "Primary";
		const _Pro = "Progress";
		const _Pu = "Public";
		const _R = "Return";
		const _RBUI = "RestorableByUserIds";
		const _RBe = "RestorableBy";
		const _RC = "ReturnCode";
		const _RDN = "RootDeviceName";
		const _RDT = "RootDeviceType";
		const _RETe = "RestoreExpiryTime";
		const _RIME = "RunInstancesMonitoringEnabled";
		const _RIRu = "RunInstancesRequest";
		const _RIUD = "RunInstancesUserData";
		const _RIa = "RamdiskId";
		const _RIe = "ReservationId";
		const _RIeq = "RequesterId";
		const _RIeso = "ResourceId";
		const _RIu = "RunInstances";
		const _RLe = "ReservationList";
		const _RMe = "RebootMigration";
		const _RTe = "ResourceType";
		const _Rem = "Remove";
		const _Res = "Resources";
		const _Rese = "Reservations";
		const _Reser = "Reservation";
		const _SCCDM = "SnapshotCopyCompletionDurationMinutes";
		const _SDC = "SourceDestCheck";
		const _SDp = "SpreadDomain";
		const _SGI = "SecurityGroupId";
		const _SGISL = "SecurityGroupIdStringList";
		const _SGIe = "SecurityGroupIds";
		const _SGSL = "SecurityGroupStringList";
		const _SGe = "SecurityGroups";
		const _SGec = "SecurityGroup";
		const _SICT = "SourceImageCreationTime";
		const _SII = "SourceImageId";
		const _SIIec = "SecondaryInterfaceId";
		const _SIIo = "SourceInstanceId";
		const _SIRI = "SpotInstanceRequestId";
		const _SIRo = "SourceImageRegion";
		const _SISL = "SnapshotIdStringList";
		const _SIT = "SupportedInstanceTypes";
		const _SITS = "SupportedInstanceTypeSet";
		const _SITp = "SpotInstanceType";
		const _SIec = "SecondaryInterfaces";
		const _SIeco = "SecondaryInterface";
		const _SIn = "SnapshotId";
		const _SIna = "SnapshotIds";
		const _SIu = "SubnetId";
		const _SL = "SnapshotLocation";
		const _SLn = "SnapshotList";
		const _SMO = "SpotMarketOptions";
		const _SMta = "StateMessage";
		const _SNI = "SecondaryNetworkId";
		const _SNS = "SriovNetSupport";
		const _SO = "SpotOptions";
		const _SOS = "SkipOsShutdown";
		const _SPIAC = "SecondaryPrivateIpAddressCount";
		const _SRc = "ScanResults";
		const _SRo = "SourceRegion";
		const _SRt = "StateReason";
		const _SSIe = "SecondarySubnetId";
		const _STR = "StateTransitionReason";
		const _STs = "SseType";
		const _STt = "StartTime";
		const _STto = "StorageTier";
		const _Sn = "Snapshots";
		const _Sna = "Snapshot";
		const _St = "State";
		const _Sta = "Status";
		const _T = "Tags";
		const _TET = "TcpEstablishedTimeout";
		const _TI = "TerminateInstances";
		const _TIR = "TerminateInstancesRequest";
		const _TIRe = "TerminateInstancesResult";
		const _TIer = "TerminatingInstances";
		const _TL = "TagList";
		const _TPC = "ThreadsPerCore";
		const _TS = "TagSpecifications";
		const _TSL = "TagSpecificationList";
		const _TSa = "TagSpecification";
		const _TSp = "TpmSupport";
		const _TTr = "TransferType";
		const _Ta = "Tag";
		const _Te = "Tenancy";
		const _Th = "Throughput";
		const _Tim = "Timestamp";
		const _Ty = "Type";
		const _UD = "UefiData";
		const _UDs = "UserData";
		const _UG = "UserGroups";
		const _UGSL = "UserGroupStringList";
		const _UGs = "UserGroup";
		const _UI = "UserId";
		const _UISL = "UserIdStringList";
		const _UIT = "UnsupportedInstanceTypes";
		const _UITS = "UnsupportedInstanceTypeSet";
		const _UIs = "UserIds";
		const _UO = "UsageOperation";
		const _UOUT = "UsageOperationUpdateTime";
		const _UST = "UdpStreamTimeout";
		const _UTd = "UdpTimeout";
		const _V = "Value";
		const _VI = "VpcId";
		const _VIR = "VolumeInitializationRate";
		const _VIo = "VolumeId";
		const _VN = "VirtualName";
		const _VOI = "VolumeOwnerId";
		const _VSL = "ValueStringList";
		const _VSo = "VolumeSize";
		const _VT = "VolumeType";
		const _VTir = "VirtualizationType";
		const _VU = "ValidUntil";
		const _Va = "Values";
		const _Ver = "Version";
		const _WCT = "WatermarkCreationTime";
		const _WK = "WatermarkKey";
		const _aId = "additionalInfo";
		const _aIt = "attachmentId";
		const _aLI = "amiLaunchIndex";
		const _aPIA = "associatePublicIpAddress";
		const _aRs = "associatedResource";
		const _aRut = "autoRecovery";
		const _aSS = "amdSevSnp";
		const _aTt = "attachTime";
		const _aZ = "availabilityZone";
		const _aZI = "availabilityZoneId";
		const _af = "affinity";
		const _ar = "arn";
		const _arc = "architecture";
		const _ass = "association";
		const _at = "attachment";
		const _bDM = "blockDeviceMapping";
		const _bM = "bootMode";
		const _bW = "bandwidthWeighting";
		const _cBI = "capacityBlockId";
		const _cCo = "coreCount";
		const _cDM = "completionDurationMinutes";
		const _cDr = "creationDate";
		const _cFAS = "criticalFixAvailableSince";
		const _cI = "carrierIp";
		const _cIBM = "currentInstanceBootMode";
		const _cO = "cpuOptions";
		const _cOI = "customerOwnedIp";
		const _cRI = "capacityReservationId";
		const _cRP = "capacityReservationPreference";
		const _cRRGA = "capacityReservationResourceGroupArn";
		const _cRSa = "capacityReservationSpecification";
		const _cRT = "capacityReservationTarget";
		const _cSu = "currentState";
		const _cT = "clientToken";
		const _cTC = "connectionTrackingConfiguration";
		const _cTomp = "completionTime";
		const _co = "code";
		const _conf = "configured";
		const _dAT = "disableApiTermination";
		const _dEKI = "dataEncryptionKeyId";
		const _dI = "deviceIndex";
		const _dN = "deviceName";
		const _dNn = "dnsName";
		const _dOT = "deleteOnTermination";
		const _dPe = "deregistrationProtection";
		const _dR = "dryRun";
		const _dSRS = "deleteSnapshotResultSet";
		const _dTe = "deprecationTime";
		const _de = "description";
		const _eCI = "ebsCardIndex";
		const _eGAI = "elasticGpuAssociationId";
		const _eGAS = "elasticGpuAssociationState";
		const _eGASl = "elasticGpuAssociationSet";
		const _eGAT = "elasticGpuAssociationTime";
		const _eGI = "elasticGpuId";
		const _eIAA = "elasticInferenceAcceleratorArn";
		const _eIAAI = "elasticInferenceAcceleratorAssociationId";
		const _eIAAS = "elasticInferenceAcceleratorAssociationState";
		const _eIAASl = "elasticInferenceAcceleratorAssociationSet";
		const _eIAAT = "elasticInferenceAcceleratorAssociationTime";
		const _eO = "ebsOptimized";
		const _eOn = "enclaveOptions";
		const _eQC = "enaQueueCount";
		const _eQN = "ec2QueryName";
		const _eRNDAAAAR = "enableResourceNameDnsAAAARecord";
		const _eRNDAR = "enableResourceNameDnsARecord";
		const _eSE = "enaSrdEnabled";
		const _eSS = "enaSrdSpecification";
		const _eSUE = "enaSrdUdpEnabled";
		const _eSUS = "enaSrdUdpSpecification";
		const _eSna = "enaSupport";
		const _eb = "ebs";
		const _en = "enabled";
		const _enc = "encrypted";
		const _fSD = "findingScanDate";
		const _fSSIB = "fullSnapshotSizeInBytes";
		const _fTE = "freeTierEligible";
		const _g = "group";
		const _gIr = "groupId";
		const _gN = "groupName";
		const _gSr = "groupSet";
		const _h = "hypervisor";
		const _hBD = "hiddenByDefault";
		const _hE = "httpEndpoint";
		const _hFAS = "highFixAvailableSince";
		const _hFSL = "highestFindingSeverityLabel";
		const _hI = "hostId";
		const _hO = "hibernationOptions";
		const _hPI = "httpProtocolIpv6";
		const _hPRHL = "httpPutResponseHopLimit";
		const _hRGA = "hostResourceGroupArn";
		const _hT = "httpTokens";
		const _hTo = "hostnameType";
		const _i = "id";
		const _iAC = "ipv6AddressCount";
		const _iASp = "ipv6AddressesSet";
		const _iAm = "imageAllowed";
		const _iAp = "ipAddress";
		const _iApv = "ipv6Address";
		const _iFAS = "informationalFixAvailableSince";
		const _iI = "instanceId";
		const _iIP = "iamInstanceProfile";
		const _iISB = "instanceInitiatedShutdownBehavior";
		const _iIma = "imageId";
		const _iL = "imageLocation";
		const _iLn = "instanceLifecycle";
		const _iMT = "instanceMetadataTags";
		const _iOA = "imageOwnerAlias";
		const _iOI = "imageOwnerId";
		const _iOIp = "ipOwnerId";
		const _iPIs = "isPrimaryIpv6";
		const _iPSpvr = "ipv4PrefixSet";
		const _iPSpvre = "ipv6PrefixSet";
		const _iPpv = "ipv4Prefix";
		const _iPpvr = "ipv6Prefix";
		const _iPs = "isPublic";
		const _iSma = "imagesSet";
		const _iSmag = "imageState";
		const _iSmd = "imdsSupport";
		const _iSns = "instancesSet";
		const _iSnst = "instanceState";
		const _iT = "instanceType";
		const _iTSn = "instanceTypeSpecification";
		const _iTd = "idempotencyToken";
		const _iTm = "imageType";
		const _iTnt = "interfaceType";
		const _iWS = "imageWatermarkSet";
		const _io = "iops";
		const _it = "item";
		const _k = "key";
		const _kI = "kernelId";
		const _kKI = "kmsKeyId";
		const _kN = "keyName";
		const _ke = "kernel";
		const _lCA = "licenseConfigurationArn";
		const _lFAS = "lowFixAvailableSince";
		const _lLT = "lastLaunchedTime";
		const _lPa = "launchPermission";
		const _lSic = "licenseSet";
		const _lTau = "launchTime";
		const _mAa = "macAddress";
		const _mCIS = "metricCategoryIdSet";
		const _mFAS = "mediumFixAvailableSince";
		const _mO = "metadataOptions";
		const _mOa = "maintenanceOptions";
		const _mR = "maxResults";
		const _mana = "managed";
		const _me = "message";
		const _mon = "monitoring";
		const _n = "name";
		const _nCI = "networkCardIndex";
		const _nD = "noDevice";
		const _nII = "networkInterfaceId";
		const _nIS = "networkInterfaceSet";
		const _nIe = "networkInterface";
		const _nPO = "networkPerformanceOptions";
		const _nR = "noReboot";
		const _nTe = "nextToken";
		const _nV = "nestedVirtualization";
		const _oA = "outpostArn";
		const _oArg = "organizationArn";
		const _oAw = "ownerAlias";
		const _oI = "ownerId";
		const _oUA = "organizationalUnitArn";
		const _ope = "operator";
		const _ou = "output";
		const _p = "principal";
		const _pC = "productCodes";
		const _pCr = "productCode";
		const _pDNO = "privateDnsNameOptions";
		const _pDNr = "privateDnsName";
		const _pDNu = "publicDnsName";
		const _pDl = "platformDetails";
		const _pI = "publicIp";
		const _pIAS = "privateIpAddressesSet";
		const _pIASr = "privateIpAddressSet";
		const _pIAr = "privateIpAddress";
		const _pN = "partitionNumber";
		const _pSPN = "publicSsmParameterName";
		const _pSr = "previousState";
		const _pl = "platform";
		const _pla = "placement";
		const _prim = "primary";
		const _pro = "progress";
		const _r = "return";
		const _rC = "returnCode";
		const _rDN = "rootDeviceName";
		const _rDT = "rootDeviceType";
		const _rETe = "restoreExpiryTime";
		const _rI = "reservationId";
		const _rIa = "ramdiskId";
		const _rIeq = "requesterId";
		const _rMe = "rebootMigration";
		const _rSes = "reservationSet";
		const _rTe = "resourceType";
		const _ra = "ramdisk";
		const _re = "reason";
		const _s = "smithy.ts.sdk.synthetic.com.amazonaws.ec2";
		const _sDC = "sourceDestCheck";
		const _sDp = "spreadDomain";
		const _sICT = "sourceImageCreationTime";
		const _sII = "sourceInstanceId";
		const _sIIe = "secondaryInterfaceId";
		const _sIIo = "sourceImageId";
		const _sIR = "sourceImageRegion";
		const _sIRI = "spotInstanceRequestId";
		const _sISe = "secondaryInterfaceSet";
		const _sITS = "supportedInstanceTypeSet";
		const _sIn = "snapshotId";
		const _sIu = "subnetId";
		const _sMt = "statusMessage";
		const _sNI = "secondaryNetworkId";
		const _sNSr = "sriovNetSupport";
		const _sPIAC = "secondaryPrivateIpAddressCount";
		const _sRc = "scanResults";
		const _sRt = "stateReason";
		const _sSI = "secondarySubnetId";
		const _sSn = "snapshotSet";
		const _sTs = "sseType";
		const _sTt = "startTime";
		const _sTto = "storageTier";
		const _st = "state";
		const _sta = "status";
		const _tET = "tcpEstablishedTimeout";
		const _tPC = "threadsPerCore";
		const _tS = "tagSet";
		const _tSp = "tpmSupport";
		const _tTr = "transferType";
		const _te = "tenancy";
		const _th = "throughput";
		const _ti = "timestamp";
		const _ty = "type";
		const _uD = "uefiData";
		const _uI = "userId";
		const _uITS = "unsupportedInstanceTypeSet";
		const _uO = "usageOperation";
		const _uOUT = "usageOperationUpdateTime";
		const _uST = "udpStreamTimeout";
		const _uTd = "udpTimeout";
		const _v = "value";
		const _vI = "vpcId";
		const _vIo = "volumeId";
		const _vN = "virtualName";
		const _vOI = "volumeOwnerId";
		const _vSo = "volumeSize";
		const _vT = "volumeType";
		const _vTi = "virtualizationType";
		const _wCT = "watermarkCreationTime";
		const _wK = "watermarkKey";
		const _xN = "xmlName";
		const n0 = "com.amazonaws.ec2";
		const _s_registry = new Sha256Node_GsR9Qmcj.ft(_s);
		var EC2ServiceException$ = [
			-3,
			_s,
			"EC2ServiceException",
			0,
			[],
			[]
		];
		_s_registry.registerError(EC2ServiceException$, EC2ServiceException);
		const errorTypeRegistries = [_s_registry];
		var RunInstancesUserData = [
			0,
			n0,
			_RIUD,
			8,
			0
		];
		var AttributeValue$ = [
			3,
			n0,
			_AVt,
			0,
			[_V],
			[[0, {
				[_eQN]: `Value`,
				[_xN]: _v
			}]]
		];
		var BlockDeviceMapping$ = [
			3,
			n0,
			_BDM,
			0,
			[
				_Eb,
				_ND,
				_DN,
				_VN
			],
			[
				[() => EbsBlockDevice$, {
					[_eQN]: `Ebs`,
					[_xN]: _eb
				}],
				[0, {
					[_eQN]: `NoDevice`,
					[_xN]: _nD
				}],
				[0, {
					[_eQN]: `DeviceName`,
					[_xN]: _dN
				}],
				[0, {
					[_eQN]: `VirtualName`,
					[_xN]: _vN
				}]
			]
		];
		var CapacityReservationSpecification$ = [
			3,
			n0,
			_CRSa,
			0,
			[_CRP, _CRT],
			[0, () => CapacityReservationTarget$]
		];
		var CapacityReservationSpecificationResponse$ = [
			3,
			n0,
			_CRSR,
			0,
			[_CRP, _CRT],
			[[0, {
				[_eQN]: `CapacityReservationPreference`,
				[_xN]: _cRP
			}], [() => CapacityReservationTargetResponse$, {
				[_eQN]: `CapacityReservationTarget`,
				[_xN]: _cRT
			}]]
		];
		var CapacityReservationTarget$ = [
			3,
			n0,
			_CRT,
			0,
			[_CRI, _CRRGA],
			[0, 0]
		];
		var CapacityReservationTargetResponse$ = [
			3,
			n0,
			_CRTR,
			0,
			[_CRI, _CRRGA],
			[[0, {
				[_eQN]: `CapacityReservationId`,
				[_xN]: _cRI
			}], [0, {
				[_eQN]: `CapacityReservationResourceGroupArn`,
				[_xN]: _cRRGA
			}]]
		];
		var ConnectionTrackingSpecificationRequest$ = [
			3,
			n0,
			_CTSR,
			0,
			[
				_TET,
				_UST,
				_UTd
			],
			[
				1,
				1,
				1
			]
		];
		var ConnectionTrackingSpecificationResponse$ = [
			3,
			n0,
			_CTSRo,
			0,
			[
				_TET,
				_UST,
				_UTd
			],
			[
				[1, {
					[_eQN]: `TcpEstablishedTimeout`,
					[_xN]: _tET
				}],
				[1, {
					[_eQN]: `UdpStreamTimeout`,
					[_xN]: _uST
				}],
				[1, {
					[_eQN]: `UdpTimeout`,
					[_xN]: _uTd
				}]
			]
		];
		var CopyImageRequest$ = [
			3,
			n0,
			_CIR,
			0,
			[
				_N,
				_SII,
				_SRo,
				_CT,
				_De,
				_Enc,
				_KKI,
				_DOA,
				_CIT,
				_TS,
				_SCCDM,
				_DAZ,
				_DAZI,
				_DR
			],
			[
				0,
				0,
				0,
				[0, 4],
				0,
				[2, {
					[_eQN]: `Encrypted`,
					[_xN]: _enc
				}],
				[0, {
					[_eQN]: `KmsKeyId`,
					[_xN]: _kKI
				}],
				0,
				2,
				[() => TagSpecificationList, { [_xN]: _TSa }],
				1,
				0,
				0,
				[2, {
					[_eQN]: `DryRun`,
					[_xN]: _dR
				}]
			],
			3
		];
		var CopyImageResult$ = [
			3,
			n0,
			_CIRo,
			0,
			[_IIm],
			[[0, {
				[_eQN]: `ImageId`,
				[_xN]: _iIma
			}]]
		];
		var CpuOptions$ = [
			3,
			n0,
			_CO,
			0,
			[
				_CCor,
				_TPC,
				_ASSm,
				_NV
			],
			[
				[1, {
					[_eQN]: `CoreCount`,
					[_xN]: _cCo
				}],
				[1, {
					[_eQN]: `ThreadsPerCore`,
					[_xN]: _tPC
				}],
				[0, {
					[_eQN]: `AmdSevSnp`,
					[_xN]: _aSS
				}],
				[0, {
					[_eQN]: `NestedVirtualization`,
					[_xN]: _nV
				}]
			]
		];
		var CpuOptionsRequest$ = [
			3,
			n0,
			_COR,
			0,
			[
				_CCor,
				_TPC,
				_ASSm,
				_NV
			],
			[
				1,
				1,
				0,
				0
			]
		];
		var CreateImageRequest$ = [
			3,
			n0,
			_CIRr,
			0,
			[
				_II,
				_N,
				_TS,
				_SL,
				_BMO,
				_DR,
				_De,
				_NR,
				_BDMl
			],
			[
				[0, {
					[_eQN]: `InstanceId`,
					[_xN]: _iI
				}],
				[0, {
					[_eQN]: `Name`,
					[_xN]: _n
				}],
				[() => TagSpecificationList, { [_xN]: _TSa }],
				0,
				0,
				[2, {
					[_eQN]: `DryRun`,
					[_xN]: _dR
				}],
				[0, {
					[_eQN]: `Description`,
					[_xN]: _de
				}],
				[2, {
					[_eQN]: `NoReboot`,
					[_xN]: _nR
				}],
				[() => BlockDeviceMappingRequestList, {
					[_eQN]: `BlockDeviceMapping`,
					[_xN]: _bDM
				}]
			],
			2
		];
		var CreateImageResult$ = [
			3,
			n0,
			_CIRre,
			0,
			[_IIm],
			[[0, {
				[_eQN]: `ImageId`,
				[_xN]: _iIma
			}]]
		];
		var CreateTagsRequest$ = [
			3,
			n0,
			_CTR,
			0,
			[
				_Res,
				_T,
				_DR
			],
			[
				[64, { [_xN]: _RIeso }],
				[() => TagList, { [_xN]: _Ta }],
				[2, {
					[_eQN]: `DryRun`,
					[_xN]: _dR
				}]
			],
			2
		];
		var CreditSpecificationRequest$ = [
			3,
			n0,
			_CSRred,
			0,
			[_CCp],
			[0],
			1
		];
		var DeleteSnapshotRequest$ = [
			3,
			n0,
			_DSR,
			0,
			[_SIn, _DR],
			[0, [2, {
				[_eQN]: `DryRun`,
				[_xN]: _dR
			}]],
			1
		];
		var DeleteSnapshotReturnCode$ = [
			3,
			n0,
			_DSRC,
			0,
			[_SIn, _RC],
			[[0, {
				[_eQN]: `SnapshotId`,
				[_xN]: _sIn
			}], [0, {
				[_eQN]: `ReturnCode`,
				[_xN]: _rC
			}]]
		];
		var DeregisterImageRequest$ = [
			3,
			n0,
			_DIRer,
			0,
			[
				_IIm,
				_DAS,
				_DR
			],
			[
				0,
				2,
				[2, {
					[_eQN]: `DryRun`,
					[_xN]: _dR
				}]
			],
			1
		];
		var DeregisterImageResult$ = [
			3,
			n0,
			_DIRere,
			0,
			[_R, _DSRel],
			[[2, {
				[_eQN]: `Return`,
				[_xN]: _r
			}], [() => DeleteSnapshotResultSet, {
				[_eQN]: `DeleteSnapshotResultSet`,
				[_xN]: _dSRS
			}]]
		];
		var DescribeImageAttributeRequest$ = [
			3,
			n0,
			_DIAR,
			0,
			[
				_At,
				_IIm,
				_DR
			],
			[
				0,
				0,
				[2, {
					[_eQN]: `DryRun`,
					[_xN]: _dR
				}]
			],
			2
		];
		var DescribeImagesRequest$ = [
			3,
			n0,
			_DIRes,
			0,
			[
				_EU,
				_IIma,
				_Ow,
				_ID,
				_IDn,
				_MR,
				_NTe,
				_DR,
				_Fi
			],
			[
				[() => ExecutableByStringList, { [_xN]: _EBx }],
				[() => ImageIdStringList, { [_xN]: _IIm }],
				[() => OwnerStringList, { [_xN]: _Own }],
				2,
				2,
				1,
				0,
				[2, {
					[_eQN]: `DryRun`,
					[_xN]: _dR
				}],
				[() => FilterList, { [_xN]: _Fil }]
			]
		];
		var DescribeImagesResult$ = [
			3,
			n0,
			_DIResc,
			0,
			[_NTe, _Im],
			[[0, {
				[_eQN]: `NextToken`,
				[_xN]: _nTe
			}], [() => ImageList, {
				[_eQN]: `ImagesSet`,
				[_xN]: _iSma
			}]]
		];
		var DescribeInstancesRequest$ = [
			3,
			n0,
			_DIRescr,
			0,
			[
				_IIn,
				_IMR,
				_DR,
				_Fi,
				_NTe,
				_MR
			],
			[
				[() => InstanceIdStringList, { [_xN]: _II }],
				2,
				[2, {
					[_eQN]: `DryRun`,
					[_xN]: _dR
				}],
				[() => FilterList, { [_xN]: _Fil }],
				[0, {
					[_eQN]: `NextToken`,
					[_xN]: _nTe
				}],
				[1, {
					[_eQN]: `MaxResults`,
					[_xN]: _mR
				}]
			]
		];
		var DescribeInstancesResult$ = [
			3,
			n0,
			_DIRescri,
			0,
			[_NTe, _Rese],
			[[0, {
				[_eQN]: `NextToken`,
				[_xN]: _nTe
			}], [() => ReservationList, {
				[_eQN]: `ReservationSet`,
				[_xN]: _rSes
			}]]
		];
		var DescribeSnapshotsRequest$ = [
			3,
			n0,
			_DSRes,
			0,
			[
				_MR,
				_NTe,
				_OIw,
				_RBUI,
				_SIna,
				_DR,
				_Fi
			],
			[
				1,
				0,
				[() => OwnerStringList, { [_xN]: _Own }],
				[64, { [_xN]: _RBe }],
				[() => SnapshotIdStringList, { [_xN]: _SIn }],
				[2, {
					[_eQN]: `DryRun`,
					[_xN]: _dR
				}],
				[() => FilterList, { [_xN]: _Fil }]
			]
		];
		var DescribeSnapshotsResult$ = [
			3,
			n0,
			_DSResc,
			0,
			[_NTe, _Sn],
			[[0, {
				[_eQN]: `NextToken`,
				[_xN]: _nTe
			}], [() => SnapshotList, {
				[_eQN]: `SnapshotSet`,
				[_xN]: _sSn
			}]]
		];
		var EbsBlockDevice$ = [
			3,
			n0,
			_EBD,
			0,
			[
				_DOT,
				_Io,
				_SIn,
				_VSo,
				_VT,
				_KKI,
				_Th,
				_OA,
				_AZ,
				_Enc,
				_VIR,
				_AZI,
				_ECI
			],
			[
				[2, {
					[_eQN]: `DeleteOnTermination`,
					[_xN]: _dOT
				}],
				[1, {
					[_eQN]: `Iops`,
					[_xN]: _io
				}],
				[0, {
					[_eQN]: `SnapshotId`,
					[_xN]: _sIn
				}],
				[1, {
					[_eQN]: `VolumeSize`,
					[_xN]: _vSo
				}],
				[0, {
					[_eQN]: `VolumeType`,
					[_xN]: _vT
				}],
				[0, {
					[_eQN]: `KmsKeyId`,
					[_xN]: _kKI
				}],
				[1, {
					[_eQN]: `Throughput`,
					[_xN]: _th
				}],
				[0, {
					[_eQN]: `OutpostArn`,
					[_xN]: _oA
				}],
				[0, {
					[_eQN]: `AvailabilityZone`,
					[_xN]: _aZ
				}],
				[2, {
					[_eQN]: `Encrypted`,
					[_xN]: _enc
				}],
				1,
				0,
				1
			]
		];
		var EbsInstanceBlockDevice$ = [
			3,
			n0,
			_EIBD,
			0,
			[
				_ATtt,
				_DOT,
				_Sta,
				_VIo,
				_ARss,
				_VOI,
				_Op,
				_ECI
			],
			[
				[4, {
					[_eQN]: `AttachTime`,
					[_xN]: _aTt
				}],
				[2, {
					[_eQN]: `DeleteOnTermination`,
					[_xN]: _dOT
				}],
				[0, {
					[_eQN]: `Status`,
					[_xN]: _sta
				}],
				[0, {
					[_eQN]: `VolumeId`,
					[_xN]: _vIo
				}],
				[0, {
					[_eQN]: `AssociatedResource`,
					[_xN]: _aRs
				}],
				[0, {
					[_eQN]: `VolumeOwnerId`,
					[_xN]: _vOI
				}],
				[() => OperatorResponse$, {
					[_eQN]: `Operator`,
					[_xN]: _ope
				}],
				[1, {
					[_eQN]: `EbsCardIndex`,
					[_xN]: _eCI
				}]
			]
		];
		var ElasticGpuAssociation$ = [
			3,
			n0,
			_EGA,
			0,
			[
				_EGIl,
				_EGAI,
				_EGAS,
				_EGAT
			],
			[
				[0, {
					[_eQN]: `ElasticGpuId`,
					[_xN]: _eGI
				}],
				[0, {
					[_eQN]: `ElasticGpuAssociationId`,
					[_xN]: _eGAI
				}],
				[0, {
					[_eQN]: `ElasticGpuAssociationState`,
					[_xN]: _eGAS
				}],
				[0, {
					[_eQN]: `ElasticGpuAssociationTime`,
					[_xN]: _eGAT
				}]
			]
		];
		var ElasticGpuSpecification$ = [
			3,
			n0,
			_EGSla,
			0,
			[_Ty],
			[0],
			1
		];
		var ElasticInferenceAccelerator$ = [
			3,
			n0,
			_EIA,
			0,
			[_Ty, _Cou],
			[0, 1],
			1
		];
		var ElasticInferenceAcceleratorAssociation$ = [
			3,
			n0,
			_EIAA,
			0,
			[
				_EIAAl,
				_EIAAI,
				_EIAAS,
				_EIAAT
			],
			[
				[0, {
					[_eQN]: `ElasticInferenceAcceleratorArn`,
					[_xN]: _eIAA
				}],
				[0, {
					[_eQN]: `ElasticInferenceAcceleratorAssociationId`,
					[_xN]: _eIAAI
				}],
				[0, {
					[_eQN]: `ElasticInferenceAcceleratorAssociationState`,
					[_xN]: _eIAAS
				}],
				[4, {
					[_eQN]: `ElasticInferenceAcceleratorAssociationTime`,
					[_xN]: _eIAAT
				}]
			]
		];
		var EnableImageDeprecationRequest$ = [
			3,
			n0,
			_EIDR,
			0,
			[
				_IIm,
				_DAep,
				_DR
			],
			[
				0,
				4,
				2
			],
			2
		];
		var EnableImageDeprecationResult$ = [
			3,
			n0,
			_EIDRn,
			0,
			[_R],
			[[2, {
				[_eQN]: `Return`,
				[_xN]: _r
			}]]
		];
		var EnaSrdSpecificationRequest$ = [
			3,
			n0,
			_ESSR,
			0,
			[_ESE, _ESUS],
			[2, () => EnaSrdUdpSpecificationRequest$]
		];
		var EnaSrdUdpSpecificationRequest$ = [
			3,
			n0,
			_ESUSR,
			0,
			[_ESUE],
			[2]
		];
		var EnclaveOptions$ = [
			3,
			n0,
			_EOn,
			0,
			[_En],
			[[2, {
				[_eQN]: `Enabled`,
				[_xN]: _en
			}]]
		];
		var EnclaveOptionsRequest$ = [
			3,
			n0,
			_EOR,
			0,
			[_En],
			[2]
		];
		var Filter$ = [
			3,
			n0,
			_Fil,
			0,
			[_N, _Va],
			[0, [() => ValueStringList, { [_xN]: _V }]]
		];
		var GetConsoleOutputRequest$ = [
			3,
			n0,
			_GCOR,
			0,
			[
				_II,
				_La,
				_DR
			],
			[
				0,
				2,
				[2, {
					[_eQN]: `DryRun`,
					[_xN]: _dR
				}]
			],
			1
		];
		var GetConsoleOutputResult$ = [
			3,
			n0,
			_GCORe,
			0,
			[
				_II,
				_Tim,
				_Ou
			],
			[
				[0, {
					[_eQN]: `InstanceId`,
					[_xN]: _iI
				}],
				[4, {
					[_eQN]: `Timestamp`,
					[_xN]: _ti
				}],
				[0, {
					[_eQN]: `Output`,
					[_xN]: _ou
				}]
			]
		];
		var GroupIdentifier$ = [
			3,
			n0,
			_GIrou,
			0,
			[_GIr, _GN],
			[[0, {
				[_eQN]: `GroupId`,
				[_xN]: _gIr
			}], [0, {
				[_eQN]: `GroupName`,
				[_xN]: _gN
			}]]
		];
		var HibernationOptions$ = [
			3,
			n0,
			_HO,
			0,
			[_Conf],
			[[2, {
				[_eQN]: `Configured`,
				[_xN]: _conf
			}]]
		];
		var HibernationOptionsRequest$ = [
			3,
			n0,
			_HOR,
			0,
			[_Conf],
			[2]
		];
		var IamInstanceProfile$ = [
			3,
			n0,
			_IIP,
			0,
			[_Ar, _I],
			[[0, {
				[_eQN]: `Arn`,
				[_xN]: _ar
			}], [0, {
				[_eQN]: `Id`,
				[_xN]: _i
			}]]
		];
		var IamInstanceProfileSpecification$ = [
			3,
			n0,
			_IIPS,
			0,
			[_Ar, _N],
			[[0, {
				[_eQN]: `Arn`,
				[_xN]: _ar
			}], [0, {
				[_eQN]: `Name`,
				[_xN]: _n
			}]]
		];
		var Image$ = [
			3,
			n0,
			_Ima,
			0,
			[
				_PDl,
				_UO,
				_BDMl,
				_De,
				_ESna,
				_Hy,
				_IOA,
				_N,
				_RDN,
				_RDT,
				_SNS,
				_SRt,
				_T,
				_VTir,
				_BM,
				_TSp,
				_DTe,
				_ISmd,
				_SIIo,
				_DPer,
				_LLT,
				_IAm,
				_SII,
				_SIRo,
				_FTE,
				_PSPN,
				_IW,
				_SRc,
				_ITSn,
				_IIm,
				_IL,
				_St,
				_OI,
				_CDr,
				_Pu,
				_PCro,
				_Arc,
				_ITm,
				_KI,
				_RIa,
				_Pl
			],
			[
				[0, {
					[_eQN]: `PlatformDetails`,
					[_xN]: _pDl
				}],
				[0, {
					[_eQN]: `UsageOperation`,
					[_xN]: _uO
				}],
				[() => BlockDeviceMappingList, {
					[_eQN]: `BlockDeviceMapping`,
					[_xN]: _bDM
				}],
				[0, {
					[_eQN]: `Description`,
					[_xN]: _de
				}],
				[2, {
					[_eQN]: `EnaSupport`,
					[_xN]: _eSna
				}],
				[0, {
					[_eQN]: `Hypervisor`,
					[_xN]: _h
				}],
				[0, {
					[_eQN]: `ImageOwnerAlias`,
					[_xN]: _iOA
				}],
				[0, {
					[_eQN]: `Name`,
					[_xN]: _n
				}],
				[0, {
					[_eQN]: `RootDeviceName`,
					[_xN]: _rDN
				}],
				[0, {
					[_eQN]: `RootDeviceType`,
					[_xN]: _rDT
				}],
				[0, {
					[_eQN]: `SriovNetSupport`,
					[_xN]: _sNSr
				}],
				[() => StateReason$, {
					[_eQN]: `StateReason`,
					[_xN]: _sRt
				}],
				[() => TagList, {
					[_eQN]: `TagSet`,
					[_xN]: _tS
				}],
				[0, {
					[_eQN]: `VirtualizationType`,
					[_xN]: _vTi
				}],
				[0, {
					[_eQN]: `BootMode`,
					[_xN]: _bM
				}],
				[0, {
					[_eQN]: `TpmSupport`,
					[_xN]: _tSp
				}],
				[0, {
					[_eQN]: `DeprecationTime`,
					[_xN]: _dTe
				}],
				[0, {
					[_eQN]: `ImdsSupport`,
					[_xN]: _iSmd
				}],
				[0, {
					[_eQN]: `SourceInstanceId`,
					[_xN]: _sII
				}],
				[0, {
					[_eQN]: `DeregistrationProtection`,
					[_xN]: _dPe
				}],
				[0, {
					[_eQN]: `LastLaunchedTime`,
					[_xN]: _lLT
				}],
				[2, {
					[_eQN]: `ImageAllowed`,
					[_xN]: _iAm
				}],
				[0, {
					[_eQN]: `SourceImageId`,
					[_xN]: _sIIo
				}],
				[0, {
					[_eQN]: `SourceImageRegion`,
					[_xN]: _sIR
				}],
				[2, {
					[_eQN]: `FreeTierEligible`,
					[_xN]: _fTE
				}],
				[0, {
					[_eQN]: `PublicSsmParameterName`,
					[_xN]: _pSPN
				}],
				[() => ImageWatermarkList, {
					[_eQN]: `ImageWatermarkSet`,
					[_xN]: _iWS
				}],
				[() => ScanResults$, {
					[_eQN]: `ScanResults`,
					[_xN]: _sRc
				}],
				[() => InstanceTypeSpecification$, {
					[_eQN]: `InstanceTypeSpecification`,
					[_xN]: _iTSn
				}],
				[0, {
					[_eQN]: `ImageId`,
					[_xN]: _iIma
				}],
				[0, {
					[_eQN]: `ImageLocation`,
					[_xN]: _iL
				}],
				[0, {
					[_eQN]: `ImageState`,
					[_xN]: _iSmag
				}],
				[0, {
					[_eQN]: `ImageOwnerId`,
					[_xN]: _iOI
				}],
				[0, {
					[_eQN]: `CreationDate`,
					[_xN]: _cDr
				}],
				[2, {
					[_eQN]: `IsPublic`,
					[_xN]: _iPs
				}],
				[() => ProductCodeList, {
					[_eQN]: `ProductCodes`,
					[_xN]: _pC
				}],
				[0, {
					[_eQN]: `Architecture`,
					[_xN]: _arc
				}],
				[0, {
					[_eQN]: `ImageType`,
					[_xN]: _iTm
				}],
				[0, {
					[_eQN]: `KernelId`,
					[_xN]: _kI
				}],
				[0, {
					[_eQN]: `RamdiskId`,
					[_xN]: _rIa
				}],
				[0, {
					[_eQN]: `Platform`,
					[_xN]: _pl
				}]
			]
		];
		var ImageAttribute$ = [
			3,
			n0,
			_IAma,
			0,
			[
				_De,
				_KI,
				_RIa,
				_SNS,
				_BM,
				_TSp,
				_UD,
				_LLT,
				_ISmd,
				_DPer,
				_IIm,
				_LPa,
				_PCro,
				_BDMl
			],
			[
				[() => AttributeValue$, {
					[_eQN]: `Description`,
					[_xN]: _de
				}],
				[() => AttributeValue$, {
					[_eQN]: `Kernel`,
					[_xN]: _ke
				}],
				[() => AttributeValue$, {
					[_eQN]: `Ramdisk`,
					[_xN]: _ra
				}],
				[() => AttributeValue$, {
					[_eQN]: `SriovNetSupport`,
					[_xN]: _sNSr
				}],
				[() => AttributeValue$, {
					[_eQN]: `BootMode`,
					[_xN]: _bM
				}],
				[() => AttributeValue$, {
					[_eQN]: `TpmSupport`,
					[_xN]: _tSp
				}],
				[() => AttributeValue$, {
					[_eQN]: `UefiData`,
					[_xN]: _uD
				}],
				[() => AttributeValue$, {
					[_eQN]: `LastLaunchedTime`,
					[_xN]: _lLT
				}],
				[() => AttributeValue$, {
					[_eQN]: `ImdsSupport`,
					[_xN]: _iSmd
				}],
				[() => AttributeValue$, {
					[_eQN]: `DeregistrationProtection`,
					[_xN]: _dPe
				}],
				[0, {
					[_eQN]: `ImageId`,
					[_xN]: _iIma
				}],
				[() => LaunchPermissionList, {
					[_eQN]: `LaunchPermission`,
					[_xN]: _lPa
				}],
				[() => ProductCodeList, {
					[_eQN]: `ProductCodes`,
					[_xN]: _pC
				}],
				[() => BlockDeviceMappingList, {
					[_eQN]: `BlockDeviceMapping`,
					[_xN]: _bDM
				}]
			]
		];
		var ImageWatermark$ = [
			3,
			n0,
			_IWm,
			0,
			[
				_WK,
				_SIRo,
				_SII,
				_SICT,
				_WCT
			],
			[
				[0, {
					[_eQN]: `WatermarkKey`,
					[_xN]: _wK
				}],
				[0, {
					[_eQN]: `SourceImageRegion`,
					[_xN]: _sIR
				}],
				[0, {
					[_eQN]: `SourceImageId`,
					[_xN]: _sIIo
				}],
				[4, {
					[_eQN]: `SourceImageCreationTime`,
					[_xN]: _sICT
				}],
				[4, {
					[_eQN]: `WatermarkCreationTime`,
					[_xN]: _wCT
				}]
			]
		];
		var Instance$ = [
			3,
			n0,
			_In,
			0,
			[
				_Arc,
				_BDMl,
				_CT,
				_EO,
				_ESna,
				_Hy,
				_IIP,
				_ILn,
				_EGAl,
				_EIAAla,
				_NIet,
				_OA,
				_RDN,
				_RDT,
				_SGe,
				_SDC,
				_SIRI,
				_SNS,
				_SRt,
				_T,
				_VTir,
				_CO,
				_CBI,
				_CRI,
				_CRSa,
				_HO,
				_Lic,
				_MO,
				_EOn,
				_BM,
				_PDl,
				_UO,
				_UOUT,
				_PDNO,
				_IApv,
				_TSp,
				_MOa,
				_CIBM,
				_NPO,
				_Op,
				_SIec,
				_II,
				_IIm,
				_St,
				_PDN,
				_PDNub,
				_STR,
				_KN,
				_ALI,
				_PCro,
				_IT,
				_LTau,
				_Pla,
				_KI,
				_RIa,
				_Pl,
				_Mon,
				_SIu,
				_VI,
				_PIAr,
				_PIAu
			],
			[
				[0, {
					[_eQN]: `Architecture`,
					[_xN]: _arc
				}],
				[() => InstanceBlockDeviceMappingList, {
					[_eQN]: `BlockDeviceMapping`,
					[_xN]: _bDM
				}],
				[0, {
					[_eQN]: `ClientToken`,
					[_xN]: _cT
				}],
				[2, {
					[_eQN]: `EbsOptimized`,
					[_xN]: _eO
				}],
				[2, {
					[_eQN]: `EnaSupport`,
					[_xN]: _eSna
				}],
				[0, {
					[_eQN]: `Hypervisor`,
					[_xN]: _h
				}],
				[() => IamInstanceProfile$, {
					[_eQN]: `IamInstanceProfile`,
					[_xN]: _iIP
				}],
				[0, {
					[_eQN]: `InstanceLifecycle`,
					[_xN]: _iLn
				}],
				[() => ElasticGpuAssociationList, {
					[_eQN]: `ElasticGpuAssociationSet`,
					[_xN]: _eGASl
				}],
				[() => ElasticInferenceAcceleratorAssociationList, {
					[_eQN]: `ElasticInferenceAcceleratorAssociationSet`,
					[_xN]: _eIAASl
				}],
				[() => InstanceNetworkInterfaceList, {
					[_eQN]: `NetworkInterfaceSet`,
					[_xN]: _nIS
				}],
				[0, {
					[_eQN]: `OutpostArn`,
					[_xN]: _oA
				}],
				[0, {
					[_eQN]: `RootDeviceName`,
					[_xN]: _rDN
				}],
				[0, {
					[_eQN]: `RootDeviceType`,
					[_xN]: _rDT
				}],
				[() => GroupIdentifierList, {
					[_eQN]: `GroupSet`,
					[_xN]: _gSr
				}],
				[2, {
					[_eQN]: `SourceDestCheck`,
					[_xN]: _sDC
				}],
				[0, {
					[_eQN]: `SpotInstanceRequestId`,
					[_xN]: _sIRI
				}],
				[0, {
					[_eQN]: `SriovNetSupport`,
					[_xN]: _sNSr
				}],
				[() => StateReason$, {
					[_eQN]: `StateReason`,
					[_xN]: _sRt
				}],
				[() => TagList, {
					[_eQN]: `TagSet`,
					[_xN]: _tS
				}],
				[0, {
					[_eQN]: `VirtualizationType`,
					[_xN]: _vTi
				}],
				[() => CpuOptions$, {
					[_eQN]: `CpuOptions`,
					[_xN]: _cO
				}],
				[0, {
					[_eQN]: `CapacityBlockId`,
					[_xN]: _cBI
				}],
				[0, {
					[_eQN]: `CapacityReservationId`,
					[_xN]: _cRI
				}],
				[() => CapacityReservationSpecificationResponse$, {
					[_eQN]: `CapacityReservationSpecification`,
					[_xN]: _cRSa
				}],
				[() => HibernationOptions$, {
					[_eQN]: `HibernationOptions`,
					[_xN]: _hO
				}],
				[() => LicenseList, {
					[_eQN]: `LicenseSet`,
					[_xN]: _lSic
				}],
				[() => InstanceMetadataOptionsResponse$, {
					[_eQN]: `MetadataOptions`,
					[_xN]: _mO
				}],
				[() => EnclaveOptions$, {
					[_eQN]: `EnclaveOptions`,
					[_xN]: _eOn
				}],
				[0, {
					[_eQN]: `BootMode`,
					[_xN]: _bM
				}],
				[0, {
					[_eQN]: `PlatformDetails`,
					[_xN]: _pDl
				}],
				[0, {
					[_eQN]: `UsageOperation`,
					[_xN]: _uO
				}],
				[4, {
					[_eQN]: `UsageOperationUpdateTime`,
					[_xN]: _uOUT
				}],
				[() => PrivateDnsNameOptionsResponse$, {
					[_eQN]: `PrivateDnsNameOptions`,
					[_xN]: _pDNO
				}],
				[0, {
					[_eQN]: `Ipv6Address`,
					[_xN]: _iApv
				}],
				[0, {
					[_eQN]: `TpmSupport`,
					[_xN]: _tSp
				}],
				[() => InstanceMaintenanceOptions$, {
					[_eQN]: `MaintenanceOptions`,
					[_xN]: _mOa
				}],
				[0, {
					[_eQN]: `CurrentInstanceBootMode`,
					[_xN]: _cIBM
				}],
				[() => InstanceNetworkPerformanceOptions$, {
					[_eQN]: `NetworkPerformanceOptions`,
					[_xN]: _nPO
				}],
				[() => OperatorResponse$, {
					[_eQN]: `Operator`,
					[_xN]: _ope
				}],
				[() => InstanceSecondaryInterfaceList, {
					[_eQN]: `SecondaryInterfaceSet`,
					[_xN]: _sISe
				}],
				[0, {
					[_eQN]: `InstanceId`,
					[_xN]: _iI
				}],
				[0, {
					[_eQN]: `ImageId`,
					[_xN]: _iIma
				}],
				[() => InstanceState$, {
					[_eQN]: `InstanceState`,
					[_xN]: _iSnst
				}],
				[0, {
					[_eQN]: `PrivateDnsName`,
					[_xN]: _pDNr
				}],
				[0, {
					[_eQN]: `DnsName`,
					[_xN]: _dNn
				}],
				[0, {
					[_eQN]: `Reason`,
					[_xN]: _re
				}],
				[0, {
					[_eQN]: `KeyName`,
					[_xN]: _kN
				}],
				[1, {
					[_eQN]: `AmiLaunchIndex`,
					[_xN]: _aLI
				}],
				[() => ProductCodeList, {
					[_eQN]: `ProductCodes`,
					[_xN]: _pC
				}],
				[0, {
					[_eQN]: `InstanceType`,
					[_xN]: _iT
				}],
				[4, {
					[_eQN]: `LaunchTime`,
					[_xN]: _lTau
				}],
				[() => Placement$, {
					[_eQN]: `Placement`,
					[_xN]: _pla
				}],
				[0, {
					[_eQN]: `KernelId`,
					[_xN]: _kI
				}],
				[0, {
					[_eQN]: `RamdiskId`,
					[_xN]: _rIa
				}],
				[0, {
					[_eQN]: `Platform`,
					[_xN]: _pl
				}],
				[() => Monitoring$, {
					[_eQN]: `Monitoring`,
					[_xN]: _mon
				}],
				[0, {
					[_eQN]: `SubnetId`,
					[_xN]: _sIu
				}],
				[0, {
					[_eQN]: `VpcId`,
					[_xN]: _vI
				}],
				[0, {
					[_eQN]: `PrivateIpAddress`,
					[_xN]: _pIAr
				}],
				[0, {
					[_eQN]: `IpAddress`,
					[_xN]: _iAp
				}]
			]
		];
		var InstanceAttachmentEnaSrdSpecification$ = [
			3,
			n0,
			_IAESS,
			0,
			[_ESE, _ESUS],
			[[2, {
				[_eQN]: `EnaSrdEnabled`,
				[_xN]: _eSE
			}], [() => InstanceAttachmentEnaSrdUdpSpecification$, {
				[_eQN]: `EnaSrdUdpSpecification`,
				[_xN]: _eSUS
			}]]
		];
		var InstanceAttachmentEnaSrdUdpSpecification$ = [
			3,
			n0,
			_IAESUS,
			0,
			[_ESUE],
			[[2, {
				[_eQN]: `EnaSrdUdpEnabled`,
				[_xN]: _eSUE
			}]]
		];
		var InstanceBlockDeviceMapping$ = [
			3,
			n0,
			_IBDM,
			0,
			[_DN, _Eb],
			[[0, {
				[_eQN]: `DeviceName`,
				[_xN]: _dN
			}], [() => EbsInstanceBlockDevice$, {
				[_eQN]: `Ebs`,
				[_xN]: _eb
			}]]
		];
		var InstanceIpv4Prefix$ = [
			3,
			n0,
			_IIPn,
			0,
			[_IPpvre],
			[[0, {
				[_eQN]: `Ipv4Prefix`,
				[_xN]: _iPpv
			}]]
		];
		var InstanceIpv6Address$ = [
			3,
			n0,
			_IIA,
			0,
			[_IApv, _IPIs],
			[[0, {
				[_eQN]: `Ipv6Address`,
				[_xN]: _iApv
			}], [2, {
				[_eQN]: `IsPrimaryIpv6`,
				[_xN]: _iPIs
			}]]
		];
		var InstanceIpv6Prefix$ = [
			3,
			n0,
			_IIPns,
			0,
			[_IPpv],
			[[0, {
				[_eQN]: `Ipv6Prefix`,
				[_xN]: _iPpvr
			}]]
		];
		var InstanceMaintenanceOptions$ = [
			3,
			n0,
			_IMO,
			0,
			[_ARuto, _RMe],
			[[0, {
				[_eQN]: `AutoRecovery`,
				[_xN]: _aRut
			}], [0, {
				[_eQN]: `RebootMigration`,
				[_xN]: _rMe
			}]]
		];
		var InstanceMaintenanceOptionsRequest$ = [
			3,
			n0,
			_IMOR,
			0,
			[_ARuto],
			[0]
		];
		var InstanceMarketOptionsRequest$ = [
			3,
			n0,
			_IMORn,
			0,
			[_MTa, _SO],
			[0, () => SpotMarketOptions$]
		];
		var InstanceMetadataOptionsRequest$ = [
			3,
			n0,
			_IMORns,
			0,
			[
				_HT,
				_HPRHL,
				_HE,
				_HPI,
				_IMT
			],
			[
				0,
				1,
				0,
				0,
				0
			]
		];
		var InstanceMetadataOptionsResponse$ = [
			3,
			n0,
			_IMORnst,
			0,
			[
				_St,
				_HT,
				_HPRHL,
				_HE,
				_HPI,
				_IMT
			],
			[
				[0, {
					[_eQN]: `State`,
					[_xN]: _st
				}],
				[0, {
					[_eQN]: `HttpTokens`,
					[_xN]: _hT
				}],
				[1, {
					[_eQN]: `HttpPutResponseHopLimit`,
					[_xN]: _hPRHL
				}],
				[0, {
					[_eQN]: `HttpEndpoint`,
					[_xN]: _hE
				}],
				[0, {
					[_eQN]: `HttpProtocolIpv6`,
					[_xN]: _hPI
				}],
				[0, {
					[_eQN]: `InstanceMetadataTags`,
					[_xN]: _iMT
				}]
			]
		];
		var InstanceNetworkInterface$ = [
			3,
			n0,
			_INI,
			0,
			[
				_Ass,
				_Att,
				_De,
				_G,
				_IA,
				_MAa,
				_NII,
				_OI,
				_PDN,
				_PIAr,
				_PIAri,
				_SDC,
				_Sta,
				_SIu,
				_VI,
				_ITnt,
				_IPpvr,
				_IPp,
				_CTC,
				_Op
			],
			[
				[() => InstanceNetworkInterfaceAssociation$, {
					[_eQN]: `Association`,
					[_xN]: _ass
				}],
				[() => InstanceNetworkInterfaceAttachment$, {
					[_eQN]: `Attachment`,
					[_xN]: _at
				}],
				[0, {
					[_eQN]: `Description`,
					[_xN]: _de
				}],
				[() => GroupIdentifierList, {
					[_eQN]: `GroupSet`,
					[_xN]: _gSr
				}],
				[() => InstanceIpv6AddressList, {
					[_eQN]: `Ipv6AddressesSet`,
					[_xN]: _iASp
				}],
				[0, {
					[_eQN]: `MacAddress`,
					[_xN]: _mAa
				}],
				[0, {
					[_eQN]: `NetworkInterfaceId`,
					[_xN]: _nII
				}],
				[0, {
					[_eQN]: `OwnerId`,
					[_xN]: _oI
				}],
				[0, {
					[_eQN]: `PrivateDnsName`,
					[_xN]: _pDNr
				}],
				[0, {
					[_eQN]: `PrivateIpAddress`,
					[_xN]: _pIAr
				}],
				[() => InstancePrivateIpAddressList, {
					[_eQN]: `PrivateIpAddressesSet`,
					[_xN]: _pIAS
				}],
				[2, {
					[_eQN]: `SourceDestCheck`,
					[_xN]: _sDC
				}],
				[0, {
					[_eQN]: `Status`,
					[_xN]: _sta
				}],
				[0, {
					[_eQN]: `SubnetId`,
					[_xN]: _sIu
				}],
				[0, {
					[_eQN]: `VpcId`,
					[_xN]: _vI
				}],
				[0, {
					[_eQN]: `InterfaceType`,
					[_xN]: _iTnt
				}],
				[() => InstanceIpv4PrefixList, {
					[_eQN]: `Ipv4PrefixSet`,
					[_xN]: _iPSpvr
				}],
				[() => InstanceIpv6PrefixList, {
					[_eQN]: `Ipv6PrefixSet`,
					[_xN]: _iPSpvre
				}],
				[() => ConnectionTrackingSpecificationResponse$, {
					[_eQN]: `ConnectionTrackingConfiguration`,
					[_xN]: _cTC
				}],
				[() => OperatorResponse$, {
					[_eQN]: `Operator`,
					[_xN]: _ope
				}]
			]
		];
		var InstanceNetworkInterfaceAssociation$ = [
			3,
			n0,
			_INIA,
			0,
			[
				_CI,
				_COI,
				_IOI,
				_PDNub,
				_PI
			],
			[
				[0, {
					[_eQN]: `CarrierIp`,
					[_xN]: _cI
				}],
				[0, {
					[_eQN]: `CustomerOwnedIp`,
					[_xN]: _cOI
				}],
				[0, {
					[_eQN]: `IpOwnerId`,
					[_xN]: _iOIp
				}],
				[0, {
					[_eQN]: `PublicDnsName`,
					[_xN]: _pDNu
				}],
				[0, {
					[_eQN]: `PublicIp`,
					[_xN]: _pI
				}]
			]
		];
		var InstanceNetworkInterfaceAttachment$ = [
			3,
			n0,
			_INIAn,
			0,
			[
				_ATtt,
				_AItt,
				_DOT,
				_DI,
				_Sta,
				_NCI,
				_ESS,
				_EQC
			],
			[
				[4, {
					[_eQN]: `AttachTime`,
					[_xN]: _aTt
				}],
				[0, {
					[_eQN]: `AttachmentId`,
					[_xN]: _aIt
				}],
				[2, {
					[_eQN]: `DeleteOnTermination`,
					[_xN]: _dOT
				}],
				[1, {
					[_eQN]: `DeviceIndex`,
					[_xN]: _dI
				}],
				[0, {
					[_eQN]: `Status`,
					[_xN]: _sta
				}],
				[1, {
					[_eQN]: `NetworkCardIndex`,
					[_xN]: _nCI
				}],
				[() => InstanceAttachmentEnaSrdSpecification$, {
					[_eQN]: `EnaSrdSpecification`,
					[_xN]: _eSS
				}],
				[1, {
					[_eQN]: `EnaQueueCount`,
					[_xN]: _eQC
				}]
			]
		];
		var InstanceNetworkInterfaceSpecification$ = [
			3,
			n0,
			_INIS,
			0,
			[
				_APIAss,
				_DOT,
				_De,
				_DI,
				_G,
				_IAC,
				_IA,
				_NII,
				_PIAr,
				_PIAri,
				_SPIAC,
				_SIu,
				_ACIA,
				_ITnt,
				_NCI,
				_IPpvr,
				_IPCp,
				_IPp,
				_IPC,
				_PIr,
				_ESS,
				_CTS,
				_EQC
			],
			[
				[2, {
					[_eQN]: `AssociatePublicIpAddress`,
					[_xN]: _aPIA
				}],
				[2, {
					[_eQN]: `DeleteOnTermination`,
					[_xN]: _dOT
				}],
				[0, {
					[_eQN]: `Description`,
					[_xN]: _de
				}],
				[1, {
					[_eQN]: `DeviceIndex`,
					[_xN]: _dI
				}],
				[() => SecurityGroupIdStringList, { [_xN]: _SGI }],
				[1, {
					[_eQN]: `Ipv6AddressCount`,
					[_xN]: _iAC
				}],
				[() => InstanceIpv6AddressList, {
					[_eQN]: `Ipv6Addresses`,
					[_xN]: _iASp
				}],
				[0, {
					[_eQN]: `NetworkInterfaceId`,
					[_xN]: _nII
				}],
				[0, {
					[_eQN]: `PrivateIpAddress`,
					[_xN]: _pIAr
				}],
				[() => PrivateIpAddressSpecificationList, {
					[_eQN]: `PrivateIpAddresses`,
					[_xN]: _pIAS
				}],
				[1, {
					[_eQN]: `SecondaryPrivateIpAddressCount`,
					[_xN]: _sPIAC
				}],
				[0, {
					[_eQN]: `SubnetId`,
					[_xN]: _sIu
				}],
				2,
				0,
				1,
				[() => Ipv4PrefixList, { [_xN]: _IPpvre }],
				1,
				[() => Ipv6PrefixList, { [_xN]: _IPpv }],
				1,
				2,
				() => EnaSrdSpecificationRequest$,
				() => ConnectionTrackingSpecificationRequest$,
				1
			]
		];
		var InstanceNetworkPerformanceOptions$ = [
			3,
			n0,
			_INPO,
			0,
			[_BW],
			[[0, {
				[_eQN]: `BandwidthWeighting`,
				[_xN]: _bW
			}]]
		];
		var InstanceNetworkPerformanceOptionsRequest$ = [
			3,
			n0,
			_INPOR,
			0,
			[_BW],
			[0]
		];
		var InstancePrivateIpAddress$ = [
			3,
			n0,
			_IPIA,
			0,
			[
				_Ass,
				_Prim,
				_PDN,
				_PIAr
			],
			[
				[() => InstanceNetworkInterfaceAssociation$, {
					[_eQN]: `Association`,
					[_xN]: _ass
				}],
				[2, {
					[_eQN]: `Primary`,
					[_xN]: _prim
				}],
				[0, {
					[_eQN]: `PrivateDnsName`,
					[_xN]: _pDNr
				}],
				[0, {
					[_eQN]: `PrivateIpAddress`,
					[_xN]: _pIAr
				}]
			]
		];
		var InstanceSecondaryInterface$ = [
			3,
			n0,
			_ISIn,
			0,
			[
				_Att,
				_MAa,
				_SIIec,
				_OI,
				_PIAri,
				_SDC,
				_Sta,
				_SSIe,
				_SNI,
				_ITnt
			],
			[
				[() => InstanceSecondaryInterfaceAttachment$, {
					[_eQN]: `Attachment`,
					[_xN]: _at
				}],
				[0, {
					[_eQN]: `MacAddress`,
					[_xN]: _mAa
				}],
				[0, {
					[_eQN]: `SecondaryInterfaceId`,
					[_xN]: _sIIe
				}],
				[0, {
					[_eQN]: `OwnerId`,
					[_xN]: _oI
				}],
				[() => InstanceSecondaryInterfacePrivateIpAddressList, {
					[_eQN]: `PrivateIpAddressSet`,
					[_xN]: _pIASr
				}],
				[2, {
					[_eQN]: `SourceDestCheck`,
					[_xN]: _sDC
				}],
				[0, {
					[_eQN]: `Status`,
					[_xN]: _sta
				}],
				[0, {
					[_eQN]: `SecondarySubnetId`,
					[_xN]: _sSI
				}],
				[0, {
					[_eQN]: `SecondaryNetworkId`,
					[_xN]: _sNI
				}],
				[0, {
					[_eQN]: `InterfaceType`,
					[_xN]: _iTnt
				}]
			]
		];
		var InstanceSecondaryInterfaceAttachment$ = [
			3,
			n0,
			_ISIA,
			0,
			[
				_ATtt,
				_AItt,
				_DOT,
				_DI,
				_Sta,
				_NCI
			],
			[
				[4, {
					[_eQN]: `AttachTime`,
					[_xN]: _aTt
				}],
				[0, {
					[_eQN]: `AttachmentId`,
					[_xN]: _aIt
				}],
				[2, {
					[_eQN]: `DeleteOnTermination`,
					[_xN]: _dOT
				}],
				[1, {
					[_eQN]: `DeviceIndex`,
					[_xN]: _dI
				}],
				[0, {
					[_eQN]: `Status`,
					[_xN]: _sta
				}],
				[1, {
					[_eQN]: `NetworkCardIndex`,
					[_xN]: _nCI
				}]
			]
		];
		var InstanceSecondaryInterfacePrivateIpAddress$ = [
			3,
			n0,
			_ISIPIA,
			0,
			[_PIAr],
			[[0, {
				[_eQN]: `PrivateIpAddress`,
				[_xN]: _pIAr
			}]]
		];
		var InstanceSecondaryInterfacePrivateIpAddressRequest$ = [
			3,
			n0,
			_ISIPIAR,
			0,
			[_PIAr],
			[0],
			1
		];
		var InstanceSecondaryInterfaceSpecificationRequest$ = [
			3,
			n0,
			_ISISR,
			0,
			[
				_DOT,
				_DI,
				_PIAri,
				_PIAC,
				_SSIe,
				_ITnt,
				_NCI
			],
			[
				2,
				1,
				[() => InstanceSecondaryInterfacePrivateIpAddressListRequest, { [_xN]: _PIAr }],
				1,
				0,
				0,
				1
			]
		];
		var InstanceState$ = [
			3,
			n0,
			_ISnsta,
			0,
			[_Co, _N],
			[[1, {
				[_eQN]: `Code`,
				[_xN]: _co
			}], [0, {
				[_eQN]: `Name`,
				[_xN]: _n
			}]]
		];
		var InstanceStateChange$ = [
			3,
			n0,
			_ISC,
			0,
			[
				_II,
				_CSu,
				_PSr
			],
			[
				[0, {
					[_eQN]: `InstanceId`,
					[_xN]: _iI
				}],
				[() => InstanceState$, {
					[_eQN]: `CurrentState`,
					[_xN]: _cSu
				}],
				[() => InstanceState$, {
					[_eQN]: `PreviousState`,
					[_xN]: _pSr
				}]
			]
		];
		var InstanceTypeItem$ = [
			3,
			n0,
			_ITIns,
			0,
			[_IT],
			[[0, {
				[_eQN]: `InstanceType`,
				[_xN]: _iT
			}]]
		];
		var InstanceTypeSpecification$ = [
			3,
			n0,
			_ITSn,
			0,
			[_SIT, _UIT],
			[[() => SupportedInstanceTypeSet, {
				[_eQN]: `SupportedInstanceTypeSet`,
				[_xN]: _sITS
			}], [() => UnsupportedInstanceTypeSet, {
				[_eQN]: `UnsupportedInstanceTypeSet`,
				[_xN]: _uITS
			}]]
		];
		var Ipv4PrefixSpecificationRequest$ = [
			3,
			n0,
			_IPSRp,
			0,
			[_IPpvre],
			[0]
		];
		var Ipv6PrefixSpecificationRequest$ = [
			3,
			n0,
			_IPSRpvr,
			0,
			[_IPpv],
			[0]
		];
		var LaunchPermission$ = [
			3,
			n0,
			_LPau,
			0,
			[
				_OArg,
				_OUA,
				_UI,
				_Gr
			],
			[
				[0, {
					[_eQN]: `OrganizationArn`,
					[_xN]: _oArg
				}],
				[0, {
					[_eQN]: `OrganizationalUnitArn`,
					[_xN]: _oUA
				}],
				[0, {
					[_eQN]: `UserId`,
					[_xN]: _uI
				}],
				[0, {
					[_eQN]: `Group`,
					[_xN]: _g
				}]
			]
		];
		var LaunchPermissionModifications$ = [
			3,
			n0,
			_LPM,
			0,
			[_Ad, _Rem],
			[[() => LaunchPermissionList, 0], [() => LaunchPermissionList, 0]]
		];
		var LaunchTemplateSpecification$ = [
			3,
			n0,
			_LTS,
			0,
			[
				_LTI,
				_LTN,
				_Ver
			],
			[
				0,
				0,
				0
			]
		];
		var LicenseConfiguration$ = [
			3,
			n0,
			_LCi,
			0,
			[_LCA],
			[[0, {
				[_eQN]: `LicenseConfigurationArn`,
				[_xN]: _lCA
			}]]
		];
		var LicenseConfigurationRequest$ = [
			3,
			n0,
			_LCR,
			0,
			[_LCA],
			[0]
		];
		var ModifyImageAttributeRequest$ = [
			3,
			n0,
			_MIAR,
			0,
			[
				_IIm,
				_At,
				_De,
				_LPau,
				_OTp,
				_PCro,
				_UG,
				_UIs,
				_V,
				_OArga,
				_OUAr,
				_ISmd,
				_DR
			],
			[
				0,
				0,
				[() => AttributeValue$, 0],
				[() => LaunchPermissionModifications$, 0],
				0,
				[() => ProductCodeStringList, { [_xN]: _PCr }],
				[() => UserGroupStringList, { [_xN]: _UGs }],
				[() => UserIdStringList, { [_xN]: _UI }],
				0,
				[() => OrganizationArnStringList, { [_xN]: _OArg }],
				[() => OrganizationalUnitArnStringList, { [_xN]: _OUA }],
				[() => AttributeValue$, 0],
				[2, {
					[_eQN]: `DryRun`,
					[_xN]: _dR
				}]
			],
			1
		];
		var Monitoring$ = [
			3,
			n0,
			_Mon,
			0,
			[_MCIe, _St],
			[[() => MetricCategoryIdList, {
				[_eQN]: `MetricCategoryIdSet`,
				[_xN]: _mCIS
			}], [0, {
				[_eQN]: `State`,
				[_xN]: _st
			}]]
		];
		var OperatorRequest$ = [
			3,
			n0,
			_ORpe,
			0,
			[_P],
			[0]
		];
		var OperatorResponse$ = [
			3,
			n0,
			_ORper,
			0,
			[
				_Mana,
				_P,
				_HBD
			],
			[
				[2, {
					[_eQN]: `Managed`,
					[_xN]: _mana
				}],
				[0, {
					[_eQN]: `Principal`,
					[_xN]: _p
				}],
				[2, {
					[_eQN]: `HiddenByDefault`,
					[_xN]: _hBD
				}]
			]
		];
		var Placement$ = [
			3,
			n0,
			_Pla,
			0,
			[
				_AZI,
				_Af,
				_GN,
				_PN,
				_HIo,
				_Te,
				_SDp,
				_HRGA,
				_GIr,
				_AZ
			],
			[
				[0, {
					[_eQN]: `AvailabilityZoneId`,
					[_xN]: _aZI
				}],
				[0, {
					[_eQN]: `Affinity`,
					[_xN]: _af
				}],
				[0, {
					[_eQN]: `GroupName`,
					[_xN]: _gN
				}],
				[1, {
					[_eQN]: `PartitionNumber`,
					[_xN]: _pN
				}],
				[0, {
					[_eQN]: `HostId`,
					[_xN]: _hI
				}],
				[0, {
					[_eQN]: `Tenancy`,
					[_xN]: _te
				}],
				[0, {
					[_eQN]: `SpreadDomain`,
					[_xN]: _sDp
				}],
				[0, {
					[_eQN]: `HostResourceGroupArn`,
					[_xN]: _hRGA
				}],
				[0, {
					[_eQN]: `GroupId`,
					[_xN]: _gIr
				}],
				[0, {
					[_eQN]: `AvailabilityZone`,
					[_xN]: _aZ
				}]
			]
		];
		var PrivateDnsNameOptionsRequest$ = [
			3,
			n0,
			_PDNOR,
			0,
			[
				_HTo,
				_ERNDAR,
				_ERNDAAAAR
			],
			[
				0,
				2,
				2
			]
		];
		var PrivateDnsNameOptionsResponse$ = [
			3,
			n0,
			_PDNORr,
			0,
			[
				_HTo,
				_ERNDAR,
				_ERNDAAAAR
			],
			[
				[0, {
					[_eQN]: `HostnameType`,
					[_xN]: _hTo
				}],
				[2, {
					[_eQN]: `EnableResourceNameDnsARecord`,
					[_xN]: _eRNDAR
				}],
				[2, {
					[_eQN]: `EnableResourceNameDnsAAAARecord`,
					[_xN]: _eRNDAAAAR
				}]
			]
		];
		var PrivateIpAddressSpecification$ = [
			3,
			n0,
			_PIAS,
			0,
			[_Prim, _PIAr],
			[[2, {
				[_eQN]: `Primary`,
				[_xN]: _prim
			}], [0, {
				[_eQN]: `PrivateIpAddress`,
				[_xN]: _pIAr
			}]]
		];
		var ProductCode$ = [
			3,
			n0,
			_PCr,
			0,
			[_PCIr, _PCT],
			[[0, {
				[_eQN]: `ProductCode`,
				[_xN]: _pCr
			}], [0, {
				[_eQN]: `Type`,
				[_xN]: _ty
			}]]
		];
		var Reservation$ = [
			3,
			n0,
			_Reser,
			0,
			[
				_RIe,
				_OI,
				_RIeq,
				_G,
				_Ins
			],
			[
				[0, {
					[_eQN]: `ReservationId`,
					[_xN]: _rI
				}],
				[0, {
					[_eQN]: `OwnerId`,
					[_xN]: _oI
				}],
				[0, {
					[_eQN]: `RequesterId`,
					[_xN]: _rIeq
				}],
				[() => GroupIdentifierList, {
					[_eQN]: `GroupSet`,
					[_xN]: _gSr
				}],
				[() => InstanceList, {
					[_eQN]: `InstancesSet`,
					[_xN]: _iSns
				}]
			]
		];
		var RunInstancesMonitoringEnabled$ = [
			3,
			n0,
			_RIME,
			0,
			[_En, _MCIe],
			[[2, {
				[_eQN]: `Enabled`,
				[_xN]: _en
			}], [() => MetricCategoryIdList, { [_xN]: _MCI }]],
			1
		];
		var RunInstancesRequest$ = [
			3,
			n0,
			_RIRu,
			0,
			[
				_MCa,
				_MCin,
				_BDMl,
				_IIm,
				_IT,
				_IAC,
				_IA,
				_KI,
				_KN,
				_Mon,
				_Pla,
				_RIa,
				_SGIe,
				_SGe,
				_SIu,
				_UDs,
				_EGSla,
				_EIAl,
				_TS,
				_LT,
				_IMOns,
				_CSr,
				_CO,
				_CRSa,
				_HO,
				_LSi,
				_MO,
				_EOn,
				_PDNO,
				_MOa,
				_DASi,
				_EPI,
				_NPO,
				_Op,
				_SIec,
				_DR,
				_DAT,
				_IISB,
				_PIAr,
				_CT,
				_AId,
				_NIet,
				_IIP,
				_EO
			],
			[
				1,
				1,
				[() => BlockDeviceMappingRequestList, { [_xN]: _BDM }],
				0,
				0,
				1,
				[() => InstanceIpv6AddressList, { [_xN]: _IApv }],
				0,
				0,
				[() => RunInstancesMonitoringEnabled$, 0],
				[() => Placement$, 0],
				0,
				[() => SecurityGroupIdStringList, { [_xN]: _SGI }],
				[() => SecurityGroupStringList, { [_xN]: _SGec }],
				0,
				[() => RunInstancesUserData, 0],
				[() => ElasticGpuSpecifications, 0],
				[() => ElasticInferenceAccelerators, { [_xN]: _EIA }],
				[() => TagSpecificationList, { [_xN]: _TSa }],
				() => LaunchTemplateSpecification$,
				() => InstanceMarketOptionsRequest$,
				() => CreditSpecificationRequest$,
				() => CpuOptionsRequest$,
				() => CapacityReservationSpecification$,
				() => HibernationOptionsRequest$,
				[() => LicenseSpecificationListRequest, { [_xN]: _LSic }],
				() => InstanceMetadataOptionsRequest$,
				() => EnclaveOptionsRequest$,
				() => PrivateDnsNameOptionsRequest$,
				() => InstanceMaintenanceOptionsRequest$,
				2,
				2,
				() => InstanceNetworkPerformanceOptionsRequest$,
				() => OperatorRequest$,
				[() => InstanceSecondaryInterfaceSpecificationListRequest, { [_xN]: _SIeco }],
				[2, {
					[_eQN]: `DryRun`,
					[_xN]: _dR
				}],
				[2, {
					[_eQN]: `DisableApiTermination`,
					[_xN]: _dAT
				}],
				[0, {
					[_eQN]: `InstanceInitiatedShutdownBehavior`,
					[_xN]: _iISB
				}],
				[0, {
					[_eQN]: `PrivateIpAddress`,
					[_xN]: _pIAr
				}],
				[0, {
					[_eQN]: `ClientToken`,
					[_iTd]: 1,
					[_xN]: _cT
				}],
				[0, {
					[_eQN]: `AdditionalInfo`,
					[_xN]: _aId
				}],
				[() => InstanceNetworkInterfaceSpecificationList, {
					[_eQN]: `NetworkInterface`,
					[_xN]: _nIe
				}],
				[() => IamInstanceProfileSpecification$, {
					[_eQN]: `IamInstanceProfile`,
					[_xN]: _iIP
				}],
				[2, {
					[_eQN]: `EbsOptimized`,
					[_xN]: _eO
				}]
			],
			2
		];
		var ScanResults$ = [
			3,
			n0,
			_SRc,
			0,
			[
				_HFSL,
				_FSD,
				_IFAS,
				_LFAS,
				_MFAS,
				_HFAS,
				_CFAS
			],
			[
				[0, {
					[_eQN]: `HighestFindingSeverityLabel`,
					[_xN]: _hFSL
				}],
				[4, {
					[_eQN]: `FindingScanDate`,
					[_xN]: _fSD
				}],
				[4, {
					[_eQN]: `InformationalFixAvailableSince`,
					[_xN]: _iFAS
				}],
				[4, {
					[_eQN]: `LowFixAvailableSince`,
					[_xN]: _lFAS
				}],
				[4, {
					[_eQN]: `MediumFixAvailableSince`,
					[_xN]: _mFAS
				}],
				[4, {
					[_eQN]: `HighFixAvailableSince`,
					[_xN]: _hFAS
				}],
				[4, {
					[_eQN]: `CriticalFixAvailableSince`,
					[_xN]: _cFAS
				}]
			]
		];
		var Snapshot$ = [
			3,
			n0,
			_Sna,
			0,
			[
				_OAw,
				_OA,
				_T,
				_STto,
				_RETe,
				_STs,
				_AZ,
				_TTr,
				_CDM,
				_CTomp,
				_FSSIB,
				_SIn,
				_VIo,
				_St,
				_SMta,
				_STt,
				_Pro,
				_OI,
				_De,
				_VSo,
				_Enc,
				_KKI,
				_DEKI
			],
			[
				[0, {
					[_eQN]: `OwnerAlias`,
					[_xN]: _oAw
				}],
				[0, {
					[_eQN]: `OutpostArn`,
					[_xN]: _oA
				}],
				[() => TagList, {
					[_eQN]: `TagSet`,
					[_xN]: _tS
				}],
				[0, {
					[_eQN]: `StorageTier`,
					[_xN]: _sTto
				}],
				[4, {
					[_eQN]: `RestoreExpiryTime`,
					[_xN]: _rETe
				}],
				[0, {
					[_eQN]: `SseType`,
					[_xN]: _sTs
				}],
				[0, {
					[_eQN]: `AvailabilityZone`,
					[_xN]: _aZ
				}],
				[0, {
					[_eQN]: `TransferType`,
					[_xN]: _tTr
				}],
				[1, {
					[_eQN]: `CompletionDurationMinutes`,
					[_xN]: _cDM
				}],
				[4, {
					[_eQN]: `CompletionTime`,
					[_xN]: _cTomp
				}],
				[1, {
					[_eQN]: `FullSnapshotSizeInBytes`,
					[_xN]: _fSSIB
				}],
				[0, {
					[_eQN]: `SnapshotId`,
					[_xN]: _sIn
				}],
				[0, {
					[_eQN]: `VolumeId`,
					[_xN]: _vIo
				}],
				[0, {
					[_eQN]: `Status`,
					[_xN]: _sta
				}],
				[0, {
					[_eQN]: `StatusMessage`,
					[_xN]: _sMt
				}],
				[4, {
					[_eQN]: `StartTime`,
					[_xN]: _sTt
				}],
				[0, {
					[_eQN]: `Progress`,
					[_xN]: _pro
				}],
				[0, {
					[_eQN]: `OwnerId`,
					[_xN]: _oI
				}],
				[0, {
					[_eQN]: `Description`,
					[_xN]: _de
				}],
				[1, {
					[_eQN]: `VolumeSize`,
					[_xN]: _vSo
				}],
				[2, {
					[_eQN]: `Encrypted`,
					[_xN]: _enc
				}],
				[0, {
					[_eQN]: `KmsKeyId`,
					[_xN]: _kKI
				}],
				[0, {
					[_eQN]: `DataEncryptionKeyId`,
					[_xN]: _dEKI
				}]
			]
		];
		var SpotMarketOptions$ = [
			3,
			n0,
			_SMO,
			0,
			[
				_MPax,
				_SITp,
				_BDMlo,
				_VU,
				_IIB
			],
			[
				0,
				0,
				1,
				4,
				0
			]
		];
		var StateReason$ = [
			3,
			n0,
			_SRt,
			0,
			[_Co, _Me],
			[[0, {
				[_eQN]: `Code`,
				[_xN]: _co
			}], [0, {
				[_eQN]: `Message`,
				[_xN]: _me
			}]]
		];
		var Tag$ = [
			3,
			n0,
			_Ta,
			0,
			[_K, _V],
			[[0, {
				[_eQN]: `Key`,
				[_xN]: _k
			}], [0, {
				[_eQN]: `Value`,
				[_xN]: _v
			}]]
		];
		var TagSpecification$ = [
			3,
			n0,
			_TSa,
			0,
			[_RTe, _T],
			[[0, {
				[_eQN]: `ResourceType`,
				[_xN]: _rTe
			}], [() => TagList, { [_xN]: _Ta }]]
		];
		var TerminateInstancesRequest$ = [
			3,
			n0,
			_TIR,
			0,
			[
				_IIn,
				_F,
				_SOS,
				_DR
			],
			[
				[() => InstanceIdStringList, { [_xN]: _II }],
				2,
				2,
				[2, {
					[_eQN]: `DryRun`,
					[_xN]: _dR
				}]
			],
			1
		];
		var TerminateInstancesResult$ = [
			3,
			n0,
			_TIRe,
			0,
			[_TIer],
			[[() => InstanceStateChangeList, {
				[_eQN]: `InstancesSet`,
				[_xN]: _iSns
			}]]
		];
		var __Unit = "unit";
		var BlockDeviceMappingList = [
			1,
			n0,
			_BDML,
			0,
			[() => BlockDeviceMapping$, { [_xN]: _it }]
		];
		var BlockDeviceMappingRequestList = [
			1,
			n0,
			_BDMRL,
			0,
			[() => BlockDeviceMapping$, { [_xN]: _BDM }]
		];
		var DeleteSnapshotResultSet = [
			1,
			n0,
			_DSRS,
			0,
			[() => DeleteSnapshotReturnCode$, { [_xN]: _it }]
		];
		var ElasticGpuAssociationList = [
			1,
			n0,
			_EGAL,
			0,
			[() => ElasticGpuAssociation$, { [_xN]: _it }]
		];
		var ElasticGpuSpecifications = [
			1,
			n0,
			_EGSlas,
			0,
			[() => ElasticGpuSpecification$, { [_xN]: _it }]
		];
		var ElasticInferenceAcceleratorAssociationList = [
			1,
			n0,
			_EIAAL,
			0,
			[() => ElasticInferenceAcceleratorAssociation$, { [_xN]: _it }]
		];
		var ElasticInferenceAccelerators = [
			1,
			n0,
			_EIAl,
			0,
			[() => ElasticInferenceAccelerator$, { [_xN]: _it }]
		];
		var ExecutableByStringList = [
			1,
			n0,
			_EBSL,
			0,
			[0, { [_xN]: _EBx }]
		];
		var FilterList = [
			1,
			n0,
			_FLi,
			0,
			[() => Filter$, { [_xN]: _Fil }]
		];
		var GroupIdentifierList = [
			1,
			n0,
			_GIL,
			0,
			[() => GroupIdentifier$, { [_xN]: _it }]
		];
		var ImageIdStringList = [
			1,
			n0,
			_IISL,
			0,
			[0, { [_xN]: _IIm }]
		];
		var ImageList = [
			1,
			n0,
			_ILm,
			0,
			[() => Image$, { [_xN]: _it }]
		];
		var ImageWatermarkList = [
			1,
			n0,
			_IWL,
			0,
			[() => ImageWatermark$, { [_xN]: _it }]
		];
		var InstanceBlockDeviceMappingList = [
			1,
			n0,
			_IBDML,
			0,
			[() => InstanceBlockDeviceMapping$, { [_xN]: _it }]
		];
		var InstanceIdStringList = [
			1,
			n0,
			_IISLn,
			0,
			[0, { [_xN]: _II }]
		];
		var InstanceIpv4PrefixList = [
			1,
			n0,
			_IIPL,
			0,
			[() => InstanceIpv4Prefix$, { [_xN]: _it }]
		];
		var InstanceIpv6AddressList = [
			1,
			n0,
			_IIAL,
			0,
			[() => InstanceIpv6Address$, { [_xN]: _it }]
		];
		var InstanceIpv6PrefixList = [
			1,
			n0,
			_IIPLn,
			0,
			[() => InstanceIpv6Prefix$, { [_xN]: _it }]
		];
		var InstanceList = [
			1,
			n0,
			_ILns,
			0,
			[() => Instance$, { [_xN]: _it }]
		];
		var InstanceNetworkInterfaceList = [
			1,
			n0,
			_INIL,
			0,
			[() => InstanceNetworkInterface$, { [_xN]: _it }]
		];
		var InstanceNetworkInterfaceSpecificationList = [
			1,
			n0,
			_INISL,
			0,
			[() => InstanceNetworkInterfaceSpecification$, { [_xN]: _it }]
		];
		var InstancePrivateIpAddressList = [
			1,
			n0,
			_IPIAL,
			0,
			[() => InstancePrivateIpAddress$, { [_xN]: _it }]
		];
		var InstanceSecondaryInterfaceList = [
			1,
			n0,
			_ISIL,
			0,
			[() => InstanceSecondaryInterface$, { [_xN]: _it }]
		];
		var InstanceSecondaryInterfacePrivateIpAddressList = [
			1,
			n0,
			_ISIPIAL,
			0,
			[() => InstanceSecondaryInterfacePrivateIpAddress$, { [_xN]: _it }]
		];
		var InstanceSecondaryInterfacePrivateIpAddressListRequest = [
			1,
			n0,
			_ISIPIALR,
			0,
			[() => InstanceSecondaryInterfacePrivateIpAddressRequest$, { [_xN]: _it }]
		];
		var InstanceSecondaryInterfaceSpecificationListRequest = [
			1,
			n0,
			_ISISLR,
			0,
			[() => InstanceSecondaryInterfaceSpecificationRequest$, { [_xN]: _it }]
		];
		var InstanceStateChangeList = [
			1,
			n0,
			_ISCL,
			0,
			[() => InstanceStateChange$, { [_xN]: _it }]
		];
		var Ipv4PrefixList = [
			1,
			n0,
			_IPLpvr,
			0,
			[() => Ipv4PrefixSpecificationRequest$, { [_xN]: _it }]
		];
		var Ipv6PrefixList = [
			1,
			n0,
			_IPLpvref,
			0,
			[() => Ipv6PrefixSpecificationRequest$, { [_xN]: _it }]
		];
		var LaunchPermissionList = [
			1,
			n0,
			_LPL,
			0,
			[() => LaunchPermission$, { [_xN]: _it }]
		];
		var LicenseList = [
			1,
			n0,
			_LL,
			0,
			[() => LicenseConfiguration$, { [_xN]: _it }]
		];
		var LicenseSpecificationListRequest = [
			1,
			n0,
			_LSLR,
			0,
			[() => LicenseConfigurationRequest$, { [_xN]: _it }]
		];
		var MetricCategoryIdList = [
			1,
			n0,
			_MCIL,
			0,
			[0, { [_xN]: _it }]
		];
		var OrganizationalUnitArnStringList = [
			1,
			n0,
			_OUASL,
			0,
			[0, { [_xN]: _OUA }]
		];
		var OrganizationArnStringList = [
			1,
			n0,
			_OASL,
			0,
			[0, { [_xN]: _OArg }]
		];
		var OwnerStringList = [
			1,
			n0,
			_OSL,
			0,
			[0, { [_xN]: _Own }]
		];
		var PrivateIpAddressSpecificationList = [
			1,
			n0,
			_PIASL,
			0,
			[() => PrivateIpAddressSpecification$, { [_xN]: _it }]
		];
		var ProductCodeList = [
			1,
			n0,
			_PCLr,
			0,
			[() => ProductCode$, { [_xN]: _it }]
		];
		var ProductCodeStringList = [
			1,
			n0,
			_PCSL,
			0,
			[0, { [_xN]: _PCr }]
		];
		var ReservationList = [
			1,
			n0,
			_RLe,
			0,
			[() => Reservation$, { [_xN]: _it }]
		];
		var SecurityGroupIdStringList = [
			1,
			n0,
			_SGISL,
			0,
			[0, { [_xN]: _SGI }]
		];
		var SecurityGroupStringList = [
			1,
			n0,
			_SGSL,
			0,
			[0, { [_xN]: _SGec }]
		];
		var SnapshotIdStringList = [
			1,
			n0,
			_SISL,
			0,
			[0, { [_xN]: _SIn }]
		];
		var SnapshotList = [
			1,
			n0,
			_SLn,
			0,
			[() => Snapshot$, { [_xN]: _it }]
		];
		var SupportedInstanceTypeSet = [
			1,
			n0,
			_SITS,
			0,
			[() => InstanceTypeItem$, { [_xN]: _it }]
		];
		var TagList = [
			1,
			n0,
			_TL,
			0,
			[() => Tag$, { [_xN]: _it }]
		];
		var TagSpecificationList = [
			1,
			n0,
			_TSL,
			0,
			[() => TagSpecification$, { [_xN]: _it }]
		];
		var UnsupportedInstanceTypeSet = [
			1,
			n0,
			_UITS,
			0,
			[() => InstanceTypeItem$, { [_xN]: _it }]
		];
		var UserGroupStringList = [
			1,
			n0,
			_UGSL,
			0,
			[0, { [_xN]: _UGs }]
		];
		var UserIdStringList = [
			1,
			n0,
			_UISL,
			0,
			[0, { [_xN]: _UI }]
		];
		var ValueStringList = [
			1,
			n0,
			_VSL,
			0,
			[0, { [_xN]: _it }]
		];
		var CopyImage$ = [
			9,
			n0,
			_CIopy,
			0,
			() => CopyImageRequest$,
			() => CopyImageResult$
		];
		var CreateImage$ = [
			9,
			n0,
			_CIr,
			0,
			() => CreateImageRequest$,
			() => CreateImageResult$
		];
		var CreateTags$ = [
			9,
			n0,
			_CTreat,
			0,
			() => CreateTagsRequest$,
			() => __Unit
		];
		var DeleteSnapshot$ = [
			9,
			n0,
			_DSele,
			0,
			() => DeleteSnapshotRequest$,
			() => __Unit
		];
		var DeregisterImage$ = [
			9,
			n0,
			_DIer,
			0,
			() => DeregisterImageRequest$,
			() => DeregisterImageResult$
		];
		var DescribeImageAttribute$ = [
			9,
			n0,
			_DIA,
			0,
			() => DescribeImageAttributeRequest$,
			() => ImageAttribute$
		];
		var DescribeImages$ = [
			9,
			n0,
			_DIes,
			0,
			() => DescribeImagesRequest$,
			() => DescribeImagesResult$
		];
		var DescribeInstances$ = [
			9,
			n0,
			_DIesc,
			0,
			() => DescribeInstancesRequest$,
			() => DescribeInstancesResult$
		];
		var DescribeSnapshots$ = [
			9,
			n0,
			_DSes,
			0,
			() => DescribeSnapshotsRequest$,
			() => DescribeSnapshotsResult$
		];
		var EnableImageDeprecation$ = [
			9,
			n0,
			_EID,
			0,
			() => EnableImageDeprecationRequest$,
			() => EnableImageDeprecationResult$
		];
		var GetConsoleOutput$ = [
			9,
			n0,
			_GCO,
			0,
			() => GetConsoleOutputRequest$,
			() => GetConsoleOutputResult$
		];
		var ModifyImageAttribute$ = [
			9,
			n0,
			_MIA,
			0,
			() => ModifyImageAttributeRequest$,
			() => __Unit
		];
		var RunInstances$ = [
			9,
			n0,
			_RIu,
			0,
			() => RunInstancesRequest$,
			() => Reservation$
		];
		var TerminateInstances$ = [
			9,
			n0,
			_TI,
			0,
			() => TerminateInstancesRequest$,
			() => TerminateInstancesResult$
		];
		const getRuntimeConfig$1 = (config) => {
			return {
				apiVersion: "2016-11-15",
				base64Decoder: config?.base64Decoder ?? Sha256Node_GsR9Qmcj.It,
				base64Encoder: config?.base64Encoder ?? Sha256Node_GsR9Qmcj.Pt,
				disableHostPrefix: config?.disableHostPrefix ?? false,
				endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
				extensions: config?.extensions ?? [],
				httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultEC2HttpAuthSchemeProvider,
				httpAuthSchemes: config?.httpAuthSchemes ?? [{
					schemeId: "aws.auth#sigv4",
					identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
					signer: new Sha256Node_GsR9Qmcj.l()
				}],
				logger: config?.logger ?? new Sha256Node_GsR9Qmcj.at(),
				protocol: config?.protocol ?? AwsEc2QueryProtocol,
				protocolSettings: config?.protocolSettings ?? {
					defaultNamespace: "com.amazonaws.ec2",
					errorTypeRegistries,
					xmlNamespace: "http://ec2.amazonaws.com/doc/2016-11-15",
					version: "2016-11-15",
					serviceTarget: "AmazonEC2"
				},
				serviceId: config?.serviceId ?? "EC2",
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
				defaultSocketTimeout: (0, Sha256Node_GsR9Qmcj.Lt)(config?.requestHandler, 9e5),
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
		var EC2Client = class extends Sha256Node_GsR9Qmcj.gt {
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
					httpAuthSchemeParametersProvider: defaultEC2HttpAuthSchemeParametersProvider,
					identityProviderConfigProvider: async (config) => new Sha256Node_GsR9Qmcj.w({ "aws.auth#sigv4": config.credentials })
				}));
				this.middlewareStack.use((0, Sha256Node_GsR9Qmcj.E)(this.config));
			}
			destroy() {
				super.destroy();
			}
		};
		const command = (0, Sha256Node_GsR9Qmcj.it)(commonParams, "AmazonEC2", "EC2Client", Sha256Node_GsR9Qmcj.q);
		const _ep0 = {};
		const _mw0 = (Command, cs, config, o) => [];
		var CopyImageCommand = class extends command(_ep0, _mw0, "CopyImage", CopyImage$) {};
		var CreateImageCommand = class extends command(_ep0, _mw0, "CreateImage", CreateImage$) {};
		var CreateTagsCommand = class extends command(_ep0, _mw0, "CreateTags", CreateTags$) {};
		var DeleteSnapshotCommand = class extends command(_ep0, _mw0, "DeleteSnapshot", DeleteSnapshot$) {};
		var DeregisterImageCommand = class extends command(_ep0, _mw0, "DeregisterImage", DeregisterImage$) {};
		var DescribeImageAttributeCommand = class extends command(_ep0, _mw0, "DescribeImageAttribute", DescribeImageAttribute$) {};
		var DescribeImagesCommand = class extends command(_ep0, _mw0, "DescribeImages", DescribeImages$) {};
		var DescribeInstancesCommand = class extends command(_ep0, _mw0, "DescribeInstances", DescribeInstances$) {};
		var DescribeSnapshotsCommand = class extends command(_ep0, _mw0, "DescribeSnapshots", DescribeSnapshots$) {};
		var EnableImageDeprecationCommand = class extends command(_ep0, _mw0, "EnableImageDeprecation", EnableImageDeprecation$) {};
		var GetConsoleOutputCommand = class extends command(_ep0, _mw0, "GetConsoleOutput", GetConsoleOutput$) {};
		var ModifyImageAttributeCommand = class extends command(_ep0, _mw0, "ModifyImageAttribute", ModifyImageAttribute$) {};
		var RunInstancesCommand = class extends command(_ep0, _mw0, "RunInstances", RunInstances$) {};
		var TerminateInstancesCommand = class extends command(_ep0, _mw0, "TerminateInstances", TerminateInstances$) {};
		;
	})
};
