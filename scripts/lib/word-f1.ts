/** WCXB's own scoring: F1 over bags of lower-cased `\w+` tokens. */

function bag(text: string): Map<string, number> {
  const out = new Map<string, number>();
  // Python's \w is Unicode-aware; match letters, marks, digits and underscore the same way.
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{M}\p{N}_]+/gu)) {
    out.set(m[0], (out.get(m[0]) ?? 0) + 1);
  }
  return out;
}

/** Word-level F1 between a prediction and the reference, as WCXB's evaluate.py computes it. */
export function wordF1(predicted: string, reference: string): number {
  const pred = bag(predicted);
  const ref = bag(reference);
  if (ref.size === 0) return pred.size === 0 ? 1 : 0;
  if (pred.size === 0) return 0;
  let overlap = 0;
  let np = 0;
  let nr = 0;
  for (const [w, c] of pred) {
    np += c;
    overlap += Math.min(c, ref.get(w) ?? 0);
  }
  for (const c of ref.values()) nr += c;
  if (overlap === 0) return 0;
  const p = overlap / np;
  const r = overlap / nr;
  return (2 * p * r) / (p + r);
}
