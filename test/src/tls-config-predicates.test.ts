import { flowOf, predicateFindings } from './helpers/snippets';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { originNames } from '../../server/out/core/dataflow/origins';
import { enabledCipherElements } from '../../server/out/core/openssl-cipher-list';

/**
 * The predicates of tls-weak-cipher-suite and tls-pinning-misconfigured, and the engine steps
 * they rely on: an OpenSSL cipher list read as OpenSSL applies it, OkHttp pins counted per
 * host across one builder, a pinner nobody reads.
 */

const findings = predicateFindings;

const weak = (list: string): string[] => enabledCipherElements(list).filter((e) => [...e.tags].some((t) => /^(RC4|DES|3DES|eNULL|aNULL|EXPORT|LOW|MD5|@SECLEVEL=0)$/.test(t))).map((e) => e.text);

describe('OpenSSL cipher lists', () => {
  test('weak elements and aliases are enabled; modern lists are not weak', () => {
    assert.deepEqual(weak('ECDHE-RSA-AES256-SHA:AES256-SHA:RC4-SHA:RC4:HIGH:!MD5:!aNULL:!EDH'), ['RC4-SHA', 'RC4']);
    assert.deepEqual(weak('DES-CBC3-SHA'), ['DES-CBC3-SHA']);
    assert.deepEqual(weak('ECDH+AESGCM:DH+AESGCM:RSA+3DES:!aNULL:!MD5'), ['RSA+3DES']);
    assert.deepEqual(weak('TLS_AES_128_GCM_SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:HIGH:!aNULL'), []);
  });

  test('! and - remove what they name, also through the families OpenSSL files suites under', () => {
    assert.deepEqual(weak('HIGH:RC4-SHA:!RC4'), []);
    assert.deepEqual(weak('HIGH:RC4-SHA:-RC4'), []);
    assert.deepEqual(weak('!RC4:RC4-SHA'), [], 'a suite removed with ! never comes back');
    assert.deepEqual(weak('-RC4:RC4-SHA'), ['RC4-SHA'], 'one removed with - may be added again');
    assert.deepEqual(weak('ADH-AES256-SHA:AECDH-AES128-SHA:!aNULL'), []);
    assert.deepEqual(weak('NULL-SHA:!eNULL'), []);
    assert.deepEqual(weak('NULL-MD5:!NULL'), []);
    assert.deepEqual(weak('EXP-RC4-MD5:!EXP'), []);
    assert.deepEqual(weak('RC4-MD5:!MD5'), []);
    assert.deepEqual(weak('DES-CBC3-SHA:!DES'), ['DES-CBC3-SHA'], '!DES is single DES only');
    assert.deepEqual(weak('DES-CBC-SHA:!LOW'), []);
  });

  test('@SECLEVEL=0, alone or after an element', () => {
    assert.deepEqual(weak('DEFAULT@SECLEVEL=0'), ['@SECLEVEL=0']);
    assert.deepEqual(weak('ALL:@SECLEVEL=0'), ['@SECLEVEL=0']);
    assert.deepEqual(weak('DEFAULT@SECLEVEL=2'), []);
  });
});

describe('#sc-cipher-list-enables?', () => {
  test('a literal, a literal among array elements, a joined array', async () => {
    const code = `const a = 'HIGH:RC4-SHA';
const b = 'HIGH:RC4-SHA:!RC4';
const c = ['HIGH', 'RC4-SHA', '!aNULL'];
const d = ['HIGH', 'RC4-SHA', '!RC4'];
const e = ['HIGH', 'DES-CBC3-SHA'].join(':');`;
    const q = `([(string) (array)] @finding (#sc-cipher-list-enables? @finding "^(RC4|3DES)$"))`;
    assert.deepEqual(await findings('typescript', code, q), ["'HIGH:RC4-SHA'", "['HIGH', 'RC4-SHA', '!aNULL']", "'RC4-SHA'", "['HIGH', 'DES-CBC3-SHA']", "'DES-CBC3-SHA'"]);
  });

  test('through a constant; with or-unknown a value the file does not show holds', async () => {
    const code = `const WEAK = 'RC4-SHA';
tls.connect({ ciphers: WEAK });
tls.connect({ ciphers: WEAK + ':!RC4' });
tls.connect({ ciphers: process.env.CIPHERS });`;
    const q = `((pair value: (_) @finding) (#sc-cipher-list-enables? @finding "^RC4$"))`;
    assert.deepEqual(await findings('typescript', code, q), ['WEAK']);
    const unknown = `((pair value: (_) @finding) (#sc-cipher-list-enables? @finding "^RC4$" "or-unknown"))`;
    assert.deepEqual(await findings('typescript', code, unknown), ['WEAK', 'process.env.CIPHERS']);
  });
});

describe('#sc-sole-pin?', () => {
  const q = `((call_expression (navigation_expression (identifier) @_m .)) @finding (#eq? @_m "add") (#sc-sole-pin? @finding))
    ((call_expression (identifier) @_m) @finding (#eq? @_m "add") (#sc-sole-pin? @finding))`;

  test('Kotlin: pins of one host counted across a chain, a variable and an apply scope', async () => {
    const code = `const val P1 = "sha256/r8tN2Ybe8ZxKSaOHq7XRuB0Sl9HmPvZFv2NaRnt+7Lk="
const val P2 = "sha256/Qo0cDK1ZC1LPw7zHUxDb0SPmqP3yEpXyFXEmOtMCSdU="
fun a() = CertificatePinner.Builder().add("a.io", P1).add("a.io", P2).add("one.io", P1).build()
fun b(): CertificatePinner {
  val builder = CertificatePinner.Builder()
  builder.add("b.io", P1)
  builder.add("b.io", P1)
  return builder.build()
}
fun c() = CertificatePinner.Builder().apply { add("c.io", P1); add("c.io", P2) }.build()
fun d() = CertificatePinner.Builder().add("d.shop.io", P1).add("*.shop.io", P2).build()`;
    assert.deepEqual(await findings('kotlin', code, q), ['CertificatePinner.Builder().add("a.io", P1).add("a.io", P2).add("one.io", P1)', 'builder.add("b.io", P1)', 'builder.add("b.io", P1)', 'CertificatePinner.Builder().add("d.shop.io", P1).add("*.shop.io", P2)']);
  });

  test('pins the file does not show, and a builder from a parameter, are not counted as one', async () => {
    const code = `fun a() = CertificatePinner.Builder().add("a.io", BuildConfig.PIN).build()
fun b(pins: List<String>) = CertificatePinner.Builder().add("b.io", "sha256/r8tN2Ybe8ZxKSaOHq7XRuB0Sl9HmPvZFv2NaRnt+7Lk=").add("b.io", *pins.toTypedArray()).build()
fun c(builder: CertificatePinner.Builder) { builder.add("c.io", "sha256/r8tN2Ybe8ZxKSaOHq7XRuB0Sl9HmPvZFv2NaRnt+7Lk=") }`;
    assert.deepEqual(await findings('kotlin', code, q), []);
  });
});

describe('#sc-not-used-beyond?', () => {
  test('a pinner never read, only logged, or read', async () => {
    const code = `class C {
  fun f() {
    val unused = CertificatePinner.Builder().build()
    val logged = CertificatePinner.Builder().build()
    Log.d("t", logged.toString())
    val installed = CertificatePinner.Builder().build()
    OkHttpClient.Builder().certificatePinner(installed).build()
  }
}`;
    const q = `((property_declaration (variable_declaration (identifier) @finding)) (#sc-not-used-beyond? @finding "unused logged debug"))`;
    assert.deepEqual(await findings('kotlin', code, q), ['unused', 'logged']);
  });
});

describe('engine steps the TLS configuration rules rely on', () => {
  test('TypeScript: a joined array carries its elements; path.join does not count as one', async () => {
    const { flow, root } = await flowOf('typescript', `const list = ['HIGH', 'RC4-SHA'].join(':'); const p = path.join(dir, 'x');`);
    const calls: Node[] = [];
    const visit = (n: Node): void => {
      if (n.type === 'call_expression') calls.push(n);
      for (const c of n.namedChildren) if (c) visit(c);
    };
    visit(root);
    assert.deepEqual(calls.map((c) => flow.lang.alternatives(c)?.map((a) => a.text)), [["['HIGH', 'RC4-SHA']"], undefined]);
  });

  test('Kotlin: a comment inside a call chain keeps the member access', async () => {
    const { flow, root } = await flowOf('kotlin', 'val x = Builder()\n  // why\n  .add(1)');
    const nav = root.descendantsOfType('navigation_expression')[0]!;
    assert.equal(flow.lang.member(nav)?.name, 'add');
  });

  test('Java: new Outer.Inner() is made by Outer too', async () => {
    const { flow, root } = await flowOf('java', 'class A { void f() { new CertificatePinner.Builder().add(h, p); } }');
    const call = root.descendantsOfType('method_invocation')[0]!;
    assert.ok(originNames(flow, call, true).has('CertificatePinner'));
  });
});
