/**
 * An array whose elements are made when read: `at(i)` is called for every read of index i (so two reads
 * give equal, not identical, objects) until the array is first written to (set, push, sort, delete,
 * defineProperty, freeze…): then every element is made once and stored in the array itself, which from
 * then on is an ordinary array. Before that it costs no memory per element.
 *
 * It is a Proxy of a real array, so `Array.isArray`, `length`, indexing, `in`, iteration, spreading,
 * every Array.prototype method, `Object.keys`, `JSON.stringify`, `instanceof Array` and deep equality
 * (vitest's `toEqual` / `toStrictEqual`) behave as for the array of its elements; Node's `console.log`
 * / `util.inspect` show the elements. Only the structured clone algorithm (`structuredClone`,
 * `postMessage`) refuses a Proxy: clone `[...array]` instead.
 */

/** `key` as an index below `length` (a canonical decimal string), else -1. */
function indexOf(key: string | symbol, length: number): number {
  if (typeof key !== 'string') return -1;
  const digits = key.length;
  if (digits === 0 || digits > 15 || (digits > 1 && key.charCodeAt(0) === 48)) return -1;
  for (let k = 0; k < digits; k++) {
    const c = key.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
  }
  const n = Number(key);
  return n < length ? n : -1;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

type Inspect = (value: unknown, options: unknown) => string;

export function lazyArray<T>(length: number, at: (i: number) => T): readonly T[] {
  // The target's own length stays 0 until it is filled: setting it would make V8 allocate a slot per
  // element (8 bytes each: 14 MB for a 50 MB export's responses). The traps report `length` instead.
  const target: T[] = [];
  let filled = false;
  const fill = () => {
    if (filled) return;
    for (let i = 0; i < length; i++) target[i] = at(i);
    filled = true;
  };

  const proxy: T[] = new Proxy(target, {
    get(t, key, receiver) {
      if (!filled) {
        if (key === 'length') return length;
        const i = indexOf(key, length);
        if (i >= 0) return at(i);
      }
      return Reflect.get(t, key, receiver) as unknown;
    },
    has(t, key) {
      return (!filled && indexOf(key, length) >= 0) || Reflect.has(t, key);
    },
    ownKeys(t) {
      if (filled) return Reflect.ownKeys(t);
      const keys: (string | symbol)[] = Array.from({ length }, (_, i) => String(i));
      keys.push('length');
      return keys;
    },
    getOwnPropertyDescriptor(t, key) {
      if (!filled && key === 'length') {
        return { value: length, writable: true, enumerable: false, configurable: false };
      }
      const i = filled ? -1 : indexOf(key, length);
      if (i < 0) return Reflect.getOwnPropertyDescriptor(t, key);
      return { value: at(i), writable: true, enumerable: true, configurable: true };
    },
    set(t, key, value: unknown) {
      fill();
      return Reflect.set(t, key, value);
    },
    defineProperty(t, key, descriptor) {
      fill();
      return Reflect.defineProperty(t, key, descriptor);
    },
    deleteProperty(t, key) {
      fill();
      return Reflect.deleteProperty(t, key);
    },
    preventExtensions(t) {
      fill();
      return Reflect.preventExtensions(t);
    },
  });

  // Node's util.inspect looks at a Proxy's target, not through it: show it the elements.
  Object.defineProperty(target, INSPECT, {
    value: (_depth: number, options: unknown, inspect: Inspect) => inspect([...proxy], options),
    enumerable: false,
    configurable: true,
    writable: true,
  });
  return proxy;
}
