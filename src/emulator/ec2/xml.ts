/**
 * The EC2 Query protocol's response side: XML in the 2016-11-15 namespace, lists as
 * `<fooSet><item>…</item></fooSet>`, as the SDK's ec2Query deserializer reads them.
 */
export type XmlValue = string | number | boolean | undefined | XmlValue[] | XmlObject;
export interface XmlObject {
  [element: string]: XmlValue;
}

export const EC2_NAMESPACE = 'http://ec2.amazonaws.com/doc/2016-11-15/';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function inner(value: XmlValue): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => element('item', v)).join('');
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => element(k, v))
      .join('');
  }
  return escapeXml(String(value));
}

export function element(name: string, value: XmlValue): string {
  if (value === undefined) return '';
  return `<${name}>${inner(value)}</${name}>`;
}

export function responseXml(action: string, requestId: string, body: XmlObject): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<${action}Response xmlns="${EC2_NAMESPACE}"><requestId>${requestId}</requestId>` +
    `${inner(body)}</${action}Response>`
  );
}

export function errorXml(code: string, message: string, requestId: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Response><Errors><Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error></Errors>` +
    `<RequestID>${requestId}</RequestID></Response>`
  );
}

/** `{Key: v}` → the `tagSet` list. */
export function tagSet(tags: Record<string, string>): XmlValue {
  const items = Object.entries(tags).map(([key, value]) => ({ key, value }));
  return items.length > 0 ? items : undefined;
}
