import { unusableAnswer } from '../core/errors.js';
import type { CallInput, ClientContext } from '../core/operation.js';
import type { RequestOptions } from '../core/options.js';
import type { RecordFactories } from '../core/decoding.js';
import type { OperationId, OperationRef, OperationTypes } from '../generated/operations.js';
import { listOperation } from '../pagination/list.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { RoomyObject } from './roomy.js';

/**
 * The building blocks of every resource file: collections (callable with an id), handles (an id
 * and the methods bound to it, no request until a method is called), records (a handle that also
 * carries the object's data) and groups (methods reached by name, with no id: `clerk.billing`).
 *
 * The client context and the path parameters are kept in private fields (read through symbol-keyed
 * getters), so records serialise, spread and print as their data alone and never carry client
 * internals; unlike hidden properties defined one by one, private fields cost a record no more
 * than two plain stores.
 */

const CONTEXT = Symbol('clerk-fluent.context');
const PATH = Symbol('clerk-fluent.path');
const SET_PATH = Symbol('clerk-fluent.setPath');
const SET_LOCATION = Symbol('clerk-fluent.setLocation');

/** Path parameter values, by the spec's wire names (`user_id`). */
export type PathValues = Readonly<{ [param: string]: unknown }>;

/** An operation as resources name it (`operations.GetUser`): its `id` names its types in {@link OperationTypes}. */
export type TypedOperation = OperationRef & { readonly id: OperationId };
/**
 * The params operation `Id` takes, camelCase (`undefined` when it takes none): a method's params
 * are declared as its operation's, `OperationParams<'CreateUser'>` being `ClerkTypes.CreateUserBody`.
 */
export type OperationParams<Id extends OperationId> = OperationTypes[Id]['params'];
/** The params an operation takes (camelCase; `undefined` when none). */
export type ParamsOf<Op extends TypedOperation> = OperationParams<Op['id']>;
/** What an operation answers with, decoded. */
export type ResultOf<Op extends TypedOperation> = OperationTypes[Op['id']]['result'];
/** The items of a list operation (or of an operation answering with an array). */
export type ItemOf<Op extends TypedOperation> = OperationTypes[Op['id']] extends { item: infer Item } ? Item : ResultOf<Op> extends ReadonlyArray<infer Item> ? Item : never;
/**
 * A record that can be made of `Data`: every field the two share has a type the record accepts
 * (`object`, a literal, tells kinds apart). Fields an answer adds (a secret shown once) may be
 * optional in the record.
 */
export type RecordOf<Data> = Handle & Partial<Data>;
/** The name of a method of `T`: what a helper is told it is called from, to name the call in errors. */
export type MethodName<T> = keyof T & string;

function hide(target: object, key: symbol, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: false, writable: true, configurable: true });
}

/** What collections, handles, records and groups share: a context and a location. */
export abstract class Resource extends RoomyObject {
  /**
   * How a user reaches this class's methods in code: `clerk.organizations(…).memberships`. An
   * error names the call by it and the method's name (`clerk.organizations(…).memberships.create`);
   * a `{wire_name}` in it is filled from the path (`clerk.templates.{template_type}`). Every class
   * that declares methods sets it; records inherit their handle's.
   */
  static readonly fluentPath: string = 'clerk';

  readonly #context: ClientContext;
  #path: PathValues | undefined;
  /** For a record whose class locates it by its id alone: the id as fetched, and where it was fetched (see {@link SET_LOCATION}). */
  #id: unknown;
  #from: Location | undefined;

  /** `path` is left out only by the decoders' record factories: `asRecord()` then locates the record. */
  constructor(context: ClientContext, path?: PathValues) {
    super();
    this.#context = context;
    this.#path = path;
  }

  protected get [CONTEXT](): ClientContext {
    return this.#context;
  }

  /**
   * The path parameters: fixed when the record is made, from the data as fetched, so that fields
   * changed locally never redirect its methods. (A record a decoder made where no nested table
   * reaches it is located from its own data on first use.)
   */
  protected get [PATH](): PathValues {
    if (this.#path === undefined) {
      const locate = (this.constructor as Partial<RecordClass<Handle>>).locate;
      if (this.#from !== undefined) {
        this.#path = locate!({ id: this.#id }, pathOf(this.#from));
        this.#from = undefined;
      } else {
        this.#path = locate ? locate(this as unknown as { [key: string]: unknown }, {}) : {};
      }
    }
    return this.#path;
  }

  protected [SET_PATH](path: PathValues): void {
    this.#path = path;
    this.#from = undefined;
  }

  /**
   * Locates a record whose class needs only its id ({@link locateById}, {@link locateUnder}): the
   * id is kept as fetched, and the path is built when a method first needs it. A walk over a list
   * then builds no path object per record (nor per nested record, located under this one).
   */
  protected [SET_LOCATION](id: unknown, from: Location): void {
    this.#path = undefined;
    this.#id = id;
    this.#from = from;
  }

  /**
   * What {@link ClientContext.call} needs besides the operation: the path, the params and the
   * call's name. (Not a `#private` method: a callable collection is a function whose prototype is
   * the collection, and private members do not follow the prototype chain.)
   */
  protected $input(method: string, params: unknown, path: PathValues | undefined): CallInput {
    return { path: { ...this[PATH], ...path }, params, fluentPath: (this.constructor as typeof Resource).fluentPath, method };
  }

  /**
   * Sends `op` with this resource's path and `params`, returning the decoded data. Params and
   * result are the operation's types ({@link OperationTypes}): a method that declares others fails
   * the type check. `method` is the name of the method calling, for error messages.
   */
  protected $call<Op extends TypedOperation>(
    method: MethodName<this>,
    op: Op,
    params?: ParamsOf<Op>,
    options?: RequestOptions,
    path?: PathValues,
    records?: RecordFactories,
  ): Promise<ResultOf<Op>> {
    return this[CONTEXT].call(op, this.$input(method, params, path), options, records) as Promise<ResultOf<Op>>;
  }

  /**
   * Sends `op` and wraps the answer into a record of class `Type`, whose data must be what the
   * operation answers with; fields the answer has beyond the record's (a secret shown once) are
   * typed on the result too. Called on a record of that class and the answer is about the same
   * object, the record refreshes itself in place and is returned: `await user.ban()` leaves
   * `user.banned === true`.
   */
  protected async $record<Op extends TypedOperation, R extends RecordOf<ResultOf<Op>>>(
    method: MethodName<this>,
    Type: RecordClass<R>,
    op: Op,
    params?: ParamsOf<Op>,
    options?: RequestOptions,
    path?: PathValues,
  ): Promise<R & ResultOf<Op>> {
    const context = this[CONTEXT];
    const data = expectObject(await this.$call(method, op, params, options, path, recordFactories(context, Type)), `${op.id} response`);
    if (this instanceof Type && sameObject(Type, this[PATH], data)) return this.$refresh(data) as unknown as R & ResultOf<Op>;
    return asRecord(Type, context, data, { ...this[PATH], ...path }) as R & ResultOf<Op>;
  }

  /** A list request over `op`, wrapping every item (the operation's item type) into a record of class `Type`. */
  protected $list<Op extends TypedOperation, R extends RecordOf<ItemOf<Op>>>(
    method: MethodName<this>,
    Type: RecordClass<R>,
    op: Op,
    params?: ParamsOf<Op>,
    options?: ListOptions,
    path?: PathValues,
  ): ListRequest<R> {
    const context = this[CONTEXT];
    const input = this.$input(method, params, path);
    const location = input.path!;
    const items = `${op.id} items`;
    return listOperation(
      context,
      op,
      input,
      options,
      (data) => asRecord(Type, context, expectObject(data, items), location),
      recordFactories(context, Type),
    );
  }

  /** A nested handle or collection, at this resource's path plus `path`. */
  protected $nested<T>(Type: new (context: ClientContext, path: PathValues) => T, path?: PathValues): T {
    return new Type(this[CONTEXT], { ...this[PATH], ...path });
  }

  /** Sends `op` and wraps each item of the array it answers into a record of class `Type`. */
  protected async $records<Op extends TypedOperation, R extends RecordOf<ItemOf<Op>>>(
    method: MethodName<this>,
    Type: RecordClass<R>,
    op: Op,
    params?: ParamsOf<Op>,
    options?: RequestOptions,
  ): Promise<R[]> {
    const data: unknown = await this.$call(method, op, params, options, undefined, recordFactories(this[CONTEXT], Type));
    if (!Array.isArray(data)) throw unusableAnswer(`${op.id} response`, 'an array', data);
    return this.$wrapAll(Type, data);
  }

  /** Sends `op` and wraps each item of the `{ data: [...] }` envelope it answers into a record of class `Type`. */
  protected async $envelopeRecords<Op extends TypedOperation, R extends Handle>(
    method: MethodName<this>,
    Type: RecordClass<R>,
    op: Op,
    params?: ParamsOf<Op>,
    options?: RequestOptions,
  ): Promise<R[]> {
    const data: unknown = await this.$call(method, op, params, options, undefined, recordFactories(this[CONTEXT], Type));
    const envelope = expectObject(data, `${op.id} response`) as { data?: unknown };
    if (!Array.isArray(envelope.data)) throw unusableAnswer(`${op.id} response`, 'an array', envelope.data, 'data');
    return this.$wrapAll(Type, envelope.data);
  }

  /**
   * Wraps decoded items into records of class `Type` located under this resource. The callers have
   * checked that the answer holds an array, naming the operation when it does not.
   */
  private $wrapAll<R extends Handle>(Type: RecordClass<R>, items: unknown[]): R[] {
    return items.map((item) => asRecord(Type, this[CONTEXT], expectObject(item, `${Type.schema ?? Type.name} item`), this[PATH]));
  }

  /** A list request over `op` whose items are plain data (objects without methods of their own), of the operation's item type. */
  protected $listData<Op extends TypedOperation>(
    method: MethodName<this>,
    op: Op,
    params?: ParamsOf<Op>,
    options?: ListOptions,
    path?: PathValues,
  ): ListRequest<ItemOf<Op>> {
    return listOperation(this[CONTEXT], op, this.$input(method, params, path), options, (data) => expectObject(data, `${op.id} items`) as ItemOf<Op>);
  }

  /** The record's data as a plain camelCase object (nested records included, as plain objects). */
  toJSON(): { [key: string]: unknown } {
    return toPlain(this) as { [key: string]: unknown };
  }

  /**
   * Replaces this record's data with `data` (an answer about the same object) and returns it.
   * @internal
   */
  $refresh(data: unknown): this {
    const fresh = asRecord(this.constructor as RecordClass<Handle>, this[CONTEXT], data, this[PATH]);
    for (const key of Object.keys(this)) delete (this as unknown as { [key: string]: unknown })[key];
    Object.assign(this, fresh);
    return this;
  }
}

/**
 * A handle: an object's location and the methods bound to it. Making one sends nothing.
 *
 * A record is a handle that also carries the object's data as own, camelCase properties: record
 * classes extend their handle's class, so `user.ban()` and `clerk.users(id).ban()` are one method.
 * Methods that answer with the same object refresh the record in place.
 */
export abstract class Handle extends Resource {}

/**
 * A group: methods reached by a name, about no one object and with no id to call it with
 * (`clerk.billing`, `clerk.jwks`, `clerk.users(id).organizationMemberships`). Making one sends nothing.
 */
export abstract class Group extends Resource {}

/** A collection made callable: `clerk.users` is both `UsersCollection` and `(id) => UserHandle`. */
export type Callable<C, H> = C & ((id: string) => H);

/**
 * A collection: the methods that need no id (`list`, `create`, …) and, called with an id, a
 * handle. `clerk.users('user_123')` and `clerk.users.list()` are the same object.
 */
export abstract class Collection<H> extends Resource {
  /** The handle for one id. */
  protected abstract $handle(id: string): H;
}

/** Makes a collection callable: `collection(id)` returns `collection.$handle(id)`. */
export function callable<C extends Collection<H>, H>(collection: C): Callable<C, H> {
  const call = (id: string) => (collection as unknown as { $handle(id: string): H }).$handle(id);
  Object.setPrototypeOf(call, collection);
  // Methods called on the function see it as `this`, and private fields do not follow the
  // prototype chain: the function carries the collection's context and path itself.
  const internals = collection as unknown as { [CONTEXT]: ClientContext; [PATH]: PathValues };
  hide(call, CONTEXT, internals[CONTEXT]);
  hide(call, PATH, internals[PATH]);
  return call as Callable<C, H>;
}

/** A record class: how to build it, where its instances live, and which of its fields are records too. */
export interface RecordClass<R extends Handle> {
  new (context: ClientContext, path?: PathValues): R;
  /**
   * The spec schema the record's data follows (`User`): the generated decoders make records of
   * this class where that schema is decoded, so a page is copied once, straight into records.
   */
  readonly schema?: string;
  /** The path parameters of an instance, from its data and the location it was fetched from. */
  locate(data: Readonly<Record<string, unknown>>, from: PathValues): PathValues;
  /** Fields whose values are records (or arrays of them), with their class. */
  readonly nested?: Readonly<{ [field: string]: RecordClass<Handle> }>;
}

const factoryCache = new WeakMap<ClientContext, WeakMap<RecordClass<Handle>, RecordFactories>>();

/**
 * The factories the decoders use to allocate records of `Type` and of its nested classes directly
 * (instead of plain objects copied into records afterwards), by schema name. Made once per client
 * and class. Records made this way are located by {@link asRecord}.
 */
export function recordFactories(context: ClientContext, Type: RecordClass<Handle>): RecordFactories {
  let byType = factoryCache.get(context);
  if (byType === undefined) {
    byType = new WeakMap();
    factoryCache.set(context, byType);
  }
  let factories = byType.get(Type);
  if (factories === undefined) {
    const table: { [schema: string]: () => object } = {};
    const visit = (Class: RecordClass<Handle>) => {
      if (Class.schema === undefined || Object.hasOwn(table, Class.schema)) return;
      table[Class.schema] = () => new Class(context);
      for (const [, Sub] of nestedOf(Class)) visit(Sub);
    };
    visit(Type);
    factories = table;
    byType.set(Type, factories);
  }
  return factories;
}

/**
 * Turns decoded data fetched at `from` into a located record of class `Type`: a record the decoder
 * made is given its path (and so are the records in its nested fields, under it); anything else
 * (data the decoder could not make a record of) is copied into a new record by {@link copyIntoRecord}.
 */
export function asRecord<R extends Handle>(Type: RecordClass<R>, context: ClientContext, data: unknown, from: Location): R {
  if (!(data instanceof Type)) return copyIntoRecord(Type, context, data, from);
  const record = data as R & { [key: string]: unknown };
  if ((Type.locate as Partial<IdLocator>).byIdOnly === true) {
    (record as unknown as Locatable)[SET_LOCATION](record.id, from);
    nestedAsRecords(record, Type, context, record);
  } else {
    const path = Type.locate(record, pathOf(from));
    (record as unknown as Locatable)[SET_PATH](path);
    nestedAsRecords(record, Type, context, path);
  }
  return record;
}

/**
 * Where a record was fetched: a path, or the record it is nested in (whose path is then built
 * only if the nested record's is needed).
 */
type Location = PathValues | Resource;
type Locatable = { [SET_PATH](path: PathValues): void; [SET_LOCATION](id: unknown, from: Location): void };

function pathOf(from: Location): PathValues {
  return from instanceof Resource ? (from as unknown as { [PATH]: PathValues })[PATH] : from;
}

/**
 * The fields of `record` that hold records (its class's `nested` table), made located records under
 * `from` (the record's path, or the record itself when its path is built lazily), in place. Only
 * own fields count: a prototype member of the same name is not data.
 */
function nestedAsRecords(record: { [key: string]: unknown }, Type: RecordClass<Handle>, context: ClientContext, from: Location): void {
  const nested = nestedOf(Type);
  for (let index = 0; index < nested.length; index++) {
    const [key, Sub] = nested[index]!;
    if (!Object.hasOwn(record, key)) continue;
    const value = record[key];
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let item = 0; item < value.length; item++) {
        const entry: unknown = value[item];
        if (entry !== null && typeof entry === 'object') {
          const located = asRecord(Sub, context, entry, from);
          if (located !== entry) value[item] = located;
        }
      }
    } else {
      const located = asRecord(Sub, context, value, from);
      if (located !== value) record[key] = located;
    }
  }
}

/** Builds a record of class `Type` from decoded data fetched at `from`, copying its fields. */
export function copyIntoRecord<R extends Handle>(Type: RecordClass<R>, context: ClientContext, data: unknown, from: Location): R {
  const fields = (data ?? {}) as { [key: string]: unknown };
  const path = Type.locate(fields, pathOf(from));
  const record = new Type(context, path);
  // Every field in one Object.assign (cheaper than a loop of keyed stores), then the fields that
  // hold records made records.
  Object.assign(record, fields);
  nestedAsRecords(record as unknown as { [key: string]: unknown }, Type, context, path);
  return record;
}

/** A record class's nested fields, as `[field, class]` pairs. */
type NestedFields = ReadonlyArray<readonly [string, RecordClass<Handle>]>;
const nestedCache = new WeakMap<object, NestedFields>();

/** A record class's `nested` table, read once per class (it is often a getter building a new object). */
function nestedOf(Type: RecordClass<Handle>): NestedFields {
  let nested = nestedCache.get(Type);
  if (nested === undefined) {
    nested = Object.entries(Type.nested ?? {});
    nestedCache.set(Type, nested);
  }
  return nested;
}

/**
 * An answer that is not an object cannot become a record: whatever the response policy, that is an
 * error (a record with no data would pass for the object, and `null` typed as one would too).
 */
function expectObject(data: unknown, schema: string): object {
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) return data;
  throw unusableAnswer(schema, 'an object', data);
}

/** Whether `data` is about the object at `path` (where a record of class `Type` would be located). */
function sameObject(Type: RecordClass<Handle>, path: PathValues, data: object): boolean {
  const located = Type.locate(data as { [key: string]: unknown }, path);
  return Object.keys(path).every((key) => path[key] === located[key]);
}

function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Resource) {
    const plain: { [key: string]: unknown } = {};
    for (const [key, item] of Object.entries(value)) plain[key] = toPlain(item);
    return plain;
  }
  return value;
}

/** A `locate` that reads nothing of the data but its `id`: records of its class are located lazily. */
type IdLocator = ((data: Readonly<{ [key: string]: unknown }>, from: PathValues) => PathValues) & { readonly byIdOnly: true };

/** `locate` for a top-level resource: its id is the one path parameter. */
export function locateById(param: string): IdLocator {
  const locate = (data: Readonly<{ [key: string]: unknown }>): PathValues => {
    // A store by a key that is a variable: cheaper for V8 than an object literal's computed key.
    const path: { [key: string]: unknown } = {};
    path[param] = data.id;
    return path;
  };
  return Object.assign(locate, { byIdOnly: true as const });
}

/** `locate` for a resource nested under a parent: the parent's location plus its own id. */
export function locateUnder(param: string): IdLocator {
  const locate = (data: Readonly<{ [key: string]: unknown }>, from: PathValues): PathValues => {
    const path: { [key: string]: unknown } = { ...from };
    path[param] = data.id;
    return path;
  };
  return Object.assign(locate, { byIdOnly: true as const });
}
