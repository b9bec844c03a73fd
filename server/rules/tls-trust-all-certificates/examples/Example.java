package com.shopfront.net;

import android.util.Log;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

import okhttp3.OkHttpClient;
import org.apache.http.conn.ssl.TrustAllStrategy;
import org.apache.http.conn.ssl.TrustSelfSignedStrategy;
import org.apache.http.conn.ssl.TrustStrategy;
import org.apache.http.ssl.SSLContexts;

final class AppLog {
    static void printLog(int level, String tag, String message) { }
}

public final class TlsClients {
    private static final String TAG = "TlsClients";

    /** Named trust manager that accepts everything. */
    static class AcceptAllTrustManager implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        // ruleid: tls-trust-all-certificates
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** Extended trust manager: all three overloads skip validation. */
    static class LenientExtendedTrustManager extends X509ExtendedTrustManager {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) { }

        @Override
        // ruleid: tls-trust-all-certificates
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            return;
        }

        @Override
        // ruleid: tls-trust-all-certificates
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            Log.d(TAG, "server certificate " + chain[0].getSubjectDN());
        }

        @Override
        // ruleid: tls-trust-all-certificates
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            chain[0].checkValidity();
        }

        @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    }

    static OkHttpClient unsafeClient() throws GeneralSecurityException {
        TrustManager[] trustAllCerts = new TrustManager[] {
            new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                // ruleid: tls-trust-all-certificates
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // accept self-signed certificates on the staging server
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[] {};
                }
            }
        };
        SSLContext sslContext = SSLContext.getInstance("TLS");
        sslContext.init(null, trustAllCerts, new java.security.SecureRandom());
        return new OkHttpClient.Builder()
            .sslSocketFactory(sslContext.getSocketFactory(), (X509TrustManager) trustAllCerts[0])
            .build();
    }

    static OkHttpClient insecureHost(String host) {
        okhttp3.tls.HandshakeCertificates certificates = new okhttp3.tls.HandshakeCertificates.Builder()
            .addPlatformTrustedCertificates()
            // ruleid: tls-trust-all-certificates
            .addInsecureHost(host)
            .build();
        return new OkHttpClient.Builder()
            .sslSocketFactory(certificates.sslSocketFactory(), certificates.trustManager())
            .build();
    }

    static X509TrustManager swallowingTrustManager(final X509TrustManager platform) {
        return new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                platform.checkClientTrusted(chain, authType);
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                try {
                    platform.checkServerTrusted(chain, authType);
                // ruleid: tls-trust-all-certificates
                } catch (CertificateException e) {
                    Log.w(TAG, "untrusted server certificate, continuing", e);
                }
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return platform.getAcceptedIssuers();
            }
        };
    }

    static SSLContext apacheLambda() throws GeneralSecurityException {
        return SSLContexts.custom()
            // ruleid: tls-trust-all-certificates
            .loadTrustMaterial(null, (chain, authType) -> true)
            .build();
    }

    static SSLContext apacheTypedLambda() throws GeneralSecurityException {
        // ruleid: tls-trust-all-certificates
        TrustStrategy acceptingTrustStrategy = (X509Certificate[] chain, String authType) -> true;
        return SSLContexts.custom().loadTrustMaterial(null, acceptingTrustStrategy).build();
    }

    static SSLContext apacheAnonymous() throws GeneralSecurityException {
        return SSLContexts.custom()
            .loadTrustMaterial(new TrustStrategy() {
                @Override
                // ruleid: tls-trust-all-certificates
                public boolean isTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                    return true;
                }
            })
            .build();
    }

    /** The platform decides first and throws on rejection: true only answers for what it accepted. */
    static SSLContext apacheDelegating(final javax.net.ssl.X509TrustManager platform) throws GeneralSecurityException {
        return SSLContexts.custom()
            .loadTrustMaterial(new TrustStrategy() {
                @Override
                // ok: tls-trust-all-certificates
                public boolean isTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                    platform.checkServerTrusted(chain, authType);
                    return true;
                }
            })
            .build();
    }

    static SSLContext apacheTrustAll() throws GeneralSecurityException {
        return SSLContexts.custom()
            // ruleid: tls-trust-all-certificates
            .loadTrustMaterial(null, new TrustAllStrategy())
            .build();
    }

    static SSLContext apacheTrustAllInstance() throws GeneralSecurityException {
        return SSLContexts.custom()
            // ruleid: tls-trust-all-certificates
            .loadTrustMaterial(TrustAllStrategy.INSTANCE)
            .build();
    }

    static SSLContext apacheSelfSigned(KeyStore store) throws GeneralSecurityException {
        return SSLContexts.custom()
            // ruleid: tls-trust-all-certificates
            .loadTrustMaterial(store, new TrustSelfSignedStrategy())
            .build();
    }

    static SSLContext apacheSelfSignedInstance(KeyStore store) throws GeneralSecurityException {
        return SSLContexts.custom()
            // ruleid: tls-trust-all-certificates
            .loadTrustMaterial(store, TrustSelfSignedStrategy.INSTANCE)
            .build();
    }

    static SSLContext apacheCast() throws GeneralSecurityException {
        return SSLContexts.custom()
            // ruleid: tls-trust-all-certificates
            .loadTrustMaterial(null, (TrustStrategy) (chain, authType) -> { return true; })
            .build();
    }

    static org.apache.http.conn.ssl.SSLSocketFactory legacyApacheFactory() throws GeneralSecurityException {
        return new org.apache.http.conn.ssl.SSLSocketFactory(
            // ruleid: tls-trust-all-certificates
            (chain, authType) -> true,
            org.apache.http.conn.ssl.SSLSocketFactory.STRICT_HOSTNAME_VERIFIER);
    }

    /** Pins the leaf certificate after the platform has validated the chain. */
    static final class PinningTrustManager implements X509TrustManager {
        private final X509TrustManager platform;
        private final byte[] pin;

        PinningTrustManager(X509TrustManager platform, byte[] pin) {
            this.platform = platform;
            this.pin = pin;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            platform.checkClientTrusted(chain, authType);
        }

        @Override
        // ok: tls-trust-all-certificates
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            platform.checkServerTrusted(chain, authType);
            if (!Arrays.equals(sha256(chain[0].getPublicKey().getEncoded()), pin)) {
                throw new CertificateException("certificate pin mismatch");
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return platform.getAcceptedIssuers();
        }
    }

    static X509TrustManager delegating() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        final X509TrustManager platform = (X509TrustManager) tmf.getTrustManagers()[0];
        return new X509TrustManager() {
            @Override
            // ok: tls-trust-all-certificates
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            // ok: tls-trust-all-certificates
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                platform.checkServerTrusted(chain, authType);
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return platform.getAcceptedIssuers();
            }
        };
    }

    static final class StrictTrustManager implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client authentication is not supported");
        }

        @Override
        // ok: tls-trust-all-certificates
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("empty certificate chain");
            }
            CertificateValidator.validate(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    static SSLContext apacheChecked(KeyStore store) throws GeneralSecurityException {
        return SSLContexts.custom()
            // ok: tls-trust-all-certificates
            .loadTrustMaterial(store, (chain, authType) -> chain.length == 1 && PinStore.matches(chain[0]))
            .build();
    }

    static SSLContext apacheTrustStore(KeyStore store) throws GeneralSecurityException {
        return SSLContexts.custom()
            // ok: tls-trust-all-certificates
            .loadTrustMaterial(store, null)
            .build();
    }

    static X509TrustManager rethrowing(final X509TrustManager platform) {
        return new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                try {
                    platform.checkServerTrusted(chain, authType);
                // ok: tls-trust-all-certificates
                } catch (CertificateException e) {
                    Log.w(TAG, "untrusted server certificate", e);
                    throw e;
                }
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return platform.getAcceptedIssuers();
            }
        };
    }

    /** EasyX509TrustManager: a lone (self-signed) certificate only has its dates checked. */
    static X509TrustManager easy(final X509TrustManager standard) {
        return new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }

            @Override
            // ruleid: tls-trust-all-certificates
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                if (chain != null && chain.length == 1) {
                    chain[0].checkValidity();
                } else {
                    standard.checkServerTrusted(chain, authType);
                }
            }

            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
    }

    /** Only the validity dates can fail: any unexpired certificate passes. */
    static X509TrustManager datesOnly() {
        return new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }

            @Override
            // ruleid: tls-trust-all-certificates
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                try {
                    chain[0].checkValidity();
                } catch (Exception e) {
                    throw new CertificateException("Certificate not valid or trusted.");
                }
            }

            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
    }

    /** The platform verdict is swallowed inside a null guard. */
    static X509TrustManager guardedSwallow(final X509TrustManager platform) {
        return new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                if (platform != null) {
                    try {
                        platform.checkServerTrusted(chain, authType);
                    // ruleid: tls-trust-all-certificates
                    } catch (CertificateException e) {
                        AppLog.printLog(Log.ERROR, TAG, "checkServerTrusted " + e);
                    }
                }
            }

            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
    }

    /** Only an expired certificate is forgiven: every other rejection still propagates. */
    static X509TrustManager forgivesExpiry(final X509TrustManager platform) {
        return new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                try {
                    platform.checkServerTrusted(chain, authType);
                // ok: tls-trust-all-certificates
                } catch (java.security.cert.CertificateExpiredException e) {
                    Log.w(TAG, "expired server certificate", e);
                }
            }

            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
    }

    /** Falls back to a second (pinned) trust manager: both can reject. */
    static X509TrustManager withFallback(final X509TrustManager platform, final X509TrustManager pinned) {
        return new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }

            @Override
            // ok: tls-trust-all-certificates
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                if (pinned == null) {
                    platform.checkServerTrusted(chain, authType);
                } else {
                    try {
                        platform.checkServerTrusted(chain, authType);
                    } catch (CertificateException e) {
                        pinned.checkServerTrusted(chain, authType);
                    }
                }
            }

            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
    }

    // ---- split shapes: declared in one place, installed in another ----

    /** A trust-all array kept in a field and installed by another method. */
    private static final TrustManager[] TRUST_EVERYTHING = {
        new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }

            @Override
            // ruleid: tls-trust-all-certificates
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }
    };

    static SSLContext stagingContext() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, TRUST_EVERYTHING, null);
        return context;
    }

    /** The check is handed to a helper of the same class that only writes an audit line. */
    static final class AuditingTrustManager implements X509TrustManager {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }

        @Override
        // ruleid: tls-trust-all-certificates
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            audit(chain, authType);
        }

        private static void audit(X509Certificate[] chain, String authType) {
            Log.i(TAG, "server chain of " + chain.length + " certificates, " + authType);
        }

        @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    }

    static OkHttpClient auditingClient() throws GeneralSecurityException {
        X509TrustManager auditing = new AuditingTrustManager();
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] { auditing }, null);
        return new OkHttpClient.Builder().sslSocketFactory(context.getSocketFactory(), auditing).build();
    }

    /** A strategy written as a method and given by reference. */
    static boolean acceptAnyChain(X509Certificate[] chain, String authType) {
        return true;
    }

    static SSLContext apacheMethodReference() throws GeneralSecurityException {
        return SSLContexts.custom()
            // ruleid: tls-trust-all-certificates
            .loadTrustMaterial(null, TlsClients::acceptAnyChain)
            .build();
    }

    static SSLContext apacheVarLambda(KeyStore store) throws GeneralSecurityException {
        var acceptAll = (TrustStrategy) (chain, authType) -> true;
        // ruleid: tls-trust-all-certificates
        return SSLContexts.custom().loadTrustMaterial(store, acceptAll).build();
    }

    // ruleid: tls-trust-all-certificates
    private static final TrustStrategy ACCEPT_ANY = TlsClients::acceptAnyChain;

    static SSLContext apacheConstant() throws GeneralSecurityException {
        return SSLContexts.custom().loadTrustMaterial(null, ACCEPT_ANY).build();
    }

    // ---- split look-alikes ----

    /** A delegating trust manager kept in a field and installed elsewhere. */
    private static final X509TrustManager PLATFORM_CHECKED = new X509TrustManager() {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }

        @Override
        // ok: tls-trust-all-certificates
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            requireTrusted(chain, authType);
        }

        @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    };

    /** The helper the field's trust manager hands the chain to: it throws on a bad chain. */
    private static void requireTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("empty chain");
        }
        platformTrustManager().checkServerTrusted(chain, authType);
    }

    static SSLContext checkedContext() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] { PLATFORM_CHECKED }, null);
        return context;
    }

    /** A pin check written as a method, given by reference. */
    static boolean pinnedChain(X509Certificate[] chain, String authType) {
        return chain.length > 0 && PinStore.matches(chain[0]);
    }

    static SSLContext apachePinnedReference(KeyStore store) throws GeneralSecurityException {
        return SSLContexts.custom()
            // ok: tls-trust-all-certificates
            .loadTrustMaterial(store, TlsClients::pinnedChain)
            .build();
    }

    /** Answers true for a feature flag: not a trust strategy, never given to a TLS API. */
    // ok: tls-trust-all-certificates
    static boolean loggingEnabled(X509Certificate[] chain, String authType) {
        return true;
    }

    private static X509TrustManager platformTrustManager() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        return (X509TrustManager) tmf.getTrustManagers()[0];
    }

    private static byte[] sha256(byte[] data) throws CertificateException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new CertificateException(e);
        }
    }

    private TlsClients() {
    }
}
