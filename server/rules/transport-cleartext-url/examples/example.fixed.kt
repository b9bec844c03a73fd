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

object ApiConfig {
    // ruleid: transport-cleartext-url
    const val BASE_URL = "https://api.shopfront.io/v2/"

    // ruleid: transport-cleartext-url
    private val socketUrl: String = "wss://live.shopfront.io/feed"

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
            .url("https://$host/api/cart/$userId")
            .build()
        return client.newCall(request).execute()
    }

    fun ping(): Int {
        // ruleid: transport-cleartext-url
        val connection = URL("https://" + host + "/ping").openConnection() as HttpURLConnection
        return connection.responseCode
    }

    fun retrofit(): Retrofit = Retrofit.Builder()
        // ruleid: transport-cleartext-url
        .baseUrl("https://payments.shopfront.io/")
        .addConverterFactory(GsonConverterFactory.create())
        .build()

    fun live(listener: WebSocketListener): WebSocket {
        // ruleid: transport-cleartext-url
        val request = Request.Builder().url("wss://${host}:8080/live").build()
        return client.newWebSocket(request, listener)
    }

    fun openHelp(webView: WebView) {
        // ruleid: transport-cleartext-url
        webView.loadUrl("https://help.shopfront.io/faq")
    }

    // ruleid: transport-cleartext-url
    fun termsUri(): Uri = Uri.parse("https://legal.shopfront.io/terms")

    suspend fun ktor(http: HttpClient): HttpResponse =
        // ruleid: transport-cleartext-url
        http.get("https://catalog.shopfront.io/items")

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
    private val endpoint: String = "https://telemetry.shopfront.io/collect",
) {
    // ruleid: transport-cleartext-url
    var uploadHost = System.getenv("UPLOAD_HOST") ?: "https://upload.shopfront.io"

    fun configure(staging: Boolean) {
        // ruleid: transport-cleartext-url
        if (staging) uploadHost = "https://staging-upload.shopfront.io"
    }

    // ok: transport-cleartext-url
    val displayName = "http://telemetry.shopfront.io"
}

interface LegacyService {
    // ruleid: transport-cleartext-url
    @GET("https://legacy.shopfront.io/v1/orders")
    suspend fun orders(): List<String>
}

object Flavors {
    // ruleid: transport-cleartext-url
    val mediaBase: HttpUrl = "https://media.shopfront.io/".toHttpUrl()


    // ruleid: transport-cleartext-url
    fun apiBaseUrl(): String = "https://qa.shopfront.io/api"

    val headers = mapOf(
        // ruleid: transport-cleartext-url
        "callback_url" to "https://hooks.shopfront.io/done",
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
    AsyncImage(model = URL("https://cdn.shopfront.io/logo.png"), contentDescription = url.host)
}

// Falls back to cleartext when HTTPS is not forced
class ServerProbe(private val host: String) {
    var baseUrl: String = ""

    fun probe(forceHttps: Boolean): String {
        val statusUrl = if (forceHttps) {
            "https://" + host + "/status.php"
        } else {
            // ruleid: transport-cleartext-url
            "https://" + host + "/status.php"
        }
        baseUrl = if (forceHttps) "https://$host"
        // ruleid: transport-cleartext-url
        else "https://$host"
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
            val legacyApiUrl = "https://legacy.shopfront.io/api/"
            return legacyApiUrl
        }
        return "https://api.shopfront.io/"
    }
}

// ---- links handed to the user's browser app: notes, not warnings ----------------------

class HelpLinks(private val context: Context) {
    fun openPrivacyPolicy() {
        // ruleid: transport-cleartext-url [variant: external-browser]
        context.startActivity(Intent(Intent.ACTION_VIEW, Uri.parse("https://shopfront.io/privacy")))
    }

    fun openTerms() {
        // ruleid: transport-cleartext-url [variant: external-browser]
        context.startActivity(Intent(Intent.ACTION_VIEW, "https://shopfront.io/terms".toUri()))
    }

    fun openStore(host: String) {
        val intent = Intent(Intent.ACTION_VIEW).apply {
            // ruleid: transport-cleartext-url [variant: external-browser]
            data = Uri.parse("https://$host/store")
        }
        context.startActivity(intent)
    }

    fun openBlog() {
        val intent = Intent(Intent.ACTION_VIEW)
        // ruleid: transport-cleartext-url [variant: external-browser]
        intent.setData(Uri.parse("https://blog.shopfront.io"))
        context.startActivity(intent)
    }

    fun openInCustomTab() {
        // Custom Tabs run inside the app's task: still a warning
        // ruleid: transport-cleartext-url
        CustomTabsIntent.Builder().build().launchUrl(context, Uri.parse("https://shopfront.io/help"))
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
    TextButton(onClick = { uriHandler.openUri("https://shopfront.io/imprint") }) { Text("Imprint") }
}
