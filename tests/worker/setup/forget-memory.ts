// Runs before every worker test file: each test's storage is rolled back after it, so what the worker
// remembers of that storage (db/memory.ts, shared with SELF in this isolate) is forgotten with it.
import { afterEach } from 'vitest';
import { forgetAll } from '../../../worker/src/db/memory';

afterEach(() => forgetAll());
