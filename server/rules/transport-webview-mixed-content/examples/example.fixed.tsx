import React from 'react';
import { Platform } from 'react-native';
import { WebView } from 'react-native-webview';
import AutoHeightWebView from 'react-native-autoheight-webview';

const ARTICLE_MIXED_CONTENT = 'never';
const SAFE_MIXED_CONTENT = 'never';

export function ArticleView({ url }: { url: string }) {
  return (
    <WebView
      source={{ uri: url }}
      // ruleid: transport-webview-mixed-content
      mixedContentMode="never"
    />
  );
}

export function BracedArticleView({ url }: { url: string }) {
  // ruleid: transport-webview-mixed-content
  return <WebView source={{ uri: url }} mixedContentMode={'never'} />;
}

export function ConstantArticleView({ url }: { url: string }) {
  // ruleid: transport-webview-mixed-content
  return <WebView source={{ uri: url }} mixedContentMode={ARTICLE_MIXED_CONTENT} />;
}

export function PlatformArticleView({ url }: { url: string }) {
  return (
    <AutoHeightWebView
      source={{ uri: url }}
      // ruleid: transport-webview-mixed-content
      mixedContentMode={Platform.OS === 'android' ? 'never' : undefined}
    />
  );
}

const legacyPortalProps = {
  javaScriptEnabled: true,
  // ruleid: transport-webview-mixed-content
  mixedContentMode: 'never' as const,
};

export function LegacyPortal() {
  return <WebView source={{ uri: 'https://portal.example.com' }} {...legacyPortalProps} />;
}

export function SafeArticleView({ url }: { url: string }) {
  // ok: transport-webview-mixed-content
  return <WebView source={{ uri: url }} mixedContentMode="never" />;
}

export function SafeConstantArticleView({ url }: { url: string }) {
  // ok: transport-webview-mixed-content
  return <WebView source={{ uri: url }} mixedContentMode={SAFE_MIXED_CONTENT} />;
}

export function BrowserLikeArticleView({ url }: { url: string }) {
  // ok: transport-webview-mixed-content
  return <WebView source={{ uri: url }} mixedContentMode="compatibility" />;
}

export function DevArticleView({ url }: { url: string }) {
  // ok: transport-webview-mixed-content
  return <WebView source={{ uri: url }} mixedContentMode={__DEV__ ? 'always' : 'never'} />;
}

export function Banner() {
  // ok: transport-webview-mixed-content
  return <Tooltip trigger="always" text="Loads over https only" />;
}

declare const Tooltip: React.ComponentType<{ trigger: string; text: string }>;
declare const __DEV__: boolean;
