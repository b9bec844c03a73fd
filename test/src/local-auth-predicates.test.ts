import { flowOf, predicateFindings } from './helpers/snippets';
import type { Node } from 'web-tree-sitter';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isCredentialText, isSecretName } from '../../server/out/core/credentials';
import { loadWordLists } from '../../server/out/node/rule-files';

/** Predicates of the second-factor and local-decision rules (local-auth-predicates.ts). */
const LISTS = loadWordLists();

const findings = predicateFindings;

describe('credential text (credentials.ts)', () => {
  const any = (t: string) => isCredentialText(JSON.stringify(t), 'any', LISTS);
  test('real values are credentials; placeholders, labels, key names, prose and bare schemes are not', () => {
    for (const real of ['Bearer 7d1f0c9a8b6e5d4c', 'Basic Zm9vYmFy', 's3cret!', 'keyboard cat', 'root', 'admin:s3cret', 'sk_live_4eC39HqLyjWD']) {
      assert.ok(any(real), real);
    }
    for (const fake of ['', 'Bearer ', 'password', 'changeme', '<your-key>', 'YOUR_API_KEY', 'xxxx', '%s', 'access_token', 'SJRefreshToken',
      'm.login.password', 'user:password', 'Enter your password', 'Password', 'DeepL-Auth-Key ', '&md5pass=', 'ol_api_', 'sk-...',
      'HMAC-SHA1', 'pk_live_51H8xYz', 'phc_Jzsm6DTm6V2705zeU5dc']) {
      assert.ok(!any(fake), fake);
    }
  });
  test('names that are not secrets: PEM armour, validation rules, error codes, dummy passwords, emoji, code points', () => {
    for (const fake of ['-----BEGIN PRIVATE KEY-----', 'required', 'required|min:8', 'mailer/smtp_password_undefined', 'x-oauth-basic', '1f5dd']) {
      assert.ok(!any(fake), fake);
    }
    for (const real of ['admin/admin', 'requiredPass1', 'Example@1', 'secretEnvironments']) assert.ok(any(real), real);
    assert.ok(isCredentialText('"-----BEGIN-OPENSSH-7f3a9c2e1b"', 'any', LISTS));
  });
  test('interpolated pieces are computed, not written', () => {
    assert.ok(!isCredentialText('"Bearer $token"', 'any', LISTS));
    assert.ok(!isCredentialText('"alice-$timestamp"', 'any', LISTS));
    assert.ok(!isCredentialText('`Bearer ${token}`', 'any', LISTS));
  });
  test('modes: password (not a plain word), strict (a generated key), client-key, userinfo', () => {
    assert.ok(isCredentialText('"L33tS3cr3t"', 'password', LISTS));
    assert.ok(!isCredentialText('"android"', 'password', LISTS));
    assert.ok(!isCredentialText('"keyHash"', 'password', LISTS));
    assert.ok(isCredentialText('"6805ca9a091e45ada8a9d8988367f14e"', 'strict', LISTS));
    assert.ok(!isCredentialText('"sendScheduled"', 'strict', LISTS));
    assert.ok(isCredentialText('"AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"', 'client-key', LISTS));
    assert.ok(!isCredentialText('"AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"', 'any', LISTS));
    assert.ok(isCredentialText('"4f3c2b1a9e8d7c6b5a4f3e2d"', 'client-key', LISTS, 'MAPS_API_KEY'));
    assert.ok(isCredentialText('"https://sync:M1rr0r-Key@mirror.shop.io"', 'userinfo', LISTS));
    assert.ok(!isCredentialText('"https://user:password@mirror.example.com"', 'userinfo', LISTS));
    assert.ok(!isCredentialText('"https://${u}:${p}@mirror.shop.io"', 'userinfo', LISTS));
  });
});

describe('secret names (credentials.ts)', () => {
  test('names of the secret itself, not of hints, storage keys or other rules\' secrets', () => {
    for (const name of ['API_KEY', 'apiKey', 'authToken', 'PRIVATE_KEY', 'password', '"secret"', 'formUriBasicAuthPassword']) {
      assert.ok(isSecretName(name, 'secret', LISTS), name);
    }
    for (const name of ['passwordHint', 'tokenType', 'TOKEN_KEY', 'KEY_PASSWORD', 'PREF_PIN', 'PASSWORD_HASH_KEY', 'CLIENT_SECRET', 'jwtSecret', 'spinner']) {
      assert.ok(!isSecretName(name, 'secret', LISTS), name);
    }
    assert.ok(isSecretName('ADMIN_PASSWORD', 'password', LISTS));
    assert.ok(!isSecretName('API_KEY', 'password', LISTS));
    assert.ok(isSecretName('X-Api-Key', 'key', LISTS));
    assert.ok(!isSecretName('password', 'key', LISTS));
  });
});

describe('#sc-credential-literal? and #sc-secret-name?', () => {
  test('Kotlin: literals kept under secret names, judged by shape', async () => {
    const code = `const val API_KEY = "4f3c2b1a9e8d7c6b5a4f3e2d"
const val TOKEN_KEY = "4f3c2b1a9e8d7c6b5a4f3e2d"
const val PASSWORD = "password"
val apiKey = "changeme"`;
    const q = '((string_literal) @finding (#sc-secret-name? @finding "secret" "kept-under") (#sc-credential-literal? @finding "strict"))';
    assert.deepEqual(await findings('kotlin', code, q), ['"4f3c2b1a9e8d7c6b5a4f3e2d"']);
  });
  test('a bad mode names the choices', async () => {
    await assert.rejects(findings('kotlin', 'val a = "x"', '((string_literal) @finding (#sc-credential-literal? @finding "loose"))'), /expected one of/);
  });
});

describe('#sc-declared-as?', () => {
  test('Kotlin: a receiver declared, typed or constructed as a BiometricPrompt; not a callback that only mentions one', async () => {
    const code = `class A {
  private lateinit var prompt: BiometricPrompt
  private val helper = object : BiometricPrompt.AuthenticationCallback() {
    fun x() = BiometricPrompt(a, b, c)
  }
  fun f() {
    val local = BiometricPrompt(activity, executor, callback)
    prompt.authenticate(info)
    local.authenticate(info)
    helper.authenticate(info)
  }
}`;
    const q = '((call_expression (navigation_expression (identifier) @finding . (identifier) .)) (#sc-declared-as? @finding "(^|[^.\\\\w])BiometricPrompt\\\\s*\\\\(|:\\\\s*BiometricPrompt\\\\s*$"))';
    assert.deepEqual(await findings('kotlin', code, q), ['prompt', 'local']);
  });
});

describe('#sc-entered-credential?', () => {
  test('Kotlin: the value an operand denotes is a typed credential', async () => {
    const code = `fun f() {
  a(pin)
  a(pinField.text.toString())
  a(sha256(password))
  a(pin.length)
  a(api.verifyOtp(otp).status)
  a(otpAttempts)
  a(binding.passcodeInput.text)
}`;
    const q = '((call_expression (identifier) @_a (value_arguments (value_argument (_) @finding))) (#eq? @_a "a") (#sc-entered-credential? @finding))';
    assert.deepEqual(await findings('kotlin', code, q), ['pin', 'pinField.text.toString()', 'sha256(password)', 'binding.passcodeInput.text']);
  });
});

describe('conversions carry a value (dataflow/flow.ts)', () => {
  test('a random number reaches the string made of it through toString(), String.valueOf and Math.floor', async () => {
    const kotlin = await flowOf('kotlin', 'fun f() { val n = Random.nextInt(10000)\n val otp = (n + 1000).toString()\n sink(otp) }');
    const java = await flowOf('java', 'class A { void f() { int n = random.nextInt(10000); String otp = String.valueOf(n); sink(otp); } }');
    const ts = await flowOf('typescript', 'const otp = Math.floor(1000 + Math.random() * 9000).toString(); sink(otp);');
    for (const { flow, root } of [kotlin, java, ts]) {
      const sinks: Node[] = [];
      const visit = (n: Node): void => {
        const call = flow.lang.call(n);
        if (call && call.callee.text === 'sink') sinks.push(call.args[0]!.value);
        for (const c of n.namedChildren) if (c) visit(c);
      };
      visit(root);
      const isRandom = (n: Node): boolean => !!flow.lang.call(n) && /random|nextInt/.test(flow.lang.call(n)!.callee.text);
      assert.equal(flow.sourcesReaching(sinks[0]!, isRandom).length, 1, root.text);
    }
  });
  test('the options of a conversion (an encoding, a radix, a pad character) are not its value', async () => {
    const { flow, root } = await flowOf('typescript', "const x = Buffer.from(key).toString('base64').padStart(8, '0'); sink(x);");
    let sink: Node | undefined;
    const visit = (n: Node): void => {
      const call = flow.lang.call(n);
      if (call && call.callee.text === 'sink') sink = call.args[0]!.value;
      for (const c of n.namedChildren) if (c) visit(c);
    };
    visit(root);
    assert.deepEqual(flow.sourcesReaching(sink!, (n) => n.type === 'string').map((p) => p.steps[0]!.node.text), []);
  });
});

describe('#sc-random-digits-below? (random-range.ts)', () => {
  const q = (calls: string) => `((call_expression) @finding (#match? @finding "${calls}") (#sc-random-digits-below? @finding "6"))`;
  test('Kotlin: bounds, ranges and the arithmetic around the call', async () => {
    const code = `fun f() {
  a(Random.nextInt(10000))
  a(Random.nextInt(9000) + 1000)
  a((1000..9999).random())
  a((100000..999999).random())
  a(Random.nextInt(1000, 10000))
  a(Random.nextInt(1_000_000))
  a(Random.nextInt())
  a(listOf(1, 2).random())
}`;
    assert.deepEqual(await findings('kotlin', code, q('(nextInt|random)\\\\(')), ['Random.nextInt(10000)', 'Random.nextInt(9000)', '(1000..9999).random()', 'Random.nextInt(1000, 10000)']);
  });
  test('TypeScript and Swift: Math.random scaled, randomInt, Int.random(in:), arc4random_uniform', async () => {
    const ts = `a(Math.floor(1000 + Math.random() * 9000));
a(Math.floor(100000 + Math.random() * 900000));
a(crypto.randomInt(0, 10000));`;
    assert.deepEqual(await findings('typescript', ts, q('^(Math\\\\.random|crypto\\\\.randomInt)')), ['Math.random()', 'crypto.randomInt(0, 10000)']);
    const swift = `a(Int.random(in: 1000...9999))
a(Int.random(in: 0..<1_000_000))
a(Int(arc4random_uniform(9000)) + 1000)`;
    assert.deepEqual(await findings('swift', swift, q('^(Int\\\\.random|arc4random_uniform)')), ['Int.random(in: 1000...9999)', 'arc4random_uniform(9000)']);
  });
});
