/**
 * Input text quoted in a message: bounded, and unable to act on a terminal or a log.
 *
 * @internal
 * @module
 */

/** One character quoted text must not carry (see {@link unsafe}). */
const UNSAFE = /* @__PURE__ */ unsafe("");

/**
 * @internal A regular expression for one character text quoted from the input must not carry:
 * controls (C0, C1), format characters (bidi, zero-width, tags, soft hyphen, …), surrogates (a
 * lone half of a pair) and the line and paragraph separators. `keep` lists characters to let
 * through (the command line keeps its own newlines); `flags` adds flags to `u`.
 */
export function unsafe(keep: string, flags = ""): RegExp {
  return new RegExp(`(?![${keep}])[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}]`, `u${flags}`);
}

/**
 * @internal A text from the input, for a message: cut to `max` characters (then `…`), in double
 * quotes, with quotes, backslashes and every control, bidi and separator character escaped
 * (`\u202e`), so a message never carries a terminal escape, a forged line or reversed text.
 */
export function quoteText(text: string, max = 100): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  let out = "";
  for (const c of cut) {
    const code = c.codePointAt(0)!;
    if (c === '"' || c === "\\") out += `\\${c}`;
    else if (UNSAFE.test(c)) out += code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
    else out += c;
  }
  return `"${out}"`;
}
