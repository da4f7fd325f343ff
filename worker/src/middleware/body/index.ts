// Request bodies: at most 16 KiB (413; a logo upload 128 KiB), read as text and parsed as JSON whatever the Content-Type.
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors';

export const MAX_BODY = 16 * 1024;

/** `max`: a larger limit for the one route that takes an image (a site's logo). */
export const limitBody = (max = MAX_BODY) =>
  bodyLimit({
    maxSize: max,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `The request body is larger than ${max / 1024} KiB`);
    },
  });
