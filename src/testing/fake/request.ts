/**
 * Reads a request the way Clerk's API does: the query by its parameters' types, path parameters
 * against their patterns, the body as JSON or multipart form. Anything the operation does not take
 * is refused with Clerk's error for it, before a handler runs.
 */
import { errors, FakeApiError } from './errors.js';
import { check, issueError, type Issue } from './validate.js';
import { isObjectSchema, objectView, resolve, type Json, type WireOperation, type WireSchema } from './wire.js';

/** A request as the handlers see it: every value in wire form, typed as its schema says. */
export interface ParsedRequest {
  readonly query: Record<string, unknown>;
  readonly body: unknown;
}

/** Reads and checks `request` for `operation`; throws {@link FakeApiError} when Clerk would refuse it. */
/** Where the body goes as soon as it is read, for `fake.requests`, even when the request is then refused. */
export interface BodySink {
  body: unknown;
}

export async function parseRequest(request: Request, url: URL, operation: WireOperation, pathParams: Record<string, string>, sink: BodySink): Promise<ParsedRequest> {
  checkPathParams(operation, pathParams);
  const issues: Issue[] = [];
  const query = parseQuery(operation, url.searchParams, issues);
  const body = await readBody(request, operation, issues, sink);
  if (issues.length > 0) throw new FakeApiError(validationStatus(operation), issues.map(issueError));
  return { query, body };
}

/** The status a refused parameter gets: 422 where the operation declares it, else 400. */
export function validationStatus(operation: WireOperation): number {
  if ('422' in operation.responses) return 422;
  if ('400' in operation.responses) return 400;
  return 422;
}

function checkPathParams(operation: WireOperation, pathParams: Record<string, string>): void {
  for (const param of operation.params ?? []) {
    if (param.in !== 'path') continue;
    const value = pathParams[param.name];
    if (value === undefined) continue;
    const issues = check(value, param.schema, param.name);
    if (issues.length === 0) continue;
    if ('400' in operation.responses) {
      throw new FakeApiError(400, [{ code: 'bad_request', message: 'Bad Request', long_message: `Invalid '${param.name}': ${describe(issues[0]!)}` }]);
    }
    throw errors.notFound('resource', value);
  }
}

function describe(issue: Issue): string {
  return issue.kind === 'format' || issue.kind === 'value' ? issue.detail : issue.kind;
}

function parseQuery(operation: WireOperation, search: URLSearchParams, issues: Issue[]): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const param of operation.params ?? []) {
    if (param.in !== 'query') continue;
    const values = [...search.getAll(param.name), ...search.getAll(`${param.name}[]`)];
    if (values.length === 0) {
      if (param.required) issues.push({ path: param.name, kind: 'missing' });
      continue;
    }
    const schema = resolve(param.schema);
    const value = schema.type === 'array' && schema.items ? values.map((item) => fromText(item, schema.items!)) : fromText(values[values.length - 1]!, param.schema);
    const found = check(value, param.schema, param.name);
    if (found.length > 0) issues.push(...found);
    else query[param.name] = value;
  }
  return query;
}

/** A query or form value, typed as the schema wants when the text allows it (else left as text, for the check to refuse). */
function fromText(text: string, schema: WireSchema): unknown {
  const s = resolve(schema);
  const type = s.type ?? resolve(s.oneOf?.[0] ?? s.anyOf?.[0] ?? schema).type;
  if (type === 'integer' && /^-?\d+$/.test(text)) return Number(text);
  if (type === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  if (s.nullable && text === 'null') return null;
  return text;
}

async function readBody(request: Request, operation: WireOperation, issues: Issue[], sink: BodySink): Promise<unknown> {
  const spec = operation.body;
  const contentType = (request.headers.get('content-type') ?? '').toLowerCase();
  if (!spec) {
    // Operations without a body ignore one, as Clerk's do (the client sends none).
    return undefined;
  }
  let body: unknown;
  if (spec.encoding === 'multipart') {
    if (!contentType.startsWith('multipart/form-data')) {
      if (!spec.required && !(await hasBody(request))) return undefined;
      throw errors.unsupportedContentType(contentType, 'multipart/form-data');
    }
    body = await readForm(request, spec.schema);
    sink.body = body;
  } else {
    const text = await request.text();
    if (text.trim() === '') {
      body = undefined;
    } else {
      try {
        body = JSON.parse(text) as Json;
      } catch {
        sink.body = text;
        throw errors.bodyInvalid('it is not valid JSON');
      }
      sink.body = body;
    }
  }
  if (body === undefined) {
    // An absent body is an empty form: the required fields are reported missing, one by one.
    if (!isObjectSchema(spec.schema)) {
      if (spec.required) issues.push({ path: '', kind: 'missing' });
      return undefined;
    }
    body = {};
  }
  issues.push(...check(body, spec.schema));
  return body;
}

async function hasBody(request: Request): Promise<boolean> {
  return (await request.clone().text()).length > 0;
}

async function readForm(request: Request, schema: WireSchema): Promise<Record<string, unknown>> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw errors.bodyInvalid('the multipart form could not be read');
  }
  const view = objectView(schema);
  const fields: Record<string, unknown> = {};
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name);
    const property = view.properties.get(name);
    const typed = values.map((value) => (typeof value === 'string' && property ? fromText(value, itemSchema(property)) : value));
    fields[name] = property && resolve(property).type === 'array' ? typed : typed[typed.length - 1];
  }
  return fields;
}

function itemSchema(schema: WireSchema): WireSchema {
  const s = resolve(schema);
  return s.type === 'array' && s.items ? s.items : schema;
}
