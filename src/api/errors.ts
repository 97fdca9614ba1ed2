/** Errors the API answers with: a status code and a JSON body {error, message}. */
import type { ApiError } from './types.js';

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 413 | 415 | 500 | 503;

const CODES: Record<ErrorStatus, string> = {
  400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed',
  413: 'payload_too_large', 415: 'unsupported_media_type', 500: 'internal', 503: 'unavailable',
};

export class HttpError extends Error {
  constructor(readonly status: ErrorStatus, message: string, readonly code: string = CODES[status]) {
    super(message);
  }

  body(): ApiError {
    return { error: this.code, message: this.message };
  }
}

export const badRequest = (message: string) => new HttpError(400, message);
export const notFound = (message: string) => new HttpError(404, message);
