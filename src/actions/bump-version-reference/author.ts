/** `Name <email>` → parts; the error names the input. */
export function parseAuthor(text: string): { name: string; email: string } {
  const m = /^\s*(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (!m) throw new Error(`input author: must be "Name <email>" (got ${JSON.stringify(text)})`);
  return { name: m[1]!, email: m[2]! };
}
