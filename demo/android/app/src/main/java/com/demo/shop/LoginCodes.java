package com.demo.shop;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.util.Date;
import java.util.Random;

/** Offline "second factor" and a locally signed session, shipped inside the app. */
public class LoginCodes {
    private static final String SIGNING_KEY = "demo-shop-hmac-2024-key";
    private String otp;

    public String sendCode() {
        // Four digits from java.util.Random: predictable and easy to guess.
        otp = String.valueOf(new Random().nextInt(9000) + 1000);
        return otp;
    }

    public boolean verify(String enteredOtp) {
        // The second factor is decided on the device, so it can be patched out.
        return enteredOtp.equals(otp);
    }

    public String offlineSession(String user) {
        return JWT.create()
            .withSubject(user)
            .withIssuedAt(new Date())
            .sign(Algorithm.HMAC256(SIGNING_KEY));
    }
}
