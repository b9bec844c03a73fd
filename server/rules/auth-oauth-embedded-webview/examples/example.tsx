import React from 'react';
import { Linking } from 'react-native';
import { WebView } from 'react-native-webview';
import * as WebBrowser from 'expo-web-browser';
import { BrowserWindow, shell } from 'electron';
import { InAppBrowser } from '@awesome-cordova-plugins/in-app-browser';

const CLIENT_ID = 'shopfront-mobile';
const REDIRECT_URI = 'com.shopfront.app:/oauth2redirect';
const AUTHORIZE = 'https://id.shopfront.io/oauth2/authorize';

function authorizeUrl(state: string): string {
  return `${AUTHORIZE}?response_type=code&client_id=${CLIENT_ID}&redirect_uri=${encodeURIComponent(REDIRECT_URI)}&state=${state}`;
}

// ---- sign-in pages in an embedded web view: reported ----

export function LoginScreen({ state }: { state: string }) {
  return (
    <WebView
      // ruleid: auth-oauth-embedded-webview
      source={{ uri: authorizeUrl(state) }}
      onNavigationStateChange={(nav) => nav.url.startsWith(REDIRECT_URI)}
    />
  );
}

export function GoogleLogin() {
  const uri = `https://accounts.google.com/o/oauth2/v2/auth?client_id=${CLIENT_ID}&scope=openid`;
  // ruleid: auth-oauth-embedded-webview
  return <WebView source={{ uri }} />;
}

export function desktopLogin(state: string): BrowserWindow {
  const win = new BrowserWindow({ width: 500, height: 700 });
  // ruleid: auth-oauth-embedded-webview
  win.loadURL(authorizeUrl(state));
  return win;
}

export function hybridLogin() {
  const url = new URL('https://github.com/login/oauth/authorize');
  url.searchParams.set('client_id', CLIENT_ID);
  // ruleid: auth-oauth-embedded-webview
  return InAppBrowser.create(url.toString(), '_blank', 'location=no');
}

// ---- look-alikes: stay silent ----

export async function browserLogin(state: string) {
  // ok: auth-oauth-embedded-webview
  return WebBrowser.openAuthSessionAsync(authorizeUrl(state), REDIRECT_URI);
}

export function systemBrowser(state: string) {
  // ok: auth-oauth-embedded-webview
  return Linking.openURL(authorizeUrl(state));
}

export function externalDesktop(state: string) {
  // ok: auth-oauth-embedded-webview
  return shell.openExternal(authorizeUrl(state));
}

export function systemTarget(state: string) {
  // ok: auth-oauth-embedded-webview
  return InAppBrowser.create(authorizeUrl(state), '_system');
}

export function HelpScreen() {
  // ok: auth-oauth-embedded-webview
  return <WebView source={{ uri: 'https://shopfront.io/help/sign-in' }} />;
}
