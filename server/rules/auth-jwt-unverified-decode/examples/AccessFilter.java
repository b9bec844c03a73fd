package com.example.auth;

import android.util.Base64;
import com.auth0.android.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import org.json.JSONObject;

public class AccessFilter {
    private final JWTVerifier verifier;
    private final RSASSAVerifier nimbusVerifier;

    public AccessFilter(JWTVerifier verifier, RSASSAVerifier nimbusVerifier) {
        this.verifier = verifier;
        this.nimbusVerifier = nimbusVerifier;
    }

    // auth0 java-jwt: decode() does not check the signature
    public boolean isAdmin(String token) {
        DecodedJWT jwt = com.auth0.jwt.JWT.decode(token);
        // ruleid: auth-jwt-unverified-decode
        if (jwt.getClaim("admin").asBoolean()) {
            return true;
        }
        return false;
    }

    // Server filter: the caller's tenant is taken from a token nobody verified
    public String tenantOf(HttpServletRequest request) {
        String token = request.getHeader("Authorization").substring(7);
        DecodedJWT jwt = com.auth0.jwt.JWT.decode(token);
        String tenant = jwt.getClaim("tenant").asString();
        // ruleid: auth-jwt-unverified-decode
        return "internal".equals(tenant) ? "all" : tenant;
    }

    // JWTDecode.Android on the client
    public boolean canModerate(String accessToken) {
        JWT jwt = new JWT(accessToken);
        List<String> roles = jwt.getClaim("roles").asList(String.class);
        // ruleid: auth-jwt-unverified-decode
        if (roles.contains("moderator")) {
            return true;
        }
        return false;
    }

    // Nimbus: parse() only reads the token; verify() is never called here
    public boolean isService(HttpServletRequest request) throws Exception {
        SignedJWT signed = SignedJWT.parse(request.getHeader("X-Service-Token"));
        // ruleid: auth-jwt-unverified-decode
        while (signed.getJWTClaimsSet().getSubject().startsWith("svc-")) {
            return true;
        }
        return false;
    }

    // By hand: the payload is Base64
    public boolean isPremium(String token) throws Exception {
        String payload = new String(Base64.decode(token.split("\\.")[1], Base64.URL_SAFE), StandardCharsets.UTF_8);
        JSONObject claims = new JSONObject(payload);
        // ruleid: auth-jwt-unverified-decode
        if (claims.optString("plan").equals("premium")) {
            return true;
        }
        return false;
    }

    // Look-alikes: expiry for refresh scheduling, display, verified tokens
    public boolean shouldRefresh(String accessToken) {
        JWT jwt = new JWT(accessToken);
        // ok: auth-jwt-unverified-decode
        if (jwt.isExpired(30)) {
            return true;
        }
        Date expiresAt = jwt.getExpiresAt();
        // ok: auth-jwt-unverified-decode
        return expiresAt != null && expiresAt.getTime() - System.currentTimeMillis() < 60_000;
    }

    public String greeting(String accessToken) {
        JWT jwt = new JWT(accessToken);
        // ok: auth-jwt-unverified-decode
        if (jwt == null) {
            return "Hello";
        }
        return "Hello " + jwt.getClaim("name").asString();
    }

    public boolean isAdminVerified(String token) {
        DecodedJWT jwt = verifier.verify(token);
        // ok: auth-jwt-unverified-decode
        return jwt.getClaim("admin").asBoolean();
    }

    public boolean isServiceVerified(String token) throws Exception {
        SignedJWT signed = SignedJWT.parse(token);
        if (!signed.verify(nimbusVerifier)) {
            throw new SecurityException("bad signature");
        }
        // ok: auth-jwt-unverified-decode
        if (signed.getJWTClaimsSet().getSubject().startsWith("svc-")) {
            return true;
        }
        return false;
    }

    // Android client: a stored token of another account is dropped; the server still checks
    // every token, so the comparison grants nothing
    public boolean belongsTo(String accessToken, String accountId) {
        JWT jwt = new JWT(accessToken);
        // ok: auth-jwt-unverified-decode
        if (!accountId.equals(jwt.getSubject())) {
            return false;
        }
        return true;
    }
}
