// An older, untyped config: Capacitor still reads a top-level allowMixedContent when the
// android block does not set it.
module.exports = {
  appId: 'com.example.kiosk',
  appName: 'Kiosk',
  webDir: 'build',
  // ruleid: transport-webview-mixed-content [variant: capacitor]
  allowMixedContent: true,
  server: {
    // ok: transport-webview-mixed-content
    allowMixedContent: true,
  },
  ios: {
    // ok: transport-webview-mixed-content
    allowMixedContent: true,
  },
};
