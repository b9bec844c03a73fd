package com.shopfront.net

import android.webkit.HttpAuthHandler
import android.webkit.WebView
import android.webkit.WebViewClient
import android.util.Base64
import com.google.firebase.auth.FirebaseAuth
import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request
import org.json.JSONObject
import retrofit2.http.GET
import retrofit2.http.Header
import retrofit2.http.Headers
import retrofit2.http.Query
import java.net.Authenticator
import java.net.PasswordAuthentication
import java.net.URL

object ApiKeys {
    const val WEATHER_API_KEY = "4f3c2b1a9e8d7c6b5a4f3e2d1c0b9a8f"
    const val MAPS_API_KEY = "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"
    // ok: auth-hardcoded-credentials
    const val STRIPE_PUBLISHABLE_KEY = "pk_live_51H8xYzAbCdEfGhIjKlMnOpQr"
    // ok: auth-hardcoded-credentials
    const val PREF_KEY_TOKEN = "access_token"
    // ok: auth-hardcoded-credentials
    const val PASSWORD_HINT = "At least 12 characters"
    // ok: auth-hardcoded-credentials
    const val MASTER_PASSWORD_HASH_KEY = "keyHash"
    // ok: auth-hardcoded-credentials
    val SUPPORTED_PASSWORD_HINTS = listOf("password", "pswd", "passwordAuto")
    // ruleid: auth-hardcoded-credentials
    const val PAYMENTS_SECRET_KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
}

// ruleid: auth-hardcoded-credentials
private const val SUPPORT_PASSWORD = "Zx9!shopfront-support"
private const val REPORTS_TOKEN = "Bearer 7d1f0c9a8b6e5d4c3b2a1f0e"

interface WeatherApi {
    // ruleid: auth-hardcoded-credentials
    @Headers("Authorization: Bearer 5b0e9c8d7a6f5e4d3c2b1a09")
    @GET("forecast")
    fun forecast(@Query("q") city: String, @Query("appid") key: String): Call<Forecast>

    @GET("reports")
    // ruleid: auth-hardcoded-credentials
    fun reports(@Header("Authorization") auth: String = "Bearer 2c4e6a8b0d1f3e5a7c9b"): Call<List<Report>>

    // ok: auth-hardcoded-credentials
    @GET("me")
    fun me(@Header("Authorization") auth: String): Call<User>

    // ok: auth-hardcoded-credentials
    @Headers("Accept: application/json")
    @GET("alerts")
    fun alerts(): Call<List<Alert>>
}

class ShopClient(private val auth: FirebaseAuth, private val api: WeatherApi) {
    private val client = OkHttpClient()

    fun reports(): Request {
        return Request.Builder()
            .url("https://reports.shopfront.io/daily")
            // ruleid: auth-hardcoded-credentials
            .addHeader("Authorization", REPORTS_TOKEN)
            .build()
    }

    fun support(): Request {
        // the constant above is reported where it is written
        val credential = Credentials.basic("support", SUPPORT_PASSWORD)
        return Request.Builder().url("https://support.shopfront.io").header("Authorization", credential).build()
    }

    fun userRequest(token: String): Request {
        return Request.Builder()
            .url("https://api.shopfront.io/me")
            // ok: auth-hardcoded-credentials
            .addHeader("Authorization", "Bearer $token")
            .build()
    }

    fun configRequest(): Request {
        return Request.Builder()
            .url("https://api.shopfront.io/config")
            // ok: auth-hardcoded-credentials
            .addHeader("Authorization", "Bearer " + BuildConfig.CONFIG_TOKEN)
            .build()
    }

    fun forecast(city: String) =
        // ruleid: auth-hardcoded-credentials [variant: api-key]
        api.forecast(city, ApiKeys.WEATHER_API_KEY)

    fun staticMap(lat: Double, lng: Double) =
        // ruleid: auth-hardcoded-credentials [variant: client-key]
        URL("https://maps.googleapis.com/maps/api/staticmap?center=$lat,$lng&key=${ApiKeys.MAPS_API_KEY}")

    fun signInDemo() {
        // ruleid: auth-hardcoded-credentials
        auth.signInWithEmailAndPassword("demo@shopfront.io", "Demo-2024!")
    }

    fun signIn(email: String, password: String) {
        // ok: auth-hardcoded-credentials
        auth.signInWithEmailAndPassword(email, password)
    }

    fun loginBody(email: String, typed: String): JSONObject {
        val body = JSONObject()
        body.put("email", email)
        // ok: auth-hardcoded-credentials
        body.put("password", typed)
        return body
    }

    fun kioskBody(): JSONObject {
        val body = JSONObject()
        body.put("email", "kiosk@shopfront.io")
        // ruleid: auth-hardcoded-credentials
        body.put("password", "k1osk-Mode-77")
        return body
    }

    fun legacyBasic(): String {
        // ruleid: auth-hardcoded-credentials
        val encoded = Base64.encodeToString("legacy:w4rehouse!".toByteArray(), Base64.NO_WRAP)
        return "Basic $encoded"
    }

    fun emptyDefaults() {
        // ok: auth-hardcoded-credentials
        val creds = Credentials.basic("", "")
        // ok: auth-hardcoded-credentials
        val placeholder = Credentials.basic("user", "changeme")
    }

    fun proxy() {
        Authenticator.setDefault(object : Authenticator() {
            override fun getPasswordAuthentication() =
                // ruleid: auth-hardcoded-credentials
                PasswordAuthentication("proxyuser", "pr0xy-Pass".toCharArray())
        })
    }

    fun mirror(): URL {
        // ruleid: auth-hardcoded-credentials
        return URL("https://sync:M1rr0r-Key@mirror.shopfront.io/catalog")
    }

    fun documentedMirror(): String {
        // ok: auth-hardcoded-credentials
        return getString(R.string.mirror_hint, "https://user:password@mirror.example.com")
    }
}

class IntranetClient : WebViewClient() {
    override fun onReceivedHttpAuthRequest(view: WebView, handler: HttpAuthHandler, host: String, realm: String) {
        // ruleid: auth-hardcoded-credentials
        handler.proceed("intranet", "Intr@net2023")
    }
}

class TypedIntranetClient(private val user: String, private val pass: String) : WebViewClient() {
    override fun onReceivedHttpAuthRequest(view: WebView, handler: HttpAuthHandler, host: String, realm: String) {
        // ok: auth-hardcoded-credentials
        handler.proceed(user, pass)
    }
}

object Telemetry {
    fun start(context: Context) {
        // ruleid: auth-hardcoded-credentials [variant: api-key]
        Uploader.init(context, apiKey = "9c1e4b7a2d5f8e3c6b9a0d1e4f7a2b5c")
        // ok: auth-hardcoded-credentials
        Uploader.init(context, apiKey = BuildConfig.UPLOADER_KEY)
        // ok: auth-hardcoded-credentials
        Uploader.init(context, apiKey = context.getString(R.string.uploader_key))
    }
}

data class LoginRequest(val email: String, val password: String)

fun demoLogin() =
    // ruleid: auth-hardcoded-credentials
    LoginRequest(email = "qa@shopfront.io", password = "Qa-Team-Pass1")

// Import of a PEM file: the armour lines are delimiters the parser looks for, not a key
object PemReader {
    // ok: auth-hardcoded-credentials
    private const val BEGIN_PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----"
    private const val END_PRIVATE_KEY = "-----END PRIVATE KEY-----"

    fun body(pem: String): String =
        pem.substringAfter(BEGIN_PRIVATE_KEY).substringBefore(END_PRIVATE_KEY).replace("\n", "")
}
