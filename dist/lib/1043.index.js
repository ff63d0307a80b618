export const id = 1043;
export const ids = [1043];
export const modules = {
	71043: ((__unused_webpack_module, exports, __webpack_require__) => {
		var __webpack_unused_export__;
		__webpack_unused_export__ = { value: true };
		var coreClient = __webpack_require__(60160);
		var coreRestPipeline = __webpack_require__(20778);
		var tslib = __webpack_require__(61860);
		function _interopNamespace(e) {
			if (e && e.__esModule) return e;
			var n = Object.create(null);
			if (e) {
				Object.keys(e).forEach(function(k) {
					if (k !== "default") {
						var d = Object.getOwnPropertyDescriptor(e, k);
						Object.defineProperty(n, k, d.get ? d : {
							enumerable: true,
							get: function() {
								return e[k];
							}
						});
					}
				});
			}
			n["default"] = e;
			return Object.freeze(n);
		}
		var coreClient__namespace = _interopNamespace(coreClient);
		var coreRestPipeline__namespace = _interopNamespace(coreRestPipeline);
		const pageMap = new WeakMap();
		function getContinuationToken(page) {
			var _a;
			if (typeof page !== "object" || page === null) {
				return undefined;
			}
			return (_a = pageMap.get(page)) === null || _a === void 0 ? void 0 : _a.continuationToken;
		}
		function setContinuationToken(page, continuationToken) {
			var _a;
			if (typeof page !== "object" || page === null || !continuationToken) {
				return;
			}
			const pageInfo = (_a = pageMap.get(page)) !== null && _a !== void 0 ? _a : {};
			pageInfo.continuationToken = continuationToken;
			pageMap.set(page, pageInfo);
		}
		exports.ef = void 0;
		(function(KnownPrincipalType) {
			KnownPrincipalType["User"] = "User";
			KnownPrincipalType["Group"] = "Group";
			KnownPrincipalType["ServicePrincipal"] = "ServicePrincipal";
			KnownPrincipalType["ForeignGroup"] = "ForeignGroup";
			KnownPrincipalType["Device"] = "Device";
		})(exports.ef || (exports.ef = {}));
		exports.TV = void 0;
		(function(KnownAssignmentType) {
			KnownAssignmentType["Activated"] = "Activated";
			KnownAssignmentType["Assigned"] = "Assigned";
		})(exports.TV || (exports.TV = {}));
		exports.Ye = void 0;
		(function(KnownMemberType) {
			KnownMemberType["Inherited"] = "Inherited";
			KnownMemberType["Direct"] = "Direct";
			KnownMemberType["Group"] = "Group";
		})(exports.Ye || (exports.Ye = {}));
		exports.m5 = void 0;
		(function(KnownStatus) {
			KnownStatus["Accepted"] = "Accepted";
			KnownStatus["PendingEvaluation"] = "PendingEvaluation";
			KnownStatus["Granted"] = "Granted";
			KnownStatus["Denied"] = "Denied";
			KnownStatus["PendingProvisioning"] = "PendingProvisioning";
			KnownStatus["Provisioned"] = "Provisioned";
			KnownStatus["PendingRevocation"] = "PendingRevocation";
			KnownStatus["Revoked"] = "Revoked";
			KnownStatus["Canceled"] = "Canceled";
			KnownStatus["Failed"] = "Failed";
			KnownStatus["PendingApprovalProvisioning"] = "PendingApprovalProvisioning";
			KnownStatus["PendingApproval"] = "PendingApproval";
			KnownStatus["FailedAsResourceIsLocked"] = "FailedAsResourceIsLocked";
			KnownStatus["PendingAdminDecision"] = "PendingAdminDecision";
			KnownStatus["AdminApproved"] = "AdminApproved";
			KnownStatus["AdminDenied"] = "AdminDenied";
			KnownStatus["TimedOut"] = "TimedOut";
			KnownStatus["ProvisioningStarted"] = "ProvisioningStarted";
			KnownStatus["Invalid"] = "Invalid";
			KnownStatus["PendingScheduleCreation"] = "PendingScheduleCreation";
			KnownStatus["ScheduleCreated"] = "ScheduleCreated";
			KnownStatus["PendingExternalProvisioning"] = "PendingExternalProvisioning";
		})(exports.m5 || (exports.m5 = {}));
		exports.Hb = void 0;
		(function(KnownRequestType) {
			KnownRequestType["AdminAssign"] = "AdminAssign";
			KnownRequestType["AdminRemove"] = "AdminRemove";
			KnownRequestType["AdminUpdate"] = "AdminUpdate";
			KnownRequestType["AdminExtend"] = "AdminExtend";
			KnownRequestType["AdminRenew"] = "AdminRenew";
			KnownRequestType["SelfActivate"] = "SelfActivate";
			KnownRequestType["SelfDeactivate"] = "SelfDeactivate";
			KnownRequestType["SelfExtend"] = "SelfExtend";
			KnownRequestType["SelfRenew"] = "SelfRenew";
		})(exports.Hb || (exports.Hb = {}));
		exports.eK = void 0;
		(function(KnownType) {
			KnownType["AfterDuration"] = "AfterDuration";
			KnownType["AfterDateTime"] = "AfterDateTime";
			KnownType["NoExpiration"] = "NoExpiration";
		})(exports.eK || (exports.eK = {}));
		exports.P_ = void 0;
		(function(KnownRoleManagementPolicyRuleType) {
			KnownRoleManagementPolicyRuleType["RoleManagementPolicyApprovalRule"] = "RoleManagementPolicyApprovalRule";
			KnownRoleManagementPolicyRuleType["RoleManagementPolicyAuthenticationContextRule"] = "RoleManagementPolicyAuthenticationContextRule";
			KnownRoleManagementPolicyRuleType["RoleManagementPolicyEnablementRule"] = "RoleManagementPolicyEnablementRule";
			KnownRoleManagementPolicyRuleType["RoleManagementPolicyExpirationRule"] = "RoleManagementPolicyExpirationRule";
			KnownRoleManagementPolicyRuleType["RoleManagementPolicyNotificationRule"] = "RoleManagementPolicyNotificationRule";
		})(exports.P_ || (exports.P_ = {}));
		exports.Q5 = void 0;
		(function(KnownApprovalMode) {
			KnownApprovalMode["SingleStage"] = "SingleStage";
			KnownApprovalMode["Serial"] = "Serial";
			KnownApprovalMode["Parallel"] = "Parallel";
			KnownApprovalMode["NoApproval"] = "NoApproval";
		})(exports.Q5 || (exports.Q5 = {}));
		exports.hT = void 0;
		(function(KnownUserType) {
			KnownUserType["User"] = "User";
			KnownUserType["Group"] = "Group";
		})(exports.hT || (exports.hT = {}));
		exports.eT = void 0;
		(function(KnownEnablementRules) {
			KnownEnablementRules["MultiFactorAuthentication"] = "MultiFactorAuthentication";
			KnownEnablementRules["Justification"] = "Justification";
			KnownEnablementRules["Ticketing"] = "Ticketing";
		})(exports.eT || (exports.eT = {}));
		exports.gv = void 0;
		(function(KnownNotificationDeliveryMechanism) {
			KnownNotificationDeliveryMechanism["Email"] = "Email";
		})(exports.gv || (exports.gv = {}));
		exports.ru = void 0;
		(function(KnownNotificationLevel) {
			KnownNotificationLevel["None"] = "None";
			KnownNotificationLevel["Critical"] = "Critical";
			KnownNotificationLevel["All"] = "All";
		})(exports.ru || (exports.ru = {}));
		exports.Fd = void 0;
		(function(KnownRecipientType) {
			KnownRecipientType["Requestor"] = "Requestor";
			KnownRecipientType["Approver"] = "Approver";
			KnownRecipientType["Admin"] = "Admin";
		})(exports.Fd || (exports.Fd = {}));
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
		var Mappers = Object.freeze({
			__proto__: null,
			ClassicAdministratorListResult,
			ClassicAdministrator,
			ErrorResponse,
			ErrorDetail,
			ErrorAdditionalInfo,
			DenyAssignmentListResult,
			DenyAssignment,
			DenyAssignmentPermission,
			Principal,
			ProviderOperationsMetadata,
			ResourceType,
			ProviderOperation,
			ProviderOperationsMetadataListResult,
			RoleAssignmentListResult,
			RoleAssignment,
			RoleAssignmentCreateParameters,
			PermissionGetResult,
			Permission,
			RoleDefinition,
			RoleDefinitionListResult,
			EligibleChildResourcesListResult,
			EligibleChildResource,
			CloudError,
			CloudErrorBody,
			RoleAssignmentSchedule,
			ExpandedProperties,
			ExpandedPropertiesScope,
			ExpandedPropertiesRoleDefinition,
			ExpandedPropertiesPrincipal,
			RoleAssignmentScheduleListResult,
			RoleAssignmentScheduleInstanceListResult,
			RoleAssignmentScheduleInstance,
			RoleAssignmentScheduleRequest,
			RoleAssignmentScheduleRequestPropertiesScheduleInfo,
			RoleAssignmentScheduleRequestPropertiesScheduleInfoExpiration,
			RoleAssignmentScheduleRequestPropertiesTicketInfo,
			RoleAssignmentScheduleRequestListResult,
			RoleEligibilitySchedule,
			RoleEligibilityScheduleListResult,
			RoleEligibilityScheduleInstanceListResult,
			RoleEligibilityScheduleInstance,
			RoleEligibilityScheduleRequest,
			RoleEligibilityScheduleRequestPropertiesScheduleInfo,
			RoleEligibilityScheduleRequestPropertiesScheduleInfoExpiration,
			RoleEligibilityScheduleRequestPropertiesTicketInfo,
			RoleEligibilityScheduleRequestListResult,
			RoleManagementPolicy,
			RoleManagementPolicyRule,
			RoleManagementPolicyRuleTarget,
			PolicyProperties,
			PolicyPropertiesScope,
			RoleManagementPolicyListResult,
			RoleManagementPolicyAssignment,
			PolicyAssignmentProperties,
			PolicyAssignmentPropertiesScope,
			PolicyAssignmentPropertiesRoleDefinition,
			PolicyAssignmentPropertiesPolicy,
			RoleManagementPolicyAssignmentListResult,
			DenyAssignmentFilter,
			ValidationResponseErrorInfo,
			ValidationResponse,
			RoleAssignmentFilter,
			RoleDefinitionFilter,
			ApprovalSettings,
			ApprovalStage,
			UserSet,
			RoleAssignmentScheduleFilter,
			RoleAssignmentScheduleInstanceFilter,
			RoleAssignmentScheduleRequestFilter,
			RoleEligibilityScheduleFilter,
			RoleEligibilityScheduleInstanceFilter,
			RoleEligibilityScheduleRequestFilter,
			RoleManagementPolicyApprovalRule,
			RoleManagementPolicyAuthenticationContextRule,
			RoleManagementPolicyEnablementRule,
			RoleManagementPolicyExpirationRule,
			RoleManagementPolicyNotificationRule,
			discriminators
		});
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
		class ClassicAdministratorsImpl {
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listPagingPage(options, settings);
					}
				};
			}
			listPagingPage(options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listPagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._list(options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listNext(continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listPagingAll(options) {
				return tslib.__asyncGenerator(this, arguments, function* listPagingAll_1() {
					var e_1, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listPagingPage(options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
		}
		const serializer$f = coreClient__namespace.createSerializer(Mappers, false);
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
			serializer: serializer$f
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
			serializer: serializer$f
		};
		class GlobalAdministratorImpl {
			constructor(client) {
				this.client = client;
			}
			elevateAccess(options) {
				return this.client.sendOperationRequest({ options }, elevateAccessOperationSpec);
			}
		}
		const serializer$e = coreClient__namespace.createSerializer(Mappers, false);
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
			serializer: serializer$e
		};
		class DenyAssignmentsImpl {
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options, settings);
					}
				};
			}
			listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForResourcePagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForResource(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForResourceNext(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForResourcePagingAll(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForResourcePagingAll_1() {
					var e_1, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForResourceGroupPagingPage(resourceGroupName, options, settings);
					}
				};
			}
			listForResourceGroupPagingPage(resourceGroupName, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForResourceGroupPagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForResourceGroup(resourceGroupName, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForResourceGroupNext(resourceGroupName, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForResourceGroupPagingAll(resourceGroupName, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForResourceGroupPagingAll_1() {
					var e_2, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForResourceGroupPagingPage(resourceGroupName, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_2_1) {
						e_2 = { error: e_2_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listPagingPage(options, settings);
					}
				};
			}
			listPagingPage(options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listPagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._list(options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listNext(continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listPagingAll(options) {
				return tslib.__asyncGenerator(this, arguments, function* listPagingAll_1() {
					var e_3, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listPagingPage(options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_3_1) {
						e_3 = { error: e_3_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForScopePagingPage(scope, options, settings);
					}
				};
			}
			listForScopePagingPage(scope, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForScope(scope, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForScopeNext(scope, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForScopePagingAll(scope, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
					var e_4, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_4_1) {
						e_4 = { error: e_4_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
				}, getOperationSpec$c);
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
		}
		const serializer$d = coreClient__namespace.createSerializer(Mappers, false);
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
			serializer: serializer$d
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
			serializer: serializer$d
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
			serializer: serializer$d
		};
		const getOperationSpec$c = {
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
			serializer: serializer$d
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
			serializer: serializer$d
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
			serializer: serializer$d
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
			serializer: serializer$d
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
			serializer: serializer$d
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
			serializer: serializer$d
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
			serializer: serializer$d
		};
		class ProviderOperationsMetadataOperationsImpl {
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listPagingPage(options, settings);
					}
				};
			}
			listPagingPage(options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listPagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._list(options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listNext(continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listPagingAll(options) {
				return tslib.__asyncGenerator(this, arguments, function* listPagingAll_1() {
					var e_1, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listPagingPage(options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
				}, getOperationSpec$b);
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
		}
		const serializer$c = coreClient__namespace.createSerializer(Mappers, false);
		const getOperationSpec$b = {
			path: "/providers/Microsoft.Authorization/providerOperations/{resourceProviderNamespace}",
			httpMethod: "GET",
			responses: {
				200: { bodyMapper: ProviderOperationsMetadata },
				default: { bodyMapper: ErrorResponse }
			},
			queryParameters: [apiVersion1, expand],
			urlParameters: [$host, resourceProviderNamespace],
			headerParameters: [accept],
			serializer: serializer$c
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
			serializer: serializer$c
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
			serializer: serializer$c
		};
		class RoleAssignmentsImpl {
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForSubscriptionPagingPage(options, settings);
					}
				};
			}
			listForSubscriptionPagingPage(options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForSubscriptionPagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForSubscription(options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForSubscriptionNext(continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForSubscriptionPagingAll(options) {
				return tslib.__asyncGenerator(this, arguments, function* listForSubscriptionPagingAll_1() {
					var e_1, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForSubscriptionPagingPage(options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForResourceGroupPagingPage(resourceGroupName, options, settings);
					}
				};
			}
			listForResourceGroupPagingPage(resourceGroupName, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForResourceGroupPagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForResourceGroup(resourceGroupName, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForResourceGroupNext(resourceGroupName, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForResourceGroupPagingAll(resourceGroupName, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForResourceGroupPagingAll_1() {
					var e_2, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForResourceGroupPagingPage(resourceGroupName, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_2_1) {
						e_2 = { error: e_2_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, options, settings);
					}
				};
			}
			listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForResourcePagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForResource(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForResourceNext(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForResourcePagingAll(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForResourcePagingAll_1() {
					var e_3, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, resourceType, resourceName, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_3_1) {
						e_3 = { error: e_3_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForScopePagingPage(scope, options, settings);
					}
				};
			}
			listForScopePagingPage(scope, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForScope(scope, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForScopeNext(scope, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForScopePagingAll(scope, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
					var e_4, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_4_1) {
						e_4 = { error: e_4_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
				}, getOperationSpec$a);
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
		}
		const serializer$b = coreClient__namespace.createSerializer(Mappers, false);
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
			serializer: serializer$b
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
			serializer: serializer$b
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
			serializer: serializer$b
		};
		const getOperationSpec$a = {
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
			serializer: serializer$b
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
			serializer: serializer$b
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
			serializer: serializer$b
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
			serializer: serializer$b
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
			serializer: serializer$b
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
			serializer: serializer$b
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
			serializer: serializer$b
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
			serializer: serializer$b
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
			serializer: serializer$b
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
			serializer: serializer$b
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
			serializer: serializer$b
		};
		class PermissionsImpl {
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForResourceGroupPagingPage(resourceGroupName, options, settings);
					}
				};
			}
			listForResourceGroupPagingPage(resourceGroupName, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForResourceGroupPagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForResourceGroup(resourceGroupName, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForResourceGroupNext(resourceGroupName, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForResourceGroupPagingAll(resourceGroupName, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForResourceGroupPagingAll_1() {
					var e_1, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForResourceGroupPagingPage(resourceGroupName, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options, settings);
					}
				};
			}
			listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForResourcePagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForResource(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForResourceNext(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForResourcePagingAll(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForResourcePagingAll_1() {
					var e_2, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForResourcePagingPage(resourceGroupName, resourceProviderNamespace, parentResourcePath, resourceType, resourceName, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_2_1) {
						e_2 = { error: e_2_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
		}
		const serializer$a = coreClient__namespace.createSerializer(Mappers, false);
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
			serializer: serializer$a
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
			serializer: serializer$a
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
			serializer: serializer$a
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
			serializer: serializer$a
		};
		class RoleDefinitionsImpl {
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listPagingPage(scope, options, settings);
					}
				};
			}
			listPagingPage(scope, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listPagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._list(scope, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listNext(scope, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listPagingAll(scope, options) {
				return tslib.__asyncGenerator(this, arguments, function* listPagingAll_1() {
					var e_1, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listPagingPage(scope, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
		}
		const serializer$9 = coreClient__namespace.createSerializer(Mappers, false);
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
		class EligibleChildResourcesImpl {
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.getPagingPage(scope, options, settings);
					}
				};
			}
			getPagingPage(scope, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* getPagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._get(scope, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._getNext(scope, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			getPagingAll(scope, options) {
				return tslib.__asyncGenerator(this, arguments, function* getPagingAll_1() {
					var e_1, _a;
					try {
						for (var _b = tslib.__asyncValues(this.getPagingPage(scope, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
		}
		const serializer$8 = coreClient__namespace.createSerializer(Mappers, false);
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
		class RoleAssignmentSchedulesImpl {
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForScopePagingPage(scope, options, settings);
					}
				};
			}
			listForScopePagingPage(scope, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForScope(scope, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForScopeNext(scope, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForScopePagingAll(scope, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
					var e_1, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
		}
		const serializer$7 = coreClient__namespace.createSerializer(Mappers, false);
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
		class RoleAssignmentScheduleInstancesImpl {
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForScopePagingPage(scope, options, settings);
					}
				};
			}
			listForScopePagingPage(scope, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForScope(scope, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForScopeNext(scope, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForScopePagingAll(scope, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
					var e_1, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
		}
		const serializer$6 = coreClient__namespace.createSerializer(Mappers, false);
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
		class RoleAssignmentScheduleRequestsImpl {
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForScopePagingPage(scope, options, settings);
					}
				};
			}
			listForScopePagingPage(scope, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForScope(scope, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForScopeNext(scope, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForScopePagingAll(scope, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
					var e_1, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
		}
		const serializer$5 = coreClient__namespace.createSerializer(Mappers, false);
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
		class RoleEligibilitySchedulesImpl {
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForScopePagingPage(scope, options, settings);
					}
				};
			}
			listForScopePagingPage(scope, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForScope(scope, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForScopeNext(scope, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForScopePagingAll(scope, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
					var e_1, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
		}
		const serializer$4 = coreClient__namespace.createSerializer(Mappers, false);
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
		class RoleEligibilityScheduleInstancesImpl {
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForScopePagingPage(scope, options, settings);
					}
				};
			}
			listForScopePagingPage(scope, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForScope(scope, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForScopeNext(scope, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForScopePagingAll(scope, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
					var e_1, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
		}
		const serializer$3 = coreClient__namespace.createSerializer(Mappers, false);
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
		class RoleEligibilityScheduleRequestsImpl {
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForScopePagingPage(scope, options, settings);
					}
				};
			}
			listForScopePagingPage(scope, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForScope(scope, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForScopeNext(scope, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForScopePagingAll(scope, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
					var e_1, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
		}
		const serializer$2 = coreClient__namespace.createSerializer(Mappers, false);
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
		class RoleManagementPoliciesImpl {
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForScopePagingPage(scope, options, settings);
					}
				};
			}
			listForScopePagingPage(scope, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForScope(scope, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForScopeNext(scope, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForScopePagingAll(scope, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
					var e_1, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
		}
		const serializer$1 = coreClient__namespace.createSerializer(Mappers, false);
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
		class RoleManagementPolicyAssignmentsImpl {
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
						if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
							throw new Error("maxPageSize is not supported by this operation.");
						}
						return this.listForScopePagingPage(scope, options, settings);
					}
				};
			}
			listForScopePagingPage(scope, options, settings) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
					let result;
					let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
					if (!continuationToken) {
						result = yield tslib.__await(this._listForScope(scope, options));
						let page = result.value || [];
						continuationToken = result.nextLink;
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
					while (continuationToken) {
						result = yield tslib.__await(this._listForScopeNext(scope, continuationToken, options));
						continuationToken = result.nextLink;
						let page = result.value || [];
						setContinuationToken(page, continuationToken);
						yield yield tslib.__await(page);
					}
				});
			}
			listForScopePagingAll(scope, options) {
				return tslib.__asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
					var e_1, _a;
					try {
						for (var _b = tslib.__asyncValues(this.listForScopePagingPage(scope, options)), _c; _c = yield tslib.__await(_b.next()), !_c.done;) {
							const page = _c.value;
							yield tslib.__await(yield* tslib.__asyncDelegator(tslib.__asyncValues(page)));
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (_c && !_c.done && (_a = _b.return)) yield tslib.__await(_a.call(_b));
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
		}
		const serializer = coreClient__namespace.createSerializer(Mappers, false);
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
		class AuthorizationManagementClient extends coreClient__namespace.ServiceClient {
			constructor(credentials, subscriptionId, options) {
				var _a, _b, _c;
				if (credentials === undefined) {
					throw new Error("'credentials' cannot be null");
				}
				if (subscriptionId === undefined) {
					throw new Error("'subscriptionId' cannot be null");
				}
				if (!options) {
					options = {};
				}
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
				if ((options === null || options === void 0 ? void 0 : options.pipeline) && options.pipeline.getOrderedPolicies().length > 0) {
					const pipelinePolicies = options.pipeline.getOrderedPolicies();
					bearerTokenAuthenticationPolicyFound = pipelinePolicies.some((pipelinePolicy) => pipelinePolicy.name === coreRestPipeline__namespace.bearerTokenAuthenticationPolicyName);
				}
				if (!options || !options.pipeline || options.pipeline.getOrderedPolicies().length == 0 || !bearerTokenAuthenticationPolicyFound) {
					this.pipeline.removePolicy({ name: coreRestPipeline__namespace.bearerTokenAuthenticationPolicyName });
					this.pipeline.addPolicy(coreRestPipeline__namespace.bearerTokenAuthenticationPolicy({
						credential: credentials,
						scopes: (_c = optionsWithDefaults.credentialScopes) !== null && _c !== void 0 ? _c : `${optionsWithDefaults.endpoint}/.default`,
						challengeCallbacks: { authorizeRequestOnChallenge: coreClient__namespace.authorizeRequestOnClaimChallenge }
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
		}
		exports.IK = AuthorizationManagementClient;
		__webpack_unused_export__ = getContinuationToken;
	}),
	61860: ((module) => {
		var __extends;
		var __assign;
		var __rest;
		var __decorate;
		var __param;
		var __esDecorate;
		var __runInitializers;
		var __propKey;
		var __setFunctionName;
		var __metadata;
		var __awaiter;
		var __generator;
		var __exportStar;
		var __values;
		var __read;
		var __spread;
		var __spreadArrays;
		var __spreadArray;
		var __await;
		var __asyncGenerator;
		var __asyncDelegator;
		var __asyncValues;
		var __makeTemplateObject;
		var __importStar;
		var __importDefault;
		var __classPrivateFieldGet;
		var __classPrivateFieldSet;
		var __classPrivateFieldIn;
		var __createBinding;
		var __addDisposableResource;
		var __disposeResources;
		var __rewriteRelativeImportExtension;
		(function(factory) {
			var root = typeof global === "object" ? global : typeof self === "object" ? self : typeof this === "object" ? this : {};
			if (typeof define === "function" && define.amd) {
				define("tslib", ["exports"], function(exports) {
					factory(createExporter(root, createExporter(exports)));
				});
			} else if (true && typeof module.exports === "object") {
				factory(createExporter(root, createExporter(module.exports)));
			} else {
				factory(createExporter(root));
			}
			function createExporter(exports, previous) {
				if (exports !== root) {
					if (typeof Object.create === "function") {
						Object.defineProperty(exports, "__esModule", { value: true });
					} else {
						exports.__esModule = true;
					}
				}
				return function(id, v) {
					return exports[id] = previous ? previous(id, v) : v;
				};
			}
		})(function(exporter) {
			var extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d, b) {
				d.__proto__ = b;
			} || function(d, b) {
				for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p];
			};
			__extends = function(d, b) {
				if (typeof b !== "function" && b !== null) throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
				extendStatics(d, b);
				function __() {
					this.constructor = d;
				}
				d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
			};
			__assign = Object.assign || function(t) {
				for (var s, i = 1, n = arguments.length; i < n; i++) {
					s = arguments[i];
					for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
				}
				return t;
			};
			__rest = function(s, e) {
				var t = {};
				for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0) t[p] = s[p];
				if (s != null && typeof Object.getOwnPropertySymbols === "function") for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++) {
					if (e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i])) t[p[i]] = s[p[i]];
				}
				return t;
			};
			__decorate = function(decorators, target, key, desc) {
				var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
				if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
				else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
				return c > 3 && r && Object.defineProperty(target, key, r), r;
			};
			__param = function(paramIndex, decorator) {
				return function(target, key) {
					decorator(target, key, paramIndex);
				};
			};
			__esDecorate = function(ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
				function accept(f) {
					if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected");
					return f;
				}
				var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
				var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
				var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
				var _, done = false;
				for (var i = decorators.length - 1; i >= 0; i--) {
					var context = {};
					for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
					for (var p in contextIn.access) context.access[p] = contextIn.access[p];
					context.addInitializer = function(f) {
						if (done) throw new TypeError("Cannot add initializers after decoration has completed");
						extraInitializers.push(accept(f || null));
					};
					var result = (0, decorators[i])(kind === "accessor" ? {
						get: descriptor.get,
						set: descriptor.set
					} : descriptor[key], context);
					if (kind === "accessor") {
						if (result === void 0) continue;
						if (result === null || typeof result !== "object") throw new TypeError("Object expected");
						if (_ = accept(result.get)) descriptor.get = _;
						if (_ = accept(result.set)) descriptor.set = _;
						if (_ = accept(result.init)) initializers.unshift(_);
					} else if (_ = accept(result)) {
						if (kind === "field") initializers.unshift(_);
						else descriptor[key] = _;
					}
				}
				if (target) Object.defineProperty(target, contextIn.name, descriptor);
				done = true;
			};
			__runInitializers = function(thisArg, initializers, value) {
				var useValue = arguments.length > 2;
				for (var i = 0; i < initializers.length; i++) {
					value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
				}
				return useValue ? value : void 0;
			};
			__propKey = function(x) {
				return typeof x === "symbol" ? x : "".concat(x);
			};
			__setFunctionName = function(f, name, prefix) {
				if (typeof name === "symbol") name = name.description ? "[".concat(name.description, "]") : "";
				return Object.defineProperty(f, "name", {
					configurable: true,
					value: prefix ? "".concat(prefix, " ", name) : name
				});
			};
			__metadata = function(metadataKey, metadataValue) {
				if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(metadataKey, metadataValue);
			};
			__awaiter = function(thisArg, _arguments, P, generator) {
				function adopt(value) {
					return value instanceof P ? value : new P(function(resolve) {
						resolve(value);
					});
				}
				return new (P || (P = Promise))(function(resolve, reject) {
					function fulfilled(value) {
						try {
							step(generator.next(value));
						} catch (e) {
							reject(e);
						}
					}
					function rejected(value) {
						try {
							step(generator["throw"](value));
						} catch (e) {
							reject(e);
						}
					}
					function step(result) {
						result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
					}
					step((generator = generator.apply(thisArg, _arguments || [])).next());
				});
			};
			__generator = function(thisArg, body) {
				var _ = {
					label: 0,
					sent: function() {
						if (t[0] & 1) throw t[1];
						return t[1];
					},
					trys: [],
					ops: []
				}, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
				return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() {
					return this;
				}), g;
				function verb(n) {
					return function(v) {
						return step([n, v]);
					};
				}
				function step(op) {
					if (f) throw new TypeError("Generator is already executing.");
					while (g && (g = 0, op[0] && (_ = 0)), _) try {
						if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
						if (y = 0, t) op = [op[0] & 2, t.value];
						switch (op[0]) {
							case 0:
							case 1:
								t = op;
								break;
							case 4:
								_.label++;
								return {
									value: op[1],
									done: false
								};
							case 5:
								_.label++;
								y = op[1];
								op = [0];
								continue;
							case 7:
								op = _.ops.pop();
								_.trys.pop();
								continue;
							default:
								if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) {
									_ = 0;
									continue;
								}
								if (op[0] === 3 && (!t || op[1] > t[0] && op[1] < t[3])) {
									_.label = op[1];
									break;
								}
								if (op[0] === 6 && _.label < t[1]) {
									_.label = t[1];
									t = op;
									break;
								}
								if (t && _.label < t[2]) {
									_.label = t[2];
									_.ops.push(op);
									break;
								}
								if (t[2]) _.ops.pop();
								_.trys.pop();
								continue;
						}
						op = body.call(thisArg, _);
					} catch (e) {
						op = [6, e];
						y = 0;
					} finally {
						f = t = 0;
					}
					if (op[0] & 5) throw op[1];
					return {
						value: op[0] ? op[1] : void 0,
						done: true
					};
				}
			};
			__exportStar = function(m, o) {
				for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(o, p)) __createBinding(o, m, p);
			};
			__createBinding = Object.create ? (function(o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				var desc = Object.getOwnPropertyDescriptor(m, k);
				if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
					desc = {
						enumerable: true,
						get: function() {
							return m[k];
						}
					};
				}
				Object.defineProperty(o, k2, desc);
			}) : (function(o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				o[k2] = m[k];
			});
			__values = function(o) {
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
			};
			__read = function(o, n) {
				var m = typeof Symbol === "function" && o[Symbol.iterator];
				if (!m) return o;
				var i = m.call(o), r, ar = [], e;
				try {
					while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
				} catch (error) {
					e = { error };
				} finally {
					try {
						if (r && !r.done && (m = i["return"])) m.call(i);
					} finally {
						if (e) throw e.error;
					}
				}
				return ar;
			};
			__spread = function() {
				for (var ar = [], i = 0; i < arguments.length; i++) ar = ar.concat(__read(arguments[i]));
				return ar;
			};
			__spreadArrays = function() {
				for (var s = 0, i = 0, il = arguments.length; i < il; i++) s += arguments[i].length;
				for (var r = Array(s), k = 0, i = 0; i < il; i++) for (var a = arguments[i], j = 0, jl = a.length; j < jl; j++, k++) r[k] = a[j];
				return r;
			};
			__spreadArray = function(to, from, pack) {
				if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
					if (ar || !(i in from)) {
						if (!ar) ar = Array.prototype.slice.call(from, 0, i);
						ar[i] = from[i];
					}
				}
				return to.concat(ar || Array.prototype.slice.call(from));
			};
			__await = function(v) {
				return this instanceof __await ? (this.v = v, this) : new __await(v);
			};
			__asyncGenerator = function(thisArg, _arguments, generator) {
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
			};
			__asyncDelegator = function(o) {
				var i, p;
				return i = {}, verb("next"), verb("throw", function(e) {
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
			};
			__asyncValues = function(o) {
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
			};
			__makeTemplateObject = function(cooked, raw) {
				if (Object.defineProperty) {
					Object.defineProperty(cooked, "raw", { value: raw });
				} else {
					cooked.raw = raw;
				}
				return cooked;
			};
			var __setModuleDefault = Object.create ? (function(o, v) {
				Object.defineProperty(o, "default", {
					enumerable: true,
					value: v
				});
			}) : function(o, v) {
				o["default"] = v;
			};
			var ownKeys = function(o) {
				ownKeys = Object.getOwnPropertyNames || function(o) {
					var ar = [];
					for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
					return ar;
				};
				return ownKeys(o);
			};
			__importStar = function(mod) {
				if (mod && mod.__esModule) return mod;
				var result = {};
				if (mod != null) {
					for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
				}
				__setModuleDefault(result, mod);
				return result;
			};
			__importDefault = function(mod) {
				return mod && mod.__esModule ? mod : { "default": mod };
			};
			__classPrivateFieldGet = function(receiver, state, kind, f) {
				if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
				if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
				return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
			};
			__classPrivateFieldSet = function(receiver, state, value, kind, f) {
				if (kind === "m") throw new TypeError("Private method is not writable");
				if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
				if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
				return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
			};
			__classPrivateFieldIn = function(state, receiver) {
				if (receiver === null || typeof receiver !== "object" && typeof receiver !== "function") throw new TypeError("Cannot use 'in' operator on non-object");
				return typeof state === "function" ? receiver === state : state.has(receiver);
			};
			__addDisposableResource = function(env, value, async) {
				if (value !== null && value !== void 0) {
					if (typeof value !== "object" && typeof value !== "function") throw new TypeError("Object expected.");
					var dispose, inner;
					if (async) {
						if (!Symbol.asyncDispose) throw new TypeError("Symbol.asyncDispose is not defined.");
						dispose = value[Symbol.asyncDispose];
					}
					if (dispose === void 0) {
						if (!Symbol.dispose) throw new TypeError("Symbol.dispose is not defined.");
						dispose = value[Symbol.dispose];
						if (async) inner = dispose;
					}
					if (typeof dispose !== "function") throw new TypeError("Object not disposable.");
					if (inner) dispose = function() {
						try {
							inner.call(this);
						} catch (e) {
							return Promise.reject(e);
						}
					};
					env.stack.push({
						value,
						dispose,
						async
					});
				} else if (async) {
					env.stack.push({ async: true });
				}
				return value;
			};
			var _SuppressedError = typeof SuppressedError === "function" ? SuppressedError : function(error, suppressed, message) {
				var e = new Error(message);
				return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
			};
			__disposeResources = function(env) {
				function fail(e) {
					env.error = env.hasError ? new _SuppressedError(e, env.error, "An error was suppressed during disposal.") : e;
					env.hasError = true;
				}
				var r, s = 0;
				function next() {
					while (r = env.stack.pop()) {
						try {
							if (!r.async && s === 1) return s = 0, env.stack.push(r), Promise.resolve().then(next);
							if (r.dispose) {
								var result = r.dispose.call(r.value);
								if (r.async) return s |= 2, Promise.resolve(result).then(next, function(e) {
									fail(e);
									return next();
								});
							} else s |= 1;
						} catch (e) {
							fail(e);
						}
					}
					if (s === 1) return env.hasError ? Promise.reject(env.error) : Promise.resolve();
					if (env.hasError) throw env.error;
				}
				return next();
			};
			__rewriteRelativeImportExtension = function(path, preserveJsx, extraExtensions, ignoreCase) {
				if (typeof path === "string" && /^\.\.?\//.test(path)) {
					if (extraExtensions) {
						for (var extension in extraExtensions) {
							var suffix = path.slice(-extension.length);
							if (suffix === extension || ignoreCase && suffix.toLowerCase() === extension.toLowerCase()) {
								var output = extraExtensions[extension];
								return output === extension ? path : path.slice(0, -extension.length) + output;
							}
						}
					}
					return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function(m, tsx, d, ext, cm) {
						return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : d + ext + "." + cm.toLowerCase() + "js";
					});
				}
				return path;
			};
			exporter("__extends", __extends);
			exporter("__assign", __assign);
			exporter("__rest", __rest);
			exporter("__decorate", __decorate);
			exporter("__param", __param);
			exporter("__esDecorate", __esDecorate);
			exporter("__runInitializers", __runInitializers);
			exporter("__propKey", __propKey);
			exporter("__setFunctionName", __setFunctionName);
			exporter("__metadata", __metadata);
			exporter("__awaiter", __awaiter);
			exporter("__generator", __generator);
			exporter("__exportStar", __exportStar);
			exporter("__createBinding", __createBinding);
			exporter("__values", __values);
			exporter("__read", __read);
			exporter("__spread", __spread);
			exporter("__spreadArrays", __spreadArrays);
			exporter("__spreadArray", __spreadArray);
			exporter("__await", __await);
			exporter("__asyncGenerator", __asyncGenerator);
			exporter("__asyncDelegator", __asyncDelegator);
			exporter("__asyncValues", __asyncValues);
			exporter("__makeTemplateObject", __makeTemplateObject);
			exporter("__importStar", __importStar);
			exporter("__importDefault", __importDefault);
			exporter("__classPrivateFieldGet", __classPrivateFieldGet);
			exporter("__classPrivateFieldSet", __classPrivateFieldSet);
			exporter("__classPrivateFieldIn", __classPrivateFieldIn);
			exporter("__addDisposableResource", __addDisposableResource);
			exporter("__disposeResources", __disposeResources);
			exporter("__rewriteRelativeImportExtension", __rewriteRelativeImportExtension);
		});
		0 && 0;
	}),
	59192: ((__unused_webpack_module, exports) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.AbortError = void 0;
		class AbortError extends Error {
			constructor(message) {
				super(message);
				this.name = "AbortError";
			}
		}
		exports.AbortError = AbortError;
	}),
	83134: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.AbortError = void 0;
		var AbortError_js_1 = __webpack_require__(59192);
		Object.defineProperty(exports, "AbortError", {
			enumerable: true,
			get: function() {
				return AbortError_js_1.AbortError;
			}
		});
	}),
	17698: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.parseCAEChallenge = parseCAEChallenge;
		exports.authorizeRequestOnClaimChallenge = authorizeRequestOnClaimChallenge;
		const log_js_1 = __webpack_require__(89994);
		const base64_js_1 = __webpack_require__(20741);
		function parseCAEChallenge(challenges) {
			const bearerChallenges = `, ${challenges.trim()}`.split(", Bearer ").filter((x) => x);
			return bearerChallenges.map((challenge) => {
				const challengeParts = `${challenge.trim()}, `.split("\", ").filter((x) => x);
				const keyValuePairs = challengeParts.map((keyValue) => (([key, value]) => ({ [key]: value }))(keyValue.trim().split("=\"")));
				return keyValuePairs.reduce((a, b) => ({
					...a,
					...b
				}), {});
			});
		}
		async function authorizeRequestOnClaimChallenge(onChallengeOptions) {
			const { scopes, response } = onChallengeOptions;
			const logger = onChallengeOptions.logger || log_js_1.logger;
			const challenge = response.headers.get("WWW-Authenticate");
			if (!challenge) {
				logger.info(`The WWW-Authenticate header was missing. Failed to perform the Continuous Access Evaluation authentication flow.`);
				return false;
			}
			const challenges = parseCAEChallenge(challenge) || [];
			const parsedChallenge = challenges.find((x) => x.claims);
			if (!parsedChallenge) {
				logger.info(`The WWW-Authenticate header was missing the necessary "claims" to perform the Continuous Access Evaluation authentication flow.`);
				return false;
			}
			const accessToken = await onChallengeOptions.getAccessToken(parsedChallenge.scope ? [parsedChallenge.scope] : scopes, { claims: (0, base64_js_1.decodeStringToString)(parsedChallenge.claims) });
			if (!accessToken) {
				return false;
			}
			onChallengeOptions.request.headers.set("Authorization", `${accessToken.tokenType ?? "Bearer"} ${accessToken.token}`);
			return true;
		}
	}),
	97454: ((__unused_webpack_module, exports) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.authorizeRequestOnTenantChallenge = void 0;
		const Constants = {
			DefaultScope: "/.default",
			HeaderConstants: { AUTHORIZATION: "authorization" }
		};
		function isUuid(text) {
			return /^[0-9a-fA-F]{8}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{12}$/.test(text);
		}
		const authorizeRequestOnTenantChallenge = async (challengeOptions) => {
			const requestOptions = requestToOptions(challengeOptions.request);
			const challenge = getChallenge(challengeOptions.response);
			if (challenge) {
				const challengeInfo = parseChallenge(challenge);
				const challengeScopes = buildScopes(challengeOptions, challengeInfo);
				const tenantId = extractTenantId(challengeInfo);
				if (!tenantId) {
					return false;
				}
				const accessToken = await challengeOptions.getAccessToken(challengeScopes, {
					...requestOptions,
					tenantId
				});
				if (!accessToken) {
					return false;
				}
				challengeOptions.request.headers.set(Constants.HeaderConstants.AUTHORIZATION, `${accessToken.tokenType ?? "Bearer"} ${accessToken.token}`);
				return true;
			}
			return false;
		};
		exports.authorizeRequestOnTenantChallenge = authorizeRequestOnTenantChallenge;
		function extractTenantId(challengeInfo) {
			const parsedAuthUri = new URL(challengeInfo.authorization_uri);
			const pathSegments = parsedAuthUri.pathname.split("/");
			const tenantId = pathSegments[1];
			if (tenantId && isUuid(tenantId)) {
				return tenantId;
			}
			return undefined;
		}
		function buildScopes(challengeOptions, challengeInfo) {
			if (!challengeInfo.resource_id) {
				return challengeOptions.scopes;
			}
			const challengeScopes = new URL(challengeInfo.resource_id);
			let scope = new URL(Constants.DefaultScope, challengeScopes.origin).toString();
			if (scope === "https://disk.azure.com/.default") {
				scope = "https://disk.azure.com//.default";
			}
			return [scope];
		}
		function getChallenge(response) {
			const challenge = response.headers.get("WWW-Authenticate");
			if (response.status === 401 && challenge) {
				return challenge;
			}
			return;
		}
		function parseChallenge(challenge) {
			const bearerChallenge = challenge.slice("Bearer ".length);
			const challengeParts = `${bearerChallenge.trim()} `.split(" ").filter((x) => x);
			const keyValuePairs = challengeParts.map((keyValue) => (([key, value]) => ({ [key]: value }))(keyValue.trim().split("=")));
			return keyValuePairs.reduce((a, b) => ({
				...a,
				...b
			}), {});
		}
		function requestToOptions(request) {
			return {
				abortSignal: request.abortSignal,
				requestOptions: { timeout: request.timeout },
				tracingOptions: request.tracingOptions
			};
		}
	}),
	20741: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.encodeString = encodeString;
		exports.encodeByteArray = encodeByteArray;
		exports.decodeString = decodeString;
		exports.decodeStringToString = decodeStringToString;
		const core_util_1 = __webpack_require__(87779);
		function encodeString(value) {
			return (0, core_util_1.uint8ArrayToString)((0, core_util_1.stringToUint8Array)(value, "utf-8"), "base64");
		}
		function encodeByteArray(value) {
			return (0, core_util_1.uint8ArrayToString)(value, "base64");
		}
		function decodeString(value) {
			return (0, core_util_1.stringToUint8Array)(value, "base64");
		}
		function decodeStringToString(value) {
			return (0, core_util_1.uint8ArrayToString)((0, core_util_1.stringToUint8Array)(value, "base64"), "utf-8");
		}
	}),
	90111: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.deserializationPolicyName = void 0;
		exports.deserializationPolicy = deserializationPolicy;
		const interfaces_js_1 = __webpack_require__(56058);
		const core_rest_pipeline_1 = __webpack_require__(20778);
		const serializer_js_1 = __webpack_require__(31530);
		const operationHelpers_js_1 = __webpack_require__(19688);
		const defaultJsonContentTypes = ["application/json", "text/json"];
		const defaultXmlContentTypes = ["application/xml", "application/atom+xml"];
		exports.deserializationPolicyName = "deserializationPolicy";
		function deserializationPolicy(options = {}) {
			const jsonContentTypes = options.expectedContentTypes?.json ?? defaultJsonContentTypes;
			const xmlContentTypes = options.expectedContentTypes?.xml ?? defaultXmlContentTypes;
			const parseXML = options.parseXML;
			const serializerOptions = options.serializerOptions;
			const updatedOptions = { xml: {
				rootName: serializerOptions?.xml.rootName ?? "",
				includeRoot: serializerOptions?.xml.includeRoot ?? false,
				xmlCharKey: serializerOptions?.xml.xmlCharKey ?? interfaces_js_1.XML_CHARKEY
			} };
			return {
				name: exports.deserializationPolicyName,
				async sendRequest(request, next) {
					const response = await next(request);
					return deserializeResponseBody(jsonContentTypes, xmlContentTypes, response, updatedOptions, parseXML);
				}
			};
		}
		function getOperationResponseMap(parsedResponse) {
			let result;
			const request = parsedResponse.request;
			const operationInfo = (0, operationHelpers_js_1.getOperationRequestInfo)(request);
			const operationSpec = operationInfo?.operationSpec;
			if (operationSpec) {
				if (!operationInfo?.operationResponseGetter) {
					result = operationSpec.responses[parsedResponse.status];
				} else {
					result = operationInfo?.operationResponseGetter(operationSpec, parsedResponse);
				}
			}
			return result;
		}
		function shouldDeserializeResponse(parsedResponse) {
			const request = parsedResponse.request;
			const operationInfo = (0, operationHelpers_js_1.getOperationRequestInfo)(request);
			const shouldDeserialize = operationInfo?.shouldDeserialize;
			let result;
			if (shouldDeserialize === undefined) {
				result = true;
			} else if (typeof shouldDeserialize === "boolean") {
				result = shouldDeserialize;
			} else {
				result = shouldDeserialize(parsedResponse);
			}
			return result;
		}
		async function deserializeResponseBody(jsonContentTypes, xmlContentTypes, response, options, parseXML) {
			const parsedResponse = await parse(jsonContentTypes, xmlContentTypes, response, options, parseXML);
			if (!shouldDeserializeResponse(parsedResponse)) {
				return parsedResponse;
			}
			const operationInfo = (0, operationHelpers_js_1.getOperationRequestInfo)(parsedResponse.request);
			const operationSpec = operationInfo?.operationSpec;
			if (!operationSpec || !operationSpec.responses) {
				return parsedResponse;
			}
			const responseSpec = getOperationResponseMap(parsedResponse);
			const { error, shouldReturnResponse } = handleErrorResponse(parsedResponse, operationSpec, responseSpec, options);
			if (error) {
				throw error;
			} else if (shouldReturnResponse) {
				return parsedResponse;
			}
			if (responseSpec) {
				if (responseSpec.bodyMapper) {
					let valueToDeserialize = parsedResponse.parsedBody;
					if (operationSpec.isXML && responseSpec.bodyMapper.type.name === serializer_js_1.MapperTypeNames.Sequence) {
						valueToDeserialize = typeof valueToDeserialize === "object" ? valueToDeserialize[responseSpec.bodyMapper.xmlElementName] : [];
					}
					try {
						parsedResponse.parsedBody = operationSpec.serializer.deserialize(responseSpec.bodyMapper, valueToDeserialize, "operationRes.parsedBody", options);
					} catch (deserializeError) {
						const restError = new core_rest_pipeline_1.RestError(`Error ${deserializeError} occurred in deserializing the responseBody - ${parsedResponse.bodyAsText}`, {
							statusCode: parsedResponse.status,
							request: parsedResponse.request,
							response: parsedResponse
						});
						throw restError;
					}
				} else if (operationSpec.httpMethod === "HEAD") {
					parsedResponse.parsedBody = response.status >= 200 && response.status < 300;
				}
				if (responseSpec.headersMapper) {
					parsedResponse.parsedHeaders = operationSpec.serializer.deserialize(responseSpec.headersMapper, parsedResponse.headers.toJSON(), "operationRes.parsedHeaders", {
						xml: {},
						ignoreUnknownProperties: true
					});
				}
			}
			return parsedResponse;
		}
		function isOperationSpecEmpty(operationSpec) {
			const expectedStatusCodes = Object.keys(operationSpec.responses);
			return expectedStatusCodes.length === 0 || expectedStatusCodes.length === 1 && expectedStatusCodes[0] === "default";
		}
		function handleErrorResponse(parsedResponse, operationSpec, responseSpec, options) {
			const isSuccessByStatus = 200 <= parsedResponse.status && parsedResponse.status < 300;
			const isExpectedStatusCode = isOperationSpecEmpty(operationSpec) ? isSuccessByStatus : !!responseSpec;
			if (isExpectedStatusCode) {
				if (responseSpec) {
					if (!responseSpec.isError) {
						return {
							error: null,
							shouldReturnResponse: false
						};
					}
				} else {
					return {
						error: null,
						shouldReturnResponse: false
					};
				}
			}
			const errorResponseSpec = responseSpec ?? operationSpec.responses.default;
			const initialErrorMessage = parsedResponse.request.streamResponseStatusCodes?.has(parsedResponse.status) ? `Unexpected status code: ${parsedResponse.status}` : parsedResponse.bodyAsText;
			const error = new core_rest_pipeline_1.RestError(initialErrorMessage, {
				statusCode: parsedResponse.status,
				request: parsedResponse.request,
				response: parsedResponse
			});
			if (!errorResponseSpec && !(parsedResponse.parsedBody?.error?.code && parsedResponse.parsedBody?.error?.message)) {
				throw error;
			}
			const defaultBodyMapper = errorResponseSpec?.bodyMapper;
			const defaultHeadersMapper = errorResponseSpec?.headersMapper;
			try {
				if (parsedResponse.parsedBody) {
					const parsedBody = parsedResponse.parsedBody;
					let deserializedError;
					if (defaultBodyMapper) {
						let valueToDeserialize = parsedBody;
						if (operationSpec.isXML && defaultBodyMapper.type.name === serializer_js_1.MapperTypeNames.Sequence) {
							valueToDeserialize = [];
							const elementName = defaultBodyMapper.xmlElementName;
							if (typeof parsedBody === "object" && elementName) {
								valueToDeserialize = parsedBody[elementName];
							}
						}
						deserializedError = operationSpec.serializer.deserialize(defaultBodyMapper, valueToDeserialize, "error.response.parsedBody", options);
					}
					const internalError = parsedBody.error || deserializedError || parsedBody;
					error.code = internalError.code;
					if (internalError.message) {
						error.message = internalError.message;
					}
					if (defaultBodyMapper) {
						error.response.parsedBody = deserializedError;
					}
				}
				if (parsedResponse.headers && defaultHeadersMapper) {
					error.response.parsedHeaders = operationSpec.serializer.deserialize(defaultHeadersMapper, parsedResponse.headers.toJSON(), "operationRes.parsedHeaders");
				}
			} catch (defaultError) {
				error.message = `Error "${defaultError.message}" occurred in deserializing the responseBody - "${parsedResponse.bodyAsText}" for the default response.`;
			}
			return {
				error,
				shouldReturnResponse: false
			};
		}
		async function parse(jsonContentTypes, xmlContentTypes, operationResponse, opts, parseXML) {
			if (!operationResponse.request.streamResponseStatusCodes?.has(operationResponse.status) && operationResponse.bodyAsText) {
				const text = operationResponse.bodyAsText;
				const contentType = operationResponse.headers.get("Content-Type") || "";
				const contentComponents = !contentType ? [] : contentType.split(";").map((component) => component.toLowerCase());
				try {
					if (contentComponents.length === 0 || contentComponents.some((component) => jsonContentTypes.indexOf(component) !== -1)) {
						operationResponse.parsedBody = JSON.parse(text);
						return operationResponse;
					} else if (contentComponents.some((component) => xmlContentTypes.indexOf(component) !== -1)) {
						if (!parseXML) {
							throw new Error("Parsing XML not supported.");
						}
						const body = await parseXML(text, opts.xml);
						operationResponse.parsedBody = body;
						return operationResponse;
					}
				} catch (err) {
					const msg = `Error "${err}" occurred while parsing the response body - ${operationResponse.bodyAsText}.`;
					const errCode = err.code || core_rest_pipeline_1.RestError.PARSE_ERROR;
					const e = new core_rest_pipeline_1.RestError(msg, {
						code: errCode,
						statusCode: operationResponse.status,
						request: operationResponse.request,
						response: operationResponse
					});
					throw e;
				}
			}
			return operationResponse;
		}
	}),
	26323: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.getCachedDefaultHttpClient = getCachedDefaultHttpClient;
		const core_rest_pipeline_1 = __webpack_require__(20778);
		let cachedHttpClient;
		function getCachedDefaultHttpClient() {
			if (!cachedHttpClient) {
				cachedHttpClient = (0, core_rest_pipeline_1.createDefaultHttpClient)();
			}
			return cachedHttpClient;
		}
	}),
	60160: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.authorizeRequestOnTenantChallenge = exports.authorizeRequestOnClaimChallenge = exports.serializationPolicyName = exports.serializationPolicy = exports.deserializationPolicyName = exports.deserializationPolicy = exports.XML_CHARKEY = exports.XML_ATTRKEY = exports.createClientPipeline = exports.ServiceClient = exports.MapperTypeNames = exports.createSerializer = void 0;
		var serializer_js_1 = __webpack_require__(31530);
		Object.defineProperty(exports, "createSerializer", {
			enumerable: true,
			get: function() {
				return serializer_js_1.createSerializer;
			}
		});
		Object.defineProperty(exports, "MapperTypeNames", {
			enumerable: true,
			get: function() {
				return serializer_js_1.MapperTypeNames;
			}
		});
		var serviceClient_js_1 = __webpack_require__(89544);
		Object.defineProperty(exports, "ServiceClient", {
			enumerable: true,
			get: function() {
				return serviceClient_js_1.ServiceClient;
			}
		});
		var pipeline_js_1 = __webpack_require__(74136);
		Object.defineProperty(exports, "createClientPipeline", {
			enumerable: true,
			get: function() {
				return pipeline_js_1.createClientPipeline;
			}
		});
		var interfaces_js_1 = __webpack_require__(56058);
		Object.defineProperty(exports, "XML_ATTRKEY", {
			enumerable: true,
			get: function() {
				return interfaces_js_1.XML_ATTRKEY;
			}
		});
		Object.defineProperty(exports, "XML_CHARKEY", {
			enumerable: true,
			get: function() {
				return interfaces_js_1.XML_CHARKEY;
			}
		});
		var deserializationPolicy_js_1 = __webpack_require__(90111);
		Object.defineProperty(exports, "deserializationPolicy", {
			enumerable: true,
			get: function() {
				return deserializationPolicy_js_1.deserializationPolicy;
			}
		});
		Object.defineProperty(exports, "deserializationPolicyName", {
			enumerable: true,
			get: function() {
				return deserializationPolicy_js_1.deserializationPolicyName;
			}
		});
		var serializationPolicy_js_1 = __webpack_require__(56234);
		Object.defineProperty(exports, "serializationPolicy", {
			enumerable: true,
			get: function() {
				return serializationPolicy_js_1.serializationPolicy;
			}
		});
		Object.defineProperty(exports, "serializationPolicyName", {
			enumerable: true,
			get: function() {
				return serializationPolicy_js_1.serializationPolicyName;
			}
		});
		var authorizeRequestOnClaimChallenge_js_1 = __webpack_require__(17698);
		Object.defineProperty(exports, "authorizeRequestOnClaimChallenge", {
			enumerable: true,
			get: function() {
				return authorizeRequestOnClaimChallenge_js_1.authorizeRequestOnClaimChallenge;
			}
		});
		var authorizeRequestOnTenantChallenge_js_1 = __webpack_require__(97454);
		Object.defineProperty(exports, "authorizeRequestOnTenantChallenge", {
			enumerable: true,
			get: function() {
				return authorizeRequestOnTenantChallenge_js_1.authorizeRequestOnTenantChallenge;
			}
		});
	}),
	92066: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.getStreamingResponseStatusCodes = getStreamingResponseStatusCodes;
		exports.getPathStringFromParameter = getPathStringFromParameter;
		const serializer_js_1 = __webpack_require__(31530);
		function getStreamingResponseStatusCodes(operationSpec) {
			const result = new Set();
			for (const [statusCode, operationResponse] of Object.entries(operationSpec.responses)) {
				if (operationResponse.bodyMapper && operationResponse.bodyMapper.type.name === serializer_js_1.MapperTypeNames.Stream) {
					result.add(Number(statusCode));
				}
			}
			return result;
		}
		function getPathStringFromParameter(parameter) {
			const { parameterPath, mapper } = parameter;
			let result;
			if (typeof parameterPath === "string") {
				result = parameterPath;
			} else if (Array.isArray(parameterPath)) {
				result = parameterPath.join(".");
			} else {
				result = mapper.serializedName;
			}
			return result;
		}
	}),
	56058: ((__unused_webpack_module, exports) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.XML_CHARKEY = exports.XML_ATTRKEY = void 0;
		exports.XML_ATTRKEY = "$";
		exports.XML_CHARKEY = "_";
	}),
	89994: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.logger = void 0;
		const logger_1 = __webpack_require__(26515);
		exports.logger = (0, logger_1.createClientLogger)("core-client");
	}),
	19688: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.getOperationArgumentValueFromParameter = getOperationArgumentValueFromParameter;
		exports.getOperationRequestInfo = getOperationRequestInfo;
		const state_1 = __webpack_require__(70030);
		function getOperationArgumentValueFromParameter(operationArguments, parameter, fallbackObject) {
			let parameterPath = parameter.parameterPath;
			const parameterMapper = parameter.mapper;
			let value;
			if (typeof parameterPath === "string") {
				parameterPath = [parameterPath];
			}
			if (Array.isArray(parameterPath)) {
				if (parameterPath.length > 0) {
					if (parameterMapper.isConstant) {
						value = parameterMapper.defaultValue;
					} else {
						let propertySearchResult = getPropertyFromParameterPath(operationArguments, parameterPath);
						if (!propertySearchResult.propertyFound && fallbackObject) {
							propertySearchResult = getPropertyFromParameterPath(fallbackObject, parameterPath);
						}
						let useDefaultValue = false;
						if (!propertySearchResult.propertyFound) {
							useDefaultValue = parameterMapper.required || parameterPath[0] === "options" && parameterPath.length === 2;
						}
						value = useDefaultValue ? parameterMapper.defaultValue : propertySearchResult.propertyValue;
					}
				}
			} else {
				if (parameterMapper.required) {
					value = {};
				}
				for (const [propertyName, propertyPath] of Object.entries(parameterPath)) {
					const propertyMapper = parameterMapper.type.modelProperties[propertyName];
					const propertyValue = getOperationArgumentValueFromParameter(operationArguments, {
						parameterPath: propertyPath,
						mapper: propertyMapper
					}, fallbackObject);
					if (propertyValue !== undefined) {
						if (!value) {
							value = {};
						}
						Object.defineProperty(value, propertyName, {
							value: propertyValue,
							enumerable: true,
							configurable: true,
							writable: true
						});
					}
				}
			}
			return value;
		}
		function getPropertyFromParameterPath(parent, parameterPath) {
			const result = { propertyFound: false };
			let i = 0;
			for (; i < parameterPath.length; ++i) {
				const parameterPathPart = parameterPath[i];
				if (parent && parameterPathPart in parent) {
					parent = parent[parameterPathPart];
				} else {
					break;
				}
			}
			if (i === parameterPath.length) {
				result.propertyValue = parent;
				result.propertyFound = true;
			}
			return result;
		}
		const originalRequestSymbol = Symbol.for("@azure/core-client original request");
		function hasOriginalRequest(request) {
			return originalRequestSymbol in request;
		}
		function getOperationRequestInfo(request) {
			if (hasOriginalRequest(request)) {
				return getOperationRequestInfo(request[originalRequestSymbol]);
			}
			let info = state_1.state.operationRequestMap.get(request);
			if (!info) {
				info = {};
				state_1.state.operationRequestMap.set(request, info);
			}
			return info;
		}
	}),
	74136: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.createClientPipeline = createClientPipeline;
		const deserializationPolicy_js_1 = __webpack_require__(90111);
		const core_rest_pipeline_1 = __webpack_require__(20778);
		const serializationPolicy_js_1 = __webpack_require__(56234);
		function createClientPipeline(options = {}) {
			const pipeline = (0, core_rest_pipeline_1.createPipelineFromOptions)(options ?? {});
			if (options.credentialOptions) {
				pipeline.addPolicy((0, core_rest_pipeline_1.bearerTokenAuthenticationPolicy)({
					credential: options.credentialOptions.credential,
					scopes: options.credentialOptions.credentialScopes
				}));
			}
			pipeline.addPolicy((0, serializationPolicy_js_1.serializationPolicy)(options.serializationOptions), { phase: "Serialize" });
			pipeline.addPolicy((0, deserializationPolicy_js_1.deserializationPolicy)(options.deserializationOptions), { phase: "Deserialize" });
			return pipeline;
		}
	}),
	56234: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.serializationPolicyName = void 0;
		exports.serializationPolicy = serializationPolicy;
		exports.serializeHeaders = serializeHeaders;
		exports.serializeRequestBody = serializeRequestBody;
		const interfaces_js_1 = __webpack_require__(56058);
		const operationHelpers_js_1 = __webpack_require__(19688);
		const serializer_js_1 = __webpack_require__(31530);
		const interfaceHelpers_js_1 = __webpack_require__(92066);
		exports.serializationPolicyName = "serializationPolicy";
		function serializationPolicy(options = {}) {
			const stringifyXML = options.stringifyXML;
			return {
				name: exports.serializationPolicyName,
				sendRequest(request, next) {
					const operationInfo = (0, operationHelpers_js_1.getOperationRequestInfo)(request);
					const operationSpec = operationInfo?.operationSpec;
					const operationArguments = operationInfo?.operationArguments;
					if (operationSpec && operationArguments) {
						serializeHeaders(request, operationArguments, operationSpec);
						serializeRequestBody(request, operationArguments, operationSpec, stringifyXML);
					}
					return next(request);
				}
			};
		}
		function serializeHeaders(request, operationArguments, operationSpec) {
			if (operationSpec.headerParameters) {
				for (const headerParameter of operationSpec.headerParameters) {
					let headerValue = (0, operationHelpers_js_1.getOperationArgumentValueFromParameter)(operationArguments, headerParameter);
					if (headerValue !== null && headerValue !== undefined || headerParameter.mapper.required) {
						headerValue = operationSpec.serializer.serialize(headerParameter.mapper, headerValue, (0, interfaceHelpers_js_1.getPathStringFromParameter)(headerParameter));
						const headerCollectionPrefix = headerParameter.mapper.headerCollectionPrefix;
						if (headerCollectionPrefix) {
							for (const key of Object.keys(headerValue)) {
								request.headers.set(headerCollectionPrefix + key, headerValue[key]);
							}
						} else {
							request.headers.set(headerParameter.mapper.serializedName || (0, interfaceHelpers_js_1.getPathStringFromParameter)(headerParameter), headerValue);
						}
					}
				}
			}
			const customHeaders = operationArguments.options?.requestOptions?.customHeaders;
			if (customHeaders) {
				for (const customHeaderName of Object.keys(customHeaders)) {
					request.headers.set(customHeaderName, customHeaders[customHeaderName]);
				}
			}
		}
		function serializeRequestBody(request, operationArguments, operationSpec, stringifyXML = function() {
			throw new Error("XML serialization unsupported!");
		}) {
			const serializerOptions = operationArguments.options?.serializerOptions;
			const updatedOptions = { xml: {
				rootName: serializerOptions?.xml.rootName ?? "",
				includeRoot: serializerOptions?.xml.includeRoot ?? false,
				xmlCharKey: serializerOptions?.xml.xmlCharKey ?? interfaces_js_1.XML_CHARKEY
			} };
			const xmlCharKey = updatedOptions.xml.xmlCharKey;
			if (operationSpec.requestBody && operationSpec.requestBody.mapper) {
				request.body = (0, operationHelpers_js_1.getOperationArgumentValueFromParameter)(operationArguments, operationSpec.requestBody);
				const bodyMapper = operationSpec.requestBody.mapper;
				const { required, serializedName, xmlName, xmlElementName, xmlNamespace, xmlNamespacePrefix, nullable } = bodyMapper;
				const typeName = bodyMapper.type.name;
				try {
					if (request.body !== undefined && request.body !== null || nullable && request.body === null || required) {
						const requestBodyParameterPathString = (0, interfaceHelpers_js_1.getPathStringFromParameter)(operationSpec.requestBody);
						request.body = operationSpec.serializer.serialize(bodyMapper, request.body, requestBodyParameterPathString, updatedOptions);
						const isStream = typeName === serializer_js_1.MapperTypeNames.Stream;
						if (operationSpec.isXML) {
							const xmlnsKey = xmlNamespacePrefix ? `xmlns:${xmlNamespacePrefix}` : "xmlns";
							const value = getXmlValueWithNamespace(xmlNamespace, xmlnsKey, typeName, request.body, updatedOptions);
							if (typeName === serializer_js_1.MapperTypeNames.Sequence) {
								request.body = stringifyXML(prepareXMLRootList(value, xmlElementName || xmlName || serializedName, xmlnsKey, xmlNamespace), {
									rootName: xmlName || serializedName,
									xmlCharKey
								});
							} else if (!isStream) {
								request.body = stringifyXML(value, {
									rootName: xmlName || serializedName,
									xmlCharKey
								});
							}
						} else if (typeName === serializer_js_1.MapperTypeNames.String && (operationSpec.contentType?.match("text/plain") || operationSpec.mediaType === "text")) {
							return;
						} else if (!isStream) {
							request.body = JSON.stringify(request.body);
						}
					}
				} catch (error) {
					throw new Error(`Error "${error.message}" occurred in serializing the payload - ${JSON.stringify(serializedName, undefined, "  ")}.`);
				}
			} else if (operationSpec.formDataParameters && operationSpec.formDataParameters.length > 0) {
				request.formData = {};
				for (const formDataParameter of operationSpec.formDataParameters) {
					const formDataParameterValue = (0, operationHelpers_js_1.getOperationArgumentValueFromParameter)(operationArguments, formDataParameter);
					if (formDataParameterValue !== undefined && formDataParameterValue !== null) {
						const formDataParameterPropertyName = formDataParameter.mapper.serializedName || (0, interfaceHelpers_js_1.getPathStringFromParameter)(formDataParameter);
						request.formData[formDataParameterPropertyName] = operationSpec.serializer.serialize(formDataParameter.mapper, formDataParameterValue, (0, interfaceHelpers_js_1.getPathStringFromParameter)(formDataParameter), updatedOptions);
					}
				}
			}
		}
		function getXmlValueWithNamespace(xmlNamespace, xmlnsKey, typeName, serializedValue, options) {
			if (xmlNamespace && ![
				"Composite",
				"Sequence",
				"Dictionary"
			].includes(typeName)) {
				const result = {};
				result[options.xml.xmlCharKey] = serializedValue;
				result[interfaces_js_1.XML_ATTRKEY] = { [xmlnsKey]: xmlNamespace };
				return result;
			}
			return serializedValue;
		}
		function prepareXMLRootList(obj, elementName, xmlNamespaceKey, xmlNamespace) {
			if (!Array.isArray(obj)) {
				obj = [obj];
			}
			if (!xmlNamespaceKey || !xmlNamespace) {
				return { [elementName]: obj };
			}
			const result = { [elementName]: obj };
			result[interfaces_js_1.XML_ATTRKEY] = { [xmlNamespaceKey]: xmlNamespace };
			return result;
		}
	}),
	31530: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.MapperTypeNames = void 0;
		exports.createSerializer = createSerializer;
		const tslib_1 = __webpack_require__(61860);
		const base64 = tslib_1.__importStar(__webpack_require__(20741));
		const interfaces_js_1 = __webpack_require__(56058);
		const utils_js_1 = __webpack_require__(31193);
		class SerializerImpl {
			modelMappers;
			isXML;
			constructor(modelMappers = {}, isXML = false) {
				this.modelMappers = modelMappers;
				this.isXML = isXML;
			}
			validateConstraints(mapper, value, objectName) {
				const failValidation = (constraintName, constraintValue) => {
					throw new Error(`"${objectName}" with value "${value}" should satisfy the constraint "${constraintName}": ${constraintValue}.`);
				};
				if (mapper.constraints && value !== undefined && value !== null) {
					const { ExclusiveMaximum, ExclusiveMinimum, InclusiveMaximum, InclusiveMinimum, MaxItems, MaxLength, MinItems, MinLength, MultipleOf, Pattern, UniqueItems } = mapper.constraints;
					if (ExclusiveMaximum !== undefined && value >= ExclusiveMaximum) {
						failValidation("ExclusiveMaximum", ExclusiveMaximum);
					}
					if (ExclusiveMinimum !== undefined && value <= ExclusiveMinimum) {
						failValidation("ExclusiveMinimum", ExclusiveMinimum);
					}
					if (InclusiveMaximum !== undefined && value > InclusiveMaximum) {
						failValidation("InclusiveMaximum", InclusiveMaximum);
					}
					if (InclusiveMinimum !== undefined && value < InclusiveMinimum) {
						failValidation("InclusiveMinimum", InclusiveMinimum);
					}
					if (MaxItems !== undefined && value.length > MaxItems) {
						failValidation("MaxItems", MaxItems);
					}
					if (MaxLength !== undefined && value.length > MaxLength) {
						failValidation("MaxLength", MaxLength);
					}
					if (MinItems !== undefined && value.length < MinItems) {
						failValidation("MinItems", MinItems);
					}
					if (MinLength !== undefined && value.length < MinLength) {
						failValidation("MinLength", MinLength);
					}
					if (MultipleOf !== undefined && value % MultipleOf !== 0) {
						failValidation("MultipleOf", MultipleOf);
					}
					if (Pattern) {
						const pattern = typeof Pattern === "string" ? new RegExp(Pattern) : Pattern;
						if (typeof value !== "string" || value.match(pattern) === null) {
							failValidation("Pattern", Pattern);
						}
					}
					if (UniqueItems && value.some((item, i, ar) => ar.indexOf(item) !== i)) {
						failValidation("UniqueItems", UniqueItems);
					}
				}
			}
			serialize(mapper, object, objectName, options = { xml: {} }) {
				const updatedOptions = { xml: {
					rootName: options.xml.rootName ?? "",
					includeRoot: options.xml.includeRoot ?? false,
					xmlCharKey: options.xml.xmlCharKey ?? interfaces_js_1.XML_CHARKEY
				} };
				let payload = {};
				const mapperType = mapper.type.name;
				if (!objectName) {
					objectName = mapper.serializedName;
				}
				if (mapperType.match(/^Sequence$/i) !== null) {
					payload = [];
				}
				if (mapper.isConstant) {
					object = mapper.defaultValue;
				}
				const { required, nullable } = mapper;
				if (required && nullable && object === undefined) {
					throw new Error(`${objectName} cannot be undefined.`);
				}
				if (required && !nullable && (object === undefined || object === null)) {
					throw new Error(`${objectName} cannot be null or undefined.`);
				}
				if (!required && nullable === false && object === null) {
					throw new Error(`${objectName} cannot be null.`);
				}
				if (object === undefined || object === null) {
					payload = object;
				} else {
					if (mapperType.match(/^any$/i) !== null) {
						payload = object;
					} else if (mapperType.match(/^(Number|String|Boolean|Object|Stream|Uuid)$/i) !== null) {
						payload = serializeBasicTypes(mapperType, objectName, object);
					} else if (mapperType.match(/^Enum$/i) !== null) {
						const enumMapper = mapper;
						payload = serializeEnumType(objectName, enumMapper.type.allowedValues, object);
					} else if (mapperType.match(/^(Date|DateTime|TimeSpan|DateTimeRfc1123|UnixTime)$/i) !== null) {
						payload = serializeDateTypes(mapperType, object, objectName);
					} else if (mapperType.match(/^ByteArray$/i) !== null) {
						payload = serializeByteArrayType(objectName, object);
					} else if (mapperType.match(/^Base64Url$/i) !== null) {
						payload = serializeBase64UrlType(objectName, object);
					} else if (mapperType.match(/^Sequence$/i) !== null) {
						payload = serializeSequenceType(this, mapper, object, objectName, Boolean(this.isXML), updatedOptions);
					} else if (mapperType.match(/^Dictionary$/i) !== null) {
						payload = serializeDictionaryType(this, mapper, object, objectName, Boolean(this.isXML), updatedOptions);
					} else if (mapperType.match(/^Composite$/i) !== null) {
						payload = serializeCompositeType(this, mapper, object, objectName, Boolean(this.isXML), updatedOptions);
					}
				}
				return payload;
			}
			deserialize(mapper, responseBody, objectName, options = { xml: {} }) {
				const updatedOptions = {
					xml: {
						rootName: options.xml.rootName ?? "",
						includeRoot: options.xml.includeRoot ?? false,
						xmlCharKey: options.xml.xmlCharKey ?? interfaces_js_1.XML_CHARKEY
					},
					ignoreUnknownProperties: options.ignoreUnknownProperties ?? false
				};
				if (responseBody === undefined || responseBody === null) {
					if (this.isXML && mapper.type.name === "Sequence" && !mapper.xmlIsWrapped) {
						responseBody = [];
					}
					if (mapper.defaultValue !== undefined) {
						responseBody = mapper.defaultValue;
					}
					return responseBody;
				}
				let payload;
				const mapperType = mapper.type.name;
				if (!objectName) {
					objectName = mapper.serializedName;
				}
				if (mapperType.match(/^Composite$/i) !== null) {
					payload = deserializeCompositeType(this, mapper, responseBody, objectName, updatedOptions);
				} else {
					if (this.isXML) {
						const xmlCharKey = updatedOptions.xml.xmlCharKey;
						if (responseBody[interfaces_js_1.XML_ATTRKEY] !== undefined && responseBody[xmlCharKey] !== undefined) {
							responseBody = responseBody[xmlCharKey];
						}
					}
					if (mapperType.match(/^Number$/i) !== null) {
						payload = parseFloat(responseBody);
						if (isNaN(payload)) {
							payload = responseBody;
						}
					} else if (mapperType.match(/^Boolean$/i) !== null) {
						if (responseBody === "true") {
							payload = true;
						} else if (responseBody === "false") {
							payload = false;
						} else {
							payload = responseBody;
						}
					} else if (mapperType.match(/^(String|Enum|Object|Stream|Uuid|TimeSpan|any)$/i) !== null) {
						payload = responseBody;
					} else if (mapperType.match(/^(Date|DateTime|DateTimeRfc1123)$/i) !== null) {
						payload = new Date(responseBody);
					} else if (mapperType.match(/^UnixTime$/i) !== null) {
						payload = unixTimeToDate(responseBody);
					} else if (mapperType.match(/^ByteArray$/i) !== null) {
						payload = base64.decodeString(responseBody);
					} else if (mapperType.match(/^Base64Url$/i) !== null) {
						payload = base64UrlToByteArray(responseBody);
					} else if (mapperType.match(/^Sequence$/i) !== null) {
						payload = deserializeSequenceType(this, mapper, responseBody, objectName, updatedOptions);
					} else if (mapperType.match(/^Dictionary$/i) !== null) {
						payload = deserializeDictionaryType(this, mapper, responseBody, objectName, updatedOptions);
					}
				}
				if (mapper.isConstant) {
					payload = mapper.defaultValue;
				}
				return payload;
			}
		}
		function createSerializer(modelMappers = {}, isXML = false) {
			return new SerializerImpl(modelMappers, isXML);
		}
		function trimEnd(str, ch) {
			let len = str.length;
			while (len - 1 >= 0 && str[len - 1] === ch) {
				--len;
			}
			return str.substr(0, len);
		}
		function bufferToBase64Url(buffer) {
			if (!buffer) {
				return undefined;
			}
			if (!(buffer instanceof Uint8Array)) {
				throw new Error(`Please provide an input of type Uint8Array for converting to Base64Url.`);
			}
			const str = base64.encodeByteArray(buffer);
			return trimEnd(str, "=").replace(/\+/g, "-").replace(/\//g, "_");
		}
		function base64UrlToByteArray(str) {
			if (!str) {
				return undefined;
			}
			if (str && typeof str.valueOf() !== "string") {
				throw new Error("Please provide an input of type string for converting to Uint8Array");
			}
			str = str.replace(/-/g, "+").replace(/_/g, "/");
			return base64.decodeString(str);
		}
		function splitSerializeName(prop) {
			const classes = [];
			let partialclass = "";
			if (prop) {
				const subwords = prop.split(".");
				for (const item of subwords) {
					if (item.charAt(item.length - 1) === "\\") {
						partialclass += item.substr(0, item.length - 1) + ".";
					} else {
						partialclass += item;
						classes.push(partialclass);
						partialclass = "";
					}
				}
			}
			return classes;
		}
		function dateToUnixTime(d) {
			if (!d) {
				return undefined;
			}
			if (typeof d.valueOf() === "string") {
				d = new Date(d);
			}
			return Math.floor(d.getTime() / 1e3);
		}
		function unixTimeToDate(n) {
			if (!n) {
				return undefined;
			}
			return new Date(n * 1e3);
		}
		function serializeBasicTypes(typeName, objectName, value) {
			if (value !== null && value !== undefined) {
				if (typeName.match(/^Number$/i) !== null) {
					if (typeof value !== "number") {
						throw new Error(`${objectName} with value ${value} must be of type number.`);
					}
				} else if (typeName.match(/^String$/i) !== null) {
					if (typeof value.valueOf() !== "string") {
						throw new Error(`${objectName} with value "${value}" must be of type string.`);
					}
				} else if (typeName.match(/^Uuid$/i) !== null) {
					if (!(typeof value.valueOf() === "string" && (0, utils_js_1.isValidUuid)(value))) {
						throw new Error(`${objectName} with value "${value}" must be of type string and a valid uuid.`);
					}
				} else if (typeName.match(/^Boolean$/i) !== null) {
					if (typeof value !== "boolean") {
						throw new Error(`${objectName} with value ${value} must be of type boolean.`);
					}
				} else if (typeName.match(/^Stream$/i) !== null) {
					const objectType = typeof value;
					if (objectType !== "string" && typeof value.pipe !== "function" && typeof value.tee !== "function" && !(value instanceof ArrayBuffer) && !ArrayBuffer.isView(value) && !((typeof Blob === "function" || typeof Blob === "object") && value instanceof Blob) && objectType !== "function") {
						throw new Error(`${objectName} must be a string, Blob, ArrayBuffer, ArrayBufferView, ReadableStream, or () => ReadableStream.`);
					}
				}
			}
			return value;
		}
		function serializeEnumType(objectName, allowedValues, value) {
			if (!allowedValues) {
				throw new Error(`Please provide a set of allowedValues to validate ${objectName} as an Enum Type.`);
			}
			const isPresent = allowedValues.some((item) => {
				if (typeof item.valueOf() === "string") {
					return item.toLowerCase() === value.toLowerCase();
				}
				return item === value;
			});
			if (!isPresent) {
				throw new Error(`${value} is not a valid value for ${objectName}. The valid values are: ${JSON.stringify(allowedValues)}.`);
			}
			return value;
		}
		function serializeByteArrayType(objectName, value) {
			if (value !== undefined && value !== null) {
				if (!(value instanceof Uint8Array)) {
					throw new Error(`${objectName} must be of type Uint8Array.`);
				}
				value = base64.encodeByteArray(value);
			}
			return value;
		}
		function serializeBase64UrlType(objectName, value) {
			if (value !== undefined && value !== null) {
				if (!(value instanceof Uint8Array)) {
					throw new Error(`${objectName} must be of type Uint8Array.`);
				}
				value = bufferToBase64Url(value);
			}
			return value;
		}
		function serializeDateTypes(typeName, value, objectName) {
			if (value !== undefined && value !== null) {
				if (typeName.match(/^Date$/i) !== null) {
					if (!(value instanceof Date || typeof value.valueOf() === "string" && !isNaN(Date.parse(value)))) {
						throw new Error(`${objectName} must be an instanceof Date or a string in ISO8601 format.`);
					}
					value = value instanceof Date ? value.toISOString().substring(0, 10) : new Date(value).toISOString().substring(0, 10);
				} else if (typeName.match(/^DateTime$/i) !== null) {
					if (!(value instanceof Date || typeof value.valueOf() === "string" && !isNaN(Date.parse(value)))) {
						throw new Error(`${objectName} must be an instanceof Date or a string in ISO8601 format.`);
					}
					value = value instanceof Date ? value.toISOString() : new Date(value).toISOString();
				} else if (typeName.match(/^DateTimeRfc1123$/i) !== null) {
					if (!(value instanceof Date || typeof value.valueOf() === "string" && !isNaN(Date.parse(value)))) {
						throw new Error(`${objectName} must be an instanceof Date or a string in RFC-1123 format.`);
					}
					value = value instanceof Date ? value.toUTCString() : new Date(value).toUTCString();
				} else if (typeName.match(/^UnixTime$/i) !== null) {
					if (!(value instanceof Date || typeof value.valueOf() === "string" && !isNaN(Date.parse(value)))) {
						throw new Error(`${objectName} must be an instanceof Date or a string in RFC-1123/ISO8601 format ` + `for it to be serialized in UnixTime/Epoch format.`);
					}
					value = dateToUnixTime(value);
				} else if (typeName.match(/^TimeSpan$/i) !== null) {
					if (!(0, utils_js_1.isDuration)(value)) {
						throw new Error(`${objectName} must be a string in ISO 8601 format. Instead was "${value}".`);
					}
				}
			}
			return value;
		}
		function serializeSequenceType(serializer, mapper, object, objectName, isXml, options) {
			if (!Array.isArray(object)) {
				throw new Error(`${objectName} must be of type Array.`);
			}
			let elementType = mapper.type.element;
			if (!elementType || typeof elementType !== "object") {
				throw new Error(`"element" metadata for an Array must be defined in the ` + `mapper and it must be of type "object" in ${objectName}.`);
			}
			if (elementType.type.name === "Composite" && elementType.type.className) {
				elementType = serializer.modelMappers[elementType.type.className] ?? elementType;
			}
			const tempArray = [];
			for (let i = 0; i < object.length; i++) {
				const serializedValue = serializer.serialize(elementType, object[i], objectName, options);
				if (isXml && elementType.xmlNamespace) {
					const xmlnsKey = elementType.xmlNamespacePrefix ? `xmlns:${elementType.xmlNamespacePrefix}` : "xmlns";
					if (elementType.type.name === "Composite") {
						tempArray[i] = { ...serializedValue };
						tempArray[i][interfaces_js_1.XML_ATTRKEY] = { [xmlnsKey]: elementType.xmlNamespace };
					} else {
						tempArray[i] = {};
						tempArray[i][options.xml.xmlCharKey] = serializedValue;
						tempArray[i][interfaces_js_1.XML_ATTRKEY] = { [xmlnsKey]: elementType.xmlNamespace };
					}
				} else {
					tempArray[i] = serializedValue;
				}
			}
			return tempArray;
		}
		function serializeDictionaryType(serializer, mapper, object, objectName, isXml, options) {
			if (typeof object !== "object") {
				throw new Error(`${objectName} must be of type object.`);
			}
			const valueType = mapper.type.value;
			if (!valueType || typeof valueType !== "object") {
				throw new Error(`"value" metadata for a Dictionary must be defined in the ` + `mapper and it must of type "object" in ${objectName}.`);
			}
			const tempDictionary = {};
			for (const key of Object.keys(object)) {
				const serializedValue = serializer.serialize(valueType, object[key], objectName, options);
				tempDictionary[key] = getXmlObjectValue(valueType, serializedValue, isXml, options);
			}
			if (isXml && mapper.xmlNamespace) {
				const xmlnsKey = mapper.xmlNamespacePrefix ? `xmlns:${mapper.xmlNamespacePrefix}` : "xmlns";
				const result = tempDictionary;
				result[interfaces_js_1.XML_ATTRKEY] = { [xmlnsKey]: mapper.xmlNamespace };
				return result;
			}
			return tempDictionary;
		}
		function resolveAdditionalProperties(serializer, mapper, objectName) {
			const additionalProperties = mapper.type.additionalProperties;
			if (!additionalProperties && mapper.type.className) {
				const modelMapper = resolveReferencedMapper(serializer, mapper, objectName);
				return modelMapper?.type.additionalProperties;
			}
			return additionalProperties;
		}
		function resolveReferencedMapper(serializer, mapper, objectName) {
			const className = mapper.type.className;
			if (!className) {
				throw new Error(`Class name for model "${objectName}" is not provided in the mapper "${JSON.stringify(mapper, undefined, 2)}".`);
			}
			return serializer.modelMappers[className];
		}
		function resolveModelProperties(serializer, mapper, objectName) {
			let modelProps = mapper.type.modelProperties;
			if (!modelProps) {
				const modelMapper = resolveReferencedMapper(serializer, mapper, objectName);
				if (!modelMapper) {
					throw new Error(`mapper() cannot be null or undefined for model "${mapper.type.className}".`);
				}
				modelProps = modelMapper?.type.modelProperties;
				if (!modelProps) {
					throw new Error(`modelProperties cannot be null or undefined in the ` + `mapper "${JSON.stringify(modelMapper)}" of type "${mapper.type.className}" for object "${objectName}".`);
				}
			}
			return modelProps;
		}
		function serializeCompositeType(serializer, mapper, object, objectName, isXml, options) {
			if (getPolymorphicDiscriminatorRecursively(serializer, mapper)) {
				mapper = getPolymorphicMapper(serializer, mapper, object, "clientName");
			}
			if (object !== undefined && object !== null) {
				const payload = {};
				const modelProps = resolveModelProperties(serializer, mapper, objectName);
				for (const key of Object.keys(modelProps)) {
					const propertyMapper = modelProps[key];
					if (propertyMapper.readOnly) {
						continue;
					}
					let propName;
					let parentObject = payload;
					if (serializer.isXML) {
						if (propertyMapper.xmlIsWrapped) {
							propName = propertyMapper.xmlName;
						} else {
							propName = propertyMapper.xmlElementName || propertyMapper.xmlName;
						}
					} else {
						const paths = splitSerializeName(propertyMapper.serializedName);
						propName = paths.pop();
						for (const pathName of paths) {
							const childObject = parentObject[pathName];
							if ((childObject === undefined || childObject === null) && (object[key] !== undefined && object[key] !== null || propertyMapper.defaultValue !== undefined)) {
								parentObject[pathName] = {};
							}
							parentObject = parentObject[pathName];
						}
					}
					if (parentObject !== undefined && parentObject !== null) {
						if (isXml && mapper.xmlNamespace) {
							const xmlnsKey = mapper.xmlNamespacePrefix ? `xmlns:${mapper.xmlNamespacePrefix}` : "xmlns";
							parentObject[interfaces_js_1.XML_ATTRKEY] = {
								...parentObject[interfaces_js_1.XML_ATTRKEY],
								[xmlnsKey]: mapper.xmlNamespace
							};
						}
						const propertyObjectName = propertyMapper.serializedName !== "" ? objectName + "." + propertyMapper.serializedName : objectName;
						let toSerialize = object[key];
						const polymorphicDiscriminator = getPolymorphicDiscriminatorRecursively(serializer, mapper);
						if (polymorphicDiscriminator && polymorphicDiscriminator.clientName === key && (toSerialize === undefined || toSerialize === null)) {
							toSerialize = mapper.serializedName;
						}
						const serializedValue = serializer.serialize(propertyMapper, toSerialize, propertyObjectName, options);
						if (serializedValue !== undefined && propName !== undefined && propName !== null) {
							const value = getXmlObjectValue(propertyMapper, serializedValue, isXml, options);
							if (isXml && propertyMapper.xmlIsAttribute) {
								parentObject[interfaces_js_1.XML_ATTRKEY] = parentObject[interfaces_js_1.XML_ATTRKEY] || {};
								parentObject[interfaces_js_1.XML_ATTRKEY][propName] = serializedValue;
							} else if (isXml && propertyMapper.xmlIsWrapped) {
								parentObject[propName] = { [propertyMapper.xmlElementName]: value };
							} else {
								parentObject[propName] = value;
							}
						}
					}
				}
				const additionalPropertiesMapper = resolveAdditionalProperties(serializer, mapper, objectName);
				if (additionalPropertiesMapper) {
					const propNames = Object.keys(modelProps);
					for (const clientPropName of Object.keys(object)) {
						const isAdditionalProperty = propNames.every((pn) => pn !== clientPropName);
						if (isAdditionalProperty) {
							Object.defineProperty(payload, clientPropName, {
								value: serializer.serialize(additionalPropertiesMapper, object[clientPropName], objectName + "[\"" + clientPropName + "\"]", options),
								enumerable: true,
								configurable: true,
								writable: true
							});
						}
					}
				}
				return payload;
			}
			return object;
		}
		function getXmlObjectValue(propertyMapper, serializedValue, isXml, options) {
			if (!isXml || !propertyMapper.xmlNamespace) {
				return serializedValue;
			}
			const xmlnsKey = propertyMapper.xmlNamespacePrefix ? `xmlns:${propertyMapper.xmlNamespacePrefix}` : "xmlns";
			const xmlNamespace = { [xmlnsKey]: propertyMapper.xmlNamespace };
			if (["Composite"].includes(propertyMapper.type.name)) {
				if (serializedValue[interfaces_js_1.XML_ATTRKEY]) {
					return serializedValue;
				} else {
					const result = { ...serializedValue };
					result[interfaces_js_1.XML_ATTRKEY] = xmlNamespace;
					return result;
				}
			}
			const result = {};
			result[options.xml.xmlCharKey] = serializedValue;
			result[interfaces_js_1.XML_ATTRKEY] = xmlNamespace;
			return result;
		}
		function isSpecialXmlProperty(propertyName, options) {
			return [interfaces_js_1.XML_ATTRKEY, options.xml.xmlCharKey].includes(propertyName);
		}
		function deserializeCompositeType(serializer, mapper, responseBody, objectName, options) {
			const xmlCharKey = options.xml.xmlCharKey ?? interfaces_js_1.XML_CHARKEY;
			if (getPolymorphicDiscriminatorRecursively(serializer, mapper)) {
				mapper = getPolymorphicMapper(serializer, mapper, responseBody, "serializedName");
			}
			const modelProps = resolveModelProperties(serializer, mapper, objectName);
			let instance = {};
			const handledPropertyNames = [];
			for (const key of Object.keys(modelProps)) {
				const propertyMapper = modelProps[key];
				const paths = splitSerializeName(modelProps[key].serializedName);
				handledPropertyNames.push(paths[0]);
				const { serializedName, xmlName, xmlElementName } = propertyMapper;
				let propertyObjectName = objectName;
				if (serializedName !== "" && serializedName !== undefined) {
					propertyObjectName = objectName + "." + serializedName;
				}
				const headerCollectionPrefix = propertyMapper.headerCollectionPrefix;
				if (headerCollectionPrefix) {
					const dictionary = {};
					for (const headerKey of Object.keys(responseBody)) {
						if (headerKey.startsWith(headerCollectionPrefix)) {
							dictionary[headerKey.substring(headerCollectionPrefix.length)] = serializer.deserialize(propertyMapper.type.value, responseBody[headerKey], propertyObjectName, options);
						}
						handledPropertyNames.push(headerKey);
					}
					instance[key] = dictionary;
				} else if (serializer.isXML) {
					if (propertyMapper.xmlIsAttribute && responseBody[interfaces_js_1.XML_ATTRKEY]) {
						instance[key] = serializer.deserialize(propertyMapper, responseBody[interfaces_js_1.XML_ATTRKEY][xmlName], propertyObjectName, options);
					} else if (propertyMapper.xmlIsMsText) {
						if (responseBody[xmlCharKey] !== undefined) {
							instance[key] = responseBody[xmlCharKey];
						} else if (typeof responseBody === "string") {
							instance[key] = responseBody;
						}
					} else {
						const propertyName = xmlElementName || xmlName || serializedName;
						if (propertyMapper.xmlIsWrapped) {
							const wrapped = responseBody[xmlName];
							const elementList = wrapped?.[xmlElementName] ?? [];
							Object.defineProperty(instance, key, {
								value: serializer.deserialize(propertyMapper, elementList, propertyObjectName, options),
								enumerable: true,
								configurable: true,
								writable: true
							});
							handledPropertyNames.push(xmlName);
						} else {
							const property = responseBody[propertyName];
							instance[key] = serializer.deserialize(propertyMapper, property, propertyObjectName, options);
							handledPropertyNames.push(propertyName);
						}
					}
				} else {
					let propertyInstance;
					let res = responseBody;
					let steps = 0;
					for (const item of paths) {
						if (!res) break;
						steps++;
						res = res[item];
					}
					if (res === null && steps < paths.length) {
						res = undefined;
					}
					propertyInstance = res;
					const polymorphicDiscriminator = mapper.type.polymorphicDiscriminator;
					if (polymorphicDiscriminator && key === polymorphicDiscriminator.clientName && (propertyInstance === undefined || propertyInstance === null)) {
						propertyInstance = mapper.serializedName;
					}
					let serializedValue;
					if (Array.isArray(responseBody[key]) && modelProps[key].serializedName === "") {
						propertyInstance = responseBody[key];
						const arrayInstance = serializer.deserialize(propertyMapper, propertyInstance, propertyObjectName, options);
						for (const [k, v] of Object.entries(instance)) {
							if (!Object.prototype.hasOwnProperty.call(arrayInstance, k)) {
								arrayInstance[k] = v;
							}
						}
						instance = arrayInstance;
					} else if (propertyInstance !== undefined || propertyMapper.defaultValue !== undefined) {
						serializedValue = serializer.deserialize(propertyMapper, propertyInstance, propertyObjectName, options);
						instance[key] = serializedValue;
					}
				}
			}
			const additionalPropertiesMapper = mapper.type.additionalProperties;
			if (additionalPropertiesMapper) {
				const isAdditionalProperty = (responsePropName) => {
					for (const clientPropName of Object.keys(modelProps)) {
						const paths = splitSerializeName(modelProps[clientPropName].serializedName);
						if (paths[0] === responsePropName) {
							return false;
						}
					}
					return true;
				};
				for (const responsePropName of Object.keys(responseBody)) {
					if (isAdditionalProperty(responsePropName)) {
						const deserializedValue = serializer.deserialize(additionalPropertiesMapper, responseBody[responsePropName], objectName + "[\"" + responsePropName + "\"]", options);
						Object.defineProperty(instance, responsePropName, {
							value: deserializedValue,
							enumerable: true,
							configurable: true,
							writable: true
						});
					}
				}
			} else if (responseBody && !options.ignoreUnknownProperties) {
				for (const key of Object.keys(responseBody)) {
					if (instance[key] === undefined && !handledPropertyNames.includes(key) && !isSpecialXmlProperty(key, options)) {
						Object.defineProperty(instance, key, {
							value: responseBody[key],
							enumerable: true,
							configurable: true,
							writable: true
						});
					}
				}
			}
			return instance;
		}
		function deserializeDictionaryType(serializer, mapper, responseBody, objectName, options) {
			const value = mapper.type.value;
			if (!value || typeof value !== "object") {
				throw new Error(`"value" metadata for a Dictionary must be defined in the ` + `mapper and it must of type "object" in ${objectName}`);
			}
			if (responseBody) {
				const tempDictionary = {};
				for (const key of Object.keys(responseBody)) {
					tempDictionary[key] = serializer.deserialize(value, responseBody[key], objectName, options);
				}
				return tempDictionary;
			}
			return responseBody;
		}
		function deserializeSequenceType(serializer, mapper, responseBody, objectName, options) {
			let element = mapper.type.element;
			if (!element || typeof element !== "object") {
				throw new Error(`"element" metadata for an Array must be defined in the ` + `mapper and it must be of type "object" in ${objectName}`);
			}
			if (responseBody) {
				if (!Array.isArray(responseBody)) {
					responseBody = [responseBody];
				}
				if (element.type.name === "Composite" && element.type.className) {
					element = serializer.modelMappers[element.type.className] ?? element;
				}
				const tempArray = [];
				for (let i = 0; i < responseBody.length; i++) {
					tempArray[i] = serializer.deserialize(element, responseBody[i], `${objectName}[${i}]`, options);
				}
				return tempArray;
			}
			return responseBody;
		}
		function getIndexDiscriminator(discriminators, discriminatorValue, typeName) {
			const typeNamesToCheck = [typeName];
			while (typeNamesToCheck.length) {
				const currentName = typeNamesToCheck.shift();
				const indexDiscriminator = discriminatorValue === currentName ? discriminatorValue : currentName + "." + discriminatorValue;
				if (Object.prototype.hasOwnProperty.call(discriminators, indexDiscriminator)) {
					return discriminators[indexDiscriminator];
				} else {
					for (const [name, mapper] of Object.entries(discriminators)) {
						if (name.startsWith(currentName + ".") && mapper.type.uberParent === currentName && mapper.type.className) {
							typeNamesToCheck.push(mapper.type.className);
						}
					}
				}
			}
			return undefined;
		}
		function getPolymorphicMapper(serializer, mapper, object, polymorphicPropertyName) {
			const polymorphicDiscriminator = getPolymorphicDiscriminatorRecursively(serializer, mapper);
			if (polymorphicDiscriminator) {
				let discriminatorName = polymorphicDiscriminator[polymorphicPropertyName];
				if (discriminatorName) {
					if (polymorphicPropertyName === "serializedName") {
						discriminatorName = discriminatorName.replace(/\\/gi, "");
					}
					const discriminatorValue = object[discriminatorName];
					const typeName = mapper.type.uberParent ?? mapper.type.className;
					if (typeof discriminatorValue === "string" && typeName) {
						const polymorphicMapper = getIndexDiscriminator(serializer.modelMappers.discriminators, discriminatorValue, typeName);
						if (polymorphicMapper) {
							mapper = polymorphicMapper;
						}
					}
				}
			}
			return mapper;
		}
		function getPolymorphicDiscriminatorRecursively(serializer, mapper) {
			return mapper.type.polymorphicDiscriminator || getPolymorphicDiscriminatorSafely(serializer, mapper.type.uberParent) || getPolymorphicDiscriminatorSafely(serializer, mapper.type.className);
		}
		function getPolymorphicDiscriminatorSafely(serializer, typeName) {
			return typeName && serializer.modelMappers[typeName] && serializer.modelMappers[typeName].type.polymorphicDiscriminator;
		}
		exports.MapperTypeNames = {
			Base64Url: "Base64Url",
			Boolean: "Boolean",
			ByteArray: "ByteArray",
			Composite: "Composite",
			Date: "Date",
			DateTime: "DateTime",
			DateTimeRfc1123: "DateTimeRfc1123",
			Dictionary: "Dictionary",
			Enum: "Enum",
			Number: "Number",
			Object: "Object",
			Sequence: "Sequence",
			String: "String",
			Stream: "Stream",
			TimeSpan: "TimeSpan",
			UnixTime: "UnixTime"
		};
	}),
	89544: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.ServiceClient = void 0;
		const core_rest_pipeline_1 = __webpack_require__(20778);
		const pipeline_js_1 = __webpack_require__(74136);
		const utils_js_1 = __webpack_require__(31193);
		const httpClientCache_js_1 = __webpack_require__(26323);
		const operationHelpers_js_1 = __webpack_require__(19688);
		const urlHelpers_js_1 = __webpack_require__(61752);
		const interfaceHelpers_js_1 = __webpack_require__(92066);
		const log_js_1 = __webpack_require__(89994);
		class ServiceClient {
			_endpoint;
			_requestContentType;
			_allowInsecureConnection;
			_httpClient;
			pipeline;
			constructor(options = {}) {
				this._requestContentType = options.requestContentType;
				this._endpoint = options.endpoint ?? options.baseUri;
				if (options.baseUri) {
					log_js_1.logger.warning("The baseUri option for SDK Clients has been deprecated, please use endpoint instead.");
				}
				this._allowInsecureConnection = options.allowInsecureConnection;
				this._httpClient = options.httpClient || (0, httpClientCache_js_1.getCachedDefaultHttpClient)();
				this.pipeline = options.pipeline || createDefaultPipeline(options);
				if (options.additionalPolicies?.length) {
					for (const { policy, position } of options.additionalPolicies) {
						const afterPhase = position === "perRetry" ? "Sign" : undefined;
						this.pipeline.addPolicy(policy, { afterPhase });
					}
				}
			}
			sendRequest(request) {
				return this.pipeline.sendRequest(this._httpClient, request);
			}
			async sendOperationRequest(operationArguments, operationSpec) {
				const endpoint = operationSpec.baseUrl || this._endpoint;
				if (!endpoint) {
					throw new Error("If operationSpec.baseUrl is not specified, then the ServiceClient must have a endpoint string property that contains the base URL to use.");
				}
				const url = (0, urlHelpers_js_1.getRequestUrl)(endpoint, operationSpec, operationArguments, this);
				const request = (0, core_rest_pipeline_1.createPipelineRequest)({ url });
				request.method = operationSpec.httpMethod;
				const operationInfo = (0, operationHelpers_js_1.getOperationRequestInfo)(request);
				operationInfo.operationSpec = operationSpec;
				operationInfo.operationArguments = operationArguments;
				const contentType = operationSpec.contentType || this._requestContentType;
				if (contentType && operationSpec.requestBody) {
					request.headers.set("Content-Type", contentType);
				}
				const options = operationArguments.options;
				if (options) {
					const requestOptions = options.requestOptions;
					if (requestOptions) {
						if (requestOptions.timeout) {
							request.timeout = requestOptions.timeout;
						}
						if (requestOptions.onUploadProgress) {
							request.onUploadProgress = requestOptions.onUploadProgress;
						}
						if (requestOptions.onDownloadProgress) {
							request.onDownloadProgress = requestOptions.onDownloadProgress;
						}
						if (requestOptions.shouldDeserialize !== undefined) {
							operationInfo.shouldDeserialize = requestOptions.shouldDeserialize;
						}
						if (requestOptions.allowInsecureConnection) {
							request.allowInsecureConnection = true;
						}
					}
					if (options.abortSignal) {
						request.abortSignal = options.abortSignal;
					}
					if (options.tracingOptions) {
						request.tracingOptions = options.tracingOptions;
					}
				}
				if (this._allowInsecureConnection) {
					request.allowInsecureConnection = true;
				}
				if (request.streamResponseStatusCodes === undefined) {
					request.streamResponseStatusCodes = (0, interfaceHelpers_js_1.getStreamingResponseStatusCodes)(operationSpec);
				}
				try {
					const rawResponse = await this.sendRequest(request);
					const flatResponse = (0, utils_js_1.flattenResponse)(rawResponse, operationSpec.responses[rawResponse.status]);
					if (options?.onResponse) {
						options.onResponse(rawResponse, flatResponse);
					}
					return flatResponse;
				} catch (error) {
					if (typeof error === "object" && error?.response) {
						const rawResponse = error.response;
						const flatResponse = (0, utils_js_1.flattenResponse)(rawResponse, operationSpec.responses[error.statusCode] || operationSpec.responses["default"]);
						error.details = flatResponse;
						if (options?.onResponse) {
							options.onResponse(rawResponse, flatResponse, error);
						}
					}
					throw error;
				}
			}
		}
		exports.ServiceClient = ServiceClient;
		function createDefaultPipeline(options) {
			const credentialScopes = getCredentialScopes(options);
			const credentialOptions = options.credential && credentialScopes ? {
				credentialScopes,
				credential: options.credential
			} : undefined;
			return (0, pipeline_js_1.createClientPipeline)({
				...options,
				credentialOptions
			});
		}
		function getCredentialScopes(options) {
			if (options.credentialScopes) {
				return options.credentialScopes;
			}
			if (options.endpoint) {
				return `${options.endpoint}/.default`;
			}
			if (options.baseUri) {
				return `${options.baseUri}/.default`;
			}
			if (options.credential) {
				throw new Error(`When using credentials, the ServiceClientOptions must contain either a endpoint or a credentialScopes. Unable to create a bearerTokenAuthenticationPolicy`);
			}
			return undefined;
		}
	}),
	61752: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.getRequestUrl = getRequestUrl;
		exports.appendQueryParams = appendQueryParams;
		const operationHelpers_js_1 = __webpack_require__(19688);
		const interfaceHelpers_js_1 = __webpack_require__(92066);
		const CollectionFormatToDelimiterMap = {
			CSV: ",",
			SSV: " ",
			Multi: "Multi",
			TSV: "	",
			Pipes: "|"
		};
		function getRequestUrl(baseUri, operationSpec, operationArguments, fallbackObject) {
			const urlReplacements = calculateUrlReplacements(operationSpec, operationArguments, fallbackObject);
			let isAbsolutePath = false;
			let requestUrl = replaceAll(baseUri, urlReplacements);
			if (operationSpec.path) {
				let path = replaceAll(operationSpec.path, urlReplacements);
				if (operationSpec.path === "/{nextLink}" && path.startsWith("/")) {
					path = path.substring(1);
				}
				if (isAbsoluteUrl(path)) {
					requestUrl = path;
					isAbsolutePath = true;
				} else {
					requestUrl = appendPath(requestUrl, path);
				}
			}
			const { queryParams, sequenceParams } = calculateQueryParameters(operationSpec, operationArguments, fallbackObject);
			requestUrl = appendQueryParams(requestUrl, queryParams, sequenceParams, isAbsolutePath);
			return requestUrl;
		}
		function replaceAll(input, replacements) {
			let result = input;
			for (const [searchValue, replaceValue] of replacements) {
				result = result.split(searchValue).join(replaceValue);
			}
			return result;
		}
		function calculateUrlReplacements(operationSpec, operationArguments, fallbackObject) {
			const result = new Map();
			if (operationSpec.urlParameters?.length) {
				for (const urlParameter of operationSpec.urlParameters) {
					let urlParameterValue = (0, operationHelpers_js_1.getOperationArgumentValueFromParameter)(operationArguments, urlParameter, fallbackObject);
					const parameterPathString = (0, interfaceHelpers_js_1.getPathStringFromParameter)(urlParameter);
					urlParameterValue = operationSpec.serializer.serialize(urlParameter.mapper, urlParameterValue, parameterPathString);
					if (!urlParameter.skipEncoding) {
						urlParameterValue = encodeURIComponent(urlParameterValue);
					}
					result.set(`{${urlParameter.mapper.serializedName || parameterPathString}}`, urlParameterValue);
				}
			}
			return result;
		}
		function isAbsoluteUrl(url) {
			return url.includes("://");
		}
		function appendPath(url, pathToAppend) {
			if (!pathToAppend) {
				return url;
			}
			const parsedUrl = new URL(url);
			let newPath = parsedUrl.pathname;
			if (!newPath.endsWith("/")) {
				newPath = `${newPath}/`;
			}
			if (pathToAppend.startsWith("/")) {
				pathToAppend = pathToAppend.substring(1);
			}
			const searchStart = pathToAppend.indexOf("?");
			if (searchStart !== -1) {
				const path = pathToAppend.substring(0, searchStart);
				const search = pathToAppend.substring(searchStart + 1);
				newPath = newPath + path;
				if (search) {
					parsedUrl.search = parsedUrl.search ? `${parsedUrl.search}&${search}` : search;
				}
			} else {
				newPath = newPath + pathToAppend;
			}
			Object.assign(parsedUrl, { pathname: newPath });
			return parsedUrl.toString();
		}
		function calculateQueryParameters(operationSpec, operationArguments, fallbackObject) {
			const result = new Map();
			const sequenceParams = new Set();
			if (operationSpec.queryParameters?.length) {
				for (const queryParameter of operationSpec.queryParameters) {
					if (queryParameter.mapper.type.name === "Sequence" && queryParameter.mapper.serializedName) {
						sequenceParams.add(queryParameter.mapper.serializedName);
					}
					let queryParameterValue = (0, operationHelpers_js_1.getOperationArgumentValueFromParameter)(operationArguments, queryParameter, fallbackObject);
					if (queryParameterValue !== undefined && queryParameterValue !== null || queryParameter.mapper.required) {
						queryParameterValue = operationSpec.serializer.serialize(queryParameter.mapper, queryParameterValue, (0, interfaceHelpers_js_1.getPathStringFromParameter)(queryParameter));
						const delimiter = queryParameter.collectionFormat ? CollectionFormatToDelimiterMap[queryParameter.collectionFormat] : "";
						if (Array.isArray(queryParameterValue)) {
							queryParameterValue = queryParameterValue.map((item) => {
								if (item === null || item === undefined) {
									return "";
								}
								return item;
							});
						}
						if (queryParameter.collectionFormat === "Multi" && queryParameterValue.length === 0) {
							continue;
						} else if (Array.isArray(queryParameterValue) && (queryParameter.collectionFormat === "SSV" || queryParameter.collectionFormat === "TSV")) {
							queryParameterValue = queryParameterValue.join(delimiter);
						}
						if (!queryParameter.skipEncoding) {
							if (Array.isArray(queryParameterValue)) {
								queryParameterValue = queryParameterValue.map((item) => {
									return encodeURIComponent(item);
								});
							} else {
								queryParameterValue = encodeURIComponent(queryParameterValue);
							}
						}
						if (Array.isArray(queryParameterValue) && (queryParameter.collectionFormat === "CSV" || queryParameter.collectionFormat === "Pipes")) {
							queryParameterValue = queryParameterValue.join(delimiter);
						}
						result.set(queryParameter.mapper.serializedName || (0, interfaceHelpers_js_1.getPathStringFromParameter)(queryParameter), queryParameterValue);
					}
				}
			}
			return {
				queryParams: result,
				sequenceParams
			};
		}
		function simpleParseQueryParams(queryString) {
			const result = new Map();
			if (!queryString || queryString[0] !== "?") {
				return result;
			}
			queryString = queryString.slice(1);
			const pairs = queryString.split("&");
			for (const pair of pairs) {
				const [name, value] = pair.split("=", 2);
				const existingValue = result.get(name);
				if (existingValue) {
					if (Array.isArray(existingValue)) {
						existingValue.push(value);
					} else {
						result.set(name, [existingValue, value]);
					}
				} else {
					result.set(name, value);
				}
			}
			return result;
		}
		function appendQueryParams(url, queryParams, sequenceParams, noOverwrite = false) {
			if (queryParams.size === 0) {
				return url;
			}
			const parsedUrl = new URL(url);
			const combinedParams = simpleParseQueryParams(parsedUrl.search);
			for (const [name, value] of queryParams) {
				const existingValue = combinedParams.get(name);
				if (Array.isArray(existingValue)) {
					if (Array.isArray(value)) {
						existingValue.push(...value);
						const valueSet = new Set(existingValue);
						combinedParams.set(name, Array.from(valueSet));
					} else {
						existingValue.push(value);
					}
				} else if (existingValue) {
					if (Array.isArray(value)) {
						value.unshift(existingValue);
					} else if (sequenceParams.has(name)) {
						combinedParams.set(name, [existingValue, value]);
					}
					if (!noOverwrite) {
						combinedParams.set(name, value);
					}
				} else {
					combinedParams.set(name, value);
				}
			}
			const searchPieces = [];
			for (const [name, value] of combinedParams) {
				if (typeof value === "string") {
					searchPieces.push(`${name}=${value}`);
				} else if (Array.isArray(value)) {
					for (const subValue of value) {
						searchPieces.push(`${name}=${subValue}`);
					}
				} else {
					searchPieces.push(`${name}=${value}`);
				}
			}
			parsedUrl.search = searchPieces.length ? `?${searchPieces.join("&")}` : "";
			return parsedUrl.toString();
		}
	}),
	31193: ((__unused_webpack_module, exports) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.isPrimitiveBody = isPrimitiveBody;
		exports.isDuration = isDuration;
		exports.isValidUuid = isValidUuid;
		exports.flattenResponse = flattenResponse;
		function isPrimitiveBody(value, mapperTypeName) {
			return mapperTypeName !== "Composite" && mapperTypeName !== "Dictionary" && (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || mapperTypeName?.match(/^(Date|DateTime|DateTimeRfc1123|UnixTime|ByteArray|Base64Url)$/i) !== null || value === undefined || value === null);
		}
		const validateISODuration = /^(-|\+)?P(?:([-+]?[0-9,.]*)Y)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)W)?(?:([-+]?[0-9,.]*)D)?(?:T(?:([-+]?[0-9,.]*)H)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)S)?)?$/;
		function isDuration(value) {
			return validateISODuration.test(value);
		}
		const validUuidRegex = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/i;
		function isValidUuid(uuid) {
			return validUuidRegex.test(uuid);
		}
		function handleNullableResponseAndWrappableBody(responseObject) {
			const combinedHeadersAndBody = {
				...responseObject.headers,
				...responseObject.body
			};
			if (responseObject.hasNullableType && Object.getOwnPropertyNames(combinedHeadersAndBody).length === 0) {
				return responseObject.shouldWrapBody ? { body: null } : null;
			} else {
				return responseObject.shouldWrapBody ? {
					...responseObject.headers,
					body: responseObject.body
				} : combinedHeadersAndBody;
			}
		}
		function flattenResponse(fullResponse, responseSpec) {
			const parsedHeaders = fullResponse.parsedHeaders;
			if (fullResponse.request.method === "HEAD") {
				return {
					...parsedHeaders,
					body: fullResponse.parsedBody
				};
			}
			const bodyMapper = responseSpec && responseSpec.bodyMapper;
			const isNullable = Boolean(bodyMapper?.nullable);
			const expectedBodyTypeName = bodyMapper?.type.name;
			if (expectedBodyTypeName === "Stream") {
				return {
					...parsedHeaders,
					blobBody: fullResponse.blobBody,
					readableStreamBody: fullResponse.readableStreamBody
				};
			}
			const modelProperties = expectedBodyTypeName === "Composite" && bodyMapper.type.modelProperties || {};
			const isPageableResponse = Object.keys(modelProperties).some((k) => modelProperties[k].serializedName === "");
			if (expectedBodyTypeName === "Sequence" || isPageableResponse) {
				const arrayResponse = fullResponse.parsedBody ?? [];
				for (const key of Object.keys(modelProperties)) {
					if (modelProperties[key].serializedName) {
						arrayResponse[key] = fullResponse.parsedBody?.[key];
					}
				}
				if (parsedHeaders) {
					for (const key of Object.keys(parsedHeaders)) {
						arrayResponse[key] = parsedHeaders[key];
					}
				}
				return isNullable && !fullResponse.parsedBody && !parsedHeaders && Object.getOwnPropertyNames(modelProperties).length === 0 ? null : arrayResponse;
			}
			return handleNullableResponseAndWrappableBody({
				body: fullResponse.parsedBody,
				headers: parsedHeaders,
				hasNullableType: isNullable,
				shouldWrapBody: isPrimitiveBody(fullResponse.parsedBody, expectedBodyTypeName)
			});
		}
	}),
	66427: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var constants_exports = {};
		__export(constants_exports, {
			DEFAULT_RETRY_POLICY_COUNT: () => DEFAULT_RETRY_POLICY_COUNT,
			SDK_VERSION: () => SDK_VERSION
		});
		module.exports = __toCommonJS(constants_exports);
		const SDK_VERSION = "1.24.0";
		const DEFAULT_RETRY_POLICY_COUNT = 3;
		0 && 0;
	}),
	90862: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var createPipelineFromOptions_exports = {};
		__export(createPipelineFromOptions_exports, { createPipelineFromOptions: () => createPipelineFromOptions });
		module.exports = __toCommonJS(createPipelineFromOptions_exports);
		var import_logPolicy = __webpack_require__(53253);
		var import_pipeline = __webpack_require__(29590);
		var import_redirectPolicy = __webpack_require__(64087);
		var import_userAgentPolicy = __webpack_require__(32799);
		var import_multipartPolicy = __webpack_require__(45807);
		var import_decompressResponsePolicy = __webpack_require__(39295);
		var import_defaultRetryPolicy = __webpack_require__(48170);
		var import_formDataPolicy = __webpack_require__(75497);
		var import_core_util = __webpack_require__(87779);
		var import_proxyPolicy = __webpack_require__(32815);
		var import_setClientRequestIdPolicy = __webpack_require__(95686);
		var import_agentPolicy = __webpack_require__(18554);
		var import_tlsPolicy = __webpack_require__(75798);
		var import_tracingPolicy = __webpack_require__(93237);
		var import_wrapAbortSignalLikePolicy = __webpack_require__(37466);
		function createPipelineFromOptions(options) {
			const pipeline = (0, import_pipeline.createEmptyPipeline)();
			if (import_core_util.isNodeLike) {
				if (options.agent) {
					pipeline.addPolicy((0, import_agentPolicy.agentPolicy)(options.agent));
				}
				if (options.tlsOptions) {
					pipeline.addPolicy((0, import_tlsPolicy.tlsPolicy)(options.tlsOptions));
				}
				pipeline.addPolicy((0, import_proxyPolicy.proxyPolicy)(options.proxyOptions));
				pipeline.addPolicy((0, import_decompressResponsePolicy.decompressResponsePolicy)());
			}
			pipeline.addPolicy((0, import_wrapAbortSignalLikePolicy.wrapAbortSignalLikePolicy)());
			pipeline.addPolicy((0, import_formDataPolicy.formDataPolicy)(), { beforePolicies: [import_multipartPolicy.multipartPolicyName] });
			pipeline.addPolicy((0, import_userAgentPolicy.userAgentPolicy)(options.userAgentOptions));
			pipeline.addPolicy((0, import_setClientRequestIdPolicy.setClientRequestIdPolicy)(options.telemetryOptions?.clientRequestIdHeaderName));
			pipeline.addPolicy((0, import_multipartPolicy.multipartPolicy)(), { afterPhase: "Deserialize" });
			pipeline.addPolicy((0, import_defaultRetryPolicy.defaultRetryPolicy)(options.retryOptions), { phase: "Retry" });
			pipeline.addPolicy((0, import_tracingPolicy.tracingPolicy)({
				...options.userAgentOptions,
				...options.loggingOptions
			}), { afterPhase: "Retry" });
			if (import_core_util.isNodeLike) {
				pipeline.addPolicy((0, import_redirectPolicy.redirectPolicy)(options.redirectOptions), { afterPhase: "Retry" });
			}
			pipeline.addPolicy((0, import_logPolicy.logPolicy)(options.loggingOptions), { afterPhase: "Sign" });
			return pipeline;
		}
		0 && 0;
	}),
	7960: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var defaultHttpClient_exports = {};
		__export(defaultHttpClient_exports, { createDefaultHttpClient: () => createDefaultHttpClient });
		module.exports = __toCommonJS(defaultHttpClient_exports);
		var import_ts_http_runtime = __webpack_require__(41958);
		var import_wrapAbortSignal = __webpack_require__(91297);
		function createDefaultHttpClient() {
			const client = (0, import_ts_http_runtime.createDefaultHttpClient)();
			return { async sendRequest(request) {
				const { abortSignal, cleanup } = request.abortSignal ? (0, import_wrapAbortSignal.wrapAbortSignalLike)(request.abortSignal) : {};
				try {
					request.abortSignal = abortSignal;
					return await client.sendRequest(request);
				} finally {
					cleanup?.();
				}
			} };
		}
		0 && 0;
	}),
	192: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var httpHeaders_exports = {};
		__export(httpHeaders_exports, { createHttpHeaders: () => createHttpHeaders });
		module.exports = __toCommonJS(httpHeaders_exports);
		var import_ts_http_runtime = __webpack_require__(41958);
		function createHttpHeaders(rawHeaders) {
			return (0, import_ts_http_runtime.createHttpHeaders)(rawHeaders);
		}
		0 && 0;
	}),
	20778: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var src_exports = {};
		__export(src_exports, {
			RestError: () => import_restError.RestError,
			agentPolicy: () => import_agentPolicy.agentPolicy,
			agentPolicyName: () => import_agentPolicy.agentPolicyName,
			auxiliaryAuthenticationHeaderPolicy: () => import_auxiliaryAuthenticationHeaderPolicy.auxiliaryAuthenticationHeaderPolicy,
			auxiliaryAuthenticationHeaderPolicyName: () => import_auxiliaryAuthenticationHeaderPolicy.auxiliaryAuthenticationHeaderPolicyName,
			bearerTokenAuthenticationPolicy: () => import_bearerTokenAuthenticationPolicy.bearerTokenAuthenticationPolicy,
			bearerTokenAuthenticationPolicyName: () => import_bearerTokenAuthenticationPolicy.bearerTokenAuthenticationPolicyName,
			createDefaultHttpClient: () => import_defaultHttpClient.createDefaultHttpClient,
			createEmptyPipeline: () => import_pipeline.createEmptyPipeline,
			createFile: () => import_file.createFile,
			createFileFromStream: () => import_file.createFileFromStream,
			createHttpHeaders: () => import_httpHeaders.createHttpHeaders,
			createPipelineFromOptions: () => import_createPipelineFromOptions.createPipelineFromOptions,
			createPipelineRequest: () => import_pipelineRequest.createPipelineRequest,
			decompressResponsePolicy: () => import_decompressResponsePolicy.decompressResponsePolicy,
			decompressResponsePolicyName: () => import_decompressResponsePolicy.decompressResponsePolicyName,
			defaultRetryPolicy: () => import_defaultRetryPolicy.defaultRetryPolicy,
			exponentialRetryPolicy: () => import_exponentialRetryPolicy.exponentialRetryPolicy,
			exponentialRetryPolicyName: () => import_exponentialRetryPolicy.exponentialRetryPolicyName,
			formDataPolicy: () => import_formDataPolicy.formDataPolicy,
			formDataPolicyName: () => import_formDataPolicy.formDataPolicyName,
			getDefaultProxySettings: () => import_proxyPolicy.getDefaultProxySettings,
			isRestError: () => import_restError.isRestError,
			logPolicy: () => import_logPolicy.logPolicy,
			logPolicyName: () => import_logPolicy.logPolicyName,
			multipartPolicy: () => import_multipartPolicy.multipartPolicy,
			multipartPolicyName: () => import_multipartPolicy.multipartPolicyName,
			ndJsonPolicy: () => import_ndJsonPolicy.ndJsonPolicy,
			ndJsonPolicyName: () => import_ndJsonPolicy.ndJsonPolicyName,
			proxyPolicy: () => import_proxyPolicy.proxyPolicy,
			proxyPolicyName: () => import_proxyPolicy.proxyPolicyName,
			redirectPolicy: () => import_redirectPolicy.redirectPolicy,
			redirectPolicyName: () => import_redirectPolicy.redirectPolicyName,
			retryPolicy: () => import_retryPolicy.retryPolicy,
			setClientRequestIdPolicy: () => import_setClientRequestIdPolicy.setClientRequestIdPolicy,
			setClientRequestIdPolicyName: () => import_setClientRequestIdPolicy.setClientRequestIdPolicyName,
			systemErrorRetryPolicy: () => import_systemErrorRetryPolicy.systemErrorRetryPolicy,
			systemErrorRetryPolicyName: () => import_systemErrorRetryPolicy.systemErrorRetryPolicyName,
			throttlingRetryPolicy: () => import_throttlingRetryPolicy.throttlingRetryPolicy,
			throttlingRetryPolicyName: () => import_throttlingRetryPolicy.throttlingRetryPolicyName,
			tlsPolicy: () => import_tlsPolicy.tlsPolicy,
			tlsPolicyName: () => import_tlsPolicy.tlsPolicyName,
			tracingPolicy: () => import_tracingPolicy.tracingPolicy,
			tracingPolicyName: () => import_tracingPolicy.tracingPolicyName,
			userAgentPolicy: () => import_userAgentPolicy.userAgentPolicy,
			userAgentPolicyName: () => import_userAgentPolicy.userAgentPolicyName
		});
		module.exports = __toCommonJS(src_exports);
		var import_pipeline = __webpack_require__(29590);
		var import_createPipelineFromOptions = __webpack_require__(90862);
		var import_defaultHttpClient = __webpack_require__(7960);
		var import_httpHeaders = __webpack_require__(192);
		var import_pipelineRequest = __webpack_require__(95709);
		var import_restError = __webpack_require__(8666);
		var import_decompressResponsePolicy = __webpack_require__(39295);
		var import_exponentialRetryPolicy = __webpack_require__(16708);
		var import_setClientRequestIdPolicy = __webpack_require__(95686);
		var import_logPolicy = __webpack_require__(53253);
		var import_multipartPolicy = __webpack_require__(45807);
		var import_proxyPolicy = __webpack_require__(32815);
		var import_redirectPolicy = __webpack_require__(64087);
		var import_systemErrorRetryPolicy = __webpack_require__(96518);
		var import_throttlingRetryPolicy = __webpack_require__(97540);
		var import_retryPolicy = __webpack_require__(56085);
		var import_tracingPolicy = __webpack_require__(93237);
		var import_defaultRetryPolicy = __webpack_require__(48170);
		var import_userAgentPolicy = __webpack_require__(32799);
		var import_tlsPolicy = __webpack_require__(75798);
		var import_formDataPolicy = __webpack_require__(75497);
		var import_bearerTokenAuthenticationPolicy = __webpack_require__(26925);
		var import_ndJsonPolicy = __webpack_require__(36827);
		var import_auxiliaryAuthenticationHeaderPolicy = __webpack_require__(42262);
		var import_agentPolicy = __webpack_require__(18554);
		var import_file = __webpack_require__(97073);
		0 && 0;
	}),
	80544: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var log_exports = {};
		__export(log_exports, { logger: () => logger });
		module.exports = __toCommonJS(log_exports);
		var import_logger = __webpack_require__(26515);
		const logger = (0, import_logger.createClientLogger)("core-rest-pipeline");
		0 && 0;
	}),
	29590: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var pipeline_exports = {};
		__export(pipeline_exports, { createEmptyPipeline: () => createEmptyPipeline });
		module.exports = __toCommonJS(pipeline_exports);
		var import_ts_http_runtime = __webpack_require__(41958);
		function createEmptyPipeline() {
			return (0, import_ts_http_runtime.createEmptyPipeline)();
		}
		0 && 0;
	}),
	95709: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var pipelineRequest_exports = {};
		__export(pipelineRequest_exports, { createPipelineRequest: () => createPipelineRequest });
		module.exports = __toCommonJS(pipelineRequest_exports);
		var import_ts_http_runtime = __webpack_require__(41958);
		function createPipelineRequest(options) {
			return (0, import_ts_http_runtime.createPipelineRequest)(options);
		}
		0 && 0;
	}),
	18554: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var agentPolicy_exports = {};
		__export(agentPolicy_exports, {
			agentPolicy: () => agentPolicy,
			agentPolicyName: () => agentPolicyName
		});
		module.exports = __toCommonJS(agentPolicy_exports);
		var import_policies = __webpack_require__(44960);
		const agentPolicyName = import_policies.agentPolicyName;
		function agentPolicy(agent) {
			return (0, import_policies.agentPolicy)(agent);
		}
		0 && 0;
	}),
	42262: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var auxiliaryAuthenticationHeaderPolicy_exports = {};
		__export(auxiliaryAuthenticationHeaderPolicy_exports, {
			auxiliaryAuthenticationHeaderPolicy: () => auxiliaryAuthenticationHeaderPolicy,
			auxiliaryAuthenticationHeaderPolicyName: () => auxiliaryAuthenticationHeaderPolicyName
		});
		module.exports = __toCommonJS(auxiliaryAuthenticationHeaderPolicy_exports);
		var import_tokenCycler = __webpack_require__(39202);
		var import_log = __webpack_require__(80544);
		const auxiliaryAuthenticationHeaderPolicyName = "auxiliaryAuthenticationHeaderPolicy";
		const AUTHORIZATION_AUXILIARY_HEADER = "x-ms-authorization-auxiliary";
		async function sendAuthorizeRequest(options) {
			const { scopes, getAccessToken, request } = options;
			const getTokenOptions = {
				abortSignal: request.abortSignal,
				tracingOptions: request.tracingOptions
			};
			return (await getAccessToken(scopes, getTokenOptions))?.token ?? "";
		}
		function auxiliaryAuthenticationHeaderPolicy(options) {
			const { credentials, scopes } = options;
			const logger = options.logger || import_log.logger;
			const tokenCyclerMap = new WeakMap();
			return {
				name: auxiliaryAuthenticationHeaderPolicyName,
				async sendRequest(request, next) {
					if (!request.url.toLowerCase().startsWith("https://")) {
						throw new Error("Bearer token authentication for auxiliary header is not permitted for non-TLS protected (non-https) URLs.");
					}
					if (!credentials || credentials.length === 0) {
						logger.info(`${auxiliaryAuthenticationHeaderPolicyName} header will not be set due to empty credentials.`);
						return next(request);
					}
					const tokenPromises = [];
					for (const credential of credentials) {
						let getAccessToken = tokenCyclerMap.get(credential);
						if (!getAccessToken) {
							getAccessToken = (0, import_tokenCycler.createTokenCycler)(credential);
							tokenCyclerMap.set(credential, getAccessToken);
						}
						tokenPromises.push(sendAuthorizeRequest({
							scopes: Array.isArray(scopes) ? scopes : [scopes],
							request,
							getAccessToken,
							logger
						}));
					}
					const auxiliaryTokens = (await Promise.all(tokenPromises)).filter((token) => Boolean(token));
					if (auxiliaryTokens.length === 0) {
						logger.warning(`None of the auxiliary tokens are valid. ${AUTHORIZATION_AUXILIARY_HEADER} header will not be set.`);
						return next(request);
					}
					request.headers.set(AUTHORIZATION_AUXILIARY_HEADER, auxiliaryTokens.map((token) => `Bearer ${token}`).join(", "));
					return next(request);
				}
			};
		}
		0 && 0;
	}),
	26925: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var bearerTokenAuthenticationPolicy_exports = {};
		__export(bearerTokenAuthenticationPolicy_exports, {
			bearerTokenAuthenticationPolicy: () => bearerTokenAuthenticationPolicy,
			bearerTokenAuthenticationPolicyName: () => bearerTokenAuthenticationPolicyName,
			parseChallenges: () => parseChallenges
		});
		module.exports = __toCommonJS(bearerTokenAuthenticationPolicy_exports);
		var import_tokenCycler = __webpack_require__(39202);
		var import_log = __webpack_require__(80544);
		var import_restError = __webpack_require__(8666);
		const bearerTokenAuthenticationPolicyName = "bearerTokenAuthenticationPolicy";
		async function trySendRequest(request, next) {
			try {
				return [await next(request), void 0];
			} catch (e) {
				if ((0, import_restError.isRestError)(e) && e.response) {
					return [e.response, e];
				} else {
					throw e;
				}
			}
		}
		async function defaultAuthorizeRequest(options) {
			const { scopes, getAccessToken, request } = options;
			const getTokenOptions = {
				abortSignal: request.abortSignal,
				tracingOptions: request.tracingOptions,
				enableCae: true
			};
			const accessToken = await getAccessToken(scopes, getTokenOptions);
			if (accessToken) {
				options.request.headers.set("Authorization", `Bearer ${accessToken.token}`);
			}
		}
		function isChallengeResponse(response) {
			return response.status === 401 && response.headers.has("WWW-Authenticate");
		}
		async function authorizeRequestOnCaeChallenge(onChallengeOptions, caeClaims) {
			const { scopes } = onChallengeOptions;
			const accessToken = await onChallengeOptions.getAccessToken(scopes, {
				enableCae: true,
				claims: caeClaims
			});
			if (!accessToken) {
				return false;
			}
			onChallengeOptions.request.headers.set("Authorization", `${accessToken.tokenType ?? "Bearer"} ${accessToken.token}`);
			return true;
		}
		function bearerTokenAuthenticationPolicy(options) {
			const { credential, scopes, challengeCallbacks } = options;
			const logger = options.logger || import_log.logger;
			const callbacks = {
				authorizeRequest: challengeCallbacks?.authorizeRequest?.bind(challengeCallbacks) ?? defaultAuthorizeRequest,
				authorizeRequestOnChallenge: challengeCallbacks?.authorizeRequestOnChallenge?.bind(challengeCallbacks)
			};
			const getAccessToken = credential ? (0, import_tokenCycler.createTokenCycler)(credential) : () => Promise.resolve(null);
			return {
				name: bearerTokenAuthenticationPolicyName,
				async sendRequest(request, next) {
					if (!request.url.toLowerCase().startsWith("https://")) {
						throw new Error("Bearer token authentication is not permitted for non-TLS protected (non-https) URLs.");
					}
					await callbacks.authorizeRequest({
						scopes: Array.isArray(scopes) ? scopes : [scopes],
						request,
						getAccessToken,
						logger
					});
					let response;
					let error;
					let shouldSendRequest;
					[response, error] = await trySendRequest(request, next);
					if (isChallengeResponse(response)) {
						let claims = getCaeChallengeClaims(response.headers.get("WWW-Authenticate"));
						if (claims) {
							let parsedClaim;
							try {
								parsedClaim = atob(claims);
							} catch (e) {
								logger.warning(`The WWW-Authenticate header contains "claims" that cannot be parsed. Unable to perform the Continuous Access Evaluation authentication flow. Unparsable claims: ${claims}`);
								return response;
							}
							shouldSendRequest = await authorizeRequestOnCaeChallenge({
								scopes: Array.isArray(scopes) ? scopes : [scopes],
								response,
								request,
								getAccessToken,
								logger
							}, parsedClaim);
							if (shouldSendRequest) {
								[response, error] = await trySendRequest(request, next);
							}
						} else if (callbacks.authorizeRequestOnChallenge) {
							shouldSendRequest = await callbacks.authorizeRequestOnChallenge({
								scopes: Array.isArray(scopes) ? scopes : [scopes],
								request,
								response,
								getAccessToken,
								logger
							});
							if (shouldSendRequest) {
								[response, error] = await trySendRequest(request, next);
							}
							if (isChallengeResponse(response)) {
								claims = getCaeChallengeClaims(response.headers.get("WWW-Authenticate") ?? "");
								if (claims) {
									let parsedClaim;
									try {
										parsedClaim = atob(claims);
									} catch (e) {
										logger.warning(`The WWW-Authenticate header contains "claims" that cannot be parsed. Unable to perform the Continuous Access Evaluation authentication flow. Unparsable claims: ${claims}`);
										return response;
									}
									shouldSendRequest = await authorizeRequestOnCaeChallenge({
										scopes: Array.isArray(scopes) ? scopes : [scopes],
										response,
										request,
										getAccessToken,
										logger
									}, parsedClaim);
									if (shouldSendRequest) {
										[response, error] = await trySendRequest(request, next);
									}
								}
							}
						}
					}
					if (error) {
						throw error;
					} else {
						return response;
					}
				}
			};
		}
		function parseChallenges(challenges) {
			const challengeRegex = /(\w+)\s+((?:\w+=(?:"[^"]*"|[^,]*),?\s*)+)/g;
			const paramRegex = /(\w+)="([^"]*)"/g;
			const parsedChallenges = [];
			let match;
			while ((match = challengeRegex.exec(challenges)) !== null) {
				const scheme = match[1];
				const paramsString = match[2];
				const params = {};
				let paramMatch;
				while ((paramMatch = paramRegex.exec(paramsString)) !== null) {
					params[paramMatch[1]] = paramMatch[2];
				}
				parsedChallenges.push({
					scheme,
					params
				});
			}
			return parsedChallenges;
		}
		function getCaeChallengeClaims(challenges) {
			if (!challenges) {
				return;
			}
			const parsedChallenges = parseChallenges(challenges);
			return parsedChallenges.find((x) => x.scheme === "Bearer" && x.params.claims && x.params.error === "insufficient_claims")?.params.claims;
		}
		0 && 0;
	}),
	39295: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var decompressResponsePolicy_exports = {};
		__export(decompressResponsePolicy_exports, {
			decompressResponsePolicy: () => decompressResponsePolicy,
			decompressResponsePolicyName: () => decompressResponsePolicyName
		});
		module.exports = __toCommonJS(decompressResponsePolicy_exports);
		var import_policies = __webpack_require__(44960);
		const decompressResponsePolicyName = import_policies.decompressResponsePolicyName;
		function decompressResponsePolicy() {
			return (0, import_policies.decompressResponsePolicy)();
		}
		0 && 0;
	}),
	48170: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var defaultRetryPolicy_exports = {};
		__export(defaultRetryPolicy_exports, {
			defaultRetryPolicy: () => defaultRetryPolicy,
			defaultRetryPolicyName: () => defaultRetryPolicyName
		});
		module.exports = __toCommonJS(defaultRetryPolicy_exports);
		var import_policies = __webpack_require__(44960);
		const defaultRetryPolicyName = import_policies.defaultRetryPolicyName;
		function defaultRetryPolicy(options = {}) {
			return (0, import_policies.defaultRetryPolicy)(options);
		}
		0 && 0;
	}),
	16708: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var exponentialRetryPolicy_exports = {};
		__export(exponentialRetryPolicy_exports, {
			exponentialRetryPolicy: () => exponentialRetryPolicy,
			exponentialRetryPolicyName: () => exponentialRetryPolicyName
		});
		module.exports = __toCommonJS(exponentialRetryPolicy_exports);
		var import_policies = __webpack_require__(44960);
		const exponentialRetryPolicyName = import_policies.exponentialRetryPolicyName;
		function exponentialRetryPolicy(options = {}) {
			return (0, import_policies.exponentialRetryPolicy)(options);
		}
		0 && 0;
	}),
	75497: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var formDataPolicy_exports = {};
		__export(formDataPolicy_exports, {
			formDataPolicy: () => formDataPolicy,
			formDataPolicyName: () => formDataPolicyName
		});
		module.exports = __toCommonJS(formDataPolicy_exports);
		var import_policies = __webpack_require__(44960);
		const formDataPolicyName = import_policies.formDataPolicyName;
		function formDataPolicy() {
			return (0, import_policies.formDataPolicy)();
		}
		0 && 0;
	}),
	53253: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var logPolicy_exports = {};
		__export(logPolicy_exports, {
			logPolicy: () => logPolicy,
			logPolicyName: () => logPolicyName
		});
		module.exports = __toCommonJS(logPolicy_exports);
		var import_log = __webpack_require__(80544);
		var import_policies = __webpack_require__(44960);
		const logPolicyName = import_policies.logPolicyName;
		function logPolicy(options = {}) {
			return (0, import_policies.logPolicy)({
				logger: import_log.logger.info,
				...options
			});
		}
		0 && 0;
	}),
	45807: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var multipartPolicy_exports = {};
		__export(multipartPolicy_exports, {
			multipartPolicy: () => multipartPolicy,
			multipartPolicyName: () => multipartPolicyName
		});
		module.exports = __toCommonJS(multipartPolicy_exports);
		var import_policies = __webpack_require__(44960);
		var import_file = __webpack_require__(97073);
		const multipartPolicyName = import_policies.multipartPolicyName;
		function multipartPolicy() {
			const tspPolicy = (0, import_policies.multipartPolicy)();
			return {
				name: multipartPolicyName,
				sendRequest: async (request, next) => {
					if (request.multipartBody) {
						for (const part of request.multipartBody.parts) {
							if ((0, import_file.hasRawContent)(part.body)) {
								part.body = (0, import_file.getRawContent)(part.body);
							}
						}
					}
					return tspPolicy.sendRequest(request, next);
				}
			};
		}
		0 && 0;
	}),
	36827: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var ndJsonPolicy_exports = {};
		__export(ndJsonPolicy_exports, {
			ndJsonPolicy: () => ndJsonPolicy,
			ndJsonPolicyName: () => ndJsonPolicyName
		});
		module.exports = __toCommonJS(ndJsonPolicy_exports);
		const ndJsonPolicyName = "ndJsonPolicy";
		function ndJsonPolicy() {
			return {
				name: ndJsonPolicyName,
				async sendRequest(request, next) {
					if (typeof request.body === "string" && request.body.startsWith("[")) {
						const body = JSON.parse(request.body);
						request.body = body.map((item) => JSON.stringify(item) + "\n").join("");
					}
					return next(request);
				}
			};
		}
		0 && 0;
	}),
	32815: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var proxyPolicy_exports = {};
		__export(proxyPolicy_exports, {
			getDefaultProxySettings: () => getDefaultProxySettings,
			proxyPolicy: () => proxyPolicy,
			proxyPolicyName: () => proxyPolicyName
		});
		module.exports = __toCommonJS(proxyPolicy_exports);
		var import_policies = __webpack_require__(44960);
		const proxyPolicyName = import_policies.proxyPolicyName;
		function getDefaultProxySettings(proxyUrl) {
			return (0, import_policies.getDefaultProxySettings)(proxyUrl);
		}
		function proxyPolicy(proxySettings, options) {
			return (0, import_policies.proxyPolicy)(proxySettings, options);
		}
		0 && 0;
	}),
	64087: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var redirectPolicy_exports = {};
		__export(redirectPolicy_exports, {
			redirectPolicy: () => redirectPolicy,
			redirectPolicyName: () => redirectPolicyName
		});
		module.exports = __toCommonJS(redirectPolicy_exports);
		var import_policies = __webpack_require__(44960);
		const redirectPolicyName = import_policies.redirectPolicyName;
		function redirectPolicy(options = {}) {
			return (0, import_policies.redirectPolicy)(options);
		}
		0 && 0;
	}),
	56085: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var retryPolicy_exports = {};
		__export(retryPolicy_exports, { retryPolicy: () => retryPolicy });
		module.exports = __toCommonJS(retryPolicy_exports);
		var import_logger = __webpack_require__(26515);
		var import_constants = __webpack_require__(66427);
		var import_policies = __webpack_require__(44960);
		const retryPolicyLogger = (0, import_logger.createClientLogger)("core-rest-pipeline retryPolicy");
		function retryPolicy(strategies, options = { maxRetries: import_constants.DEFAULT_RETRY_POLICY_COUNT }) {
			return (0, import_policies.retryPolicy)(strategies, {
				logger: retryPolicyLogger,
				...options
			});
		}
		0 && 0;
	}),
	95686: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var setClientRequestIdPolicy_exports = {};
		__export(setClientRequestIdPolicy_exports, {
			setClientRequestIdPolicy: () => setClientRequestIdPolicy,
			setClientRequestIdPolicyName: () => setClientRequestIdPolicyName
		});
		module.exports = __toCommonJS(setClientRequestIdPolicy_exports);
		const setClientRequestIdPolicyName = "setClientRequestIdPolicy";
		function setClientRequestIdPolicy(requestIdHeaderName = "x-ms-client-request-id") {
			return {
				name: setClientRequestIdPolicyName,
				async sendRequest(request, next) {
					if (!request.headers.has(requestIdHeaderName)) {
						request.headers.set(requestIdHeaderName, request.requestId);
					}
					return next(request);
				}
			};
		}
		0 && 0;
	}),
	96518: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var systemErrorRetryPolicy_exports = {};
		__export(systemErrorRetryPolicy_exports, {
			systemErrorRetryPolicy: () => systemErrorRetryPolicy,
			systemErrorRetryPolicyName: () => systemErrorRetryPolicyName
		});
		module.exports = __toCommonJS(systemErrorRetryPolicy_exports);
		var import_policies = __webpack_require__(44960);
		const systemErrorRetryPolicyName = import_policies.systemErrorRetryPolicyName;
		function systemErrorRetryPolicy(options = {}) {
			return (0, import_policies.systemErrorRetryPolicy)(options);
		}
		0 && 0;
	}),
	97540: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var throttlingRetryPolicy_exports = {};
		__export(throttlingRetryPolicy_exports, {
			throttlingRetryPolicy: () => throttlingRetryPolicy,
			throttlingRetryPolicyName: () => throttlingRetryPolicyName
		});
		module.exports = __toCommonJS(throttlingRetryPolicy_exports);
		var import_policies = __webpack_require__(44960);
		const throttlingRetryPolicyName = import_policies.throttlingRetryPolicyName;
		function throttlingRetryPolicy(options = {}) {
			return (0, import_policies.throttlingRetryPolicy)(options);
		}
		0 && 0;
	}),
	75798: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var tlsPolicy_exports = {};
		__export(tlsPolicy_exports, {
			tlsPolicy: () => tlsPolicy,
			tlsPolicyName: () => tlsPolicyName
		});
		module.exports = __toCommonJS(tlsPolicy_exports);
		var import_policies = __webpack_require__(44960);
		const tlsPolicyName = import_policies.tlsPolicyName;
		function tlsPolicy(tlsSettings) {
			return (0, import_policies.tlsPolicy)(tlsSettings);
		}
		0 && 0;
	}),
	93237: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var tracingPolicy_exports = {};
		__export(tracingPolicy_exports, {
			tracingPolicy: () => tracingPolicy,
			tracingPolicyName: () => tracingPolicyName
		});
		module.exports = __toCommonJS(tracingPolicy_exports);
		var import_core_tracing = __webpack_require__(20623);
		var import_constants = __webpack_require__(66427);
		var import_userAgent = __webpack_require__(28431);
		var import_log = __webpack_require__(80544);
		var import_core_util = __webpack_require__(87779);
		var import_restError = __webpack_require__(8666);
		var import_util = __webpack_require__(95750);
		const tracingPolicyName = "tracingPolicy";
		function tracingPolicy(options = {}) {
			const userAgentPromise = (0, import_userAgent.getUserAgentValue)(options.userAgentPrefix);
			const sanitizer = new import_util.Sanitizer({ additionalAllowedQueryParameters: options.additionalAllowedQueryParameters });
			const tracingClient = tryCreateTracingClient();
			return {
				name: tracingPolicyName,
				async sendRequest(request, next) {
					if (!tracingClient) {
						return next(request);
					}
					const userAgent = await userAgentPromise;
					const spanAttributes = {
						"http.url": sanitizer.sanitizeUrl(request.url),
						"http.method": request.method,
						"http.user_agent": userAgent,
						requestId: request.requestId
					};
					if (userAgent) {
						spanAttributes["http.user_agent"] = userAgent;
					}
					const { span, tracingContext } = tryCreateSpan(tracingClient, request, spanAttributes) ?? {};
					if (!span || !tracingContext) {
						return next(request);
					}
					try {
						const response = await tracingClient.withContext(tracingContext, next, request);
						tryProcessResponse(span, response);
						return response;
					} catch (err) {
						tryProcessError(span, err);
						throw err;
					}
				}
			};
		}
		function tryCreateTracingClient() {
			try {
				return (0, import_core_tracing.createTracingClient)({
					namespace: "",
					packageName: "@azure/core-rest-pipeline",
					packageVersion: import_constants.SDK_VERSION
				});
			} catch (e) {
				import_log.logger.warning(`Error when creating the TracingClient: ${(0, import_core_util.getErrorMessage)(e)}`);
				return void 0;
			}
		}
		function tryCreateSpan(tracingClient, request, spanAttributes) {
			try {
				const { span, updatedOptions } = tracingClient.startSpan(`HTTP ${request.method}`, { tracingOptions: request.tracingOptions }, {
					spanKind: "client",
					spanAttributes
				});
				if (!span.isRecording()) {
					span.end();
					return void 0;
				}
				const headers = tracingClient.createRequestHeaders(updatedOptions.tracingOptions.tracingContext);
				for (const [key, value] of Object.entries(headers)) {
					request.headers.set(key, value);
				}
				return {
					span,
					tracingContext: updatedOptions.tracingOptions.tracingContext
				};
			} catch (e) {
				import_log.logger.warning(`Skipping creating a tracing span due to an error: ${(0, import_core_util.getErrorMessage)(e)}`);
				return void 0;
			}
		}
		function tryProcessError(span, error) {
			try {
				span.setStatus({
					status: "error",
					error: (0, import_core_util.isError)(error) ? error : void 0
				});
				if ((0, import_restError.isRestError)(error) && error.statusCode) {
					span.setAttribute("http.status_code", error.statusCode);
				}
				span.end();
			} catch (e) {
				import_log.logger.warning(`Skipping tracing span processing due to an error: ${(0, import_core_util.getErrorMessage)(e)}`);
			}
		}
		function tryProcessResponse(span, response) {
			try {
				span.setAttribute("http.status_code", response.status);
				const serviceRequestId = response.headers.get("x-ms-request-id");
				if (serviceRequestId) {
					span.setAttribute("serviceRequestId", serviceRequestId);
				}
				if (response.status >= 400) {
					span.setStatus({ status: "error" });
				}
				span.end();
			} catch (e) {
				import_log.logger.warning(`Skipping tracing span processing due to an error: ${(0, import_core_util.getErrorMessage)(e)}`);
			}
		}
		0 && 0;
	}),
	32799: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var userAgentPolicy_exports = {};
		__export(userAgentPolicy_exports, {
			userAgentPolicy: () => userAgentPolicy,
			userAgentPolicyName: () => userAgentPolicyName
		});
		module.exports = __toCommonJS(userAgentPolicy_exports);
		var import_userAgent = __webpack_require__(28431);
		const UserAgentHeaderName = (0, import_userAgent.getUserAgentHeaderName)();
		const userAgentPolicyName = "userAgentPolicy";
		function userAgentPolicy(options = {}) {
			const userAgentValue = (0, import_userAgent.getUserAgentValue)(options.userAgentPrefix);
			return {
				name: userAgentPolicyName,
				async sendRequest(request, next) {
					if (!request.headers.has(UserAgentHeaderName)) {
						request.headers.set(UserAgentHeaderName, await userAgentValue);
					}
					return next(request);
				}
			};
		}
		0 && 0;
	}),
	37466: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var wrapAbortSignalLikePolicy_exports = {};
		__export(wrapAbortSignalLikePolicy_exports, {
			wrapAbortSignalLikePolicy: () => wrapAbortSignalLikePolicy,
			wrapAbortSignalLikePolicyName: () => wrapAbortSignalLikePolicyName
		});
		module.exports = __toCommonJS(wrapAbortSignalLikePolicy_exports);
		var import_wrapAbortSignal = __webpack_require__(91297);
		const wrapAbortSignalLikePolicyName = "wrapAbortSignalLikePolicy";
		function wrapAbortSignalLikePolicy() {
			return {
				name: wrapAbortSignalLikePolicyName,
				sendRequest: async (request, next) => {
					if (!request.abortSignal) {
						return next(request);
					}
					const { abortSignal, cleanup } = (0, import_wrapAbortSignal.wrapAbortSignalLike)(request.abortSignal);
					request.abortSignal = abortSignal;
					try {
						return await next(request);
					} finally {
						cleanup?.();
					}
				}
			};
		}
		0 && 0;
	}),
	8666: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var restError_exports = {};
		__export(restError_exports, {
			RestError: () => RestError,
			isRestError: () => isRestError
		});
		module.exports = __toCommonJS(restError_exports);
		var import_ts_http_runtime = __webpack_require__(41958);
		const RestError = import_ts_http_runtime.RestError;
		function isRestError(e) {
			return (0, import_ts_http_runtime.isRestError)(e);
		}
		0 && 0;
	}),
	36141: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var createFile_exports = {};
		__export(createFile_exports, { createFile: () => createFile });
		module.exports = __toCommonJS(createFile_exports);
		var import_file = __webpack_require__(97073);
		function createFile(content, name, options = {}) {
			return (0, import_file.createRawFile)(content, name, options);
		}
		0 && 0;
	}),
	97073: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var file_exports = {};
		__export(file_exports, {
			createFile: () => import_createFile.createFile,
			createFileFromStream: () => createFileFromStream,
			createRawFile: () => createRawFile,
			getRawContent: () => getRawContent,
			hasRawContent: () => hasRawContent
		});
		module.exports = __toCommonJS(file_exports);
		var import_createFile = __webpack_require__(36141);
		function isNodeReadableStream(x) {
			return typeof x === "object" && x !== null && "pipe" in x && typeof x.pipe === "function";
		}
		const unimplementedMethods = {
			arrayBuffer: () => {
				throw new Error("Not implemented");
			},
			bytes: () => {
				throw new Error("Not implemented");
			},
			slice: () => {
				throw new Error("Not implemented");
			},
			text: () => {
				throw new Error("Not implemented");
			}
		};
		const rawContent = Symbol("rawContent");
		function hasRawContent(x) {
			return typeof x[rawContent] === "function";
		}
		function getRawContent(blob) {
			if (hasRawContent(blob)) {
				return blob[rawContent]();
			} else {
				return blob;
			}
		}
		function createRawFile(content, name, options = {}) {
			return {
				...unimplementedMethods,
				type: options.type ?? "",
				lastModified: options.lastModified ?? new Date().getTime(),
				webkitRelativePath: options.webkitRelativePath ?? "",
				size: content.byteLength,
				name,
				arrayBuffer: async () => toArrayBuffer(content).buffer,
				stream: () => new Blob([toArrayBuffer(content)]).stream(),
				[rawContent]: () => content
			};
		}
		function createFileFromStream(stream, name, options = {}) {
			return {
				...unimplementedMethods,
				type: options.type ?? "",
				lastModified: options.lastModified ?? new Date().getTime(),
				webkitRelativePath: options.webkitRelativePath ?? "",
				size: options.size ?? -1,
				name,
				stream: () => {
					const s = stream();
					if (isNodeReadableStream(s)) {
						throw new Error("Not supported: a Node stream was provided as input to createFileFromStream.");
					}
					return s;
				},
				[rawContent]: stream
			};
		}
		function hasArrayBuffer(source) {
			return "resize" in source.buffer;
		}
		function toArrayBuffer(source) {
			if (hasArrayBuffer(source)) {
				if (source.byteOffset !== 0 || source.byteLength !== source.buffer.byteLength) {
					return new Uint8Array(source);
				}
				return source;
			}
			return source.map((x) => x);
		}
		0 && 0;
	}),
	39202: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var tokenCycler_exports = {};
		__export(tokenCycler_exports, {
			DEFAULT_CYCLER_OPTIONS: () => DEFAULT_CYCLER_OPTIONS,
			createTokenCycler: () => createTokenCycler
		});
		module.exports = __toCommonJS(tokenCycler_exports);
		var import_core_util = __webpack_require__(87779);
		const DEFAULT_CYCLER_OPTIONS = {
			forcedRefreshWindowInMs: 1e3,
			retryIntervalInMs: 3e3,
			refreshWindowInMs: 1e3 * 60 * 2
		};
		async function beginRefresh(getAccessToken, retryIntervalInMs, refreshTimeout) {
			async function tryGetAccessToken() {
				if (Date.now() < refreshTimeout) {
					try {
						return await getAccessToken();
					} catch {
						return null;
					}
				} else {
					const finalToken = await getAccessToken();
					if (finalToken === null) {
						throw new Error("Failed to refresh access token.");
					}
					return finalToken;
				}
			}
			let token = await tryGetAccessToken();
			while (token === null) {
				await (0, import_core_util.delay)(retryIntervalInMs);
				token = await tryGetAccessToken();
			}
			return token;
		}
		function createTokenCycler(credential, tokenCyclerOptions) {
			let refreshWorker = null;
			let token = null;
			let tenantId;
			const options = {
				...DEFAULT_CYCLER_OPTIONS,
				...tokenCyclerOptions
			};
			const cycler = {
				get isRefreshing() {
					return refreshWorker !== null;
				},
				get shouldRefresh() {
					if (token === null) {
						return true;
					}
					if (cycler.isRefreshing) {
						return false;
					}
					if (token.refreshAfterTimestamp && token.refreshAfterTimestamp < Date.now()) {
						return true;
					}
					return token.expiresOnTimestamp - options.refreshWindowInMs < Date.now();
				},
				get mustRefresh() {
					return token === null || token.expiresOnTimestamp - options.forcedRefreshWindowInMs < Date.now();
				}
			};
			function refresh(scopes, getTokenOptions) {
				if (!cycler.isRefreshing) {
					const tryGetAccessToken = () => credential.getToken(scopes, getTokenOptions);
					refreshWorker = beginRefresh(tryGetAccessToken, options.retryIntervalInMs, token?.expiresOnTimestamp ?? Date.now()).then((_token) => {
						refreshWorker = null;
						token = _token;
						tenantId = getTokenOptions.tenantId;
						return token;
					}).catch((reason) => {
						refreshWorker = null;
						token = null;
						tenantId = void 0;
						throw reason;
					});
				}
				return refreshWorker;
			}
			return async (scopes, tokenOptions) => {
				const hasClaimChallenge = Boolean(tokenOptions.claims);
				const tenantIdChanged = tenantId !== tokenOptions.tenantId;
				if (hasClaimChallenge) {
					token = null;
				}
				const mustRefresh = tenantIdChanged || hasClaimChallenge || cycler.mustRefresh;
				if (mustRefresh) {
					return refresh(scopes, tokenOptions);
				}
				if (cycler.shouldRefresh) {
					refresh(scopes, tokenOptions);
				}
				return token;
			};
		}
		0 && 0;
	}),
	28431: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var userAgent_exports = {};
		__export(userAgent_exports, {
			getUserAgentHeaderName: () => getUserAgentHeaderName,
			getUserAgentValue: () => getUserAgentValue
		});
		module.exports = __toCommonJS(userAgent_exports);
		var import_userAgent = __webpack_require__(31848);
		var import_constants = __webpack_require__(66427);
		function getUserAgentString(telemetryInfo) {
			const parts = [];
			for (const [key, value] of telemetryInfo) {
				const token = value ? `${key}/${value}` : key;
				parts.push(token);
			}
			return parts.join(" ");
		}
		function getUserAgentHeaderName() {
			return (0, import_userAgent.getHeaderName)();
		}
		async function getUserAgentValue(prefix) {
			const runtimeInfo = new Map();
			runtimeInfo.set("core-rest-pipeline", import_constants.SDK_VERSION);
			await (0, import_userAgent.setPlatformSpecificData)(runtimeInfo);
			const defaultAgent = getUserAgentString(runtimeInfo);
			const userAgentValue = prefix ? `${prefix} ${defaultAgent}` : defaultAgent;
			return userAgentValue;
		}
		0 && 0;
	}),
	31848: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __create = Object.create;
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __getProtoOf = Object.getPrototypeOf;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", {
			value: mod,
			enumerable: true
		}) : target, mod));
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var userAgentPlatform_exports = {};
		__export(userAgentPlatform_exports, {
			getHeaderName: () => getHeaderName,
			setPlatformSpecificData: () => setPlatformSpecificData
		});
		module.exports = __toCommonJS(userAgentPlatform_exports);
		var import_node_os = __toESM(__webpack_require__(48161));
		var import_node_process = __toESM(__webpack_require__(1708));
		function getHeaderName() {
			return "User-Agent";
		}
		async function setPlatformSpecificData(map) {
			if (import_node_process.default && import_node_process.default.versions) {
				const osInfo = `${import_node_os.default.type()} ${import_node_os.default.release()}; ${import_node_os.default.arch()}`;
				if (import_node_process.default.versions.bun) {
					map.set("Bun", `${import_node_process.default.versions.bun} (${osInfo})`);
				} else if (import_node_process.default.versions.deno) {
					map.set("Deno", `${import_node_process.default.versions.deno} (${osInfo})`);
				} else if (import_node_process.default.versions.node) {
					map.set("Node", `${import_node_process.default.versions.node} (${osInfo})`);
				}
			}
		}
		0 && 0;
	}),
	91297: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var wrapAbortSignal_exports = {};
		__export(wrapAbortSignal_exports, { wrapAbortSignalLike: () => wrapAbortSignalLike });
		module.exports = __toCommonJS(wrapAbortSignal_exports);
		function wrapAbortSignalLike(abortSignalLike) {
			if (abortSignalLike instanceof AbortSignal) {
				return { abortSignal: abortSignalLike };
			}
			if (abortSignalLike.aborted) {
				return { abortSignal: AbortSignal.abort("reason" in abortSignalLike ? abortSignalLike.reason : void 0) };
			}
			const controller = new AbortController();
			let needsCleanup = true;
			function cleanup() {
				if (needsCleanup) {
					abortSignalLike.removeEventListener("abort", listener);
					needsCleanup = false;
				}
			}
			function listener() {
				controller.abort("reason" in abortSignalLike ? abortSignalLike.reason : void 0);
				cleanup();
			}
			abortSignalLike.addEventListener("abort", listener);
			return {
				abortSignal: controller.signal,
				cleanup
			};
		}
		0 && 0;
	}),
	20623: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.createTracingClient = exports.useInstrumenter = void 0;
		var instrumenter_js_1 = __webpack_require__(48729);
		Object.defineProperty(exports, "useInstrumenter", {
			enumerable: true,
			get: function() {
				return instrumenter_js_1.useInstrumenter;
			}
		});
		var tracingClient_js_1 = __webpack_require__(71057);
		Object.defineProperty(exports, "createTracingClient", {
			enumerable: true,
			get: function() {
				return tracingClient_js_1.createTracingClient;
			}
		});
	}),
	48729: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.createDefaultTracingSpan = createDefaultTracingSpan;
		exports.createDefaultInstrumenter = createDefaultInstrumenter;
		exports.useInstrumenter = useInstrumenter;
		exports.getInstrumenter = getInstrumenter;
		const tracingContext_js_1 = __webpack_require__(79186);
		const state_js_1 = __webpack_require__(38914);
		function createDefaultTracingSpan() {
			return {
				end: () => {},
				isRecording: () => false,
				recordException: () => {},
				setAttribute: () => {},
				setStatus: () => {},
				addEvent: () => {}
			};
		}
		function createDefaultInstrumenter() {
			return {
				createRequestHeaders: () => {
					return {};
				},
				parseTraceparentHeader: () => {
					return undefined;
				},
				startSpan: (_name, spanOptions) => {
					return {
						span: createDefaultTracingSpan(),
						tracingContext: (0, tracingContext_js_1.createTracingContext)({ parentContext: spanOptions.tracingContext })
					};
				},
				withContext(_context, callback, ...callbackArgs) {
					return callback(...callbackArgs);
				}
			};
		}
		function useInstrumenter(instrumenter) {
			state_js_1.state.instrumenterImplementation = instrumenter;
		}
		function getInstrumenter() {
			if (!state_js_1.state.instrumenterImplementation) {
				state_js_1.state.instrumenterImplementation = createDefaultInstrumenter();
			}
			return state_js_1.state.instrumenterImplementation;
		}
	}),
	71057: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.createTracingClient = createTracingClient;
		const instrumenter_js_1 = __webpack_require__(48729);
		const tracingContext_js_1 = __webpack_require__(79186);
		function createTracingClient(options) {
			const { namespace, packageName, packageVersion } = options;
			function startSpan(name, operationOptions, spanOptions) {
				const startSpanResult = (0, instrumenter_js_1.getInstrumenter)().startSpan(name, {
					...spanOptions,
					packageName,
					packageVersion,
					tracingContext: operationOptions?.tracingOptions?.tracingContext
				});
				let tracingContext = startSpanResult.tracingContext;
				const span = startSpanResult.span;
				if (!tracingContext.getValue(tracingContext_js_1.knownContextKeys.namespace)) {
					tracingContext = tracingContext.setValue(tracingContext_js_1.knownContextKeys.namespace, namespace);
				}
				span.setAttribute("az.namespace", tracingContext.getValue(tracingContext_js_1.knownContextKeys.namespace));
				const updatedOptions = Object.assign({}, operationOptions, { tracingOptions: {
					...operationOptions?.tracingOptions,
					tracingContext
				} });
				return {
					span,
					updatedOptions
				};
			}
			async function withSpan(name, operationOptions, callback, spanOptions) {
				const { span, updatedOptions } = startSpan(name, operationOptions, spanOptions);
				try {
					const result = await withContext(updatedOptions.tracingOptions.tracingContext, () => Promise.resolve(callback(updatedOptions, span)));
					span.setStatus({ status: "success" });
					return result;
				} catch (err) {
					span.setStatus({
						status: "error",
						error: err
					});
					throw err;
				} finally {
					span.end();
				}
			}
			function withContext(context, callback, ...callbackArgs) {
				return (0, instrumenter_js_1.getInstrumenter)().withContext(context, callback, ...callbackArgs);
			}
			function parseTraceparentHeader(traceparentHeader) {
				return (0, instrumenter_js_1.getInstrumenter)().parseTraceparentHeader(traceparentHeader);
			}
			function createRequestHeaders(tracingContext) {
				return (0, instrumenter_js_1.getInstrumenter)().createRequestHeaders(tracingContext);
			}
			return {
				startSpan,
				withSpan,
				withContext,
				parseTraceparentHeader,
				createRequestHeaders
			};
		}
	}),
	79186: ((__unused_webpack_module, exports) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.TracingContextImpl = exports.knownContextKeys = void 0;
		exports.createTracingContext = createTracingContext;
		exports.knownContextKeys = {
			span: Symbol.for("@azure/core-tracing span"),
			namespace: Symbol.for("@azure/core-tracing namespace")
		};
		function createTracingContext(options = {}) {
			let context = new TracingContextImpl(options.parentContext);
			if (options.span) {
				context = context.setValue(exports.knownContextKeys.span, options.span);
			}
			if (options.namespace) {
				context = context.setValue(exports.knownContextKeys.namespace, options.namespace);
			}
			return context;
		}
		class TracingContextImpl {
			_contextMap;
			constructor(initialContext) {
				this._contextMap = initialContext instanceof TracingContextImpl ? new Map(initialContext._contextMap) : new Map();
			}
			setValue(key, value) {
				const newContext = new TracingContextImpl(this);
				newContext._contextMap.set(key, value);
				return newContext;
			}
			getValue(key) {
				return this._contextMap.get(key);
			}
			deleteValue(key) {
				const newContext = new TracingContextImpl(this);
				newContext._contextMap.delete(key);
				return newContext;
			}
		}
		exports.TracingContextImpl = TracingContextImpl;
	}),
	95209: ((__unused_webpack_module, exports) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.cancelablePromiseRace = cancelablePromiseRace;
		async function cancelablePromiseRace(abortablePromiseBuilders, options) {
			const aborter = new AbortController();
			function abortHandler() {
				aborter.abort();
			}
			options?.abortSignal?.addEventListener("abort", abortHandler);
			try {
				return await Promise.race(abortablePromiseBuilders.map((p) => p({ abortSignal: aborter.signal })));
			} finally {
				aborter.abort();
				options?.abortSignal?.removeEventListener("abort", abortHandler);
			}
		}
	}),
	63128: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.createAbortablePromise = createAbortablePromise;
		const abort_controller_1 = __webpack_require__(83134);
		function createAbortablePromise(buildPromise, options) {
			const { cleanupBeforeAbort, abortSignal, abortErrorMsg } = options ?? {};
			return new Promise((resolve, reject) => {
				function rejectOnAbort() {
					reject(new abort_controller_1.AbortError(abortErrorMsg ?? "The operation was aborted."));
				}
				function removeListeners() {
					abortSignal?.removeEventListener("abort", onAbort);
				}
				function onAbort() {
					cleanupBeforeAbort?.();
					removeListeners();
					rejectOnAbort();
				}
				if (abortSignal?.aborted) {
					return rejectOnAbort();
				}
				try {
					buildPromise((x) => {
						removeListeners();
						resolve(x);
					}, (x) => {
						removeListeners();
						reject(x);
					});
				} catch (err) {
					reject(err);
				}
				abortSignal?.addEventListener("abort", onAbort);
			});
		}
	}),
	90636: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.delay = delay;
		exports.calculateRetryDelay = calculateRetryDelay;
		const createAbortablePromise_js_1 = __webpack_require__(63128);
		const util_1 = __webpack_require__(95750);
		const StandardAbortMessage = "The delay was aborted.";
		function delay(timeInMs, options) {
			let token;
			const { abortSignal, abortErrorMsg } = options ?? {};
			return (0, createAbortablePromise_js_1.createAbortablePromise)((resolve) => {
				token = setTimeout(resolve, timeInMs);
			}, {
				cleanupBeforeAbort: () => clearTimeout(token),
				abortSignal,
				abortErrorMsg: abortErrorMsg ?? StandardAbortMessage
			});
		}
		function calculateRetryDelay(retryAttempt, config) {
			const exponentialDelay = config.retryDelayInMs * Math.pow(2, retryAttempt);
			const clampedDelay = Math.min(config.maxRetryDelayInMs, exponentialDelay);
			const retryAfterInMs = clampedDelay / 2 + (0, util_1.getRandomIntegerInclusive)(0, clampedDelay / 2);
			return { retryAfterInMs };
		}
	}),
	99945: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.getErrorMessage = getErrorMessage;
		const util_1 = __webpack_require__(95750);
		function getErrorMessage(e) {
			if ((0, util_1.isError)(e)) {
				return e.message;
			} else {
				let stringified;
				try {
					if (typeof e === "object" && e) {
						stringified = JSON.stringify(e);
					} else {
						stringified = String(e);
					}
				} catch (err) {
					stringified = "[unable to stringify input]";
				}
				return `Unknown error ${stringified}`;
			}
		}
	}),
	87779: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.isWebWorker = exports.isReactNative = exports.isNodeRuntime = exports.isNodeLike = exports.isNode = exports.isDeno = exports.isBun = exports.isBrowser = exports.objectHasProperty = exports.isObjectWithProperties = exports.isDefined = exports.getErrorMessage = exports.delay = exports.createAbortablePromise = exports.cancelablePromiseRace = void 0;
		exports.calculateRetryDelay = calculateRetryDelay;
		exports.computeSha256Hash = computeSha256Hash;
		exports.computeSha256Hmac = computeSha256Hmac;
		exports.getRandomIntegerInclusive = getRandomIntegerInclusive;
		exports.isError = isError;
		exports.isObject = isObject;
		exports.randomUUID = randomUUID;
		exports.uint8ArrayToString = uint8ArrayToString;
		exports.stringToUint8Array = stringToUint8Array;
		const tslib_1 = __webpack_require__(61860);
		const tspRuntime = tslib_1.__importStar(__webpack_require__(95750));
		var aborterUtils_js_1 = __webpack_require__(95209);
		Object.defineProperty(exports, "cancelablePromiseRace", {
			enumerable: true,
			get: function() {
				return aborterUtils_js_1.cancelablePromiseRace;
			}
		});
		var createAbortablePromise_js_1 = __webpack_require__(63128);
		Object.defineProperty(exports, "createAbortablePromise", {
			enumerable: true,
			get: function() {
				return createAbortablePromise_js_1.createAbortablePromise;
			}
		});
		var delay_js_1 = __webpack_require__(90636);
		Object.defineProperty(exports, "delay", {
			enumerable: true,
			get: function() {
				return delay_js_1.delay;
			}
		});
		var error_js_1 = __webpack_require__(99945);
		Object.defineProperty(exports, "getErrorMessage", {
			enumerable: true,
			get: function() {
				return error_js_1.getErrorMessage;
			}
		});
		var typeGuards_js_1 = __webpack_require__(66277);
		Object.defineProperty(exports, "isDefined", {
			enumerable: true,
			get: function() {
				return typeGuards_js_1.isDefined;
			}
		});
		Object.defineProperty(exports, "isObjectWithProperties", {
			enumerable: true,
			get: function() {
				return typeGuards_js_1.isObjectWithProperties;
			}
		});
		Object.defineProperty(exports, "objectHasProperty", {
			enumerable: true,
			get: function() {
				return typeGuards_js_1.objectHasProperty;
			}
		});
		function calculateRetryDelay(retryAttempt, config) {
			return tspRuntime.calculateRetryDelay(retryAttempt, config);
		}
		function computeSha256Hash(content, encoding) {
			return tspRuntime.computeSha256Hash(content, encoding);
		}
		function computeSha256Hmac(key, stringToSign, encoding) {
			return tspRuntime.computeSha256Hmac(key, stringToSign, encoding);
		}
		function getRandomIntegerInclusive(min, max) {
			return tspRuntime.getRandomIntegerInclusive(min, max);
		}
		function isError(e) {
			return tspRuntime.isError(e);
		}
		function isObject(input) {
			return tspRuntime.isObject(input);
		}
		function randomUUID() {
			return tspRuntime.randomUUID();
		}
		exports.isBrowser = tspRuntime.isBrowser;
		exports.isBun = tspRuntime.isBun;
		exports.isDeno = tspRuntime.isDeno;
		exports.isNode = tspRuntime.isNodeLike;
		exports.isNodeLike = tspRuntime.isNodeLike;
		exports.isNodeRuntime = tspRuntime.isNodeRuntime;
		exports.isReactNative = tspRuntime.isReactNative;
		exports.isWebWorker = tspRuntime.isWebWorker;
		function uint8ArrayToString(bytes, format) {
			return tspRuntime.uint8ArrayToString(bytes, format);
		}
		function stringToUint8Array(value, format) {
			return tspRuntime.stringToUint8Array(value, format);
		}
	}),
	66277: ((__unused_webpack_module, exports) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.isDefined = isDefined;
		exports.isObjectWithProperties = isObjectWithProperties;
		exports.objectHasProperty = objectHasProperty;
		function isDefined(thing) {
			return typeof thing !== "undefined" && thing !== null;
		}
		function isObjectWithProperties(thing, properties) {
			if (!isDefined(thing) || typeof thing !== "object") {
				return false;
			}
			for (const property of properties) {
				if (!objectHasProperty(thing, property)) {
					return false;
				}
			}
			return true;
		}
		function objectHasProperty(thing, property) {
			return isDefined(thing) && typeof thing === "object" && property in thing;
		}
	}),
	26515: ((__unused_webpack_module, exports, __webpack_require__) => {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.AzureLogger = void 0;
		exports.setLogLevel = setLogLevel;
		exports.getLogLevel = getLogLevel;
		exports.createClientLogger = createClientLogger;
		const logger_1 = __webpack_require__(82490);
		const context = (0, logger_1.createLoggerContext)({
			logLevelEnvVarName: "AZURE_LOG_LEVEL",
			namespace: "azure"
		});
		exports.AzureLogger = context.logger;
		function setLogLevel(level) {
			context.setLogLevel(level);
		}
		function getLogLevel() {
			return context.getLogLevel();
		}
		function createClientLogger(namespace) {
			return context.createClientLogger(namespace);
		}
	}),
	99992: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var AbortError_exports = {};
		__export(AbortError_exports, { AbortError: () => AbortError });
		module.exports = __toCommonJS(AbortError_exports);
		class AbortError extends Error {
			constructor(message) {
				super(message);
				this.name = "AbortError";
			}
		}
		0 && 0;
	}),
	36227: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var credentials_exports = {};
		__export(credentials_exports, {
			isApiKeyCredential: () => isApiKeyCredential,
			isBasicCredential: () => isBasicCredential,
			isBearerTokenCredential: () => isBearerTokenCredential,
			isOAuth2TokenCredential: () => isOAuth2TokenCredential
		});
		module.exports = __toCommonJS(credentials_exports);
		function isOAuth2TokenCredential(credential) {
			return "getOAuth2Token" in credential;
		}
		function isBearerTokenCredential(credential) {
			return "getBearerToken" in credential;
		}
		function isBasicCredential(credential) {
			return "username" in credential && "password" in credential;
		}
		function isApiKeyCredential(credential) {
			return "key" in credential;
		}
		0 && 0;
	}),
	71408: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var apiVersionPolicy_exports = {};
		__export(apiVersionPolicy_exports, {
			apiVersionPolicy: () => apiVersionPolicy,
			apiVersionPolicyName: () => apiVersionPolicyName
		});
		module.exports = __toCommonJS(apiVersionPolicy_exports);
		const apiVersionPolicyName = "ApiVersionPolicy";
		function apiVersionPolicy(options) {
			return {
				name: apiVersionPolicyName,
				sendRequest: (req, next) => {
					const url = new URL(req.url);
					if (!url.searchParams.get("api-version") && options.apiVersion) {
						req.url = `${req.url}${Array.from(url.searchParams.keys()).length > 0 ? "&" : "?"}api-version=${options.apiVersion}`;
					}
					return next(req);
				}
			};
		}
		0 && 0;
	}),
	88728: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var clientHelpers_exports = {};
		__export(clientHelpers_exports, {
			createDefaultPipeline: () => createDefaultPipeline,
			getCachedDefaultHttpsClient: () => getCachedDefaultHttpsClient
		});
		module.exports = __toCommonJS(clientHelpers_exports);
		var import_httpClient = __webpack_require__(69468);
		var import_createPipelineFromOptions = __webpack_require__(91810);
		var import_apiVersionPolicy = __webpack_require__(71408);
		var import_credentials = __webpack_require__(36227);
		var import_apiKeyAuthenticationPolicy = __webpack_require__(42095);
		var import_basicAuthenticationPolicy = __webpack_require__(15756);
		var import_bearerAuthenticationPolicy = __webpack_require__(89709);
		var import_oauth2AuthenticationPolicy = __webpack_require__(20219);
		let cachedHttpClient;
		function createDefaultPipeline(options = {}) {
			const pipeline = (0, import_createPipelineFromOptions.createPipelineFromOptions)(options);
			pipeline.addPolicy((0, import_apiVersionPolicy.apiVersionPolicy)(options));
			const { credential, authSchemes, allowInsecureConnection } = options;
			if (credential) {
				if ((0, import_credentials.isApiKeyCredential)(credential)) {
					pipeline.addPolicy((0, import_apiKeyAuthenticationPolicy.apiKeyAuthenticationPolicy)({
						authSchemes,
						credential,
						allowInsecureConnection
					}));
				} else if ((0, import_credentials.isBasicCredential)(credential)) {
					pipeline.addPolicy((0, import_basicAuthenticationPolicy.basicAuthenticationPolicy)({
						authSchemes,
						credential,
						allowInsecureConnection
					}));
				} else if ((0, import_credentials.isBearerTokenCredential)(credential)) {
					pipeline.addPolicy((0, import_bearerAuthenticationPolicy.bearerAuthenticationPolicy)({
						authSchemes,
						credential,
						allowInsecureConnection
					}));
				} else if ((0, import_credentials.isOAuth2TokenCredential)(credential)) {
					pipeline.addPolicy((0, import_oauth2AuthenticationPolicy.oauth2AuthenticationPolicy)({
						authSchemes,
						credential,
						allowInsecureConnection
					}));
				}
			}
			return pipeline;
		}
		function getCachedDefaultHttpsClient() {
			if (!cachedHttpClient) {
				cachedHttpClient = (0, import_httpClient.createDefaultHttpClient)();
			}
			return cachedHttpClient;
		}
		0 && 0;
	}),
	86191: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var getClient_exports = {};
		__export(getClient_exports, { getClient: () => getClient });
		module.exports = __toCommonJS(getClient_exports);
		var import_clientHelpers = __webpack_require__(88728);
		var import_sendRequest = __webpack_require__(16311);
		var import_urlHelpers = __webpack_require__(37088);
		var import_env = __webpack_require__(41573);
		function getClient(endpoint, clientOptions = {}) {
			const pipeline = clientOptions.pipeline ?? (0, import_clientHelpers.createDefaultPipeline)(clientOptions);
			if (clientOptions.additionalPolicies?.length) {
				for (const { policy, position } of clientOptions.additionalPolicies) {
					const afterPhase = position === "perRetry" ? "Sign" : void 0;
					pipeline.addPolicy(policy, { afterPhase });
				}
			}
			const { allowInsecureConnection, httpClient } = clientOptions;
			const endpointUrl = clientOptions.endpoint ?? endpoint;
			const client = (path, ...args) => {
				const getUrl = (requestOptions) => (0, import_urlHelpers.buildRequestUrl)(endpointUrl, path, args, {
					allowInsecureConnection,
					...requestOptions
				});
				return {
					get: (requestOptions = {}) => {
						return buildOperation("GET", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
					},
					post: (requestOptions = {}) => {
						return buildOperation("POST", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
					},
					put: (requestOptions = {}) => {
						return buildOperation("PUT", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
					},
					patch: (requestOptions = {}) => {
						return buildOperation("PATCH", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
					},
					delete: (requestOptions = {}) => {
						return buildOperation("DELETE", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
					},
					head: (requestOptions = {}) => {
						return buildOperation("HEAD", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
					},
					options: (requestOptions = {}) => {
						return buildOperation("OPTIONS", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
					},
					trace: (requestOptions = {}) => {
						return buildOperation("TRACE", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient);
					}
				};
			};
			return {
				path: client,
				pathUnchecked: client,
				pipeline
			};
		}
		function buildOperation(method, url, pipeline, options, allowInsecureConnection, httpClient) {
			allowInsecureConnection = options.allowInsecureConnection ?? allowInsecureConnection;
			return {
				then: function(onFulfilled, onrejected) {
					return (0, import_sendRequest.sendRequest)(method, url, pipeline, {
						...options,
						allowInsecureConnection
					}, httpClient).then(onFulfilled, onrejected);
				},
				async asBrowserStream() {
					if (import_env.isNodeLike) {
						throw new Error("`asBrowserStream` is supported only in the browser environment. Use `asNodeStream` instead to obtain the response body stream. If you require a Web stream of the response in Node, consider using `Readable.toWeb` on the result of `asNodeStream`.");
					} else {
						return (0, import_sendRequest.sendRequest)(method, url, pipeline, {
							...options,
							allowInsecureConnection,
							responseAsStream: true
						}, httpClient);
					}
				},
				async asNodeStream() {
					if (import_env.isNodeLike) {
						return (0, import_sendRequest.sendRequest)(method, url, pipeline, {
							...options,
							allowInsecureConnection,
							responseAsStream: true
						}, httpClient);
					} else {
						throw new Error("`isNodeStream` is not supported in the browser environment. Use `asBrowserStream` to obtain the response body stream.");
					}
				}
			};
		}
		0 && 0;
	}),
	18240: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var multipart_exports = {};
		__export(multipart_exports, {
			buildBodyPart: () => buildBodyPart,
			buildMultipartBody: () => buildMultipartBody
		});
		module.exports = __toCommonJS(multipart_exports);
		var import_restError = __webpack_require__(9758);
		var import_httpHeaders = __webpack_require__(4220);
		var import_bytesEncoding = __webpack_require__(82921);
		var import_typeGuards = __webpack_require__(48505);
		function getHeaderValue(descriptor, headerName) {
			if (descriptor.headers) {
				const actualHeaderName = Object.keys(descriptor.headers).find((x) => x.toLowerCase() === headerName.toLowerCase());
				if (actualHeaderName) {
					return descriptor.headers[actualHeaderName];
				}
			}
			return void 0;
		}
		function getPartContentType(descriptor) {
			const contentTypeHeader = getHeaderValue(descriptor, "content-type");
			if (contentTypeHeader) {
				return contentTypeHeader;
			}
			if (descriptor.contentType === null) {
				return void 0;
			}
			if (descriptor.contentType) {
				return descriptor.contentType;
			}
			const { body } = descriptor;
			if (body === null || body === void 0) {
				return void 0;
			}
			if (typeof body === "string" || typeof body === "number" || typeof body === "boolean") {
				return "text/plain; charset=UTF-8";
			}
			if (body instanceof Blob) {
				return body.type || "application/octet-stream";
			}
			if ((0, import_typeGuards.isBinaryBody)(body)) {
				return "application/octet-stream";
			}
			return "application/json";
		}
		function escapeDispositionField(value) {
			return JSON.stringify(value);
		}
		function getContentDisposition(descriptor) {
			const contentDispositionHeader = getHeaderValue(descriptor, "content-disposition");
			if (contentDispositionHeader) {
				return contentDispositionHeader;
			}
			if (descriptor.dispositionType === void 0 && descriptor.name === void 0 && descriptor.filename === void 0) {
				return void 0;
			}
			const dispositionType = descriptor.dispositionType ?? "form-data";
			let disposition = dispositionType;
			if (descriptor.name) {
				disposition += `; name=${escapeDispositionField(descriptor.name)}`;
			}
			let filename = void 0;
			if (descriptor.filename) {
				filename = descriptor.filename;
			} else if (typeof File !== "undefined" && descriptor.body instanceof File) {
				const filenameFromFile = descriptor.body.name;
				if (filenameFromFile !== "") {
					filename = filenameFromFile;
				}
			}
			if (filename) {
				disposition += `; filename=${escapeDispositionField(filename)}`;
			}
			return disposition;
		}
		function normalizeBody(body, contentType) {
			if (body === void 0) {
				return new Uint8Array([]);
			}
			if ((0, import_typeGuards.isBinaryBody)(body)) {
				return body;
			}
			if (typeof body === "string" || typeof body === "number" || typeof body === "boolean") {
				return (0, import_bytesEncoding.stringToUint8Array)(String(body), "utf-8");
			}
			if (contentType && /application\/(.+\+)?json(;.+)?/i.test(String(contentType))) {
				return (0, import_bytesEncoding.stringToUint8Array)(JSON.stringify(body), "utf-8");
			}
			throw new import_restError.RestError(`Unsupported body/content-type combination: ${body}, ${contentType}`);
		}
		function buildBodyPart(descriptor) {
			const contentType = getPartContentType(descriptor);
			const contentDisposition = getContentDisposition(descriptor);
			const headers = (0, import_httpHeaders.createHttpHeaders)(descriptor.headers ?? {});
			if (contentType) {
				headers.set("content-type", contentType);
			}
			if (contentDisposition) {
				headers.set("content-disposition", contentDisposition);
			}
			const body = normalizeBody(descriptor.body, contentType);
			return {
				headers,
				body
			};
		}
		function buildMultipartBody(parts) {
			return { parts: parts.map(buildBodyPart) };
		}
		0 && 0;
	}),
	19635: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var operationOptionHelpers_exports = {};
		__export(operationOptionHelpers_exports, { operationOptionsToRequestParameters: () => operationOptionsToRequestParameters });
		module.exports = __toCommonJS(operationOptionHelpers_exports);
		function operationOptionsToRequestParameters(options) {
			return {
				allowInsecureConnection: options.requestOptions?.allowInsecureConnection,
				timeout: options.requestOptions?.timeout,
				skipUrlEncoding: options.requestOptions?.skipUrlEncoding,
				abortSignal: options.abortSignal,
				onUploadProgress: options.requestOptions?.onUploadProgress,
				onDownloadProgress: options.requestOptions?.onDownloadProgress,
				headers: { ...options.requestOptions?.headers },
				onResponse: options.onResponse
			};
		}
		0 && 0;
	}),
	97332: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var restError_exports = {};
		__export(restError_exports, { createRestError: () => createRestError });
		module.exports = __toCommonJS(restError_exports);
		var import_restError = __webpack_require__(9758);
		var import_httpHeaders = __webpack_require__(4220);
		function createRestError(messageOrResponse, response) {
			const resp = typeof messageOrResponse === "string" ? response : messageOrResponse;
			const internalError = resp.body?.error ?? resp.body;
			const message = typeof messageOrResponse === "string" ? messageOrResponse : internalError?.message ?? `Unexpected status code: ${resp.status}`;
			return new import_restError.RestError(message, {
				statusCode: statusCodeToNumber(resp.status),
				code: internalError?.code,
				request: resp.request,
				response: toPipelineResponse(resp)
			});
		}
		function toPipelineResponse(errorResponse) {
			return {
				headers: (0, import_httpHeaders.createHttpHeaders)(errorResponse.headers),
				request: errorResponse.request,
				status: statusCodeToNumber(errorResponse.status) ?? -1,
				...typeof errorResponse.body === "string" ? { bodyAsText: errorResponse.body } : {}
			};
		}
		function statusCodeToNumber(statusCode) {
			const status = Number.parseInt(statusCode);
			return Number.isNaN(status) ? void 0 : status;
		}
		0 && 0;
	}),
	16311: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var sendRequest_exports = {};
		__export(sendRequest_exports, {
			getRequestBody: () => getRequestBody,
			sendRequest: () => sendRequest
		});
		module.exports = __toCommonJS(sendRequest_exports);
		var import_restError = __webpack_require__(9758);
		var import_httpHeaders = __webpack_require__(4220);
		var import_pipelineRequest = __webpack_require__(72305);
		var import_clientHelpers = __webpack_require__(88728);
		var import_typeGuards = __webpack_require__(48505);
		var import_multipart = __webpack_require__(18240);
		async function sendRequest(method, url, pipeline, options = {}, customHttpClient) {
			const httpClient = customHttpClient ?? (0, import_clientHelpers.getCachedDefaultHttpsClient)();
			const request = buildPipelineRequest(method, url, options);
			try {
				const response = await pipeline.sendRequest(httpClient, request);
				const headers = response.headers.toJSON();
				const stream = response.readableStreamBody ?? response.browserStreamBody;
				const parsedBody = options.responseAsStream || stream !== void 0 ? void 0 : getResponseBody(response);
				const body = stream ?? parsedBody;
				if (options?.onResponse) {
					options.onResponse({
						...response,
						request,
						rawHeaders: headers,
						parsedBody
					});
				}
				return {
					request,
					headers,
					status: `${response.status}`,
					body
				};
			} catch (e) {
				if ((0, import_restError.isRestError)(e) && e.response && options.onResponse) {
					const { response } = e;
					const rawHeaders = response.headers.toJSON();
					options?.onResponse({
						...response,
						request,
						rawHeaders
					}, e);
				}
				throw e;
			}
		}
		function getRequestContentType(options = {}) {
			if (options.contentType) {
				return options.contentType;
			}
			const headerContentType = options.headers?.["content-type"];
			if (typeof headerContentType === "string") {
				return headerContentType;
			}
			return getContentType(options.body);
		}
		function getContentType(body) {
			if (body === void 0) {
				return void 0;
			}
			if (ArrayBuffer.isView(body)) {
				return "application/octet-stream";
			}
			if ((0, import_typeGuards.isBlob)(body) && body.type) {
				return body.type;
			}
			if (typeof body === "string") {
				try {
					JSON.parse(body);
					return "application/json";
				} catch (error) {
					return void 0;
				}
			}
			return "application/json";
		}
		function buildPipelineRequest(method, url, options = {}) {
			const requestContentType = getRequestContentType(options);
			const { body, multipartBody } = getRequestBody(options.body, requestContentType);
			const headers = (0, import_httpHeaders.createHttpHeaders)({
				...options.headers ? options.headers : {},
				accept: options.accept ?? options.headers?.accept ?? "application/json",
				...requestContentType && { "content-type": requestContentType }
			});
			const { allowInsecureConnection, abortSignal, onUploadProgress, onDownloadProgress, timeout, responseAsStream, url: _url, method: _method, body: _body, multipartBody: _multiBody, headers: _headers, ...rest } = options;
			const request = (0, import_pipelineRequest.createPipelineRequest)({
				url,
				method,
				body,
				multipartBody,
				headers,
				allowInsecureConnection,
				abortSignal,
				onUploadProgress,
				onDownloadProgress,
				timeout,
				enableBrowserStreams: true,
				streamResponseStatusCodes: responseAsStream ? new Set([Number.POSITIVE_INFINITY]) : void 0
			});
			Object.assign(request, rest);
			return request;
		}
		function getRequestBody(body, contentType = "") {
			if (body === void 0) {
				return { body: void 0 };
			}
			if (typeof FormData !== "undefined" && body instanceof FormData) {
				return { body };
			}
			if ((0, import_typeGuards.isBlob)(body)) {
				return { body };
			}
			if ((0, import_typeGuards.isReadableStream)(body)) {
				return { body };
			}
			if (typeof body === "function") {
				return { body };
			}
			if (ArrayBuffer.isView(body)) {
				return { body: body instanceof Uint8Array ? body : JSON.stringify(body) };
			}
			const firstType = contentType.split(";")[0];
			switch (firstType) {
				case "application/json": return { body: JSON.stringify(body) };
				case "multipart/form-data":
					if (Array.isArray(body)) {
						return { multipartBody: (0, import_multipart.buildMultipartBody)(body) };
					}
					return { body: JSON.stringify(body) };
				case "text/plain": return { body: String(body) };
				default:
					if (typeof body === "string") {
						return { body };
					}
					return { body: JSON.stringify(body) };
			}
		}
		function getResponseBody(response) {
			const contentType = response.headers.get("content-type") ?? "";
			const firstType = contentType.split(";")[0];
			const bodyToParse = response.bodyAsText ?? "";
			if (firstType === "text/plain") {
				return String(bodyToParse);
			}
			try {
				return bodyToParse ? JSON.parse(bodyToParse) : void 0;
			} catch (error) {
				if (firstType === "application/json") {
					throw createParseError(response, error);
				}
				return String(bodyToParse);
			}
		}
		function createParseError(response, err) {
			const msg = `Error "${err}" occurred while parsing the response body - ${response.bodyAsText}.`;
			const errCode = err.code ?? import_restError.RestError.PARSE_ERROR;
			return new import_restError.RestError(msg, {
				code: errCode,
				statusCode: response.status,
				request: response.request,
				response
			});
		}
		0 && 0;
	}),
	37088: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var urlHelpers_exports = {};
		__export(urlHelpers_exports, {
			appendQueryParams: () => appendQueryParams,
			buildBaseUrl: () => buildBaseUrl,
			buildRequestUrl: () => buildRequestUrl,
			replaceAll: () => replaceAll
		});
		module.exports = __toCommonJS(urlHelpers_exports);
		function isQueryParameterWithOptions(x) {
			if (typeof x !== "object" || x === null || !Object.hasOwn(x, "value")) {
				return false;
			}
			const value = x.value;
			return typeof value?.toString === "function";
		}
		function buildRequestUrl(endpoint, routePath, pathParameters, options = {}) {
			if (routePath.startsWith("https://") || routePath.startsWith("http://")) {
				return routePath;
			}
			endpoint = buildBaseUrl(endpoint, options);
			const updatedRoutePath = buildRoutePath(routePath, pathParameters, options);
			const requestUrl = appendQueryParams(appendPath(endpoint, updatedRoutePath), options);
			const url = new URL(requestUrl);
			return url.toString();
		}
		function appendPath(endpoint, pathToAppend) {
			const endpointSearchStart = endpoint.indexOf("?");
			const pathSearchStart = pathToAppend.indexOf("?");
			const endpointParts = endpointSearchStart !== -1 ? [endpoint.substring(0, endpointSearchStart), endpoint.substring(endpointSearchStart + 1)] : [endpoint, ""];
			const pathParts = pathSearchStart !== -1 ? [pathToAppend.substring(0, pathSearchStart), pathToAppend.substring(pathSearchStart + 1)] : [pathToAppend, ""];
			const combinedSearch = [endpointParts[1], pathParts[1].replaceAll("?", "&")].filter(Boolean).join("&");
			const baseEndpoint = endpointParts[0].replace(/(^[^:]+:\/\/[^/]+)\/\/+/, "$1/");
			const basePathToAppend = pathParts[0];
			let combinedUrl = baseEndpoint;
			if (!baseEndpoint.endsWith("/") && !basePathToAppend.startsWith("/") && basePathToAppend !== "") {
				combinedUrl += `/${basePathToAppend}`;
			} else if (baseEndpoint.endsWith("/") && basePathToAppend.startsWith("/")) {
				combinedUrl += basePathToAppend.substring(1);
			} else {
				combinedUrl += basePathToAppend;
			}
			if (combinedSearch) {
				combinedUrl += `?${combinedSearch}`;
			}
			return combinedUrl;
		}
		function getQueryParamValue(key, allowReserved, style, param) {
			let separator;
			if (style === "pipeDelimited") {
				separator = "|";
			} else if (style === "spaceDelimited") {
				separator = "%20";
			} else {
				separator = ",";
			}
			let paramValues;
			if (Array.isArray(param)) {
				paramValues = param;
			} else if (typeof param === "object" && param.toString === Object.prototype.toString) {
				paramValues = Object.entries(param).flat();
			} else {
				paramValues = [param];
			}
			const value = paramValues.map((p) => {
				if (p === null || p === void 0) {
					return "";
				}
				if (!p.toString || typeof p.toString !== "function") {
					throw new Error(`Query parameters must be able to be represented as string, ${key} can't`);
				}
				const rawValue = p.toISOString !== void 0 ? p.toISOString() : p.toString();
				return allowReserved ? rawValue : encodeURIComponent(rawValue);
			}).join(separator);
			return `${allowReserved ? key : encodeURIComponent(key)}=${value}`;
		}
		function simpleParseQueryParams(queryString) {
			const result = new Map();
			if (!queryString || queryString[0] !== "?") {
				return result;
			}
			queryString = queryString.slice(1);
			const pairs = queryString.split("&");
			for (const pair of pairs) {
				const eqIndex = pair.indexOf("=");
				const name = eqIndex === -1 ? pair : pair.substring(0, eqIndex);
				const value = eqIndex === -1 ? "" : pair.substring(eqIndex + 1);
				const existingValue = result.get(name);
				if (existingValue !== void 0) {
					if (Array.isArray(existingValue)) {
						existingValue.push(value);
					} else {
						result.set(name, [existingValue, value]);
					}
				} else {
					result.set(name, value);
				}
			}
			return result;
		}
		function appendQueryParams(url, options = {}) {
			if (!options.queryParameters) {
				return url;
			}
			const parsedUrl = new URL(url);
			const queryParams = options.queryParameters;
			const existingParams = simpleParseQueryParams(parsedUrl.search);
			const newParamStrings = [];
			for (const key of Object.keys(queryParams)) {
				const param = queryParams[key];
				if (param === void 0 || param === null) {
					continue;
				}
				const hasMetadata = isQueryParameterWithOptions(param);
				const rawValue = hasMetadata ? param.value : param;
				const explode = hasMetadata ? param.explode ?? false : false;
				const style = hasMetadata && param.style ? param.style : "form";
				if (explode) {
					if (Array.isArray(rawValue)) {
						for (const item of rawValue) {
							newParamStrings.push(getQueryParamValue(key, options.skipUrlEncoding ?? false, style, item));
						}
					} else if (rawValue !== null && typeof rawValue === "object") {
						for (const [actualKey, value] of Object.entries(rawValue)) {
							newParamStrings.push(getQueryParamValue(actualKey, options.skipUrlEncoding ?? false, style, value));
						}
					} else {
						throw new Error("explode can only be set to true for objects and arrays");
					}
				} else {
					newParamStrings.push(getQueryParamValue(key, options.skipUrlEncoding ?? false, style, rawValue));
				}
			}
			for (const paramString of newParamStrings) {
				const eqIndex = paramString.indexOf("=");
				const name = paramString.substring(0, eqIndex);
				const value = paramString.substring(eqIndex + 1);
				const existingValue = existingParams.get(name);
				if (existingValue !== void 0) {
					if (Array.isArray(existingValue)) {
						if (!existingValue.includes(value)) {
							existingValue.push(value);
						}
					} else if (existingValue !== value) {
						existingParams.set(name, [existingValue, value]);
					}
				} else {
					existingParams.set(name, value);
				}
			}
			const searchPieces = [];
			for (const [name, value] of existingParams) {
				if (Array.isArray(value)) {
					for (const subValue of value) {
						searchPieces.push(`${name}=${subValue}`);
					}
				} else {
					searchPieces.push(`${name}=${value}`);
				}
			}
			parsedUrl.search = searchPieces.length ? `?${searchPieces.join("&")}` : "";
			return parsedUrl.toString();
		}
		function buildBaseUrl(endpoint, options) {
			if (!options.pathParameters) {
				return endpoint;
			}
			const pathParams = options.pathParameters;
			for (const [key, param] of Object.entries(pathParams)) {
				if (param === void 0 || param === null) {
					throw new Error(`Path parameters ${key} must not be undefined or null`);
				}
				if (!param.toString || typeof param.toString !== "function") {
					throw new Error(`Path parameters must be able to be represented as string, ${key} can't`);
				}
				let value = param.toISOString !== void 0 ? param.toISOString() : String(param);
				if (!options.skipUrlEncoding) {
					value = encodeURIComponent(param);
				}
				endpoint = replaceAll(endpoint, `{${key}}`, value) ?? "";
			}
			return endpoint;
		}
		function buildRoutePath(routePath, pathParameters, options = {}) {
			for (const pathParam of pathParameters) {
				const allowReserved = typeof pathParam === "object" && (pathParam.allowReserved ?? false);
				let value = typeof pathParam === "object" ? pathParam.value : pathParam;
				if (!options.skipUrlEncoding && !allowReserved) {
					value = encodeURIComponent(value);
				}
				routePath = routePath.replace(/\{[\w-]+\}/, String(value));
			}
			return routePath;
		}
		function replaceAll(value, searchValue, replaceValue) {
			return !value || !searchValue ? value : value.split(searchValue).join(replaceValue || "");
		}
		0 && 0;
	}),
	31255: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var constants_exports = {};
		__export(constants_exports, {
			DEFAULT_RETRY_POLICY_COUNT: () => DEFAULT_RETRY_POLICY_COUNT,
			SDK_VERSION: () => SDK_VERSION
		});
		module.exports = __toCommonJS(constants_exports);
		const SDK_VERSION = "0.3.6";
		const DEFAULT_RETRY_POLICY_COUNT = 3;
		0 && 0;
	}),
	91810: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var createPipelineFromOptions_exports = {};
		__export(createPipelineFromOptions_exports, { createPipelineFromOptions: () => createPipelineFromOptions });
		module.exports = __toCommonJS(createPipelineFromOptions_exports);
		var import_logPolicy = __webpack_require__(47129);
		var import_pipeline = __webpack_require__(22338);
		var import_userAgentPolicy = __webpack_require__(91691);
		var import_defaultRetryPolicy = __webpack_require__(32462);
		var import_formDataPolicy = __webpack_require__(14197);
		var import_policies = __webpack_require__(66316);
		var import_multipartPolicy = __webpack_require__(27427);
		function createPipelineFromOptions(options) {
			const pipeline = (0, import_pipeline.createEmptyPipeline)();
			(0, import_policies.addPlatformPolicies)(pipeline, options);
			pipeline.addPolicy((0, import_formDataPolicy.formDataPolicy)(), { beforePolicies: [import_multipartPolicy.multipartPolicyName] });
			pipeline.addPolicy((0, import_userAgentPolicy.userAgentPolicy)(options.userAgentOptions));
			pipeline.addPolicy((0, import_multipartPolicy.multipartPolicy)(), { afterPhase: "Deserialize" });
			pipeline.addPolicy((0, import_defaultRetryPolicy.defaultRetryPolicy)(options.retryOptions), { phase: "Retry" });
			pipeline.addPolicy((0, import_logPolicy.logPolicy)(options.loggingOptions), { afterPhase: "Sign" });
			return pipeline;
		}
		0 && 0;
	}),
	69468: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var defaultHttpClient_exports = {};
		__export(defaultHttpClient_exports, { createDefaultHttpClient: () => createDefaultHttpClient });
		module.exports = __toCommonJS(defaultHttpClient_exports);
		var import_nodeHttpClient = __webpack_require__(21167);
		function createDefaultHttpClient() {
			return (0, import_nodeHttpClient.createNodeHttpClient)();
		}
		0 && 0;
	}),
	41573: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __create = Object.create;
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __getProtoOf = Object.getPrototypeOf;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", {
			value: mod,
			enumerable: true
		}) : target, mod));
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var env_exports = {};
		__export(env_exports, {
			emitNodeWarning: () => emitNodeWarning,
			getEnvironmentVariable: () => getEnvironmentVariable,
			isBrowser: () => isBrowser,
			isBun: () => isBun,
			isDeno: () => isDeno,
			isNodeLike: () => isNodeLike,
			isNodeRuntime: () => isNodeRuntime,
			isReactNative: () => isReactNative,
			isWebWorker: () => isWebWorker
		});
		module.exports = __toCommonJS(env_exports);
		var import_node_process = __toESM(__webpack_require__(1708));
		function getEnvironmentVariable(name) {
			return import_node_process.default.env[name];
		}
		function emitNodeWarning(warning) {
			import_node_process.default.emitWarning(warning);
		}
		const isBrowser = false;
		const isWebWorker = false;
		const isDeno = typeof import_node_process.default.versions.deno === "string" && import_node_process.default.versions.deno.length > 0;
		const isBun = typeof import_node_process.default.versions.bun === "string" && import_node_process.default.versions.bun.length > 0;
		const isNodeLike = true;
		const isNodeRuntime = !isBun && !isDeno;
		const isReactNative = false;
		0 && 0;
	}),
	59182: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var formData_exports = {};
		__export(formData_exports, { convertBodyToFormDataMap: () => convertBodyToFormDataMap });
		module.exports = __toCommonJS(formData_exports);
		function convertBodyToFormDataMap(body) {
			if (typeof FormData !== "undefined" && body instanceof FormData) {
				const formDataMap = {};
				for (const [key, value] of body.entries()) {
					const existing = formDataMap[key];
					if (Array.isArray(existing)) {
						existing.push(value);
					} else {
						formDataMap[key] = existing !== void 0 ? [existing, value] : [value];
					}
				}
				return formDataMap;
			}
			return void 0;
		}
		0 && 0;
	}),
	4220: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var httpHeaders_exports = {};
		__export(httpHeaders_exports, { createHttpHeaders: () => createHttpHeaders });
		module.exports = __toCommonJS(httpHeaders_exports);
		function normalizeName(name) {
			return name.toLowerCase();
		}
		function normalizeValue(value) {
			return String(value).trim().replace(/[\r\n]/g, "");
		}
		function* headerIterator(map) {
			for (const entry of map.values()) {
				yield [entry.name, entry.value];
			}
		}
		class HttpHeadersImpl {
			_headersMap;
			constructor(rawHeaders) {
				this._headersMap = new Map();
				if (rawHeaders) {
					for (const headerName of Object.keys(rawHeaders)) {
						this.set(headerName, rawHeaders[headerName]);
					}
				}
			}
			set(name, value) {
				this._headersMap.set(normalizeName(name), {
					name,
					value: normalizeValue(value)
				});
			}
			get(name) {
				return this._headersMap.get(normalizeName(name))?.value;
			}
			has(name) {
				return this._headersMap.has(normalizeName(name));
			}
			delete(name) {
				this._headersMap.delete(normalizeName(name));
			}
			toJSON(options = {}) {
				const result = {};
				if (options.preserveCase) {
					for (const entry of this._headersMap.values()) {
						result[entry.name] = entry.value;
					}
				} else {
					for (const [normalizedName, entry] of this._headersMap) {
						result[normalizedName] = entry.value;
					}
				}
				return result;
			}
			toString() {
				return JSON.stringify(this.toJSON({ preserveCase: true }));
			}
			[Symbol.iterator]() {
				return headerIterator(this._headersMap);
			}
		}
		function createHttpHeaders(rawHeaders) {
			return new HttpHeadersImpl(rawHeaders);
		}
		0 && 0;
	}),
	41958: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var src_exports = {};
		__export(src_exports, {
			AbortError: () => import_AbortError.AbortError,
			RestError: () => import_restError.RestError,
			TypeSpecRuntimeLogger: () => import_logger.TypeSpecRuntimeLogger,
			createClientLogger: () => import_logger.createClientLogger,
			createDefaultHttpClient: () => import_httpClient.createDefaultHttpClient,
			createEmptyPipeline: () => import_pipeline.createEmptyPipeline,
			createHttpHeaders: () => import_httpHeaders.createHttpHeaders,
			createPipelineRequest: () => import_pipelineRequest.createPipelineRequest,
			createRestError: () => import_restError2.createRestError,
			getClient: () => import_getClient.getClient,
			getLogLevel: () => import_logger.getLogLevel,
			isRestError: () => import_restError.isRestError,
			operationOptionsToRequestParameters: () => import_operationOptionHelpers.operationOptionsToRequestParameters,
			setLogLevel: () => import_logger.setLogLevel,
			stringToUint8Array: () => import_bytesEncoding.stringToUint8Array,
			uint8ArrayToString: () => import_bytesEncoding.uint8ArrayToString
		});
		module.exports = __toCommonJS(src_exports);
		var import_AbortError = __webpack_require__(99992);
		var import_logger = __webpack_require__(18459);
		var import_httpHeaders = __webpack_require__(4220);
		var import_pipelineRequest = __webpack_require__(72305);
		var import_pipeline = __webpack_require__(22338);
		var import_restError = __webpack_require__(9758);
		var import_bytesEncoding = __webpack_require__(82921);
		var import_httpClient = __webpack_require__(69468);
		var import_getClient = __webpack_require__(86191);
		var import_operationOptionHelpers = __webpack_require__(19635);
		var import_restError2 = __webpack_require__(97332);
		0 && 0;
	}),
	3644: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var log_exports = {};
		__export(log_exports, { logger: () => logger });
		module.exports = __toCommonJS(log_exports);
		var import_logger = __webpack_require__(18459);
		const logger = (0, import_logger.createClientLogger)("ts-http-runtime");
		0 && 0;
	}),
	36836: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var debug_exports = {};
		__export(debug_exports, { default: () => debug_default });
		module.exports = __toCommonJS(debug_exports);
		var import_log = __webpack_require__(38029);
		var import_env = __webpack_require__(41573);
		const debugEnvVariable = (0, import_env.getEnvironmentVariable)("DEBUG");
		let enabledString;
		let enabledNamespaces = [];
		let skippedNamespaces = [];
		const debuggers = [];
		if (debugEnvVariable) {
			enable(debugEnvVariable);
		}
		const debugObj = Object.assign((namespace) => {
			return createDebugger(namespace);
		}, {
			enable,
			enabled,
			disable,
			log: import_log.log
		});
		function enable(namespaces) {
			enabledString = namespaces;
			enabledNamespaces = [];
			skippedNamespaces = [];
			const namespaceList = namespaces.split(",").map((ns) => ns.trim());
			for (const ns of namespaceList) {
				if (ns.startsWith("-")) {
					skippedNamespaces.push(ns.substring(1));
				} else {
					enabledNamespaces.push(ns);
				}
			}
			for (const instance of debuggers) {
				instance.enabled = enabled(instance.namespace);
			}
		}
		function enabled(namespace) {
			if (namespace.endsWith("*")) {
				return true;
			}
			for (const skipped of skippedNamespaces) {
				if (namespaceMatches(namespace, skipped)) {
					return false;
				}
			}
			for (const enabledNamespace of enabledNamespaces) {
				if (namespaceMatches(namespace, enabledNamespace)) {
					return true;
				}
			}
			return false;
		}
		function namespaceMatches(namespace, patternToMatch) {
			if (patternToMatch.indexOf("*") === -1) {
				return namespace === patternToMatch;
			}
			let pattern = patternToMatch;
			if (patternToMatch.indexOf("**") !== -1) {
				const patternParts = [];
				let lastCharacter = "";
				for (const character of patternToMatch) {
					if (character === "*" && lastCharacter === "*") {
						continue;
					} else {
						lastCharacter = character;
						patternParts.push(character);
					}
				}
				pattern = patternParts.join("");
			}
			let namespaceIndex = 0;
			let patternIndex = 0;
			const patternLength = pattern.length;
			const namespaceLength = namespace.length;
			let lastWildcard = -1;
			let lastWildcardNamespace = -1;
			while (namespaceIndex < namespaceLength && patternIndex < patternLength) {
				if (pattern[patternIndex] === "*") {
					lastWildcard = patternIndex;
					patternIndex++;
					if (patternIndex === patternLength) {
						return true;
					}
					while (namespace[namespaceIndex] !== pattern[patternIndex]) {
						namespaceIndex++;
						if (namespaceIndex === namespaceLength) {
							return false;
						}
					}
					lastWildcardNamespace = namespaceIndex;
					namespaceIndex++;
					patternIndex++;
					continue;
				} else if (pattern[patternIndex] === namespace[namespaceIndex]) {
					patternIndex++;
					namespaceIndex++;
				} else if (lastWildcard >= 0) {
					patternIndex = lastWildcard + 1;
					namespaceIndex = lastWildcardNamespace + 1;
					if (namespaceIndex === namespaceLength) {
						return false;
					}
					while (namespace[namespaceIndex] !== pattern[patternIndex]) {
						namespaceIndex++;
						if (namespaceIndex === namespaceLength) {
							return false;
						}
					}
					lastWildcardNamespace = namespaceIndex;
					namespaceIndex++;
					patternIndex++;
					continue;
				} else {
					return false;
				}
			}
			const namespaceDone = namespaceIndex === namespace.length;
			const patternDone = patternIndex === pattern.length;
			const trailingWildCard = patternIndex === pattern.length - 1 && pattern[patternIndex] === "*";
			return namespaceDone && (patternDone || trailingWildCard);
		}
		function disable() {
			const result = enabledString || "";
			enable("");
			return result;
		}
		function createDebugger(namespace) {
			const newDebugger = Object.assign(debug, {
				enabled: enabled(namespace),
				destroy,
				log: debugObj.log,
				namespace,
				extend
			});
			function debug(...args) {
				if (!newDebugger.enabled) {
					return;
				}
				if (args.length > 0) {
					args[0] = `${namespace} ${args[0]}`;
				}
				newDebugger.log(...args);
			}
			debuggers.push(newDebugger);
			return newDebugger;
		}
		function destroy() {
			const index = debuggers.indexOf(this);
			if (index >= 0) {
				debuggers.splice(index, 1);
				return true;
			}
			return false;
		}
		function extend(namespace) {
			const newDebugger = createDebugger(`${this.namespace}:${namespace}`);
			newDebugger.log = this.log;
			return newDebugger;
		}
		var debug_default = debugObj;
	}),
	82490: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var internal_exports = {};
		__export(internal_exports, { createLoggerContext: () => import_logger.createLoggerContext });
		module.exports = __toCommonJS(internal_exports);
		var import_logger = __webpack_require__(18459);
		0 && 0;
	}),
	38029: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __create = Object.create;
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __getProtoOf = Object.getPrototypeOf;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", {
			value: mod,
			enumerable: true
		}) : target, mod));
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var log_exports = {};
		__export(log_exports, { log: () => log });
		module.exports = __toCommonJS(log_exports);
		var import_node_os = __webpack_require__(48161);
		var import_node_util = __toESM(__webpack_require__(57975));
		var import_node_process = __toESM(__webpack_require__(1708));
		function log(message, ...args) {
			import_node_process.default.stderr.write(`${import_node_util.default.format(message, ...args)}${import_node_os.EOL}`);
		}
		0 && 0;
	}),
	18459: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __create = Object.create;
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __getProtoOf = Object.getPrototypeOf;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", {
			value: mod,
			enumerable: true
		}) : target, mod));
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var logger_exports = {};
		__export(logger_exports, {
			TypeSpecRuntimeLogger: () => TypeSpecRuntimeLogger,
			createClientLogger: () => createClientLogger,
			createLoggerContext: () => createLoggerContext,
			getLogLevel: () => getLogLevel,
			setLogLevel: () => setLogLevel
		});
		module.exports = __toCommonJS(logger_exports);
		var import_debug = __toESM(__webpack_require__(36836));
		var import_env = __webpack_require__(41573);
		const TYPESPEC_RUNTIME_LOG_LEVELS = [
			"verbose",
			"info",
			"warning",
			"error"
		];
		const levelMap = {
			verbose: 400,
			info: 300,
			warning: 200,
			error: 100
		};
		function patchLogMethod(parent, child) {
			child.log = (...args) => {
				parent.log(...args);
			};
		}
		function isTypeSpecRuntimeLogLevel(level) {
			return TYPESPEC_RUNTIME_LOG_LEVELS.includes(level);
		}
		function createLoggerContext(options) {
			const registeredLoggers = new Set();
			const logLevelFromEnv = (0, import_env.getEnvironmentVariable)(options.logLevelEnvVarName);
			let logLevel;
			const clientLogger = (0, import_debug.default)(options.namespace);
			clientLogger.log = (...args) => {
				import_debug.default.log(...args);
			};
			function contextSetLogLevel(level) {
				if (level && !isTypeSpecRuntimeLogLevel(level)) {
					throw new Error(`Unknown log level '${level}'. Acceptable values: ${TYPESPEC_RUNTIME_LOG_LEVELS.join(",")}`);
				}
				logLevel = level;
				const enabledNamespaces = [];
				for (const logger of registeredLoggers) {
					if (shouldEnable(logger)) {
						enabledNamespaces.push(logger.namespace);
					}
				}
				import_debug.default.enable(enabledNamespaces.join(","));
			}
			if (logLevelFromEnv) {
				if (isTypeSpecRuntimeLogLevel(logLevelFromEnv)) {
					contextSetLogLevel(logLevelFromEnv);
				} else {
					console.error(`${options.logLevelEnvVarName} set to unknown log level '${logLevelFromEnv}'; logging is not enabled. Acceptable values: ${TYPESPEC_RUNTIME_LOG_LEVELS.join(", ")}.`);
				}
			}
			function shouldEnable(logger) {
				return Boolean(logLevel && levelMap[logger.level] <= levelMap[logLevel]);
			}
			function createLogger(parent, level) {
				const logger = Object.assign(parent.extend(level), { level });
				patchLogMethod(parent, logger);
				if (shouldEnable(logger)) {
					const enabledNamespaces = import_debug.default.disable();
					import_debug.default.enable(enabledNamespaces + "," + logger.namespace);
				}
				registeredLoggers.add(logger);
				return logger;
			}
			function contextGetLogLevel() {
				return logLevel;
			}
			function contextCreateClientLogger(namespace) {
				const clientRootLogger = clientLogger.extend(namespace);
				patchLogMethod(clientLogger, clientRootLogger);
				return {
					error: createLogger(clientRootLogger, "error"),
					warning: createLogger(clientRootLogger, "warning"),
					info: createLogger(clientRootLogger, "info"),
					verbose: createLogger(clientRootLogger, "verbose")
				};
			}
			return {
				setLogLevel: contextSetLogLevel,
				getLogLevel: contextGetLogLevel,
				createClientLogger: contextCreateClientLogger,
				logger: clientLogger
			};
		}
		const context = createLoggerContext({
			logLevelEnvVarName: "TYPESPEC_RUNTIME_LOG_LEVEL",
			namespace: "typeSpecRuntime"
		});
		const TypeSpecRuntimeLogger = context.logger;
		function setLogLevel(logLevel) {
			context.setLogLevel(logLevel);
		}
		function getLogLevel() {
			return context.getLogLevel();
		}
		function createClientLogger(namespace) {
			return context.createClientLogger(namespace);
		}
		0 && 0;
	}),
	21167: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __create = Object.create;
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __getProtoOf = Object.getPrototypeOf;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", {
			value: mod,
			enumerable: true
		}) : target, mod));
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var nodeHttpClient_exports = {};
		__export(nodeHttpClient_exports, {
			createNodeHttpClient: () => createNodeHttpClient,
			getBodyLength: () => getBodyLength
		});
		module.exports = __toCommonJS(nodeHttpClient_exports);
		var import_node_http = __toESM(__webpack_require__(37067));
		var import_node_https = __toESM(__webpack_require__(44708));
		var import_node_zlib = __toESM(__webpack_require__(38522));
		var import_node_stream = __webpack_require__(57075);
		var import_AbortError = __webpack_require__(99992);
		var import_httpHeaders = __webpack_require__(4220);
		var import_restError = __webpack_require__(9758);
		var import_log = __webpack_require__(3644);
		var import_sanitizer = __webpack_require__(7784);
		const DEFAULT_TLS_SETTINGS = {};
		function isReadableStream(body) {
			return body && typeof body.pipe === "function";
		}
		function isStreamComplete(stream) {
			if (stream.readable === false) {
				return Promise.resolve();
			}
			return new Promise((resolve) => {
				const handler = () => {
					resolve();
					stream.removeListener("close", handler);
					stream.removeListener("end", handler);
					stream.removeListener("error", handler);
				};
				stream.on("close", handler);
				stream.on("end", handler);
				stream.on("error", handler);
			});
		}
		function isArrayBuffer(body) {
			return body && typeof body.byteLength === "number";
		}
		class ReportTransform extends import_node_stream.Transform {
			loadedBytes = 0;
			progressCallback;
			_transform(chunk, _encoding, callback) {
				this.push(chunk);
				this.loadedBytes += chunk.length;
				try {
					this.progressCallback({ loadedBytes: this.loadedBytes });
					callback();
				} catch (e) {
					callback(e);
				}
			}
			constructor(progressCallback) {
				super();
				this.progressCallback = progressCallback;
			}
		}
		class NodeHttpClient {
			cachedHttpAgent;
			cachedHttpsAgents = new WeakMap();
			async sendRequest(request) {
				const abortController = new AbortController();
				let abortListener;
				if (request.abortSignal) {
					if (request.abortSignal.aborted) {
						throw new import_AbortError.AbortError("The operation was aborted. Request has already been canceled.");
					}
					abortListener = (event) => {
						if (event.type === "abort") {
							abortController.abort();
						}
					};
					request.abortSignal.addEventListener("abort", abortListener);
				}
				let timeoutId;
				if (request.timeout > 0) {
					timeoutId = setTimeout(() => {
						const sanitizer = new import_sanitizer.Sanitizer();
						import_log.logger.info(`request to '${sanitizer.sanitizeUrl(request.url)}' timed out. canceling...`);
						abortController.abort();
					}, request.timeout);
				}
				const acceptEncoding = request.headers.get("Accept-Encoding");
				const shouldDecompress = acceptEncoding?.includes("gzip") || acceptEncoding?.includes("deflate");
				let body = typeof request.body === "function" ? request.body() : request.body;
				if (body && !request.headers.has("Content-Length")) {
					const bodyLength = getBodyLength(body);
					if (bodyLength !== null) {
						request.headers.set("Content-Length", bodyLength);
					}
				}
				let responseStream;
				try {
					if (body && request.onUploadProgress) {
						const onUploadProgress = request.onUploadProgress;
						const uploadReportStream = new ReportTransform(onUploadProgress);
						uploadReportStream.on("error", (e) => {
							import_log.logger.error("Error in upload progress", e);
						});
						if (isReadableStream(body)) {
							body.pipe(uploadReportStream);
						} else {
							uploadReportStream.end(body);
						}
						body = uploadReportStream;
					}
					const res = await this.makeRequest(request, abortController, body);
					if (timeoutId !== void 0) {
						clearTimeout(timeoutId);
					}
					const headers = getResponseHeaders(res);
					const status = res.statusCode ?? 0;
					const response = {
						status,
						headers,
						request
					};
					if (request.method === "HEAD") {
						res.resume();
						return response;
					}
					responseStream = shouldDecompress ? getDecodedResponseStream(res, headers) : res;
					const onDownloadProgress = request.onDownloadProgress;
					if (onDownloadProgress) {
						const downloadReportStream = new ReportTransform(onDownloadProgress);
						downloadReportStream.on("error", (e) => {
							import_log.logger.error("Error in download progress", e);
						});
						responseStream.pipe(downloadReportStream);
						responseStream = downloadReportStream;
					}
					if (request.streamResponseStatusCodes?.has(Number.POSITIVE_INFINITY) || request.streamResponseStatusCodes?.has(response.status)) {
						response.readableStreamBody = responseStream;
					} else {
						response.bodyAsText = await streamToText(responseStream);
					}
					return response;
				} finally {
					if (request.abortSignal && abortListener) {
						let uploadStreamDone = Promise.resolve();
						if (isReadableStream(body)) {
							uploadStreamDone = isStreamComplete(body);
						}
						let downloadStreamDone = Promise.resolve();
						if (isReadableStream(responseStream)) {
							downloadStreamDone = isStreamComplete(responseStream);
						}
						Promise.all([uploadStreamDone, downloadStreamDone]).then(() => {
							if (abortListener) {
								request.abortSignal?.removeEventListener("abort", abortListener);
							}
						}).catch((e) => {
							import_log.logger.warning("Error when cleaning up abortListener on httpRequest", e);
						});
					}
				}
			}
			makeRequest(request, abortController, body) {
				const url = new URL(request.url);
				const isInsecure = url.protocol !== "https:";
				if (isInsecure && !request.allowInsecureConnection) {
					throw new Error(`Cannot connect to ${request.url} while allowInsecureConnection is false.`);
				}
				const agent = request.agent ?? this.getOrCreateAgent(request, isInsecure);
				const options = {
					agent,
					hostname: url.hostname,
					path: `${url.pathname}${url.search}`,
					port: url.port,
					method: request.method,
					headers: request.headers.toJSON({ preserveCase: true }),
					...request.requestOverrides
				};
				return new Promise((resolve, reject) => {
					const req = isInsecure ? import_node_http.default.request(options, resolve) : import_node_https.default.request(options, resolve);
					req.once("error", (err) => {
						reject(new import_restError.RestError(err.message, {
							code: err.code ?? import_restError.RestError.REQUEST_SEND_ERROR,
							request
						}));
					});
					abortController.signal.addEventListener("abort", () => {
						const abortError = new import_AbortError.AbortError("The operation was aborted. Rejecting from abort signal callback while making request.");
						req.destroy(abortError);
						reject(abortError);
					});
					if (body && isReadableStream(body)) {
						body.pipe(req);
					} else if (body) {
						if (typeof body === "string" || Buffer.isBuffer(body)) {
							req.end(body);
						} else if (isArrayBuffer(body)) {
							req.end(ArrayBuffer.isView(body) ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : Buffer.from(body));
						} else {
							import_log.logger.error("Unrecognized body type", body);
							reject(new import_restError.RestError("Unrecognized body type"));
						}
					} else {
						req.end();
					}
				});
			}
			getOrCreateAgent(request, isInsecure) {
				const disableKeepAlive = request.disableKeepAlive;
				if (isInsecure) {
					if (disableKeepAlive) {
						return import_node_http.default.globalAgent;
					}
					if (!this.cachedHttpAgent) {
						this.cachedHttpAgent = new import_node_http.default.Agent({ keepAlive: true });
					}
					return this.cachedHttpAgent;
				} else {
					if (disableKeepAlive && !request.tlsSettings) {
						return import_node_https.default.globalAgent;
					}
					const tlsSettings = request.tlsSettings ?? DEFAULT_TLS_SETTINGS;
					let agent = this.cachedHttpsAgents.get(tlsSettings);
					if (agent && agent.options.keepAlive === !disableKeepAlive) {
						return agent;
					}
					import_log.logger.info("No cached TLS Agent exist, creating a new Agent");
					agent = new import_node_https.default.Agent({
						keepAlive: !disableKeepAlive,
						...tlsSettings
					});
					this.cachedHttpsAgents.set(tlsSettings, agent);
					return agent;
				}
			}
		}
		function getResponseHeaders(res) {
			const headers = (0, import_httpHeaders.createHttpHeaders)();
			for (const header of Object.keys(res.headers)) {
				const value = res.headers[header];
				if (Array.isArray(value)) {
					if (value.length > 0) {
						headers.set(header, value[0]);
					}
				} else if (value) {
					headers.set(header, value);
				}
			}
			return headers;
		}
		function getDecodedResponseStream(stream, headers) {
			const contentEncoding = headers.get("Content-Encoding");
			if (contentEncoding === "gzip") {
				const unzip = import_node_zlib.default.createGunzip();
				stream.pipe(unzip);
				return unzip;
			} else if (contentEncoding === "deflate") {
				const inflate = import_node_zlib.default.createInflate();
				stream.pipe(inflate);
				return inflate;
			}
			return stream;
		}
		function streamToText(stream) {
			return new Promise((resolve, reject) => {
				const buffer = [];
				stream.on("data", (chunk) => {
					if (Buffer.isBuffer(chunk)) {
						buffer.push(chunk);
					} else {
						buffer.push(Buffer.from(chunk));
					}
				});
				stream.on("end", () => {
					resolve(Buffer.concat(buffer).toString("utf8"));
				});
				stream.on("error", (e) => {
					if (e && e?.name === "AbortError") {
						reject(e);
					} else {
						reject(new import_restError.RestError(`Error reading response as text: ${e.message}`, { code: import_restError.RestError.PARSE_ERROR }));
					}
				});
			});
		}
		function getBodyLength(body) {
			if (!body) {
				return 0;
			} else if (Buffer.isBuffer(body)) {
				return body.length;
			} else if (isReadableStream(body)) {
				return null;
			} else if (isArrayBuffer(body)) {
				return body.byteLength;
			} else if (typeof body === "string") {
				return Buffer.from(body).length;
			} else {
				return null;
			}
		}
		function createNodeHttpClient() {
			return new NodeHttpClient();
		}
		0 && 0;
	}),
	22338: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var pipeline_exports = {};
		__export(pipeline_exports, { createEmptyPipeline: () => createEmptyPipeline });
		module.exports = __toCommonJS(pipeline_exports);
		const ValidPhaseNames = new Set([
			"Deserialize",
			"Serialize",
			"Retry",
			"Sign"
		]);
		class HttpPipeline {
			_policies = [];
			_orderedPolicies;
			constructor(policies) {
				this._policies = policies?.slice(0) ?? [];
				this._orderedPolicies = void 0;
			}
			addPolicy(policy, options = {}) {
				if (options.phase && options.afterPhase) {
					throw new Error("Policies inside a phase cannot specify afterPhase.");
				}
				if (options.phase && !ValidPhaseNames.has(options.phase)) {
					throw new Error(`Invalid phase name: ${options.phase}`);
				}
				if (options.afterPhase && !ValidPhaseNames.has(options.afterPhase)) {
					throw new Error(`Invalid afterPhase name: ${options.afterPhase}`);
				}
				this._policies.push({
					policy,
					options
				});
				this._orderedPolicies = void 0;
			}
			removePolicy(options) {
				const removedPolicies = [];
				this._policies = this._policies.filter((policyDescriptor) => {
					if (options.name && policyDescriptor.policy.name === options.name || options.phase && policyDescriptor.options.phase === options.phase) {
						removedPolicies.push(policyDescriptor.policy);
						return false;
					} else {
						return true;
					}
				});
				this._orderedPolicies = void 0;
				return removedPolicies;
			}
			sendRequest(httpClient, request) {
				const policies = this.getOrderedPolicies();
				const pipeline = policies.reduceRight((next, policy) => {
					return (req) => {
						return policy.sendRequest(req, next);
					};
				}, (req) => httpClient.sendRequest(req));
				return pipeline(request);
			}
			getOrderedPolicies() {
				if (!this._orderedPolicies) {
					this._orderedPolicies = this.orderPolicies();
				}
				return this._orderedPolicies;
			}
			clone() {
				return new HttpPipeline(this._policies);
			}
			static create() {
				return new HttpPipeline();
			}
			orderPolicies() {
				const result = [];
				const policyMap = new Map();
				function createPhase(name) {
					return {
						name,
						policies: new Set(),
						hasRun: false,
						hasAfterPolicies: false
					};
				}
				const serializePhase = createPhase("Serialize");
				const noPhase = createPhase("None");
				const deserializePhase = createPhase("Deserialize");
				const retryPhase = createPhase("Retry");
				const signPhase = createPhase("Sign");
				const orderedPhases = [
					serializePhase,
					noPhase,
					deserializePhase,
					retryPhase,
					signPhase
				];
				function getPhase(phase) {
					if (phase === "Retry") {
						return retryPhase;
					} else if (phase === "Serialize") {
						return serializePhase;
					} else if (phase === "Deserialize") {
						return deserializePhase;
					} else if (phase === "Sign") {
						return signPhase;
					} else {
						return noPhase;
					}
				}
				for (const descriptor of this._policies) {
					const policy = descriptor.policy;
					const options = descriptor.options;
					const policyName = policy.name;
					if (policyMap.has(policyName)) {
						throw new Error("Duplicate policy names not allowed in pipeline");
					}
					const node = {
						policy,
						dependsOn: new Set(),
						dependants: new Set()
					};
					if (options.afterPhase) {
						node.afterPhase = getPhase(options.afterPhase);
						node.afterPhase.hasAfterPolicies = true;
					}
					policyMap.set(policyName, node);
					const phase = getPhase(options.phase);
					phase.policies.add(node);
				}
				for (const descriptor of this._policies) {
					const { policy, options } = descriptor;
					const policyName = policy.name;
					const node = policyMap.get(policyName);
					if (!node) {
						throw new Error(`Missing node for policy ${policyName}`);
					}
					if (options.afterPolicies) {
						for (const afterPolicyName of options.afterPolicies) {
							const afterNode = policyMap.get(afterPolicyName);
							if (afterNode) {
								node.dependsOn.add(afterNode);
								afterNode.dependants.add(node);
							}
						}
					}
					if (options.beforePolicies) {
						for (const beforePolicyName of options.beforePolicies) {
							const beforeNode = policyMap.get(beforePolicyName);
							if (beforeNode) {
								beforeNode.dependsOn.add(node);
								node.dependants.add(beforeNode);
							}
						}
					}
				}
				function walkPhase(phase) {
					phase.hasRun = true;
					for (const node of phase.policies) {
						if (node.afterPhase && (!node.afterPhase.hasRun || node.afterPhase.policies.size)) {
							continue;
						}
						if (node.dependsOn.size === 0) {
							result.push(node.policy);
							for (const dependant of node.dependants) {
								dependant.dependsOn.delete(node);
							}
							policyMap.delete(node.policy.name);
							phase.policies.delete(node);
						}
					}
				}
				function walkPhases() {
					for (const phase of orderedPhases) {
						walkPhase(phase);
						if (phase.policies.size > 0 && phase !== noPhase) {
							if (!noPhase.hasRun) {
								walkPhase(noPhase);
							}
							return;
						}
						if (phase.hasAfterPolicies) {
							walkPhase(noPhase);
						}
					}
				}
				let iteration = 0;
				while (policyMap.size > 0) {
					iteration++;
					const initialResultLength = result.length;
					walkPhases();
					if (result.length <= initialResultLength && iteration > 1) {
						throw new Error("Cannot satisfy policy dependencies due to requirements cycle.");
					}
				}
				return result;
			}
		}
		function createEmptyPipeline() {
			return HttpPipeline.create();
		}
		0 && 0;
	}),
	72305: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var pipelineRequest_exports = {};
		__export(pipelineRequest_exports, { createPipelineRequest: () => createPipelineRequest });
		module.exports = __toCommonJS(pipelineRequest_exports);
		var import_httpHeaders = __webpack_require__(4220);
		var import_uuid = __webpack_require__(5023);
		class PipelineRequestImpl {
			url;
			method;
			headers;
			timeout;
			withCredentials;
			body;
			multipartBody;
			formData;
			streamResponseStatusCodes;
			enableBrowserStreams;
			proxySettings;
			disableKeepAlive;
			abortSignal;
			requestId;
			allowInsecureConnection;
			onUploadProgress;
			onDownloadProgress;
			requestOverrides;
			authSchemes;
			constructor(options) {
				this.url = options.url;
				this.body = options.body;
				this.headers = options.headers ?? (0, import_httpHeaders.createHttpHeaders)();
				this.method = options.method ?? "GET";
				this.timeout = options.timeout ?? 0;
				this.multipartBody = options.multipartBody;
				this.formData = options.formData;
				this.disableKeepAlive = options.disableKeepAlive ?? false;
				this.proxySettings = options.proxySettings;
				this.streamResponseStatusCodes = options.streamResponseStatusCodes;
				this.withCredentials = options.withCredentials ?? false;
				this.abortSignal = options.abortSignal;
				this.onUploadProgress = options.onUploadProgress;
				this.onDownloadProgress = options.onDownloadProgress;
				this.requestId = options.requestId || (0, import_uuid.randomUUID)();
				this.allowInsecureConnection = options.allowInsecureConnection ?? false;
				this.enableBrowserStreams = options.enableBrowserStreams ?? false;
				this.requestOverrides = options.requestOverrides;
				this.authSchemes = options.authSchemes;
			}
		}
		function createPipelineRequest(options) {
			return new PipelineRequestImpl(options);
		}
		0 && 0;
	}),
	85366: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var agentPolicy_exports = {};
		__export(agentPolicy_exports, {
			agentPolicy: () => agentPolicy,
			agentPolicyName: () => agentPolicyName
		});
		module.exports = __toCommonJS(agentPolicy_exports);
		const agentPolicyName = "agentPolicy";
		function agentPolicy(agent) {
			return {
				name: agentPolicyName,
				sendRequest: async (req, next) => {
					if (!req.agent) {
						req.agent = agent;
					}
					return next(req);
				}
			};
		}
		0 && 0;
	}),
	42095: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var apiKeyAuthenticationPolicy_exports = {};
		__export(apiKeyAuthenticationPolicy_exports, {
			apiKeyAuthenticationPolicy: () => apiKeyAuthenticationPolicy,
			apiKeyAuthenticationPolicyName: () => apiKeyAuthenticationPolicyName
		});
		module.exports = __toCommonJS(apiKeyAuthenticationPolicy_exports);
		var import_checkInsecureConnection = __webpack_require__(42302);
		const apiKeyAuthenticationPolicyName = "apiKeyAuthenticationPolicy";
		function apiKeyAuthenticationPolicy(options) {
			return {
				name: apiKeyAuthenticationPolicyName,
				async sendRequest(request, next) {
					(0, import_checkInsecureConnection.ensureSecureConnection)(request, options);
					const scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "apiKey");
					if (!scheme) {
						return next(request);
					}
					if (scheme.apiKeyLocation !== "header") {
						throw new Error(`Unsupported API key location: ${scheme.apiKeyLocation}`);
					}
					request.headers.set(scheme.name, options.credential.key);
					return next(request);
				}
			};
		}
		0 && 0;
	}),
	15756: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var basicAuthenticationPolicy_exports = {};
		__export(basicAuthenticationPolicy_exports, {
			basicAuthenticationPolicy: () => basicAuthenticationPolicy,
			basicAuthenticationPolicyName: () => basicAuthenticationPolicyName
		});
		module.exports = __toCommonJS(basicAuthenticationPolicy_exports);
		var import_bytesEncoding = __webpack_require__(82921);
		var import_checkInsecureConnection = __webpack_require__(42302);
		const basicAuthenticationPolicyName = "bearerAuthenticationPolicy";
		function basicAuthenticationPolicy(options) {
			return {
				name: basicAuthenticationPolicyName,
				async sendRequest(request, next) {
					(0, import_checkInsecureConnection.ensureSecureConnection)(request, options);
					const scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "http" && x.scheme === "basic");
					if (!scheme) {
						return next(request);
					}
					const { username, password } = options.credential;
					const headerValue = (0, import_bytesEncoding.uint8ArrayToString)((0, import_bytesEncoding.stringToUint8Array)(`${username}:${password}`, "utf-8"), "base64");
					request.headers.set("Authorization", `Basic ${headerValue}`);
					return next(request);
				}
			};
		}
		0 && 0;
	}),
	89709: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var bearerAuthenticationPolicy_exports = {};
		__export(bearerAuthenticationPolicy_exports, {
			bearerAuthenticationPolicy: () => bearerAuthenticationPolicy,
			bearerAuthenticationPolicyName: () => bearerAuthenticationPolicyName
		});
		module.exports = __toCommonJS(bearerAuthenticationPolicy_exports);
		var import_checkInsecureConnection = __webpack_require__(42302);
		const bearerAuthenticationPolicyName = "bearerAuthenticationPolicy";
		function bearerAuthenticationPolicy(options) {
			return {
				name: bearerAuthenticationPolicyName,
				async sendRequest(request, next) {
					(0, import_checkInsecureConnection.ensureSecureConnection)(request, options);
					const scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "http" && x.scheme === "bearer");
					if (!scheme) {
						return next(request);
					}
					const token = await options.credential.getBearerToken({ abortSignal: request.abortSignal });
					request.headers.set("Authorization", `Bearer ${token}`);
					return next(request);
				}
			};
		}
		0 && 0;
	}),
	42302: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var checkInsecureConnection_exports = {};
		__export(checkInsecureConnection_exports, { ensureSecureConnection: () => ensureSecureConnection });
		module.exports = __toCommonJS(checkInsecureConnection_exports);
		var import_log = __webpack_require__(3644);
		var import_env = __webpack_require__(41573);
		let insecureConnectionWarningEmmitted = false;
		function allowInsecureConnection(request, options) {
			if (options.allowInsecureConnection && request.allowInsecureConnection) {
				const url = new URL(request.url);
				if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
					return true;
				}
			}
			return false;
		}
		function emitInsecureConnectionWarning() {
			const warning = "Sending token over insecure transport. Assume any token issued is compromised.";
			import_log.logger.warning(warning);
			if (!insecureConnectionWarningEmmitted) {
				insecureConnectionWarningEmmitted = true;
				(0, import_env.emitNodeWarning)(warning);
			}
		}
		function ensureSecureConnection(request, options) {
			if (!request.url.toLowerCase().startsWith("https://")) {
				if (allowInsecureConnection(request, options)) {
					emitInsecureConnectionWarning();
				} else {
					throw new Error("Authentication is not permitted for non-TLS protected (non-https) URLs when allowInsecureConnection is false.");
				}
			}
		}
		0 && 0;
	}),
	20219: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var oauth2AuthenticationPolicy_exports = {};
		__export(oauth2AuthenticationPolicy_exports, {
			oauth2AuthenticationPolicy: () => oauth2AuthenticationPolicy,
			oauth2AuthenticationPolicyName: () => oauth2AuthenticationPolicyName
		});
		module.exports = __toCommonJS(oauth2AuthenticationPolicy_exports);
		var import_checkInsecureConnection = __webpack_require__(42302);
		const oauth2AuthenticationPolicyName = "oauth2AuthenticationPolicy";
		function oauth2AuthenticationPolicy(options) {
			return {
				name: oauth2AuthenticationPolicyName,
				async sendRequest(request, next) {
					(0, import_checkInsecureConnection.ensureSecureConnection)(request, options);
					const scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "oauth2");
					if (!scheme) {
						return next(request);
					}
					const token = await options.credential.getOAuth2Token(scheme.flows, { abortSignal: request.abortSignal });
					request.headers.set("Authorization", `Bearer ${token}`);
					return next(request);
				}
			};
		}
		0 && 0;
	}),
	35035: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var decompressResponsePolicy_exports = {};
		__export(decompressResponsePolicy_exports, {
			decompressResponsePolicy: () => decompressResponsePolicy,
			decompressResponsePolicyName: () => decompressResponsePolicyName
		});
		module.exports = __toCommonJS(decompressResponsePolicy_exports);
		const decompressResponsePolicyName = "decompressResponsePolicy";
		function decompressResponsePolicy() {
			return {
				name: decompressResponsePolicyName,
				async sendRequest(request, next) {
					if (request.method !== "HEAD") {
						request.headers.set("Accept-Encoding", "gzip,deflate");
					}
					return next(request);
				}
			};
		}
		0 && 0;
	}),
	32462: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var defaultRetryPolicy_exports = {};
		__export(defaultRetryPolicy_exports, {
			defaultRetryPolicy: () => defaultRetryPolicy,
			defaultRetryPolicyName: () => defaultRetryPolicyName
		});
		module.exports = __toCommonJS(defaultRetryPolicy_exports);
		var import_exponentialRetryStrategy = __webpack_require__(98102);
		var import_throttlingRetryStrategy = __webpack_require__(21112);
		var import_retryPolicy = __webpack_require__(43345);
		var import_constants = __webpack_require__(31255);
		const defaultRetryPolicyName = "defaultRetryPolicy";
		function defaultRetryPolicy(options = {}) {
			return {
				name: defaultRetryPolicyName,
				sendRequest: (0, import_retryPolicy.retryPolicy)([(0, import_throttlingRetryStrategy.throttlingRetryStrategy)(), (0, import_exponentialRetryStrategy.exponentialRetryStrategy)(options)], { maxRetries: options.maxRetries ?? import_constants.DEFAULT_RETRY_POLICY_COUNT }).sendRequest
			};
		}
		0 && 0;
	}),
	74656: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var exponentialRetryPolicy_exports = {};
		__export(exponentialRetryPolicy_exports, {
			exponentialRetryPolicy: () => exponentialRetryPolicy,
			exponentialRetryPolicyName: () => exponentialRetryPolicyName
		});
		module.exports = __toCommonJS(exponentialRetryPolicy_exports);
		var import_exponentialRetryStrategy = __webpack_require__(98102);
		var import_retryPolicy = __webpack_require__(43345);
		var import_constants = __webpack_require__(31255);
		const exponentialRetryPolicyName = "exponentialRetryPolicy";
		function exponentialRetryPolicy(options = {}) {
			return (0, import_retryPolicy.retryPolicy)([(0, import_exponentialRetryStrategy.exponentialRetryStrategy)({
				...options,
				ignoreSystemErrors: true
			})], { maxRetries: options.maxRetries ?? import_constants.DEFAULT_RETRY_POLICY_COUNT });
		}
		0 && 0;
	}),
	14197: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var formDataPolicy_exports = {};
		__export(formDataPolicy_exports, {
			formDataPolicy: () => formDataPolicy,
			formDataPolicyName: () => formDataPolicyName
		});
		module.exports = __toCommonJS(formDataPolicy_exports);
		var import_bytesEncoding = __webpack_require__(82921);
		var import_formData = __webpack_require__(59182);
		var import_httpHeaders = __webpack_require__(4220);
		const formDataPolicyName = "formDataPolicy";
		function formDataPolicy() {
			return {
				name: formDataPolicyName,
				async sendRequest(request, next) {
					const converted = (0, import_formData.convertBodyToFormDataMap)(request.body);
					if (converted) {
						request.formData = converted;
						request.body = void 0;
					}
					if (request.formData) {
						const contentType = request.headers.get("Content-Type");
						if (contentType && contentType.indexOf("application/x-www-form-urlencoded") !== -1) {
							request.body = wwwFormUrlEncode(request.formData);
						} else {
							await prepareFormData(request.formData, request);
						}
						request.formData = void 0;
					}
					return next(request);
				}
			};
		}
		function wwwFormUrlEncode(formData) {
			const urlSearchParams = new URLSearchParams();
			for (const [key, value] of Object.entries(formData)) {
				if (Array.isArray(value)) {
					for (const subValue of value) {
						urlSearchParams.append(key, subValue.toString());
					}
				} else {
					urlSearchParams.append(key, value.toString());
				}
			}
			return urlSearchParams.toString();
		}
		async function prepareFormData(formData, request) {
			const contentType = request.headers.get("Content-Type");
			if (contentType && !contentType.startsWith("multipart/form-data")) {
				return;
			}
			request.headers.set("Content-Type", contentType ?? "multipart/form-data");
			const parts = [];
			for (const [fieldName, values] of Object.entries(formData)) {
				for (const value of Array.isArray(values) ? values : [values]) {
					if (typeof value === "string") {
						parts.push({
							headers: (0, import_httpHeaders.createHttpHeaders)({ "Content-Disposition": `form-data; name="${fieldName}"` }),
							body: (0, import_bytesEncoding.stringToUint8Array)(value, "utf-8")
						});
					} else if (value === void 0 || value === null || typeof value !== "object") {
						throw new Error(`Unexpected value for key ${fieldName}: ${value}. Value should be serialized to string first.`);
					} else {
						const fileName = value.name || "blob";
						const headers = (0, import_httpHeaders.createHttpHeaders)();
						headers.set("Content-Disposition", `form-data; name="${fieldName}"; filename="${fileName}"`);
						headers.set("Content-Type", value.type || "application/octet-stream");
						parts.push({
							headers,
							body: value
						});
					}
				}
			}
			request.multipartBody = { parts };
		}
		0 && 0;
	}),
	44960: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var internal_exports = {};
		__export(internal_exports, {
			agentPolicy: () => import_agentPolicy.agentPolicy,
			agentPolicyName: () => import_agentPolicy.agentPolicyName,
			decompressResponsePolicy: () => import_decompress.decompressResponsePolicy,
			decompressResponsePolicyName: () => import_decompress.decompressResponsePolicyName,
			defaultRetryPolicy: () => import_defaultRetryPolicy.defaultRetryPolicy,
			defaultRetryPolicyName: () => import_defaultRetryPolicy.defaultRetryPolicyName,
			exponentialRetryPolicy: () => import_exponentialRetryPolicy.exponentialRetryPolicy,
			exponentialRetryPolicyName: () => import_exponentialRetryPolicy.exponentialRetryPolicyName,
			formDataPolicy: () => import_formDataPolicy.formDataPolicy,
			formDataPolicyName: () => import_formDataPolicy.formDataPolicyName,
			getDefaultProxySettings: () => import_proxy.getDefaultProxySettings,
			logPolicy: () => import_logPolicy.logPolicy,
			logPolicyName: () => import_logPolicy.logPolicyName,
			multipartPolicy: () => import_multipartPolicy.multipartPolicy,
			multipartPolicyName: () => import_multipartPolicy.multipartPolicyName,
			proxyPolicy: () => import_proxy.proxyPolicy,
			proxyPolicyName: () => import_proxy.proxyPolicyName,
			redirectPolicy: () => import_redirectPolicy.redirectPolicy,
			redirectPolicyName: () => import_redirectPolicy.redirectPolicyName,
			retryPolicy: () => import_retryPolicy.retryPolicy,
			systemErrorRetryPolicy: () => import_systemErrorRetryPolicy.systemErrorRetryPolicy,
			systemErrorRetryPolicyName: () => import_systemErrorRetryPolicy.systemErrorRetryPolicyName,
			throttlingRetryPolicy: () => import_throttlingRetryPolicy.throttlingRetryPolicy,
			throttlingRetryPolicyName: () => import_throttlingRetryPolicy.throttlingRetryPolicyName,
			tlsPolicy: () => import_tlsPolicy.tlsPolicy,
			tlsPolicyName: () => import_tlsPolicy.tlsPolicyName,
			userAgentPolicy: () => import_userAgentPolicy.userAgentPolicy,
			userAgentPolicyName: () => import_userAgentPolicy.userAgentPolicyName
		});
		module.exports = __toCommonJS(internal_exports);
		var import_agentPolicy = __webpack_require__(85366);
		var import_decompress = __webpack_require__(35035);
		var import_defaultRetryPolicy = __webpack_require__(32462);
		var import_exponentialRetryPolicy = __webpack_require__(74656);
		var import_retryPolicy = __webpack_require__(43345);
		var import_systemErrorRetryPolicy = __webpack_require__(92418);
		var import_throttlingRetryPolicy = __webpack_require__(24728);
		var import_formDataPolicy = __webpack_require__(14197);
		var import_logPolicy = __webpack_require__(47129);
		var import_multipartPolicy = __webpack_require__(27427);
		var import_proxy = __webpack_require__(80067);
		var import_redirectPolicy = __webpack_require__(92187);
		var import_tlsPolicy = __webpack_require__(96690);
		var import_userAgentPolicy = __webpack_require__(91691);
		0 && 0;
	}),
	47129: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var logPolicy_exports = {};
		__export(logPolicy_exports, {
			logPolicy: () => logPolicy,
			logPolicyName: () => logPolicyName
		});
		module.exports = __toCommonJS(logPolicy_exports);
		var import_log = __webpack_require__(3644);
		var import_sanitizer = __webpack_require__(7784);
		const logPolicyName = "logPolicy";
		function logPolicy(options = {}) {
			const logger = options.logger ?? import_log.logger.info;
			const sanitizer = new import_sanitizer.Sanitizer({
				additionalAllowedHeaderNames: options.additionalAllowedHeaderNames,
				additionalAllowedQueryParameters: options.additionalAllowedQueryParameters
			});
			return {
				name: logPolicyName,
				async sendRequest(request, next) {
					if (!logger.enabled) {
						return next(request);
					}
					logger(`Request: ${sanitizer.sanitize(request)}`);
					const response = await next(request);
					logger(`Response status code: ${response.status}`);
					logger(`Headers: ${sanitizer.sanitize(response.headers)}`);
					return response;
				}
			};
		}
		0 && 0;
	}),
	27427: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var multipartPolicy_exports = {};
		__export(multipartPolicy_exports, {
			multipartPolicy: () => multipartPolicy,
			multipartPolicyName: () => multipartPolicyName
		});
		module.exports = __toCommonJS(multipartPolicy_exports);
		var import_bytesEncoding = __webpack_require__(82921);
		var import_typeGuards = __webpack_require__(48505);
		var import_uuid = __webpack_require__(5023);
		var import_concat = __webpack_require__(20547);
		function generateBoundary() {
			return `----AzSDKFormBoundary${(0, import_uuid.randomUUID)()}`;
		}
		function encodeHeaders(headers) {
			let result = "";
			for (const [key, value] of headers) {
				result += `${key}: ${value}\r
`;
			}
			return result;
		}
		function getLength(source) {
			if (source instanceof Uint8Array) {
				return source.byteLength;
			} else if ((0, import_typeGuards.isBlob)(source)) {
				return source.size === -1 ? void 0 : source.size;
			} else {
				return void 0;
			}
		}
		function getTotalLength(sources) {
			let total = 0;
			for (const source of sources) {
				const partLength = getLength(source);
				if (partLength === void 0) {
					return void 0;
				} else {
					total += partLength;
				}
			}
			return total;
		}
		async function buildRequestBody(request, parts, boundary) {
			const sources = [
				(0, import_bytesEncoding.stringToUint8Array)(`--${boundary}`, "utf-8"),
				...parts.flatMap((part) => [
					(0, import_bytesEncoding.stringToUint8Array)("\r\n", "utf-8"),
					(0, import_bytesEncoding.stringToUint8Array)(encodeHeaders(part.headers), "utf-8"),
					(0, import_bytesEncoding.stringToUint8Array)("\r\n", "utf-8"),
					part.body,
					(0, import_bytesEncoding.stringToUint8Array)(`\r
--${boundary}`, "utf-8")
				]),
				(0, import_bytesEncoding.stringToUint8Array)("--\r\n\r\n", "utf-8")
			];
			const contentLength = getTotalLength(sources);
			if (contentLength) {
				request.headers.set("Content-Length", contentLength);
			}
			request.body = await (0, import_concat.concat)(sources);
		}
		const multipartPolicyName = "multipartPolicy";
		const maxBoundaryLength = 70;
		const validBoundaryCharacters = new Set(`abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'()+,-./:=?`);
		function assertValidBoundary(boundary) {
			if (boundary.length > maxBoundaryLength) {
				throw new Error(`Multipart boundary "${boundary}" exceeds maximum length of 70 characters`);
			}
			if (Array.from(boundary).some((x) => !validBoundaryCharacters.has(x))) {
				throw new Error(`Multipart boundary "${boundary}" contains invalid characters`);
			}
		}
		function multipartPolicy() {
			return {
				name: multipartPolicyName,
				async sendRequest(request, next) {
					if (!request.multipartBody) {
						return next(request);
					}
					if (request.body) {
						throw new Error("multipartBody and regular body cannot be set at the same time");
					}
					let boundary = request.multipartBody.boundary;
					const contentTypeHeader = request.headers.get("Content-Type") ?? "multipart/mixed";
					const parsedHeader = contentTypeHeader.match(/^(multipart\/[^ ;]+)(?:; *boundary=(.+))?$/);
					if (!parsedHeader) {
						throw new Error(`Got multipart request body, but content-type header was not multipart: ${contentTypeHeader}`);
					}
					const [, contentType, parsedBoundary] = parsedHeader;
					if (parsedBoundary && boundary && parsedBoundary !== boundary) {
						throw new Error(`Multipart boundary was specified as ${parsedBoundary} in the header, but got ${boundary} in the request body`);
					}
					boundary ??= parsedBoundary;
					if (boundary) {
						assertValidBoundary(boundary);
					} else {
						boundary = generateBoundary();
					}
					request.headers.set("Content-Type", `${contentType}; boundary=${boundary}`);
					await buildRequestBody(request, request.multipartBody.parts, boundary);
					request.multipartBody = void 0;
					return next(request);
				}
			};
		}
		0 && 0;
	}),
	66316: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var platformPolicies_exports = {};
		__export(platformPolicies_exports, { addPlatformPolicies: () => addPlatformPolicies });
		module.exports = __toCommonJS(platformPolicies_exports);
		var import_agentPolicy = __webpack_require__(85366);
		var import_tlsPolicy = __webpack_require__(96690);
		var import_proxy = __webpack_require__(80067);
		var import_decompress = __webpack_require__(35035);
		var import_redirectPolicy = __webpack_require__(92187);
		function addPlatformPolicies(pipeline, options) {
			if (options.agent) {
				pipeline.addPolicy((0, import_agentPolicy.agentPolicy)(options.agent));
			}
			if (options.tlsOptions) {
				pipeline.addPolicy((0, import_tlsPolicy.tlsPolicy)(options.tlsOptions));
			}
			pipeline.addPolicy((0, import_proxy.proxyPolicy)(options.proxyOptions));
			pipeline.addPolicy((0, import_decompress.decompressResponsePolicy)());
			pipeline.addPolicy((0, import_redirectPolicy.redirectPolicy)(options.redirectOptions), { afterPhase: "Retry" });
		}
		0 && 0;
	}),
	80067: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var proxyPolicy_exports = {};
		__export(proxyPolicy_exports, {
			getDefaultProxySettings: () => getDefaultProxySettings,
			globalNoProxyList: () => globalNoProxyList,
			loadNoProxy: () => loadNoProxy,
			proxyPolicy: () => proxyPolicy,
			proxyPolicyName: () => proxyPolicyName
		});
		module.exports = __toCommonJS(proxyPolicy_exports);
		var import_https_proxy_agent = __webpack_require__(3669);
		var import_http_proxy_agent = __webpack_require__(81970);
		var import_log = __webpack_require__(3644);
		const HTTPS_PROXY = "HTTPS_PROXY";
		const HTTP_PROXY = "HTTP_PROXY";
		const ALL_PROXY = "ALL_PROXY";
		const NO_PROXY = "NO_PROXY";
		const proxyPolicyName = "proxyPolicy";
		const globalNoProxyList = [];
		let noProxyListLoaded = false;
		const globalBypassedMap = new Map();
		function getEnvironmentValue(name) {
			if (process.env[name]) {
				return process.env[name];
			} else if (process.env[name.toLowerCase()]) {
				return process.env[name.toLowerCase()];
			}
			return void 0;
		}
		function loadEnvironmentProxyValue() {
			if (!process) {
				return void 0;
			}
			const httpsProxy = getEnvironmentValue(HTTPS_PROXY);
			const allProxy = getEnvironmentValue(ALL_PROXY);
			const httpProxy = getEnvironmentValue(HTTP_PROXY);
			return httpsProxy || allProxy || httpProxy;
		}
		function isBypassed(uri, noProxyList, bypassedMap) {
			if (noProxyList.length === 0) {
				return false;
			}
			const host = new URL(uri).hostname;
			if (bypassedMap?.has(host)) {
				return bypassedMap.get(host);
			}
			let isBypassedFlag = false;
			for (const pattern of noProxyList) {
				if (pattern[0] === ".") {
					if (host.endsWith(pattern)) {
						isBypassedFlag = true;
					} else {
						if (host.length === pattern.length - 1 && host === pattern.slice(1)) {
							isBypassedFlag = true;
						}
					}
				} else {
					if (host === pattern) {
						isBypassedFlag = true;
					}
				}
			}
			bypassedMap?.set(host, isBypassedFlag);
			return isBypassedFlag;
		}
		function loadNoProxy() {
			const noProxy = getEnvironmentValue(NO_PROXY);
			noProxyListLoaded = true;
			if (noProxy) {
				return noProxy.split(",").map((item) => item.trim()).filter((item) => item.length);
			}
			return [];
		}
		function getDefaultProxySettings(proxyUrl) {
			if (!proxyUrl) {
				proxyUrl = loadEnvironmentProxyValue();
				if (!proxyUrl) {
					return void 0;
				}
			}
			const parsedUrl = new URL(proxyUrl);
			const schema = parsedUrl.protocol ? parsedUrl.protocol + "//" : "";
			return {
				host: schema + parsedUrl.hostname,
				port: Number.parseInt(parsedUrl.port || "80"),
				username: parsedUrl.username,
				password: parsedUrl.password
			};
		}
		function getDefaultProxySettingsInternal() {
			const envProxy = loadEnvironmentProxyValue();
			return envProxy ? new URL(envProxy) : void 0;
		}
		function getUrlFromProxySettings(settings) {
			let parsedProxyUrl;
			try {
				parsedProxyUrl = new URL(settings.host);
			} catch {
				throw new Error(`Expecting a valid host string in proxy settings, but found "${settings.host}".`);
			}
			parsedProxyUrl.port = String(settings.port);
			if (settings.username) {
				parsedProxyUrl.username = settings.username;
			}
			if (settings.password) {
				parsedProxyUrl.password = settings.password;
			}
			return parsedProxyUrl;
		}
		function setProxyAgentOnRequest(request, cachedAgents, proxyUrl) {
			if (request.agent) {
				return;
			}
			const url = new URL(request.url);
			const isInsecure = url.protocol !== "https:";
			if (request.tlsSettings) {
				import_log.logger.warning("TLS settings are not supported in combination with custom Proxy, certificates provided to the client will be ignored.");
			}
			if (isInsecure) {
				if (!cachedAgents.httpProxyAgent) {
					cachedAgents.httpProxyAgent = new import_http_proxy_agent.HttpProxyAgent(proxyUrl);
				}
				request.agent = cachedAgents.httpProxyAgent;
			} else {
				if (!cachedAgents.httpsProxyAgent) {
					cachedAgents.httpsProxyAgent = new import_https_proxy_agent.HttpsProxyAgent(proxyUrl);
				}
				request.agent = cachedAgents.httpsProxyAgent;
			}
		}
		function proxyPolicy(proxySettings, options) {
			if (!noProxyListLoaded) {
				globalNoProxyList.push(...loadNoProxy());
			}
			const defaultProxy = proxySettings ? getUrlFromProxySettings(proxySettings) : getDefaultProxySettingsInternal();
			const cachedAgents = {};
			return {
				name: proxyPolicyName,
				async sendRequest(request, next) {
					if (!request.proxySettings && defaultProxy && !isBypassed(request.url, options?.customNoProxyList ?? globalNoProxyList, options?.customNoProxyList ? void 0 : globalBypassedMap)) {
						setProxyAgentOnRequest(request, cachedAgents, defaultProxy);
					} else if (request.proxySettings) {
						setProxyAgentOnRequest(request, cachedAgents, getUrlFromProxySettings(request.proxySettings));
					}
					return next(request);
				}
			};
		}
		0 && 0;
	}),
	92187: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var redirectPolicy_exports = {};
		__export(redirectPolicy_exports, {
			redirectPolicy: () => redirectPolicy,
			redirectPolicyName: () => redirectPolicyName
		});
		module.exports = __toCommonJS(redirectPolicy_exports);
		var import_log = __webpack_require__(3644);
		const redirectPolicyName = "redirectPolicy";
		const allowedRedirect = ["GET", "HEAD"];
		function redirectPolicy(options = {}) {
			const { maxRetries = 20, allowCrossOriginRedirects = false } = options;
			return {
				name: redirectPolicyName,
				async sendRequest(request, next) {
					const response = await next(request);
					return handleRedirect(next, response, maxRetries, allowCrossOriginRedirects);
				}
			};
		}
		async function handleRedirect(next, response, maxRetries, allowCrossOriginRedirects, currentRetries = 0) {
			const { request, status, headers } = response;
			const locationHeader = headers.get("location");
			if (locationHeader && (status === 300 || status === 301 && allowedRedirect.includes(request.method) || status === 302 && allowedRedirect.includes(request.method) || status === 303 && request.method === "POST" || status === 307) && currentRetries < maxRetries) {
				const url = new URL(locationHeader, request.url);
				if (!allowCrossOriginRedirects) {
					const originalUrl = new URL(request.url);
					if (url.origin !== originalUrl.origin) {
						import_log.logger.verbose(`Skipping cross-origin redirect from ${originalUrl.origin} to ${url.origin}.`);
						return response;
					}
				}
				request.url = url.toString();
				if (status === 303) {
					request.method = "GET";
					request.headers.delete("Content-Length");
					delete request.body;
				}
				request.headers.delete("Authorization");
				const res = await next(request);
				return handleRedirect(next, res, maxRetries, allowCrossOriginRedirects, currentRetries + 1);
			}
			return response;
		}
		0 && 0;
	}),
	43345: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var retryPolicy_exports = {};
		__export(retryPolicy_exports, { retryPolicy: () => retryPolicy });
		module.exports = __toCommonJS(retryPolicy_exports);
		var import_helpers = __webpack_require__(77566);
		var import_restError = __webpack_require__(9758);
		var import_AbortError = __webpack_require__(99992);
		var import_logger = __webpack_require__(18459);
		var import_constants = __webpack_require__(31255);
		const retryPolicyLogger = (0, import_logger.createClientLogger)("ts-http-runtime retryPolicy");
		const retryPolicyName = "retryPolicy";
		function retryPolicy(strategies, options = { maxRetries: import_constants.DEFAULT_RETRY_POLICY_COUNT }) {
			const logger = options.logger || retryPolicyLogger;
			return {
				name: retryPolicyName,
				async sendRequest(request, next) {
					let response;
					let responseError;
					let retryCount = -1;
					retryRequest: while (true) {
						retryCount += 1;
						response = void 0;
						responseError = void 0;
						try {
							logger.info(`Retry ${retryCount}: Attempting to send request`, request.requestId);
							response = await next(request);
							logger.info(`Retry ${retryCount}: Received a response from request`, request.requestId);
						} catch (e) {
							logger.error(`Retry ${retryCount}: Received an error from request`, request.requestId);
							if (!(0, import_restError.isRestError)(e)) {
								throw e;
							}
							responseError = e;
							response = e.response;
						}
						if (request.abortSignal?.aborted) {
							logger.error(`Retry ${retryCount}: Request aborted.`);
							const abortError = new import_AbortError.AbortError();
							throw abortError;
						}
						if (retryCount >= (options.maxRetries ?? import_constants.DEFAULT_RETRY_POLICY_COUNT)) {
							logger.info(`Retry ${retryCount}: Maximum retries reached. Returning the last received response, or throwing the last received error.`);
							if (responseError) {
								throw responseError;
							} else if (response) {
								return response;
							} else {
								throw new Error("Maximum retries reached with no response or error to throw");
							}
						}
						logger.info(`Retry ${retryCount}: Processing ${strategies.length} retry strategies.`);
						strategiesLoop: for (const strategy of strategies) {
							const strategyLogger = strategy.logger || logger;
							strategyLogger.info(`Retry ${retryCount}: Processing retry strategy ${strategy.name}.`);
							const modifiers = strategy.retry({
								retryCount,
								response,
								responseError
							});
							if (modifiers.skipStrategy) {
								strategyLogger.info(`Retry ${retryCount}: Skipped.`);
								continue strategiesLoop;
							}
							const { errorToThrow, retryAfterInMs, redirectTo } = modifiers;
							if (errorToThrow) {
								strategyLogger.error(`Retry ${retryCount}: Retry strategy ${strategy.name} throws error:`, errorToThrow);
								throw errorToThrow;
							}
							if (retryAfterInMs || retryAfterInMs === 0) {
								strategyLogger.info(`Retry ${retryCount}: Retry strategy ${strategy.name} retries after ${retryAfterInMs}`);
								await (0, import_helpers.delay)(retryAfterInMs, void 0, { abortSignal: request.abortSignal });
								continue retryRequest;
							}
							if (redirectTo) {
								strategyLogger.info(`Retry ${retryCount}: Retry strategy ${strategy.name} redirects to ${redirectTo}`);
								request.url = redirectTo;
								continue retryRequest;
							}
						}
						if (responseError) {
							logger.info(`None of the retry strategies could work with the received error. Throwing it.`);
							throw responseError;
						}
						if (response) {
							logger.info(`None of the retry strategies could work with the received response. Returning it.`);
							return response;
						}
					}
				}
			};
		}
		0 && 0;
	}),
	92418: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var systemErrorRetryPolicy_exports = {};
		__export(systemErrorRetryPolicy_exports, {
			systemErrorRetryPolicy: () => systemErrorRetryPolicy,
			systemErrorRetryPolicyName: () => systemErrorRetryPolicyName
		});
		module.exports = __toCommonJS(systemErrorRetryPolicy_exports);
		var import_exponentialRetryStrategy = __webpack_require__(98102);
		var import_retryPolicy = __webpack_require__(43345);
		var import_constants = __webpack_require__(31255);
		const systemErrorRetryPolicyName = "systemErrorRetryPolicy";
		function systemErrorRetryPolicy(options = {}) {
			return {
				name: systemErrorRetryPolicyName,
				sendRequest: (0, import_retryPolicy.retryPolicy)([(0, import_exponentialRetryStrategy.exponentialRetryStrategy)({
					...options,
					ignoreHttpStatusCodes: true
				})], { maxRetries: options.maxRetries ?? import_constants.DEFAULT_RETRY_POLICY_COUNT }).sendRequest
			};
		}
		0 && 0;
	}),
	24728: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var throttlingRetryPolicy_exports = {};
		__export(throttlingRetryPolicy_exports, {
			throttlingRetryPolicy: () => throttlingRetryPolicy,
			throttlingRetryPolicyName: () => throttlingRetryPolicyName
		});
		module.exports = __toCommonJS(throttlingRetryPolicy_exports);
		var import_throttlingRetryStrategy = __webpack_require__(21112);
		var import_retryPolicy = __webpack_require__(43345);
		var import_constants = __webpack_require__(31255);
		const throttlingRetryPolicyName = "throttlingRetryPolicy";
		function throttlingRetryPolicy(options = {}) {
			return {
				name: throttlingRetryPolicyName,
				sendRequest: (0, import_retryPolicy.retryPolicy)([(0, import_throttlingRetryStrategy.throttlingRetryStrategy)()], { maxRetries: options.maxRetries ?? import_constants.DEFAULT_RETRY_POLICY_COUNT }).sendRequest
			};
		}
		0 && 0;
	}),
	96690: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var tlsPolicy_exports = {};
		__export(tlsPolicy_exports, {
			tlsPolicy: () => tlsPolicy,
			tlsPolicyName: () => tlsPolicyName
		});
		module.exports = __toCommonJS(tlsPolicy_exports);
		const tlsPolicyName = "tlsPolicy";
		function tlsPolicy(tlsSettings) {
			return {
				name: tlsPolicyName,
				sendRequest: async (req, next) => {
					if (!req.tlsSettings) {
						req.tlsSettings = tlsSettings;
					}
					return next(req);
				}
			};
		}
		0 && 0;
	}),
	91691: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var userAgentPolicy_exports = {};
		__export(userAgentPolicy_exports, {
			userAgentPolicy: () => userAgentPolicy,
			userAgentPolicyName: () => userAgentPolicyName
		});
		module.exports = __toCommonJS(userAgentPolicy_exports);
		var import_userAgent = __webpack_require__(62731);
		const UserAgentHeaderName = (0, import_userAgent.getUserAgentHeaderName)();
		const userAgentPolicyName = "userAgentPolicy";
		function userAgentPolicy(options = {}) {
			const userAgentValue = (0, import_userAgent.getUserAgentValue)(options.userAgentPrefix);
			return {
				name: userAgentPolicyName,
				async sendRequest(request, next) {
					if (!request.headers.has(UserAgentHeaderName)) {
						request.headers.set(UserAgentHeaderName, await userAgentValue);
					}
					return next(request);
				}
			};
		}
		0 && 0;
	}),
	9758: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var restError_exports = {};
		__export(restError_exports, {
			RestError: () => RestError,
			isRestError: () => isRestError
		});
		module.exports = __toCommonJS(restError_exports);
		var import_error = __webpack_require__(52573);
		var import_inspect = __webpack_require__(37639);
		var import_sanitizer = __webpack_require__(7784);
		const errorSanitizer = new import_sanitizer.Sanitizer();
		class RestError extends Error {
			static REQUEST_SEND_ERROR = "REQUEST_SEND_ERROR";
			static PARSE_ERROR = "PARSE_ERROR";
			code;
			statusCode;
			request;
			response;
			details;
			constructor(message, options = {}) {
				super(message);
				this.name = "RestError";
				this.code = options.code;
				this.statusCode = options.statusCode;
				Object.defineProperty(this, "request", {
					value: options.request,
					enumerable: false
				});
				Object.defineProperty(this, "response", {
					value: options.response,
					enumerable: false
				});
				const agent = this.request?.agent ? {
					maxFreeSockets: this.request.agent.maxFreeSockets,
					maxSockets: this.request.agent.maxSockets
				} : void 0;
				Object.defineProperty(this, import_inspect.custom, {
					value: () => {
						return `RestError: ${this.message} 
 ${errorSanitizer.sanitize({
							...this,
							request: {
								...this.request,
								agent
							},
							response: this.response
						})}`;
					},
					enumerable: false
				});
				Object.setPrototypeOf(this, RestError.prototype);
			}
		}
		function isRestError(e) {
			if (e instanceof RestError) {
				return true;
			}
			return (0, import_error.isError)(e) && e.name === "RestError";
		}
		0 && 0;
	}),
	98102: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var exponentialRetryStrategy_exports = {};
		__export(exponentialRetryStrategy_exports, {
			exponentialRetryStrategy: () => exponentialRetryStrategy,
			isExponentialRetryResponse: () => isExponentialRetryResponse,
			isSystemError: () => isSystemError
		});
		module.exports = __toCommonJS(exponentialRetryStrategy_exports);
		var import_delay = __webpack_require__(66776);
		var import_throttlingRetryStrategy = __webpack_require__(21112);
		const DEFAULT_CLIENT_RETRY_INTERVAL = 1e3;
		const DEFAULT_CLIENT_MAX_RETRY_INTERVAL = 1e3 * 64;
		function exponentialRetryStrategy(options = {}) {
			const retryInterval = options.retryDelayInMs ?? DEFAULT_CLIENT_RETRY_INTERVAL;
			const maxRetryInterval = options.maxRetryDelayInMs ?? DEFAULT_CLIENT_MAX_RETRY_INTERVAL;
			return {
				name: "exponentialRetryStrategy",
				retry({ retryCount, response, responseError }) {
					const matchedSystemError = isSystemError(responseError);
					const ignoreSystemErrors = matchedSystemError && options.ignoreSystemErrors;
					const isExponential = isExponentialRetryResponse(response);
					const ignoreExponentialResponse = isExponential && options.ignoreHttpStatusCodes;
					const unknownResponse = response && ((0, import_throttlingRetryStrategy.isThrottlingRetryResponse)(response) || !isExponential);
					if (unknownResponse || ignoreExponentialResponse || ignoreSystemErrors) {
						return { skipStrategy: true };
					}
					if (responseError && !matchedSystemError && !isExponential) {
						return { errorToThrow: responseError };
					}
					return (0, import_delay.calculateRetryDelay)(retryCount, {
						retryDelayInMs: retryInterval,
						maxRetryDelayInMs: maxRetryInterval
					});
				}
			};
		}
		function isExponentialRetryResponse(response) {
			return Boolean(response && response.status !== void 0 && (response.status >= 500 || response.status === 408) && response.status !== 501 && response.status !== 505);
		}
		function isSystemError(err) {
			if (!err) {
				return false;
			}
			return err.code === "ETIMEDOUT" || err.code === "ESOCKETTIMEDOUT" || err.code === "ECONNREFUSED" || err.code === "ECONNRESET" || err.code === "ENOENT" || err.code === "ENOTFOUND";
		}
		0 && 0;
	}),
	21112: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var throttlingRetryStrategy_exports = {};
		__export(throttlingRetryStrategy_exports, {
			isThrottlingRetryResponse: () => isThrottlingRetryResponse,
			throttlingRetryStrategy: () => throttlingRetryStrategy
		});
		module.exports = __toCommonJS(throttlingRetryStrategy_exports);
		var import_helpers = __webpack_require__(77566);
		const RetryAfterHeader = "Retry-After";
		const AllRetryAfterHeaders = [
			"retry-after-ms",
			"x-ms-retry-after-ms",
			RetryAfterHeader
		];
		function getRetryAfterInMs(response) {
			if (!(response && [429, 503].includes(response.status))) return void 0;
			try {
				for (const header of AllRetryAfterHeaders) {
					const retryAfterValue = (0, import_helpers.parseHeaderValueAsNumber)(response, header);
					if (retryAfterValue === 0 || retryAfterValue) {
						const multiplyingFactor = header === RetryAfterHeader ? 1e3 : 1;
						return retryAfterValue * multiplyingFactor;
					}
				}
				const retryAfterHeader = response.headers.get(RetryAfterHeader);
				if (!retryAfterHeader) return;
				const date = Date.parse(retryAfterHeader);
				const diff = date - Date.now();
				return Number.isFinite(diff) ? Math.max(0, diff) : void 0;
			} catch {
				return void 0;
			}
		}
		function isThrottlingRetryResponse(response) {
			return Number.isFinite(getRetryAfterInMs(response));
		}
		function throttlingRetryStrategy() {
			return {
				name: "throttlingRetryStrategy",
				retry({ response }) {
					const retryAfterInMs = getRetryAfterInMs(response);
					if (!Number.isFinite(retryAfterInMs)) {
						return { skipStrategy: true };
					}
					return { retryAfterInMs };
				}
			};
		}
		0 && 0;
	}),
	82921: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var bytesEncoding_exports = {};
		__export(bytesEncoding_exports, {
			stringToUint8Array: () => stringToUint8Array,
			uint8ArrayToString: () => uint8ArrayToString
		});
		module.exports = __toCommonJS(bytesEncoding_exports);
		function uint8ArrayToString(bytes, format) {
			return Buffer.from(bytes).toString(format);
		}
		function stringToUint8Array(value, format) {
			return Buffer.from(value, format);
		}
		0 && 0;
	}),
	20547: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var concat_exports = {};
		__export(concat_exports, { concat: () => concat });
		module.exports = __toCommonJS(concat_exports);
		var import_stream = __webpack_require__(2203);
		var import_typeGuards = __webpack_require__(48505);
		async function* streamAsyncIterator() {
			const reader = this.getReader();
			try {
				while (true) {
					const { done, value } = await reader.read();
					if (done) {
						return;
					}
					yield value;
				}
			} finally {
				reader.releaseLock();
			}
		}
		function makeAsyncIterable(webStream) {
			if (!webStream[Symbol.asyncIterator]) {
				webStream[Symbol.asyncIterator] = streamAsyncIterator.bind(webStream);
			}
			if (!webStream.values) {
				webStream.values = streamAsyncIterator.bind(webStream);
			}
		}
		function ensureNodeStream(stream) {
			if (stream instanceof ReadableStream) {
				makeAsyncIterable(stream);
				return import_stream.Readable.fromWeb(stream);
			} else {
				return stream;
			}
		}
		function toStream(source) {
			if (source instanceof Uint8Array) {
				return import_stream.Readable.from(Buffer.from(source));
			} else if ((0, import_typeGuards.isBlob)(source)) {
				return ensureNodeStream(source.stream());
			} else {
				return ensureNodeStream(source);
			}
		}
		async function concat(sources) {
			return function() {
				const streams = sources.map((x) => typeof x === "function" ? x() : x).map(toStream);
				return import_stream.Readable.from((async function* () {
					for (const stream of streams) {
						for await (const chunk of stream) {
							yield chunk;
						}
					}
				})());
			};
		}
		0 && 0;
	}),
	66776: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var delay_exports = {};
		__export(delay_exports, { calculateRetryDelay: () => calculateRetryDelay });
		module.exports = __toCommonJS(delay_exports);
		var import_random = __webpack_require__(78640);
		function calculateRetryDelay(retryAttempt, config) {
			const exponentialDelay = config.retryDelayInMs * Math.pow(2, retryAttempt);
			const clampedDelay = Math.min(config.maxRetryDelayInMs, exponentialDelay);
			const retryAfterInMs = clampedDelay / 2 + (0, import_random.getRandomIntegerInclusive)(0, clampedDelay / 2);
			return { retryAfterInMs };
		}
		0 && 0;
	}),
	52573: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var error_exports = {};
		__export(error_exports, { isError: () => isError });
		module.exports = __toCommonJS(error_exports);
		var import_object = __webpack_require__(53632);
		function isError(e) {
			if ((0, import_object.isObject)(e)) {
				const hasName = typeof e.name === "string";
				const hasMessage = typeof e.message === "string";
				return hasName && hasMessage;
			}
			return false;
		}
		0 && 0;
	}),
	77566: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var helpers_exports = {};
		__export(helpers_exports, {
			delay: () => delay,
			parseHeaderValueAsNumber: () => parseHeaderValueAsNumber
		});
		module.exports = __toCommonJS(helpers_exports);
		var import_AbortError = __webpack_require__(99992);
		const StandardAbortMessage = "The operation was aborted.";
		function delay(delayInMs, value, options) {
			return new Promise((resolve, reject) => {
				let timer = void 0;
				let onAborted = void 0;
				const rejectOnAbort = () => {
					return reject(new import_AbortError.AbortError(options?.abortErrorMsg ? options?.abortErrorMsg : StandardAbortMessage));
				};
				const removeListeners = () => {
					if (options?.abortSignal && onAborted) {
						options.abortSignal.removeEventListener("abort", onAborted);
					}
				};
				onAborted = () => {
					if (timer) {
						clearTimeout(timer);
					}
					removeListeners();
					return rejectOnAbort();
				};
				if (options?.abortSignal && options.abortSignal.aborted) {
					return rejectOnAbort();
				}
				timer = setTimeout(() => {
					removeListeners();
					resolve(value);
				}, delayInMs);
				if (options?.abortSignal) {
					options.abortSignal.addEventListener("abort", onAborted);
				}
			});
		}
		function parseHeaderValueAsNumber(response, headerName) {
			const value = response.headers.get(headerName);
			if (!value) return;
			const valueAsNum = Number(value);
			if (Number.isNaN(valueAsNum)) return;
			return valueAsNum;
		}
		0 && 0;
	}),
	37639: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var inspect_exports = {};
		__export(inspect_exports, { custom: () => custom });
		module.exports = __toCommonJS(inspect_exports);
		var import_node_util = __webpack_require__(57975);
		const custom = import_node_util.inspect.custom;
		0 && 0;
	}),
	95750: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var internal_exports = {};
		__export(internal_exports, {
			Sanitizer: () => import_sanitizer.Sanitizer,
			calculateRetryDelay: () => import_delay.calculateRetryDelay,
			computeSha256Hash: () => import_sha256.computeSha256Hash,
			computeSha256Hmac: () => import_sha256.computeSha256Hmac,
			getRandomIntegerInclusive: () => import_random.getRandomIntegerInclusive,
			isBrowser: () => import_env.isBrowser,
			isBun: () => import_env.isBun,
			isDeno: () => import_env.isDeno,
			isError: () => import_error.isError,
			isNodeLike: () => import_env.isNodeLike,
			isNodeRuntime: () => import_env.isNodeRuntime,
			isObject: () => import_object.isObject,
			isReactNative: () => import_env.isReactNative,
			isWebWorker: () => import_env.isWebWorker,
			randomUUID: () => import_uuid.randomUUID,
			stringToUint8Array: () => import_bytesEncoding.stringToUint8Array,
			uint8ArrayToString: () => import_bytesEncoding.uint8ArrayToString
		});
		module.exports = __toCommonJS(internal_exports);
		var import_delay = __webpack_require__(66776);
		var import_random = __webpack_require__(78640);
		var import_object = __webpack_require__(53632);
		var import_error = __webpack_require__(52573);
		var import_sha256 = __webpack_require__(2016);
		var import_uuid = __webpack_require__(5023);
		var import_env = __webpack_require__(41573);
		var import_bytesEncoding = __webpack_require__(82921);
		var import_sanitizer = __webpack_require__(7784);
		0 && 0;
	}),
	53632: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var object_exports = {};
		__export(object_exports, { isObject: () => isObject });
		module.exports = __toCommonJS(object_exports);
		function isObject(input) {
			return typeof input === "object" && input !== null && !Array.isArray(input) && !(input instanceof RegExp) && !(input instanceof Date);
		}
		0 && 0;
	}),
	78640: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var random_exports = {};
		__export(random_exports, { getRandomIntegerInclusive: () => getRandomIntegerInclusive });
		module.exports = __toCommonJS(random_exports);
		function getRandomIntegerInclusive(min, max) {
			min = Math.ceil(min);
			max = Math.floor(max);
			const offset = Math.floor(Math.random() * (max - min + 1));
			return offset + min;
		}
		0 && 0;
	}),
	7784: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var sanitizer_exports = {};
		__export(sanitizer_exports, { Sanitizer: () => Sanitizer });
		module.exports = __toCommonJS(sanitizer_exports);
		var import_object = __webpack_require__(53632);
		const RedactedString = "REDACTED";
		const defaultAllowedHeaderNames = [
			"x-ms-client-request-id",
			"x-ms-return-client-request-id",
			"x-ms-useragent",
			"x-ms-correlation-request-id",
			"x-ms-request-id",
			"client-request-id",
			"ms-cv",
			"return-client-request-id",
			"traceparent",
			"Access-Control-Allow-Credentials",
			"Access-Control-Allow-Headers",
			"Access-Control-Allow-Methods",
			"Access-Control-Allow-Origin",
			"Access-Control-Expose-Headers",
			"Access-Control-Max-Age",
			"Access-Control-Request-Headers",
			"Access-Control-Request-Method",
			"Origin",
			"Accept",
			"Accept-Encoding",
			"Cache-Control",
			"Connection",
			"Content-Length",
			"Content-Type",
			"Date",
			"ETag",
			"Expires",
			"If-Match",
			"If-Modified-Since",
			"If-None-Match",
			"If-Unmodified-Since",
			"Last-Modified",
			"Pragma",
			"Request-Id",
			"Retry-After",
			"Server",
			"Transfer-Encoding",
			"User-Agent",
			"WWW-Authenticate"
		];
		const defaultAllowedQueryParameters = ["api-version"];
		class Sanitizer {
			allowedHeaderNames;
			allowedQueryParameters;
			constructor({ additionalAllowedHeaderNames: allowedHeaderNames = [], additionalAllowedQueryParameters: allowedQueryParameters = [] } = {}) {
				allowedHeaderNames = defaultAllowedHeaderNames.concat(allowedHeaderNames);
				allowedQueryParameters = defaultAllowedQueryParameters.concat(allowedQueryParameters);
				this.allowedHeaderNames = new Set(allowedHeaderNames.map((n) => n.toLowerCase()));
				this.allowedQueryParameters = new Set(allowedQueryParameters.map((p) => p.toLowerCase()));
			}
			sanitize(obj) {
				const seen = new Set();
				return JSON.stringify(obj, (key, value) => {
					if (value instanceof Error) {
						return {
							...value,
							name: value.name,
							message: value.message
						};
					}
					if (key === "headers" && (0, import_object.isObject)(value)) {
						return this.sanitizeHeaders(value);
					} else if (key === "url" && typeof value === "string") {
						return this.sanitizeUrl(value);
					} else if (key === "query" && (0, import_object.isObject)(value)) {
						return this.sanitizeQuery(value);
					} else if (key === "body") {
						return void 0;
					} else if (key === "response") {
						return void 0;
					} else if (key === "operationSpec") {
						return void 0;
					} else if (Array.isArray(value) || (0, import_object.isObject)(value)) {
						if (seen.has(value)) {
							return "[Circular]";
						}
						seen.add(value);
					}
					return value;
				}, 2);
			}
			sanitizeUrl(value) {
				if (typeof value !== "string" || value === null || value === "") {
					return value;
				}
				const url = new URL(value);
				if (!url.search) {
					return value;
				}
				for (const [key] of url.searchParams) {
					if (!this.allowedQueryParameters.has(key.toLowerCase())) {
						url.searchParams.set(key, RedactedString);
					}
				}
				return url.toString();
			}
			sanitizeHeaders(obj) {
				const sanitized = {};
				for (const key of Object.keys(obj)) {
					if (this.allowedHeaderNames.has(key.toLowerCase())) {
						sanitized[key] = obj[key];
					} else {
						sanitized[key] = RedactedString;
					}
				}
				return sanitized;
			}
			sanitizeQuery(value) {
				if (typeof value !== "object" || value === null) {
					return value;
				}
				const sanitized = {};
				for (const k of Object.keys(value)) {
					if (this.allowedQueryParameters.has(k.toLowerCase())) {
						sanitized[k] = value[k];
					} else {
						sanitized[k] = RedactedString;
					}
				}
				return sanitized;
			}
		}
		0 && 0;
	}),
	2016: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var sha256_exports = {};
		__export(sha256_exports, {
			computeSha256Hash: () => computeSha256Hash,
			computeSha256Hmac: () => computeSha256Hmac
		});
		module.exports = __toCommonJS(sha256_exports);
		var import_node_crypto = __webpack_require__(77598);
		async function computeSha256Hmac(key, stringToSign, encoding) {
			const decodedKey = Buffer.from(key, "base64");
			return (0, import_node_crypto.createHmac)("sha256", decodedKey).update(stringToSign).digest(encoding);
		}
		async function computeSha256Hash(content, encoding) {
			return (0, import_node_crypto.createHash)("sha256").update(content).digest(encoding);
		}
		0 && 0;
	}),
	49869: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var typeGuards_node_exports = {};
		__export(typeGuards_node_exports, {
			isNodeReadableStream: () => isNodeReadableStream,
			isWebReadableStream: () => isWebReadableStream
		});
		module.exports = __toCommonJS(typeGuards_node_exports);
		var import_stream = __webpack_require__(2203);
		function isNodeReadableStream(x) {
			return x instanceof import_stream.Readable;
		}
		function isWebReadableStream(x) {
			return x instanceof ReadableStream;
		}
		0 && 0;
	}),
	48505: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var typeGuards_exports = {};
		__export(typeGuards_exports, {
			isBinaryBody: () => isBinaryBody,
			isBlob: () => isBlob,
			isNodeReadableStream: () => import_typeGuards.isNodeReadableStream,
			isReadableStream: () => isReadableStream,
			isWebReadableStream: () => import_typeGuards.isWebReadableStream
		});
		module.exports = __toCommonJS(typeGuards_exports);
		var import_typeGuards = __webpack_require__(49869);
		function isBinaryBody(body) {
			return body !== void 0 && (body instanceof Uint8Array || isReadableStream(body) || typeof body === "function" || body instanceof Blob);
		}
		function isReadableStream(x) {
			return (0, import_typeGuards.isNodeReadableStream)(x) || (0, import_typeGuards.isWebReadableStream)(x);
		}
		function isBlob(x) {
			return x instanceof Blob;
		}
		0 && 0;
	}),
	62731: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var userAgent_exports = {};
		__export(userAgent_exports, {
			getUserAgentHeaderName: () => getUserAgentHeaderName,
			getUserAgentValue: () => getUserAgentValue,
			setPlatformSpecificData: () => import_userAgent.setPlatformSpecificData
		});
		module.exports = __toCommonJS(userAgent_exports);
		var import_userAgent = __webpack_require__(83196);
		var import_constants = __webpack_require__(31255);
		function getUserAgentString(telemetryInfo) {
			const parts = [];
			for (const [key, value] of telemetryInfo) {
				const token = value ? `${key}/${value}` : key;
				parts.push(token);
			}
			return parts.join(" ");
		}
		function getUserAgentHeaderName() {
			return (0, import_userAgent.getHeaderName)();
		}
		async function getUserAgentValue(prefix) {
			const runtimeInfo = new Map();
			runtimeInfo.set("ts-http-runtime", import_constants.SDK_VERSION);
			await (0, import_userAgent.setPlatformSpecificData)(runtimeInfo);
			const defaultAgent = getUserAgentString(runtimeInfo);
			const userAgentValue = prefix ? `${prefix} ${defaultAgent}` : defaultAgent;
			return userAgentValue;
		}
		0 && 0;
	}),
	83196: ((module, __unused_webpack_exports, __webpack_require__) => {
		var __create = Object.create;
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __getProtoOf = Object.getPrototypeOf;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", {
			value: mod,
			enumerable: true
		}) : target, mod));
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var userAgentPlatform_exports = {};
		__export(userAgentPlatform_exports, {
			getHeaderName: () => getHeaderName,
			setPlatformSpecificData: () => setPlatformSpecificData
		});
		module.exports = __toCommonJS(userAgentPlatform_exports);
		var import_node_os = __toESM(__webpack_require__(48161));
		var import_node_process = __toESM(__webpack_require__(1708));
		function getHeaderName() {
			return "User-Agent";
		}
		async function setPlatformSpecificData(map) {
			if (import_node_process.default && import_node_process.default.versions) {
				const osInfo = `${import_node_os.default.type()} ${import_node_os.default.release()}; ${import_node_os.default.arch()}`;
				if (import_node_process.default.versions.bun) {
					map.set("Bun", `${import_node_process.default.versions.bun} (${osInfo})`);
				} else if (import_node_process.default.versions.deno) {
					map.set("Deno", `${import_node_process.default.versions.deno} (${osInfo})`);
				} else if (import_node_process.default.versions.node) {
					map.set("Node", `${import_node_process.default.versions.node} (${osInfo})`);
				}
			}
		}
		0 && 0;
	}),
	5023: ((module) => {
		var __defProp = Object.defineProperty;
		var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
		var __getOwnPropNames = Object.getOwnPropertyNames;
		var __hasOwnProp = Object.prototype.hasOwnProperty;
		var __export = (target, all) => {
			for (var name in all) __defProp(target, name, {
				get: all[name],
				enumerable: true
			});
		};
		var __copyProps = (to, from, except, desc) => {
			if (from && typeof from === "object" || typeof from === "function") {
				for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
					get: () => from[key],
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
			return to;
		};
		var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
		var uuidUtils_exports = {};
		__export(uuidUtils_exports, { randomUUID: () => randomUUID });
		module.exports = __toCommonJS(uuidUtils_exports);
		function randomUUID() {
			return crypto.randomUUID();
		}
		0 && 0;
	})
};
