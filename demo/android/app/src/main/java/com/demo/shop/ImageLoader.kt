package com.demo.shop

import android.util.Log
import okhttp3.OkHttpClient
import okhttp3.Request

// The weakness spans statements here: the scheme is chosen in one place, the host comes
// from another, and the request is sent in a third. SecureComm follows the value.
class ImageLoader(private val client: OkHttpClient, private val cdnHost: String) {
    private val useTls = BuildConfig.FLAVOR != "legacy"

    private fun imageUrl(path: String): String {
        val scheme = if (useTls) "https://" else "http://"
        return scheme + cdnHost + path
    }

    fun load(path: String) = client.newCall(Request.Builder().url(imageUrl(path)).build()).execute()

    // Only logged, never requested: stays silent.
    private val statusPage = "http://status.demo-shop.io"
    fun report() = Log.i("ImageLoader", "see $statusPage")
}
