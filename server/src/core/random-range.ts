import type { Node } from 'web-tree-sitter';
import type { FileFlow } from './dataflow/flow';
import { lastName } from './dataflow/names';
import { render, valuesOf } from './dataflow/values';

/**
 * How many decimal digits a random code can have: the largest value of the expression a
 * random call sits in, from the call's own bounds and the arithmetic around it. Used by
 * auth-otp-low-entropy (CWE-330): an OTP or PIN of fewer than six digits is guessed within
 * the few attempts a rate limit allows far too often (MASTG: "use at least 6 digits").
 *
 * - `nextInt(10000)`, `arc4random_uniform(10000)`, `randomInt(10000)`: 0…9999;
 *   `nextInt(1000, 10000)`, `crypto.randomInt(1000, 10000)`: 1000…9999;
 * - `(1000..9999).random()`, `(1000 until 10000).random()`, `Int.random(in: 1000...9999)`,
 *   `Int.random(in: 1000..<10000)`: the range;
 * - `Math.random()`, `nextDouble()`, `nextFloat()`: 0…1, scaled by the arithmetic around it;
 * - `RandomStringUtils.randomNumeric(4)`: four digits.
 * Going up from the call: parentheses and conversions (`Math.floor`, `toInt()`, `Int(…)`)
 * keep the range, `+ k` shifts it, `* k` scales it, `% k` bounds it. Unknown bounds answer
 * undefined: nothing is guessed.
 */
export interface DigitRange {
  max: number;
}

const INT_BOUND = /^(nextInt|nextLong|arc4random_uniform|randomInt|nextSecureInt|nextUInt|nextULong)$/;
const UNIT = /^(random|nextDouble|nextFloat|nextGaussian)$/;
/** Math.random() and friends answer values below 1. */
const UNIT_MAX = 0.9999999;
const KEEPS = /^(floor|ceil|round|roundToInt|roundToLong|toFixed|trunc|abs|toInt|toLong|Int|UInt|Int32|Int64|UInt32|Number|parseInt|toString|valueOf|String|format|padStart)$/;

export function randomDigits(call: Node, flow: FileFlow): number | undefined {
  const range = ownRange(call, flow);
  if (!range) return undefined;
  const max = aroundCall(call, range.max, flow);
  if (max === undefined || !Number.isFinite(max) || max < 1) return undefined;
  return String(Math.floor(max)).length;
}

function ownRange(call: Node, flow: FileFlow): DigitRange | undefined {
  const info = flow.lang.call(call);
  if (!info) return undefined;
  const name = lastName(info.callee.text);
  const args = info.args.map((a) => a.value);
  if (name === 'randomNumeric' && args.length >= 1) {
    const n = numberOf(args[0]!, flow);
    return n === undefined ? undefined : { max: 10 ** n - 1 };
  }
  if (INT_BOUND.test(name)) {
    if (args.length === 1) {
      const n = numberOf(args[0]!, flow);
      return n === undefined ? undefined : { max: n - 1 };
    }
    if (args.length === 2) {
      const b = numberOf(args[1]!, flow);
      return b === undefined ? undefined : { max: b - 1 };
    }
    return undefined; // nextInt(): the whole int range
  }
  if (name === 'random') {
    // Swift Int.random(in: 1000...9999); Kotlin (1000..9999).random(); JS Math.random()
    const range = args.find((_, i) => info.args[i]!.label === 'in')?.text ?? receiverText(info, flow);
    if (range) return rangeMax(range);
    if (/(^|\.)Math\.random$/.test(info.callee.text)) return { max: UNIT_MAX };
    return undefined;
  }
  if (UNIT.test(name)) return { max: UNIT_MAX };
  return undefined;
}

function receiverText(info: NonNullable<ReturnType<FileFlow['lang']['call']>>, flow: FileFlow): string | undefined {
  const object = info.receiver ?? flow.lang.member(info.callee)?.object;
  return object && /\.\.|until|downTo/.test(object.text) ? object.text : undefined;
}

/** `1000..9999` → 9999, `1000 until 10000` / `1000..<10000` → 9999, `1000...9999` → 9999. */
function rangeMax(text: string): DigitRange | undefined {
  const m = /(\.\.\.|\.\.<|\.\.|until)\s*\(?\s*([\d_]+)[LlUu]*\s*\)?\s*\)?\s*$/.exec(text.replace(/^\(+|\)+$/g, '').trim());
  if (!m) return undefined;
  const end = Number(m[2]!.replace(/_/g, ''));
  return { max: m[1] === '..<' || m[1] === 'until' ? end - 1 : end };
}

/**
 * A constant number: a literal (`10_000`, `1e6`, `10000L`), a constant of this file whose only
 * value is one, or arithmetic of those (`(9999 - 1000 + 1)`, `10 ** 4`, `max - min + 1`).
 */
function numberOf(n: Node, flow?: FileFlow, depth = 0): number | undefined {
  if (depth > 6) return undefined;
  const text = n.text.replace(/_/g, '').replace(/[LlUu]+$/, '').trim();
  if (/^(\d+(\.\d+)?([eE]\d+)?|0x[0-9a-fA-F]+)$/.test(text)) return Number(text);
  if (!flow) return undefined;
  if (/^(parenthesized_expression|tuple_expression)$/.test(n.type) && n.namedChildCount === 1) return numberOf(n.namedChild(0)!, flow, depth + 1);
  if (/binary|multiplicative|additive/.test(n.type)) {
    const operator = n.children.find((c) => c !== null && !c.isNamed && /^([-+*/%]|\*\*)$/.test(c.type))?.type;
    const [a, b] = n.namedChildren.filter((c): c is Node => c !== null);
    const x = a && numberOf(a, flow, depth + 1);
    const y = b && numberOf(b, flow, depth + 1);
    if (operator === undefined || x === undefined || y === undefined || x === null || y === null) return undefined;
    return operator === '+' ? x + y : operator === '-' ? x - y : operator === '*' ? x * y : operator === '/' ? x / y : operator === '%' ? x % y : x ** y;
  }
  if (flow.lang.identifiers.has(n.type) || flow.lang.member(n)) {
    const values = valuesOf(flow, n).map((v) => render(v));
    if (values.length === 1 && /^\d+(\.\d+)?$/.test(values[0]!.replace(/_/g, ''))) return Number(values[0]!.replace(/_/g, ''));
  }
  return undefined;
}

/** Up through the arithmetic the random value takes part in. */
function aroundCall(call: Node, max: number, flow: FileFlow): number | undefined {
  let node = call;
  for (let depth = 0; node.parent && depth < 8; depth++) {
    const p = node.parent;
    if (/^(parenthesized_expression|tuple_expression|value_argument|value_arguments|arguments|argument_list|call_suffix|postfix_expression|as_expression|non_null_expression|force_unwrap_expression)$/.test(p.type)) {
      node = p;
      continue;
    }
    const info = flow.lang.call(p);
    if (info) {
      if (!KEEPS.test(lastName(info.callee.text))) return max;
      node = p;
      continue;
    }
    // Kotlin/JS navigation `x.toInt()` is the callee of a call: step over the member access.
    const member = flow.lang.member(p);
    if (member && member.object.id === node.id && p.parent && flow.lang.call(p.parent)) {
      if (!KEEPS.test(member.name)) return max;
      node = p.parent;
      continue;
    }
    if (/binary|additive|multiplicative|infix/.test(p.type)) {
      const operator = p.children.find((c) => c !== null && !c.isNamed && /^[-+*%/]$/.test(c.type))?.type;
      const other = p.namedChildren.find((c) => c !== null && c.id !== node.id);
      // `"" + rnd.nextInt(10000)`: joined into a string, the number keeps its digits.
      if (operator === '+' && other && /string|template/.test(other.type)) return max;
      const k = other ? numberOf(other, flow) : undefined;
      // An operand this file does not fix makes the range unknown: nothing is guessed.
      if (!operator || k === undefined) return /[+*]/.test(operator ?? '') ? undefined : max;
      if (operator === '+') max += k;
      else if (operator === '*') max *= k;
      else if (operator === '%') max = Math.min(max, k - 1);
      else if (operator === '/') max /= k;
      else if (operator === '-') max -= k;
      node = p;
      continue;
    }
    return max;
  }
  return max;
}
