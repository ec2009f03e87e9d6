/** Adds `value` to the list `map` holds under `key`, starting the list if there is none. */
export function addToList<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Removes `value` from the list `map` holds under `key`, and the key with its last value. */
export function removeFromList<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) return;
  list.splice(list.indexOf(value), 1);
  if (list.length === 0) map.delete(key);
}
