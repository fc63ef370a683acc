/**
 * Input text quoted in a message: bounded, and unable to act on a terminal or a log.
 *
 * @internal
 * @module
 */

/** Control (C0 and C1), format (bidi, zero-width) and line-separator characters. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/;

/**
 * @internal A text from the input, for a message: cut to `max` characters (then `…`), in double
 * quotes, with quotes, backslashes and every control, bidi and separator character escaped
 * (`\u202e`), so a message never carries a terminal escape, a forged line or reversed text.
 */
export function quoteText(text: string, max = 100): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  let out = "";
  for (const c of cut) {
    // A lone surrogate (a pair cut in two) is escaped as well.
    const code = c.codePointAt(0)!;
    if (c === '"' || c === "\\") out += `\\${c}`;
    else if ((code >= 0xd800 && code <= 0xdfff) || UNSAFE.test(c)) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += c;
  }
  return `"${out}"`;
}
