import { TemplateSyntaxError } from './errors.js';
import { tokenize, type Token } from './lexer.js';
import type {
  Arguments,
  BinaryOperator,
  CallNode,
  CompareOperator,
  Expr,
  FilterNode,
  MacroSignature,
  Slice,
  Stmt,
} from './nodes.js';

/**
 * Jinja2's parser (jinja2/parser.py): the same grammar, precedence and error messages, so a
 * template means here what it means to Jinja2 (`-2 ** 2` is 4, `a ~ b + c` adds first, a
 * filter binds to its unary operand).
 */
export function parse(source: string): Stmt[] {
  return new Parser(tokenize(source)).template();
}

const STATEMENTS = new Set([
  'for',
  'if',
  'block',
  'extends',
  'print',
  'macro',
  'include',
  'from',
  'import',
  'set',
  'with',
  'autoescape',
]);
const COMPARE: Record<string, CompareOperator> = {
  '==': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'lteq',
  '>': 'gt',
  '>=': 'gteq',
};

const DESCRIPTIONS: Record<string, string> = {
  block_begin: 'begin of statement block',
  block_end: 'end of statement block',
  variable_begin: 'begin of print statement',
  variable_end: 'end of print statement',
  data: 'template data / text',
  eof: 'end of template',
};

function describe(token: Token): string {
  if (token.type === 'name' || token.type === 'operator') return token.value;
  return DESCRIPTIONS[token.type] ?? token.type;
}

/** `name:endfor` or a token type, as Jinja2 names what it expected. */
function describeExpected(expr: string): string {
  const [type, value] = expr.split(':');
  if (value !== undefined) return value;
  return DESCRIPTIONS[type!] ?? type!;
}

class Parser {
  private index = 0;
  private readonly tagStack: { tag: string; line: number }[] = [];
  private readonly endTokenStack: string[][] = [];

  constructor(private readonly tokens: Token[]) {}

  private get current(): Token {
    return this.tokens[this.index]!;
  }

  private look(): Token {
    return this.tokens[Math.min(this.index + 1, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const token = this.current;
    if (token.type !== 'eof') this.index++;
    return token;
  }

  /** Tests the current token against `type`, `name:value` or an operator such as `(`. */
  private test(expr: string, token = this.current): boolean {
    const colon = expr.indexOf(':');
    if (colon > 0 && expr.length > 1) {
      return token.type === expr.slice(0, colon) && token.value === expr.slice(colon + 1);
    }
    if (token.type === expr) return true;
    return token.type === 'operator' && token.value === expr;
  }

  private skipIf(expr: string): boolean {
    if (!this.test(expr)) return false;
    this.next();
    return true;
  }

  private expect(expr: string): Token {
    if (this.test(expr)) return this.next();
    const what = expr === 'operator' || !/^[a-z_]+(:|$)/.test(expr) ? expr : describeExpected(expr);
    if (this.current.type === 'eof') {
      this.fail(`unexpected end of template, expected '${what}'.`);
    }
    this.fail(`expected token '${what}', got '${describe(this.current)}'`);
  }

  private fail(message: string, line = this.current.line): never {
    throw new TemplateSyntaxError(message, line);
  }

  private failUnknownTag(
    name: string | undefined,
    line: number,
    stack = this.endTokenStack,
  ): never {
    const expected = new Set(stack.flat().map(describeExpected));
    const looking = stack
      .at(-1)
      ?.map((e) => `'${describeExpected(e)}'`)
      .join(' or ');
    const message = [
      name === undefined ? 'Unexpected end of template.' : `Encountered unknown tag '${name}'.`,
    ];
    if (looking) {
      if (name !== undefined && expected.has(name)) {
        message.push(
          `You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for ${looking}.`,
        );
      } else {
        message.push(`Jinja was looking for the following tags: ${looking}.`);
      }
    }
    const open = this.tagStack.at(-1);
    if (open) message.push(`The innermost block that needs to be closed is '${open.tag}'.`);
    if (name === undefined && open) {
      throw new TemplateSyntaxError(
        `{% ${open.tag} %} is never closed`,
        open.line,
        `add {% end${open.tag} %} where the block ends (Jinja2: ${message.join(' ')})`,
      );
    }
    const hint =
      name === undefined
        ? undefined
        : ['do', 'break', 'continue'].includes(name)
          ? `{% ${name} %} needs a Jinja2 extension that worker-image (like jinja2.Environment()) does not load: restructure the template without it`
          : undefined;
    throw new TemplateSyntaxError(message.join(' '), line, hint);
  }

  template(): Stmt[] {
    return this.subparse();
  }

  private subparse(endTokens?: string[]): Stmt[] {
    const body: Stmt[] = [];
    let data: Extract<Stmt, { type: 'Output' }>['nodes'] = [];
    const flush = (): void => {
      if (data.length > 0) body.push({ type: 'Output', line: data[0]!.line, nodes: data });
      data = [];
    };
    if (endTokens) this.endTokenStack.push(endTokens);
    try {
      while (this.current.type !== 'eof') {
        const token = this.current;
        if (token.type === 'data') {
          data.push({ type: 'TemplateData', line: token.line, data: token.value });
          this.next();
        } else if (token.type === 'variable_begin') {
          this.next();
          data.push(this.parseTuple({ withCondexpr: true }));
          this.expect('variable_end');
        } else {
          flush();
          this.next();
          if (endTokens && endTokens.some((e) => this.test(e))) return body;
          body.push(this.statement());
          this.expect('block_end');
        }
      }
      flush();
    } finally {
      if (endTokens) this.endTokenStack.pop();
    }
    return body;
  }

  private statement(): Stmt {
    const token = this.current;
    if (token.type !== 'name') this.fail('tag name expected', token.line);
    this.tagStack.push({ tag: token.value, line: token.line });
    let pop = true;
    try {
      switch (token.value) {
        case 'for':
          return this.parseFor();
        case 'if':
          return this.parseIf();
        case 'set':
          return this.parseSet();
        case 'macro':
          return this.parseMacro();
        case 'call':
          return this.parseCallBlock();
        case 'filter':
          return this.parseFilterBlock();
        case 'with':
          return this.parseWith();
        case 'print':
          return this.parsePrint();
        default:
          if (STATEMENTS.has(token.value)) return this.parseUnsupported(token.value);
          this.tagStack.pop();
          pop = false;
          return this.failUnknownTag(token.value, token.line);
      }
    } finally {
      if (pop) this.tagStack.pop();
    }
  }

  private statements(endTokens: string[], dropNeedle = false): Stmt[] {
    this.skipIf(':');
    this.expect('block_end');
    const result = this.subparse(endTokens);
    if (this.current.type === 'eof') {
      this.failUnknownTag(undefined, this.current.line, [...this.endTokenStack, endTokens]);
    }
    if (dropNeedle) this.next();
    return result;
  }

  private parseSet(): Stmt {
    const line = this.next().line;
    const target = this.assignTarget({ withNamespace: true });
    if (this.skipIf('=')) return { type: 'Assign', line, target, expr: this.parseTuple() };
    const filter = this.parseFilter(undefined);
    const body = this.statements(['name:endset'], true);
    return { type: 'AssignBlock', line, target, ...(filter ? { filter } : {}), body };
  }

  private parseFor(): Stmt {
    const line = this.expect('name:for').line;
    const target = this.assignTarget({ extraEnd: ['name:in'] });
    this.expect('name:in');
    const iter = this.parseTuple({ withCondexpr: false, extraEnd: ['name:recursive'] });
    const test = this.skipIf('name:if') ? this.parseExpression() : undefined;
    const recursive = this.skipIf('name:recursive');
    const body = this.statements(['name:endfor', 'name:else']);
    const else_ = this.next().value === 'endfor' ? [] : this.statements(['name:endfor'], true);
    return { type: 'For', line, target, iter, body, else_, ...(test ? { test } : {}), recursive };
  }

  private parseIf(): Stmt {
    const line = this.expect('name:if').line;
    const test = this.parseTuple({ withCondexpr: false });
    const body = this.statements(['name:elif', 'name:else', 'name:endif']);
    const node: Extract<Stmt, { type: 'If' }> = {
      type: 'If',
      line,
      test,
      body,
      elif: [],
      else_: [],
    };
    for (;;) {
      const token = this.next();
      if (token.value === 'elif') {
        const elifLine = this.current.line;
        const elifTest = this.parseTuple({ withCondexpr: false });
        const elifBody = this.statements(['name:elif', 'name:else', 'name:endif']);
        node.elif.push({ line: elifLine, test: elifTest, body: elifBody });
        continue;
      }
      if (token.value === 'else') node.else_ = this.statements(['name:endif'], true);
      return node;
    }
  }

  private parseWith(): Stmt {
    const line = this.next().line;
    const targets: Expr[] = [];
    const values: Expr[] = [];
    while (this.current.type !== 'block_end') {
      if (targets.length > 0) this.expect(',');
      targets.push(this.assignTarget());
      this.expect('=');
      values.push(this.parseExpression());
    }
    return { type: 'With', line, targets, values, body: this.statements(['name:endwith'], true) };
  }

  /** include, extends, import, from, block, autoescape: parsed as Jinja2 does, then refused. */
  private parseUnsupported(tag: string): Stmt {
    const line = this.next().line;
    const exprs: Expr[] = [];
    let body: Stmt[] = [];
    if (tag === 'block' || tag === 'autoescape') {
      if (tag === 'block') {
        this.expect('name');
        while (
          this.current.type === 'name' &&
          ['scoped', 'required'].includes(this.current.value)
        ) {
          this.next();
        }
      } else {
        exprs.push(this.parseExpression());
      }
      body = this.statements([`name:end${tag}`], true);
      if (tag === 'block' && this.current.type === 'name') this.next();
    } else {
      exprs.push(this.parseExpression());
      while (this.current.type !== 'block_end' && this.current.type !== 'eof') this.next();
    }
    return { type: 'Unsupported', line, tag, body, exprs };
  }

  private signature(): MacroSignature {
    const params: string[] = [];
    const defaults: Expr[] = [];
    this.expect('(');
    while (!this.test(')')) {
      if (params.length > 0) this.expect(',');
      const name = this.expect('name').value;
      if (this.skipIf('=')) defaults.push(this.parseExpression());
      else if (defaults.length > 0) this.fail('non-default argument follows default argument');
      params.push(name);
    }
    this.expect(')');
    return { params, defaults };
  }

  private parseCallBlock(): Stmt {
    const line = this.next().line;
    const signature = this.test('(') ? this.signature() : { params: [], defaults: [] };
    const call = this.parseExpression();
    if (call.type !== 'Call') this.fail('expected call', line);
    const body = this.statements(['name:endcall'], true);
    return { type: 'CallBlock', line, ...signature, call, body };
  }

  private parseFilterBlock(): Stmt {
    const line = this.next().line;
    const filter = this.parseFilter(undefined, true)!;
    return { type: 'FilterBlock', line, filter, body: this.statements(['name:endfilter'], true) };
  }

  private parseMacro(): Stmt {
    const line = this.next().line;
    const name = this.expect('name').value;
    const signature = this.signature();
    return {
      type: 'Macro',
      line,
      name,
      ...signature,
      body: this.statements(['name:endmacro'], true),
    };
  }

  private parsePrint(): Stmt {
    const line = this.next().line;
    const nodes: Expr[] = [];
    while (this.current.type !== 'block_end') {
      if (nodes.length > 0) this.expect(',');
      nodes.push(this.parseExpression());
    }
    return { type: 'Output', line, nodes };
  }

  private assignTarget(opts: { extraEnd?: string[]; withNamespace?: boolean } = {}): Expr {
    const target = this.parseTuple({
      simplified: true,
      ...(opts.extraEnd ? { extraEnd: opts.extraEnd } : {}),
      withNamespace: Boolean(opts.withNamespace),
    });
    const assignable = (e: Expr): boolean =>
      e.type === 'Name'
        ? !['true', 'false', 'none', 'True', 'False', 'None'].includes(e.name)
        : e.type === 'NSRef' || (e.type === 'Tuple' && e.items.every(assignable));
    if (!assignable(target)) {
      const kind = target.type === 'Const' ? 'const' : target.type.toLowerCase();
      this.fail(`can't assign to '${kind}'`, target.line);
    }
    return target;
  }

  private parseExpression(withCondexpr = true): Expr {
    return withCondexpr ? this.parseCondexpr() : this.parseOr();
  }

  private parseCondexpr(): Expr {
    let line = this.current.line;
    let expr1 = this.parseOr();
    while (this.skipIf('name:if')) {
      const test = this.parseOr();
      const expr2 = this.skipIf('name:else') ? this.parseCondexpr() : undefined;
      expr1 = { type: 'CondExpr', line, test, expr1, ...(expr2 ? { expr2 } : {}) };
      line = this.current.line;
    }
    return expr1;
  }

  private parseOr(): Expr {
    let line = this.current.line;
    let left = this.parseAnd();
    while (this.skipIf('name:or')) {
      left = { type: 'Or', line, left, right: this.parseAnd() };
      line = this.current.line;
    }
    return left;
  }

  private parseAnd(): Expr {
    let line = this.current.line;
    let left = this.parseNot();
    while (this.skipIf('name:and')) {
      left = { type: 'And', line, left, right: this.parseNot() };
      line = this.current.line;
    }
    return left;
  }

  private parseNot(): Expr {
    if (this.test('name:not')) {
      const line = this.next().line;
      return { type: 'Not', line, node: this.parseNot() };
    }
    return this.parseCompare();
  }

  private parseCompare(): Expr {
    let line = this.current.line;
    const expr = this.parseMath1();
    const ops: { op: CompareOperator; expr: Expr }[] = [];
    for (;;) {
      const token = this.current;
      if (token.type === 'operator' && COMPARE[token.value]) {
        this.next();
        ops.push({ op: COMPARE[token.value]!, expr: this.parseMath1() });
      } else if (this.skipIf('name:in')) {
        ops.push({ op: 'in', expr: this.parseMath1() });
      } else if (this.test('name:not') && this.test('name:in', this.look())) {
        this.next();
        this.next();
        ops.push({ op: 'notin', expr: this.parseMath1() });
      } else {
        break;
      }
      line = this.current.line;
    }
    return ops.length === 0 ? expr : { type: 'Compare', line, expr, ops };
  }

  private binary(ops: string[], operand: () => Expr): Expr {
    let line = this.current.line;
    let left = operand();
    while (this.current.type === 'operator' && ops.includes(this.current.value)) {
      const op = this.next().value as BinaryOperator;
      left = { type: 'BinOp', line, op, left, right: operand() };
      line = this.current.line;
    }
    return left;
  }

  private parseMath1(): Expr {
    return this.binary(['+', '-'], () => this.parseConcat());
  }

  private parseConcat(): Expr {
    const line = this.current.line;
    const nodes = [this.parseMath2()];
    while (this.skipIf('~')) nodes.push(this.parseMath2());
    return nodes.length === 1 ? nodes[0]! : { type: 'Concat', line, nodes };
  }

  private parseMath2(): Expr {
    return this.binary(['*', '/', '//', '%'], () => this.parsePow());
  }

  private parsePow(): Expr {
    return this.binary(['**'], () => this.parseUnary());
  }

  private parseUnary(withFilter = true): Expr {
    const token = this.current;
    let node: Expr;
    if (this.test('-') || this.test('+')) {
      this.next();
      node = {
        type: 'Unary',
        line: token.line,
        op: token.value as '-' | '+',
        node: this.parseUnary(false),
      };
    } else {
      node = this.parsePrimary();
    }
    node = this.parsePostfix(node);
    return withFilter ? this.parseFilterExpr(node) : node;
  }

  private parsePrimary(withNamespace = false): Expr {
    const token = this.current;
    const line = token.line;
    if (token.type === 'name') {
      this.next();
      if (['true', 'false', 'True', 'False'].includes(token.value)) {
        return { type: 'Const', line, value: token.value === 'true' || token.value === 'True' };
      }
      if (token.value === 'none' || token.value === 'None')
        return { type: 'Const', line, value: null };
      if (withNamespace && this.test('.')) {
        this.next();
        return { type: 'NSRef', line, name: token.value, attr: this.expect('name').value };
      }
      return { type: 'Name', line, name: token.value };
    }
    if (token.type === 'string') {
      this.next();
      let value = token.value;
      while (this.current.type === 'string') value += this.next().value;
      return { type: 'Const', line, value };
    }
    if (token.type === 'integer' || token.type === 'float') {
      this.next();
      return { type: 'Const', line, value: token.number! };
    }
    if (this.test('(')) {
      this.next();
      const node = this.parseTuple({ explicitParentheses: true });
      this.expect(')');
      return node;
    }
    if (this.test('[')) return this.parseList();
    if (this.test('{')) return this.parseDict();
    this.fail(`unexpected '${describe(token)}'`, token.line);
  }

  private parseTuple(
    opts: {
      simplified?: boolean;
      withCondexpr?: boolean;
      extraEnd?: string[];
      explicitParentheses?: boolean;
      withNamespace?: boolean;
    } = {},
  ): Expr {
    let line = this.current.line;
    const parse = opts.simplified
      ? () => this.parsePrimary(opts.withNamespace)
      : () => this.parseExpression(opts.withCondexpr ?? true);
    const items: Expr[] = [];
    let isTuple = false;
    for (;;) {
      if (items.length > 0) this.expect(',');
      if (this.isTupleEnd(opts.extraEnd)) break;
      items.push(parse());
      if (this.test(',')) isTuple = true;
      else break;
      line = this.current.line;
    }
    if (!isTuple) {
      if (items.length > 0) return items[0]!;
      if (!opts.explicitParentheses) {
        this.fail(`Expected an expression, got '${describe(this.current)}'`);
      }
    }
    return { type: 'Tuple', line, items };
  }

  private isTupleEnd(extraEnd?: string[]): boolean {
    if (['variable_end', 'block_end'].includes(this.current.type) || this.test(')')) return true;
    return Boolean(extraEnd?.some((e) => this.test(e)));
  }

  private parseList(): Expr {
    const line = this.expect('[').line;
    const items: Expr[] = [];
    while (!this.test(']')) {
      if (items.length > 0) this.expect(',');
      if (this.test(']')) break;
      items.push(this.parseExpression());
    }
    this.expect(']');
    return { type: 'List', line, items };
  }

  private parseDict(): Expr {
    const line = this.expect('{').line;
    const items: { key: Expr; value: Expr }[] = [];
    while (!this.test('}')) {
      if (items.length > 0) this.expect(',');
      if (this.test('}')) break;
      const key = this.parseExpression();
      this.expect(':');
      items.push({ key, value: this.parseExpression() });
    }
    this.expect('}');
    return { type: 'Dict', line, items };
  }

  private parsePostfix(node: Expr): Expr {
    for (;;) {
      if (this.test('.') || this.test('[')) node = this.parseSubscript(node);
      else if (this.test('(')) node = this.parseCall(node);
      else return node;
    }
  }

  private parseFilterExpr(node: Expr): Expr {
    for (;;) {
      if (this.test('|')) node = this.parseFilter(node)!;
      else if (this.test('name:is')) node = this.parseTest(node);
      else if (this.test('(')) node = this.parseCall(node);
      else return node;
    }
  }

  private parseSubscript(node: Expr): Expr {
    const token = this.next();
    if (token.value === '.') {
      const attr = this.next();
      if (attr.type === 'name')
        return { type: 'Getattr', line: token.line, node, attr: attr.value };
      if (attr.type !== 'integer') this.fail('expected name or number', attr.line);
      return {
        type: 'Getitem',
        line: token.line,
        node,
        arg: { type: 'Const', line: attr.line, value: attr.number! },
      };
    }
    const args: (Expr | Slice)[] = [];
    while (!this.test(']')) {
      if (args.length > 0) this.expect(',');
      args.push(this.parseSubscribed());
    }
    this.expect(']');
    if (args.length === 1) return { type: 'Getitem', line: token.line, node, arg: args[0]! };
    if (args.some((a) => a.type === 'Slice')) {
      this.fail('a subscript with several slices is not supported', token.line);
    }
    return {
      type: 'Getitem',
      line: token.line,
      node,
      arg: { type: 'Tuple', line: token.line, items: args as Expr[] },
    };
  }

  private parseSubscribed(): Expr | Slice {
    const line = this.current.line;
    const parts: (Expr | undefined)[] = [];
    if (this.test(':')) {
      this.next();
      parts.push(undefined);
    } else {
      const node = this.parseExpression();
      if (!this.test(':')) return node;
      this.next();
      parts.push(node);
    }
    if (this.test(':')) parts.push(undefined);
    else if (!this.test(']') && !this.test(',')) parts.push(this.parseExpression());
    else parts.push(undefined);
    if (this.test(':')) {
      this.next();
      parts.push(!this.test(']') && !this.test(',') ? this.parseExpression() : undefined);
    } else {
      parts.push(undefined);
    }
    const [start, stop, step] = parts;
    return {
      type: 'Slice',
      line,
      ...(start ? { start } : {}),
      ...(stop ? { stop } : {}),
      ...(step ? { step } : {}),
    };
  }

  private parseCallArgs(): Arguments {
    const token = this.expect('(');
    const result: Arguments = { args: [], kwargs: [] };
    let requireComma = false;
    const ensure = (ok: boolean): void => {
      if (!ok) this.fail('invalid syntax for function call expression', token.line);
    };
    while (!this.test(')')) {
      if (requireComma) {
        this.expect(',');
        if (this.test(')')) break;
      }
      if (this.test('*')) {
        ensure(!result.dynArgs && !result.dynKwargs);
        this.next();
        result.dynArgs = this.parseExpression();
      } else if (this.test('**')) {
        ensure(!result.dynKwargs);
        this.next();
        result.dynKwargs = this.parseExpression();
      } else if (this.current.type === 'name' && this.test('=', this.look())) {
        ensure(!result.dynKwargs);
        const key = this.next().value;
        this.next();
        result.kwargs.push({ key, value: this.parseExpression() });
      } else {
        ensure(!result.dynArgs && !result.dynKwargs && result.kwargs.length === 0);
        result.args.push(this.parseExpression());
      }
      requireComma = true;
    }
    this.expect(')');
    return result;
  }

  private parseCall(node: Expr): CallNode {
    const line = this.current.line;
    return { type: 'Call', line, node, ...this.parseCallArgs() };
  }

  private parseFilter(node: Expr | undefined, startInline = false): FilterNode | undefined {
    let result: FilterNode | undefined;
    let operand = node;
    while (this.test('|') || startInline) {
      if (!startInline) this.next();
      const token = this.expect('name');
      let name = token.value;
      while (this.test('.')) {
        this.next();
        name += `.${this.expect('name').value}`;
      }
      const args = this.test('(') ? this.parseCallArgs() : { args: [], kwargs: [] };
      result = {
        type: 'Filter',
        line: token.line,
        ...(operand ? { node: operand } : {}),
        name,
        ...args,
      };
      operand = result;
      startInline = false;
    }
    return result;
  }

  private parseTest(node: Expr): Expr {
    const token = this.next();
    const negated = this.skipIf('name:not');
    let name = this.expect('name').value;
    while (this.test('.')) {
      this.next();
      name += `.${this.expect('name').value}`;
    }
    let args: Arguments = { args: [], kwargs: [] };
    const current = this.current;
    if (this.test('(')) {
      args = this.parseCallArgs();
    } else if (
      (['name', 'string', 'integer', 'float'].includes(current.type) ||
        this.test('[') ||
        this.test('{')) &&
      !['name:else', 'name:or', 'name:and'].some((e) => this.test(e))
    ) {
      if (this.test('name:is')) this.fail('You cannot chain multiple tests with is');
      args = { args: [this.parsePostfix(this.parsePrimary())], kwargs: [] };
    }
    const test: Expr = { type: 'Test', line: token.line, node, name, ...args };
    return negated ? { type: 'Not', line: token.line, node: test } : test;
  }
}
