/**
 * The copyable inline form of an element with its data, as a CMS editor
 * pastes it:
 *   <account-summary>
 *     <script type="application/json">{ … }</script>
 *   </account-summary>
 * `<` in the JSON is written \u003c (still the same JSON), so no text in the
 * data can close the script early (docs/limits.md, "Writing inline JSON safely").
 */
export function inlineJson(data: unknown): string {
  const json = typeof data === 'string' ? data : JSON.stringify(data, null, 2);
  return json.replace(/</g, '\\u003c');
}

/** `<tag attributes>` + the script + `</tag>`. */
export function embedCode(tagName: string, data: unknown, attributes = ''): string {
  return `<${tagName}${attributes ? ` ${attributes}` : ''}>\n  <script type="application/json">\n${inlineJson(data)}\n  </script>\n</${tagName}>`;
}

/** "Show code" of a story: the rendered element's HTML with its `disclosure` arg written inline (else unchanged). */
export function inlineSource(code: string, context: { args: Record<string, unknown> }): string {
  const data = context.args.disclosure;
  if (data === undefined || data === null || data === '') return code;
  const close = code.lastIndexOf('</');
  if (close < 0) return code;
  return `${code.slice(0, close).replace(/\s+$/, '')}\n  <script type="application/json">\n${inlineJson(data)}\n  </script>\n${code.slice(close)}`;
}
