package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.security.Key;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

public class TokenService {
    private static final String UNSIGNED = "none";
    private static final String COMPRESSION = "none";
    private final Key signingKey;
    private final Algorithm hmac;

    public TokenService(Key signingKey, Algorithm hmac) {
        this.signingKey = signingKey;
        this.hmac = hmac;
    }

    // auth0 java-jwt: issued and accepted without a signature
    public String issueGuestToken(String user) {
        // ruleid: auth-jwt-none-algorithm
        return JWT.create().withSubject(user).sign(Algorithm.none());
    }

    public DecodedJWT verifyLegacy(String token) {
        // ruleid: auth-jwt-none-algorithm
        Algorithm algorithm = Algorithm.none();
        return JWT.require(algorithm).build().verify(token);
    }

    // ok: auth-jwt-none-algorithm
    public DecodedJWT verify(String token) {
        return JWT.require(hmac).withIssuer("https://auth.example.com").build().verify(token);
    }

    // jjwt: parse methods that accept unsigned tokens
    public Claims readUnsigned(String token) {
        // ruleid: auth-jwt-none-algorithm
        return Jwts.parser().setSigningKey(signingKey).parseClaimsJwt(token).getBody();
    }

    public Object readAny(String token) {
        // jjwt before 0.12: parse() returns an unsigned token as it is, the key is never used
        // ruleid: auth-jwt-none-algorithm
        return Jwts.parser().setSigningKey(signingKey).parse(token).getBody();
    }

    public Object readWithParser(String token) {
        JwtParser parser = Jwts.parserBuilder().setSigningKey(signingKey).build();
        // ruleid: auth-jwt-none-algorithm
        return parser.parse(token).getBody();
    }

    public Claims readUnsecured(String token) {
        // ruleid: auth-jwt-none-algorithm
        return Jwts.parser().unsecured().build().parseUnsecuredClaims(token).getPayload();
    }

    public Claims readSigned(String token) {
        // ok: auth-jwt-none-algorithm
        return Jwts.parser().setSigningKey(signingKey).parseClaimsJws(token).getBody();
    }

    public Claims readSigned012(String token) {
        // ok: auth-jwt-none-algorithm
        return Jwts.parser().verifyWith((javax.crypto.SecretKey) signingKey).build().parseSignedClaims(token).getPayload();
    }

    // jjwt: a builder that is never given a key writes "alg": "none"
    public String issueUnsigned(String user) {
        // ruleid: auth-jwt-none-algorithm
        return Jwts.builder().setSubject(user).setExpiration(new Date(System.currentTimeMillis() + 60_000)).compact();
    }

    public String issueSigned(String user) {
        // ok: auth-jwt-none-algorithm
        return Jwts.builder().setSubject(user).signWith(signingKey).compact();
    }

    public String issueWithHeader(String user) {
        Map<String, Object> header = new HashMap<>();
        // ruleid: auth-jwt-none-algorithm
        header.put("alg", UNSIGNED);
        return Jwts.builder().setHeader(header).setSubject(user).signWith(signingKey).compact();
    }

    // Nimbus: PlainJWT is the unsecured JWT
    public String issuePlain(JWTClaimsSet claims) {
        // ruleid: auth-jwt-none-algorithm
        return new PlainJWT(claims).serialize();
    }

    public JWTClaimsSet readPlain(String token) throws Exception {
        // ruleid: auth-jwt-none-algorithm
        return PlainJWT.parse(token).getJWTClaimsSet();
    }

    // jose4j
    public String issueJose(String claimsJson) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claimsJson);
        // ruleid: auth-jwt-none-algorithm
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        return jws.getCompactSerialization();
    }

    public JwtConsumer consumer() {
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                // ruleid: auth-jwt-none-algorithm
                .setDisableRequireSignature()
                // ruleid: auth-jwt-none-algorithm
                .setSkipSignatureVerification()
                .build();
    }

    public String issueJoseSigned(String claimsJson) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claimsJson);
        // ok: auth-jwt-none-algorithm
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(signingKey);
        return jws.getCompactSerialization();
    }

    // Look-alikes: rejecting "none", and "none" that is not an algorithm
    public void rejectUnsigned(io.jsonwebtoken.JwsHeader<?> header) {
        // ok: auth-jwt-none-algorithm
        if (SignatureAlgorithm.NONE.getValue().equals(header.getAlgorithm())) {
            throw new SecurityException("unsigned token");
        }
        // ok: auth-jwt-none-algorithm
        if ("none".equalsIgnoreCase(header.getAlgorithm())) {
            throw new SecurityException("unsigned token");
        }
    }

    public Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        // ok: auth-jwt-none-algorithm
        settings.put("compression", COMPRESSION);
        return settings;
    }
}
