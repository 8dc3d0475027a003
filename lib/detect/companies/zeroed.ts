/**
 * Typed arrays the name index is made of, carved from one ArrayBuffer. Each
 * `new Int32Array(n)` of the index's size cost a cold engine about 0.1 ms
 * (the store is cleared as it is made), a sixth of getting the index ready;
 * one large buffer comes zeroed from the system, and only the pages written
 * to cost anything (the tables of first units, heads and pairs are sparse).
 */
type Kind = Int32ArrayConstructor | Uint16ArrayConstructor | Uint8ArrayConstructor;
type Made<T extends Kind> = T extends Int32ArrayConstructor ? Int32Array : T extends Uint16ArrayConstructor ? Uint16Array : Uint8Array;

export function zeroed<const T extends readonly (readonly [Kind, number])[]>(specs: T): { [I in keyof T]: Made<T[I][0]> } {
  // Each array starts at a multiple of 4 bytes, as an Int32Array must.
  const offsets: number[] = [];
  let size = 0;
  for (const [kind, length] of specs) {
    offsets.push(size);
    size += Math.ceil((length * kind.BYTES_PER_ELEMENT) / 4) * 4;
  }
  const buffer = new ArrayBuffer(size);
  return specs.map(([kind, length], i) => new kind(buffer, offsets[i], length)) as { [I in keyof T]: Made<T[I][0]> };
}
