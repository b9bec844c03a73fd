package com.securecomm.samples.session

import android.net.Uri
import android.webkit.CookieManager
import okhttp3.FormBody
import okhttp3.HttpUrl
import okhttp3.HttpUrl.Companion.toHttpUrl
import okhttp3.Request
import retrofit2.http.GET
import retrofit2.http.Header
import retrofit2.http.Query

data class Session(val accessToken: String, val sessionId: String, val userId: String)

// ---- session secrets in URLs: reported ----

class MediaUrls(private val baseUrl: String, private val session: Session) {
    fun download(server: String, mediaId: String, accessToken: String): String =
        // ruleid: auth-session-in-url
        "$baseUrl/_matrix/media/v3/download/$server/$mediaId?access_token=$accessToken"

    // ruleid: auth-session-in-url
    fun thumbnail(mediaId: String) = "$baseUrl/thumbnail/$mediaId?width=96&token=${session.accessToken}"

    fun avatar(userId: String): Uri = Uri.parse(baseUrl).buildUpon()
        .appendPath("avatar")
        .appendQueryParameter("user", userId)
        // ruleid: auth-session-in-url
        .appendQueryParameter("access_token", session.accessToken)
        .build()

    fun legacy(): HttpUrl = baseUrl.toHttpUrl().newBuilder()
        // ruleid: auth-session-in-url
        .addQueryParameter("sessionid", session.sessionId)
        .build()

    // ruleid: auth-session-in-url
    fun servlet(path: String) = baseUrl + path + ";jsessionid=" + session.sessionId
}

interface FilesApi {
    @GET("files")
    suspend fun list(
        // ruleid: auth-session-in-url
        @Query("access_token") token: String,
        @Query("page") page: Int,
    ): List<String>
}

class LegacyAdmin(private val baseUrl: String) {
    fun dashboard(): Uri = Uri.parse(baseUrl).buildUpon()
        .appendPath("dashboard")
        // ruleid: auth-session-in-url [variant: client-state]
        .appendQueryParameter("isAdmin", "true")
        .build()

    fun rememberLogin() {
        // ruleid: auth-session-in-url [variant: client-state]
        CookieManager.getInstance().setCookie(baseUrl, "authenticated=yes; path=/")
    }
}

// ---- look-alikes: stay silent ----

class HeaderAuth(private val baseUrl: String, private val session: Session) {
    fun request(): Request = Request.Builder()
        .url("$baseUrl/files")
        // ok: auth-session-in-url
        .addHeader("Authorization", "Bearer ${session.accessToken}")
        .build()

    fun revoke(): FormBody = FormBody.Builder()
        // ok: auth-session-in-url
        .add("token", session.accessToken)
        .build()

    fun nextPage(nextPageToken: String): HttpUrl = "$baseUrl/items".toHttpUrl().newBuilder()
        // ok: auth-session-in-url
        .addQueryParameter("pageToken", nextPageToken)
        // ok: auth-session-in-url
        .addQueryParameter("token", nextPageToken)
        .build()

    // ok: auth-session-in-url
    fun sync(since: String) = "$baseUrl/_matrix/client/v3/sync?since=$since&timeout=30000"

    // ok: auth-session-in-url
    fun registerPush(fcmToken: String) = "$baseUrl/push/register?token=$fcmToken"
}

interface ProfileApi {
    @GET("me")
    suspend fun me(
        // ok: auth-session-in-url
        @Header("Authorization") authorization: String,
        // ok: auth-session-in-url
        @Query("fields") fields: String,
    ): String
}
