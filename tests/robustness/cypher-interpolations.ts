// Finds every place in src/ where a Cypher statement is built from a value that is not a constant: `${x}` in a
// template literal, or `+ x`, where the text around it holds a Cypher keyword. An interpolated value whose type
// is a string literal or a union of them (NodeLabel, RelType: the model's fixed lists) is a constant by
// construction; anything else is reported, so that each one is looked at. Messages of errors are not statements.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Upper-case Cypher clause keywords: enough to tell a statement from prose. */
const CYPHER = /\b(MATCH|MERGE|CREATE|UNWIND|DELETE|DETACH|RETURN|SET|REMOVE|CALL|COPY|SHOW|DROP|LOAD|WITH)\b/;

export interface Interpolation {
  /** Path relative to the package root. */
  file: string;
  line: number;
  /** The expression's source text, as written. */
  expression: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** True when every value of the type is known at compile time: string or number literals, or unions of them. */
function isConstantType(type: ts.Type): boolean {
  if (type.isUnion()) return type.types.every(isConstantType);
  return type.isStringLiteral() || type.isNumberLiteral();
}

/** Inside `new SomethingError(...)`: a message, not a statement. */
function inErrorMessage(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isNewExpression(n) && /Error$/.test(n.expression.getText())) return true;
    if (ts.isFunctionLike(n)) return false;
  }
  return false;
}

/** The non-constant values interpolated into Cypher text in the .ts files under `root/src`. */
export function cypherInterpolations(root: string): Interpolation[] {
  const files = sourceFiles(path.join(root, 'src')).map((f) => path.resolve(f));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const found: Interpolation[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!files.includes(path.resolve(sf.fileName))) continue;
    const report = (expr: ts.Expression) => {
      if (isConstantType(checker.getTypeAtLocation(expr))) return;
      found.push({
        file: path.relative(root, sf.fileName),
        line: sf.getLineAndCharacterOfPosition(expr.getStart()).line + 1,
        expression: expr.getText(),
      });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isTemplateExpression(node) && !inErrorMessage(node)) {
        const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
        if (CYPHER.test(text)) node.templateSpans.forEach((s) => report(s.expression));
      }
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
        !ts.isBinaryExpression(node.parent) &&
        !inErrorMessage(node)
      ) {
        const operands: ts.Expression[] = [];
        const flatten = (e: ts.Expression) => {
          if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
            flatten(e.left);
            flatten(e.right);
          } else operands.push(e);
        };
        flatten(node);
        const literal = (e: ts.Expression) => ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e);
        const texts = operands.filter((e) => literal(e) || ts.isTemplateExpression(e)).map((e) => e.getText());
        if (CYPHER.test(texts.join(' '))) {
          // templates are checked on their own above; any other operand is a value joined into the statement
          operands.filter((e) => !literal(e) && !ts.isTemplateExpression(e)).forEach(report);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}
