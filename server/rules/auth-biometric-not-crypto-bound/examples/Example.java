package com.shopfront.security;

import android.hardware.fingerprint.FingerprintManager;
import android.os.CancellationSignal;
import androidx.annotation.NonNull;
import androidx.biometric.BiometricPrompt;
import androidx.core.content.ContextCompat;
import androidx.core.hardware.fingerprint.FingerprintManagerCompat;
import androidx.fragment.app.FragmentActivity;
import java.util.concurrent.Executor;
import javax.crypto.Cipher;

public class Example {
    private final FragmentActivity activity;
    private final Session session;
    private final Executor executor;
    private BiometricPrompt prompt;

    Example(FragmentActivity activity, Session session) {
        this.activity = activity;
        this.session = session;
        this.executor = ContextCompat.getMainExecutor(activity);
    }

    void sendMoney(Transfer transfer) {
        BiometricPrompt biometricPrompt = new BiometricPrompt(activity, executor, new BiometricPrompt.AuthenticationCallback() {
            @Override
            public void onAuthenticationSucceeded(@NonNull BiometricPrompt.AuthenticationResult result) {
                session.send(transfer);
            }
        });
        BiometricPrompt.PromptInfo promptInfo = new BiometricPrompt.PromptInfo.Builder()
                .setTitle("Confirm transfer")
                .setNegativeButtonText("Cancel")
                .build();
        // ruleid: auth-biometric-not-crypto-bound
        biometricPrompt.authenticate(promptInfo);
    }

    void unlock(BiometricPrompt.PromptInfo.Builder info) {
        prompt = new BiometricPrompt(activity, executor, new BiometricPrompt.AuthenticationCallback() {
            @Override
            public void onAuthenticationSucceeded(@NonNull BiometricPrompt.AuthenticationResult result) {
                session.setUnlocked(true);
            }
        });
        // ruleid: auth-biometric-not-crypto-bound
        prompt.authenticate(info.build());
    }

    void decryptToken(BiometricPrompt.PromptInfo promptInfo, Cipher cipher) {
        BiometricPrompt biometricPrompt = new BiometricPrompt(activity, executor, new BiometricPrompt.AuthenticationCallback() {
            @Override
            public void onAuthenticationSucceeded(@NonNull BiometricPrompt.AuthenticationResult result) {
                Cipher unlocked = result.getCryptoObject().getCipher();
                session.useToken(unlocked);
            }
        });
        // ok: auth-biometric-not-crypto-bound
        biometricPrompt.authenticate(promptInfo, new BiometricPrompt.CryptoObject(cipher));
    }

    void legacy(android.hardware.biometrics.BiometricPrompt systemPrompt, CancellationSignal cancel,
                android.hardware.biometrics.BiometricPrompt.AuthenticationCallback callback) {
        // ruleid: auth-biometric-not-crypto-bound
        systemPrompt.authenticate(cancel, executor, callback);
    }

    void legacyCrypto(android.hardware.biometrics.BiometricPrompt systemPrompt, android.hardware.biometrics.BiometricPrompt.CryptoObject crypto,
                      CancellationSignal cancel, android.hardware.biometrics.BiometricPrompt.AuthenticationCallback callback) {
        // ok: auth-biometric-not-crypto-bound
        systemPrompt.authenticate(crypto, cancel, executor, callback);
    }

    void fingerprint(FingerprintManagerCompat.AuthenticationCallback callback) {
        FingerprintManagerCompat fingerprints = FingerprintManagerCompat.from(activity);
        // ruleid: auth-biometric-not-crypto-bound
        fingerprints.authenticate(null, 0, new androidx.core.os.CancellationSignal(), callback, null);
    }

    void fingerprintCrypto(FingerprintManagerCompat.CryptoObject crypto, FingerprintManagerCompat.AuthenticationCallback callback) {
        FingerprintManagerCompat fingerprints = FingerprintManagerCompat.from(activity);
        // ok: auth-biometric-not-crypto-bound
        fingerprints.authenticate(crypto, 0, new androidx.core.os.CancellationSignal(), callback, null);
    }

    void wrapper(BiometricHelper helper) {
        // ok: auth-biometric-not-crypto-bound
        helper.authenticate(activity);
    }
}
