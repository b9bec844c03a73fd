package com.securecomm.samples.session;

import android.net.Uri;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URL;

import okhttp3.FormBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Query;

public class Example {
    private final String baseUrl;
    private final String authtoken;
    private final UserSession session;

    Example(String baseUrl, String authtoken, UserSession session) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
        this.session = session;
    }

    // ---- session secrets in URLs: reported ----

    String webUi(String action) {
        // ruleid: auth-session-in-url
        return baseUrl + "/gui/?token=" + authtoken + "&action=" + action;
    }

    URL userInfo(String[] token) throws IOException {
        // ruleid: auth-session-in-url
        return new URL("https://oauth.mail.ru/userinfo?access_token=" + token[0]);
    }

    Uri avatar(String userId) {
        return Uri.parse(baseUrl).buildUpon()
            .appendQueryParameter("user", userId)
            // ruleid: auth-session-in-url
            .appendQueryParameter("access_token", session.getAccessToken())
            .build();
    }

    String servlet(String path) {
        // ruleid: auth-session-in-url
        return baseUrl + path + ";jsessionid=" + session.getSessionId();
    }

    interface FilesApi {
        @GET("files")
        // ruleid: auth-session-in-url
        Call<String> list(@Query("access_token") String accessToken, @Query("page") int page);
    }

    // ---- client-asserted state: reported ----

    HttpCookie adminCookie() {
        // ruleid: auth-session-in-url [variant: client-state]
        return new HttpCookie("isAdmin", "true");
    }

    String loggedInPage() {
        // ruleid: auth-session-in-url [variant: client-state]
        return baseUrl + "/home?loggedIn=true";
    }

    // ---- look-alikes: stay silent ----

    Request headerAuth() {
        return new Request.Builder()
            .url(baseUrl + "/files")
            // ok: auth-session-in-url
            .addHeader("Authorization", "Bearer " + session.getAccessToken())
            .build();
    }

    RequestBody login(String user, String password) {
        return new FormBody.Builder()
            .add("username", user)
            // ok: auth-session-in-url
            .add("password", password)
            .build();
    }

    Uri nextPage(String nextPageToken) {
        return Uri.parse(baseUrl).buildUpon()
            // ok: auth-session-in-url
            .appendQueryParameter("token", nextPageToken)
            .build();
    }

    // ok: auth-session-in-url
    String csrf(String csrfToken) {
        return baseUrl + "/form?token=" + csrfToken;
    }

    interface ProfileApi {
        @GET("me")
        // ok: auth-session-in-url
        Call<String> me(@Header("Authorization") String authorization, @Query("fields") String fields);
    }

    interface UserSession {
        String getAccessToken();
        String getSessionId();
    }
}
