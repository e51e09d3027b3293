/**
 * The key maps that rename request params for the wire (src/core/casing.ts applies them). Every
 * object a request schema describes gets one, so conversion walks into it; its entries list only
 * the keys that need more than plain camelCase <-> snake_case: keys whose value is itself a
 * described object (or an array of them), and keys whose camelCase does not turn back into the
 * same wire key. A free-form object (metadata) gets none: it is user data and is copied untouched.
 * An object that allows keys of its own (`additionalProperties`) gets an open map: every key it
 * declares, so that the runtime knows any other key is the caller's and sends it as written.
 */
import type { Model } from './model.js';
import { camelCase, identifier, pascalCase, snakeCase } from './names.js';
import { refName, type Resolver } from './resolve.js';
import type { Schema } from './spec.js';

export class KeyMaps {
  /** Map name -> its entries as code, or the name of the map it reuses. */
  readonly maps = new Map<string, string>();

  constructor(private readonly resolver: Resolver) {}

  /** The key maps of every request schema of the model. */
  static of(model: Model): KeyMaps {
    const keyMaps = new KeyMaps(model.resolver);
    for (const [name, { node, mode }] of model.schemas) if (mode === 'request') keyMaps.keys(name, node);
    return keyMaps;
  }

  /** The name of the key map of a schema (written once), or undefined for a value copied as is. */
  keys(name: string, node: Schema): string | undefined {
    const component = componentOf(node, false);
    if (component) return this.keys(identifier(component), this.resolver.component(component));
    const mapName = `${name}Keys`;
    if (this.maps.has(mapName)) return mapName;
    const object = this.objectShape(node);
    const extra = this.resolver.ref(node).additionalProperties;
    if (!object) {
      if (extra && typeof extra === 'object') {
        // A map of the caller's own keys to described values: keys kept, values mapped.
        const values = this.keys(`${name}Value`, extra);
        if (!values) return undefined;
        this.maps.set(mapName, `({ open: [], values: ${values} })`);
        return mapName;
      }
      const items = this.arrayItems(node);
      const nested = items ? this.keys(`${name}Item`, items) : undefined;
      if (!nested) return undefined;
      // An array schema reuses its items' map: arrays are mapped item by item.
      this.maps.set(mapName, nested);
      return mapName;
    }
    // An object that allows keys of its own lists every key it declares: any other is the caller's.
    const open = Boolean(object.additionalProperties);
    this.maps.set(mapName, '[]');
    const entries: string[] = [];
    for (const [key, value] of Object.entries(object.properties ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      const target = this.keys(`${name}${pascalCase(key)}`, value);
      const irregular = snakeCase(camelCase(key)) !== key;
      if (target) entries.push(`[${JSON.stringify(key)}, ${target}]`);
      else if (irregular || open) entries.push(`[${JSON.stringify(key)}]`);
    }
    if (!open) this.maps.set(mapName, `[${entries.join(', ')}]`);
    else {
      const values = typeof object.additionalProperties === 'object' ? this.keys(`${name}Value`, object.additionalProperties) : undefined;
      this.maps.set(mapName, `({ open: [${entries.join(', ')}]${values ? `, values: ${values}` : ''} })`);
    }
    return mapName;
  }

  /** The object a schema describes (merged over allOf and oneOf variants), or undefined. */
  private objectShape(node: Schema): Schema | undefined {
    const resolved = this.resolver.ref(node);
    if (resolved.allOf) return this.objectShape(this.resolver.mergeAllOf(resolved));
    if (resolved.oneOf) {
      const merged: Schema = { type: 'object', properties: {} };
      for (const variant of resolved.oneOf) Object.assign(merged.properties!, this.objectShape(variant)?.properties ?? {});
      return Object.keys(merged.properties!).length ? merged : undefined;
    }
    return resolved.properties && Object.keys(resolved.properties).length ? resolved : undefined;
  }

  private arrayItems(node: Schema): Schema | undefined {
    const resolved = this.resolver.ref(node);
    return resolved.type === 'array' || resolved.items ? resolved.items : undefined;
  }
}

/** The component a schema refers to, through single-entry allOf/oneOf wrappers (and arrays, if asked). */
function componentOf(node: Schema, throughArrays = true): string | undefined {
  if (node.$ref) return refName(node.$ref);
  if (throughArrays && node.items) return componentOf(node.items);
  if (node.allOf?.length === 1 && !node.properties) return componentOf(node.allOf[0]!, throughArrays);
  if (node.oneOf?.length === 1) return componentOf(node.oneOf[0]!, throughArrays);
  return undefined;
}
