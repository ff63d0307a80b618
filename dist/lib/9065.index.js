export const id = 9065;
export const ids = [9065];
export const modules = { 29065: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
	__webpack_require__.r(__webpack_exports__);
	__webpack_require__.d(__webpack_exports__, { "default": () => open });
	var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
	var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
	var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
	var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
	var node_process__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1708);
	var node_util__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57975);
	var node_child_process__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31421);
	var node_buffer__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4573);
	var node_url__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73136);
	let isDockerCached;
	function hasDockerEnv() {
		try {
			node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync("/.dockerenv");
			return true;
		} catch {
			return false;
		}
	}
	function hasDockerCGroup() {
		try {
			return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync("/proc/self/cgroup", "utf8").includes("docker");
		} catch {
			return false;
		}
	}
	function isDocker() {
		if (isDockerCached === void 0) isDockerCached = hasDockerEnv() || hasDockerCGroup();
		return isDockerCached;
	}
	let cachedResult;
	const hasContainerEnv = () => {
		try {
			node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync("/run/.containerenv");
			return true;
		} catch {
			return false;
		}
	};
	function isInsideContainer() {
		if (cachedResult === void 0) cachedResult = hasContainerEnv() || isDocker();
		return cachedResult;
	}
	const isWsl = () => {
		if (node_process__WEBPACK_IMPORTED_MODULE_4__.platform !== "linux") return false;
		if (node_os__WEBPACK_IMPORTED_MODULE_1__.release().toLowerCase().includes("microsoft")) {
			if (isInsideContainer()) return false;
			return true;
		}
		try {
			if (node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync("/proc/version", "utf8").toLowerCase().includes("microsoft")) return !isInsideContainer();
		} catch {}
		if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync("/proc/sys/fs/binfmt_misc/WSLInterop") || node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync("/run/WSL")) return !isInsideContainer();
		return false;
	};
	var is_wsl_default = node_process__WEBPACK_IMPORTED_MODULE_4__.env.__IS_WSL_TEST__ ? isWsl : isWsl();
	const wslDrivesMountPoint = (() => {
		const defaultMountPoint = "/mnt/";
		let mountPoint;
		return async function() {
			if (mountPoint) return mountPoint;
			const configFilePath = "/etc/wsl.conf";
			let isConfigFileExists = false;
			try {
				await node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.access(configFilePath, node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.constants.F_OK);
				isConfigFileExists = true;
			} catch {}
			if (!isConfigFileExists) return defaultMountPoint;
			const configContent = await node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile(configFilePath, { encoding: "utf8" });
			const configMountPoint = /(?<!#.*)root\s*=\s*(?<mountPoint>.*)/g.exec(configContent);
			if (!configMountPoint) return defaultMountPoint;
			mountPoint = configMountPoint.groups.mountPoint.trim();
			mountPoint = mountPoint.endsWith("/") ? mountPoint : `${mountPoint}/`;
			return mountPoint;
		};
	})();
	const powerShellPathFromWsl = async () => {
		return `${await wslDrivesMountPoint()}c/Windows/System32/WindowsPowerShell/v1.0/powershell.exe`;
	};
	const powerShellPath = async () => {
		if (is_wsl_default) return powerShellPathFromWsl();
		return `${node_process__WEBPACK_IMPORTED_MODULE_4__.env.SYSTEMROOT || node_process__WEBPACK_IMPORTED_MODULE_4__.env.windir || String.raw`C:\Windows`}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`;
	};
	function defineLazyProperty(object, propertyName, valueGetter) {
		const define = (value) => Object.defineProperty(object, propertyName, {
			value,
			enumerable: true,
			writable: true
		});
		Object.defineProperty(object, propertyName, {
			configurable: true,
			enumerable: true,
			get() {
				const result = valueGetter();
				define(result);
				return result;
			},
			set(value) {
				define(value);
			}
		});
		return object;
	}
	const execFileAsync$3 = (0, node_util__WEBPACK_IMPORTED_MODULE_5__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_6__.execFile);
	async function defaultBrowserId() {
		if (node_process__WEBPACK_IMPORTED_MODULE_4__.platform !== "darwin") throw new Error("macOS only");
		const { stdout } = await execFileAsync$3("defaults", [
			"read",
			"com.apple.LaunchServices/com.apple.launchservices.secure",
			"LSHandlers"
		]);
		const browserId = /LSHandlerRoleAll = "(?!-)(?<id>[^"]+?)";\s+?LSHandlerURLScheme = (?:http|https);/.exec(stdout)?.groups.id ?? "com.apple.Safari";
		if (browserId === "com.apple.safari") return "com.apple.Safari";
		return browserId;
	}
	const execFileAsync$2 = (0, node_util__WEBPACK_IMPORTED_MODULE_5__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_6__.execFile);
	async function runAppleScript(script, { humanReadableOutput = true, signal } = {}) {
		if (node_process__WEBPACK_IMPORTED_MODULE_4__.platform !== "darwin") throw new Error("macOS only");
		const outputArguments = humanReadableOutput ? [] : ["-ss"];
		const execOptions = {};
		if (signal) execOptions.signal = signal;
		const { stdout } = await execFileAsync$2("osascript", [
			"-e",
			script,
			outputArguments
		], execOptions);
		return stdout.trim();
	}
	const bundleIdentifierPattern = /^[^\n\r"\\]+$/u;
	async function bundleName(bundleId) {
		if (typeof bundleId !== "string") throw new TypeError("Expected a string bundle identifier");
		if (!bundleIdentifierPattern.test(bundleId)) throw new TypeError(`Invalid bundle identifier: ${JSON.stringify(bundleId)}`);
		return runAppleScript(`tell application "Finder" to set app_path to application file id "${bundleId}" as string\ntell application "System Events" to get value of property list item "CFBundleName" of property list file (app_path & ":Contents:Info.plist")`);
	}
	const execFileAsync$1 = (0, node_util__WEBPACK_IMPORTED_MODULE_5__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_6__.execFile);
	const windowsBrowserProgIds = {
		MSEdgeHTM: {
			name: "Edge",
			id: "com.microsoft.edge"
		},
		MSEdgeBHTML: {
			name: "Edge Beta",
			id: "com.microsoft.edge.beta"
		},
		MSEdgeDHTML: {
			name: "Edge Dev",
			id: "com.microsoft.edge.dev"
		},
		AppXq0fevzme2pys62n3e0fbqa7peapykr8v: {
			name: "Edge",
			id: "com.microsoft.edge.old"
		},
		ChromeHTML: {
			name: "Chrome",
			id: "com.google.chrome"
		},
		ChromeBHTML: {
			name: "Chrome Beta",
			id: "com.google.chrome.beta"
		},
		ChromeDHTML: {
			name: "Chrome Dev",
			id: "com.google.chrome.dev"
		},
		ChromiumHTM: {
			name: "Chromium",
			id: "org.chromium.Chromium"
		},
		BraveHTML: {
			name: "Brave",
			id: "com.brave.Browser"
		},
		BraveBHTML: {
			name: "Brave Beta",
			id: "com.brave.Browser.beta"
		},
		BraveDHTML: {
			name: "Brave Dev",
			id: "com.brave.Browser.dev"
		},
		BraveSSHTM: {
			name: "Brave Nightly",
			id: "com.brave.Browser.nightly"
		},
		FirefoxURL: {
			name: "Firefox",
			id: "org.mozilla.firefox"
		},
		OperaStable: {
			name: "Opera",
			id: "com.operasoftware.Opera"
		},
		VivaldiHTM: {
			name: "Vivaldi",
			id: "com.vivaldi.Vivaldi"
		},
		"IE.HTTP": {
			name: "Internet Explorer",
			id: "com.microsoft.ie"
		}
	};
	new Map(Object.entries(windowsBrowserProgIds));
	var UnknownBrowserError = class extends Error {};
	async function defaultBrowser$1(_execFileAsync = execFileAsync$1) {
		const { stdout } = await _execFileAsync(`${node_process__WEBPACK_IMPORTED_MODULE_4__.env.SYSTEMROOT ?? node_process__WEBPACK_IMPORTED_MODULE_4__.env.windir ?? "C:\\Windows"}\\System32\\reg.exe`, [
			"QUERY",
			" HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\Shell\\Associations\\UrlAssociations\\http\\UserChoice",
			"/v",
			"ProgId"
		]);
		const match = /ProgId\s*REG_SZ\s*(?<id>\S+)/.exec(stdout);
		if (!match) throw new UnknownBrowserError(`Cannot find Windows browser in stdout: ${JSON.stringify(stdout)}`);
		const { id } = match.groups;
		const dotIndex = id.lastIndexOf(".");
		const hyphenIndex = id.lastIndexOf("-");
		const baseIdByDot = dotIndex === -1 ? void 0 : id.slice(0, dotIndex);
		const baseIdByHyphen = hyphenIndex === -1 ? void 0 : id.slice(0, hyphenIndex);
		return windowsBrowserProgIds[id] ?? windowsBrowserProgIds[baseIdByDot] ?? windowsBrowserProgIds[baseIdByHyphen] ?? {
			name: id,
			id
		};
	}
	const execFileAsync = (0, node_util__WEBPACK_IMPORTED_MODULE_5__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_6__.execFile);
	const titleize = (string) => string.toLowerCase().replaceAll(/(?:^|\s|-)\S/g, (x) => x.toUpperCase());
	async function defaultBrowser() {
		if (node_process__WEBPACK_IMPORTED_MODULE_4__.platform === "darwin") {
			const id = await defaultBrowserId();
			return {
				name: await bundleName(id),
				id
			};
		}
		if (node_process__WEBPACK_IMPORTED_MODULE_4__.platform === "linux") {
			const { stdout } = await execFileAsync("xdg-mime", [
				"query",
				"default",
				"x-scheme-handler/http"
			]);
			const id = stdout.trim();
			return {
				name: titleize(id.replace(/.desktop$/, "").replace("-", " ")),
				id
			};
		}
		if (node_process__WEBPACK_IMPORTED_MODULE_4__.platform === "win32") return defaultBrowser$1();
		throw new Error("Only macOS, Linux, and Windows are supported");
	}
	const execFile$1 = (0, node_util__WEBPACK_IMPORTED_MODULE_5__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_6__.execFile);
	const __dirname = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname((0, node_url__WEBPACK_IMPORTED_MODULE_8__.fileURLToPath)(import.meta.url));
	const localXdgOpenPath = node_path__WEBPACK_IMPORTED_MODULE_2__.join(__dirname, "xdg-open");
	const { platform: platform$1, arch } = node_process__WEBPACK_IMPORTED_MODULE_4__;
	async function getWindowsDefaultBrowserFromWsl() {
		const powershellPath = await powerShellPath();
		const rawCommand = String.raw`(Get-ItemProperty -Path "HKCU:\Software\Microsoft\Windows\Shell\Associations\UrlAssociations\http\UserChoice").ProgId`;
		const encodedCommand = node_buffer__WEBPACK_IMPORTED_MODULE_7__.Buffer.from(rawCommand, "utf16le").toString("base64");
		const { stdout } = await execFile$1(powershellPath, [
			"-NoProfile",
			"-NonInteractive",
			"-ExecutionPolicy",
			"Bypass",
			"-EncodedCommand",
			encodedCommand
		], { encoding: "utf8" });
		const progId = stdout.trim();
		const browserMap = {
			ChromeHTML: "com.google.chrome",
			BraveHTML: "com.brave.Browser",
			MSEdgeHTM: "com.microsoft.edge",
			FirefoxURL: "org.mozilla.firefox"
		};
		return browserMap[progId] ? { id: browserMap[progId] } : {};
	}
	const pTryEach = async (array, mapper) => {
		let latestError;
		for (const item of array) try {
			return await mapper(item);
		} catch (error) {
			latestError = error;
		}
		throw latestError;
	};
	const baseOpen = async (options) => {
		options = {
			wait: false,
			background: false,
			newInstance: false,
			allowNonzeroExitCode: false,
			...options
		};
		if (Array.isArray(options.app)) return pTryEach(options.app, (singleApp) => baseOpen({
			...options,
			app: singleApp
		}));
		let { name: app, arguments: appArguments = [] } = options.app ?? {};
		appArguments = [...appArguments];
		if (Array.isArray(app)) return pTryEach(app, (appName) => baseOpen({
			...options,
			app: {
				name: appName,
				arguments: appArguments
			}
		}));
		if (app === "browser" || app === "browserPrivate") {
			const ids = {
				"com.google.chrome": "chrome",
				"google-chrome.desktop": "chrome",
				"com.brave.Browser": "brave",
				"org.mozilla.firefox": "firefox",
				"firefox.desktop": "firefox",
				"com.microsoft.msedge": "edge",
				"com.microsoft.edge": "edge",
				"com.microsoft.edgemac": "edge",
				"microsoft-edge.desktop": "edge"
			};
			const flags = {
				chrome: "--incognito",
				brave: "--incognito",
				firefox: "--private-window",
				edge: "--inPrivate"
			};
			const browser = is_wsl_default ? await getWindowsDefaultBrowserFromWsl() : await defaultBrowser();
			if (browser.id in ids) {
				const browserName = ids[browser.id];
				if (app === "browserPrivate") appArguments.push(flags[browserName]);
				return baseOpen({
					...options,
					app: {
						name: apps[browserName],
						arguments: appArguments
					}
				});
			}
			throw new Error(`${browser.name} is not supported as a default browser`);
		}
		let command;
		const cliArguments = [];
		const childProcessOptions = {};
		if (platform$1 === "darwin") {
			command = "open";
			if (options.wait) cliArguments.push("--wait-apps");
			if (options.background) cliArguments.push("--background");
			if (options.newInstance) cliArguments.push("--new");
			if (app) cliArguments.push("-a", app);
		} else if (platform$1 === "win32" || is_wsl_default && !isInsideContainer() && !app) {
			command = await powerShellPath();
			cliArguments.push("-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-EncodedCommand");
			if (!is_wsl_default) childProcessOptions.windowsVerbatimArguments = true;
			const encodedArguments = ["Start"];
			if (options.wait) encodedArguments.push("-Wait");
			if (app) {
				encodedArguments.push(`"\`"${app}\`""`);
				if (options.target) appArguments.push(options.target);
			} else if (options.target) encodedArguments.push(`"${options.target}"`);
			if (appArguments.length > 0) {
				appArguments = appArguments.map((argument) => `"\`"${argument}\`""`);
				encodedArguments.push("-ArgumentList", appArguments.join(","));
			}
			options.target = node_buffer__WEBPACK_IMPORTED_MODULE_7__.Buffer.from(encodedArguments.join(" "), "utf16le").toString("base64");
		} else {
			if (app) command = app;
			else {
				const isBundled = !__dirname || __dirname === "/";
				let exeLocalXdgOpen = false;
				try {
					await node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.access(localXdgOpenPath, node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.constants.X_OK);
					exeLocalXdgOpen = true;
				} catch {}
				command = node_process__WEBPACK_IMPORTED_MODULE_4__.versions.electron ?? (platform$1 === "android" || isBundled || !exeLocalXdgOpen) ? "xdg-open" : localXdgOpenPath;
			}
			if (appArguments.length > 0) cliArguments.push(...appArguments);
			if (!options.wait) {
				childProcessOptions.stdio = "ignore";
				childProcessOptions.detached = true;
			}
		}
		if (platform$1 === "darwin" && appArguments.length > 0) cliArguments.push("--args", ...appArguments);
		if (options.target) cliArguments.push(options.target);
		const subprocess = node_child_process__WEBPACK_IMPORTED_MODULE_6__.spawn(command, cliArguments, childProcessOptions);
		if (options.wait) return new Promise((resolve, reject) => {
			subprocess.once("error", reject);
			subprocess.once("close", (exitCode) => {
				if (!options.allowNonzeroExitCode && exitCode > 0) {
					reject(new Error(`Exited with code ${exitCode}`));
					return;
				}
				resolve(subprocess);
			});
		});
		subprocess.unref();
		return subprocess;
	};
	const open = (target, options) => {
		if (typeof target !== "string") throw new TypeError("Expected a `target`");
		return baseOpen({
			...options,
			target
		});
	};
	function detectArchBinary(binary) {
		if (typeof binary === "string" || Array.isArray(binary)) return binary;
		const { [arch]: archBinary } = binary;
		if (!archBinary) throw new Error(`${arch} is not supported`);
		return archBinary;
	}
	function detectPlatformBinary({ [platform$1]: platformBinary }, { wsl }) {
		if (wsl && is_wsl_default) return detectArchBinary(wsl);
		if (!platformBinary) throw new Error(`${platform$1} is not supported`);
		return detectArchBinary(platformBinary);
	}
	const apps = {};
	defineLazyProperty(apps, "chrome", () => detectPlatformBinary({
		darwin: "google chrome",
		win32: "chrome",
		linux: [
			"google-chrome",
			"google-chrome-stable",
			"chromium"
		]
	}, { wsl: {
		ia32: "/mnt/c/Program Files (x86)/Google/Chrome/Application/chrome.exe",
		x64: ["/mnt/c/Program Files/Google/Chrome/Application/chrome.exe", "/mnt/c/Program Files (x86)/Google/Chrome/Application/chrome.exe"]
	} }));
	defineLazyProperty(apps, "brave", () => detectPlatformBinary({
		darwin: "brave browser",
		win32: "brave",
		linux: ["brave-browser", "brave"]
	}, { wsl: {
		ia32: "/mnt/c/Program Files (x86)/BraveSoftware/Brave-Browser/Application/brave.exe",
		x64: ["/mnt/c/Program Files/BraveSoftware/Brave-Browser/Application/brave.exe", "/mnt/c/Program Files (x86)/BraveSoftware/Brave-Browser/Application/brave.exe"]
	} }));
	defineLazyProperty(apps, "firefox", () => detectPlatformBinary({
		darwin: "firefox",
		win32: String.raw`C:\Program Files\Mozilla Firefox\firefox.exe`,
		linux: "firefox"
	}, { wsl: "/mnt/c/Program Files/Mozilla Firefox/firefox.exe" }));
	defineLazyProperty(apps, "edge", () => detectPlatformBinary({
		darwin: "microsoft edge",
		win32: "msedge",
		linux: ["microsoft-edge", "microsoft-edge-dev"]
	}, { wsl: "/mnt/c/Program Files (x86)/Microsoft/Edge/Application/msedge.exe" }));
	defineLazyProperty(apps, "browser", () => "browser");
	defineLazyProperty(apps, "browserPrivate", () => "browserPrivate");
}) };
