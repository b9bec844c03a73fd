/** `Log.d` → `d`; `Foo.Bar<T>` → `Bar`; `a.b` → `b`: the name a callee or member text ends in. */
export function lastName(text: string): string {
  return /([A-Za-z_$][\w$]*)\s*(<[^>]*>)?\s*$/.exec(text)?.[1] ?? text;
}
