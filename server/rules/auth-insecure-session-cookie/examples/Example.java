package com.example.bank.web;

import android.webkit.CookieManager;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

public class SessionCookies {
    private static final String SESSION_COOKIE = "SESSION";

    public void onLogin(HttpServletResponse response, String sessionId) {
        // ruleid: auth-insecure-session-cookie
        Cookie cookie = new Cookie(SESSION_COOKIE, sessionId);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    public void onLoginSecure(HttpServletResponse response, String sessionId) {
        // ok: auth-insecure-session-cookie
        Cookie cookie = new Cookie("JSESSIONID", sessionId);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    public void rememberMe(HttpServletResponse response, String token, boolean https) {
        Cookie remember = new Cookie("remember_token", token);
        // ruleid: auth-insecure-session-cookie
        remember.setSecure(false);
        // ruleid: auth-insecure-session-cookie
        remember.setHttpOnly(false);
        response.addCookie(remember);
        Cookie theme = new Cookie("theme", "dark");
        // ok: auth-insecure-session-cookie
        theme.setHttpOnly(false);
        response.addCookie(theme);
        Cookie flagged = new Cookie("auth", token);
        // ok: auth-insecure-session-cookie
        flagged.setSecure(https);
        response.addCookie(flagged);
    }

    public void spring(HttpHeaders headers, String accessToken) {
        // ruleid: auth-insecure-session-cookie
        ResponseCookie cookie = ResponseCookie.from("access_token", accessToken).httpOnly(true).path("/").build();
        headers.add(HttpHeaders.SET_COOKIE, cookie.toString());
        // ok: auth-insecure-session-cookie
        ResponseCookie secure = ResponseCookie.from("access_token", accessToken).secure(true).httpOnly(true).build();
        headers.add(HttpHeaders.SET_COOKIE, secure.toString());
    }

    public void webView(String sessionToken) {
        CookieManager cookies = CookieManager.getInstance();
        // ruleid: auth-insecure-session-cookie
        cookies.setCookie("https://bank.example.com", "session=" + sessionToken + "; Path=/");
        // ok: auth-insecure-session-cookie
        cookies.setCookie("https://bank.example.com", "session=" + sessionToken + "; Path=/; Secure; HttpOnly");
        // ok: auth-insecure-session-cookie
        cookies.setCookie("https://bank.example.com", "lang=en; Path=/");
    }
}
