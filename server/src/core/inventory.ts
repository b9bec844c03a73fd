/**
 * What an auditor establishes first (MASTG: map the app's network and authentication
 * architecture before testing it): which TLS / HTTP stacks, pinning, authentication libraries,
 * token stores and OAuth user agents a repository uses, and where. Found by text markers
 * specific enough to name one technology (import paths, framework class names); a marker
 * says "used here", not "used insecurely": the findings say that.
 */
export type InventoryKind = 'HTTP / TLS stack' | 'Certificate pinning' | 'Authentication library' | 'Token and secret storage' | 'OAuth user agent';

export interface Technology {
  kind: InventoryKind;
  name: string;
  /** Any of these in a file's text means the file uses it. */
  markers: readonly string[];
}

export const TECHNOLOGIES: readonly Technology[] = [
  { kind: 'HTTP / TLS stack', name: 'OkHttp', markers: ['import okhttp3.', 'okhttp3.OkHttpClient'] },
  { kind: 'HTTP / TLS stack', name: 'Retrofit', markers: ['import retrofit2.'] },
  { kind: 'HTTP / TLS stack', name: 'HttpsURLConnection', markers: ['HttpsURLConnection'] },
  { kind: 'HTTP / TLS stack', name: 'Ktor client', markers: ['import io.ktor.client'] },
  { kind: 'HTTP / TLS stack', name: 'Volley', markers: ['import com.android.volley'] },
  { kind: 'HTTP / TLS stack', name: 'Apache HttpClient', markers: ['import org.apache.http.', 'import org.apache.hc.client5'] },
  { kind: 'HTTP / TLS stack', name: 'URLSession', markers: ['URLSession.shared', 'URLSession(configuration', 'URLSessionConfiguration'] },
  { kind: 'HTTP / TLS stack', name: 'Alamofire', markers: ['import Alamofire'] },
  { kind: 'HTTP / TLS stack', name: 'Network.framework', markers: ['import Network\n', 'NWConnection('] },
  { kind: 'HTTP / TLS stack', name: 'axios', markers: ["from 'axios'", 'from "axios"', "require('axios')"] },
  { kind: 'HTTP / TLS stack', name: 'Node https / tls', markers: ["from 'https'", "from 'node:https'", "require('https')", "from 'tls'", "from 'node:tls'", "require('tls')"] },
  { kind: 'HTTP / TLS stack', name: 'undici / got', markers: ["from 'undici'", "from 'got'", "require('got')"] },
  { kind: 'Certificate pinning', name: 'OkHttp CertificatePinner', markers: ['CertificatePinner'] },
  { kind: 'Certificate pinning', name: 'Network security config pin-set', markers: ['<pin-set'] },
  { kind: 'Certificate pinning', name: 'TrustKit', markers: ['TrustKit', 'TSKPinnedDomains'] },
  { kind: 'Certificate pinning', name: 'Alamofire pinning evaluators', markers: ['PinnedCertificatesTrustEvaluator', 'PublicKeysTrustEvaluator'] },
  { kind: 'Authentication library', name: 'AppAuth', markers: ['net.openid.appauth', 'import AppAuth', 'react-native-app-auth'] },
  { kind: 'Authentication library', name: 'expo-auth-session', markers: ['expo-auth-session'] },
  { kind: 'Authentication library', name: 'auth0 java-jwt', markers: ['com.auth0.jwt'] },
  { kind: 'Authentication library', name: 'jjwt', markers: ['io.jsonwebtoken'] },
  { kind: 'Authentication library', name: 'Nimbus JOSE+JWT', markers: ['com.nimbusds.jwt', 'com.nimbusds.jose'] },
  { kind: 'Authentication library', name: 'JWTDecode.swift / JWTKit', markers: ['import JWTDecode', 'import JWTKit', 'import SwiftJWT'] },
  { kind: 'Authentication library', name: 'jsonwebtoken / jose / jwt-decode', markers: ["'jsonwebtoken'", '"jsonwebtoken"', "from 'jose'", "'jwt-decode'"] },
  { kind: 'Authentication library', name: 'passport / express-session', markers: ["from 'passport'", "require('passport')", "'express-session'", "'cookie-session'"] },
  { kind: 'Authentication library', name: 'BiometricPrompt', markers: ['androidx.biometric'] },
  { kind: 'Authentication library', name: 'LocalAuthentication', markers: ['import LocalAuthentication'] },
  { kind: 'Token and secret storage', name: 'SharedPreferences', markers: ['getSharedPreferences(', 'PreferenceManager.getDefaultSharedPreferences'] },
  { kind: 'Token and secret storage', name: 'EncryptedSharedPreferences', markers: ['EncryptedSharedPreferences'] },
  { kind: 'Token and secret storage', name: 'DataStore', markers: ['androidx.datastore'] },
  { kind: 'Token and secret storage', name: 'MMKV', markers: ['MMKV'] },
  { kind: 'Token and secret storage', name: 'Android Keystore', markers: ['AndroidKeyStore'] },
  { kind: 'Token and secret storage', name: 'UserDefaults / @AppStorage', markers: ['UserDefaults', '@AppStorage'] },
  { kind: 'Token and secret storage', name: 'Keychain', markers: ['kSecClass', 'import KeychainAccess', 'import SwiftKeychainWrapper', 'KeychainWrapper'] },
  { kind: 'Token and secret storage', name: 'AsyncStorage', markers: ['@react-native-async-storage'] },
  { kind: 'Token and secret storage', name: 'expo-secure-store / react-native-keychain', markers: ['expo-secure-store', 'react-native-keychain'] },
  { kind: 'Token and secret storage', name: 'localStorage / sessionStorage', markers: ['localStorage.', 'sessionStorage.'] },
  { kind: 'OAuth user agent', name: 'Custom Tabs', markers: ['androidx.browser.customtabs'] },
  { kind: 'OAuth user agent', name: 'ASWebAuthenticationSession', markers: ['ASWebAuthenticationSession'] },
  { kind: 'OAuth user agent', name: 'SFSafariViewController', markers: ['SFSafariViewController'] },
];

/** The technologies a file's text names. */
export function technologiesIn(text: string): Technology[] {
  return TECHNOLOGIES.filter((t) => t.markers.some((m) => text.includes(m)));
}

/** Per technology, the files that use it, gathered over a scan. */
export class Inventory {
  readonly files = new Map<Technology, string[]>();

  add(file: string, text: string): void {
    for (const t of technologiesIn(text)) {
      const list = this.files.get(t) ?? [];
      list.push(file);
      this.files.set(t, list);
    }
  }

  /** In the table's order (kind, then name), with the files sorted. */
  entries(): { technology: Technology; files: string[] }[] {
    return TECHNOLOGIES.filter((t) => this.files.has(t)).map((technology) => ({ technology, files: [...this.files.get(technology)!].sort() }));
  }
}
