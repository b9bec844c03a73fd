package com.example.bank.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class TokenFactory {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private final Random random = new Random();
    private final SecureRandom secureRandom = new SecureRandom();
    private final Map<String, String> sessions = new HashMap<>();

    public String createSession(String userId) {
        // ruleid: auth-insecure-random-token
        String sessionKey = Long.toHexString(random.nextLong()) + Long.toHexString(System.nanoTime());
        sessions.put(sessionKey, userId);
        return sessionKey;
    }

    // an analytics session id the app numbers itself is not a credential
    public String analyticsSessionId() {
        // ok: auth-insecure-random-token
        String sessionId = Long.toHexString(random.nextLong());
        return sessionId;
    }

    public String generatePassword(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        // ruleid: auth-insecure-random-token
        return sb.toString();
    }

    public String newOtp() {
        // ruleid: auth-insecure-random-token
        return String.valueOf(100000 + ThreadLocalRandom.current().nextInt(900000));
    }

    public Map<String, String> authorizeParams() {
        Map<String, String> params = new HashMap<>();
        params.put("response_type", "code");
        // ruleid: auth-insecure-random-token
        params.put("state", Integer.toString(new Random(System.currentTimeMillis()).nextInt()));
        // ruleid: auth-insecure-random-token
        params.put("nonce", String.valueOf(Math.random()).substring(2));
        return params;
    }

    public String secureSession() {
        byte[] bytes = new byte[32];
        secureRandom.nextBytes(bytes);
        // ok: auth-insecure-random-token
        String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // ok: auth-insecure-random-token
        String sessionId = UUID.randomUUID().toString();
        // ok: auth-insecure-random-token
        String otp = String.format("%06d", secureRandom.nextInt(1_000_000));
        return refreshToken + sessionId + otp;
    }

    public long backoff(int attempt) {
        // ok: auth-insecure-random-token
        long jitter = random.nextInt(500);
        // ok: auth-insecure-random-token
        long sessionTimeout = 30_000L + random.nextInt(1000);
        // ok: auth-insecure-random-token
        double sampleRate = Math.random();
        return attempt * 1000L + jitter + sessionTimeout + (long) sampleRate;
    }

    public String weakToken() {
        byte[] raw = new byte[16];
        random.nextBytes(raw);
        // ruleid: auth-insecure-random-token
        String apiToken = Base64.getEncoder().encodeToString(raw);
        return apiToken;
    }

    // Authenticator app: the clock is the moving factor of TOTP; the secret is the entry's key
    String currentCode(byte[] entrySecret) {
        // ok: auth-insecure-random-token
        String otpToken = generateTotp(entrySecret, 30, System.currentTimeMillis() / 1000);
        return otpToken;
    }

    private String generateTotp(byte[] key, int step, long epochSeconds) {
        return Long.toString((key.length + epochSeconds / step) % 1_000_000L);
    }
}
