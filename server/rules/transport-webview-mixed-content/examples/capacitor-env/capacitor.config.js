const isDev = process.env.NODE_ENV !== 'production';

/** @type {import('@capacitor/cli').CapacitorConfig} */
module.exports = {
  appId: 'com.example.tracker',
  appName: 'Tracker',
  webDir: 'dist',
  // ok: transport-webview-mixed-content
  allowMixedContent: true,
  android: {
    // ok: transport-webview-mixed-content
    allowMixedContent: isDev,
  },
};
