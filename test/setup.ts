import nock from 'nock';
import { afterEach, beforeAll } from 'vitest';
import { backoffTiming } from '../src/core/retry.js';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
  backoffTiming.initialDelayMs = 2;
  backoffTiming.maxDelayMs = 10;
});

afterEach(() => {
  nock.cleanAll();
});
