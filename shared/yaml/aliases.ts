// Aliases, resolved once per document and bounded. `Alias.resolve` of the `yaml` package walks the
// whole document for every alias (20,000 aliases took 28 s to check), and its `maxAliasCount` guard
// works only inside its own `toJS`, which the loader does not use (it builds PyYAML's values). The
// loader shares an aliased value, as PyYAML does, so loading is cheap; but every reader that walks
// the values (comparison, writing, export) expands them: nine levels of nine aliases are 387 million
// values. So the expansion is measured here, in one pass, and a file past the bounds is refused.
import { isAlias, isCollection, isPair, isScalar, type Alias, type Document, type Node } from 'yaml';
import { MAX_DEPTH } from './depth.js';

/** The most aliases a document may hold (a real episode has none). */
export const MAX_ALIASES = 100_000;

/** The most values aliases may add once expanded, in all: 600 times all the values of the largest real episode (1,602). */
export const MAX_EXPANSION = 1_000_000;

/** A place in the parsed text, and what is wrong there. */
export interface AliasProblem {
  readonly offset: number;
  readonly message: string;
}

/** A document's aliases resolved to their anchored nodes, the first bound they break, and the first alias inside the node it names. */
export interface AliasAnalysis {
  readonly targets: ReadonlyMap<Alias, Node>;
  readonly error?: AliasProblem;
  /**
   * PyYAML builds such a structure (a list that contains itself) and writes it back with anchors; the
   * episode engine refuses it, because its readers (comparison, export) would follow it for ever.
   */
  readonly recursion?: AliasProblem;
}

const analysed = new WeakMap<Document, AliasAnalysis>();

/** The aliases of a document, each resolved to the last node anchored with its name before it (as PyYAML's Composer does). */
export function analyseAliases(doc: Document): AliasAnalysis {
  let analysis = analysed.get(doc);
  if (!analysis) analysed.set(doc, (analysis = analyse(doc.contents)));
  return analysis;
}

interface Frame {
  readonly node: Node;
  readonly kids: readonly unknown[];
  next: number;
  size: number;
  depth: number;
}

// One post-order walk in document order, with a stack of its own: when an alias is met, its target
// is either complete (its expanded size and depth known) or still open above it (it contains itself).
function analyse(root: unknown): AliasAnalysis {
  const targets = new Map<Alias, Node>();
  const anchors = new Map<string, Node>();
  const size = new Map<Node, number>();
  const depth = new Map<Node, number>();
  const open = new Set<Node>();
  const stack: Frame[] = [];
  let aliases = 0;
  let added = 0;
  let recursion: AliasProblem | undefined;
  const at = (node: Node, message: string): AliasProblem => ({ offset: node.range?.[0] ?? 0, message });
  const fail = (node: Node, message: string): AliasAnalysis => ({ targets, error: at(node, message), ...(recursion && { recursion }) });

  // Measures a leaf (scalar or alias) at once, or opens a collection; returns an error if a bound breaks.
  const enter = (node: Node): AliasAnalysis | undefined => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) return undefined; // the loader reports an undefined alias, with its own message
      targets.set(node, target);
      if (++aliases > MAX_ALIASES) return fail(node, `more than ${MAX_ALIASES.toLocaleString('en')} aliases (*name): the file is refused rather than read`);
      if (open.has(target)) {
        // A reference back up, not an expansion: it adds one value, however often it is followed.
        recursion ??= at(node, `the alias *${node.source} is inside the very node it names (a structure that contains itself), which the editor does not read`);
        size.set(node, 1);
        depth.set(node, 0);
        return undefined;
      }
      const s = size.get(target) ?? 1;
      const d = depth.get(target) ?? 0;
      added += s;
      if (added > MAX_EXPANSION) {
        return fail(node, `the aliases expand to more than ${MAX_EXPANSION.toLocaleString('en')} values here (at *${node.source}), as in a "billion laughs" attack: the file is refused rather than expanded`);
      }
      if (stack.length + d > MAX_DEPTH) return fail(node, `the alias *${node.source} nests lists and mappings more than ${MAX_DEPTH} levels deep once expanded`);
      size.set(node, s);
      depth.set(node, d);
      return undefined;
    }
    if (node.anchor && (isScalar(node) || isCollection(node))) anchors.set(node.anchor, node);
    if (isCollection(node)) {
      open.add(node);
      const kids = node.items.flatMap((item) => (isPair(item) ? [item.key, item.value] : [item]));
      stack.push({ node, kids, next: 0, size: 1, depth: 1 });
      return undefined;
    }
    size.set(node, 1);
    depth.set(node, 0);
    return undefined;
  };

  if (isNode(root)) {
    const error = enter(root);
    if (error) return error;
  }
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.kids.length) {
      const kid = frame.kids[frame.next++];
      if (!isNode(kid)) continue;
      const error = enter(kid);
      if (error) return error;
      if (stack[stack.length - 1] !== frame) continue; // a collection was opened: its kids come first
      frame.size += size.get(kid) ?? 1;
      frame.depth = Math.max(frame.depth, 1 + (depth.get(kid) ?? 0));
      continue;
    }
    stack.pop();
    open.delete(frame.node);
    size.set(frame.node, frame.size);
    depth.set(frame.node, frame.depth);
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.size += frame.size;
      parent.depth = Math.max(parent.depth, 1 + frame.depth);
    }
  }
  return recursion ? { targets, recursion } : { targets };
}

function isNode(value: unknown): value is Node {
  return isScalar(value) || isCollection(value) || isAlias(value);
}
