export const id = 8644;
export const ids = [8644];
export const modules = {
	10839: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			FK: () => DEPROVISION_SCRIPT,
			Z2: () => builderVm,
			aX: () => builderIdentity,
			tZ: () => vmSecurityProfile
		});
		var _ssh_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67952);
		var _vm_size_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35421);
		function builderIdentity(azure) {
			if (!azure.identity) return { type: "SystemAssigned" };
			return {
				type: "UserAssigned",
				userAssignedIdentities: { [azure.identity]: {} }
			};
		}
		function vmSecurityProfile(azure) {
			return azure.securityType === "TrustedLaunch" ? {
				securityType: "TrustedLaunch",
				uefiSettings: {
					secureBootEnabled: true,
					vTpmEnabled: true
				}
			} : { securityType: "Standard" };
		}
		function builderVm(azure, plan, nicId) {
			const s = azure.sourceImage;
			return {
				location: azure.location,
				tags: {
					...plan.tags,
					"worker-image-role": "builder"
				},
				identity: builderIdentity(azure),
				hardwareProfile: { vmSize: azure.vmSize },
				securityProfile: vmSecurityProfile(azure),
				storageProfile: {
					imageReference: s.id ? { id: s.id } : {
						publisher: s.publisher,
						offer: s.offer,
						sku: s.sku,
						version: s.version ?? "latest"
					},
					osDisk: {
						name: plan.temporary.osDisk,
						createOption: "FromImage",
						deleteOption: "Delete",
						managedDisk: { storageAccountType: (0, _vm_size_js__WEBPACK_IMPORTED_MODULE_1__.C)(azure.vmSize) }
					}
				},
				osProfile: {
					computerName: plan.temporary.vm,
					adminUsername: "wibuilder",
					linuxConfiguration: {
						disablePasswordAuthentication: true,
						ssh: { publicKeys: [{
							path: "/home/wibuilder/.ssh/authorized_keys",
							keyData: (0, _ssh_key_js__WEBPACK_IMPORTED_MODULE_0__.a)()
						}] }
					}
				},
				networkProfile: { networkInterfaces: [{
					id: nicId,
					primary: true
				}] }
			};
		}
		const DEPROVISION_SCRIPT = ["nohup setsid sh -c 'waagent -force -deprovision+user && sync && shutdown -h now' >/dev/null 2>&1 &", "echo \"worker-image: deprovisioning started in the background (pid $!); the VM powers off when it is done\""].join("\n");
	}),
	74684: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			C: () => subnetParts,
			j: () => temporaryNames
		});
		var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
		function temporaryNames(definition, version, runId) {
			const hash = (0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(`${runId}/${definition}/${version}`).digest("hex").slice(0, 8);
			const group = `wi-build-${definition}-${version}`.replace(/[^-\w.()]/g, "-").slice(0, 70) + `-${hash}`;
			return {
				resourceGroup: group,
				vm: `wi-builder-${hash}`,
				vnet: `wi-vnet-${hash}`,
				subnet: "builder",
				nic: `wi-nic-${hash}`,
				osDisk: `wi-osdisk-${hash}`
			};
		}
		function subnetParts(subnetId) {
			const parts = subnetId.split("/");
			return {
				resourceGroup: parts[4],
				network: parts[8],
				subnet: parts[10]
			};
		}
	}),
	55574: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { w: () => createTemporaryNetwork });
		var _wait_deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94975);
		var _lro_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16059);
		async function createTemporaryNetwork(clients, azure, location, names, tags, ctx) {
			const op = (what) => new _wait_deadline_js__WEBPACK_IMPORTED_MODULE_0__.B(what, azure.timeouts.operation);
			const network = await clients.network();
			const subnetId = azure.subnetId ?? await ownSubnet(network, location, names, tags, ctx, op(`creating network ${names.vnet}`));
			const nic = await (0, _lro_js__WEBPACK_IMPORTED_MODULE_1__.z)((poll) => network.networkInterfaces.beginCreateOrUpdateAndWait(names.resourceGroup, names.nic, {
				location,
				tags,
				ipConfigurations: [{
					name: "ipconfig1",
					subnet: { id: subnetId }
				}]
			}, poll), op(`creating network interface ${names.nic}`), ctx);
			return nic.id;
		}
		async function ownSubnet(network, location, names, tags, ctx, deadline) {
			const vnet = await (0, _lro_js__WEBPACK_IMPORTED_MODULE_1__.z)((poll) => network.virtualNetworks.beginCreateOrUpdateAndWait(names.resourceGroup, names.vnet, {
				location,
				tags,
				addressSpace: { addressPrefixes: ["10.240.0.0/24"] },
				subnets: [{
					name: names.subnet,
					addressPrefix: "10.240.0.0/24",
					defaultOutboundAccess: true
				}]
			}, poll), deadline, ctx);
			return vnet.subnets?.find((s) => s.name === names.subnet)?.id ?? `${vnet.id}/subnets/${names.subnet}`;
		}
	}),
	40171: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			QU: () => checkDefinition,
			Qi: () => checkSubnet,
			Z0: () => checkIdentity
		});
		var _naming_azure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63726);
		var _wait_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63817);
		var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11788);
		var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74684);
		function definitionSecurityType(definition) {
			const feature = definition.features?.find((f) => f.name?.toLowerCase() === "securitytype");
			return feature?.value ?? "Standard";
		}
		function read(what, ctx, fn) {
			return (0, _wait_retry_js__WEBPACK_IMPORTED_MODULE_0__.bD)(what, fn, {
				signal: ctx.signal,
				onRetry: (m) => ctx.reporter.info(m)
			}).catch((err) => {
				if ((0, _clients_js__WEBPACK_IMPORTED_MODULE_1__.c4)(err)) return undefined;
				throw err;
			});
		}
		async function checkDefinition(clients, azure, name, ctx) {
			const definition = await read(`read image definition ${name}`, ctx, () => clients.compute.galleryImages.get(azure.resourceGroup, azure.gallery, name, { abortSignal: ctx.signal }));
			if (!definition) return;
			const where = `image definition ${name} (gallery ${azure.gallery})`;
			const generation = definition.hyperVGeneration ?? "V1";
			if (generation !== azure.definition.hyperVGeneration) {
				throw new Error(`${where} is Hyper-V generation ${generation} but azure.definition.hyper-v-generation is ` + `${azure.definition.hyperVGeneration}: Azure captures a version only from a builder of its ` + `definition's generation. Set hyper-v-generation: ${generation} (with a source image of ` + "that generation), or bake into a new definition (azure.definition.name)");
			}
			const securityType = definitionSecurityType(definition);
			if (/Supported$/i.test(securityType)) {
				throw new Error(`${where} has security type ${securityType}, which Azure fills only from VHDs, managed ` + "images and other gallery versions, never from a builder VM: bake into a definition whose " + "security type is TrustedLaunch or Standard (azure.definition.name)");
			}
			if (securityType !== azure.securityType) {
				throw new Error(`${where} has security type ${securityType} but azure.security-type is ` + `${azure.securityType}: Azure captures a version only from a builder of its definition's ` + `security type. Set azure.security-type: ${securityType} to keep baking into ${name}, or ` + `bake into a new definition (azure.definition.name) for ${azure.securityType}`);
			}
		}
		async function checkIdentity(clients, identity, ctx) {
			const path = identity.replace(/^\//, "");
			const found = await read(`read identity ${identity}`, ctx, () => clients.resources.resources.getById(path, "2023-01-31", { abortSignal: ctx.signal }));
			if (found) return;
			throw new Error(`azure.identity ${identity} was not found: create the user-assigned identity ` + "(az identity create) or correct its resource id; the builder cannot carry it otherwise");
		}
		async function checkSubnet(clients, subnetId, location, ctx) {
			const { resourceGroup: group, network, subnet } = (0, _names_js__WEBPACK_IMPORTED_MODULE_2__.C)(subnetId);
			const vnet = await read(`read virtual network ${network}`, ctx, async () => (await clients.network()).virtualNetworks.get(group, network, { abortSignal: ctx.signal }));
			const where = `azure.subnet-id ${subnetId}`;
			if (!vnet) {
				throw new Error(`${where}: virtual network ${network} (resource group ${group}) was not found: ` + "correct the id, or leave subnet-id out to have the bake make a temporary network");
			}
			const found = vnet.subnets?.find((s) => s.name?.toLowerCase() === subnet.toLowerCase());
			if (!found) {
				const names = (vnet.subnets ?? []).map((s) => s.name).filter(Boolean);
				throw new Error(`${where}: virtual network ${network} has no subnet ${subnet} ` + `(it has: ${names.join(", ") || "none"})`);
			}
			if (vnet.location && (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_3__.zT)(vnet.location) !== (0, _naming_azure_js__WEBPACK_IMPORTED_MODULE_3__.zT)(location)) {
				throw new Error(`${where}: virtual network ${network} is in ${vnet.location}, but the VM is created in ` + `${location}, and Azure attaches a network interface only to a network of its own ` + "region: use a subnet in that region");
			}
			if (found.defaultOutboundAccess === false && !found.natGateway && !found.routeTable) {
				ctx.reporter.warning(`${where} is private (no default outbound access) and has no NAT gateway or route table: ` + "the builder's script reaches nothing outside the network (package mirrors, registries). " + "Give the subnet a NAT gateway, or a route through your firewall");
			}
		}
	}),
	48644: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { AzureProvider: () => AzureProvider });
		var labels = __webpack_require__(42095);
		var wait_deadline = __webpack_require__(94975);
		var wrapper = __webpack_require__(94382);
		var builder = __webpack_require__(10839);
		var azure_clients = __webpack_require__(11788);
		var credential = __webpack_require__(65084);
		var duration = __webpack_require__(47683);
		var poll = __webpack_require__(92738);
		var retry = __webpack_require__(63817);
		var lro = __webpack_require__(16059);
		var run_command = __webpack_require__(21181);
		;
		const OFF = ["PowerState/stopped", "PowerState/deallocated"];
		const SHUTDOWN_POLL = 1e3;
		const SHUTDOWN_WINDOW = 6e4;
		function outputOf(result) {
			return (result.value ?? []).map((s) => s.message ?? "").join("\n");
		}
		async function deprovisionAndPowerOff(clients, target, deadline, ctx, lastOutput) {
			const { resourceGroup, vm } = target;
			const watching = new AbortController();
			const abortSignal = AbortSignal.any([ctx.signal, watching.signal]);
			const starter = clients.compute.virtualMachines.runCommand(resourceGroup, vm, {
				commandId: "RunShellScript",
				script: builder.FK.split("\n")
			}, {
				updateIntervalInMs: ctx.pollInterval,
				abortSignal
			});
			await (0, lro.z)(() => starter.submitted(), deadline, ctx, `starting deprovisioning on ${vm}`);
			ctx.reporter.info(`deprovisioning ${vm} in the background (it stops the agent that runs commands): waiting for it to power off`);
			let reported;
			const watched = starter.pollUntilDone({ abortSignal }).then((result) => void (reported = outputOf(result)), (err) => {
				if (!abortSignal.aborted) reported = `the starting command failed: ${String(err)}`;
			});
			let power = "unknown";
			try {
				await (0, poll.g)(async () => {
					const view = await (0, retry.bD)(`read the power state of ${vm}`, () => clients.compute.virtualMachines.instanceView(resourceGroup, vm, { abortSignal }), {
						signal: ctx.signal,
						onRetry: (m) => ctx.reporter.info(m)
					});
					power = view.statuses?.find((s) => s.code?.startsWith("PowerState/"))?.code ?? power;
					return OFF.includes(power) ? power : undefined;
				}, {
					deadline,
					interval: Math.min(ctx.pollInterval, SHUTDOWN_POLL),
					backoffAfter: SHUTDOWN_WINDOW,
					backoff: 1.5,
					maxInterval: ctx.pollInterval,
					signal: ctx.signal,
					progress: (elapsed) => ctx.reporter.info(`\u2026 deprovisioning ${vm}: ${power}, ${elapsed} elapsed (deadline ${(0, duration.a)(deadline.budget)})`),
					onExpiry: async () => [`last power state: ${power} (the VM powers itself off once deprovisioned)`, reported === undefined ? `the command that started deprovisioning reported nothing; ${(0, run_command.ci)(lastOutput, 20)}` : (0, run_command.ci)(reported, 20, "what the command that started deprovisioning reported")].join("\n")
				});
			} finally {
				watching.abort();
				await watched;
			}
			ctx.reporter.info(`${vm} is deprovisioned and ${power.replace("PowerState/", "")}`);
		}
		;
		async function ensureGallery(clients, azure, plan, ctx, poll) {
			const { compute } = clients;
			try {
				await compute.galleries.get(plan.resourceGroup, plan.gallery, { abortSignal: ctx.signal });
			} catch (err) {
				if (!(0, azure_clients.c4)(err)) throw err;
				ctx.reporter.info(`creating gallery ${plan.gallery} in ${azure.location}`);
				await clients.resources.resourceGroups.createOrUpdate(plan.resourceGroup, { location: azure.location });
				await compute.galleries.createOrUpdate(plan.resourceGroup, plan.gallery, {
					location: azure.location,
					tags: { "worker-image-managed": "true" }
				}, poll);
			}
			try {
				await compute.galleryImages.get(plan.resourceGroup, plan.gallery, plan.definition, { abortSignal: ctx.signal });
			} catch (err) {
				if (!(0, azure_clients.c4)(err)) throw err;
				const d = azure.definition;
				ctx.reporter.info(`creating image definition ${plan.definition} (${d.publisher}/${d.offer}/${d.sku}, ${d.hyperVGeneration}, ${azure.securityType})`);
				await compute.galleryImages.createOrUpdate(plan.resourceGroup, plan.gallery, plan.definition, {
					location: azure.location,
					osType: d.osType,
					osState: "Generalized",
					hyperVGeneration: d.hyperVGeneration,
					...azure.securityType === "Standard" ? {} : { features: [{
						name: "SecurityType",
						value: azure.securityType
					}] },
					identifier: {
						publisher: d.publisher,
						offer: d.offer,
						sku: plan.definition === d.name ? d.sku : `${d.sku}-${plan.definition}`
					}
				}, poll);
			}
		}
		function versionBody(azure, plan, vmId) {
			return {
				location: azure.location,
				tags: {
					...plan.tags,
					"worker-image-role": "image"
				},
				publishingProfile: {
					targetRegions: plan.targetRegions.map((r) => ({
						name: r.name,
						regionalReplicaCount: r.replicas,
						storageAccountType: r.storageAccountType
					})),
					excludeFromLatest: azure.excludeFromLatest,
					...azure.endOfLifeDate ? { endOfLifeDate: new Date(azure.endOfLifeDate) } : {}
				},
				storageProfile: { source: { virtualMachineId: vmId } },
				safetyProfile: { allowDeletionOfReplicatedLocations: false }
			};
		}
		var network = __webpack_require__(55574);
		var naming_azure = __webpack_require__(63726);
		var plan = __webpack_require__(13826);
		var names = __webpack_require__(74684);
		var preflight = __webpack_require__(40171);
		var vm_size = __webpack_require__(35421);
		;
		async function planAzure(config, azure, clients, ctx) {
			const definition = (0, naming_azure.PW)(azure.definition.name, config.image.namespace);
			await (0, preflight.QU)(clients, azure, definition, ctx);
			if (azure.identity) await (0, preflight.Z0)(clients, azure.identity, ctx);
			if (azure.subnetId) await (0, preflight.Qi)(clients, azure.subnetId, azure.location, ctx);
			const existing = await listVersions(clients, azure, definition, ctx);
			const resolved = (0, naming_azure.P$)(azure.version, existing);
			const problem = (0, naming_azure.Bj)({
				...resolved,
				name: `${definition} ${resolved.version}`
			}, config.image, `gallery ${azure.gallery} (resource group ${azure.resourceGroup})`);
			if (problem) throw new Error(problem);
			const { regions, notes } = (0, plan.ns)(azure.targetRegions, azure.replicaPolicy);
			for (const note of notes) ctx.reporter.warning(note);
			const temporary = (0, names.j)(definition, resolved.version, ctx.runId);
			const source = azure.sourceImage.id ? azure.sourceImage.id : `${azure.sourceImage.publisher}:${azure.sourceImage.offer}:${azure.sourceImage.sku}:${azure.sourceImage.version ?? "latest"}`;
			const tags = {
				...azure.tags,
				"worker-image-run": (0, labels.w)(ctx.runId),
				"worker-image-version": resolved.version,
				...ctx.commit ? { "worker-image-commit": ctx.commit } : {},
				...ctx.runUrl ? { "worker-image-run-url": ctx.runUrl } : {}
			};
			return {
				cloud: "azure",
				imageName: `${definition}/${resolved.version}`,
				version: resolved.version,
				location: `gallery ${azure.gallery}, resource group ${azure.resourceGroup}, subscription ${azure.subscriptionId}`,
				sourceImage: source,
				template: azure.template.path,
				labels: tags,
				tags,
				resourceGroup: azure.resourceGroup,
				gallery: azure.gallery,
				definition,
				versionId: (0, naming_azure.aX)(azure.subscriptionId, azure.resourceGroup, azure.gallery, definition, resolved.version),
				targetRegions: regions,
				temporary,
				replaces: resolved.exists,
				resources: [{
					kind: "resource group",
					name: `${temporary.resourceGroup} (${azure.location}: ${networkOf(azure)}, builder ${temporary.vm} ${azure.vmSize}, ${azure.securityType}, ${(0, vm_size.C)(azure.vmSize)} OS disk)`,
					role: "builder"
				}, {
					kind: "gallery version",
					name: `${definition} ${resolved.version} \u2192 ${regions.map((r) => `${r.name}\u00D7${r.replicas}`).join(", ")}`,
					role: "image"
				}]
			};
		}
		function networkOf(azure) {
			if (!azure.subnetId) return "network";
			const { resourceGroup, network, subnet } = (0, names.C)(azure.subnetId);
			return `a network interface in subnet ${subnet} of ${network} (resource group ${resourceGroup})`;
		}
		async function listVersions(clients, azure, definition, ctx) {
			return (0, retry.bD)("list gallery versions", async () => {
				const names = [];
				try {
					for await (const v of clients.compute.galleryImageVersions.listByGalleryImage(azure.resourceGroup, azure.gallery, definition, { abortSignal: ctx.signal })) {
						if (v.name) names.push(v.name);
					}
				} catch (err) {
					if (!(0, azure_clients.c4)(err)) throw err;
				}
				return names;
			}, {
				signal: ctx.signal,
				onRetry: (m) => ctx.reporter.info(m)
			});
		}
		var azure_replication = __webpack_require__(54738);
		;
		class AzureProvider {
			azure;
			cloud = "azure";
			clients;
			constructor(azure) {
				this.azure = azure;
			}
			arm(reporter) {
				this.clients ??= (0, credential.$)(this.azure, reporter).then((c) => (0, azure_clients.hP)(this.azure, c));
				return this.clients;
			}
			async plan(config, ctx) {
				return planAzure(config, this.azure, await this.arm(ctx.reporter), ctx);
			}
			bakeSteps(_config, basePlan, script, ctx, ledger) {
				const plan = basePlan;
				const { azure } = this;
				const t = plan.temporary;
				const wctx = {
					...ctx,
					pollInterval: azure.pollInterval
				};
				const sub = `/subscriptions/${azure.subscriptionId}`;
				const nonce = (0, labels.w)(ctx.runId);
				const op = (what) => new wait_deadline.B(what, azure.timeouts.operation);
				let clients;
				let vmId = "";
				let builderDeadline;
				let provisioningOutput = "";
				let replication;
				const steps = [
					{
						name: `Create temporary resource group ${t.resourceGroup}`,
						run: async () => {
							clients = await this.arm(ctx.reporter);
							ledger.record(this.resource("resourceGroup", `${sub}/resourceGroups/${t.resourceGroup}`, "builder"));
							await clients.resources.resourceGroups.createOrUpdate(t.resourceGroup, {
								location: azure.location,
								tags: {
									...plan.tags,
									"worker-image-role": "builder",
									"worker-image-created": new Date().toISOString()
								}
							}, { abortSignal: ctx.signal });
						}
					},
					{
						name: `Create builder ${t.vm} (${azure.vmSize}) from ${plan.sourceImage}`,
						run: async () => {
							builderDeadline = new wait_deadline.B(`builder ${t.vm}`, azure.timeouts.builder);
							const tags = {
								...plan.tags,
								"worker-image-role": "builder"
							};
							const nicId = await (0, network.w)(clients, azure, azure.location, t, tags, wctx);
							const vm = await (0, lro.z)((poll) => clients.compute.virtualMachines.createOrUpdate(t.resourceGroup, t.vm, (0, builder.Z2)(azure, plan, nicId), poll), builderDeadline, wctx, `creating builder ${t.vm}`);
							vmId = vm.id ?? `${sub}/resourceGroups/${t.resourceGroup}/providers/Microsoft.Compute/virtualMachines/${t.vm}`;
						}
					},
					{
						name: `Run the provisioning script on ${t.vm}`,
						run: async () => {
							const wrapped = (0, wrapper.a1)(script, {
								nonce,
								guestAttributes: false,
								powerOff: false,
								once: true
							});
							const { exitCode, output } = await (0, run_command.x9)(clients, {
								resourceGroup: t.resourceGroup,
								vm: t.vm
							}, wrapped, nonce, builderDeadline, wctx);
							for (const line of output.split("\n")) ctx.reporter.info(line);
							provisioningOutput = output;
							if (exitCode === undefined) {
								throw new Error(`the provisioning script on builder ${t.vm} reported no exit status (run-command ` + `ended without the wrapper's marker); no image was created\n${(0, run_command.ci)(output)}`);
							}
							if (exitCode !== 0) {
								throw new Error(`the provisioning script failed with exit status ${exitCode} on builder ${t.vm} ` + `(template ${plan.template}); no image was created\n${(0, run_command.ci)(output)}`);
							}
						}
					},
					{
						name: `Deprovision, deallocate and generalize ${t.vm}`,
						run: async () => {
							await deprovisionAndPowerOff(clients, {
								resourceGroup: t.resourceGroup,
								vm: t.vm
							}, op(`deprovisioning ${t.vm}`), wctx, provisioningOutput);
							await (0, lro.z)((poll) => clients.compute.virtualMachines.deallocate(t.resourceGroup, t.vm, poll), op(`deallocating ${t.vm}`), wctx);
							await clients.compute.virtualMachines.generalize(t.resourceGroup, t.vm, { abortSignal: ctx.signal });
						}
					},
					{
						name: `Stage gallery ${plan.gallery} and definition ${plan.definition}`,
						run: () => (0, lro.z)((poll) => ensureGallery(clients, azure, plan, ctx, poll), op(`staging gallery ${plan.gallery}`), wctx)
					},
					...plan.replaces ? [{
						name: `Delete the existing version ${plan.version} (overwrite: true)`,
						run: () => (0, lro.z)((poll) => clients.compute.galleryImageVersions.delete(plan.resourceGroup, plan.gallery, plan.definition, plan.version, poll), op(`deleting version ${plan.version}`), wctx)
					}] : [],
					{
						name: `Create gallery version ${plan.definition} ${plan.version} and replicate`,
						run: async () => {
							ledger.record(this.resource("galleryImageVersion", plan.versionId, "image"));
							const deadline = new wait_deadline.B(`replication of ${plan.definition} ${plan.version}`, azure.timeouts.replication);
							const ref = {
								resourceGroup: plan.resourceGroup,
								gallery: plan.gallery,
								definition: plan.definition,
								version: plan.version
							};
							const poller = clients.compute.galleryImageVersions.createOrUpdate(ref.resourceGroup, ref.gallery, ref.definition, ref.version, versionBody(azure, plan, vmId), {
								updateIntervalInMs: azure.pollInterval,
								abortSignal: ctx.signal
							});
							await (0, lro.z)(() => poller.submitted(), op(`creating version ${plan.version}`), wctx);
							replication = await (0, azure_replication.vm)(clients, ref, deadline, wctx, poller);
						}
					}
				];
				const result = () => ({
					cloud: "azure",
					imageName: `${plan.definition}/${plan.version}`,
					imageId: plan.versionId,
					artifactId: plan.versionId,
					version: plan.version,
					sourceImage: plan.sourceImage,
					details: {
						subscription_id: azure.subscriptionId,
						resource_group: plan.resourceGroup,
						gallery: plan.gallery,
						definition: plan.definition,
						location: azure.location,
						regions: plan.targetRegions.map((r) => `${r.name}=${r.replicas}`).join(","),
						...replication ? { replication: replication.aggregatedState } : {}
					},
					timings: []
				});
				return {
					steps,
					result
				};
			}
			async deleteResource(r, opts) {
				const clients = await this.arm(opts.reporter);
				const ctx = {
					runId: "",
					reporter: opts.reporter,
					signal: new AbortController().signal,
					pollInterval: this.azure.pollInterval
				};
				const parts = r.id.split("/");
				const deadline = new wait_deadline.B(`deleting ${r.kind} ${parts.at(-1)}`, this.azure.timeouts.operation);
				try {
					if (r.kind === "resourceGroup") {
						if (opts.wait) {
							await (0, lro.z)(async (poll) => (await clients.resources.resourceGroups.beginDelete(parts[4], poll)).pollUntilDone(), deadline, ctx);
						} else {
							await clients.resources.resourceGroups.beginDelete(parts[4], { updateIntervalInMs: this.azure.pollInterval });
						}
					} else if (r.kind === "galleryImageVersion") {
						const poller = clients.compute.galleryImageVersions.delete(parts[4], parts[8], parts[10], parts[12]);
						if (opts.wait) await (0, lro.z)(() => poller, deadline, ctx);
						else await poller.submitted();
					} else {
						throw new Error(`unknown azure resource kind ${r.kind}`);
					}
				} catch (err) {
					if (!(0, azure_clients.c4)(err)) throw err;
				}
			}
			resource(kind, id, role) {
				return {
					cloud: "azure",
					kind,
					id,
					role,
					keep: role === "image" ? "on-success" : "never"
				};
			}
		}
	}),
	21181: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			ci: () => outputTail,
			nC: () => runCommandInTurn,
			x9: () => runShellScript
		});
		var _config_azure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36735);
		var _wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10220);
		var _wrapper_wrapper_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94382);
		var _lro_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16059);
		function hitTheCap(err) {
			const e = err;
			return e?.code === "VMExtensionProvisioningTimeout" || String(e?.message).includes("VMExtensionProvisioningTimeout");
		}
		function busy(err) {
			const e = err;
			return e?.statusCode === 409 && /execution is in progress/i.test(String(e?.message));
		}
		async function runCommandInTurn(start, deadline, ctx, what) {
			for (let wait = Math.max(ctx.pollInterval, 500), told = false;; wait = Math.min(wait * 2, 3e4)) {
				try {
					return await (0, _lro_js__WEBPACK_IMPORTED_MODULE_2__.z)(start, deadline, ctx, what);
				} catch (err) {
					if (!busy(err)) throw err;
					if (!told) {
						ctx.reporter.info(`${what}: an earlier run-command of this run is still running on the VM (its answer was lost); waiting for it to end`);
						told = true;
					}
					await (0, _wait_sleep_js__WEBPACK_IMPORTED_MODULE_1__.yy)(Math.min(wait, Math.max(0, deadline.remaining())), ctx.signal);
					if (deadline.expired()) throw deadline.error();
				}
			}
		}
		async function runShellScript(clients, target, script, nonce, deadline, ctx) {
			const result = await runCommandInTurn((poll) => clients.compute.virtualMachines.runCommand(target.resourceGroup, target.vm, {
				commandId: "RunShellScript",
				script: script.split("\n")
			}, poll), deadline, ctx, `run-command on ${target.vm}`).catch((err) => {
				if (!hitTheCap(err)) throw err;
				throw new Error(`the provisioning script on builder ${target.vm} was stopped by run-command's ` + `${_config_azure_js__WEBPACK_IMPORTED_MODULE_0__.X / 6e4}-minute limit (${err.message}); Azure gives a ` + "run-command script no longer, so make the script finish sooner (e.g. pre-pull fewer " + "images); no image was created", { cause: err });
			});
			const output = (result.value ?? []).map((s) => s.message ?? "").join("\n");
			const marker = (0, _wrapper_wrapper_js__WEBPACK_IMPORTED_MODULE_3__.Bs)(nonce).exec(output);
			return {
				exitCode: marker ? Number(marker[1]) : undefined,
				output
			};
		}
		function outputTail(output, lines = 50, what = "the provisioning output") {
			const all = output.split(/\r?\n/);
			const tail = all.slice(-lines);
			return [`last ${tail.length} lines of ${what}:`, ...tail.map((l) => `  ${l}`)].join("\n");
		}
	}),
	67952: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { a: () => throwawaySshKey });
		var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
		function throwawaySshKey() {
			const { publicKey } = (0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)("rsa", { modulusLength: 3072 });
			const jwk = publicKey.export({ format: "jwk" });
			const mpint = (b64url) => {
				const bytes = Buffer.from(b64url, "base64url");
				return bytes[0] & 128 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
			};
			const field = (b) => {
				const len = Buffer.alloc(4);
				len.writeUInt32BE(b.length);
				return Buffer.concat([len, b]);
			};
			const blob = Buffer.concat([
				field(Buffer.from("ssh-rsa")),
				field(mpint(jwk.e)),
				field(mpint(jwk.n))
			]);
			return `ssh-rsa ${blob.toString("base64")} worker-image-builder`;
		}
	}),
	35421: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, { C: () => osDiskType });
		function supportsPremiumStorage(vmSize) {
			const m = /^Standard_([A-Z]+)(\d+)(?:-\d+)?([a-z]*)(?:_|$)/.exec(vmSize);
			if (!m) return false;
			const [, series = "", , features = ""] = m;
			return features.includes("s") || series.length > 1 && series.endsWith("S");
		}
		function osDiskType(vmSize) {
			return supportsPremiumStorage(vmSize) ? "Premium_LRS" : "StandardSSD_LRS";
		}
	}),
	94382: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.d(__webpack_exports__, {
			Bs: () => statusMarker,
			T_: () => reportFunction,
			a1: () => wrapScript,
			dC: () => STARTED_LINE,
			i$: () => parseStatus,
			j_: () => STATUS_NAMESPACE,
			jw: () => STATUS_KEY
		});
		const STATUS_NAMESPACE = "worker-image";
		const STATUS_KEY = "status";
		const STARTED_LINE = "worker-image: provisioning script started";
		function statusMarker(nonce) {
			return new RegExp(`worker-image-status\\[${nonce}\\]: exit=(\\d+)`);
		}
		function parseStatus(value) {
			const m = /^exit=(\d+)$/.exec(value.trim());
			return m ? Number(m[1]) : null;
		}
		function reportFunction(guestAttributes) {
			if (!guestAttributes) return `report() { :; }`;
			return `wi_metadata="\${WORKER_IMAGE_METADATA_URL:-http://metadata.google.internal/computeMetadata/v1}"
wi_report=on
report() {
  [ "$wi_report" = on ] || return 0
  curl -fsS -m 10 --retry 5 --retry-connrefused -X PUT -H 'Metadata-Flavor: Google' \\
    --data "$2" "$wi_metadata/instance/guest-attributes/${STATUS_NAMESPACE}/$1" >/dev/null 2>&1 ||
    wget -q -T 10 -t 5 -O /dev/null --method=PUT --header='Metadata-Flavor: Google' \\
      --body-data="$2" "$wi_metadata/instance/guest-attributes/${STATUS_NAMESPACE}/$1" 2>/dev/null ||
    { wi_report=off; echo "worker-image: could not write guest attribute $1 (the console marker still reports it)"; }
}`;
		}
		function onceGuard(nonce) {
			return `wi_once="\${WORKER_IMAGE_RUN_DIR:-/run}/worker-image"
mkdir -p "$wi_once" && chmod 700 "$wi_once"
if [ -f "$wi_once/${nonce}.exit" ]; then
  code="$(cat "$wi_once/${nonce}.exit")"
  echo "worker-image: the provisioning script already ran in this boot (this is a repeated request); its output went to the first request"
  echo "worker-image-status[${nonce}]: exit=$code"
  exit 0
fi
`;
		}
		function wrapScript(userScript, opts) {
			if (!/^[a-z0-9-]+$/.test(opts.nonce)) {
				throw new Error(`wrapper nonce must match [a-z0-9-]+, got ${JSON.stringify(opts.nonce)}`);
			}
			const payload = Buffer.from(userScript, "utf8").toString("base64").replace(/.{1,76}/g, "$&\n");
			const report = reportFunction(opts.guestAttributes);
			return `#!/bin/bash
# worker-image builder wrapper (generated). Runs the provisioning script, reports its exit
# status, and powers the VM off whatever the outcome.
set -u
wi_dir="$(mktemp -d -t worker-image.XXXXXX)"
# The rendered script may hold secrets: it must not end up in the image.
trap 'rm -rf "$wi_dir"' EXIT
mkdir -p "$wi_dir/bin"
base64 -d > "$wi_dir/script.sh" <<'WORKER_IMAGE_PAYLOAD'
${payload}WORKER_IMAGE_PAYLOAD
for cmd in shutdown poweroff halt; do
  printf '#!/bin/sh\\necho "worker-image: $(basename "$0") deferred until the status is reported"\\n' > "$wi_dir/bin/$cmd"
  chmod +x "$wi_dir/bin/$cmd"
done
${report}
${opts.once ? onceGuard(opts.nonce) : ""}report ${STATUS_KEY} running
echo "${STARTED_LINE}"
PATH="$wi_dir/bin:$PATH" bash "$wi_dir/script.sh" < /dev/null
code=$?
echo "worker-image: provisioning script exited with status $code"
report ${STATUS_KEY} "exit=$code"
${opts.once ? `echo "$code" > "$wi_once/${opts.nonce}.exit"
` : ""}echo "worker-image-status[${opts.nonce}]: exit=$code"
rm -rf "$wi_dir"
sync
${opts.powerOff === false ? "exit 0" : "shutdown -h now || poweroff"}
`;
		}
	})
};
