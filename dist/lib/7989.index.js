export const id = 7989;
export const ids = [7989, 4268];
export const modules = {
	34268: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, {
			PULL_REQUEST_MARKER: () => PULL_REQUEST_MARKER,
			pullRequestBody: () => pullRequestBody
		});
		const PULL_REQUEST_MARKER = "<!-- worker-image:bump-version-reference -->";
		const MAX_BODY = 65536;
		function pullRequestBody(rows, images) {
			const head = [
				"Points image references at the newly baked batch-worker images.",
				"",
				"| File | Line | Old | New |",
				"| --- | ---: | --- | --- |"
			].join("\n");
			const tail = [
				"",
				"### Images",
				"",
				...images.length === 0 ? ["No image manifest was given."] : [
					"| Cloud | Image | ID |",
					"| --- | --- | --- |",
					...images.map((i) => `| ${cell(i.cloud)} | ${code(i.name)} | ${code(i.id)} |`)
				],
				"",
				PULL_REQUEST_MARKER
			].join("\n");
			const lines = rows.map((r) => `| ${code(r.file)} | ${r.line} | ${code(r.old)} | ${code(r.new)} |`);
			const budget = MAX_BODY - head.length - tail.length - 100;
			let used = 0;
			let shown = 0;
			for (const line of lines) {
				if (used + line.length + 1 > budget) break;
				used += line.length + 1;
				shown++;
			}
			const more = lines.length - shown;
			const table = [...lines.slice(0, shown), ...more > 0 ? [`| \u2026 and ${more} more (see the diff) | | | |`] : []];
			return [
				head,
				...table,
				tail
			].join("\n");
		}
		function cell(text) {
			return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
		}
		function code(text) {
			const runs = text.match(/`+/g) ?? [];
			const fence = "`".repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
			const pad = runs.length > 0 ? " " : "";
			return `${fence}${pad}${cell(text)}${pad}${fence}`;
		}
	}),
	17989: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
		__webpack_require__.r(__webpack_exports__);
		__webpack_require__.d(__webpack_exports__, {
			PULL_REQUEST_MARKER: () => pr_body.PULL_REQUEST_MARKER,
			createOrUpdatePullRequest: () => createOrUpdatePullRequest,
			pullRequestBody: () => pr_body.pullRequestBody
		});
		var core = __webpack_require__(43025);
		var github = __webpack_require__(92413);
		;
		function httpStatus(err) {
			if (typeof err !== "object" || err === null || !("status" in err)) return undefined;
			return typeof err.status === "number" ? err.status : undefined;
		}
		function said(err) {
			return err instanceof Error ? err.message : String(err);
		}
		function isAlreadyExists(err) {
			return httpStatus(err) === 422 && /A pull request already exists/i.test(said(err));
		}
		function explainApiError(err, call) {
			const status = httpStatus(err);
			const where = `${call.owner}/${call.repo}`;
			const github = `(GitHub: ${status ?? "no status"} ${said(err)})`;
			const because = (() => {
				if (status === 403 && /not permitted to create or approve pull requests/i.test(said(err))) {
					return `GitHub Actions may not create pull requests in ${where}: enable "Allow GitHub Actions ` + `to create and approve pull requests" under Settings \u2192 Actions \u2192 General \u2192 Workflow ` + `permissions (in the organization's settings if it is greyed out in the repository's), ` + `or pass a PAT or GitHub App token instead of GITHUB_TOKEN`;
				}
				if (status === 403) {
					return `the token lacks a permission: grant the job \`permissions: ${call.permission}\``;
				}
				if (status === 404) {
					return `${where} was not found, or the token may not see it: check the repository name, ` + `and grant the job \`permissions: ${call.permission}\``;
				}
				if (status === 401) return "the token was refused: it is invalid or has expired";
				if (status === 422 && /No commits between/i.test(said(err))) {
					return "the branch has no commits the base does not have, so there is nothing to propose";
				}
				return "GitHub refused the request";
			})();
			return new Error(`could not ${call.what} in ${where}: ${because} ${github}`, { cause: err });
		}
		var pr_body = __webpack_require__(34268);
		;
		async function createOrUpdatePullRequest(opts) {
			const octokit = (0, github.Q)(opts.token, opts.apiUrl ? { baseUrl: opts.apiUrl } : {});
			const call = (what, permission = "pull-requests: write") => ({
				what,
				owner: opts.owner,
				repo: opts.repo,
				permission
			});
			let operation = "updated";
			let pull = await findOpenPull(octokit, opts, call("look for an open pull request"));
			if (pull) {
				pull = await update(octokit, opts, pull, call(`update pull request #${pull.number}`));
			} else {
				try {
					const { data } = await octokit.rest.pulls.create({
						owner: opts.owner,
						repo: opts.repo,
						head: opts.head,
						base: opts.base,
						title: opts.title,
						body: opts.body
					});
					pull = data;
					operation = "created";
				} catch (err) {
					const raced = isAlreadyExists(err) ? await findOpenPull(octokit, opts, call("find the pull request another run opened")) : undefined;
					if (!raced) throw explainApiError(err, call("create the pull request"));
					pull = await update(octokit, opts, raced, call(`update pull request #${raced.number}`));
				}
			}
			if (opts.labels?.length) {
				await octokit.rest.issues.addLabels({
					owner: opts.owner,
					repo: opts.repo,
					issue_number: pull.number,
					labels: opts.labels
				}).catch((err) => {
					throw explainApiError(err, call(`label pull request #${pull.number}`));
				});
			}
			if (opts.reviewers?.length) await requestReviewers(octokit, opts, pull, call);
			return {
				number: pull.number,
				url: pull.html_url,
				operation
			};
		}
		async function findOpenPull(octokit, opts, call) {
			try {
				const { data } = await octokit.rest.pulls.list({
					owner: opts.owner,
					repo: opts.repo,
					head: `${opts.owner}:${opts.head}`,
					base: opts.base,
					state: "open"
				});
				return data[0];
			} catch (err) {
				throw explainApiError(err, call);
			}
		}
		async function update(octokit, opts, pull, call) {
			try {
				const { data } = await octokit.rest.pulls.update({
					owner: opts.owner,
					repo: opts.repo,
					pull_number: pull.number,
					title: opts.title,
					body: opts.body
				});
				return data;
			} catch (err) {
				throw explainApiError(err, call);
			}
		}
		async function requestReviewers(octokit, opts, pull, call) {
			const what = `request reviews on pull request #${pull.number}`;
			try {
				await octokit.rest.pulls.requestReviewers({
					owner: opts.owner,
					repo: opts.repo,
					pull_number: pull.number,
					reviewers: opts.reviewers ?? []
				});
			} catch (err) {
				const explained = explainApiError(err, call(what));
				if (httpStatus(err) !== 422) throw explained;
				core.warning(explained.message);
			}
		}
	})
};
