export const id = 5108;
export const ids = [5108];
export const modules = { 5108: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
	__webpack_require__.r(__webpack_exports__);
	__webpack_require__.d(__webpack_exports__, { main: () => main });
	var core = __webpack_require__(43025);
	var bump = __webpack_require__(20730);
	var github_repo = __webpack_require__(11869);
	var actions_reporter = __webpack_require__(72173);
	var failure = __webpack_require__(6955);
	var actions_inputs = __webpack_require__(93581);
	var summary = __webpack_require__(98901);
	var workspace = __webpack_require__(77716);
	;
	function parseAuthor(text) {
		const m = /^\s*(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
		if (!m) throw new Error(`input author: must be "Name <email>" (got ${JSON.stringify(text)})`);
		return {
			name: m[1],
			email: m[2]
		};
	}
	var job_summary = __webpack_require__(16939);
	;
	async function main() {
		const reporter = new actions_reporter.X();
		const inputs = new actions_inputs.W1("bump-version-reference");
		try {
			const token = inputs.text("token");
			if (token) core.setSecret(token);
			const check = inputs.boolean("check");
			const dryRun = inputs.boolean("dry-run");
			const rules = inputs.optional("rules");
			const author = inputs.optional("author");
			const writePr = Boolean(token) && !check && !dryRun;
			const repo = writePr ? (0, github_repo.K)(process.env) : undefined;
			const root = (0, workspace.G)();
			const outcome = await (0, bump.$)({
				config: inputs.optional("config"),
				...rules ? { rules: (0, actions_inputs.VD)(rules, "rules") } : {},
				manifests: inputs.lines("manifests"),
				set: inputs.list("set"),
				check,
				dryRun,
				repoDir: inputs.text("repo-dir"),
				cwd: root.dir,
				root,
				names: {
					manifests: "manifests",
					repoDir: "repo-dir"
				},
				reporter,
				...repo ? { pullRequest: {
					token,
					owner: repo.owner,
					repo: repo.repo,
					apiUrl: repo.apiUrl,
					serverUrl: repo.serverUrl,
					branch: inputs.text("branch"),
					base: inputs.optional("base") ?? (process.env.GITHUB_BASE_REF || process.env.GITHUB_REF_NAME || "main"),
					...inputs.optional("title") ? { title: inputs.text("title") } : {},
					labels: inputs.list("labels"),
					reviewers: inputs.list("reviewers"),
					...author ? { author: parseAuthor(author) } : {}
				} } : {}
			});
			core.setOutput("pull-request-operation", outcome.pullRequest ? outcome.operation : "none");
			core.setOutput("pull-request-number", outcome.pullRequest ? String(outcome.pullRequest.number) : "");
			core.setOutput("pull-request-url", outcome.pullRequest?.url ?? "");
			core.setOutput("changed-files", outcome.changedFiles.join("\n"));
			job_summary.z.heading(`worker-image: references ${outcome.operation}`);
			if (outcome.pullRequest) job_summary.z.link(`pull request #${outcome.pullRequest.number}`, outcome.pullRequest.url);
			if (outcome.diff) job_summary.z.codeBlock(outcome.diff.slice(0, 6e4), "diff");
			await (0, summary.Pu)();
		} catch (err) {
			(0, failure.x)(err, reporter);
		}
	}
}) };
