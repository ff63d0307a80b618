import type { Value } from './values.js';

/** The syntax tree of a template: Jinja2's nodes (jinja2/nodes.py) that worker-image renders. */

interface At {
  line: number;
}

export interface Arguments {
  args: Expr[];
  kwargs: { key: string; value: Expr }[];
  dynArgs?: Expr;
  dynKwargs?: Expr;
}

export type BinaryOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**';
export type CompareOperator = 'eq' | 'ne' | 'lt' | 'lteq' | 'gt' | 'gteq' | 'in' | 'notin';

export interface Slice extends At {
  type: 'Slice';
  start?: Expr;
  stop?: Expr;
  step?: Expr;
}

export interface FilterNode extends At, Arguments {
  type: 'Filter';
  /** Absent for the filter of `{% filter %}` and `{% set x | f %}` blocks. */
  node?: Expr;
  name: string;
}

export interface CallNode extends At, Arguments {
  type: 'Call';
  node: Expr;
}

export type Expr =
  | (At & { type: 'Const'; value: Value })
  | (At & { type: 'Name'; name: string })
  | (At & { type: 'NSRef'; name: string; attr: string })
  | (At & { type: 'Tuple'; items: Expr[] })
  | (At & { type: 'List'; items: Expr[] })
  | (At & { type: 'Dict'; items: { key: Expr; value: Expr }[] })
  | (At & { type: 'CondExpr'; test: Expr; expr1: Expr; expr2?: Expr })
  | (At & { type: 'Or' | 'And'; left: Expr; right: Expr })
  | (At & { type: 'Not'; node: Expr })
  | (At & { type: 'Compare'; expr: Expr; ops: { op: CompareOperator; expr: Expr }[] })
  | (At & { type: 'BinOp'; op: BinaryOperator; left: Expr; right: Expr })
  | (At & { type: 'Unary'; op: '-' | '+'; node: Expr })
  | (At & { type: 'Concat'; nodes: Expr[] })
  | (At & { type: 'Getattr'; node: Expr; attr: string })
  | (At & { type: 'Getitem'; node: Expr; arg: Expr | Slice })
  | CallNode
  | FilterNode
  | (At & Arguments & { type: 'Test'; node: Expr; name: string });

export interface MacroSignature {
  /** Parameter names, in order. */
  params: string[];
  /** Defaults of the last `defaults.length` parameters. */
  defaults: Expr[];
}

export type Stmt =
  | (At & { type: 'Output'; nodes: (Expr | (At & { type: 'TemplateData'; data: string }))[] })
  | (At & {
      type: 'For';
      target: Expr;
      iter: Expr;
      body: Stmt[];
      else_: Stmt[];
      test?: Expr;
      recursive: boolean;
    })
  | (At & {
      type: 'If';
      test: Expr;
      body: Stmt[];
      elif: (At & { test: Expr; body: Stmt[] })[];
      else_: Stmt[];
    })
  | (At & { type: 'Assign'; target: Expr; expr: Expr })
  | (At & { type: 'AssignBlock'; target: Expr; filter?: FilterNode; body: Stmt[] })
  | (At & MacroSignature & { type: 'Macro'; name: string; body: Stmt[] })
  | (At & MacroSignature & { type: 'CallBlock'; call: CallNode; body: Stmt[] })
  | (At & { type: 'FilterBlock'; filter: FilterNode; body: Stmt[] })
  | (At & { type: 'With'; targets: Expr[]; values: Expr[]; body: Stmt[] })
  /** A tag Jinja2 parses that worker-image refuses (include, extends, import, block…). */
  | (At & { type: 'Unsupported'; tag: string; body: Stmt[]; exprs: Expr[] });

export type Node = Expr | Stmt | Slice;
