package com.shopfront.share

import fi.iki.elonen.NanoHTTPD
import io.ktor.server.application.call
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.routing
import java.net.InetAddress
import java.net.InetSocketAddress
import java.net.ServerSocket
import javax.net.ssl.SSLServerSocketFactory

private const val SHARE_PORT = 8080

class ShareServers {
    // ruleid: transport-cleartext-server [variant: device-server]
    fun openShareSocket() = ServerSocket(SHARE_PORT)

    // ok: transport-cleartext-server
    fun openLocalOnly(port: Int) = ServerSocket(port, 50, InetAddress.getLoopbackAddress())

    // ruleid: transport-cleartext-server [variant: device-server]
    fun openOnAddress(port: Int, address: InetAddress) = ServerSocket(port, 50, address)

    fun bindLater(port: Int) = ServerSocket().apply {
        reuseAddress = true
        // ruleid: transport-cleartext-server [variant: device-server]
        bind(InetSocketAddress(port))
    }

    fun bindLoopback(port: Int): ServerSocket {
        val server = ServerSocket()
        // ok: transport-cleartext-server
        server.bind(InetSocketAddress("localhost", port))
        return server
    }

    fun startCompanionApi() {
        // ruleid: transport-cleartext-server [variant: device-server]
        embeddedServer(Netty, port = SHARE_PORT) {
            routing { get("/status") { call.respondText("ok") } }
        }.start(wait = false)
    }

    fun startWildcardApi() {
        // ruleid: transport-cleartext-server [variant: device-server]
        embeddedServer(Netty, port = SHARE_PORT, host = "0.0.0.0") {
            routing { get("/status") { call.respondText("ok") } }
        }.start(wait = false)
    }

    fun startLocalApi() {
        // ok: transport-cleartext-server
        embeddedServer(Netty, port = SHARE_PORT, host = "127.0.0.1") {
            routing { get("/status") { call.respondText("ok") } }
        }.start(wait = false)
    }
}

class SecureShareServer {
    // ok: transport-cleartext-server
    fun secureSocket(port: Int) = SSLServerSocketFactory.getDefault().createServerSocket(port)

    // ok: transport-cleartext-server
    fun redirectSocket() = ServerSocket(8080)
}

// ruleid: transport-cleartext-server [variant: device-server]
class MediaServer(port: Int) : NanoHTTPD(port) {
    override fun serve(session: IHTTPSession): Response = newFixedLengthResponse("ok")
}

// ok: transport-cleartext-server
class LocalMediaServer(port: Int) : NanoHTTPD("127.0.0.1", port) {
    override fun serve(session: IHTTPSession): Response = newFixedLengthResponse("ok")
}
