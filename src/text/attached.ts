/**
 * Caches for what is worked out once per draft, per sentence or per syntax tree: the WeakMap API,
 * with each entry kept on its key object (in one hidden, non-enumerable slot) instead of in a
 * module-level WeakMap.
 *
 * Why not a WeakMap: in V8 (Node 20), a scavenge keeps alive the values of a long-lived WeakMap
 * whose keys are still young, dead or not, so every draft's cached word lists, trees and findings
 * were copied twice and promoted to the old generation, where only a full collection frees them:
 * about 80 MB promoted over 500 drafts, a third of the batch's peak memory and most of the time
 * its scavenges took (issue 10; measured with --trace-gc-nvp). An entry on its key is only as
 * alive as the key: it dies with the draft at the next scavenge.
 */
const SLOTS = Symbol('corrlint.attached')

type Holder = {[SLOTS]?: Map<AttachedMap<object, unknown>, unknown>}

export class AttachedMap<K extends object, V> {
  /** Keys that cannot take a slot (frozen or sealed objects) fall back to a WeakMap. */
  private fallback?: WeakMap<K, V>

  get(key: K): V | undefined {
    const slots = (key as Holder)[SLOTS]
    if (slots !== undefined) return slots.get(this) as V | undefined
    return this.fallback?.get(key)
  }

  has(key: K): boolean {
    const slots = (key as Holder)[SLOTS]
    if (slots !== undefined) return slots.has(this)
    return this.fallback?.has(key) ?? false
  }

  set(key: K, value: V): this {
    let slots = (key as Holder)[SLOTS]
    if (slots === undefined) {
      if (!Object.isExtensible(key)) {
        ;(this.fallback ??= new WeakMap()).set(key, value)
        return this
      }
      slots = new Map()
      // Not enumerable: a copy made with `{...doc}` is another document and must not share its caches.
      Object.defineProperty(key, SLOTS, {value: slots, writable: false, enumerable: false, configurable: false})
    }
    slots.set(this, value)
    return this
  }

  delete(key: K): boolean {
    const slots = (key as Holder)[SLOTS]
    if (slots !== undefined) return slots.delete(this)
    return this.fallback?.delete(key) ?? false
  }
}
