// Validate once, at the edge, with the shared schema: bad input is a 400 with field issues.
// Not @hono/valibot-validator: its 'json' target reads only application/json bodies (any other is
// validated as {}), sendBeacon posts text/plain, and bodies are read as text under a size limit
// first (middleware/body); its errors would need this shape (SPEC.md) anyway.
import * as v from 'valibot';
import { fieldIssues } from '../../shared/schemas';
import { ApiError } from './middleware/errors';

export function validate<S extends v.GenericSchema>(schema: S, input: unknown, what = 'request'): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  throw new ApiError(400, 'invalid_request', `The ${what} is not valid`, fieldIssues(result.issues));
}

/** Parses a JSON body read as text, whatever its Content-Type (sendBeacon sends text/plain). */
export function parseJsonText(text: string): unknown {
  if (text.trim() === '') throw new ApiError(400, 'empty_body', 'The request body is empty; send a JSON object');
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON');
  }
}
