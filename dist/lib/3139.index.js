export const id = 3139;
export const ids = [3139];
export const modules = { 63139: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
	__webpack_require__.r(__webpack_exports__);
	__webpack_require__.d(__webpack_exports__, {
		BOT_AUTHOR: () => BOT_AUTHOR,
		DEFAULT_SERVER_URL: () => DEFAULT_SERVER_URL,
		commitToBranch: () => commitToBranch
	});
	var promises_ = __webpack_require__(51455);
	var external_node_os_ = __webpack_require__(48161);
	var external_node_path_ = __webpack_require__(76760);
	var core = __webpack_require__(57264);
	;
	function gitAuth(token, serverUrl, env = process.env) {
		if (!token) return {
			env: {},
			secrets: []
		};
		const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
		maskInActions(token, env);
		maskInActions(basic, env);
		const key = `http.${new URL(serverUrl).origin}/.extraheader`;
		const first = existingCount(env);
		return {
			env: {
				GIT_CONFIG_COUNT: String(first + 2),
				[`GIT_CONFIG_KEY_${first}`]: key,
				[`GIT_CONFIG_VALUE_${first}`]: "",
				[`GIT_CONFIG_KEY_${first + 1}`]: key,
				[`GIT_CONFIG_VALUE_${first + 1}`]: `AUTHORIZATION: basic ${basic}`
			},
			secrets: [token, basic]
		};
	}
	function maskInActions(value, env) {
		if (env["GITHUB_ACTIONS"] === "true") core.setSecret(value);
	}
	function existingCount(env) {
		const raw = env["GIT_CONFIG_COUNT"];
		if (raw === undefined || raw === "") return 0;
		const n = Number(raw);
		if (!Number.isInteger(n) || n < 0) throw new Error(`GIT_CONFIG_COUNT is not a count: ${raw}`);
		return n;
	}
	var exec = __webpack_require__(81260);
	;
	class Git {
		cwd;
		baseEnv;
		secrets;
		constructor(cwd, baseEnv = {}, secrets = []) {
			this.cwd = cwd;
			this.baseEnv = baseEnv;
			this.secrets = secrets;
		}
		async run(args, options = {}) {
			core.debug(`git ${args.join(" ")}`);
			const chunks = [];
			const { input } = options;
			const result = await (0, exec.H)("git", args, {
				cwd: this.cwd,
				env: {
					...inheritedEnv(),
					...STABLE_ENV,
					...this.baseEnv,
					...options.env
				},
				input: typeof input === "string" ? Buffer.from(input) : input,
				silent: true,
				ignoreReturnCode: true,
				listeners: { stdout: (chunk) => chunks.push(chunk) }
			});
			return {
				exitCode: result.exitCode,
				stdout: this.redact(result.stdout),
				stderr: this.redact(result.stderr),
				bytes: Buffer.concat(chunks)
			};
		}
		async ok(args, options = {}) {
			const result = await this.run(args, options);
			if (result.exitCode !== 0) throw new Error(this.failure(args, result));
			return result.stdout.trim();
		}
		failure(args, result) {
			const said = (result.stderr.trim() || result.stdout.trim()).replace(/\s*\n\s*/g, "; ");
			return `git ${args[0] ?? ""} failed (exit ${result.exitCode}) in ${this.cwd}: ${said}`;
		}
		redact(text) {
			return this.secrets.reduce((t, s) => s ? t.split(s).join("***") : t, text);
		}
	}
	const STABLE_ENV = {
		LC_ALL: "C",
		GIT_TERMINAL_PROMPT: "0"
	};
	function inheritedEnv() {
		const env = {};
		for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
		return env;
	}
	;
	async function fetchBranches(git, remote, base, branch) {
		const listed = await git.run([
			"ls-remote",
			remote,
			`refs/heads/${base}`,
			`refs/heads/${branch}`
		]);
		if (listed.exitCode !== 0) throw new Error(explainRemoteFailure(git, "ls-remote", listed, remote));
		const heads = new Set(listed.stdout.split("\n").map((line) => line.split("	")[1]));
		if (!heads.has(`refs/heads/${base}`)) {
			throw new Error(`the base branch "${base}" does not exist on ${remote}`);
		}
		const branchExists = heads.has(`refs/heads/${branch}`);
		const refspecs = [base, ...branchExists ? [branch] : []].map((name) => `+refs/heads/${name}:${trackingRef(remote, name)}`);
		const fetched = await git.run([
			"fetch",
			"--no-tags",
			"--quiet",
			remote,
			...refspecs
		]);
		if (fetched.exitCode !== 0) throw new Error(explainRemoteFailure(git, "fetch", fetched, remote));
		return {
			base: await git.ok([
				"rev-parse",
				"--verify",
				`${trackingRef(remote, base)}^{commit}`
			]),
			branch: branchExists ? await git.ok([
				"rev-parse",
				"--verify",
				`${trackingRef(remote, branch)}^{commit}`
			]) : undefined
		};
	}
	async function pushBranch(git, remote, commit, branch, expected) {
		const ref = `refs/heads/${branch}`;
		const args = [
			"push",
			`--force-with-lease=${ref}:${expected ?? ""}`,
			remote,
			`${commit}:${ref}`
		];
		const pushed = await git.run(args);
		if (pushed.exitCode === 0) return;
		const said = pushed.stderr;
		if (/\(stale info\)|\(fetch first\)|cannot lock ref/.test(said)) {
			throw new Error(`the branch ${branch} changed on ${remote} while this run was preparing its commit ` + `(another run at the same time?): run again. ${git.failure(args, pushed)}`);
		}
		if (/refusing to allow .*workflow/i.test(said)) {
			throw new Error(`the token cannot change files under .github/workflows: use a PAT with the workflow ` + `scope, or a GitHub App token with "workflows: write". ${git.failure(args, pushed)}`);
		}
		if (/protected branch hook declined|GH006/.test(said)) {
			throw new Error(`the branch ${branch} is protected on ${remote}; this action force-pushes it on every ` + `run, so choose an unprotected branch name. ${git.failure(args, pushed)}`);
		}
		throw new Error(explainRemoteFailure(git, "push", pushed, remote));
	}
	function explainRemoteFailure(git, command, result, remote) {
		const said = git.failure([command], result);
		if (/returned error: 403|Permission to .* denied/.test(result.stderr)) {
			const [need, permission] = command === "push" ? ["push to", "write"] : ["read", "read"];
			return `the token cannot ${need} ${remote}: grant the job \`permissions: contents: ${permission}\`, ` + `or use a PAT or GitHub App token that can. ${said}`;
		}
		if (/returned error: 401|could not read Username|Authentication failed/.test(result.stderr)) {
			return `${remote} asked for credentials: pass a token (the github-token input). ${said}`;
		}
		return said;
	}
	function trackingRef(remote, branch) {
		return `refs/remotes/${remote}/${branch}`;
	}
	;
	async function editsSinceHead(git, files, index) {
		const env = { GIT_INDEX_FILE: index };
		await git.ok(["read-tree", "HEAD"], { env });
		await git.ok([
			"add",
			"-A",
			"--",
			...files
		], { env });
		const diff = await git.run([
			"diff-index",
			"--cached",
			"-p",
			"--binary",
			"--full-index",
			"HEAD"
		], { env });
		if (diff.exitCode !== 0) throw new Error(git.failure(["diff-index"], diff));
		return diff.bytes;
	}
	async function treeWithEdits(git, baseCommit, patch, index) {
		const env = { GIT_INDEX_FILE: index };
		await git.ok(["read-tree", baseCommit], { env });
		const applied = await git.run([
			"apply",
			"--cached",
			"--3way",
			"-"
		], {
			env,
			input: patch
		});
		if (applied.exitCode !== 0) {
			const conflicted = [...applied.stderr.matchAll(/^U (.+)$/gm)].map((m) => m[1]);
			if (conflicted.length === 0) throw new Error(git.failure(["apply"], applied));
			throw new Error(`the edits to ${conflicted.join(", ")} conflict with changes made on the base branch ` + `since the commit checked out in ${git.cwd}: check out the base branch again and re-run`);
		}
		return git.ok(["write-tree"], { env });
	}
	;
	const BOT_AUTHOR = {
		name: "github-actions[bot]",
		email: "41898282+github-actions[bot]@users.noreply.github.com"
	};
	const DEFAULT_SERVER_URL = "https://github.com";
	async function commitToBranch(opts) {
		const remote = opts.remote ?? "origin";
		const local = new Git(await worktreeRoot(opts.repoDir));
		const auth = gitAuth(opts.token, opts.serverUrl ?? DEFAULT_SERVER_URL);
		const network = new Git(local.cwd, auth.env, auth.secrets);
		if (opts.files.length === 0) return { operation: "none" };
		const scratch = await (0, promises_.mkdtemp)((0, external_node_path_.join)((0, external_node_os_.tmpdir)(), "worker-image-git-"));
		try {
			const files = opts.files.map((f) => (0, external_node_path_.resolve)(opts.repoDir, f));
			const patch = await editsSinceHead(local, files, (0, external_node_path_.join)(scratch, "edits.index"));
			if (patch.length === 0) return { operation: "none" };
			const remoteHas = await fetchBranches(network, remote, opts.base, opts.branch);
			const tree = await treeWithEdits(local, remoteHas.base, patch, (0, external_node_path_.join)(scratch, "branch.index"));
			if (remoteHas.branch && tree === await treeOf(local, remoteHas.branch)) {
				return {
					operation: "none",
					sha: remoteHas.branch
				};
			}
			if (tree === await treeOf(local, remoteHas.base)) return { operation: "none" };
			const sha = await local.ok([
				"commit-tree",
				tree,
				"-p",
				remoteHas.base,
				"-m",
				opts.message
			], { env: identity(opts.author ?? BOT_AUTHOR) });
			await pushBranch(network, remote, sha, opts.branch, remoteHas.branch);
			return {
				operation: "committed",
				sha
			};
		} finally {
			await (0, promises_.rm)(scratch, {
				recursive: true,
				force: true
			});
		}
	}
	async function worktreeRoot(repoDir) {
		const exists = await (0, promises_.stat)(repoDir).then((s) => s.isDirectory(), () => false);
		if (!exists) throw new Error(`repoDir ${repoDir} is not a directory`);
		const found = await new Git(repoDir).run(["rev-parse", "--show-toplevel"]);
		if (found.exitCode !== 0) {
			throw new Error(`repoDir ${repoDir} is not inside a git working tree (${found.stderr.trim()}): ` + `check the repository out first (actions/checkout) and point repoDir at it`);
		}
		return found.stdout.trim();
	}
	function treeOf(git, commit) {
		return git.ok(["rev-parse", `${commit}^{tree}`]);
	}
	function identity(who) {
		return {
			GIT_AUTHOR_NAME: who.name,
			GIT_AUTHOR_EMAIL: who.email,
			GIT_COMMITTER_NAME: who.name,
			GIT_COMMITTER_EMAIL: who.email
		};
	}
}) };
