package com.shopfront.net;

import java.util.List;
import java.util.Map;

import android.util.Log;
import com.shopfront.BuildConfig;
import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;

public final class PinnedClients {
    private static final String API_HOST = "api.shopfront.io";
    private static final String PRIMARY_PIN = "sha256/r8tN2Ybe8ZxKSaOHq7XRuB0Sl9HmPvZFv2NaRnt+7Lk=";
    private static final String BACKUP_PIN = "sha256/Qo0cDK1ZC1LPw7zHUxDb0SPmqP3yEpXyFXEmOtMCSdU=";
    private static final String NEXT_KEY_PIN = "sha256/TODO";

    // ruleid: tls-pinning-misconfigured
    public static final String STAGING_PIN = "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    // ok: tls-pinning-misconfigured
    private static final String UNUSED_PIN = "sha256/XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX=";

    private final OkHttpClient client;

    public PinnedClients() {
        CertificatePinner pinner = new CertificatePinner.Builder()
            // ruleid: tls-pinning-misconfigured
            .add(API_HOST, PRIMARY_PIN, "sha256/<backup key hash>")
            .build();
        client = new OkHttpClient.Builder().certificatePinner(pinner).build();
    }

    static OkHttpClient placeholderInConstant() {
        CertificatePinner.Builder builder = new CertificatePinner.Builder();
        builder.add("cdn.shopfront.io", PRIMARY_PIN);
        // ruleid: tls-pinning-misconfigured
        builder.add("cdn.shopfront.io", NEXT_KEY_PIN);
        return new OkHttpClient.Builder().certificatePinner(builder.build()).build();
    }

    static OkHttpClient copiedFromRecipe() {
        return new OkHttpClient.Builder()
            .certificatePinner(new CertificatePinner.Builder()
                // ruleid: tls-pinning-misconfigured [variant: docs-example]
                .add("api.shopfront.io", "sha256/Vjs8r4z+80wjNcr1YKepWQboSIRi63WsWXhIMN+eWys=", BACKUP_PIN)
                .build())
            .build();
    }

    static OkHttpClient singlePin() {
        CertificatePinner pinner = new CertificatePinner.Builder()
            // ruleid: tls-pinning-misconfigured [variant: no-backup-pin]
            .add("payments.shopfront.io", PRIMARY_PIN)
            .add(API_HOST, PRIMARY_PIN, BACKUP_PIN)
            .build();
        return new OkHttpClient.Builder().certificatePinner(pinner).build();
    }

    static OkHttpClient builtButNotInstalled() {
        // ruleid: tls-pinning-misconfigured [variant: not-attached]
        CertificatePinner pinner = new CertificatePinner.Builder()
            .add(API_HOST, PRIMARY_PIN, BACKUP_PIN)
            .build();
        return new OkHttpClient.Builder().build();
    }

    static void dropped() {
        // ruleid: tls-pinning-misconfigured [variant: not-attached]
        new CertificatePinner.Builder().add(API_HOST, PRIMARY_PIN, BACKUP_PIN).build();
    }

    static OkHttpClient builderNeverInstalled() {
        CertificatePinner.Builder builder = new CertificatePinner.Builder().add(API_HOST, PRIMARY_PIN, BACKUP_PIN);
        // ruleid: tls-pinning-misconfigured [variant: not-attached]
        CertificatePinner pinner = builder.build();
        return new OkHttpClient.Builder().build();
    }

    // ---- look-alikes that stay silent ---------------------------------------------------

    static void unpinnedClient() {
        // ok: tls-pinning-misconfigured
        OkHttpClient client = new OkHttpClient.Builder().certificatePinner(CertificatePinner.DEFAULT).build();
    }

    static CertificatePinner computedPin(String hash) {
        return new CertificatePinner.Builder()
            // ok: tls-pinning-misconfigured
            .add(API_HOST, "sha256/" + hash, BACKUP_PIN)
            .build();
    }

    static OkHttpClient twoPins() {
        CertificatePinner.Builder builder = new CertificatePinner.Builder();
        // ok: tls-pinning-misconfigured
        builder.add(API_HOST, PRIMARY_PIN);
        builder.add(API_HOST, BACKUP_PIN);
        return new OkHttpClient.Builder().certificatePinner(builder.build()).build();
    }

    static OkHttpClient fromBuildConfig() {
        CertificatePinner pinner = new CertificatePinner.Builder()
            // ok: tls-pinning-misconfigured
            .add(BuildConfig.API_HOST, BuildConfig.API_PIN)
            .build();
        return new OkHttpClient.Builder().certificatePinner(pinner).build();
    }

    static CertificatePinner fromConfig(Map<String, List<String>> pins) {
        CertificatePinner.Builder builder = new CertificatePinner.Builder();
        for (Map.Entry<String, List<String>> entry : pins.entrySet()) {
            // ok: tls-pinning-misconfigured
            builder.add(entry.getKey(), entry.getValue().toArray(new String[0]));
        }
        // ok: tls-pinning-misconfigured
        return builder.build();
    }

    static void extraPins(CertificatePinner.Builder builder) {
        // ok: tls-pinning-misconfigured
        builder.add("ws.shopfront.io", PRIMARY_PIN);
    }

    // ok: tls-pinning-misconfigured
    public static final CertificatePinner SHARED_PINNER = new CertificatePinner.Builder().add(API_HOST, PRIMARY_PIN, BACKUP_PIN).build();

    static void logPin(java.security.cert.X509Certificate certificate) {
        // ok: tls-pinning-misconfigured
        Log.d("pinning", "server pin " + CertificatePinner.pin(certificate) + ", expected sha256/<unset>");
    }
}
