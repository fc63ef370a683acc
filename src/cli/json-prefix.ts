/**
 * Whether a text read so far can be the start of one JSON document, character by character,
 * without keeping the text: how the command line tells a JSON document written over several
 * lines from NDJSON whose first line is broken.
 *
 * @internal
 * @module
 */

type Expect = "value" | "value-or-close" | "key" | "key-or-close" | "colon" | "comma-or-close" | "done";

const WHITESPACE = " \t\n\r";
const LITERALS: Readonly<Record<string, string>> = { t: "rue", f: "alse", n: "ull" };

/** @internal Feeds text in pieces; `possible` turns false for good at the first character no JSON document could have there. */
export class JsonPrefix {
  possible = true;
  private expect: Expect = "value";
  private readonly stack: string[] = [];
  private inString = false;
  private isKey = false;
  /** 0: none; 1: after a backslash; 2–5: reading the hex digits of `\u`. */
  private escape = 0;
  private literal = "";
  private inNumber = false;

  /** Reads more text; returns whether it can still be (the start of) one JSON document. */
  feed(text: string): boolean {
    for (let i = 0; i < text.length && this.possible; i++) this.possible = this.char(text[i]!);
    return this.possible;
  }

  /** Whether what was read is one whole JSON document (as far as its structure goes). */
  get complete(): boolean {
    return this.possible && !this.inString && this.literal === "" && this.stack.length === 0 && (this.expect === "done" || this.inNumber);
  }

  private char(c: string): boolean {
    if (this.inString) return this.stringChar(c);
    if (this.literal !== "") {
      if (c !== this.literal[0]) return false;
      this.literal = this.literal.slice(1);
      if (this.literal === "") this.afterValue();
      return true;
    }
    if (this.inNumber) {
      if (/[0-9+\-.eE]/.test(c)) return true;
      this.inNumber = false;
      this.afterValue();
    }
    if (WHITESPACE.includes(c)) return true;
    return this.structural(c);
  }

  private stringChar(c: string): boolean {
    if (this.escape === 1) {
      if (c === "u") this.escape = 2;
      else if ('"\\/bfnrt'.includes(c)) this.escape = 0;
      else return false;
      return true;
    }
    if (this.escape >= 2) {
      if (!/[0-9a-fA-F]/.test(c)) return false;
      this.escape = this.escape === 5 ? 0 : this.escape + 1;
      return true;
    }
    if (c === "\\") this.escape = 1;
    else if (c === '"') {
      this.inString = false;
      if (this.isKey) this.expect = "colon";
      else this.afterValue();
    } else if (c < " ") return false;
    return true;
  }

  private structural(c: string): boolean {
    switch (this.expect) {
      case "value":
      case "value-or-close":
        if (c === "]" && this.expect === "value-or-close") return this.close("[");
        return this.value(c);
      case "key-or-close":
        if (c === "}") return this.close("{");
        return this.key(c);
      case "key":
        return this.key(c);
      case "colon":
        if (c !== ":") return false;
        this.expect = "value";
        return true;
      case "comma-or-close":
        if (c === ",") {
          this.expect = this.stack.at(-1) === "{" ? "key" : "value";
          return true;
        }
        return (c === "}" && this.close("{")) || (c === "]" && this.close("["));
      default:
        return false;
    }
  }

  private value(c: string): boolean {
    if (c === "{" || c === "[") {
      this.stack.push(c);
      this.expect = c === "{" ? "key-or-close" : "value-or-close";
    } else if (c === '"') {
      this.inString = true;
      this.isKey = false;
    } else if (Object.hasOwn(LITERALS, c)) this.literal = LITERALS[c]!;
    else if (c === "-" || (c >= "0" && c <= "9")) this.inNumber = true;
    else return false;
    return true;
  }

  private key(c: string): boolean {
    if (c !== '"') return false;
    this.inString = true;
    this.isKey = true;
    return true;
  }

  private close(open: string): boolean {
    if (this.stack.at(-1) !== open) return false;
    this.stack.pop();
    this.afterValue();
    return true;
  }

  private afterValue(): void {
    this.expect = this.stack.length === 0 ? "done" : "comma-or-close";
  }
}
