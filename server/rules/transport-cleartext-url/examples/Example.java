package com.shopfront.net;

import android.net.Uri;
import android.content.Intent;
import android.util.Log;
import android.webkit.WebView;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.apache.http.client.methods.HttpGet;
import retrofit2.Retrofit;
import retrofit2.http.GET;

public final class ShopApi {
    private static final String TAG = "ShopApi";

    // ruleid: transport-cleartext-url
    public static final String BASE_URL = "http://api.shopfront.io/v2/";

    // ok: transport-cleartext-url
    public static final String SECURE_BASE_URL = "https://api.shopfront.io/v2/";

    // ok: transport-cleartext-url
    public static final String DEV_SERVER_URL = "http://10.0.2.2:8080/api/";

    // ok: transport-cleartext-url
    private static final String LOCAL_URL = "http://localhost:3000";

    // ok: transport-cleartext-url
    private static final String LOOPBACK_HOST = "http://127.0.0.1:9000/";

    // ok: transport-cleartext-url
    private static final String ANDROID_NS = "http://schemas.android.com/apk/res/android";

    private String telemetryEndpoint;

    enum Environment {
        // ruleid: transport-cleartext-url
        PRODUCTION("http://api.shopfront.io/v2/"),
        // ok: transport-cleartext-url
        STAGING("https://staging.shopfront.io/v2/"),
        // ok: transport-cleartext-url
        EMULATOR("http://10.0.2.2:8080/v2/");

        final String baseUrl;

        Environment(String baseUrl) {
            this.baseUrl = baseUrl;
        }
    }

    // ruleid: transport-cleartext-url
    static final String[] MIRROR_URLS = {"http://eu.shopfront.io", "https://us.shopfront.io"};

    static String getImageHost() {
        // ruleid: transport-cleartext-url
        return "http://img.shopfront.io";
    }

    interface CatalogService {
        // ruleid: transport-cleartext-url
        String IMAGES_HOST = "http://img.shopfront.io";

        // ruleid: transport-cleartext-url
        @GET("http://legacy.shopfront.io/catalog")
        retrofit2.Call<String> legacyCatalog();
    }

    private final OkHttpClient client = new OkHttpClient();

    Response cart(String userId) throws IOException {
        Request request = new Request.Builder()
            // ruleid: transport-cleartext-url
            .url("http://api.shopfront.io/v2/cart/" + userId)
            .build();
        return client.newCall(request).execute();
    }

    Retrofit retrofit() {
        return new Retrofit.Builder()
            // ruleid: transport-cleartext-url
            .baseUrl("http://payments.shopfront.io/")
            .build();
    }

    HttpURLConnection open(String host) throws IOException {
        // ruleid: transport-cleartext-url
        URL url = new URL("http://" + host + "/v2/orders");
        return (HttpURLConnection) url.openConnection();
    }

    HttpURLConnection openFormatted(String host, int port) throws IOException {
        // ruleid: transport-cleartext-url
        return (HttpURLConnection) new URL(String.format("http://%s:%d/status", host, port)).openConnection();
    }

    void showHelp(WebView webView) {
        // ruleid: transport-cleartext-url
        webView.loadUrl("http://help.shopfront.io/faq");
    }

    Uri promo() {
        // ruleid: transport-cleartext-url
        return Uri.parse("http://promo.shopfront.io/summer?src=app");
    }

    HttpGet legacyRequest() {
        // ruleid: transport-cleartext-url
        return new HttpGet("http://legacy.shopfront.io/api/stock");
    }

    WebSocket live(WebSocketListener listener) {
        // ruleid: transport-cleartext-url
        Request request = new Request.Builder().url("ws://live.shopfront.io/socket").build();
        return client.newWebSocket(request, listener);
    }

    void configure(boolean staging) {
        // ruleid: transport-cleartext-url
        this.telemetryEndpoint = "http://telemetry.shopfront.io/collect";
        // ruleid: transport-cleartext-url
        String mirrorUrl = staging ? "http://staging.shopfront.io" : "https://www.shopfront.io";
        // ruleid: transport-cleartext-url
        String imageUrl = String.format("http://%s/images/%d.png", "cdn.shopfront.io", 42);
        Log.d(TAG, mirrorUrl + imageUrl);
    }

    static DocumentBuilderFactory safeXml() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // ok: transport-cleartext-url
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // ok: transport-cleartext-url
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        return factory;
    }

    static javax.xml.namespace.QName orderElement() {
        // ok: transport-cleartext-url
        return new javax.xml.namespace.QName("http://ws.shopfront.io/orders", "Order");
    }

    static void schemaLanguage(DocumentBuilderFactory factory) {
        // ok: transport-cleartext-url
        factory.setAttribute("http://java.sun.com/xml/jaxp/properties/schemaLanguage", "http://www.w3.org/2001/XMLSchema");
    }

    static boolean isInsecure(String url) {
        // ok: transport-cleartext-url
        return url.startsWith("http://");
    }

    static String upgrade(String url) {
        // ok: transport-cleartext-url
        return url.replace("http://", "https://");
    }

    static void logMigration() {
        // ok: transport-cleartext-url
        Log.d(TAG, "http://api.shopfront.io is retired");
        // ok: transport-cleartext-url
        Log.w(TAG, "http://api.shopfront.io/v1");
    }

    Request secure() {
        // ok: transport-cleartext-url
        return new Request.Builder().url("https://api.shopfront.io/v2/profile").build();
    }

    // ok: transport-cleartext-url
    // See http://developer.android.com/training/articles/security-ssl.html for the background.
    private static final String DOCS_LABEL = "Shopfront API";

    /** WS-Security token types are identifiers that SOAP stacks compare, never fetch. */
    void passwordDigest(javax.xml.soap.SOAPElement password, javax.xml.soap.SOAPEnvelope envelope) throws Exception {
        // ok: transport-cleartext-url
        password.addAttribute(new javax.xml.namespace.QName("Type"), "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest");
        // ok: transport-cleartext-url
        envelope.addNamespaceDeclaration("v1", "http://services.shopfront.io/schema/MainData/V1");
    }

    /** A long concatenation still starts with the scheme. */
    String loginRequest(String user, String key) {
        // ruleid: transport-cleartext-url
        String loginUrl = "http://crm.shopfront.io/webservice.php?operation=login&username=" + user + "&accesskey=" + key;
        return loginUrl;
    }

    static String debugBaseUrl() {
        if (BuildConfig.DEBUG) {
            // ok: transport-cleartext-url
            return "http://dev-box.shopfront.io:8080/api/";
        }
        // ruleid: transport-cleartext-url
        String fallbackUrl = BuildConfig.DEBUG ? "https://api.shopfront.io/" : "http://api.shopfront.io/";
        return fallbackUrl;
    }
}

/** Links handed to the user's browser app: notes, not warnings. */
final class HelpLinks {
    private final android.content.Context context;

    HelpLinks(android.content.Context context) {
        this.context = context;
    }

    void openPrivacyPolicy() {
        // ruleid: transport-cleartext-url [variant: external-browser]
        context.startActivity(new Intent(Intent.ACTION_VIEW, Uri.parse("http://shopfront.io/privacy")));
    }

    void openStore(String host) {
        Intent intent = new Intent(Intent.ACTION_VIEW);
        // ruleid: transport-cleartext-url [variant: external-browser]
        intent.setData(Uri.parse("http://" + host + "/store"));
        context.startActivity(intent);
    }

    void openBlog() {
        // ruleid: transport-cleartext-url [variant: external-browser]
        context.startActivity(new Intent("android.intent.action.VIEW").setData(Uri.parse("http://blog.shopfront.io")));
    }

    void openOnDesktop() throws IOException {
        // ruleid: transport-cleartext-url [variant: external-browser]
        java.awt.Desktop.getDesktop().browse(java.net.URI.create("http://shopfront.io/download"));
    }

    void openInCustomTab() {
        // Custom Tabs run inside the app's task: still a warning
        // ruleid: transport-cleartext-url
        new androidx.browser.customtabs.CustomTabsIntent.Builder().build().launchUrl(context, Uri.parse("http://shopfront.io/help"));
    }

    void openSecure() {
        // ok: transport-cleartext-url
        context.startActivity(new Intent(Intent.ACTION_VIEW, Uri.parse("https://shopfront.io/privacy")));
    }

    void openEmulatorHost() {
        // ok: transport-cleartext-url
        context.startActivity(new Intent(Intent.ACTION_VIEW, Uri.parse("http://10.0.2.2:8000/")));
    }
}
