import { describe, expect, it } from 'vitest';
import { operationTable as operations } from '../src/generated/decoders/all.js';
import { wireModel, type WireSchema, type WireSchemaObject } from '../src/generated/wire-model.js';
import { SPEC_VERSION } from '../src/index.js';

const object = (schema: WireSchema | undefined): WireSchemaObject => {
  expect(typeof schema).toBe('object');
  return schema as WireSchemaObject;
};

describe('the wire model (src/generated/wire-model.ts)', () => {
  it('describes every operation of the table, in wire form', () => {
    expect(wireModel.version).toBe(SPEC_VERSION);
    expect(Object.keys(wireModel.operations).sort()).toEqual(Object.keys(operations).sort());
    for (const [id, op] of Object.entries(wireModel.operations)) {
      const info = operations[id as keyof typeof operations];
      expect([op.method, op.path], id).toEqual([info.method, info.path]);
    }
  });

  it('GET /users: array query parameters, the facts of its ordering, a bare-array page, errors by status', () => {
    const list = wireModel.operations.GetUserList!;
    const email = list.params!.find((param) => param.name === 'email_address')!;
    expect(email).toEqual({ name: 'email_address', in: 'query', schema: { type: 'array', items: { type: 'string' } } });
    const orderBy = object(list.params!.find((param) => param.name === 'order_by')!.schema);
    expect(orderBy.ordering).toContain('last_sign_in_at');
    expect(orderBy.enum).toEqual(expect.arrayContaining(['created_at', '+created_at', '-created_at']));
    expect(object(list.params!.find((param) => param.name === 'limit')!.schema)).toMatchObject({ type: 'integer', minimum: 1, maximum: 500 });
    expect(list.list).toMatchObject({ shape: 'array', limit: true, offset: true, cursor: 'starting_after', orderBy: true });
    expect(list.responses['200']).toEqual({ type: 'array', items: 'User' });
    expect(list.responses['422']).toBe('ClerkErrors');
  });

  it('User: its fields, required keys and metadata that takes keys of its own', () => {
    const user = object(wireModel.schemas.User);
    expect(user.properties!.banned).toEqual({ type: 'boolean' });
    expect(user.properties!.object).toMatchObject({ type: 'string', enum: ['user'] });
    expect(user.properties!.email_addresses).toEqual({ type: 'array', items: 'EmailAddress' });
    expect(user.properties!.public_metadata).toEqual({ type: 'object', additionalProperties: true });
    expect(user.required).toEqual(expect.arrayContaining(['id', 'banned', 'email_addresses']));
  });

  it('bodies, path parameters, unions with their discriminators, and the spec\'s examples', () => {
    const create = wireModel.operations.CreateUser!;
    expect(create.body).toMatchObject({ encoding: 'json', required: true });
    expect(object(create.body!.schema).properties!.email_address).toEqual({ type: 'array', items: { type: 'string' } });
    const image = wireModel.operations.SetUserProfileImage!;
    expect(image.body!.encoding).toBe('multipart');
    expect(image.params).toEqual([{ name: 'user_id', in: 'path', required: true, schema: { type: 'string' } }]);
    const verification = object(object(wireModel.schemas.EmailAddress).properties!.verification);
    expect(verification.discriminator?.propertyName).toBe('object');
    expect(verification.oneOf!.every((variant) => typeof variant === 'string' && variant in wireModel.schemas)).toBe(true);
    const examples = JSON.stringify(wireModel.schemas).match(/"example":/g) ?? [];
    expect(examples.length).toBeGreaterThan(10);
  });

  it('is data alone: JSON round-trips it, and every schema name it refers to is in it', () => {
    expect(JSON.parse(JSON.stringify(wireModel))).toEqual(wireModel);
    const names = new Set<string>();
    const visit = (schema: WireSchema | undefined) => {
      if (schema === undefined) return;
      if (typeof schema === 'string') return void names.add(schema);
      [schema.items, ...Object.values(schema.properties ?? {}), ...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].forEach(visit);
      if (typeof schema.additionalProperties === 'object' || typeof schema.additionalProperties === 'string') visit(schema.additionalProperties);
      Object.values(schema.discriminator?.mapping ?? {}).forEach((name) => names.add(name));
    };
    Object.values(wireModel.schemas).forEach(visit);
    for (const op of Object.values(wireModel.operations)) {
      op.params?.forEach((param) => visit(param.schema));
      visit(op.body?.schema);
      for (const answer of Object.values(op.responses)) {
        if (answer !== null) visit(typeof answer === 'object' && 'contentType' in answer ? (answer.schema as WireSchema | undefined) : (answer as WireSchema));
      }
    }
    expect([...names].filter((name) => !(name in wireModel.schemas))).toEqual([]);
  });

});
