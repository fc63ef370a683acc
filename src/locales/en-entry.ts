/**
 * English, as its own entry point beside the other locales (`coaching-scope/locales/en`).
 * The same object that the core exports as `en`.
 *
 * @module
 */
export { en } from "./en.js";
