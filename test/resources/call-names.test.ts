/**
 * Errors name the call the user wrote (`clerk.organizations(…).memberships.create`), not the spec's
 * group (`organizationMemberships.create`): for every operation, its call of test/calls is made with
 * a param its operation does not take, and the validation error must name that call as written.
 */
import ts from 'typescript';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClerkValidationError } from '../../src/index.js';
import { ClientContext, type CallInput } from '../../src/core/operation.js';
import type { OperationId } from '../../src/generated/operations.js';
import { loadCalls, readCallSources } from '../calls/index.js';
import { newClerk, rejectionOf } from '../helpers.js';

const { calls } = await loadCalls();
const sources = readCallSources();

/**
 * The fluent call a call table entry makes, as an error names it: the path to the method with ids
 * elided, and the method: `(clerk) => clerk.users('user_123').ban()` is `clerk.users(…).ban`.
 */
function fluentName(source: string): string {
  const file = ts.createSourceFile('call.ts', source, ts.ScriptTarget.Latest, true);
  const arrow = (file.statements[0] as ts.ExpressionStatement).expression as ts.ArrowFunction;
  const call = arrow.body as ts.CallExpression;
  const name = (node: ts.Expression): string => {
    if (ts.isIdentifier(node)) return node.text;
    if (ts.isPropertyAccessExpression(node)) return `${name(node.expression)}.${node.name.text}`;
    if (ts.isCallExpression(node)) return `${name(node.expression)}(…)`;
    throw new Error(`unexpected ${ts.SyntaxKind[node.kind]} in ${source}`);
  };
  return name(call.expression);
}

/** The params with a key no operation knows added; params where the operation takes none. */
function withUnknownParam(params: unknown): unknown {
  if (Array.isArray(params)) return params.map((item, index) => (index === 0 ? { ...item, unknownParam: 1 } : item));
  return { ...(params as object | undefined), unknownParam: 1 };
}

describe('errors name the fluent call', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('as written in a few known cases', () => {
    expect(fluentName(sources.get('createM2MToken')!)).toBe('clerk.m2mTokens.create');
    expect(fluentName(sources.get('CreateOrganizationMembership')!)).toBe('clerk.organizations(…).memberships.create');
    expect(fluentName(sources.get('GetTemplateList')!)).toBe('clerk.templates.email.list');
  });

  it.each([...calls.keys()].sort())('%s', async (id: OperationId) => {
    const prepare = ClientContext.prototype.prepare;
    vi.spyOn(ClientContext.prototype, 'prepare').mockImplementation(function (this: ClientContext, op, input: CallInput) {
      return prepare.call(this, op, { ...input, params: withUnknownParam(input.params) });
    });
    const error = await rejectionOf(Promise.resolve(calls.get(id)!(newClerk())));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toContain(`${fluentName(sources.get(id)!)} `);
  });

  it('the call the user wrote, when it is made with a bad param', async () => {
    const clerk = newClerk();
    const bogus = { bogus: 1 } as never;
    await expect(clerk.m2mTokens.create(bogus)).rejects.toThrow(/^Invalid clerk\.m2mTokens\.create params: bogus: unknown key/);
    await expect(clerk.organizations('org_1').memberships.create(bogus)).rejects.toThrow(/^Invalid clerk\.organizations\(…\)\.memberships\.create params/);
    await expect(clerk.templates.email.list(bogus)).rejects.toThrow(/^Invalid clerk\.templates\.email\.list params/);
    await expect(clerk.templates('sms').list(bogus)).rejects.toThrow(/^Invalid clerk\.templates\.sms\.list params/);
  });
});
