import type { CapacitorConfig } from '@capacitor/cli';

const devServer = process.env.LIVE_RELOAD_URL;

const config: CapacitorConfig = {
  appId: 'com.example.notes',
  appName: 'Notes',
  webDir: 'dist',
  server: {
    // ruleid: transport-cleartext-permitted
    cleartext: true,
    // ruleid: transport-cleartext-permitted [variant: capacitor-scheme]
    androidScheme: 'http',
    // ok: transport-cleartext-permitted
    iosScheme: 'capacitor',
    // ok: transport-cleartext-permitted
    url: devServer,
  },
  android: {
    // ok: transport-cleartext-permitted
    allowMixedContent: false,
  },
};

export default config;
