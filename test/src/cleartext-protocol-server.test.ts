import { predicateFindings } from './helpers/snippets';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzer } from './helpers/engine';

/**
 * What transport-cleartext-protocol and transport-cleartext-server decide beyond their
 * examples: which host and bind addresses stay on the device (#sc-loopback-address?), the
 * schemes argument of #sc-cleartext-url?, and a Node file that also serves TLS.
 */

const findings = predicateFindings;

describe('#sc-loopback-address? / #sc-not-loopback-address?', () => {
  test('TypeScript: literals, constants, ports, local sockets; 0.0.0.0 and unknown hosts are not loopback', async () => {
    const code = `const LOCAL = 'localhost'; const ANY = '0.0.0.0';
listen(1, '127.0.0.1'); listen(2, LOCAL); listen(3, '::1'); listen(4, 'localhost:50051'); listen(5, 'dns:///localhost:50051');
listen(6, 'unix:/run/app.sock'); listen(7, '/tmp/app.sock'); listen(8, \`localhost:\${port}\`);
listen(9, ANY); listen(10, host); listen(11, 'api.shop.io:443'); listen(12, cfg.local ? 'localhost' : 'api.shop.io');
listen(13, LOCAL_HOSTNAME); listen(14, config.loopbackHost);`;
    const q = '((call_expression arguments: (arguments . (_) @finding . (_) @_host)) (#sc-loopback-address? @_host))';
    assert.deepEqual(await findings('typescript', code, q), ['1', '2', '3', '4', '5', '6', '7', '8', '13', '14']);
    const not = '((call_expression arguments: (arguments . (_) @finding . (_) @_host)) (#sc-not-loopback-address? @_host))';
    assert.deepEqual(await findings('typescript', code, not), ['9', '10', '11', '12']);
  });

  test('Java: InetAddress and InetSocketAddress, locals, builder chains', async () => {
    const code = `class A { void f(String host) throws Exception {
  InetAddress lo = InetAddress.getLoopbackAddress();
  bind(1, InetAddress.getLoopbackAddress()); bind(2, lo); bind(3, InetAddress.getByName("127.0.0.1"));
  bind(4, new InetSocketAddress("localhost", 8080)); bind(5, InetAddress.getByAddress(new byte[]{127, 0, 0, 1}));
  bind(6, ManagedChannelBuilder.forAddress("localhost", 50051).maxInboundMessageSize(9));
  bind(7, new InetSocketAddress(8080)); bind(8, InetAddress.getByName(host)); bind(9, InetAddress.getLocalHost());
  bind(10, ManagedChannelBuilder.forTarget(host));
} }`;
    const q = '((method_invocation arguments: (argument_list . (_) @finding . (_) @_address)) (#sc-loopback-address? @_address))';
    assert.deepEqual(await findings('java', code, q), ['1', '2', '3', '4', '5', '6']);
  });

  test('Kotlin: byteArrayOf, parameters named as loopback, parameters given a loopback argument', async () => {
    const code = `fun open(loopbackHost: String, host: String) {
  bind(1, InetAddress.getByAddress(byteArrayOf(127, 0, 0, 1)))
  bind(2, InetSocketAddress(loopbackHost, 0))
  bind(3, InetSocketAddress(host, 0))
}
fun serve(address: String) = bind(4, address)
fun main() { serve("127.0.0.1") }`;
    const q = '((call_expression (value_arguments . (value_argument) @finding . (value_argument (_) @_address))) (#sc-loopback-address? @_address))';
    assert.deepEqual(await findings('kotlin', code, q), ['1', '2', '4']);
  });
});

describe('#sc-cleartext-url? with schemes', () => {
  test('ftp, telnet and mqtt URLs to remote hosts; the secure schemes and loopback hosts are not', async () => {
    const code = `a("ftp://mirror.shop.io/pub"); b("telnet://" + host); c("mqtt://broker.shop.io"); d("sftp://mirror.shop.io");
e("ftps://mirror.shop.io"); f("mqtts://broker.shop.io"); g("ftp://localhost/pub"); h("http://api.shop.io");`;
    const q = '((string) @finding (#sc-cleartext-url? @finding "ftp telnet mqtt"))';
    assert.deepEqual(await findings('typescript', code, q), ['"ftp://mirror.shop.io/pub"', '"telnet://"', '"mqtt://broker.shop.io"']);
    const web = '((string) @finding (#sc-cleartext-url? @finding))';
    assert.deepEqual(await findings('typescript', code, web), ['"http://api.shop.io"']);
  });
});

describe('transport-cleartext-server in a Node file that also serves TLS', () => {
  const RULE = { ruleIds: new Set(['transport-cleartext-server']) };
  const TS = { language: 'typescript', grammar: 'typescript' } as const;
  const plain = [
    "const http = require('http');",
    "const app = require('express')();",
    'http.createServer((req, res) => res.end()).listen(80);',
    'app.listen(8080);',
  ];

  test('without a TLS server, both plain listeners are reported', async () => {
    const { findings: found } = await analyzer().analyze(plain.join('\n'), TS, RULE);
    assert.deepEqual(found.map((f) => f.range.start.line), [2, 3]);
  });

  test('with https.createServer, an https import or fastify({ https }), the plain listener is a redirect or a setting', async () => {
    for (const tls of [
      "https.createServer({ key, cert }, app).listen(443);",
      "import https from 'node:https';",
      "const secure = require('fastify')({ https: { key, cert } });",
    ]) {
      const { findings: found } = await analyzer().analyze([...plain, tls].join('\n'), TS, RULE);
      assert.deepEqual(found, [], tls);
    }
  });
});
