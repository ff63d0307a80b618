import * as core from '@actions/core';
import { afterEach, describe, expect, it } from 'vitest';
import { html, summary } from '../../src/actions/job-summary.js';

afterEach(() => {
  core.summary.emptyBuffer();
});

const MARKUP = '<img src="x" onerror=\'alert(1)\'> & </td></tr>';

describe('the job summary shows text as text', () => {
  it('escapes the characters HTML reads', () => {
    expect(html(MARKUP)).toBe(
      '&lt;img src=&quot;x&quot; onerror=&#39;alert(1)&#39;&gt; &amp; &lt;/td&gt;&lt;/tr&gt;',
    );
  });

  it('in every part it writes: heading, table cells, rows, code blocks, lists, links, lines', () => {
    summary.heading(MARKUP);
    summary.table([[{ data: MARKUP, header: true }], [MARKUP]]);
    summary.rows([[MARKUP], [MARKUP]]);
    summary.codeBlock(MARKUP, 'diff');
    summary.list([MARKUP]);
    summary.link(MARKUP, 'https://example.invalid/?a="b"');
    summary.line(MARKUP, MARKUP);
    const written = core.summary.stringify();
    expect(written).not.toContain('<img');
    expect(written).not.toContain('</td></tr> ');
    expect(written.split('&lt;img src=&quot;x&quot;').length - 1).toBe(10);
    expect(written).toContain('href="https://example.invalid/?a=&quot;b&quot;"');
    expect(written).toContain('<th>&lt;img');
    expect(written).toContain('<pre lang="diff"><code>&lt;img');
  });
});
