package com.shopfront.security

import android.hardware.fingerprint.FingerprintManager
import android.os.CancellationSignal
import androidx.biometric.BiometricManager.Authenticators.BIOMETRIC_STRONG
import androidx.biometric.BiometricPrompt
import androidx.core.content.ContextCompat
import androidx.fragment.app.FragmentActivity
import javax.crypto.Cipher

class UnlockScreen(private val activity: FragmentActivity, private val session: Session) {
    private val executor = ContextCompat.getMainExecutor(activity)
    private lateinit var prompt: BiometricPrompt

    private val promptInfo = BiometricPrompt.PromptInfo.Builder()
        .setTitle("Unlock Shopfront")
        .setNegativeButtonText("Use password")
        .setAllowedAuthenticators(BIOMETRIC_STRONG)
        .build()

    fun unlock() {
        prompt = BiometricPrompt(activity, executor, object : BiometricPrompt.AuthenticationCallback() {
            override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) {
                session.unlocked = true
            }
        })
        // ruleid: auth-biometric-not-crypto-bound
        prompt.authenticate(promptInfo)
    }

    fun confirmPayment(onConfirmed: () -> Unit) {
        val callback = object : BiometricPrompt.AuthenticationCallback() {
            override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) = onConfirmed()
        }
        // ruleid: auth-biometric-not-crypto-bound
        BiometricPrompt(activity, executor, callback).authenticate(promptInfo)
    }

    fun decryptToken(cipher: Cipher) {
        val callback = object : BiometricPrompt.AuthenticationCallback() {
            override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) {
                val unlocked = result.cryptoObject?.cipher ?: return
                session.token = String(unlocked.doFinal(session.encryptedToken))
            }
        }
        // ok: auth-biometric-not-crypto-bound
        BiometricPrompt(activity, executor, callback).authenticate(promptInfo, BiometricPrompt.CryptoObject(cipher))
    }

    fun signChallenge(crypto: BiometricPrompt.CryptoObject) {
        // ok: auth-biometric-not-crypto-bound
        prompt.authenticate(promptInfo, crypto)
    }
}

class LegacyUnlock(private val prompt: android.hardware.biometrics.BiometricPrompt) {
    fun unlock(cancel: CancellationSignal, callback: android.hardware.biometrics.BiometricPrompt.AuthenticationCallback) {
        // ruleid: auth-biometric-not-crypto-bound
        prompt.authenticate(cancel, executor, callback)
    }

    fun decrypt(crypto: android.hardware.biometrics.BiometricPrompt.CryptoObject, cancel: CancellationSignal, callback: android.hardware.biometrics.BiometricPrompt.AuthenticationCallback) {
        // ok: auth-biometric-not-crypto-bound
        prompt.authenticate(crypto, cancel, executor, callback)
    }
}

class FingerprintUnlock(private val fingerprints: FingerprintManager) {
    fun unlock(cancel: CancellationSignal, callback: FingerprintManager.AuthenticationCallback) {
        // ruleid: auth-biometric-not-crypto-bound
        fingerprints.authenticate(null, cancel, 0, callback, null)
    }
}

@Composable
fun UnlockButton(onUnlocked: () -> Unit) {
    val prompt = rememberBiometricPrompt(onSuccess = { onUnlocked() })
    val info = remember { BiometricPrompt.PromptInfo.Builder().setTitle("Unlock").setNegativeButtonText("Cancel").build() }
    Button(onClick = {
        // ruleid: auth-biometric-not-crypto-bound
        prompt.authenticate(info)
    }) { Text("Unlock") }
}

class LockViewModel(private val biometricHelper: BiometricHelper) {
    fun unlock(activity: FragmentActivity) {
        // ok: auth-biometric-not-crypto-bound
        biometricHelper.authenticate(activity)
    }
}
