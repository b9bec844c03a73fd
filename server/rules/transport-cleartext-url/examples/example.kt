package com.securecomm.samples.network

import android.net.Uri
import android.content.Context
import android.content.Intent
import androidx.browser.customtabs.CustomTabsIntent
import androidx.compose.material3.TextButton
import androidx.compose.ui.platform.LocalUriHandler
import androidx.core.net.toUri
import android.util.Log
import android.webkit.WebView
import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.statement.HttpResponse
import java.net.HttpURLConnection
import java.net.URL
import okhttp3.HttpUrl
import okhttp3.HttpUrl.Companion.toHttpUrl
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.Response
import okhttp3.WebSocket
import okhttp3.WebSocketListener
import retrofit2.Retrofit
import retrofit2.converter.gson.GsonConverterFactory
import retrofit2.http.GET
import org.junit.Assert.assertEquals
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.res.stringResource
import androidx.webkit.ProxyConfig
import androidx.webkit.ProxyController
import org.ksoap2.serialization.SoapObject

object ApiConfig {
    // ruleid: transport-cleartext-url
    const val BASE_URL = "http://api.shopfront.io/v2/"

    // ruleid: transport-cleartext-url
    private val socketUrl: String = "ws://live.shopfront.io/feed"

    // ok: transport-cleartext-url
    const val SECURE_BASE_URL = "https://api.shopfront.io/v2/"

    // ok: transport-cleartext-url
    const val DEV_URL = "http://localhost:8080/api"

    // ok: transport-cleartext-url
    const val EMULATOR_URL = "http://10.0.2.2:3000/"

    // ok: transport-cleartext-url
    const val LOOPBACK_URL = "http://127.0.0.1:9000/health"

    // ok: transport-cleartext-url
    const val ANDROID_NS = "http://schemas.android.com/apk/res/android"

    fun socket(): String = socketUrl
}

class ShopApi(private val client: OkHttpClient, private val host: String) {

    fun loadCart(userId: String): Response {
        val request = Request.Builder()
            // ruleid: transport-cleartext-url
            .url("http://$host/api/cart/$userId")
            .build()
        return client.newCall(request).execute()
    }

    fun ping(): Int {
        // ruleid: transport-cleartext-url
        val connection = URL("http://" + host + "/ping").openConnection() as HttpURLConnection
        return connection.responseCode
    }

    fun retrofit(): Retrofit = Retrofit.Builder()
        // ruleid: transport-cleartext-url
        .baseUrl("http://payments.shopfront.io/")
        .addConverterFactory(GsonConverterFactory.create())
        .build()

    fun live(listener: WebSocketListener): WebSocket {
        // ruleid: transport-cleartext-url
        val request = Request.Builder().url("ws://${host}:8080/live").build()
        return client.newWebSocket(request, listener)
    }

    fun openHelp(webView: WebView) {
        // ruleid: transport-cleartext-url
        webView.loadUrl("http://help.shopfront.io/faq")
    }

    // ruleid: transport-cleartext-url
    fun termsUri(): Uri = Uri.parse("http://legal.shopfront.io/terms")

    suspend fun ktor(http: HttpClient): HttpResponse =
        // ruleid: transport-cleartext-url
        http.get("http://catalog.shopfront.io/items")

    fun checkScheme(url: String): Boolean {
        Log.d("ShopApi", "checking scheme of $url")
        // ok: transport-cleartext-url
        return url.startsWith("http://")
    }

    fun logLegacy() {
        // ok: transport-cleartext-url
        Log.w("ShopApi", "http://api.shopfront.io/v1")
    }

    // Legacy host, now served from http://old.shopfront.io (comment: never reported)
    fun upgrade(url: String): String = url.replace("http://", "https://")
}

class TelemetryClient(
    // ruleid: transport-cleartext-url
    private val endpoint: String = "http://telemetry.shopfront.io/collect",
    // Private and never read: nothing is sent to it
    // ok: transport-cleartext-url
    private val fallbackEndpoint: String = "http://fallback.shopfront.io/collect",
) {
    fun collectUrl(): String = endpoint

    // ruleid: transport-cleartext-url
    var uploadHost = System.getenv("UPLOAD_HOST") ?: "http://upload.shopfront.io"

    fun configure(staging: Boolean) {
        // ruleid: transport-cleartext-url
        if (staging) uploadHost = "http://staging-upload.shopfront.io"
    }

    // ok: transport-cleartext-url
    val displayName = "http://telemetry.shopfront.io"
}

interface LegacyService {
    // ruleid: transport-cleartext-url
    @GET("http://legacy.shopfront.io/v1/orders")
    suspend fun orders(): List<String>
}

object Flavors {
    // ruleid: transport-cleartext-url
    val mediaBase: HttpUrl = "http://media.shopfront.io/".toHttpUrl()


    // ruleid: transport-cleartext-url
    fun apiBaseUrl(): String = "http://qa.shopfront.io/api"

    val headers = mapOf(
        // ruleid: transport-cleartext-url
        "callback_url" to "http://hooks.shopfront.io/done",
    )
}

@Composable
fun ServerHint() {
    // ok: transport-cleartext-url
    Text(text = "http://shop.local:8123")
}

class ShopApiTest {
    fun parsesLegacyUrl() {
        // ok: transport-cleartext-url
        assertEquals("legacy.shopfront.io", URL("http://legacy.shopfront.io/v1").host)
    }
}

@Preview
@Composable
private fun ServerCardPreview() {
    // ok: transport-cleartext-url
    ServerCard(url = URL("http://shop.shopfront.io:8123"))
}

@ShopPreviews
@Composable
private fun ServerListPreview() {
    // ok: transport-cleartext-url
    ServerList(servers = listOf(ApiConfig(baseUrl = "http://eu.shopfront.io")))
}

@Composable
fun ServerCard(url: URL) {
    // ruleid: transport-cleartext-url
    AsyncImage(model = URL("http://cdn.shopfront.io/logo.png"), contentDescription = url.host)
}

// Falls back to cleartext when HTTPS is not forced
class ServerProbe(private val host: String) {
    var baseUrl: String = ""

    fun probe(forceHttps: Boolean): String {
        val statusUrl = if (forceHttps) {
            "https://" + host + "/status.php"
        } else {
            // ruleid: transport-cleartext-url
            "http://" + host + "/status.php"
        }
        baseUrl = if (forceHttps) "https://$host"
        // ruleid: transport-cleartext-url
        else "http://$host"
        return statusUrl
    }
}

object DebugEndpoints {
    fun baseUrl(): String {
        if (BuildConfig.DEBUG) {
            // ok: transport-cleartext-url
            return "http://dev-box.shopfront.io:8080/api/"
        } else {
            return "https://api.shopfront.io/"
        }
    }

    fun legacyUrl(): String {
        if (!BuildConfig.DEBUG) {
            // ruleid: transport-cleartext-url
            val legacyApiUrl = "http://legacy.shopfront.io/api/"
            return legacyApiUrl
        }
        return "https://api.shopfront.io/"
    }
}

// ---- links handed to the user's browser app: notes, not warnings ----------------------

class HelpLinks(private val context: Context) {
    fun openPrivacyPolicy() {
        // ruleid: transport-cleartext-url [variant: external-browser]
        context.startActivity(Intent(Intent.ACTION_VIEW, Uri.parse("http://shopfront.io/privacy")))
    }

    fun openTerms() {
        // ruleid: transport-cleartext-url [variant: external-browser]
        context.startActivity(Intent(Intent.ACTION_VIEW, "http://shopfront.io/terms".toUri()))
    }

    fun openStore(host: String) {
        val intent = Intent(Intent.ACTION_VIEW).apply {
            // ruleid: transport-cleartext-url [variant: external-browser]
            data = Uri.parse("http://$host/store")
        }
        context.startActivity(intent)
    }

    fun openBlog() {
        val intent = Intent(Intent.ACTION_VIEW)
        // ruleid: transport-cleartext-url [variant: external-browser]
        intent.setData(Uri.parse("http://blog.shopfront.io"))
        context.startActivity(intent)
    }

    fun openInCustomTab() {
        // Custom Tabs run inside the app's task: still a warning
        // ruleid: transport-cleartext-url
        CustomTabsIntent.Builder().build().launchUrl(context, Uri.parse("http://shopfront.io/help"))
    }

    fun openFaq() {
        val faqPage = "http://shopfront.io/faq"
        // ruleid: transport-cleartext-url [variant: external-browser]
        context.startActivity(Intent(Intent.ACTION_VIEW, faqPage.toUri()))
    }

    fun openSecure() {
        // ok: transport-cleartext-url
        context.startActivity(Intent(Intent.ACTION_VIEW, Uri.parse("https://shopfront.io/privacy")))
    }

    fun openLocalDocs() {
        // ok: transport-cleartext-url
        context.startActivity(Intent(Intent.ACTION_VIEW, Uri.parse("http://localhost:8000/docs")))
    }
}

@Composable
fun FooterLinks() {
    val uriHandler = LocalUriHandler.current
    // ruleid: transport-cleartext-url [variant: external-browser]
    TextButton(onClick = { uriHandler.openUri("http://shopfront.io/imprint") }) { Text("Imprint") }
}

// ---- split across statements: the URL is made in one place and sent in another -----------

object Hosts {
    const val LEGACY = "http://legacy.shopfront.io"
    const val STATUS_FORMAT = "http://%s/status"
    // ok: transport-cleartext-url
    const val ATOM_NS = "http://purl.shopfront.io/atom/1.0"
    // ok: transport-cleartext-url
    const val MEDIA_NAMESPACE_URI = "http://search.shopfront.io/mrss/"
}

class SyncClient(private val client: OkHttpClient, private val useTls: Boolean) {
    private val origin = "http://sync.shopfront.io"

    companion object {
        private const val TAG = "SyncClient"
        const val MIRROR = "http://mirror.shopfront.io"
        // Only logged, compared, parsed for its host, shown, upgraded or used in debug builds:
        // ok: transport-cleartext-url
        private const val RETIRED_API_URL = "http://v1.shopfront.io/api"
        // ok: transport-cleartext-url
        private const val OLD_SERVER_URL = "http://old.shopfront.io"
        // ok: transport-cleartext-url
        private const val PROMO_URL = "http://promo.shopfront.io/summer"
        // ok: transport-cleartext-url
        private const val DEV_API_URL = "http://dev.shopfront.io/api"
        private const val NAMESPACE = "http://ws.shopfront.io/orders"
    }

    fun legacyOrders(): Response {
        // ruleid: transport-cleartext-url
        val request = Request.Builder().url(Hosts.LEGACY + "/orders").build()
        return client.newCall(request).execute()
    }

    fun mirrorIndex(): Response =
        // ruleid: transport-cleartext-url
        client.newCall(Request.Builder().url("$MIRROR/index.json").build()).execute()

    fun status(host: String): HttpURLConnection =
        // ruleid: transport-cleartext-url
        URL(String.format(Hosts.STATUS_FORMAT, host)).openConnection() as HttpURLConnection

    fun push(body: String): Response {
        val target = "$origin/push?body=$body"
        // ruleid: transport-cleartext-url
        return client.newCall(Request.Builder().url(target).build()).execute()
    }

    fun api(host: String, secure: Boolean): URL {
        val scheme = if (secure) "https://" else "http://"
        // ruleid: transport-cleartext-url
        return URL(scheme + host + "/api")
    }

    fun download(host: String, path: String): Response {
        val prefix = when {
            useTls -> "https://"
            else -> "http://"
        }
        // ruleid: transport-cleartext-url
        return client.newCall(Request.Builder().url("$prefix$host$path").build()).execute()
    }

    private fun mirror(region: String) = "http://$region.mirror.shopfront.io"

    private fun resolve(path: String, legacy: Boolean): String {
        if (legacy) {
            return "http://legacy.shopfront.io/$path"
        }
        return "https://api.shopfront.io/$path"
    }

    fun show(webView: WebView, legacy: Boolean) {
        // ruleid: transport-cleartext-url
        webView.loadUrl(mirror("eu"))
        // ruleid: transport-cleartext-url
        webView.loadUrl(resolve("help", legacy))
    }

    private fun fetch(url: String = "http://reports.shopfront.io/weekly"): Response =
        // ruleid: transport-cleartext-url
        client.newCall(Request.Builder().url(url).build()).execute()

    fun report(): Response = fetch()

    fun media(): HttpUrl {
        val base = "http://media.shopfront.io/"
        // ruleid: transport-cleartext-url
        return base.toHttpUrl()
    }

    fun lookalikes(url: String, webView: WebView, label: android.widget.TextView) {
        Log.i(TAG, "migrated from $RETIRED_API_URL")
        if (url == OLD_SERVER_URL || url.startsWith(OLD_SERVER_URL)) return
        val promoHost = Uri.parse(PROMO_URL).host
        // ok: transport-cleartext-url
        val cdnHost = "http://cdn.shopfront.io/assets".toUri().host
        label.text = promoHost + cdnHost
        // ok: transport-cleartext-url
        label.hint = "http://nas.shopfront.io:8080"
        // ok: transport-cleartext-url
        webView.loadUrl(RETIRED_API_URL.replace("http://", "https://"))
        if (BuildConfig.DEBUG) {
            // ok: transport-cleartext-url
            webView.loadUrl(DEV_API_URL)
        }
        // ok: transport-cleartext-url
        var page = "http://shop.shopfront.io/home"
        page = "https://shop.shopfront.io/home"
        // ok: transport-cleartext-url
        webView.loadUrl(page)
    }

    /** The user types an address; http:// is only the default when it has no scheme. */
    fun openTyped(webView: WebView, typed: String) {
        var address = typed.trim()
        if (!address.contains("://")) {
            // ok: transport-cleartext-url
            address = "http://$address"
        }
        // ok: transport-cleartext-url
        webView.loadUrl(address)
    }

    // ok: transport-cleartext-url
    fun withScheme(host: String) = if (host.startsWith("http")) host else "http://$host"

    fun stripScheme(url: String): String {
        // ok: transport-cleartext-url
        val prefixes = listOf("http://www.", "https://www.", "http://", "https://")
        return prefixes.find { url.startsWith(it) }?.let { url.removePrefix(it) } ?: url
    }

    fun proxy(proxyHost: String, proxyPort: Int) {
        // ok: transport-cleartext-url
        val proxyUrl = "http://$proxyHost:$proxyPort"
        // ok: transport-cleartext-url
        ProxyController.getInstance().setProxyOverride(ProxyConfig.Builder().addProxyRule(proxyUrl).build(), { }, { })
    }

    fun soapOrders(): SoapObject {
        // ok: transport-cleartext-url
        val page = Request.Builder().url("https://www.shopfront.io/").header("Referer", "http://m.shopfront.io/").build()
        // ok: transport-cleartext-url
        return SoapObject(NAMESPACE, "GetOrders")
    }

    fun feedTitle(parser: org.xmlpull.v1.XmlPullParser): String =
        // ok: transport-cleartext-url
        parser.getAttributeValue(Hosts.MEDIA_NAMESPACE_URI, "title") + parser.getAttributeValue(Hosts.ATOM_NS, "title")
}

@Composable
fun BlockedUriField(error: String?) {
    // ok: transport-cleartext-url
    Text(text = error ?: stringResource(id = R.string.separate_uris_with_a_comma, "http://domain.shopfront.io"))
}

fun linkFor(host: String): Uri =
    // ok: transport-cleartext-url
    Uri.parse("http://$host")

const val API_HOST = "api.shopfront.io"

// the host is the app's own constant: the app chose cleartext
// ruleid: transport-cleartext-url
val apiClient: Retrofit = Retrofit.Builder().baseUrl("http://$API_HOST").build()

// the About screen's open-source licences: homepages shown, opened at most in the browser
val libraries = listOf(
    // ok: transport-cleartext-url
    Library("JZlib", "http://www.jcraft.com/jzlib/", "BSD-style License"),
    Library("jsoup", "https://jsoup.org/", "MIT License"),
)
