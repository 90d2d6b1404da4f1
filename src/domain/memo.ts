/**
 * The register's one memoising helper. Several questions are asked of the same object many
 * times in a build: every report month replays the same histories, every modification page
 * asks for the same chart months, every source page asks who cites it. Each answer is a pure
 * function of one object (a register, a history), so it is computed once per object and kept
 * for as long as the object lives, in a WeakMap that never outlives it.
 */
export function memoize<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
