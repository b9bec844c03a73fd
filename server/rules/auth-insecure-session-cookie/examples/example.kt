package com.example.shop.server

import android.app.Activity
import android.view.WindowManager
import android.webkit.CookieManager
import io.ktor.http.Cookie
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.application.ApplicationCall
import io.ktor.server.sessions.Sessions
import io.ktor.server.sessions.cookie
import jakarta.servlet.http.HttpServletResponse

data class UserSession(val id: String)

fun Application.configureSessions(production: Boolean) {
    install(Sessions) {
        // ruleid: auth-insecure-session-cookie
        cookie<UserSession>("user_session") {
            cookie.path = "/"
            cookie.httpOnly = true
        }
        // ok: auth-insecure-session-cookie
        cookie<UserSession>("admin_session") {
            cookie.secure = true
            cookie.httpOnly = true
        }
        // ok: auth-insecure-session-cookie
        cookie<UserSession>("preview_session") {
            cookie.secure = production
        }
    }
}

fun onLogin(call: ApplicationCall, token: String) {
    // ruleid: auth-insecure-session-cookie
    call.response.cookies.append(Cookie("access_token", token, httpOnly = true))
    // ok: auth-insecure-session-cookie
    call.response.cookies.append(Cookie("access_token", token, secure = true, httpOnly = true))
    // ruleid: auth-insecure-session-cookie
    call.response.cookies.append(Cookie(name = "refresh_token", value = token, secure = true, httpOnly = false))
    // ok: auth-insecure-session-cookie
    call.response.cookies.append(Cookie("locale", "en"))
}

fun servlet(response: HttpServletResponse, sessionId: String) {
    val cookie = jakarta.servlet.http.Cookie("SESSION", sessionId)
    // ruleid: auth-insecure-session-cookie
    cookie.isSecure = false
    cookie.isHttpOnly = true
    response.addCookie(cookie)
}

fun okHttpJar(host: String, sessionToken: String): okhttp3.Cookie {
    // ruleid: auth-insecure-session-cookie
    return okhttp3.Cookie.Builder().name("session").value(sessionToken).domain(host).httpOnly().build()
}

fun okHttpJarSecure(host: String, sessionToken: String): okhttp3.Cookie {
    // ok: auth-insecure-session-cookie
    return okhttp3.Cookie.Builder().name("session").value(sessionToken).domain(host).secure().httpOnly().build()
}

fun webView(sessionToken: String) {
    // ruleid: auth-insecure-session-cookie
    CookieManager.getInstance().setCookie("https://shop.example.com", "session=$sessionToken; Path=/")
    // ok: auth-insecure-session-cookie
    CookieManager.getInstance().setCookie("https://shop.example.com", "session=$sessionToken; Path=/; Secure; HttpOnly")
}

fun servletLegacy(response: HttpServletResponse, sessionId: String) {
    val cookie = jakarta.servlet.http.Cookie("JSESSIONID", sessionId)
    // ruleid: auth-insecure-session-cookie
    cookie.setSecure(false)
    response.addCookie(cookie)
}

// FLAG_SECURE on the window while a password is shown (thunderbird-style): no cookie involved
fun hidePasswordFromScreenshots(activity: Activity, visible: Boolean) {
    activity.setSecure(visible)
    // ok: auth-insecure-session-cookie
    activity.setSecure(false)
}

private fun Activity.setSecure(secure: Boolean) {
    if (secure) window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
    else window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE)
}
