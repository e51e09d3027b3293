import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ClerkValidationError } from '../../src/index.js';
import { buildPath, encodePathSegment } from '../../src/core/path.js';
import { validateInput } from '../../src/core/validation.js';
import { backoffCeiling, backoffTiming, equalJitter, parseRetryAfter, retryVerdict } from '../../src/core/retry.js';

describe('path building', () => {
  it('percent-encodes every id so it cannot change the route', () => {
    expect(buildPath('/users/{user_id}/ban', { user_id: 'user_123' })).toBe('users/user_123/ban');
    expect(buildPath('/users/{user_id}', { user_id: 'a/b' })).toBe('users/a%2Fb');
    expect(buildPath('/users/{user_id}', { user_id: '%2F' })).toBe('users/%252F');
    expect(buildPath('/users/{user_id}', { user_id: '../admin?x=1#f' })).toBe('users/..%2Fadmin%3Fx%3D1%23f');
    expect(buildPath('/templates/{template_type}/{slug}', { template_type: 'email', slug: 'a b' })).toBe('templates/email/a%20b');
  });

  it.each([
    ['', /must not be empty/],
    ['   ', /must not be empty/],
    ['.', /must not be "\."/],
    ['..', /must not be "\.\."/],
    [undefined, /expected a non-empty string id, received undefined/],
    [null, /received null/],
    [42, /received number/],
    [{}, /received object/],
    [['a'], /received an array/],
  ])('refuses %j', (id, message) => {
    expect(() => encodePathSegment('userId', id)).toThrow(ClerkValidationError);
    expect(() => encodePathSegment('userId', id)).toThrow(message);
    expect(() => encodePathSegment('userId', id)).toThrow(/^userId: /);
  });
});

describe('validateInput', () => {
  const schema = z.strictObject({ emailAddress: z.array(z.string()), firstName: z.string().optional() });

  it('returns the parsed value', () => {
    expect(validateInput(schema, { emailAddress: ['a@b.c'] }, 'users.create params')).toEqual({ emailAddress: ['a@b.c'] });
  });

  it('names the field path of each problem', () => {
    try {
      validateInput(schema, { emailAddress: ['ok', 7], firstName: 3, extra: 1 }, 'users.create params');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ClerkValidationError);
      const { message, issues } = error as ClerkValidationError;
      expect(message).toMatch(/^Invalid users\.create params: /);
      expect(message).toContain('emailAddress[1]: ');
      expect(message).toContain('firstName: ');
      expect(message).toMatch(/extra/);
      expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['emailAddress[1]', 'firstName']));
    }
  });

  it('reports a missing required field', () => {
    expect(() => validateInput(schema, {}, 'params')).toThrow(/emailAddress: required \(array\)/);
  });
});

describe('retry policy', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('backs off exponentially with equal jitter, capped', () => {
    const saved = { ...backoffTiming };
    Object.assign(backoffTiming, { initialDelayMs: 500, maxDelayMs: 8000 });
    try {
      expect([1, 2, 3, 4, 5, 6, 10].map(backoffCeiling)).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
      expect(equalJitter(500, () => 0)).toBe(250);
      expect(equalJitter(500, () => 1)).toBe(500);
      expect(equalJitter(8000, () => 0)).toBe(4000);
      expect(equalJitter(8000, () => 1)).toBe(8000);
    } finally {
      Object.assign(backoffTiming, saved);
    }
  });

  it('decides by method and failure', () => {
    const status = (code: number, retryAfterSeconds?: number) => ({ kind: 'status' as const, status: code, retryAfterSeconds });
    expect(retryVerdict('POST', status(429, 2))).toBe('retry-after');
    expect(retryVerdict('POST', status(429))).toBe('backoff');
    expect(retryVerdict('POST', status(429, 61))).toBe('stop');
    expect(retryVerdict('GET', status(429, 60))).toBe('retry-after');
    expect(retryVerdict('GET', status(503, 61))).toBe('backoff');
    expect(retryVerdict('GET', status(503, 5))).toBe('retry-after');
    expect(retryVerdict('POST', status(503))).toBe('stop');
    expect(retryVerdict('PATCH', status(408))).toBe('stop');
    expect(retryVerdict('PATCH', { kind: 'network' })).toBe('stop');
    expect(retryVerdict('POST', { kind: 'timeout' })).toBe('stop');
    expect(retryVerdict('PUT', { kind: 'timeout' })).toBe('backoff');
    expect(retryVerdict('DELETE', { kind: 'network' })).toBe('backoff');
    expect(retryVerdict('GET', status(404))).toBe('stop');
    expect(retryVerdict('DELETE', status(408))).toBe('backoff');
  });
});
