/** Count of values two sorted runs share: w[i, iEnd) and v[j, jEnd) (a signature's packed words). */
export function sharedCount(w: Uint32Array, i: number, iEnd: number, v: Uint32Array, j: number, jEnd: number): number {
  let n = 0;
  while (i < iEnd && j < jEnd) {
    const x = w[i]!;
    const y = v[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}
