export const id = 6680;
export const ids = [6680];
export const modules = { 96680: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
	__webpack_require__.d(__webpack_exports__, { I: () => AuthorizationManagementClient });
	var rolldown_runtime_DYf_mQCB = __webpack_require__(14560);
	var bearerTokenAuthenticationPolicy_wVkA8f2_ = __webpack_require__(9285);
	var serviceClient_CgFM_W_o = __webpack_require__(42658);
	var authorizeRequestOnClaimChallenge_DnVId1N_ = __webpack_require__(24820);
	;
	const pageMap = new WeakMap();
	function setContinuationToken(page, continuationToken) {
		var _a;
		if (typeof page !== "object" || page === null || !continuationToken) return;
		const pageInfo = (_a = pageMap.get(page)) !== null && _a !== void 0 ? _a : {};
		pageInfo.continuationToken = continuationToken;
		pageMap.set(page, pageInfo);
	}
	function __values(o) {
		var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
		if (m) return m.call(o);
		if (o && typeof o.length === "number") return { next: function() {
			if (o && i >= o.length) o = void 0;
			return {
				value: o && o[i++],
				done: !o
			};
		} };
		throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
	}
	function __await(v) {
		return this instanceof __await ? (this.v = v, this) : new __await(v);
	}
	function __asyncGenerator(thisArg, _arguments, generator) {
		if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
		var g = generator.apply(thisArg, _arguments || []), i, q = [];
		return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function() {
			return this;
		}, i;
		function awaitReturn(f) {
			return function(v) {
				return Promise.resolve(v).then(f, reject);
			};
		}
		function verb(n, f) {
			if (g[n]) {
				i[n] = function(v) {
					return new Promise(function(a, b) {
						q.push([
							n,
							v,
							a,
							b
						]) > 1 || resume(n, v);
					});
				};
				if (f) i[n] = f(i[n]);
			}
		}
		function resume(n, v) {
			try {
				step(g[n](v));
			} catch (e) {
				settle(q[0][3], e);
			}
		}
		function step(r) {
			r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
		}
		function fulfill(value) {
			resume("next", value);
		}
		function reject(value) {
			resume("throw", value);
		}
		function settle(f, v) {
			if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
		}
	}
	function __asyncDelegator(o) {
		var i = {}, p;
		return verb("next"), verb("throw", function(e) {
			throw e;
		}), verb("return"), i[Symbol.iterator] = function() {
			return this;
		}, i;
		function verb(n, f) {
			i[n] = o[n] ? function(v) {
				return (p = !p) ? {
					value: __await(o[n](v)),
					done: false
				} : f ? f(v) : v;
			} : f;
		}
	}
	function __asyncValues(o) {
		if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
		var m = o[Symbol.asyncIterator], i;
		return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
			return this;
		}, i);
		function verb(n) {
			i[n] = o[n] && function(v) {
				return new Promise(function(resolve, reject) {
					v = o[n](v), settle(resolve, reject, v.done, v.value);
				});
			};
		}
		function settle(resolve, reject, d, v) {
			Promise.resolve(v).then(function(v) {
				resolve({
					value: v,
					done: d
				});
			}, reject);
		}
	}
	var mappers_exports = (0, rolldown_runtime_DYf_mQCB.n)({
		ApprovalSettings: () => ApprovalSettings,
		ApprovalStage: () => ApprovalStage,
		ClassicAdministrator: () => ClassicAdministrator,
		ClassicAdministratorListResult: () => ClassicAdministratorListResult,
		CloudError: () => CloudError,
		CloudErrorBody: () => CloudErrorBody,
		DenyAssignment: () => DenyAssignment,
		DenyAssignmentFilter: () => DenyAssignmentFilter,
		DenyAssignmentListResult: () => DenyAssignmentListResult,
		DenyAssignmentPermission: () => DenyAssignmentPermission,
		EligibleChildResource: () => EligibleChildResource,
		EligibleChildResourcesListResult: () => EligibleChildResourcesListResult,
		ErrorAdditionalInfo: () => ErrorAdditionalInfo,
		ErrorDetail: () => ErrorDetail,
		ErrorResponse: () => ErrorResponse,
		ExpandedProperties: () => ExpandedProperties,
		ExpandedPropertiesPrincipal: () => ExpandedPropertiesPrincipal,
		ExpandedPropertiesRoleDefinition: () => ExpandedPropertiesRoleDefinition,
		ExpandedPropertiesScope: () => ExpandedPropertiesScope,
		Permission: () => Permission,
		PermissionGetResult: () => PermissionGetResult,
		PolicyAssignmentProperties: () => PolicyAssignmentProperties,
		PolicyAssignmentPropertiesPolicy: () => PolicyAssignmentPropertiesPolicy,
		PolicyAssignmentPropertiesRoleDefinition: () => PolicyAssignmentPropertiesRoleDefinition,
		PolicyAssignmentPropertiesScope: () => PolicyAssignmentPropertiesScope,
		PolicyProperties: () => PolicyProperties,
		PolicyPropertiesScope: () => PolicyPropertiesScope,
		Principal: () => Principal,
		ProviderOperation: () => ProviderOperation,
		ProviderOperationsMetadata: () => ProviderOperationsMetadata,
		ProviderOperationsMetadataListResult: () => ProviderOperationsMetadataListResult,
		ResourceType: () => ResourceType,
		RoleAssignment: () => RoleAssignment,
		RoleAssignmentCreateParameters: () => RoleAssignmentCreateParameters,
		RoleAssignmentFilter: () => RoleAssignmentFilter,
		RoleAssignmentListResult: () => RoleAssignmentListResult,
		RoleAssignmentSchedule: () => RoleAssignmentSchedule,
		RoleAssignmentScheduleFilter: () => RoleAssignmentScheduleFilter,
		RoleAssignmentScheduleInstance: () => RoleAssignmentScheduleInstance,
		RoleAssignmentScheduleInstanceFilter: () => RoleAssignmentScheduleInstanceFilter,
		RoleAssignmentScheduleInstanceListResult: () => RoleAssignmentScheduleInstanceListResult,
		RoleAssignmentScheduleListResult: () => RoleAssignmentScheduleListResult,
		RoleAssignmentScheduleRequest: () => RoleAssignmentScheduleRequest,
		RoleAssignmentScheduleRequestFilter: () => RoleAssignmentScheduleRequestFilter,
		RoleAssignmentScheduleRequestListResult: () => RoleAssignmentScheduleRequestListResult,
		RoleAssignmentScheduleRequestPropertiesScheduleInfo: () => RoleAssignmentScheduleRequestPropertiesScheduleInfo,
		RoleAssignmentScheduleRequestPropertiesScheduleInfoExpiration: () => RoleAssignmentScheduleRequestPropertiesScheduleInfoExpiration,
		RoleAssignmentScheduleRequestPropertiesTicketInfo: () => RoleAssignmentScheduleRequestPropertiesTicketInfo,
		RoleDefinition: () => RoleDefinition,
		RoleDefinitionFilter: () => RoleDefinitionFilter,
		RoleDefinitionListResult: () => RoleDefinitionListResult,
		RoleEligibilitySchedule: () => RoleEligibilitySchedule,
		RoleEligibilityScheduleFilter: () => RoleEligibilityScheduleFilter,
		RoleEligibilityScheduleInstance: () => RoleEligibilityScheduleInstance,
		RoleEligibilityScheduleInstanceFilter: () => RoleEligibilityScheduleInstanceFilter,
		RoleEligibilityScheduleInstanceListResult: () => RoleEligibilityScheduleInstanceListResult,
		RoleEligibilityScheduleListResult: () => RoleEligibilityScheduleListResult,
		RoleEligibilityScheduleRequest: () => RoleEligibilityScheduleRequest,
		RoleEligibilityScheduleRequestFilter: () => RoleEligibilityScheduleRequestFilter,
		RoleEligibilityScheduleRequestListResult: () => RoleEligibilityScheduleRequestListResult,
		RoleEligibilityScheduleRequestPropertiesScheduleInfo: () => RoleEligibilityScheduleRequestPropertiesScheduleInfo,
		RoleEligibilityScheduleRequestPropertiesScheduleInfoExpiration: () => RoleEligibilityScheduleRequestPropertiesScheduleInfoExpiration,
		RoleEligibilityScheduleRequestPropertiesTicketInfo: () => RoleEligibilityScheduleRequestPropertiesTicketInfo,
		RoleManagementPolicy: () => RoleManagementPolicy,
		RoleManagementPolicyApprovalRule: () => RoleManagementPolicyApprovalRule,
		RoleManagementPolicyAssignment: () => RoleManagementPolicyAssignment,
		RoleManagementPolicyAssignmentListResult: () => RoleManagementPolicyAssignmentListResult,
		RoleManagementPolicyAuthenticationContextRule: () => RoleManagementPolicyAuthenticationContextRule,
		RoleManagementPolicyEnablementRule: () => RoleManagementPolicyEnablementRule,
		RoleManagementPolicyExpirationRule: () => RoleManagementPolicyExpirationRule,
		RoleManagementPolicyListResult: () => RoleManagementPolicyListResult,
		RoleManagementPolicyNotificationRule: () => RoleManagementPolicyNotificationRule,
		RoleManagementPolicyRule: () => RoleManagementPolicyRule,
		RoleManagementPolicyRuleTarget: () => RoleManagementPolicyRuleTarget,
		UserSet: () => UserSet,
		ValidationResponse: () => ValidationResponse,
		ValidationResponseErrorInfo: () => ValidationResponseErrorInfo,
		discriminators: () => discriminators
	});
	const ClassicAdministratorListResult = { type: {
		name: "Composite",
		className: "ClassicAdministratorListResult",
		modelProperties: {
			value: {
				serializedName: "value",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "ClassicAdministrator"
					} }
				}
			},
			nextLink: {
				serializedName: "nextLink",
				type: { name: "String" }
			}
		}
	} };
	const ClassicAdministrator = { type: {
		name: "Composite",
		className: "ClassicAdministrator",
		modelProperties: {
			id: {
				serializedName: "id",
				type: { name: "String" }
			},
			name: {
				serializedName: "name",
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				type: { name: "String" }
			},
			emailAddress: {
				serializedName: "properties.emailAddress",
				type: { name: "String" }
			},
			role: {
				serializedName: "properties.role",
				type: { name: "String" }
			}
		}
	} };
	const ErrorResponse = { type: {
		name: "Composite",
		className: "ErrorResponse",
		modelProperties: { error: {
			serializedName: "error",
			type: {
				name: "Composite",
				className: "ErrorDetail"
			}
		} }
	} };
	const ErrorDetail = { type: {
		name: "Composite",
		className: "ErrorDetail",
		modelProperties: {
			code: {
				serializedName: "code",
				readOnly: true,
				type: { name: "String" }
			},
			message: {
				serializedName: "message",
				readOnly: true,
				type: { name: "String" }
			},
			target: {
				serializedName: "target",
				readOnly: true,
				type: { name: "String" }
			},
			details: {
				serializedName: "details",
				readOnly: true,
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "ErrorDetail"
					} }
				}
			},
			additionalInfo: {
				serializedName: "additionalInfo",
				readOnly: true,
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "ErrorAdditionalInfo"
					} }
				}
			}
		}
	} };
	const ErrorAdditionalInfo = { type: {
		name: "Composite",
		className: "ErrorAdditionalInfo",
		modelProperties: {
			type: {
				serializedName: "type",
				readOnly: true,
				type: { name: "String" }
			},
			info: {
				serializedName: "info",
				readOnly: true,
				type: {
					name: "Dictionary",
					value: { type: { name: "any" } }
				}
			}
		}
	} };
	const DenyAssignmentListResult = { type: {
		name: "Composite",
		className: "DenyAssignmentListResult",
		modelProperties: {
			value: {
				serializedName: "value",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "DenyAssignment"
					} }
				}
			},
			nextLink: {
				serializedName: "nextLink",
				type: { name: "String" }
			}
		}
	} };
	const DenyAssignment = { type: {
		name: "Composite",
		className: "DenyAssignment",
		modelProperties: {
			id: {
				serializedName: "id",
				readOnly: true,
				type: { name: "String" }
			},
			name: {
				serializedName: "name",
				readOnly: true,
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				readOnly: true,
				type: { name: "String" }
			},
			denyAssignmentName: {
				serializedName: "properties.denyAssignmentName",
				type: { name: "String" }
			},
			description: {
				serializedName: "properties.description",
				type: { name: "String" }
			},
			permissions: {
				serializedName: "properties.permissions",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "DenyAssignmentPermission"
					} }
				}
			},
			scope: {
				serializedName: "properties.scope",
				type: { name: "String" }
			},
			doNotApplyToChildScopes: {
				serializedName: "properties.doNotApplyToChildScopes",
				type: { name: "Boolean" }
			},
			principals: {
				serializedName: "properties.principals",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "Principal"
					} }
				}
			},
			excludePrincipals: {
				serializedName: "properties.excludePrincipals",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "Principal"
					} }
				}
			},
			isSystemProtected: {
				serializedName: "properties.isSystemProtected",
				type: { name: "Boolean" }
			},
			condition: {
				serializedName: "properties.condition",
				type: { name: "String" }
			},
			conditionVersion: {
				serializedName: "properties.conditionVersion",
				type: { name: "String" }
			},
			createdOn: {
				serializedName: "properties.createdOn",
				readOnly: true,
				type: { name: "DateTime" }
			},
			updatedOn: {
				serializedName: "properties.updatedOn",
				readOnly: true,
				type: { name: "DateTime" }
			},
			createdBy: {
				serializedName: "properties.createdBy",
				readOnly: true,
				type: { name: "String" }
			},
			updatedBy: {
				serializedName: "properties.updatedBy",
				readOnly: true,
				type: { name: "String" }
			}
		}
	} };
	const DenyAssignmentPermission = { type: {
		name: "Composite",
		className: "DenyAssignmentPermission",
		modelProperties: {
			actions: {
				serializedName: "actions",
				type: {
					name: "Sequence",
					element: { type: { name: "String" } }
				}
			},
			notActions: {
				serializedName: "notActions",
				type: {
					name: "Sequence",
					element: { type: { name: "String" } }
				}
			},
			dataActions: {
				serializedName: "dataActions",
				type: {
					name: "Sequence",
					element: { type: { name: "String" } }
				}
			},
			notDataActions: {
				serializedName: "notDataActions",
				type: {
					name: "Sequence",
					element: { type: { name: "String" } }
				}
			},
			condition: {
				serializedName: "condition",
				type: { name: "String" }
			},
			conditionVersion: {
				serializedName: "conditionVersion",
				type: { name: "String" }
			}
		}
	} };
	const Principal = { type: {
		name: "Composite",
		className: "Principal",
		modelProperties: {
			id: {
				serializedName: "id",
				type: { name: "String" }
			},
			displayName: {
				serializedName: "displayName",
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				type: { name: "String" }
			},
			email: {
				serializedName: "email",
				type: { name: "String" }
			}
		}
	} };
	const ProviderOperationsMetadata = { type: {
		name: "Composite",
		className: "ProviderOperationsMetadata",
		modelProperties: {
			id: {
				serializedName: "id",
				type: { name: "String" }
			},
			name: {
				serializedName: "name",
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				type: { name: "String" }
			},
			displayName: {
				serializedName: "displayName",
				type: { name: "String" }
			},
			resourceTypes: {
				serializedName: "resourceTypes",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "ResourceType"
					} }
				}
			},
			operations: {
				serializedName: "operations",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "ProviderOperation"
					} }
				}
			}
		}
	} };
	const ResourceType = { type: {
		name: "Composite",
		className: "ResourceType",
		modelProperties: {
			name: {
				serializedName: "name",
				type: { name: "String" }
			},
			displayName: {
				serializedName: "displayName",
				type: { name: "String" }
			},
			operations: {
				serializedName: "operations",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "ProviderOperation"
					} }
				}
			}
		}
	} };
	const ProviderOperation = { type: {
		name: "Composite",
		className: "ProviderOperation",
		modelProperties: {
			name: {
				serializedName: "name",
				type: { name: "String" }
			},
			displayName: {
				serializedName: "displayName",
				type: { name: "String" }
			},
			description: {
				serializedName: "description",
				type: { name: "String" }
			},
			origin: {
				serializedName: "origin",
				type: { name: "String" }
			},
			properties: {
				serializedName: "properties",
				type: {
					name: "Dictionary",
					value: { type: { name: "any" } }
				}
			},
			isDataAction: {
				serializedName: "isDataAction",
				type: { name: "Boolean" }
			}
		}
	} };
	const ProviderOperationsMetadataListResult = { type: {
		name: "Composite",
		className: "ProviderOperationsMetadataListResult",
		modelProperties: {
			value: {
				serializedName: "value",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "ProviderOperationsMetadata"
					} }
				}
			},
			nextLink: {
				serializedName: "nextLink",
				type: { name: "String" }
			}
		}
	} };
	const RoleAssignmentListResult = { type: {
		name: "Composite",
		className: "RoleAssignmentListResult",
		modelProperties: {
			value: {
				serializedName: "value",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "RoleAssignment"
					} }
				}
			},
			nextLink: {
				serializedName: "nextLink",
				readOnly: true,
				type: { name: "String" }
			}
		}
	} };
	const RoleAssignment = { type: {
		name: "Composite",
		className: "RoleAssignment",
		modelProperties: {
			id: {
				serializedName: "id",
				readOnly: true,
				type: { name: "String" }
			},
			name: {
				serializedName: "name",
				readOnly: true,
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				readOnly: true,
				type: { name: "String" }
			},
			scope: {
				serializedName: "properties.scope",
				readOnly: true,
				type: { name: "String" }
			},
			roleDefinitionId: {
				serializedName: "properties.roleDefinitionId",
				type: { name: "String" }
			},
			principalId: {
				serializedName: "properties.principalId",
				type: { name: "String" }
			},
			principalType: {
				serializedName: "properties.principalType",
				type: { name: "String" }
			},
			description: {
				serializedName: "properties.description",
				type: { name: "String" }
			},
			condition: {
				serializedName: "properties.condition",
				type: { name: "String" }
			},
			conditionVersion: {
				serializedName: "properties.conditionVersion",
				type: { name: "String" }
			},
			createdOn: {
				serializedName: "properties.createdOn",
				readOnly: true,
				type: { name: "DateTime" }
			},
			updatedOn: {
				serializedName: "properties.updatedOn",
				readOnly: true,
				type: { name: "DateTime" }
			},
			createdBy: {
				serializedName: "properties.createdBy",
				readOnly: true,
				type: { name: "String" }
			},
			updatedBy: {
				serializedName: "properties.updatedBy",
				readOnly: true,
				type: { name: "String" }
			},
			delegatedManagedIdentityResourceId: {
				serializedName: "properties.delegatedManagedIdentityResourceId",
				type: { name: "String" }
			}
		}
	} };
	const RoleAssignmentCreateParameters = { type: {
		name: "Composite",
		className: "RoleAssignmentCreateParameters",
		modelProperties: {
			scope: {
				serializedName: "properties.scope",
				readOnly: true,
				type: { name: "String" }
			},
			roleDefinitionId: {
				serializedName: "properties.roleDefinitionId",
				required: true,
				type: { name: "String" }
			},
			principalId: {
				serializedName: "properties.principalId",
				required: true,
				type: { name: "String" }
			},
			principalType: {
				serializedName: "properties.principalType",
				type: { name: "String" }
			},
			description: {
				serializedName: "properties.description",
				type: { name: "String" }
			},
			condition: {
				serializedName: "properties.condition",
				type: { name: "String" }
			},
			conditionVersion: {
				serializedName: "properties.conditionVersion",
				type: { name: "String" }
			},
			createdOn: {
				serializedName: "properties.createdOn",
				readOnly: true,
				type: { name: "DateTime" }
			},
			updatedOn: {
				serializedName: "properties.updatedOn",
				readOnly: true,
				type: { name: "DateTime" }
			},
			createdBy: {
				serializedName: "properties.createdBy",
				readOnly: true,
				type: { name: "String" }
			},
			updatedBy: {
				serializedName: "properties.updatedBy",
				readOnly: true,
				type: { name: "String" }
			},
			delegatedManagedIdentityResourceId: {
				serializedName: "properties.delegatedManagedIdentityResourceId",
				type: { name: "String" }
			}
		}
	} };
	const PermissionGetResult = { type: {
		name: "Composite",
		className: "PermissionGetResult",
		modelProperties: {
			value: {
				serializedName: "value",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "Permission"
					} }
				}
			},
			nextLink: {
				serializedName: "nextLink",
				type: { name: "String" }
			}
		}
	} };
	const Permission = { type: {
		name: "Composite",
		className: "Permission",
		modelProperties: {
			actions: {
				serializedName: "actions",
				type: {
					name: "Sequence",
					element: { type: { name: "String" } }
				}
			},
			notActions: {
				serializedName: "notActions",
				type: {
					name: "Sequence",
					element: { type: { name: "String" } }
				}
			},
			dataActions: {
				serializedName: "dataActions",
				type: {
					name: "Sequence",
					element: { type: { name: "String" } }
				}
			},
			notDataActions: {
				serializedName: "notDataActions",
				type: {
					name: "Sequence",
					element: { type: { name: "String" } }
				}
			}
		}
	} };
	const RoleDefinition = { type: {
		name: "Composite",
		className: "RoleDefinition",
		modelProperties: {
			id: {
				serializedName: "id",
				readOnly: true,
				type: { name: "String" }
			},
			name: {
				serializedName: "name",
				readOnly: true,
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				readOnly: true,
				type: { name: "String" }
			},
			roleName: {
				serializedName: "properties.roleName",
				type: { name: "String" }
			},
			description: {
				serializedName: "properties.description",
				type: { name: "String" }
			},
			roleType: {
				serializedName: "properties.type",
				type: { name: "String" }
			},
			permissions: {
				serializedName: "properties.permissions",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "Permission"
					} }
				}
			},
			assignableScopes: {
				serializedName: "properties.assignableScopes",
				type: {
					name: "Sequence",
					element: { type: { name: "String" } }
				}
			},
			createdOn: {
				serializedName: "properties.createdOn",
				readOnly: true,
				type: { name: "DateTime" }
			},
			updatedOn: {
				serializedName: "properties.updatedOn",
				readOnly: true,
				type: { name: "DateTime" }
			},
			createdBy: {
				serializedName: "properties.createdBy",
				readOnly: true,
				type: { name: "String" }
			},
			updatedBy: {
				serializedName: "properties.updatedBy",
				readOnly: true,
				type: { name: "String" }
			}
		}
	} };
	const RoleDefinitionListResult = { type: {
		name: "Composite",
		className: "RoleDefinitionListResult",
		modelProperties: {
			value: {
				serializedName: "value",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "RoleDefinition"
					} }
				}
			},
			nextLink: {
				serializedName: "nextLink",
				type: { name: "String" }
			}
		}
	} };
	const EligibleChildResourcesListResult = { type: {
		name: "Composite",
		className: "EligibleChildResourcesListResult",
		modelProperties: {
			value: {
				serializedName: "value",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "EligibleChildResource"
					} }
				}
			},
			nextLink: {
				serializedName: "nextLink",
				type: { name: "String" }
			}
		}
	} };
	const EligibleChildResource = { type: {
		name: "Composite",
		className: "EligibleChildResource",
		modelProperties: {
			id: {
				serializedName: "id",
				readOnly: true,
				type: { name: "String" }
			},
			name: {
				serializedName: "name",
				readOnly: true,
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				readOnly: true,
				type: { name: "String" }
			}
		}
	} };
	const CloudError = { type: {
		name: "Composite",
		className: "CloudError",
		modelProperties: { error: {
			serializedName: "error",
			type: {
				name: "Composite",
				className: "CloudErrorBody"
			}
		} }
	} };
	const CloudErrorBody = { type: {
		name: "Composite",
		className: "CloudErrorBody",
		modelProperties: {
			code: {
				serializedName: "code",
				type: { name: "String" }
			},
			message: {
				serializedName: "message",
				type: { name: "String" }
			}
		}
	} };
	const RoleAssignmentSchedule = { type: {
		name: "Composite",
		className: "RoleAssignmentSchedule",
		modelProperties: {
			id: {
				serializedName: "id",
				readOnly: true,
				type: { name: "String" }
			},
			name: {
				serializedName: "name",
				readOnly: true,
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				readOnly: true,
				type: { name: "String" }
			},
			scope: {
				serializedName: "properties.scope",
				type: { name: "String" }
			},
			roleDefinitionId: {
				serializedName: "properties.roleDefinitionId",
				type: { name: "String" }
			},
			principalId: {
				serializedName: "properties.principalId",
				type: { name: "String" }
			},
			principalType: {
				serializedName: "properties.principalType",
				type: { name: "String" }
			},
			roleAssignmentScheduleRequestId: {
				serializedName: "properties.roleAssignmentScheduleRequestId",
				type: { name: "String" }
			},
			linkedRoleEligibilityScheduleId: {
				serializedName: "properties.linkedRoleEligibilityScheduleId",
				type: { name: "String" }
			},
			assignmentType: {
				serializedName: "properties.assignmentType",
				type: { name: "String" }
			},
			memberType: {
				serializedName: "properties.memberType",
				type: { name: "String" }
			},
			status: {
				serializedName: "properties.status",
				type: { name: "String" }
			},
			startDateTime: {
				serializedName: "properties.startDateTime",
				type: { name: "DateTime" }
			},
			endDateTime: {
				serializedName: "properties.endDateTime",
				type: { name: "DateTime" }
			},
			condition: {
				serializedName: "properties.condition",
				type: { name: "String" }
			},
			conditionVersion: {
				serializedName: "properties.conditionVersion",
				type: { name: "String" }
			},
			createdOn: {
				serializedName: "properties.createdOn",
				type: { name: "DateTime" }
			},
			updatedOn: {
				serializedName: "properties.updatedOn",
				type: { name: "DateTime" }
			},
			expandedProperties: {
				serializedName: "properties.expandedProperties",
				type: {
					name: "Composite",
					className: "ExpandedProperties"
				}
			}
		}
	} };
	const ExpandedProperties = { type: {
		name: "Composite",
		className: "ExpandedProperties",
		modelProperties: {
			scope: {
				serializedName: "scope",
				type: {
					name: "Composite",
					className: "ExpandedPropertiesScope"
				}
			},
			roleDefinition: {
				serializedName: "roleDefinition",
				type: {
					name: "Composite",
					className: "ExpandedPropertiesRoleDefinition"
				}
			},
			principal: {
				serializedName: "principal",
				type: {
					name: "Composite",
					className: "ExpandedPropertiesPrincipal"
				}
			}
		}
	} };
	const ExpandedPropertiesScope = { type: {
		name: "Composite",
		className: "ExpandedPropertiesScope",
		modelProperties: {
			id: {
				serializedName: "id",
				type: { name: "String" }
			},
			displayName: {
				serializedName: "displayName",
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				type: { name: "String" }
			}
		}
	} };
	const ExpandedPropertiesRoleDefinition = { type: {
		name: "Composite",
		className: "ExpandedPropertiesRoleDefinition",
		modelProperties: {
			id: {
				serializedName: "id",
				type: { name: "String" }
			},
			displayName: {
				serializedName: "displayName",
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				type: { name: "String" }
			}
		}
	} };
	const ExpandedPropertiesPrincipal = { type: {
		name: "Composite",
		className: "ExpandedPropertiesPrincipal",
		modelProperties: {
			id: {
				serializedName: "id",
				type: { name: "String" }
			},
			displayName: {
				serializedName: "displayName",
				type: { name: "String" }
			},
			email: {
				serializedName: "email",
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				type: { name: "String" }
			}
		}
	} };
	const RoleAssignmentScheduleListResult = { type: {
		name: "Composite",
		className: "RoleAssignmentScheduleListResult",
		modelProperties: {
			value: {
				serializedName: "value",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "RoleAssignmentSchedule"
					} }
				}
			},
			nextLink: {
				serializedName: "nextLink",
				type: { name: "String" }
			}
		}
	} };
	const RoleAssignmentScheduleInstanceListResult = { type: {
		name: "Composite",
		className: "RoleAssignmentScheduleInstanceListResult",
		modelProperties: {
			value: {
				serializedName: "value",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "RoleAssignmentScheduleInstance"
					} }
				}
			},
			nextLink: {
				serializedName: "nextLink",
				type: { name: "String" }
			}
		}
	} };
	const RoleAssignmentScheduleInstance = { type: {
		name: "Composite",
		className: "RoleAssignmentScheduleInstance",
		modelProperties: {
			id: {
				serializedName: "id",
				readOnly: true,
				type: { name: "String" }
			},
			name: {
				serializedName: "name",
				readOnly: true,
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				readOnly: true,
				type: { name: "String" }
			},
			scope: {
				serializedName: "properties.scope",
				type: { name: "String" }
			},
			roleDefinitionId: {
				serializedName: "properties.roleDefinitionId",
				type: { name: "String" }
			},
			principalId: {
				serializedName: "properties.principalId",
				type: { name: "String" }
			},
			principalType: {
				serializedName: "properties.principalType",
				type: { name: "String" }
			},
			roleAssignmentScheduleId: {
				serializedName: "properties.roleAssignmentScheduleId",
				type: { name: "String" }
			},
			originRoleAssignmentId: {
				serializedName: "properties.originRoleAssignmentId",
				type: { name: "String" }
			},
			status: {
				serializedName: "properties.status",
				type: { name: "String" }
			},
			startDateTime: {
				serializedName: "properties.startDateTime",
				type: { name: "DateTime" }
			},
			endDateTime: {
				serializedName: "properties.endDateTime",
				type: { name: "DateTime" }
			},
			linkedRoleEligibilityScheduleId: {
				serializedName: "properties.linkedRoleEligibilityScheduleId",
				type: { name: "String" }
			},
			linkedRoleEligibilityScheduleInstanceId: {
				serializedName: "properties.linkedRoleEligibilityScheduleInstanceId",
				type: { name: "String" }
			},
			assignmentType: {
				serializedName: "properties.assignmentType",
				type: { name: "String" }
			},
			memberType: {
				serializedName: "properties.memberType",
				type: { name: "String" }
			},
			condition: {
				serializedName: "properties.condition",
				type: { name: "String" }
			},
			conditionVersion: {
				serializedName: "properties.conditionVersion",
				type: { name: "String" }
			},
			createdOn: {
				serializedName: "properties.createdOn",
				type: { name: "DateTime" }
			},
			expandedProperties: {
				serializedName: "properties.expandedProperties",
				type: {
					name: "Composite",
					className: "ExpandedProperties"
				}
			}
		}
	} };
	const RoleAssignmentScheduleRequest = { type: {
		name: "Composite",
		className: "RoleAssignmentScheduleRequest",
		modelProperties: {
			id: {
				serializedName: "id",
				readOnly: true,
				type: { name: "String" }
			},
			name: {
				serializedName: "name",
				readOnly: true,
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				readOnly: true,
				type: { name: "String" }
			},
			scope: {
				serializedName: "properties.scope",
				readOnly: true,
				type: { name: "String" }
			},
			roleDefinitionId: {
				serializedName: "properties.roleDefinitionId",
				type: { name: "String" }
			},
			principalId: {
				serializedName: "properties.principalId",
				type: { name: "String" }
			},
			principalType: {
				serializedName: "properties.principalType",
				readOnly: true,
				type: { name: "String" }
			},
			requestType: {
				serializedName: "properties.requestType",
				type: { name: "String" }
			},
			status: {
				serializedName: "properties.status",
				readOnly: true,
				type: { name: "String" }
			},
			approvalId: {
				serializedName: "properties.approvalId",
				readOnly: true,
				type: { name: "String" }
			},
			targetRoleAssignmentScheduleId: {
				serializedName: "properties.targetRoleAssignmentScheduleId",
				type: { name: "String" }
			},
			targetRoleAssignmentScheduleInstanceId: {
				serializedName: "properties.targetRoleAssignmentScheduleInstanceId",
				type: { name: "String" }
			},
			scheduleInfo: {
				serializedName: "properties.scheduleInfo",
				type: {
					name: "Composite",
					className: "RoleAssignmentScheduleRequestPropertiesScheduleInfo"
				}
			},
			linkedRoleEligibilityScheduleId: {
				serializedName: "properties.linkedRoleEligibilityScheduleId",
				type: { name: "String" }
			},
			justification: {
				serializedName: "properties.justification",
				type: { name: "String" }
			},
			ticketInfo: {
				serializedName: "properties.ticketInfo",
				type: {
					name: "Composite",
					className: "RoleAssignmentScheduleRequestPropertiesTicketInfo"
				}
			},
			condition: {
				serializedName: "properties.condition",
				type: { name: "String" }
			},
			conditionVersion: {
				serializedName: "properties.conditionVersion",
				type: { name: "String" }
			},
			createdOn: {
				serializedName: "properties.createdOn",
				readOnly: true,
				type: { name: "DateTime" }
			},
			requestorId: {
				serializedName: "properties.requestorId",
				readOnly: true,
				type: { name: "String" }
			},
			expandedProperties: {
				serializedName: "properties.expandedProperties",
				type: {
					name: "Composite",
					className: "ExpandedProperties"
				}
			}
		}
	} };
	const RoleAssignmentScheduleRequestPropertiesScheduleInfo = { type: {
		name: "Composite",
		className: "RoleAssignmentScheduleRequestPropertiesScheduleInfo",
		modelProperties: {
			startDateTime: {
				serializedName: "startDateTime",
				type: { name: "DateTime" }
			},
			expiration: {
				serializedName: "expiration",
				type: {
					name: "Composite",
					className: "RoleAssignmentScheduleRequestPropertiesScheduleInfoExpiration"
				}
			}
		}
	} };
	const RoleAssignmentScheduleRequestPropertiesScheduleInfoExpiration = { type: {
		name: "Composite",
		className: "RoleAssignmentScheduleRequestPropertiesScheduleInfoExpiration",
		modelProperties: {
			type: {
				serializedName: "type",
				type: { name: "String" }
			},
			endDateTime: {
				serializedName: "endDateTime",
				type: { name: "DateTime" }
			},
			duration: {
				serializedName: "duration",
				type: { name: "String" }
			}
		}
	} };
	const RoleAssignmentScheduleRequestPropertiesTicketInfo = { type: {
		name: "Composite",
		className: "RoleAssignmentScheduleRequestPropertiesTicketInfo",
		modelProperties: {
			ticketNumber: {
				serializedName: "ticketNumber",
				type: { name: "String" }
			},
			ticketSystem: {
				serializedName: "ticketSystem",
				type: { name: "String" }
			}
		}
	} };
	const RoleAssignmentScheduleRequestListResult = { type: {
		name: "Composite",
		className: "RoleAssignmentScheduleRequestListResult",
		modelProperties: {
			value: {
				serializedName: "value",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "RoleAssignmentScheduleRequest"
					} }
				}
			},
			nextLink: {
				serializedName: "nextLink",
				type: { name: "String" }
			}
		}
	} };
	const RoleEligibilitySchedule = { type: {
		name: "Composite",
		className: "RoleEligibilitySchedule",
		modelProperties: {
			id: {
				serializedName: "id",
				readOnly: true,
				type: { name: "String" }
			},
			name: {
				serializedName: "name",
				readOnly: true,
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				readOnly: true,
				type: { name: "String" }
			},
			scope: {
				serializedName: "properties.scope",
				type: { name: "String" }
			},
			roleDefinitionId: {
				serializedName: "properties.roleDefinitionId",
				type: { name: "String" }
			},
			principalId: {
				serializedName: "properties.principalId",
				type: { name: "String" }
			},
			principalType: {
				serializedName: "properties.principalType",
				type: { name: "String" }
			},
			roleEligibilityScheduleRequestId: {
				serializedName: "properties.roleEligibilityScheduleRequestId",
				type: { name: "String" }
			},
			memberType: {
				serializedName: "properties.memberType",
				type: { name: "String" }
			},
			status: {
				serializedName: "properties.status",
				type: { name: "String" }
			},
			startDateTime: {
				serializedName: "properties.startDateTime",
				type: { name: "DateTime" }
			},
			endDateTime: {
				serializedName: "properties.endDateTime",
				type: { name: "DateTime" }
			},
			condition: {
				serializedName: "properties.condition",
				type: { name: "String" }
			},
			conditionVersion: {
				serializedName: "properties.conditionVersion",
				type: { name: "String" }
			},
			createdOn: {
				serializedName: "properties.createdOn",
				type: { name: "DateTime" }
			},
			updatedOn: {
				serializedName: "properties.updatedOn",
				type: { name: "DateTime" }
			},
			expandedProperties: {
				serializedName: "properties.expandedProperties",
				type: {
					name: "Composite",
					className: "ExpandedProperties"
				}
			}
		}
	} };
	const RoleEligibilityScheduleListResult = { type: {
		name: "Composite",
		className: "RoleEligibilityScheduleListResult",
		modelProperties: {
			value: {
				serializedName: "value",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "RoleEligibilitySchedule"
					} }
				}
			},
			nextLink: {
				serializedName: "nextLink",
				type: { name: "String" }
			}
		}
	} };
	const RoleEligibilityScheduleInstanceListResult = { type: {
		name: "Composite",
		className: "RoleEligibilityScheduleInstanceListResult",
		modelProperties: {
			value: {
				serializedName: "value",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "RoleEligibilityScheduleInstance"
					} }
				}
			},
			nextLink: {
				serializedName: "nextLink",
				type: { name: "String" }
			}
		}
	} };
	const RoleEligibilityScheduleInstance = { type: {
		name: "Composite",
		className: "RoleEligibilityScheduleInstance",
		modelProperties: {
			id: {
				serializedName: "id",
				readOnly: true,
				type: { name: "String" }
			},
			name: {
				serializedName: "name",
				readOnly: true,
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				readOnly: true,
				type: { name: "String" }
			},
			scope: {
				serializedName: "properties.scope",
				type: { name: "String" }
			},
			roleDefinitionId: {
				serializedName: "properties.roleDefinitionId",
				type: { name: "String" }
			},
			principalId: {
				serializedName: "properties.principalId",
				type: { name: "String" }
			},
			principalType: {
				serializedName: "properties.principalType",
				type: { name: "String" }
			},
			roleEligibilityScheduleId: {
				serializedName: "properties.roleEligibilityScheduleId",
				type: { name: "String" }
			},
			status: {
				serializedName: "properties.status",
				type: { name: "String" }
			},
			startDateTime: {
				serializedName: "properties.startDateTime",
				type: { name: "DateTime" }
			},
			endDateTime: {
				serializedName: "properties.endDateTime",
				type: { name: "DateTime" }
			},
			memberType: {
				serializedName: "properties.memberType",
				type: { name: "String" }
			},
			condition: {
				serializedName: "properties.condition",
				type: { name: "String" }
			},
			conditionVersion: {
				serializedName: "properties.conditionVersion",
				type: { name: "String" }
			},
			createdOn: {
				serializedName: "properties.createdOn",
				type: { name: "DateTime" }
			},
			expandedProperties: {
				serializedName: "properties.expandedProperties",
				type: {
					name: "Composite",
					className: "ExpandedProperties"
				}
			}
		}
	} };
	const RoleEligibilityScheduleRequest = { type: {
		name: "Composite",
		className: "RoleEligibilityScheduleRequest",
		modelProperties: {
			id: {
				serializedName: "id",
				readOnly: true,
				type: { name: "String" }
			},
			name: {
				serializedName: "name",
				readOnly: true,
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				readOnly: true,
				type: { name: "String" }
			},
			scope: {
				serializedName: "properties.scope",
				readOnly: true,
				type: { name: "String" }
			},
			roleDefinitionId: {
				serializedName: "properties.roleDefinitionId",
				type: { name: "String" }
			},
			principalId: {
				serializedName: "properties.principalId",
				type: { name: "String" }
			},
			principalType: {
				serializedName: "properties.principalType",
				readOnly: true,
				type: { name: "String" }
			},
			requestType: {
				serializedName: "properties.requestType",
				type: { name: "String" }
			},
			status: {
				serializedName: "properties.status",
				readOnly: true,
				type: { name: "String" }
			},
			approvalId: {
				serializedName: "properties.approvalId",
				readOnly: true,
				type: { name: "String" }
			},
			scheduleInfo: {
				serializedName: "properties.scheduleInfo",
				type: {
					name: "Composite",
					className: "RoleEligibilityScheduleRequestPropertiesScheduleInfo"
				}
			},
			targetRoleEligibilityScheduleId: {
				serializedName: "properties.targetRoleEligibilityScheduleId",
				type: { name: "String" }
			},
			targetRoleEligibilityScheduleInstanceId: {
				serializedName: "properties.targetRoleEligibilityScheduleInstanceId",
				type: { name: "String" }
			},
			justification: {
				serializedName: "properties.justification",
				type: { name: "String" }
			},
			ticketInfo: {
				serializedName: "properties.ticketInfo",
				type: {
					name: "Composite",
					className: "RoleEligibilityScheduleRequestPropertiesTicketInfo"
				}
			},
			condition: {
				serializedName: "properties.condition",
				type: { name: "String" }
			},
			conditionVersion: {
				serializedName: "properties.conditionVersion",
				type: { name: "String" }
			},
			createdOn: {
				serializedName: "properties.createdOn",
				readOnly: true,
				type: { name: "DateTime" }
			},
			requestorId: {
				serializedName: "properties.requestorId",
				readOnly: true,
				type: { name: "String" }
			},
			expandedProperties: {
				serializedName: "properties.expandedProperties",
				type: {
					name: "Composite",
					className: "ExpandedProperties"
				}
			}
		}
	} };
	const RoleEligibilityScheduleRequestPropertiesScheduleInfo = { type: {
		name: "Composite",
		className: "RoleEligibilityScheduleRequestPropertiesScheduleInfo",
		modelProperties: {
			startDateTime: {
				serializedName: "startDateTime",
				type: { name: "DateTime" }
			},
			expiration: {
				serializedName: "expiration",
				type: {
					name: "Composite",
					className: "RoleEligibilityScheduleRequestPropertiesScheduleInfoExpiration"
				}
			}
		}
	} };
	const RoleEligibilityScheduleRequestPropertiesScheduleInfoExpiration = { type: {
		name: "Composite",
		className: "RoleEligibilityScheduleRequestPropertiesScheduleInfoExpiration",
		modelProperties: {
			type: {
				serializedName: "type",
				type: { name: "String" }
			},
			endDateTime: {
				serializedName: "endDateTime",
				type: { name: "DateTime" }
			},
			duration: {
				serializedName: "duration",
				type: { name: "String" }
			}
		}
	} };
	const RoleEligibilityScheduleRequestPropertiesTicketInfo = { type: {
		name: "Composite",
		className: "RoleEligibilityScheduleRequestPropertiesTicketInfo",
		modelProperties: {
			ticketNumber: {
				serializedName: "ticketNumber",
				type: { name: "String" }
			},
			ticketSystem: {
				serializedName: "ticketSystem",
				type: { name: "String" }
			}
		}
	} };
	const RoleEligibilityScheduleRequestListResult = { type: {
		name: "Composite",
		className: "RoleEligibilityScheduleRequestListResult",
		modelProperties: {
			value: {
				serializedName: "value",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "RoleEligibilityScheduleRequest"
					} }
				}
			},
			nextLink: {
				serializedName: "nextLink",
				type: { name: "String" }
			}
		}
	} };
	const RoleManagementPolicy = { type: {
		name: "Composite",
		className: "RoleManagementPolicy",
		modelProperties: {
			id: {
				serializedName: "id",
				readOnly: true,
				type: { name: "String" }
			},
			name: {
				serializedName: "name",
				readOnly: true,
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				readOnly: true,
				type: { name: "String" }
			},
			scope: {
				serializedName: "properties.scope",
				type: { name: "String" }
			},
			displayName: {
				serializedName: "properties.displayName",
				type: { name: "String" }
			},
			description: {
				serializedName: "properties.description",
				type: { name: "String" }
			},
			isOrganizationDefault: {
				serializedName: "properties.isOrganizationDefault",
				type: { name: "Boolean" }
			},
			lastModifiedBy: {
				serializedName: "properties.lastModifiedBy",
				type: {
					name: "Composite",
					className: "Principal"
				}
			},
			lastModifiedDateTime: {
				serializedName: "properties.lastModifiedDateTime",
				readOnly: true,
				type: { name: "DateTime" }
			},
			rules: {
				serializedName: "properties.rules",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "RoleManagementPolicyRule"
					} }
				}
			},
			effectiveRules: {
				serializedName: "properties.effectiveRules",
				readOnly: true,
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "RoleManagementPolicyRule"
					} }
				}
			},
			policyProperties: {
				serializedName: "properties.policyProperties",
				type: {
					name: "Composite",
					className: "PolicyProperties"
				}
			}
		}
	} };
	const RoleManagementPolicyRule = { type: {
		name: "Composite",
		className: "RoleManagementPolicyRule",
		uberParent: "RoleManagementPolicyRule",
		polymorphicDiscriminator: {
			serializedName: "ruleType",
			clientName: "ruleType"
		},
		modelProperties: {
			id: {
				serializedName: "id",
				type: { name: "String" }
			},
			ruleType: {
				serializedName: "ruleType",
				required: true,
				type: { name: "String" }
			},
			target: {
				serializedName: "target",
				type: {
					name: "Composite",
					className: "RoleManagementPolicyRuleTarget"
				}
			}
		}
	} };
	const RoleManagementPolicyRuleTarget = { type: {
		name: "Composite",
		className: "RoleManagementPolicyRuleTarget",
		modelProperties: {
			caller: {
				serializedName: "caller",
				type: { name: "String" }
			},
			operations: {
				serializedName: "operations",
				type: {
					name: "Sequence",
					element: { type: { name: "String" } }
				}
			},
			level: {
				serializedName: "level",
				type: { name: "String" }
			},
			targetObjects: {
				serializedName: "targetObjects",
				type: {
					name: "Sequence",
					element: { type: { name: "String" } }
				}
			},
			inheritableSettings: {
				serializedName: "inheritableSettings",
				type: {
					name: "Sequence",
					element: { type: { name: "String" } }
				}
			},
			enforcedSettings: {
				serializedName: "enforcedSettings",
				type: {
					name: "Sequence",
					element: { type: { name: "String" } }
				}
			}
		}
	} };
	const PolicyProperties = { type: {
		name: "Composite",
		className: "PolicyProperties",
		modelProperties: { scope: {
			serializedName: "scope",
			type: {
				name: "Composite",
				className: "PolicyPropertiesScope"
			}
		} }
	} };
	const PolicyPropertiesScope = { type: {
		name: "Composite",
		className: "PolicyPropertiesScope",
		modelProperties: {
			id: {
				serializedName: "id",
				type: { name: "String" }
			},
			displayName: {
				serializedName: "displayName",
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				type: { name: "String" }
			}
		}
	} };
	const RoleManagementPolicyListResult = { type: {
		name: "Composite",
		className: "RoleManagementPolicyListResult",
		modelProperties: {
			value: {
				serializedName: "value",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "RoleManagementPolicy"
					} }
				}
			},
			nextLink: {
				serializedName: "nextLink",
				type: { name: "String" }
			}
		}
	} };
	const RoleManagementPolicyAssignment = { type: {
		name: "Composite",
		className: "RoleManagementPolicyAssignment",
		modelProperties: {
			id: {
				serializedName: "id",
				readOnly: true,
				type: { name: "String" }
			},
			name: {
				serializedName: "name",
				readOnly: true,
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				readOnly: true,
				type: { name: "String" }
			},
			scope: {
				serializedName: "properties.scope",
				type: { name: "String" }
			},
			roleDefinitionId: {
				serializedName: "properties.roleDefinitionId",
				type: { name: "String" }
			},
			policyId: {
				serializedName: "properties.policyId",
				type: { name: "String" }
			},
			effectiveRules: {
				serializedName: "properties.effectiveRules",
				readOnly: true,
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "RoleManagementPolicyRule"
					} }
				}
			},
			policyAssignmentProperties: {
				serializedName: "properties.policyAssignmentProperties",
				type: {
					name: "Composite",
					className: "PolicyAssignmentProperties"
				}
			}
		}
	} };
	const PolicyAssignmentProperties = { type: {
		name: "Composite",
		className: "PolicyAssignmentProperties",
		modelProperties: {
			scope: {
				serializedName: "scope",
				type: {
					name: "Composite",
					className: "PolicyAssignmentPropertiesScope"
				}
			},
			roleDefinition: {
				serializedName: "roleDefinition",
				type: {
					name: "Composite",
					className: "PolicyAssignmentPropertiesRoleDefinition"
				}
			},
			policy: {
				serializedName: "policy",
				type: {
					name: "Composite",
					className: "PolicyAssignmentPropertiesPolicy"
				}
			}
		}
	} };
	const PolicyAssignmentPropertiesScope = { type: {
		name: "Composite",
		className: "PolicyAssignmentPropertiesScope",
		modelProperties: {
			id: {
				serializedName: "id",
				type: { name: "String" }
			},
			displayName: {
				serializedName: "displayName",
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				type: { name: "String" }
			}
		}
	} };
	const PolicyAssignmentPropertiesRoleDefinition = { type: {
		name: "Composite",
		className: "PolicyAssignmentPropertiesRoleDefinition",
		modelProperties: {
			id: {
				serializedName: "id",
				type: { name: "String" }
			},
			displayName: {
				serializedName: "displayName",
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				type: { name: "String" }
			}
		}
	} };
	const PolicyAssignmentPropertiesPolicy = { type: {
		name: "Composite",
		className: "PolicyAssignmentPropertiesPolicy",
		modelProperties: {
			id: {
				serializedName: "id",
				type: { name: "String" }
			},
			lastModifiedBy: {
				serializedName: "lastModifiedBy",
				type: {
					name: "Composite",
					className: "Principal"
				}
			},
			lastModifiedDateTime: {
				serializedName: "lastModifiedDateTime",
				type: { name: "DateTime" }
			}
		}
	} };
	const RoleManagementPolicyAssignmentListResult = { type: {
		name: "Composite",
		className: "RoleManagementPolicyAssignmentListResult",
		modelProperties: {
			value: {
				serializedName: "value",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "RoleManagementPolicyAssignment"
					} }
				}
			},
			nextLink: {
				serializedName: "nextLink",
				type: { name: "String" }
			}
		}
	} };
	const DenyAssignmentFilter = { type: {
		name: "Composite",
		className: "DenyAssignmentFilter",
		modelProperties: {
			denyAssignmentName: {
				serializedName: "denyAssignmentName",
				type: { name: "String" }
			},
			principalId: {
				serializedName: "principalId",
				type: { name: "String" }
			},
			gdprExportPrincipalId: {
				serializedName: "gdprExportPrincipalId",
				type: { name: "String" }
			}
		}
	} };
	const ValidationResponseErrorInfo = { type: {
		name: "Composite",
		className: "ValidationResponseErrorInfo",
		modelProperties: {
			code: {
				serializedName: "code",
				readOnly: true,
				type: { name: "String" }
			},
			message: {
				serializedName: "message",
				readOnly: true,
				type: { name: "String" }
			}
		}
	} };
	const ValidationResponse = { type: {
		name: "Composite",
		className: "ValidationResponse",
		modelProperties: {
			isValid: {
				serializedName: "isValid",
				readOnly: true,
				type: { name: "Boolean" }
			},
			errorInfo: {
				serializedName: "errorInfo",
				type: {
					name: "Composite",
					className: "ValidationResponseErrorInfo"
				}
			}
		}
	} };
	const RoleAssignmentFilter = { type: {
		name: "Composite",
		className: "RoleAssignmentFilter",
		modelProperties: { principalId: {
			serializedName: "principalId",
			type: { name: "String" }
		} }
	} };
	const RoleDefinitionFilter = { type: {
		name: "Composite",
		className: "RoleDefinitionFilter",
		modelProperties: {
			roleName: {
				serializedName: "roleName",
				type: { name: "String" }
			},
			type: {
				serializedName: "type",
				type: { name: "String" }
			}
		}
	} };
	const ApprovalSettings = { type: {
		name: "Composite",
		className: "ApprovalSettings",
		modelProperties: {
			isApprovalRequired: {
				serializedName: "isApprovalRequired",
				type: { name: "Boolean" }
			},
			isApprovalRequiredForExtension: {
				serializedName: "isApprovalRequiredForExtension",
				type: { name: "Boolean" }
			},
			isRequestorJustificationRequired: {
				serializedName: "isRequestorJustificationRequired",
				type: { name: "Boolean" }
			},
			approvalMode: {
				serializedName: "approvalMode",
				type: { name: "String" }
			},
			approvalStages: {
				serializedName: "approvalStages",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "ApprovalStage"
					} }
				}
			}
		}
	} };
	const ApprovalStage = { type: {
		name: "Composite",
		className: "ApprovalStage",
		modelProperties: {
			approvalStageTimeOutInDays: {
				serializedName: "approvalStageTimeOutInDays",
				type: { name: "Number" }
			},
			isApproverJustificationRequired: {
				serializedName: "isApproverJustificationRequired",
				type: { name: "Boolean" }
			},
			escalationTimeInMinutes: {
				serializedName: "escalationTimeInMinutes",
				type: { name: "Number" }
			},
			primaryApprovers: {
				serializedName: "primaryApprovers",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "UserSet"
					} }
				}
			},
			isEscalationEnabled: {
				serializedName: "isEscalationEnabled",
				type: { name: "Boolean" }
			},
			escalationApprovers: {
				serializedName: "escalationApprovers",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "UserSet"
					} }
				}
			}
		}
	} };
	const UserSet = { type: {
		name: "Composite",
		className: "UserSet",
		modelProperties: {
			userType: {
				serializedName: "userType",
				type: { name: "String" }
			},
			isBackup: {
				serializedName: "isBackup",
				type: { name: "Boolean" }
			},
			id: {
				serializedName: "id",
				type: { name: "String" }
			},
			description: {
				serializedName: "description",
				type: { name: "String" }
			}
		}
	} };
	const RoleAssignmentScheduleFilter = { type: {
		name: "Composite",
		className: "RoleAssignmentScheduleFilter",
		modelProperties: {
			principalId: {
				serializedName: "principalId",
				type: { name: "String" }
			},
			roleDefinitionId: {
				serializedName: "roleDefinitionId",
				type: { name: "String" }
			},
			status: {
				serializedName: "status",
				type: { name: "String" }
			}
		}
	} };
	const RoleAssignmentScheduleInstanceFilter = { type: {
		name: "Composite",
		className: "RoleAssignmentScheduleInstanceFilter",
		modelProperties: {
			principalId: {
				serializedName: "principalId",
				type: { name: "String" }
			},
			roleDefinitionId: {
				serializedName: "roleDefinitionId",
				type: { name: "String" }
			},
			status: {
				serializedName: "status",
				type: { name: "String" }
			},
			roleAssignmentScheduleId: {
				serializedName: "roleAssignmentScheduleId",
				type: { name: "String" }
			}
		}
	} };
	const RoleAssignmentScheduleRequestFilter = { type: {
		name: "Composite",
		className: "RoleAssignmentScheduleRequestFilter",
		modelProperties: {
			principalId: {
				serializedName: "principalId",
				type: { name: "String" }
			},
			roleDefinitionId: {
				serializedName: "roleDefinitionId",
				type: { name: "String" }
			},
			requestorId: {
				serializedName: "requestorId",
				type: { name: "String" }
			},
			status: {
				serializedName: "status",
				type: { name: "String" }
			}
		}
	} };
	const RoleEligibilityScheduleFilter = { type: {
		name: "Composite",
		className: "RoleEligibilityScheduleFilter",
		modelProperties: {
			principalId: {
				serializedName: "principalId",
				type: { name: "String" }
			},
			roleDefinitionId: {
				serializedName: "roleDefinitionId",
				type: { name: "String" }
			},
			status: {
				serializedName: "status",
				type: { name: "String" }
			}
		}
	} };
	const RoleEligibilityScheduleInstanceFilter = { type: {
		name: "Composite",
		className: "RoleEligibilityScheduleInstanceFilter",
		modelProperties: {
			principalId: {
				serializedName: "principalId",
				type: { name: "String" }
			},
			roleDefinitionId: {
				serializedName: "roleDefinitionId",
				type: { name: "String" }
			},
			status: {
				serializedName: "status",
				type: { name: "String" }
			},
			roleEligibilityScheduleId: {
				serializedName: "roleEligibilityScheduleId",
				type: { name: "String" }
			}
		}
	} };
	const RoleEligibilityScheduleRequestFilter = { type: {
		name: "Composite",
		className: "RoleEligibilityScheduleRequestFilter",
		modelProperties: {
			principalId: {
				serializedName: "principalId",
				type: { name: "String" }
			},
			roleDefinitionId: {
				serializedName: "roleDefinitionId",
				type: { name: "String" }
			},
			requestorId: {
				serializedName: "requestorId",
				type: { name: "String" }
			},
			status: {
				serializedName: "status",
				type: { name: "String" }
			}
		}
	} };
	const RoleManagementPolicyApprovalRule = {
		serializedName: "RoleManagementPolicyApprovalRule",
		type: {
			name: "Composite",
			className: "RoleManagementPolicyApprovalRule",
			uberParent: "RoleManagementPolicyRule",
			polymorphicDiscriminator: RoleManagementPolicyRule.type.polymorphicDiscriminator,
			modelProperties: Object.assign(Object.assign({}, RoleManagementPolicyRule.type.modelProperties), { setting: {
				serializedName: "setting",
				type: {
					name: "Composite",
					className: "ApprovalSettings"
				}
			} })
		}
	};
	const RoleManagementPolicyAuthenticationContextRule = {
		serializedName: "RoleManagementPolicyAuthenticationContextRule",
		type: {
			name: "Composite",
			className: "RoleManagementPolicyAuthenticationContextRule",
			uberParent: "RoleManagementPolicyRule",
			polymorphicDiscriminator: RoleManagementPolicyRule.type.polymorphicDiscriminator,
			modelProperties: Object.assign(Object.assign({}, RoleManagementPolicyRule.type.modelProperties), {
				isEnabled: {
					serializedName: "isEnabled",
					type: { name: "Boolean" }
				},
				claimValue: {
					serializedName: "claimValue",
					type: { name: "String" }
				}
			})
		}
	};
	const RoleManagementPolicyEnablementRule = {
		serializedName: "RoleManagementPolicyEnablementRule",
		type: {
			name: "Composite",
			className: "RoleManagementPolicyEnablementRule",
			uberParent: "RoleManagementPolicyRule",
			polymorphicDiscriminator: RoleManagementPolicyRule.type.polymorphicDiscriminator,
			modelProperties: Object.assign(Object.assign({}, RoleManagementPolicyRule.type.modelProperties), { enabledRules: {
				serializedName: "enabledRules",
				type: {
					name: "Sequence",
					element: { type: { name: "String" } }
				}
			} })
		}
	};
	const RoleManagementPolicyExpirationRule = {
		serializedName: "RoleManagementPolicyExpirationRule",
		type: {
			name: "Composite",
			className: "RoleManagementPolicyExpirationRule",
			uberParent: "RoleManagementPolicyRule",
			polymorphicDiscriminator: RoleManagementPolicyRule.type.polymorphicDiscriminator,
			modelProperties: Object.assign(Object.assign({}, RoleManagementPolicyRule.type.modelProperties), {
				isExpirationRequired: {
					serializedName: "isExpirationRequired",
					type: { name: "Boolean" }
				},
				maximumDuration: {
					serializedName: "maximumDuration",
					type: { name: "String" }
				}
			})
		}
	};
	const RoleManagementPolicyNotificationRule = {
		serializedName: "RoleManagementPolicyNotificationRule",
		type: {
			name: "Composite",
			className: "RoleManagementPolicyNotificationRule",
			uberParent: "RoleManagementPolicyRule",
			polymorphicDiscriminator: RoleManagementPolicyRule.type.polymorphicDiscriminator,
			modelProperties: Object.assign(Object.assign({}, RoleManagementPolicyRule.type.modelProperties), {
				notificationType: {
					serializedName: "notificationType",
					type: { name: "String" }
				},
				notificationLevel: {
					serializedName: "notificationLevel",
					type: { name: "String" }
				},
				recipientType: {
					serializedName: "recipientType",
					type: { name: "String" }
				},
				notificationRecipients: {
					serializedName: "notificationRecipients",
					type: {
						name: "Sequence",
						element: { type: { name: "String" } }
					}
				},
				isDefaultRecipientsEnabled: {
					serializedName: "isDefaultRecipientsEnabled",
					type: { name: "Boolean" }
				}
			})
		}
	};
	let discriminators = {
		RoleManagementPolicyRule,
		"RoleManagementPolicyRule.RoleManagementPolicyApprovalRule": RoleManagementPolicyApprovalRule,
		"RoleManagementPolicyRule.RoleManagementPolicyAuthenticationContextRule": RoleManagementPolicyAuthenticationContextRule,
		"RoleManagementPolicyRule.RoleManagementPolicyEnablementRule": RoleManagementPolicyEnablementRule,
		"RoleManagementPolicyRule.RoleManagementPolicyExpirationRule": RoleManagementPolicyExpirationRule,
		"RoleManagementPolicyRule.RoleManagementPolicyNotificationRule": RoleManagementPolicyNotificationRule
	};
	const accept = {
		parameterPath: "accept",
		mapper: {
			defaultValue: "application/json",
			isConstant: true,
			serializedName: "Accept",
			type: { name: "String" }
		}
	};
	const $host = {
		parameterPath: "$host",
		mapper: {
			serializedName: "$host",
			required: true,
			type: { name: "String" }
		},
		skipEncoding: true
	};
	const apiVersion = {
		parameterPath: "apiVersion",
		mapper: {
			defaultValue: "2015-07-01",
			isConstant: true,
			serializedName: "api-version",
			type: { name: "String" }
		}
	};
	const subscriptionId = {
		parameterPath: "subscriptionId",
		mapper: {
			constraints: { MinLength: 1 },
			serializedName: "subscriptionId",
			required: true,
			type: { name: "String" }
		}
	};
	const nextLink = {
		parameterPath: "nextLink",
		mapper: {
			serializedName: "nextLink",
			required: true,
			type: { name: "String" }
		},
		skipEncoding: true
	};
	const resourceGroupName = {
		parameterPath: "resourceGroupName",
		mapper: {
			constraints: {
				MaxLength: 90,
				MinLength: 1
			},
			serializedName: "resourceGroupName",
			required: true,
			type: { name: "String" }
		}
	};
	const resourceProviderNamespace = {
		parameterPath: "resourceProviderNamespace",
		mapper: {
			serializedName: "resourceProviderNamespace",
			required: true,
			type: { name: "String" }
		},
		skipEncoding: true
	};
	const parentResourcePath = {
		parameterPath: "parentResourcePath",
		mapper: {
			serializedName: "parentResourcePath",
			required: true,
			type: { name: "String" }
		},
		skipEncoding: true
	};
	const resourceType = {
		parameterPath: "resourceType",
		mapper: {
			serializedName: "resourceType",
			required: true,
			type: { name: "String" }
		},
		skipEncoding: true
	};
	const resourceName = {
		parameterPath: "resourceName",
		mapper: {
			serializedName: "resourceName",
			required: true,
			type: { name: "String" }
		}
	};
	const apiVersion1 = {
		parameterPath: "apiVersion",
		mapper: {
			defaultValue: "2022-04-01",
			isConstant: true,
			serializedName: "api-version",
			type: { name: "String" }
		}
	};
	const filter = {
		parameterPath: ["options", "filter"],
		mapper: {
			serializedName: "$filter",
			type: { name: "String" }
		}
	};
	const scope = {
		parameterPath: "scope",
		mapper: {
			serializedName: "scope",
			required: true,
			type: { name: "String" }
		},
		skipEncoding: true
	};
	const denyAssignmentId = {
		parameterPath: "denyAssignmentId",
		mapper: {
			serializedName: "denyAssignmentId",
			required: true,
			type: { name: "String" }
		}
	};
	const denyAssignmentId1 = {
		parameterPath: "denyAssignmentId",
		mapper: {
			serializedName: "denyAssignmentId",
			required: true,
			type: { name: "String" }
		},
		skipEncoding: true
	};
	const expand = {
		parameterPath: ["options", "expand"],
		mapper: {
			defaultValue: "resourceTypes",
			serializedName: "$expand",
			type: { name: "String" }
		}
	};
	const filter1 = {
		parameterPath: ["options", "filter"],
		mapper: {
			serializedName: "$filter",
			type: { name: "String" }
		},
		skipEncoding: true
	};
	const tenantId = {
		parameterPath: ["options", "tenantId"],
		mapper: {
			serializedName: "tenantId",
			type: { name: "String" }
		}
	};
	const resourceName1 = {
		parameterPath: "resourceName",
		mapper: {
			serializedName: "resourceName",
			required: true,
			type: { name: "String" }
		},
		skipEncoding: true
	};
	const roleAssignmentName = {
		parameterPath: "roleAssignmentName",
		mapper: {
			serializedName: "roleAssignmentName",
			required: true,
			type: { name: "String" }
		},
		skipEncoding: true
	};
	const contentType = {
		parameterPath: ["options", "contentType"],
		mapper: {
			defaultValue: "application/json",
			isConstant: true,
			serializedName: "Content-Type",
			type: { name: "String" }
		}
	};
	const parameters = {
		parameterPath: "parameters",
		mapper: RoleAssignmentCreateParameters
	};
	const skipToken = {
		parameterPath: ["options", "skipToken"],
		mapper: {
			serializedName: "$skipToken",
			type: { name: "String" }
		},
		skipEncoding: true
	};
	const roleAssignmentId = {
		parameterPath: "roleAssignmentId",
		mapper: {
			serializedName: "roleAssignmentId",
			required: true,
			type: { name: "String" }
		},
		skipEncoding: true
	};
	const roleDefinitionId = {
		parameterPath: "roleDefinitionId",
		mapper: {
			serializedName: "roleDefinitionId",
			required: true,
			type: { name: "String" }
		}
	};
	const roleDefinition = {
		parameterPath: "roleDefinition",
		mapper: RoleDefinition
	};
	const roleId = {
		parameterPath: "roleId",
		mapper: {
			serializedName: "roleId",
			required: true,
			type: { name: "String" }
		},
		skipEncoding: true
	};
	const apiVersion2 = {
		parameterPath: "apiVersion",
		mapper: {
			defaultValue: "2020-10-01",
			isConstant: true,
			serializedName: "api-version",
			type: { name: "String" }
		}
	};
	const roleAssignmentScheduleName = {
		parameterPath: "roleAssignmentScheduleName",
		mapper: {
			serializedName: "roleAssignmentScheduleName",
			required: true,
			type: { name: "String" }
		}
	};
	const roleAssignmentScheduleInstanceName = {
		parameterPath: "roleAssignmentScheduleInstanceName",
		mapper: {
			serializedName: "roleAssignmentScheduleInstanceName",
			required: true,
			type: { name: "String" }
		}
	};
	const parameters1 = {
		parameterPath: "parameters",
		mapper: RoleAssignmentScheduleRequest
	};
	const roleAssignmentScheduleRequestName = {
		parameterPath: "roleAssignmentScheduleRequestName",
		mapper: {
			serializedName: "roleAssignmentScheduleRequestName",
			required: true,
			type: { name: "String" }
		}
	};
	const roleEligibilityScheduleName = {
		parameterPath: "roleEligibilityScheduleName",
		mapper: {
			serializedName: "roleEligibilityScheduleName",
			required: true,
			type: { name: "String" }
		}
	};
	const roleEligibilityScheduleInstanceName = {
		parameterPath: "roleEligibilityScheduleInstanceName",
		mapper: {
			serializedName: "roleEligibilityScheduleInstanceName",
			required: true,
			type: { name: "String" }
		}
	};
	const parameters2 = {
		parameterPath: "parameters",
		mapper: RoleEligibilityScheduleRequest
	};
	const roleEligibilityScheduleRequestName = {
		parameterPath: "roleEligibilityScheduleRequestName",
		mapper: {
			serializedName: "roleEligibilityScheduleRequestName",
			required: true,
			type: { name: "String" }
		}
	};
	const roleManagementPolicyName = {
		parameterPath: "roleManagementPolicyName",
		mapper: {
			serializedName: "roleManagementPolicyName",
			required: true,
			type: { name: "String" }
		}
	};
	const parameters3 = {
		parameterPath: "parameters",
		mapper: RoleManagementPolicy
	};
	const roleManagementPolicyAssignmentName = {
		parameterPath: "roleManagementPolicyAssignmentName",
		mapper: {
			serializedName: "roleManagementPolicyAssignmentName",
			required: true,
			type: { name: "String" }
		}
	};
	const parameters4 = {
		parameterPath: "parameters",
		mapper: RoleManagementPolicyAssignment
	};
	var ClassicAdministratorsImpl = class {
		constructor(client) {
			this.client = client;
		}
		list(options) {
			const iter = this.listPagingAll(options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listPagingPage(options, settings);
				}
			};
		}
		listPagingPage(options, settings) {
			return __asyncGenerator(this, arguments, function* listPagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._list(options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listNext(continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listPagingAll(options) {
			return __asyncGenerator(this, arguments, function* listPagingAll_1() {
				var e_1, _a;
				try {
					for (var _b = __asyncValues(this.listPagingPage(options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_1_1) {
					e_1 = { error: e_1_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_1) throw e_1.error;
					}
				}
			});
		}
		_list(options) {
			return this.client.sendOperationRequest({ options }, listOperationSpec$3);
		}
		_listNext(nextLink, options) {
			return this.client.sendOperationRequest({
				nextLink,
				options
			}, listNextOperationSpec$3);
		}
	};
	const serializer$15 = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const listOperationSpec$3 = {
		path: "/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/classicAdministrators",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: ClassicAdministratorListResult },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion],
		urlParameters: [$host, subscriptionId],
		headerParameters: [accept],
		serializer: serializer$15
	};
	const listNextOperationSpec$3 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: ClassicAdministratorListResult },
			default: { bodyMapper: ErrorResponse }
		},
		urlParameters: [
			$host,
			subscriptionId,
			nextLink
		],
		headerParameters: [accept],
		serializer: serializer$15
	};
	var GlobalAdministratorImpl = class {
		constructor(client) {
			this.client = client;
		}
		elevateAccess(options) {
			return this.client.sendOperationRequest({ options }, elevateAccessOperationSpec);
		}
	};
	const serializer$14 = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const elevateAccessOperationSpec = {
		path: "/providers/Microsoft.Authorization/elevateAccess",
		httpMethod: "POST",
		responses: {
			200: {},
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion],
		urlParameters: [$host],
		headerParameters: [accept],
		serializer: serializer$14
	};
	var DenyAssignmentsImpl = class {
		constructor(client) {
			this.client = client;
		}
		listForResource(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options) {
			const iter = this.listForResourcePagingAll(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options, settings);
				}
			};
		}
		listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options, settings) {
			return __asyncGenerator(this, arguments, function* listForResourcePagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForResource(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForResourceNext(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForResourcePagingAll(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options) {
			return __asyncGenerator(this, arguments, function* listForResourcePagingAll_1() {
				var e_1, _a;
				try {
					for (var _b = __asyncValues(this.listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_1_1) {
					e_1 = { error: e_1_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_1) throw e_1.error;
					}
				}
			});
		}
		listForResourceGroup(resourceGroupName, options) {
			const iter = this.listForResourceGroupPagingAll(resourceGroupName, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForResourceGroupPagingPage(resourceGroupName, options, settings);
				}
			};
		}
		listForResourceGroupPagingPage(resourceGroupName, options, settings) {
			return __asyncGenerator(this, arguments, function* listForResourceGroupPagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForResourceGroup(resourceGroupName, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForResourceGroupNext(resourceGroupName, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForResourceGroupPagingAll(resourceGroupName, options) {
			return __asyncGenerator(this, arguments, function* listForResourceGroupPagingAll_1() {
				var e_2, _a;
				try {
					for (var _b = __asyncValues(this.listForResourceGroupPagingPage(resourceGroupName, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_2_1) {
					e_2 = { error: e_2_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_2) throw e_2.error;
					}
				}
			});
		}
		list(options) {
			const iter = this.listPagingAll(options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listPagingPage(options, settings);
				}
			};
		}
		listPagingPage(options, settings) {
			return __asyncGenerator(this, arguments, function* listPagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._list(options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listNext(continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listPagingAll(options) {
			return __asyncGenerator(this, arguments, function* listPagingAll_1() {
				var e_3, _a;
				try {
					for (var _b = __asyncValues(this.listPagingPage(options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_3_1) {
					e_3 = { error: e_3_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_3) throw e_3.error;
					}
				}
			});
		}
		listForScope(scope, options) {
			const iter = this.listForScopePagingAll(scope, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForScopePagingPage(scope, options, settings);
				}
			};
		}
		listForScopePagingPage(scope, options, settings) {
			return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForScope(scope, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForScopeNext(scope, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForScopePagingAll(scope, options) {
			return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
				var e_4, _a;
				try {
					for (var _b = __asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_4_1) {
					e_4 = { error: e_4_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_4) throw e_4.error;
					}
				}
			});
		}
		_listForResource(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options) {
			return this.client.sendOperationRequest({
				resourceGroupName,
				resourceProviderNamespace,
				parentResourcePath,
				resourceType,
				resourceName,
				options
			}, listForResourceOperationSpec$2);
		}
		_listForResourceGroup(resourceGroupName, options) {
			return this.client.sendOperationRequest({
				resourceGroupName,
				options
			}, listForResourceGroupOperationSpec$2);
		}
		_list(options) {
			return this.client.sendOperationRequest({ options }, listOperationSpec$2);
		}
		get(scope, denyAssignmentId, options) {
			return this.client.sendOperationRequest({
				scope,
				denyAssignmentId,
				options
			}, getOperationSpec$12);
		}
		getById(denyAssignmentId, options) {
			return this.client.sendOperationRequest({
				denyAssignmentId,
				options
			}, getByIdOperationSpec$2);
		}
		_listForScope(scope, options) {
			return this.client.sendOperationRequest({
				scope,
				options
			}, listForScopeOperationSpec$9);
		}
		_listForResourceNext(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, nextLink, options) {
			return this.client.sendOperationRequest({
				resourceGroupName,
				resourceProviderNamespace,
				parentResourcePath,
				resourceType,
				resourceName,
				nextLink,
				options
			}, listForResourceNextOperationSpec$2);
		}
		_listForResourceGroupNext(resourceGroupName, nextLink, options) {
			return this.client.sendOperationRequest({
				resourceGroupName,
				nextLink,
				options
			}, listForResourceGroupNextOperationSpec$2);
		}
		_listNext(nextLink, options) {
			return this.client.sendOperationRequest({
				nextLink,
				options
			}, listNextOperationSpec$2);
		}
		_listForScopeNext(scope, nextLink, options) {
			return this.client.sendOperationRequest({
				scope,
				nextLink,
				options
			}, listForScopeNextOperationSpec$9);
		}
	};
	const serializer$13 = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const listForResourceOperationSpec$2 = {
		path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/{resourceProviderNamespace}/{parentResourcePath}/{resourceType}/{resourceName}/providers/Microsoft.Authorization/denyAssignments",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: DenyAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1, filter],
		urlParameters: [
			$host,
			subscriptionId,
			resourceGroupName,
			resourceProviderNamespace,
			parentResourcePath,
			resourceType,
			resourceName
		],
		headerParameters: [accept],
		serializer: serializer$13
	};
	const listForResourceGroupOperationSpec$2 = {
		path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Authorization/denyAssignments",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: DenyAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1, filter],
		urlParameters: [
			$host,
			subscriptionId,
			resourceGroupName
		],
		headerParameters: [accept],
		serializer: serializer$13
	};
	const listOperationSpec$2 = {
		path: "/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/denyAssignments",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: DenyAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1, filter],
		urlParameters: [$host, subscriptionId],
		headerParameters: [accept],
		serializer: serializer$13
	};
	const getOperationSpec$12 = {
		path: "/{scope}/providers/Microsoft.Authorization/denyAssignments/{denyAssignmentId}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: DenyAssignment },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1],
		urlParameters: [
			$host,
			scope,
			denyAssignmentId
		],
		headerParameters: [accept],
		serializer: serializer$13
	};
	const getByIdOperationSpec$2 = {
		path: "/{denyAssignmentId}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: DenyAssignment },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1],
		urlParameters: [$host, denyAssignmentId1],
		headerParameters: [accept],
		serializer: serializer$13
	};
	const listForScopeOperationSpec$9 = {
		path: "/{scope}/providers/Microsoft.Authorization/denyAssignments",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: DenyAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1, filter],
		urlParameters: [$host, scope],
		headerParameters: [accept],
		serializer: serializer$13
	};
	const listForResourceNextOperationSpec$2 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: DenyAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		urlParameters: [
			$host,
			subscriptionId,
			nextLink,
			resourceGroupName,
			resourceProviderNamespace,
			parentResourcePath,
			resourceType,
			resourceName
		],
		headerParameters: [accept],
		serializer: serializer$13
	};
	const listForResourceGroupNextOperationSpec$2 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: DenyAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		urlParameters: [
			$host,
			subscriptionId,
			nextLink,
			resourceGroupName
		],
		headerParameters: [accept],
		serializer: serializer$13
	};
	const listNextOperationSpec$2 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: DenyAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		urlParameters: [
			$host,
			subscriptionId,
			nextLink
		],
		headerParameters: [accept],
		serializer: serializer$13
	};
	const listForScopeNextOperationSpec$9 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: DenyAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		urlParameters: [
			$host,
			nextLink,
			scope
		],
		headerParameters: [accept],
		serializer: serializer$13
	};
	var ProviderOperationsMetadataOperationsImpl = class {
		constructor(client) {
			this.client = client;
		}
		list(options) {
			const iter = this.listPagingAll(options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listPagingPage(options, settings);
				}
			};
		}
		listPagingPage(options, settings) {
			return __asyncGenerator(this, arguments, function* listPagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._list(options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listNext(continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listPagingAll(options) {
			return __asyncGenerator(this, arguments, function* listPagingAll_1() {
				var e_1, _a;
				try {
					for (var _b = __asyncValues(this.listPagingPage(options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_1_1) {
					e_1 = { error: e_1_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_1) throw e_1.error;
					}
				}
			});
		}
		get(resourceProviderNamespace, options) {
			return this.client.sendOperationRequest({
				resourceProviderNamespace,
				options
			}, getOperationSpec$11);
		}
		_list(options) {
			return this.client.sendOperationRequest({ options }, listOperationSpec$1);
		}
		_listNext(nextLink, options) {
			return this.client.sendOperationRequest({
				nextLink,
				options
			}, listNextOperationSpec$1);
		}
	};
	const serializer$12 = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const getOperationSpec$11 = {
		path: "/providers/Microsoft.Authorization/providerOperations/{resourceProviderNamespace}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: ProviderOperationsMetadata },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1, expand],
		urlParameters: [$host, resourceProviderNamespace],
		headerParameters: [accept],
		serializer: serializer$12
	};
	const listOperationSpec$1 = {
		path: "/providers/Microsoft.Authorization/providerOperations",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: ProviderOperationsMetadataListResult },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1, expand],
		urlParameters: [$host],
		headerParameters: [accept],
		serializer: serializer$12
	};
	const listNextOperationSpec$1 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: ProviderOperationsMetadataListResult },
			default: { bodyMapper: ErrorResponse }
		},
		urlParameters: [$host, nextLink],
		headerParameters: [accept],
		serializer: serializer$12
	};
	var RoleAssignmentsImpl = class {
		constructor(client) {
			this.client = client;
		}
		listForSubscription(options) {
			const iter = this.listForSubscriptionPagingAll(options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForSubscriptionPagingPage(options, settings);
				}
			};
		}
		listForSubscriptionPagingPage(options, settings) {
			return __asyncGenerator(this, arguments, function* listForSubscriptionPagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForSubscription(options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForSubscriptionNext(continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForSubscriptionPagingAll(options) {
			return __asyncGenerator(this, arguments, function* listForSubscriptionPagingAll_1() {
				var e_1, _a;
				try {
					for (var _b = __asyncValues(this.listForSubscriptionPagingPage(options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_1_1) {
					e_1 = { error: e_1_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_1) throw e_1.error;
					}
				}
			});
		}
		listForResourceGroup(resourceGroupName, options) {
			const iter = this.listForResourceGroupPagingAll(resourceGroupName, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForResourceGroupPagingPage(resourceGroupName, options, settings);
				}
			};
		}
		listForResourceGroupPagingPage(resourceGroupName, options, settings) {
			return __asyncGenerator(this, arguments, function* listForResourceGroupPagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForResourceGroup(resourceGroupName, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForResourceGroupNext(resourceGroupName, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForResourceGroupPagingAll(resourceGroupName, options) {
			return __asyncGenerator(this, arguments, function* listForResourceGroupPagingAll_1() {
				var e_2, _a;
				try {
					for (var _b = __asyncValues(this.listForResourceGroupPagingPage(resourceGroupName, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_2_1) {
					e_2 = { error: e_2_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_2) throw e_2.error;
					}
				}
			});
		}
		listForResource(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, options) {
			const iter = this.listForResourcePagingAll(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, options, settings);
				}
			};
		}
		listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, options, settings) {
			return __asyncGenerator(this, arguments, function* listForResourcePagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForResource(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForResourceNext(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForResourcePagingAll(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, options) {
			return __asyncGenerator(this, arguments, function* listForResourcePagingAll_1() {
				var e_3, _a;
				try {
					for (var _b = __asyncValues(this.listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_3_1) {
					e_3 = { error: e_3_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_3) throw e_3.error;
					}
				}
			});
		}
		listForScope(scope, options) {
			const iter = this.listForScopePagingAll(scope, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForScopePagingPage(scope, options, settings);
				}
			};
		}
		listForScopePagingPage(scope, options, settings) {
			return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForScope(scope, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForScopeNext(scope, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForScopePagingAll(scope, options) {
			return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
				var e_4, _a;
				try {
					for (var _b = __asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_4_1) {
					e_4 = { error: e_4_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_4) throw e_4.error;
					}
				}
			});
		}
		_listForSubscription(options) {
			return this.client.sendOperationRequest({ options }, listForSubscriptionOperationSpec);
		}
		_listForResourceGroup(resourceGroupName, options) {
			return this.client.sendOperationRequest({
				resourceGroupName,
				options
			}, listForResourceGroupOperationSpec$1);
		}
		_listForResource(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, options) {
			return this.client.sendOperationRequest({
				resourceGroupName,
				resourceProviderNamespace,
				resourceType,
				resourceName,
				options
			}, listForResourceOperationSpec$1);
		}
		get(scope, roleAssignmentName, options) {
			return this.client.sendOperationRequest({
				scope,
				roleAssignmentName,
				options
			}, getOperationSpec$10);
		}
		create(scope, roleAssignmentName, parameters, options) {
			return this.client.sendOperationRequest({
				scope,
				roleAssignmentName,
				parameters,
				options
			}, createOperationSpec$3);
		}
		delete(scope, roleAssignmentName, options) {
			return this.client.sendOperationRequest({
				scope,
				roleAssignmentName,
				options
			}, deleteOperationSpec$3);
		}
		_listForScope(scope, options) {
			return this.client.sendOperationRequest({
				scope,
				options
			}, listForScopeOperationSpec$8);
		}
		getById(roleAssignmentId, options) {
			return this.client.sendOperationRequest({
				roleAssignmentId,
				options
			}, getByIdOperationSpec$1);
		}
		createById(roleAssignmentId, parameters, options) {
			return this.client.sendOperationRequest({
				roleAssignmentId,
				parameters,
				options
			}, createByIdOperationSpec);
		}
		deleteById(roleAssignmentId, options) {
			return this.client.sendOperationRequest({
				roleAssignmentId,
				options
			}, deleteByIdOperationSpec);
		}
		_listForSubscriptionNext(nextLink, options) {
			return this.client.sendOperationRequest({
				nextLink,
				options
			}, listForSubscriptionNextOperationSpec);
		}
		_listForResourceGroupNext(resourceGroupName, nextLink, options) {
			return this.client.sendOperationRequest({
				resourceGroupName,
				nextLink,
				options
			}, listForResourceGroupNextOperationSpec$1);
		}
		_listForResourceNext(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, nextLink, options) {
			return this.client.sendOperationRequest({
				resourceGroupName,
				resourceProviderNamespace,
				resourceType,
				resourceName,
				nextLink,
				options
			}, listForResourceNextOperationSpec$1);
		}
		_listForScopeNext(scope, nextLink, options) {
			return this.client.sendOperationRequest({
				scope,
				nextLink,
				options
			}, listForScopeNextOperationSpec$8);
		}
	};
	const serializer$11 = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const listForSubscriptionOperationSpec = {
		path: "/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/roleAssignments",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [
			apiVersion1,
			filter1,
			tenantId
		],
		urlParameters: [$host, subscriptionId],
		headerParameters: [accept],
		serializer: serializer$11
	};
	const listForResourceGroupOperationSpec$1 = {
		path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Authorization/roleAssignments",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [
			apiVersion1,
			filter1,
			tenantId
		],
		urlParameters: [
			$host,
			subscriptionId,
			resourceGroupName
		],
		headerParameters: [accept],
		serializer: serializer$11
	};
	const listForResourceOperationSpec$1 = {
		path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/{resourceProviderNamespace}/{resourceType}/{resourceName}/providers/Microsoft.Authorization/roleAssignments",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [
			apiVersion1,
			filter1,
			tenantId
		],
		urlParameters: [
			$host,
			subscriptionId,
			resourceGroupName,
			resourceProviderNamespace,
			resourceType,
			resourceName1
		],
		headerParameters: [accept],
		serializer: serializer$11
	};
	const getOperationSpec$10 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleAssignments/{roleAssignmentName}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignment },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1, tenantId],
		urlParameters: [
			$host,
			scope,
			roleAssignmentName
		],
		headerParameters: [accept],
		serializer: serializer$11
	};
	const createOperationSpec$3 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleAssignments/{roleAssignmentName}",
		httpMethod: "PUT",
		responses: {
			200: { bodyMapper: RoleAssignment },
			201: { bodyMapper: RoleAssignment },
			default: { bodyMapper: ErrorResponse }
		},
		requestBody: parameters,
		queryParameters: [apiVersion1],
		urlParameters: [
			$host,
			scope,
			roleAssignmentName
		],
		headerParameters: [accept, contentType],
		mediaType: "json",
		serializer: serializer$11
	};
	const deleteOperationSpec$3 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleAssignments/{roleAssignmentName}",
		httpMethod: "DELETE",
		responses: {
			200: { bodyMapper: RoleAssignment },
			204: {},
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1, tenantId],
		urlParameters: [
			$host,
			scope,
			roleAssignmentName
		],
		headerParameters: [accept],
		serializer: serializer$11
	};
	const listForScopeOperationSpec$8 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleAssignments",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [
			apiVersion1,
			filter1,
			tenantId,
			skipToken
		],
		urlParameters: [$host, scope],
		headerParameters: [accept],
		serializer: serializer$11
	};
	const getByIdOperationSpec$1 = {
		path: "/{roleAssignmentId}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignment },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1, tenantId],
		urlParameters: [$host, roleAssignmentId],
		headerParameters: [accept],
		serializer: serializer$11
	};
	const createByIdOperationSpec = {
		path: "/{roleAssignmentId}",
		httpMethod: "PUT",
		responses: {
			200: { bodyMapper: RoleAssignment },
			201: { bodyMapper: RoleAssignment },
			default: { bodyMapper: ErrorResponse }
		},
		requestBody: parameters,
		queryParameters: [apiVersion1],
		urlParameters: [$host, roleAssignmentId],
		headerParameters: [accept, contentType],
		mediaType: "json",
		serializer: serializer$11
	};
	const deleteByIdOperationSpec = {
		path: "/{roleAssignmentId}",
		httpMethod: "DELETE",
		responses: {
			200: { bodyMapper: RoleAssignment },
			204: {},
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1, tenantId],
		urlParameters: [$host, roleAssignmentId],
		headerParameters: [accept],
		serializer: serializer$11
	};
	const listForSubscriptionNextOperationSpec = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		urlParameters: [
			$host,
			subscriptionId,
			nextLink
		],
		headerParameters: [accept],
		serializer: serializer$11
	};
	const listForResourceGroupNextOperationSpec$1 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		urlParameters: [
			$host,
			subscriptionId,
			nextLink,
			resourceGroupName
		],
		headerParameters: [accept],
		serializer: serializer$11
	};
	const listForResourceNextOperationSpec$1 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		urlParameters: [
			$host,
			subscriptionId,
			nextLink,
			resourceGroupName,
			resourceProviderNamespace,
			resourceType,
			resourceName1
		],
		headerParameters: [accept],
		serializer: serializer$11
	};
	const listForScopeNextOperationSpec$8 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentListResult },
			default: { bodyMapper: ErrorResponse }
		},
		urlParameters: [
			$host,
			nextLink,
			scope
		],
		headerParameters: [accept],
		serializer: serializer$11
	};
	var PermissionsImpl = class {
		constructor(client) {
			this.client = client;
		}
		listForResourceGroup(resourceGroupName, options) {
			const iter = this.listForResourceGroupPagingAll(resourceGroupName, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForResourceGroupPagingPage(resourceGroupName, options, settings);
				}
			};
		}
		listForResourceGroupPagingPage(resourceGroupName, options, settings) {
			return __asyncGenerator(this, arguments, function* listForResourceGroupPagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForResourceGroup(resourceGroupName, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForResourceGroupNext(resourceGroupName, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForResourceGroupPagingAll(resourceGroupName, options) {
			return __asyncGenerator(this, arguments, function* listForResourceGroupPagingAll_1() {
				var e_1, _a;
				try {
					for (var _b = __asyncValues(this.listForResourceGroupPagingPage(resourceGroupName, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_1_1) {
					e_1 = { error: e_1_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_1) throw e_1.error;
					}
				}
			});
		}
		listForResource(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options) {
			const iter = this.listForResourcePagingAll(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options, settings);
				}
			};
		}
		listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options, settings) {
			return __asyncGenerator(this, arguments, function* listForResourcePagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForResource(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForResourceNext(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForResourcePagingAll(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options) {
			return __asyncGenerator(this, arguments, function* listForResourcePagingAll_1() {
				var e_2, _a;
				try {
					for (var _b = __asyncValues(this.listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_2_1) {
					e_2 = { error: e_2_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_2) throw e_2.error;
					}
				}
			});
		}
		_listForResourceGroup(resourceGroupName, options) {
			return this.client.sendOperationRequest({
				resourceGroupName,
				options
			}, listForResourceGroupOperationSpec);
		}
		_listForResource(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options) {
			return this.client.sendOperationRequest({
				resourceGroupName,
				resourceProviderNamespace,
				parentResourcePath,
				resourceType,
				resourceName,
				options
			}, listForResourceOperationSpec);
		}
		_listForResourceGroupNext(resourceGroupName, nextLink, options) {
			return this.client.sendOperationRequest({
				resourceGroupName,
				nextLink,
				options
			}, listForResourceGroupNextOperationSpec);
		}
		_listForResourceNext(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, nextLink, options) {
			return this.client.sendOperationRequest({
				resourceGroupName,
				resourceProviderNamespace,
				parentResourcePath,
				resourceType,
				resourceName,
				nextLink,
				options
			}, listForResourceNextOperationSpec);
		}
	};
	const serializer$10 = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const listForResourceGroupOperationSpec = {
		path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Authorization/permissions",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: PermissionGetResult },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1],
		urlParameters: [
			$host,
			subscriptionId,
			resourceGroupName
		],
		headerParameters: [accept],
		serializer: serializer$10
	};
	const listForResourceOperationSpec = {
		path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/{resourceProviderNamespace}/{parentResourcePath}/{resourceType}/{resourceName}/providers/Microsoft.Authorization/permissions",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: PermissionGetResult },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1],
		urlParameters: [
			$host,
			subscriptionId,
			resourceGroupName,
			resourceProviderNamespace,
			parentResourcePath,
			resourceType,
			resourceName
		],
		headerParameters: [accept],
		serializer: serializer$10
	};
	const listForResourceGroupNextOperationSpec = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: PermissionGetResult },
			default: { bodyMapper: ErrorResponse }
		},
		urlParameters: [
			$host,
			subscriptionId,
			nextLink,
			resourceGroupName
		],
		headerParameters: [accept],
		serializer: serializer$10
	};
	const listForResourceNextOperationSpec = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: PermissionGetResult },
			default: { bodyMapper: ErrorResponse }
		},
		urlParameters: [
			$host,
			subscriptionId,
			nextLink,
			resourceGroupName,
			resourceProviderNamespace,
			parentResourcePath,
			resourceType,
			resourceName
		],
		headerParameters: [accept],
		serializer: serializer$10
	};
	var RoleDefinitionsImpl = class {
		constructor(client) {
			this.client = client;
		}
		list(scope, options) {
			const iter = this.listPagingAll(scope, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listPagingPage(scope, options, settings);
				}
			};
		}
		listPagingPage(scope, options, settings) {
			return __asyncGenerator(this, arguments, function* listPagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._list(scope, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listNext(scope, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listPagingAll(scope, options) {
			return __asyncGenerator(this, arguments, function* listPagingAll_1() {
				var e_1, _a;
				try {
					for (var _b = __asyncValues(this.listPagingPage(scope, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_1_1) {
					e_1 = { error: e_1_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_1) throw e_1.error;
					}
				}
			});
		}
		delete(scope, roleDefinitionId, options) {
			return this.client.sendOperationRequest({
				scope,
				roleDefinitionId,
				options
			}, deleteOperationSpec$2);
		}
		get(scope, roleDefinitionId, options) {
			return this.client.sendOperationRequest({
				scope,
				roleDefinitionId,
				options
			}, getOperationSpec$9);
		}
		createOrUpdate(scope, roleDefinitionId, roleDefinition, options) {
			return this.client.sendOperationRequest({
				scope,
				roleDefinitionId,
				roleDefinition,
				options
			}, createOrUpdateOperationSpec);
		}
		_list(scope, options) {
			return this.client.sendOperationRequest({
				scope,
				options
			}, listOperationSpec);
		}
		getById(roleId, options) {
			return this.client.sendOperationRequest({
				roleId,
				options
			}, getByIdOperationSpec);
		}
		_listNext(scope, nextLink, options) {
			return this.client.sendOperationRequest({
				scope,
				nextLink,
				options
			}, listNextOperationSpec);
		}
	};
	const serializer$9 = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const deleteOperationSpec$2 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleDefinitions/{roleDefinitionId}",
		httpMethod: "DELETE",
		responses: {
			200: { bodyMapper: RoleDefinition },
			204: {},
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1],
		urlParameters: [
			$host,
			scope,
			roleDefinitionId
		],
		headerParameters: [accept],
		serializer: serializer$9
	};
	const getOperationSpec$9 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleDefinitions/{roleDefinitionId}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleDefinition },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1],
		urlParameters: [
			$host,
			scope,
			roleDefinitionId
		],
		headerParameters: [accept],
		serializer: serializer$9
	};
	const createOrUpdateOperationSpec = {
		path: "/{scope}/providers/Microsoft.Authorization/roleDefinitions/{roleDefinitionId}",
		httpMethod: "PUT",
		responses: {
			201: { bodyMapper: RoleDefinition },
			default: { bodyMapper: ErrorResponse }
		},
		requestBody: roleDefinition,
		queryParameters: [apiVersion1],
		urlParameters: [
			$host,
			scope,
			roleDefinitionId
		],
		headerParameters: [accept, contentType],
		mediaType: "json",
		serializer: serializer$9
	};
	const listOperationSpec = {
		path: "/{scope}/providers/Microsoft.Authorization/roleDefinitions",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleDefinitionListResult },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1, filter],
		urlParameters: [$host, scope],
		headerParameters: [accept],
		serializer: serializer$9
	};
	const getByIdOperationSpec = {
		path: "/{roleId}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleDefinition },
			default: { bodyMapper: ErrorResponse }
		},
		queryParameters: [apiVersion1],
		urlParameters: [$host, roleId],
		headerParameters: [accept],
		serializer: serializer$9
	};
	const listNextOperationSpec = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleDefinitionListResult },
			default: { bodyMapper: ErrorResponse }
		},
		urlParameters: [
			$host,
			nextLink,
			scope
		],
		headerParameters: [accept],
		serializer: serializer$9
	};
	var EligibleChildResourcesImpl = class {
		constructor(client) {
			this.client = client;
		}
		list(scope, options) {
			const iter = this.getPagingAll(scope, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.getPagingPage(scope, options, settings);
				}
			};
		}
		getPagingPage(scope, options, settings) {
			return __asyncGenerator(this, arguments, function* getPagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._get(scope, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._getNext(scope, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		getPagingAll(scope, options) {
			return __asyncGenerator(this, arguments, function* getPagingAll_1() {
				var e_1, _a;
				try {
					for (var _b = __asyncValues(this.getPagingPage(scope, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_1_1) {
					e_1 = { error: e_1_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_1) throw e_1.error;
					}
				}
			});
		}
		_get(scope, options) {
			return this.client.sendOperationRequest({
				scope,
				options
			}, getOperationSpec$8);
		}
		_getNext(scope, nextLink, options) {
			return this.client.sendOperationRequest({
				scope,
				nextLink,
				options
			}, getNextOperationSpec);
		}
	};
	const serializer$8 = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const getOperationSpec$8 = {
		path: "/{scope}/providers/Microsoft.Authorization/eligibleChildResources",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: EligibleChildResourcesListResult },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [filter, apiVersion2],
		urlParameters: [$host, scope],
		headerParameters: [accept],
		serializer: serializer$8
	};
	const getNextOperationSpec = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: EligibleChildResourcesListResult },
			default: { bodyMapper: CloudError }
		},
		urlParameters: [
			$host,
			nextLink,
			scope
		],
		headerParameters: [accept],
		serializer: serializer$8
	};
	var RoleAssignmentSchedulesImpl = class {
		constructor(client) {
			this.client = client;
		}
		listForScope(scope, options) {
			const iter = this.listForScopePagingAll(scope, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForScopePagingPage(scope, options, settings);
				}
			};
		}
		listForScopePagingPage(scope, options, settings) {
			return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForScope(scope, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForScopeNext(scope, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForScopePagingAll(scope, options) {
			return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
				var e_1, _a;
				try {
					for (var _b = __asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_1_1) {
					e_1 = { error: e_1_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_1) throw e_1.error;
					}
				}
			});
		}
		get(scope, roleAssignmentScheduleName, options) {
			return this.client.sendOperationRequest({
				scope,
				roleAssignmentScheduleName,
				options
			}, getOperationSpec$7);
		}
		_listForScope(scope, options) {
			return this.client.sendOperationRequest({
				scope,
				options
			}, listForScopeOperationSpec$7);
		}
		_listForScopeNext(scope, nextLink, options) {
			return this.client.sendOperationRequest({
				scope,
				nextLink,
				options
			}, listForScopeNextOperationSpec$7);
		}
	};
	const serializer$7 = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const getOperationSpec$7 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentSchedules/{roleAssignmentScheduleName}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentSchedule },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleAssignmentScheduleName
		],
		headerParameters: [accept],
		serializer: serializer$7
	};
	const listForScopeOperationSpec$7 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentSchedules",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentScheduleListResult },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [filter, apiVersion2],
		urlParameters: [$host, scope],
		headerParameters: [accept],
		serializer: serializer$7
	};
	const listForScopeNextOperationSpec$7 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentScheduleListResult },
			default: { bodyMapper: CloudError }
		},
		urlParameters: [
			$host,
			nextLink,
			scope
		],
		headerParameters: [accept],
		serializer: serializer$7
	};
	var RoleAssignmentScheduleInstancesImpl = class {
		constructor(client) {
			this.client = client;
		}
		listForScope(scope, options) {
			const iter = this.listForScopePagingAll(scope, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForScopePagingPage(scope, options, settings);
				}
			};
		}
		listForScopePagingPage(scope, options, settings) {
			return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForScope(scope, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForScopeNext(scope, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForScopePagingAll(scope, options) {
			return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
				var e_1, _a;
				try {
					for (var _b = __asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_1_1) {
					e_1 = { error: e_1_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_1) throw e_1.error;
					}
				}
			});
		}
		_listForScope(scope, options) {
			return this.client.sendOperationRequest({
				scope,
				options
			}, listForScopeOperationSpec$6);
		}
		get(scope, roleAssignmentScheduleInstanceName, options) {
			return this.client.sendOperationRequest({
				scope,
				roleAssignmentScheduleInstanceName,
				options
			}, getOperationSpec$6);
		}
		_listForScopeNext(scope, nextLink, options) {
			return this.client.sendOperationRequest({
				scope,
				nextLink,
				options
			}, listForScopeNextOperationSpec$6);
		}
	};
	const serializer$6 = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const listForScopeOperationSpec$6 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentScheduleInstances",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentScheduleInstanceListResult },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [filter, apiVersion2],
		urlParameters: [$host, scope],
		headerParameters: [accept],
		serializer: serializer$6
	};
	const getOperationSpec$6 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentScheduleInstances/{roleAssignmentScheduleInstanceName}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentScheduleInstance },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleAssignmentScheduleInstanceName
		],
		headerParameters: [accept],
		serializer: serializer$6
	};
	const listForScopeNextOperationSpec$6 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentScheduleInstanceListResult },
			default: { bodyMapper: CloudError }
		},
		urlParameters: [
			$host,
			nextLink,
			scope
		],
		headerParameters: [accept],
		serializer: serializer$6
	};
	var RoleAssignmentScheduleRequestsImpl = class {
		constructor(client) {
			this.client = client;
		}
		listForScope(scope, options) {
			const iter = this.listForScopePagingAll(scope, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForScopePagingPage(scope, options, settings);
				}
			};
		}
		listForScopePagingPage(scope, options, settings) {
			return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForScope(scope, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForScopeNext(scope, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForScopePagingAll(scope, options) {
			return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
				var e_1, _a;
				try {
					for (var _b = __asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_1_1) {
					e_1 = { error: e_1_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_1) throw e_1.error;
					}
				}
			});
		}
		create(scope, roleAssignmentScheduleRequestName, parameters, options) {
			return this.client.sendOperationRequest({
				scope,
				roleAssignmentScheduleRequestName,
				parameters,
				options
			}, createOperationSpec$2);
		}
		get(scope, roleAssignmentScheduleRequestName, options) {
			return this.client.sendOperationRequest({
				scope,
				roleAssignmentScheduleRequestName,
				options
			}, getOperationSpec$5);
		}
		_listForScope(scope, options) {
			return this.client.sendOperationRequest({
				scope,
				options
			}, listForScopeOperationSpec$5);
		}
		cancel(scope, roleAssignmentScheduleRequestName, options) {
			return this.client.sendOperationRequest({
				scope,
				roleAssignmentScheduleRequestName,
				options
			}, cancelOperationSpec$1);
		}
		validate(scope, roleAssignmentScheduleRequestName, parameters, options) {
			return this.client.sendOperationRequest({
				scope,
				roleAssignmentScheduleRequestName,
				parameters,
				options
			}, validateOperationSpec$1);
		}
		_listForScopeNext(scope, nextLink, options) {
			return this.client.sendOperationRequest({
				scope,
				nextLink,
				options
			}, listForScopeNextOperationSpec$5);
		}
	};
	const serializer$5 = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const createOperationSpec$2 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentScheduleRequests/{roleAssignmentScheduleRequestName}",
		httpMethod: "PUT",
		responses: {
			201: { bodyMapper: RoleAssignmentScheduleRequest },
			default: { bodyMapper: CloudError }
		},
		requestBody: parameters1,
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleAssignmentScheduleRequestName
		],
		headerParameters: [accept, contentType],
		mediaType: "json",
		serializer: serializer$5
	};
	const getOperationSpec$5 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentScheduleRequests/{roleAssignmentScheduleRequestName}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentScheduleRequest },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleAssignmentScheduleRequestName
		],
		headerParameters: [accept],
		serializer: serializer$5
	};
	const listForScopeOperationSpec$5 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentScheduleRequests",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentScheduleRequestListResult },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [filter, apiVersion2],
		urlParameters: [$host, scope],
		headerParameters: [accept],
		serializer: serializer$5
	};
	const cancelOperationSpec$1 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentScheduleRequests/{roleAssignmentScheduleRequestName}/cancel",
		httpMethod: "POST",
		responses: {
			200: {},
			default: { bodyMapper: CloudError }
		},
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleAssignmentScheduleRequestName
		],
		headerParameters: [accept],
		serializer: serializer$5
	};
	const validateOperationSpec$1 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentScheduleRequests/{roleAssignmentScheduleRequestName}/validate",
		httpMethod: "POST",
		responses: {
			200: { bodyMapper: RoleAssignmentScheduleRequest },
			default: { bodyMapper: CloudError }
		},
		requestBody: parameters1,
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleAssignmentScheduleRequestName
		],
		headerParameters: [accept, contentType],
		mediaType: "json",
		serializer: serializer$5
	};
	const listForScopeNextOperationSpec$5 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleAssignmentScheduleRequestListResult },
			default: { bodyMapper: CloudError }
		},
		urlParameters: [
			$host,
			nextLink,
			scope
		],
		headerParameters: [accept],
		serializer: serializer$5
	};
	var RoleEligibilitySchedulesImpl = class {
		constructor(client) {
			this.client = client;
		}
		listForScope(scope, options) {
			const iter = this.listForScopePagingAll(scope, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForScopePagingPage(scope, options, settings);
				}
			};
		}
		listForScopePagingPage(scope, options, settings) {
			return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForScope(scope, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForScopeNext(scope, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForScopePagingAll(scope, options) {
			return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
				var e_1, _a;
				try {
					for (var _b = __asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_1_1) {
					e_1 = { error: e_1_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_1) throw e_1.error;
					}
				}
			});
		}
		get(scope, roleEligibilityScheduleName, options) {
			return this.client.sendOperationRequest({
				scope,
				roleEligibilityScheduleName,
				options
			}, getOperationSpec$4);
		}
		_listForScope(scope, options) {
			return this.client.sendOperationRequest({
				scope,
				options
			}, listForScopeOperationSpec$4);
		}
		_listForScopeNext(scope, nextLink, options) {
			return this.client.sendOperationRequest({
				scope,
				nextLink,
				options
			}, listForScopeNextOperationSpec$4);
		}
	};
	const serializer$4 = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const getOperationSpec$4 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleEligibilitySchedules/{roleEligibilityScheduleName}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleEligibilitySchedule },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleEligibilityScheduleName
		],
		headerParameters: [accept],
		serializer: serializer$4
	};
	const listForScopeOperationSpec$4 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleEligibilitySchedules",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleEligibilityScheduleListResult },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [filter, apiVersion2],
		urlParameters: [$host, scope],
		headerParameters: [accept],
		serializer: serializer$4
	};
	const listForScopeNextOperationSpec$4 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleEligibilityScheduleListResult },
			default: { bodyMapper: CloudError }
		},
		urlParameters: [
			$host,
			nextLink,
			scope
		],
		headerParameters: [accept],
		serializer: serializer$4
	};
	var RoleEligibilityScheduleInstancesImpl = class {
		constructor(client) {
			this.client = client;
		}
		listForScope(scope, options) {
			const iter = this.listForScopePagingAll(scope, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForScopePagingPage(scope, options, settings);
				}
			};
		}
		listForScopePagingPage(scope, options, settings) {
			return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForScope(scope, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForScopeNext(scope, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForScopePagingAll(scope, options) {
			return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
				var e_1, _a;
				try {
					for (var _b = __asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_1_1) {
					e_1 = { error: e_1_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_1) throw e_1.error;
					}
				}
			});
		}
		_listForScope(scope, options) {
			return this.client.sendOperationRequest({
				scope,
				options
			}, listForScopeOperationSpec$3);
		}
		get(scope, roleEligibilityScheduleInstanceName, options) {
			return this.client.sendOperationRequest({
				scope,
				roleEligibilityScheduleInstanceName,
				options
			}, getOperationSpec$3);
		}
		_listForScopeNext(scope, nextLink, options) {
			return this.client.sendOperationRequest({
				scope,
				nextLink,
				options
			}, listForScopeNextOperationSpec$3);
		}
	};
	const serializer$3 = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const listForScopeOperationSpec$3 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleEligibilityScheduleInstances",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleEligibilityScheduleInstanceListResult },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [filter, apiVersion2],
		urlParameters: [$host, scope],
		headerParameters: [accept],
		serializer: serializer$3
	};
	const getOperationSpec$3 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleEligibilityScheduleInstances/{roleEligibilityScheduleInstanceName}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleEligibilityScheduleInstance },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleEligibilityScheduleInstanceName
		],
		headerParameters: [accept],
		serializer: serializer$3
	};
	const listForScopeNextOperationSpec$3 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleEligibilityScheduleInstanceListResult },
			default: { bodyMapper: CloudError }
		},
		urlParameters: [
			$host,
			nextLink,
			scope
		],
		headerParameters: [accept],
		serializer: serializer$3
	};
	var RoleEligibilityScheduleRequestsImpl = class {
		constructor(client) {
			this.client = client;
		}
		listForScope(scope, options) {
			const iter = this.listForScopePagingAll(scope, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForScopePagingPage(scope, options, settings);
				}
			};
		}
		listForScopePagingPage(scope, options, settings) {
			return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForScope(scope, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForScopeNext(scope, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForScopePagingAll(scope, options) {
			return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
				var e_1, _a;
				try {
					for (var _b = __asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_1_1) {
					e_1 = { error: e_1_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_1) throw e_1.error;
					}
				}
			});
		}
		create(scope, roleEligibilityScheduleRequestName, parameters, options) {
			return this.client.sendOperationRequest({
				scope,
				roleEligibilityScheduleRequestName,
				parameters,
				options
			}, createOperationSpec$1);
		}
		get(scope, roleEligibilityScheduleRequestName, options) {
			return this.client.sendOperationRequest({
				scope,
				roleEligibilityScheduleRequestName,
				options
			}, getOperationSpec$2);
		}
		_listForScope(scope, options) {
			return this.client.sendOperationRequest({
				scope,
				options
			}, listForScopeOperationSpec$2);
		}
		cancel(scope, roleEligibilityScheduleRequestName, options) {
			return this.client.sendOperationRequest({
				scope,
				roleEligibilityScheduleRequestName,
				options
			}, cancelOperationSpec);
		}
		validate(scope, roleEligibilityScheduleRequestName, parameters, options) {
			return this.client.sendOperationRequest({
				scope,
				roleEligibilityScheduleRequestName,
				parameters,
				options
			}, validateOperationSpec);
		}
		_listForScopeNext(scope, nextLink, options) {
			return this.client.sendOperationRequest({
				scope,
				nextLink,
				options
			}, listForScopeNextOperationSpec$2);
		}
	};
	const serializer$2 = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const createOperationSpec$1 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleEligibilityScheduleRequests/{roleEligibilityScheduleRequestName}",
		httpMethod: "PUT",
		responses: {
			201: { bodyMapper: RoleEligibilityScheduleRequest },
			default: { bodyMapper: CloudError }
		},
		requestBody: parameters2,
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleEligibilityScheduleRequestName
		],
		headerParameters: [accept, contentType],
		mediaType: "json",
		serializer: serializer$2
	};
	const getOperationSpec$2 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleEligibilityScheduleRequests/{roleEligibilityScheduleRequestName}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleEligibilityScheduleRequest },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleEligibilityScheduleRequestName
		],
		headerParameters: [accept],
		serializer: serializer$2
	};
	const listForScopeOperationSpec$2 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleEligibilityScheduleRequests",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleEligibilityScheduleRequestListResult },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [filter, apiVersion2],
		urlParameters: [$host, scope],
		headerParameters: [accept],
		serializer: serializer$2
	};
	const cancelOperationSpec = {
		path: "/{scope}/providers/Microsoft.Authorization/roleEligibilityScheduleRequests/{roleEligibilityScheduleRequestName}/cancel",
		httpMethod: "POST",
		responses: {
			200: {},
			default: { bodyMapper: CloudError }
		},
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleEligibilityScheduleRequestName
		],
		headerParameters: [accept],
		serializer: serializer$2
	};
	const validateOperationSpec = {
		path: "/{scope}/providers/Microsoft.Authorization/roleEligibilityScheduleRequests/{roleEligibilityScheduleRequestName}/validate",
		httpMethod: "POST",
		responses: {
			200: { bodyMapper: RoleEligibilityScheduleRequest },
			default: { bodyMapper: CloudError }
		},
		requestBody: parameters2,
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleEligibilityScheduleRequestName
		],
		headerParameters: [accept, contentType],
		mediaType: "json",
		serializer: serializer$2
	};
	const listForScopeNextOperationSpec$2 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleEligibilityScheduleRequestListResult },
			default: { bodyMapper: CloudError }
		},
		urlParameters: [
			$host,
			nextLink,
			scope
		],
		headerParameters: [accept],
		serializer: serializer$2
	};
	var RoleManagementPoliciesImpl = class {
		constructor(client) {
			this.client = client;
		}
		listForScope(scope, options) {
			const iter = this.listForScopePagingAll(scope, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForScopePagingPage(scope, options, settings);
				}
			};
		}
		listForScopePagingPage(scope, options, settings) {
			return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForScope(scope, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForScopeNext(scope, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForScopePagingAll(scope, options) {
			return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
				var e_1, _a;
				try {
					for (var _b = __asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_1_1) {
					e_1 = { error: e_1_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_1) throw e_1.error;
					}
				}
			});
		}
		get(scope, roleManagementPolicyName, options) {
			return this.client.sendOperationRequest({
				scope,
				roleManagementPolicyName,
				options
			}, getOperationSpec$1);
		}
		update(scope, roleManagementPolicyName, parameters, options) {
			return this.client.sendOperationRequest({
				scope,
				roleManagementPolicyName,
				parameters,
				options
			}, updateOperationSpec);
		}
		delete(scope, roleManagementPolicyName, options) {
			return this.client.sendOperationRequest({
				scope,
				roleManagementPolicyName,
				options
			}, deleteOperationSpec$1);
		}
		_listForScope(scope, options) {
			return this.client.sendOperationRequest({
				scope,
				options
			}, listForScopeOperationSpec$1);
		}
		_listForScopeNext(scope, nextLink, options) {
			return this.client.sendOperationRequest({
				scope,
				nextLink,
				options
			}, listForScopeNextOperationSpec$1);
		}
	};
	const serializer$1 = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const getOperationSpec$1 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicies/{roleManagementPolicyName}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleManagementPolicy },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleManagementPolicyName
		],
		headerParameters: [accept],
		serializer: serializer$1
	};
	const updateOperationSpec = {
		path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicies/{roleManagementPolicyName}",
		httpMethod: "PATCH",
		responses: {
			200: { bodyMapper: RoleManagementPolicy },
			default: { bodyMapper: CloudError }
		},
		requestBody: parameters3,
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleManagementPolicyName
		],
		headerParameters: [accept, contentType],
		mediaType: "json",
		serializer: serializer$1
	};
	const deleteOperationSpec$1 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicies/{roleManagementPolicyName}",
		httpMethod: "DELETE",
		responses: {
			200: {},
			204: {},
			default: { bodyMapper: CloudError }
		},
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleManagementPolicyName
		],
		headerParameters: [accept],
		serializer: serializer$1
	};
	const listForScopeOperationSpec$1 = {
		path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicies",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleManagementPolicyListResult },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [apiVersion2],
		urlParameters: [$host, scope],
		headerParameters: [accept],
		serializer: serializer$1
	};
	const listForScopeNextOperationSpec$1 = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleManagementPolicyListResult },
			default: { bodyMapper: CloudError }
		},
		urlParameters: [
			$host,
			nextLink,
			scope
		],
		headerParameters: [accept],
		serializer: serializer$1
	};
	var RoleManagementPolicyAssignmentsImpl = class {
		constructor(client) {
			this.client = client;
		}
		listForScope(scope, options) {
			const iter = this.listForScopePagingAll(scope, options);
			return {
				next() {
					return iter.next();
				},
				[Symbol.asyncIterator]() {
					return this;
				},
				byPage: (settings) => {
					if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
					return this.listForScopePagingPage(scope, options, settings);
				}
			};
		}
		listForScopePagingPage(scope, options, settings) {
			return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
				let result;
				let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
				if (!continuationToken) {
					result = yield __await(this._listForScope(scope, options));
					let page = result.value || [];
					continuationToken = result.nextLink;
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
				while (continuationToken) {
					result = yield __await(this._listForScopeNext(scope, continuationToken, options));
					continuationToken = result.nextLink;
					let page = result.value || [];
					setContinuationToken(page, continuationToken);
					yield yield __await(page);
				}
			});
		}
		listForScopePagingAll(scope, options) {
			return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
				var e_1, _a;
				try {
					for (var _b = __asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield __await(_b.next()), !_c.done;) {
						const page = _c.value;
						yield __await(yield* __asyncDelegator(__asyncValues(page)));
					}
				} catch (e_1_1) {
					e_1 = { error: e_1_1 };
				} finally {
					try {
						if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
					} finally {
						if (e_1) throw e_1.error;
					}
				}
			});
		}
		get(scope, roleManagementPolicyAssignmentName, options) {
			return this.client.sendOperationRequest({
				scope,
				roleManagementPolicyAssignmentName,
				options
			}, getOperationSpec);
		}
		create(scope, roleManagementPolicyAssignmentName, parameters, options) {
			return this.client.sendOperationRequest({
				scope,
				roleManagementPolicyAssignmentName,
				parameters,
				options
			}, createOperationSpec);
		}
		delete(scope, roleManagementPolicyAssignmentName, options) {
			return this.client.sendOperationRequest({
				scope,
				roleManagementPolicyAssignmentName,
				options
			}, deleteOperationSpec);
		}
		_listForScope(scope, options) {
			return this.client.sendOperationRequest({
				scope,
				options
			}, listForScopeOperationSpec);
		}
		_listForScopeNext(scope, nextLink, options) {
			return this.client.sendOperationRequest({
				scope,
				nextLink,
				options
			}, listForScopeNextOperationSpec);
		}
	};
	const serializer = (0, serviceClient_CgFM_W_o.r)(mappers_exports, false);
	const getOperationSpec = {
		path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicyAssignments/{roleManagementPolicyAssignmentName}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleManagementPolicyAssignment },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleManagementPolicyAssignmentName
		],
		headerParameters: [accept],
		serializer
	};
	const createOperationSpec = {
		path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicyAssignments/{roleManagementPolicyAssignmentName}",
		httpMethod: "PUT",
		responses: {
			201: { bodyMapper: RoleManagementPolicyAssignment },
			default: { bodyMapper: CloudError }
		},
		requestBody: parameters4,
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleManagementPolicyAssignmentName
		],
		headerParameters: [accept, contentType],
		mediaType: "json",
		serializer
	};
	const deleteOperationSpec = {
		path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicyAssignments/{roleManagementPolicyAssignmentName}",
		httpMethod: "DELETE",
		responses: {
			200: {},
			204: {},
			default: { bodyMapper: CloudError }
		},
		queryParameters: [apiVersion2],
		urlParameters: [
			$host,
			scope,
			roleManagementPolicyAssignmentName
		],
		headerParameters: [accept],
		serializer
	};
	const listForScopeOperationSpec = {
		path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicyAssignments",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleManagementPolicyAssignmentListResult },
			default: { bodyMapper: CloudError }
		},
		queryParameters: [apiVersion2],
		urlParameters: [$host, scope],
		headerParameters: [accept],
		serializer
	};
	const listForScopeNextOperationSpec = {
		path: "{nextLink}",
		httpMethod: "GET",
		responses: {
			200: { bodyMapper: RoleManagementPolicyAssignmentListResult },
			default: { bodyMapper: CloudError }
		},
		urlParameters: [
			$host,
			nextLink,
			scope
		],
		headerParameters: [accept],
		serializer
	};
	var AuthorizationManagementClient = class extends serviceClient_CgFM_W_o.t {
		constructor(credentials, subscriptionId, options) {
			var _a, _b, _c;
			if (credentials === void 0) throw new Error("'credentials' cannot be null");
			if (subscriptionId === void 0) throw new Error("'subscriptionId' cannot be null");
			if (!options) options = {};
			const defaults = {
				requestContentType: "application/json; charset=utf-8",
				credential: credentials
			};
			const packageDetails = `azsdk-js-arm-authorization/9.0.0`;
			const userAgentPrefix = options.userAgentOptions && options.userAgentOptions.userAgentPrefix ? `${options.userAgentOptions.userAgentPrefix} ${packageDetails}` : `${packageDetails}`;
			const optionsWithDefaults = Object.assign(Object.assign(Object.assign({}, defaults), options), {
				userAgentOptions: { userAgentPrefix },
				endpoint: (_b = (_a = options.endpoint) !== null && _a !== void 0 ? _a : options.baseUri) !== null && _b !== void 0 ? _b : "https://management.azure.com"
			});
			super(optionsWithDefaults);
			let bearerTokenAuthenticationPolicyFound = false;
			if ((options === null || options === void 0 ? void 0 : options.pipeline) && options.pipeline.getOrderedPolicies().length > 0) bearerTokenAuthenticationPolicyFound = options.pipeline.getOrderedPolicies().some((pipelinePolicy) => pipelinePolicy.name === bearerTokenAuthenticationPolicy_wVkA8f2_.n);
			if (!options || !options.pipeline || options.pipeline.getOrderedPolicies().length == 0 || !bearerTokenAuthenticationPolicyFound) {
				this.pipeline.removePolicy({ name: bearerTokenAuthenticationPolicy_wVkA8f2_.n });
				this.pipeline.addPolicy((0, bearerTokenAuthenticationPolicy_wVkA8f2_.t)({
					credential: credentials,
					scopes: (_c = optionsWithDefaults.credentialScopes) !== null && _c !== void 0 ? _c : `${optionsWithDefaults.endpoint}/.default`,
					challengeCallbacks: { authorizeRequestOnChallenge: authorizeRequestOnClaimChallenge_DnVId1N_.t }
				}));
			}
			this.subscriptionId = subscriptionId;
			this.$host = options.$host || "https://management.azure.com";
			this.classicAdministrators = new ClassicAdministratorsImpl(this);
			this.globalAdministrator = new GlobalAdministratorImpl(this);
			this.denyAssignments = new DenyAssignmentsImpl(this);
			this.providerOperationsMetadataOperations = new ProviderOperationsMetadataOperationsImpl(this);
			this.roleAssignments = new RoleAssignmentsImpl(this);
			this.permissions = new PermissionsImpl(this);
			this.roleDefinitions = new RoleDefinitionsImpl(this);
			this.eligibleChildResources = new EligibleChildResourcesImpl(this);
			this.roleAssignmentSchedules = new RoleAssignmentSchedulesImpl(this);
			this.roleAssignmentScheduleInstances = new RoleAssignmentScheduleInstancesImpl(this);
			this.roleAssignmentScheduleRequests = new RoleAssignmentScheduleRequestsImpl(this);
			this.roleEligibilitySchedules = new RoleEligibilitySchedulesImpl(this);
			this.roleEligibilityScheduleInstances = new RoleEligibilityScheduleInstancesImpl(this);
			this.roleEligibilityScheduleRequests = new RoleEligibilityScheduleRequestsImpl(this);
			this.roleManagementPolicies = new RoleManagementPoliciesImpl(this);
			this.roleManagementPolicyAssignments = new RoleManagementPolicyAssignmentsImpl(this);
		}
	};
	;
}) };
