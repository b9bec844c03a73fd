package com.demo.shop;

import android.app.Activity;
import android.net.http.SslError;
import android.os.Bundle;
import android.webkit.SslErrorHandler;
import android.webkit.WebView;
import android.webkit.WebViewClient;
import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;

public class CheckoutActivity extends Activity {
    private static final String CHECKOUT_URL = "http://pay.demo-shop.io/checkout";

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        WebView webView = new WebView(this);
        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
                handler.proceed(); // the payment page loads even with a forged certificate
            }
        });
        webView.loadUrl(CHECKOUT_URL);
        setContentView(webView);
    }

    static SSLContext legacyContext() throws NoSuchAlgorithmException {
        return SSLContext.getInstance("TLSv1");
    }
}
