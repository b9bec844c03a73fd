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
    public static final String BASE_URL = "https://api.shopfront.io/v2/";

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
        PRODUCTION("https://api.shopfront.io/v2/"),
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
    static final String[] MIRROR_URLS = {"https://eu.shopfront.io", "https://us.shopfront.io"};

    static String getImageHost() {
        // ruleid: transport-cleartext-url
        return "https://img.shopfront.io";
    }

    interface CatalogService {
        // ruleid: transport-cleartext-url
        String IMAGES_HOST = "https://img.shopfront.io";

        // ruleid: transport-cleartext-url
        @GET("https://legacy.shopfront.io/catalog")
        retrofit2.Call<String> legacyCatalog();
    }

    private final OkHttpClient client = new OkHttpClient();

    Response cart(String userId) throws IOException {
        Request request = new Request.Builder()
            // ruleid: transport-cleartext-url
            .url("https://api.shopfront.io/v2/cart/" + userId)
            .build();
        return client.newCall(request).execute();
    }

    Retrofit retrofit() {
        return new Retrofit.Builder()
            // ruleid: transport-cleartext-url
            .baseUrl("https://payments.shopfront.io/")
            .build();
    }

    HttpURLConnection open(String host) throws IOException {
        // ruleid: transport-cleartext-url
        URL url = new URL("https://" + host + "/v2/orders");
        return (HttpURLConnection) url.openConnection();
    }

    HttpURLConnection openFormatted(String host, int port) throws IOException {
        // ruleid: transport-cleartext-url
        return (HttpURLConnection) new URL(String.format("https://%s:%d/status", host, port)).openConnection();
    }

    void showHelp(WebView webView) {
        // ruleid: transport-cleartext-url
        webView.loadUrl("https://help.shopfront.io/faq");
    }

    Uri promo() {
        // ruleid: transport-cleartext-url
        return Uri.parse("https://promo.shopfront.io/summer?src=app");
    }

    HttpGet legacyRequest() {
        // ruleid: transport-cleartext-url
        return new HttpGet("https://legacy.shopfront.io/api/stock");
    }

    WebSocket live(WebSocketListener listener) {
        // ruleid: transport-cleartext-url
        Request request = new Request.Builder().url("wss://live.shopfront.io/socket").build();
        return client.newWebSocket(request, listener);
    }

    void configure(boolean staging) {
        // ruleid: transport-cleartext-url
        this.telemetryEndpoint = "https://telemetry.shopfront.io/collect";
        // Only logged: nothing is sent to these
        // ok: transport-cleartext-url
        String mirrorUrl = staging ? "http://staging.shopfront.io" : "https://www.shopfront.io";
        // ok: transport-cleartext-url
        String imageUrl = String.format("http://%s/images/%d.png", "cdn.shopfront.io", 42);
        Log.d(TAG, mirrorUrl + imageUrl);
    }

    String telemetryEndpoint() {
        return telemetryEndpoint;
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
        String loginUrl = "https://crm.shopfront.io/webservice.php?operation=login&username=" + user + "&accesskey=" + key;
        return loginUrl;
    }

    static String debugBaseUrl() {
        if (BuildConfig.DEBUG) {
            // ok: transport-cleartext-url
            return "http://dev-box.shopfront.io:8080/api/";
        }
        // ruleid: transport-cleartext-url
        String fallbackUrl = BuildConfig.DEBUG ? "https://api.shopfront.io/" : "https://api.shopfront.io/";
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
        context.startActivity(new Intent(Intent.ACTION_VIEW, Uri.parse("https://shopfront.io/privacy")));
    }

    void openStore(String host) {
        Intent intent = new Intent(Intent.ACTION_VIEW);
        // ruleid: transport-cleartext-url [variant: external-browser]
        intent.setData(Uri.parse("https://" + host + "/store"));
        context.startActivity(intent);
    }

    void openBlog() {
        // ruleid: transport-cleartext-url [variant: external-browser]
        context.startActivity(new Intent("android.intent.action.VIEW").setData(Uri.parse("https://blog.shopfront.io")));
    }

    void openOnDesktop() throws IOException {
        // ruleid: transport-cleartext-url [variant: external-browser]
        java.awt.Desktop.getDesktop().browse(java.net.URI.create("https://shopfront.io/download"));
    }

    void openInCustomTab() {
        // Custom Tabs run inside the app's task: still a warning
        // ruleid: transport-cleartext-url
        new androidx.browser.customtabs.CustomTabsIntent.Builder().build().launchUrl(context, Uri.parse("https://shopfront.io/help"));
    }

    private static final String TERMS_PAGE = "https://shopfront.io/terms";

    void openTerms() {
        // ruleid: transport-cleartext-url [variant: external-browser]
        context.startActivity(new Intent(Intent.ACTION_VIEW, Uri.parse(TERMS_PAGE)));
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

/** Hosts kept apart from the code that calls them (another class of the same file). */
final class Hosts {
    static final String LEGACY = "https://legacy.shopfront.io";
    static final String STATUS_FORMAT = "https://%s/status";
    static final String INSECURE_SCHEME = "https://";
    // ok: transport-cleartext-url
    static final String ATOM_NS = "http://purl.shopfront.io/atom/1.0";
    // ok: transport-cleartext-url
    static final String MEDIA_NAMESPACE_URI = "http://search.shopfront.io/mrss/";
}

/** The URL is made in one statement and sent in another. */
final class SyncClient {
    private static final String TAG = "SyncClient";
    // Only logged, compared, parsed for its host, shown, upgraded or used in debug builds:
    // ok: transport-cleartext-url
    private static final String RETIRED_API_URL = "http://v1.shopfront.io/api";
    // ok: transport-cleartext-url
    private static final String OLD_SERVER_URL = "http://old.shopfront.io";
    // ok: transport-cleartext-url
    private static final String PROMO_URL = "http://promo.shopfront.io/summer";
    // ok: transport-cleartext-url
    private static final String SERVER_HINT_URL = "http://nas.shopfront.io:8080";
    // ok: transport-cleartext-url
    private static final String CDN_URL = "http://cdn.shopfront.io/assets";
    // ok: transport-cleartext-url
    private static final String DEV_API_URL = "http://dev.shopfront.io/api";

    private final String origin = "https://sync.shopfront.io";
    private final OkHttpClient client = new OkHttpClient();
    private final boolean useTls;

    SyncClient(boolean useTls) {
        this.useTls = useTls;
    }

    Response legacyOrders() throws IOException {
        // ruleid: transport-cleartext-url
        Request request = new Request.Builder().url(Hosts.LEGACY + "/orders").build();
        return client.newCall(request).execute();
    }

    HttpURLConnection status(String host) throws IOException {
        // ruleid: transport-cleartext-url
        return (HttpURLConnection) new URL(String.format(Hosts.STATUS_FORMAT, host)).openConnection();
    }

    Response push(String body) throws IOException {
        String target = origin + "/push?body=" + body;
        // ruleid: transport-cleartext-url
        return client.newCall(new Request.Builder().url(target).build()).execute();
    }

    URL api(String host, boolean secure) throws IOException {
        String scheme = secure ? "https://" : "https://";
        // ruleid: transport-cleartext-url
        return new URL(scheme + host + "/api");
    }

    Response download(String host, String path) throws IOException {
        String prefix;
        if (useTls) {
            prefix = "https://";
        } else {
            prefix = Hosts.INSECURE_SCHEME;
        }
        // ruleid: transport-cleartext-url
        return client.newCall(new Request.Builder().url(prefix + host + path).build()).execute();
    }

    private static String mirror(String region) {
        return "https://" + region + ".mirror.shopfront.io";
    }

    private static String resolve(String path, boolean legacy) {
        if (legacy) {
            return "https://legacy.shopfront.io/" + path;
        }
        return "https://api.shopfront.io/" + path;
    }

    void show(WebView webView, boolean legacy) {
        // ruleid: transport-cleartext-url
        webView.loadUrl(mirror("eu"));
        // ruleid: transport-cleartext-url
        webView.loadUrl(resolve("help", legacy));
    }

    private Response fetch(String url) throws IOException {
        // ruleid: transport-cleartext-url
        return client.newCall(new Request.Builder().url(url).build()).execute();
    }

    Response report() throws IOException {
        return fetch("https://reports.shopfront.io/daily");
    }

    void lookalikes(String url, WebView webView, android.widget.TextView label) throws IOException {
        Log.i(TAG, "migrated from " + RETIRED_API_URL);
        if (url.equals(OLD_SERVER_URL) || url.startsWith(OLD_SERVER_URL)) {
            return;
        }
        String promoHost = Uri.parse(PROMO_URL).getHost();
        String cdnHost = new URL(CDN_URL).getHost();
        label.setHint(SERVER_HINT_URL);
        label.setText(promoHost + cdnHost);
        // ok: transport-cleartext-url
        webView.loadUrl(RETIRED_API_URL.replace("http://", "https://"));
        if (BuildConfig.DEBUG) {
            // ok: transport-cleartext-url
            webView.loadUrl(DEV_API_URL);
        }
        // ok: transport-cleartext-url
        String page = "http://shop.shopfront.io/home";
        page = "https://shop.shopfront.io/home";
        // ok: transport-cleartext-url
        webView.loadUrl(page);
    }

    /** The user types an address; http:// is only the default when it has no scheme. */
    void openTyped(WebView webView, String typed) {
        String address = typed.trim();
        if (!address.startsWith("http://") && !address.startsWith("https://")) {
            // ok: transport-cleartext-url
            address = "http://" + address;
        }
        // ok: transport-cleartext-url
        webView.loadUrl(address);
    }

    static String withScheme(String host) {
        // ok: transport-cleartext-url
        return host.contains("://") ? host : "http://" + host;
    }

    void allowAll(org.apache.cordova.AllowList allowList) {
        // ok: transport-cleartext-url
        allowList.addAllowListEntry("http://*/*", false);
    }

    void proxy(String proxyHost, int proxyPort) {
        // ok: transport-cleartext-url
        String proxyUrl = "http://" + proxyHost + ":" + proxyPort;
        // ok: transport-cleartext-url
        androidx.webkit.ProxyController.getInstance().setProxyOverride(new androidx.webkit.ProxyConfig.Builder().addProxyRule(proxyUrl).build(), Runnable::run, () -> { });
    }

    private static final String NAMESPACE = "http://ws.shopfront.io/orders";

    Object soapOrders(Object transport) {
        // ok: transport-cleartext-url
        org.ksoap2.serialization.SoapObject request = new org.ksoap2.serialization.SoapObject(NAMESPACE, "GetOrders");
        // ok: transport-cleartext-url
        Request page = new Request.Builder().url("https://www.shopfront.io/").addHeader("Referer", "http://m.shopfront.io/").build();
        return request;
    }

    String feedTitle(org.xmlpull.v1.XmlPullParser parser) {
        // ok: transport-cleartext-url
        return parser.getAttributeValue(Hosts.MEDIA_NAMESPACE_URI, "title") + parser.getAttributeValue(Hosts.ATOM_NS, "title");
    }

    void openHost(String hostName) {
        Intent intent = new Intent(Intent.ACTION_VIEW);
        // a host name from the DNS log made into a link: the scheme is only a default, the host is data
        // ok: transport-cleartext-url
        intent.setData(Uri.parse("http://" + hostName));
        startActivity(intent);
    }

    static final String API_HOST = "api.shopfront.io";

    Request apiRoot() {
        // the host is the app's own constant: the app chose cleartext
        // ruleid: transport-cleartext-url
        return new Request.Builder().url("https://" + API_HOST).build();
    }

    void settingsDefaults(SharedPreferences.Editor editor, Preference serverUrl) {
        // "your host here" placeholders shown until the user types a server
        // ok: transport-cleartext-url
        editor.putString("serverUrl", "http://yourhost");
        // ok: transport-cleartext-url
        serverUrl.setDefaultValue("http://your-server.com");
    }
}
