import { createElement } from 'react';
import { WebView, type WebViewProps } from 'react-native-webview';

type MixedContentMode = 'never' | 'always' | 'compatibility';

const DEFAULT_MODE: MixedContentMode = 'never';

export function articleProps(url: string): WebViewProps {
  return {
    source: { uri: url },
    // ruleid: transport-webview-mixed-content
    mixedContentMode: 'never',
  };
}

export function legacyPortal(url: string) {
  const mode: MixedContentMode = 'never';
  // ruleid: transport-webview-mixed-content
  return createElement(WebView, { source: { uri: url }, mixedContentMode: mode });
}

export function kioskProps(url: string): WebViewProps {
  const props: WebViewProps = { source: { uri: url } };
  // ruleid: transport-webview-mixed-content
  props.mixedContentMode = 'never';
  return props;
}

function withMixedContent(props: WebViewProps, mixedContentMode: MixedContentMode): WebViewProps {
  // ruleid: transport-webview-mixed-content
  return { ...props, mixedContentMode };
}

export function intranetProps(url: string): WebViewProps {
  return withMixedContent({ source: { uri: url } }, 'never');
}

export function safeProps(url: string): WebViewProps {
  return {
    source: { uri: url },
    // ok: transport-webview-mixed-content
    mixedContentMode: DEFAULT_MODE,
  };
}

export function browserLikeProps(url: string): WebViewProps {
  // ok: transport-webview-mixed-content
  return { source: { uri: url }, mixedContentMode: 'compatibility' };
}

export const retryPolicy = {
  // ok: transport-webview-mixed-content
  retry: 'always',
};

export function describe(mode: MixedContentMode): string {
  // ok: transport-webview-mixed-content
  return mode === 'always' ? 'mixed content allowed' : 'mixed content blocked';
}
