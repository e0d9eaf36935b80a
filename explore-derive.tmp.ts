import { BUILTIN_CLUSTERS } from './src/core/cluster/builtin/index';
import { runKubectl } from './src/core/kubectl/run';
import type { World, KubeObject } from './src/core/cluster/types';
const { world, now } = BUILTIN_CLUSTERS.payments();
function diff(a: World, b: World) {
  const out: string[] = [];
  for (const [cn, c] of Object.entries(b.clusters)) {
    const ca = a.clusters[cn];
    if (ca === c) continue;
    for (const [key, byNs] of c.objects) {
      const A = ca.objects.get(key);
      if (A === byNs) continue;
      for (const [ns, names] of byNs) {
        const An = A?.get(ns);
        if (An === names) continue;
        for (const [n, o] of names) { const x = An?.get(n); if (x !== o) out.push(`${x ? 'update' : 'create'} ${key} ${ns}/${n}`); }
        for (const [n] of An ?? []) if (!names.has(n)) out.push(`delete ${key} ${ns}/${n}`);
      }
      for (const [ns, names] of A ?? []) if (!byNs.has(ns)) for (const [n] of names) out.push(`delete ${key} ${ns}/${n}`);
    }
  }
  if (a.currentContext !== b.currentContext) out.push(`context ${a.currentContext} -> ${b.currentContext}`);
  return out;
}
const lines = process.argv.slice(2);
for (const l of lines) {
  const argv = l.split(' ');
  const r = runKubectl(world, argv, now);
  console.log('$ kubectl', l, '\n', r.stdout, r.stderr, r.exitCode, r.rejected, diff(world, r.world));
}
