// Compiled by the typecheck step; docs/json-schema.md shows the code below (a test keeps them equal).
export {};
declare const body: string;

import * as z from "zod/mini";
import { ScreeningInput, parseScreeningInput, safeParseScreeningInput } from "coaching-scope/schema";

const Intake = z.object({ clientId: z.string(), screening: ScreeningInput });

const input = parseScreeningInput(JSON.parse(body)); // throws ScopeInputError
const checked = safeParseScreeningInput(JSON.parse(body));
if (!checked.success) console.log(checked.error.issues); // [{ path, code, message }]
