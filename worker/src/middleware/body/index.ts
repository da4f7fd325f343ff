// Request bodies: at most 16 KiB (413), read as text and parsed as JSON whatever the Content-Type.
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors';

export const MAX_BODY = 16 * 1024;

export const limitBody = () =>
  bodyLimit({
    maxSize: MAX_BODY,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `The request body is larger than ${MAX_BODY / 1024} KiB`);
    },
  });
