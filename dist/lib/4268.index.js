export const id = 4268;
export const ids = [4268];
export const modules = { 34268: ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
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
}) };
