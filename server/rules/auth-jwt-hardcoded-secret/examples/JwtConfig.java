package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyStore;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jose4j.keys.HmacKey;

public class JwtConfig {
    private static final String JWT_SECRET = "c2VjcmV0LWtleS1mb3ItdGhlLWRlbW8tYXBw";
    private static final byte[] LEGACY_KEY = new byte[] {0x13, 0x37, 0x42, 0x55, 0x01, 0x02, 0x03, 0x04};
    private static final String KEY_ALIAS = "jwt-signing-key";

    private final KeyStore keyStore;
    private final SecretKey configuredKey;

    public JwtConfig(KeyStore keyStore, SecretKey configuredKey) {
        this.keyStore = keyStore;
        this.configuredKey = configuredKey;
    }

    // auth0 java-jwt
    public String sign(String user) {
        // ruleid: auth-jwt-hardcoded-secret
        return JWT.create().withSubject(user).sign(Algorithm.HMAC256("my-super-secret"));
    }

    public Algorithm verifierAlgorithm() {
        // ruleid: auth-jwt-hardcoded-secret
        return Algorithm.HMAC512(JWT_SECRET.getBytes(StandardCharsets.UTF_8));
    }

    // jjwt
    public Key signingKey() {
        // ruleid: auth-jwt-hardcoded-secret
        return Keys.hmacShaKeyFor(Decoders.BASE64.decode(JWT_SECRET));
    }

    public String legacyToken(String user) {
        return Jwts.builder()
                .setSubject(user)
                // ruleid: auth-jwt-hardcoded-secret
                .signWith(SignatureAlgorithm.HS256, LEGACY_KEY)
                .compact();
    }

    public Claims parse(String token) {
        return Jwts.parser()
                // ruleid: auth-jwt-hardcoded-secret
                .setSigningKey("another-secret")
                .parseClaimsJws(token)
                .getBody();
    }

    // Nimbus, jose4j, plain javax.crypto
    public MACSigner nimbusSigner() throws Exception {
        byte[] secret = Base64.getDecoder().decode(JWT_SECRET);
        // ruleid: auth-jwt-hardcoded-secret
        return new MACSigner(secret);
    }

    public MACVerifier nimbusVerifier() throws Exception {
        // reported once, where the key is made
        return new MACVerifier(hmacKey());
    }

    private SecretKey hmacKey() {
        // ruleid: auth-jwt-hardcoded-secret
        return new SecretKeySpec(JWT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public HmacKey joseKey() {
        // ruleid: auth-jwt-hardcoded-secret
        return new HmacKey("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    }

    // Keys from the key store, the configuration or the environment
    public Algorithm fromKeyStore() throws Exception {
        Key key = keyStore.getKey(KEY_ALIAS, null);
        // ok: auth-jwt-hardcoded-secret
        return Algorithm.HMAC256(key.getEncoded());
    }

    public Key fromEnvironment() {
        // ok: auth-jwt-hardcoded-secret
        return Keys.hmacShaKeyFor(Decoders.BASE64.decode(System.getenv("JWT_SECRET")));
    }

    public Algorithm withFallback() {
        String secret = System.getProperty("jwt.secret", "dev-only-secret");
        // ruleid: auth-jwt-hardcoded-secret [variant: fallback]
        return Algorithm.HMAC384(secret);
    }

    public Claims parseConfigured(String token) {
        // ok: auth-jwt-hardcoded-secret
        return Jwts.parser().setSigningKey(configuredKey).parseClaimsJws(token).getBody();
    }

    public SecretKey aesKey() {
        // ok: auth-jwt-hardcoded-secret
        return new SecretKeySpec(LEGACY_KEY, "AES");
    }
}

// A key derivation with a fixed label as HMAC key (session-android-style): no token involved
final class SharedSecretDerivation {
    static byte[] derive(byte[] sharedSecret) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        // ok: auth-jwt-hardcoded-secret
        mac.init(new SecretKeySpec("LOKI".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(sharedSecret);
    }
}
