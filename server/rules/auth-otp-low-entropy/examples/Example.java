package com.shopfront.auth;

import android.telephony.SmsManager;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Random;
import org.apache.commons.lang3.RandomStringUtils;

public class Example {
    private final SecureRandom secureRandom = new SecureRandom();
    private final SmsManager sms;
    private final AuthApi api;
    private String verificationCode;

    Example(SmsManager sms, AuthApi api) {
        this.sms = sms;
        this.api = api;
    }

    void sendLoginCode(String phone) {
        // ruleid: auth-otp-low-entropy
        String otp = String.valueOf(secureRandom.nextInt(9000) + 1000);
        api.sendOtp(phone, otp);
    }

    void sendResetCode(String phone) {
        // ruleid: auth-otp-low-entropy
        verificationCode = RandomStringUtils.randomNumeric(4);
        api.sendReset(phone, verificationCode);
    }

    static String generatePin() {
        // ruleid: auth-otp-low-entropy
        return String.format("%04d", new Random().nextInt(10000));
    }

    void textCode(String phone) {
        int n = secureRandom.nextInt(100000);
        // ruleid: auth-otp-low-entropy
        sms.sendTextMessage(phone, null, "Your Shopfront verification code is " + n, null, null);
    }

    TimeBasedOneTimePasswordGenerator authenticator() throws Exception {
        // ruleid: auth-otp-low-entropy
        return new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 4);
    }

    void sendStrongCode(String phone) {
        // ok: auth-otp-low-entropy
        String otp = String.valueOf(secureRandom.nextInt(900000) + 100000);
        api.sendOtp(phone, otp);
    }

    TimeBasedOneTimePasswordGenerator standardAuthenticator() throws Exception {
        // ok: auth-otp-low-entropy
        return new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
    }

    int notificationRequestCode() {
        // ok: auth-otp-low-entropy
        int requestCode = new Random().nextInt(10000);
        return requestCode;
    }

    int accentHue() {
        // ok: auth-otp-low-entropy
        return new Random().nextInt(360);
    }
}
