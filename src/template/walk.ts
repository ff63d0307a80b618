import type { Expr, Node, Stmt } from './nodes.js';

/** A node's children in Jinja2's field order (jinja2/nodes.py), so walks visit as Jinja2's do. */
export function children(node: Node): Node[] {
  const args = (n: {
    args: Expr[];
    kwargs: { value: Expr }[];
    dynArgs?: Expr;
    dynKwargs?: Expr;
  }) => [
    ...n.args,
    ...n.kwargs.map((k) => k.value),
    ...(n.dynArgs ? [n.dynArgs] : []),
    ...(n.dynKwargs ? [n.dynKwargs] : []),
  ];
  const opt = (...nodes: (Node | undefined)[]): Node[] =>
    nodes.filter((n): n is Node => n !== undefined);
  switch (node.type) {
    case 'Output':
      return node.nodes.filter((n): n is Expr => n.type !== 'TemplateData');
    case 'For':
      return [node.target, node.iter, ...node.body, ...node.else_, ...opt(node.test)];
    case 'If':
      return [
        node.test,
        ...node.body,
        ...node.elif.flatMap((e) => [e.test, ...e.body]),
        ...node.else_,
      ];
    case 'Assign':
      return [node.target, node.expr];
    case 'AssignBlock':
      return [node.target, ...opt(node.filter), ...node.body];
    case 'Macro':
      return [...node.defaults, ...node.body];
    case 'CallBlock':
      return [node.call, ...node.defaults, ...node.body];
    case 'FilterBlock':
      return [...node.body, node.filter];
    case 'With':
      return [...node.targets, ...node.values, ...node.body];
    case 'Unsupported':
      return [...node.exprs, ...node.body];
    case 'Const':
    case 'Name':
    case 'NSRef':
      return [];
    case 'Tuple':
    case 'List':
      return node.items;
    case 'Dict':
      return node.items.flatMap((i) => [i.key, i.value]);
    case 'CondExpr':
      return opt(node.test, node.expr1, node.expr2);
    case 'Or':
    case 'And':
      return [node.left, node.right];
    case 'Not':
    case 'Unary':
      return [node.node];
    case 'Compare':
      return [node.expr, ...node.ops.map((o) => o.expr)];
    case 'BinOp':
      return [node.left, node.right];
    case 'Concat':
      return node.nodes;
    case 'Getattr':
      return [node.node];
    case 'Getitem':
      return [node.node, node.arg];
    case 'Slice':
      return opt(node.start, node.stop, node.step);
    case 'Call':
      return [node.node, ...args(node)];
    case 'Filter':
      return [...opt(node.node), ...args(node)];
    case 'Test':
      return [node.node, ...args(node)];
  }
}

/** Names assigned by a target (`a`, `a, (b, c)`): Jinja2's "store" names. */
export function targetNames(target: Expr): string[] {
  if (target.type === 'Name') return [target.name];
  if (target.type === 'Tuple') return target.items.flatMap(targetNames);
  return [];
}

/**
 * Which of `names` the statements read before assigning them (Jinja2's find_undeclared):
 * how a macro knows it takes `varargs`, `kwargs` or a `caller`.
 */
export function findUndeclared(body: Stmt[], names: string[]): Set<string> {
  const looking = new Set(names);
  const found = new Set<string>();
  const discard = (stored: string[]): void => stored.forEach((n) => looking.delete(n));
  const visit = (node: Node): void => {
    if (node.type === 'Name') {
      if (looking.has(node.name)) found.add(node.name);
      return;
    }
    if (node.type === 'Unsupported' && node.tag === 'block') return;
    if (node.type === 'Macro' || node.type === 'CallBlock') {
      if (node.type === 'CallBlock') visit(node.call);
      discard(node.params);
      [...node.defaults, ...node.body].forEach(visit);
      return;
    }
    const targets =
      node.type === 'For' || node.type === 'Assign' || node.type === 'AssignBlock'
        ? [node.target]
        : node.type === 'With'
          ? node.targets
          : [];
    for (const child of children(node)) {
      if (targets.includes(child as Expr)) discard(targetNames(child as Expr));
      else visit(child);
    }
  };
  body.forEach(visit);
  return found;
}
