/** 32-bit FNV-1a offset basis (http://www.isthe.com/chongo/tech/comp/fnv/). */
const FNV_OFFSET = 0x811c9dc5;

/**
 * 32-bit FNV-1a of a string's UTF-16 code units, starting from `seed`. Cheap and well spread; not
 * cryptographic. Two runs with different seeds give a 64-bit key when 32 bits collide too often.
 */
export function fnv1a(text: string, seed: number = FNV_OFFSET): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    // FNV prime 16777619 = 2^24 + 403; Math.imul keeps the product in 32 bits.
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}
