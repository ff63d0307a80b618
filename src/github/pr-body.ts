/** Identifies pull requests opened by worker-image, for people and for scripts alike. */
export const PULL_REQUEST_MARKER = '<!-- worker-image:bump-version-reference -->';

export interface ReferenceChange {
  file: string;
  line: number;
  old: string;
  new: string;
}

export interface BakedImage {
  cloud: string;
  name: string;
  id: string;
}

/** GitHub answers 422 to a longer body. */
const MAX_BODY = 65_536;

/** The pull request description: each reference old → new, then the images behind them. */
export function pullRequestBody(rows: ReferenceChange[], images: BakedImage[]): string {
  const head = [
    'Points image references at the newly baked batch-worker images.',
    '',
    '| File | Line | Old | New |',
    '| --- | ---: | --- | --- |',
  ].join('\n');
  const tail = [
    '',
    '### Images',
    '',
    ...(images.length === 0
      ? ['No image manifest was given.']
      : [
          '| Cloud | Image | ID |',
          '| --- | --- | --- |',
          ...images.map((i) => `| ${cell(i.cloud)} | ${code(i.name)} | ${code(i.id)} |`),
        ]),
    '',
    PULL_REQUEST_MARKER,
  ].join('\n');

  const lines = rows.map(
    (r) => `| ${code(r.file)} | ${r.line} | ${code(r.old)} | ${code(r.new)} |`,
  );
  // Room for the "more" line; the diff still shows every change.
  const budget = MAX_BODY - head.length - tail.length - 100;
  let used = 0;
  let shown = 0;
  for (const line of lines) {
    if (used + line.length + 1 > budget) break;
    used += line.length + 1;
    shown++;
  }
  const more = lines.length - shown;
  const table = [
    ...lines.slice(0, shown),
    ...(more > 0 ? [`| … and ${more} more (see the diff) | | | |`] : []),
  ];
  return [head, ...table, tail].join('\n');
}

/** A table cell must stay on one line, and `|` would end it even inside code. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Inline code that survives backticks in the value (a longer fence, padded). */
function code(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = runs.length > 0 ? ' ' : '';
  return `${fence}${pad}${cell(text)}${pad}${fence}`;
}
