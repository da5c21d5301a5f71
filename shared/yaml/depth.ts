// Nesting is bounded before the `yaml` package composes a document: its composer, the loader and
// every reader of the values recurse once per level, and 100,000 `[` overflow the stack (the
// composer then stops at a depth that depends on the stack's size). The CST is walked here with a
// stack of its own, so a deep file fails at the same level everywhere, with its place.
import { CST } from 'yaml';

/** The deepest nesting of lists and mappings read: episodes use three; PyYAML itself stops near 490. */
export const MAX_DEPTH = 100;

/** Where a CST first nests lists and mappings deeper than `limit`: the offset of the collection one too deep. */
export function tooDeep(tokens: readonly CST.Token[], limit = MAX_DEPTH): number | undefined {
  const pending: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { token } = next;
    const depth = CST.isCollection(token) ? next.depth + 1 : next.depth;
    if (depth > limit) return token.offset;
    // Reversed, so that the first collection too deep in the text is the one reported.
    for (const child of children(token).reverse()) pending.push({ token: child, depth });
  }
  return undefined;
}

function children(token: CST.Token): CST.Token[] {
  switch (token.type) {
    case 'document':
      return token.value ? [token.value] : [];
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
      return token.items.flatMap((item) => [item.key, item.value].filter((t): t is CST.Token => t !== undefined && t !== null));
    default:
      return [];
  }
}
