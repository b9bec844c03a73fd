package com.shopfront.net;

import android.util.Log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Date;
import java.util.Set;

import javax.net.ssl.X509TrustManager;

import org.apache.http.ssl.TrustStrategy;

public final class ExpiryTolerantTrust {
    private static final String TAG = "ExpiryTolerantTrust";

    /** Lets the platform decide, but forgives an expired certificate. */
    static X509TrustManager forgivingPlatform(final X509TrustManager platform) {
        return new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                try {
                    platform.checkServerTrusted(chain, authType);
                // ruleid: tls-expired-certificate-accepted
                } catch (CertificateExpiredException e) {
                    Log.w(TAG, "server certificate expired, continuing", e);
                }
            }

            @Override public X509Certificate[] getAcceptedIssuers() { return platform.getAcceptedIssuers(); }
        };
    }

    /** Pins the leaf key but accepts it outside its validity period. */
    static final class PinningTrustManager implements X509TrustManager {
        private final Set<String> pins;

        PinningTrustManager(Set<String> pins) {
            this.pins = pins;
        }

        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                chain[0].checkValidity();
            // ruleid: tls-expired-certificate-accepted
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                Log.w(TAG, "ignoring validity period: " + e.getMessage());
            }
            if (!pins.contains(sha256(chain[0].getPublicKey().getEncoded()))) {
                throw new CertificateException("public key not pinned");
            }
        }

        @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    }

    /** Forgives only the expiry cause of the platform's rejection. */
    static X509TrustManager causeCheck(final X509TrustManager platform) {
        return new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                try {
                    platform.checkServerTrusted(chain, authType);
                } catch (CertificateException e) {
                    // ruleid: tls-expired-certificate-accepted
                    if (e.getCause() instanceof CertificateExpiredException) {
                        return;
                    }
                    // ruleid: tls-expired-certificate-accepted
                    if (e.getCause() instanceof CertPathValidatorException && ((CertPathValidatorException) e.getCause()).getReason() == CertPathValidatorException.BasicReason.EXPIRED) {
                        return;
                    }
                    throw e;
                }
            }

            @Override public X509Certificate[] getAcceptedIssuers() { return platform.getAcceptedIssuers(); }
        };
    }

    /** Rethrows everything except expiry, which falls out of the catch. */
    static X509TrustManager rethrowAllButExpiry(final X509TrustManager platform) {
        return new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                try {
                    platform.checkServerTrusted(chain, authType);
                } catch (CertificateException e) {
                    // ruleid: tls-expired-certificate-accepted
                    if (!(e.getCause() instanceof CertificateNotYetValidException)) throw e;
                }
            }

            @Override public X509Certificate[] getAcceptedIssuers() { return platform.getAcceptedIssuers(); }
        };
    }

    /** Apache TrustStrategy: answers true for an expired chain from the platform. */
    static TrustStrategy lenientStrategy(final X509TrustManager platform) {
        return new TrustStrategy() {
            @Override
            public boolean isTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                try {
                    platform.checkServerTrusted(chain, authType);
                    return true;
                // ruleid: tls-expired-certificate-accepted
                } catch (CertificateExpiredException e) {
                    return true;
                }
            }
        };
    }

    /** Validates the path as of a fixed date in the past. */
    static PKIXParameters frozenClock(PKIXParameters params) {
        // ruleid: tls-expired-certificate-accepted
        params.setDate(new Date(1577836800000L));
        return params;
    }

    // ---- look-alikes -------------------------------------------------------------------

    /** Rethrows: the expiry still fails the handshake. */
    static X509TrustManager rethrowing(final X509TrustManager platform) {
        return new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                try {
                    platform.checkServerTrusted(chain, authType);
                // ok: tls-expired-certificate-accepted
                } catch (CertificateExpiredException e) {
                    throw new CertificateException("server certificate expired on " + chain[0].getNotAfter(), e);
                }
            }

            @Override public X509Certificate[] getAcceptedIssuers() { return platform.getAcceptedIssuers(); }
        };
    }

    /** Logs, then throws. */
    static X509TrustManager logThenThrow(final X509TrustManager platform) {
        return new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                try {
                    platform.checkServerTrusted(chain, authType);
                } catch (CertificateException e) {
                    // ok: tls-expired-certificate-accepted
                    if (e.getCause() instanceof CertificateExpiredException) {
                        Log.e(TAG, "expired certificate, check the device clock", e);
                        throw e;
                    }
                    throw e;
                }
            }

            @Override public X509Certificate[] getAcceptedIssuers() { return platform.getAcceptedIssuers(); }
        };
    }

    /** Delegates without catching anything. */
    static final class PlatformPinning implements X509TrustManager {
        private final X509TrustManager platform;
        private final Set<String> pins;

        PlatformPinning(X509TrustManager platform, Set<String> pins) {
            this.platform = platform;
            this.pins = pins;
        }

        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                chain[0].checkValidity();
            // ok: tls-expired-certificate-accepted
            } catch (CertificateExpiredException e) {
                Log.w(TAG, "leaf expired; the platform check below rejects it");
            }
            platform.checkServerTrusted(chain, authType);
            if (!pins.contains(sha256(chain[0].getPublicKey().getEncoded()))) {
                throw new CertificateException("public key not pinned");
            }
        }

        @Override public X509Certificate[] getAcceptedIssuers() { return platform.getAcceptedIssuers(); }
    }

    /** A settings screen that shows whether a stored certificate is still valid. */
    static String describe(X509Certificate certificate) {
        try {
            certificate.checkValidity();
            return "valid until " + certificate.getNotAfter();
        // ok: tls-expired-certificate-accepted
        } catch (CertificateExpiredException e) {
            return "expired";
        } catch (CertificateNotYetValidException e) {
            return "not yet valid";
        }
    }

    static boolean stillValid(X509Certificate certificate) {
        try {
            // ok: tls-expired-certificate-accepted
            certificate.checkValidity(new Date());
            return true;
        } catch (CertificateException e) {
            return false;
        }
    }

    private static String sha256(byte[] data) {
        try {
            return Arrays.toString(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ExpiryTolerantTrust() {
    }
}
