import type { Node } from 'web-tree-sitter';
import type { FileFlow } from './dataflow/flow';
import { lastName } from './dataflow/names';
import { render, valuesThrough, type ThroughWrapper } from './dataflow/values';
import type { FileContext } from './file-context';
import { node, regexArg, type PredicateArg, type PredicateFn } from './predicate-helpers';
import type { GrammarId } from './types';

/**
 * `(#sc-url-value-matches? @expr "re")`: like #sc-value-matches?, but the value is read
 * through the calls that carry a URL on: parsing (`Uri.parse(u)`, `URL(string: u)`,
 * `new URL(u)`, `u.toUri()`), requests (`URLRequest(url: u)`), builders (`buildUpon()`,
 * `appendQueryParameter(…)`, `build()`, `toString()`, `components.url`, `url.href`) and
 * percent-encoding. A builder step that sets the path (`.path("/oauth/authorize")`,
 * `addPathSegments("auth/authorize")`) stands for that path. E.g. an authorization endpoint
 * that reaches `webView.load(URLRequest(url: URL(string: authURL)!))` (RFC 8252 section 8.12).
 */
function urlValueMatches(_grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const expr = node(args[0], 'sc-url-value-matches?');
  const pattern = regexArg(args[1], 'sc-url-value-matches?', file);
  const flow = file.flow;
  if (!flow) return pattern.test(expr.text);
  return valuesThrough(flow, expr, urlCarriers(flow, file)).some((v) => pattern.test(render(v)));
}

/** What stands for a URL-carrying call or property: its URL argument, its receiver, or the path it sets. */
export function urlCarriers(flow: FileFlow, file: FileContext): ThroughWrapper {
  const carriers = file.lists.matcher('url-carrier-members,url-encoding-callees');
  const paths = file.lists.matcher('url-path-members');
  return (n: Node) => {
    const call = flow.lang.call(n);
    if (call) {
      const name = lastName(call.callee.text);
      const receiver = flow.lang.member(call.callee)?.object ?? call.receiver;
      if (paths.test(name)) return call.args[0]?.value;
      if (!carriers.test(name)) return undefined;
      // URL(string: u), URLRequest(url: u), Uri.parse(u), new URL(u, base): the first argument;
      // u.toUri(), builder.build(), b.appendQueryParameter(k, v): the receiver
      const first = call.args[0];
      const takesUrl = first && (first.label === undefined || first.label === '' || /^(string|url|URL|urlString)$/.test(first.label));
      if (takesUrl && !/^(appendQueryParameter|addQueryParameter|addEncodedQueryParameter|setQueryParameter|appending|appendingQueryParameters)$/.test(name)) return first.value;
      return receiver;
    }
    // components.url, uri.absoluteString, url.href
    const member = flow.lang.member(n);
    if (member && carriers.test(member.name) && !flow.bindings.resolve(n) && flow.propertyOf(member.object, member.name).length === 0) return member.object;
    return undefined;
  };
}

export const URL_VALUE_PREDICATES: Record<string, PredicateFn> = {
  'sc-url-value-matches?': urlValueMatches,
};
