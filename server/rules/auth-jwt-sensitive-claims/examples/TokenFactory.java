package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import java.security.Key;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;

public class TokenFactory {
    private final Algorithm algorithm;
    private final Key key;

    public TokenFactory(Algorithm algorithm, Key key) {
        this.algorithm = algorithm;
        this.key = key;
    }

    public String session(User user) {
        return JWT.create()
                .withSubject(user.getId())
                // ruleid: auth-jwt-sensitive-claims
                .withClaim("password", user.getPassword())
                .withExpiresAt(Instant.now().plusSeconds(900))
                .sign(algorithm);
    }

    public String payment(User user, String cvv) {
        return Jwts.builder()
                .setSubject(user.getId())
                // ruleid: auth-jwt-sensitive-claims
                .claim("cardNumber", user.getCardNumber())
                // ruleid: auth-jwt-sensitive-claims
                .claim("cvv", cvv)
                .setExpiration(Date.from(Instant.now().plusSeconds(300)))
                .signWith(key)
                .compact();
    }

    public String withMap(User user) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", user.getId());
        // ruleid: auth-jwt-sensitive-claims [variant: personal]
        claims.put("email", user.getEmail());
        return JWT.create().withPayload(claims).withExpiresAt(Instant.now().plusSeconds(900)).sign(algorithm);
    }

    public JWTClaimsSet nimbus(User user) {
        return new JWTClaimsSet.Builder()
                .subject(user.getId())
                // ruleid: auth-jwt-sensitive-claims [variant: personal]
                .claim("phone_number", user.getPhone())
                .expirationTime(Date.from(Instant.now().plusSeconds(900)))
                .build();
    }

    // Look-alikes
    public String minimal(User user) {
        return JWT.create()
                .withSubject(user.getId())
                // ok: auth-jwt-sensitive-claims
                .withClaim("role", user.getRole())
                // ok: auth-jwt-sensitive-claims
                .withClaim("email_verified", true)
                .withExpiresAt(Instant.now().plusSeconds(900))
                .sign(algorithm);
    }

    public String encrypted(User user, SecretKey aesKey) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(user.getId())
                // ok: auth-jwt-sensitive-claims
                .claim("email", user.getEmail())
                .build();
        EncryptedJWT jwe = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), claims);
        jwe.encrypt(new DirectEncrypter(aesKey));
        return jwe.serialize();
    }

    public Map<String, String> profile(User user) {
        Map<String, String> response = new HashMap<>();
        // ok: auth-jwt-sensitive-claims
        response.put("email", user.getEmail());
        return response;
    }

    public interface User {
        String getId();
        String getRole();
        String getEmail();
        String getPassword();
        String getPhone();
        String getCardNumber();
    }
}
