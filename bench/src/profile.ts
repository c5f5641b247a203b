/**
 * `pnpm bench --profile=<case>:<library>`: runs one server-render case under V8's CPU profiler and
 * summarises where the time goes, by function and by source module. The bundles are not minified and
 * esbuild marks each module with a `// path` comment line, so a bundle line maps back to its source file.
 * The summary is pure (tested in tests/bench/profile.test.ts).
 */

export interface CpuProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly CpuProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ModuleStart {
  readonly line: number;
  readonly path: string;
}

export interface ProfileEntry {
  readonly name: string;
  readonly module: string;
  /** Milliseconds. */
  readonly self: number;
  readonly total: number;
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly functions: readonly ProfileEntry[];
  /** Self time per source module (package or file), largest first. */
  readonly modules: readonly { readonly module: string; readonly self: number }[];
}

/** The module start lines of an esbuild bundle (0-based line numbers, like the profiler's). */
export function moduleStarts(bundleSource: string): ModuleStart[] {
  const starts: ModuleStart[] = [];
  bundleSource.split('\n').forEach((text, line) => {
    const match = /^\/\/ (\S+\.(?:[cm]?js|tsx?|jsx))$/.exec(text);
    if (match?.[1]) starts.push({ line, path: shortPath(match[1]) });
  });
  return starts;
}

/** "../node_modules/.pnpm/react-dom@19.3.1_…/node_modules/react-dom/cjs/x.js" → "react-dom/cjs/x.js". */
export function shortPath(path: string): string {
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) return path.slice(nm + 'node_modules/'.length);
  return path.replace(/^(\.\.\/)+/, '');
}

export function moduleOf(starts: readonly ModuleStart[], line: number): string {
  let lo = 0;
  let hi = starts.length - 1;
  let found = '(bundle)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid] as ModuleStart;
    if (start.line <= line) {
      found = start.path;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function summarizeProfile(
  profile: CpuProfile,
  starts: readonly ModuleStart[],
  bundleUrlPart: string,
): ProfileSummary {
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const keyOf = (node: CpuProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const module = url.includes(bundleUrlPart)
      ? moduleOf(starts, lineNumber)
      : url
        ? shortPath(url)
        : name.startsWith('(')
          ? name
          : '(native)';
    return { key: `${name}\u0000${module}`, name, module };
  };
  const entries = new Map<string, { name: string; module: string; self: number; total: number }>();
  const entry = (node: CpuProfileNode) => {
    const k = keyOf(node);
    let e = entries.get(k.key);
    if (!e) {
      e = { name: k.name, module: k.module, self: 0, total: 0 };
      entries.set(k.key, e);
    }
    return { e, key: k.key };
  };
  // Inclusive time: a node's own samples plus its subtree's, counted once per function on a stack.
  const visit = (id: number, onStack: Set<string>): number => {
    const node = byId.get(id);
    if (!node) return 0;
    const { e, key } = entry(node);
    const own = selfUs.get(id) ?? 0;
    e.self += own;
    const outer = onStack.has(key);
    onStack.add(key);
    let total = own;
    for (const child of node.children ?? []) total += visit(child, onStack);
    if (!outer) {
      onStack.delete(key);
      e.total += total;
    }
    return total;
  };
  const root = profile.nodes[0];
  const totalUs = root ? visit(root.id, new Set()) : 0;
  const modules = new Map<string, number>();
  for (const e of entries.values()) modules.set(e.module, (modules.get(e.module) ?? 0) + e.self);
  const ms = (us: number) => us / 1000;
  return {
    totalMs: ms(totalUs),
    functions: [...entries.values()]
      .map((e) => ({ ...e, self: ms(e.self), total: ms(e.total) }))
      .sort((a, b) => b.self - a.self),
    modules: [...modules.entries()]
      .map(([module, self]) => ({ module, self: ms(self) }))
      .sort((a, b) => b.self - a.self),
  };
}

export function formatProfile(summary: ProfileSummary, top = 30): string {
  const pct = (v: number) => `${((100 * v) / (summary.totalMs || 1)).toFixed(1)} %`;
  const lines = [`profiled ${summary.totalMs.toFixed(0)} ms`, '', 'self time by module:'];
  for (const m of summary.modules.slice(0, 20)) {
    lines.push(`  ${pct(m.self).padStart(7)}  ${m.self.toFixed(0).padStart(7)} ms  ${m.module}`);
  }
  lines.push('', 'functions by self time (self, total incl. callees):');
  for (const f of summary.functions.slice(0, top)) {
    lines.push(
      `  ${pct(f.self).padStart(7)} ${pct(f.total).padStart(7)}  ${f.name}  (${f.module})`,
    );
  }
  lines.push('', 'functions by total time:');
  for (const f of [...summary.functions].sort((a, b) => b.total - a.total).slice(0, top)) {
    lines.push(
      `  ${pct(f.total).padStart(7)} ${pct(f.self).padStart(7)}  ${f.name}  (${f.module})`,
    );
  }
  return lines.join('\n');
}
