import type { CapacitorConfig } from '@capacitor/cli';

const liveReload = process.env.LIVE_RELOAD === '1';

const config: CapacitorConfig = {
  appId: 'com.example.storefront',
  appName: 'Storefront',
  webDir: 'dist',
  server: {
    androidScheme: 'https',
    // ok: transport-webview-mixed-content
    allowNavigation: ['checkout.example.com'],
  },
  android: {
    // ruleid: transport-webview-mixed-content [variant: capacitor]
    allowMixedContent: false,
    // ok: transport-webview-mixed-content
    webContentsDebuggingEnabled: liveReload,
  },
};

export default config;
