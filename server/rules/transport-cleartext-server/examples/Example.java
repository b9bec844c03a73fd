package com.shopfront.share;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;

import javax.net.ssl.SSLServerSocketFactory;

import fi.iki.elonen.NanoHTTPD;

public final class ShareServers {
    private static final int SHARE_PORT = 8080;
    private static final String LOOPBACK = "127.0.0.1";

    ServerSocket openShareSocket() throws Exception {
        // ruleid: transport-cleartext-server [variant: device-server]
        return new ServerSocket(SHARE_PORT);
    }

    ServerSocket openWithBacklog(int port) throws Exception {
        // ruleid: transport-cleartext-server [variant: device-server]
        return new java.net.ServerSocket(port, 50);
    }

    ServerSocket openOnWildcard(int port) throws Exception {
        // ruleid: transport-cleartext-server [variant: device-server]
        return new ServerSocket(port, 50, InetAddress.getByName("0.0.0.0"));
    }

    ServerSocket openLocalOnly(int port) throws Exception {
        // ok: transport-cleartext-server
        return new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    }

    ServerSocket bindLater(int port) throws Exception {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        // ruleid: transport-cleartext-server [variant: device-server]
        server.bind(new InetSocketAddress(port));
        return server;
    }

    ServerSocket bindLoopback(int port) throws Exception {
        ServerSocket server = new ServerSocket();
        // ok: transport-cleartext-server
        server.bind(new InetSocketAddress(LOOPBACK, port));
        return server;
    }

    ServerSocketChannel openChannel(int port) throws Exception {
        ServerSocketChannel channel = ServerSocketChannel.open();
        // ruleid: transport-cleartext-server [variant: device-server]
        channel.bind(new InetSocketAddress(port));
        return channel;
    }

    HttpServer statusPage() throws Exception {
        // ruleid: transport-cleartext-server [variant: device-server]
        return HttpServer.create(new InetSocketAddress(SHARE_PORT), 0);
    }

    HttpServer localStatusPage() throws Exception {
        // ok: transport-cleartext-server
        return HttpServer.create(new InetSocketAddress("localhost", SHARE_PORT), 0);
    }

    HttpsServer secureStatusPage() throws Exception {
        // ok: transport-cleartext-server
        return HttpsServer.create(new InetSocketAddress(SHARE_PORT), 0);
    }
}

final class SecureShareServer {
    java.net.ServerSocket secureSocket(int port) throws Exception {
        // ok: transport-cleartext-server
        return SSLServerSocketFactory.getDefault().createServerSocket(port);
    }

    java.net.ServerSocket redirectSocket() throws Exception {
        // ok: transport-cleartext-server
        return new ServerSocket(8080);
    }
}

final class MediaServer extends NanoHTTPD {
    MediaServer() {
        // ruleid: transport-cleartext-server [variant: device-server]
        super(8089);
    }

    MediaServer(String host, int port) {
        // ruleid: transport-cleartext-server [variant: device-server]
        super(host, port);
    }

    MediaServer(int port) {
        // ok: transport-cleartext-server
        super("127.0.0.1", port);
    }

    @Override
    public Response serve(IHTTPSession session) {
        return newFixedLengthResponse("ok");
    }
}
