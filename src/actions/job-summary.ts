import * as core from '@actions/core';

/**
 * The job summary through @actions/core, with every text escaped. core.summary writes what it
 * is given into HTML as it is (a table cell, a code block, a heading), and GitHub renders the
 * result: a builder's console line in a failure's code block, a check's output in a verify
 * table or a `<div>` in a bumped file's diff would be read as markup (a link or an image in the
 * summary, or text the renderer swallows) instead of shown. Here text is always text.
 */
export function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export type Cell = string | { data: string; header: boolean };

export const summary = {
  heading(text: string, level = 3): void {
    core.summary.addHeading(html(text), level);
  },
  table(rows: Cell[][]): void {
    core.summary.addTable(
      rows.map((row) =>
        row.map((cell) =>
          typeof cell === 'string' ? html(cell) : { data: html(cell.data), header: cell.header },
        ),
      ),
    );
  },
  /** A table whose first row is its header. */
  rows(rows: string[][]): void {
    const [head = [], ...body] = rows;
    summary.table([head.map((data) => ({ data, header: true })), ...body]);
  },
  codeBlock(text: string, lang?: string): void {
    core.summary.addCodeBlock(html(text), lang);
  },
  list(items: string[]): void {
    core.summary.addList(items.map(html));
  },
  link(text: string, href: string): void {
    core.summary.addLink(html(text), html(href));
  },
  /** A line of text, with `code` (if any) after it in a code span. */
  line(text: string, code?: string): void {
    core.summary.addRaw(
      `${html(text)}${code === undefined ? '' : `<code>${html(code)}</code>`}`,
      true,
    );
  },
  /** Markup worker-image made itself from escaped or fixed parts (a chart). */
  markup(text: string): void {
    core.summary.addRaw(text, true);
  },
};
