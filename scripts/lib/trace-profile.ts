/**
 * Where the main thread's time went between Margin's marks, from a devtools trace recorded with
 * the `disabled-by-default-v8.cpu_profiler` category: for each stretch from DOMContentLoaded
 * to the next mark (and mark to mark), its sampled busy and idle time and the functions with
 * the most self time (`(program)` is the browser's native work: style, layout, context setup).
 */

/** The fields of a trace event this reads. */
export interface ProfileTraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: {
      type?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number };
}

/** One stretch between two marks: busy ms, idle ms and the top functions by self time. */
export interface Stretch {
  from: string;
  at: number;
  busyMs: number;
  idleMs: number;
  top: [string, number][];
}

/** The stretches of the page's main thread (the one that parsed the HTML), times after DCL. */
export function stretches(events: ProfileTraceEvent[], topN = 6): Stretch[] {
  const parse = events.find((e) => e.name === 'ParseHTML');
  const dcl = events.find(
    (e) =>
      e.name === 'EventDispatch' &&
      e.pid === parse?.pid &&
      e.args?.data?.type === 'DOMContentLoaded',
  );
  if (!parse || !dcl) return [];
  const marks = events
    .filter((e) => e.pid === parse.pid && e.cat.includes('blink.user_timing'))
    .filter((e) => e.name.startsWith('margin:') && e.ts > dcl.ts)
    .sort((a, b) => a.ts - b.ts);
  const bounds = [{ name: 'DOMContentLoaded', ts: dcl.ts }, ...marks];
  const self = bounds.map(() => new Map<string, number>());
  const profile = events.find((e) => e.name === 'Profile' && e.pid === parse.pid);
  const nodes = new Map<number, ProfileNode>();
  let t = profile?.args?.data?.startTime ?? 0;
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.pid !== parse.pid || chunk.id !== profile?.id)
      continue;
    const data = chunk.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((id, i) => {
      t += deltas[i] ?? 0;
      if (t < dcl.ts) return;
      let b = bounds.length - 1;
      while (b > 0 && bounds[b]!.ts > t) b--;
      const frame = nodes.get(id)?.callFrame;
      const file = frame?.url?.split('/').pop() ?? '';
      const key = `${frame?.functionName || '(anonymous)'}${file ? ` ${file}:${frame?.lineNumber ?? ''}` : ''}`;
      // A sample stands for the time until the next one.
      const ms = (deltas[i + 1] ?? 0) / 1000;
      self[b]!.set(key, (self[b]!.get(key) ?? 0) + ms);
    });
  }
  return bounds.map((bound, i) => {
    const entries = [...self[i]!];
    const idleMs = entries.find(([k]) => k.startsWith('(idle)'))?.[1] ?? 0;
    const busy = entries.filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]);
    return {
      from: bound.name,
      at: (bound.ts - dcl.ts) / 1000,
      busyMs: busy.reduce((sum, [, ms]) => sum + ms, 0),
      idleMs,
      top: busy.slice(0, topN),
    };
  });
}
