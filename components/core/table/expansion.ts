/**
 * The open rows of an expandable table (view state, a set of node ids), as
 * new sets so that assigning one re-renders: a toggled row, and the rows
 * opened to show a given one. No lit, no DOM.
 */

/** A node of a classified table: its id and its parent. */
interface TreeNode<Node> {
  id: string;
  parent?: Node | undefined;
}

/** `expanded` with `id` closed when it was open, else opened. */
export function toggled(expanded: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(expanded);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** `expanded` with every ancestor of the first node that `matches` opened; undefined when there is no such node or it is at the top. */
export function openedTo<Node extends TreeNode<Node>>(expanded: ReadonlySet<string>, nodes: Iterable<Node>, matches: (node: Node) => boolean): Set<string> | undefined {
  const node = [...nodes].find(matches);
  if (!node?.parent) return undefined;
  const next = new Set(expanded);
  for (let ancestor: Node | undefined = node.parent; ancestor; ancestor = ancestor.parent) next.add(ancestor.id);
  return next;
}
