import AsyncStorage from '@react-native-async-storage/async-storage';
import { api } from './api';

const SUPPORT_PIN = '7391';

let generatedOtp: string | undefined;

export function unlockWithMasterPin(pin: string): boolean {
  // ruleid: auth-client-side-check
  return pin === '4826';
}

export function unlockWithSupportPin(enteredPin: string): boolean {
  // ruleid: auth-client-side-check
  return enteredPin === SUPPORT_PIN;
}

export async function unlockWithStoredPin(pinInput: { value: string }): Promise<boolean> {
  const savedPin = await AsyncStorage.getItem('pin');
  // ruleid: auth-client-side-check
  return pinInput.value === savedPin;
}

export async function sendOtp(phone: string): Promise<void> {
  generatedOtp = Math.floor(100000 + Math.random() * 900000).toString();
  await api.sendSms(phone, `Your code is ${generatedOtp}`);
}

export async function verifyOtp(otp: string): Promise<boolean> {
  // ruleid: auth-client-side-check
  if (otp !== generatedOtp) return false;
  // ruleid: auth-client-side-check [variant: stored-flag]
  await AsyncStorage.setItem('otp_verified', 'true');
  return true;
}

export async function verifyOtpOnServer(otp: string): Promise<boolean> {
  const response = await api.verifyOtp(otp);
  // ok: auth-client-side-check
  return response.status === 'verified';
}

export function validateSignUp(password: string, confirmPassword: string): boolean {
  // ok: auth-client-side-check
  return password === confirmPassword && password.length >= 12;
}

export function pinComplete(pin: string): boolean {
  // ok: auth-client-side-check
  return pin.length === 6;
}

export function rememberTheme(): void {
  // ok: auth-client-side-check
  localStorage.setItem('darkTheme', 'true');
}

export function verifySubmitted(req: { body: { otp: string }; session: { otp: string } }): boolean {
  // ok: auth-client-side-check
  return req.body.otp === req.session.otp;
}

export function passwordProvider(config: { password?: string | (() => string) }): boolean {
  // ok: auth-client-side-check
  return typeof config.password === 'function';
}

// SSH client: the saved password joins the list of login methods once; a list search, no check
interface LoginMethod { kind: 'saved-password' | 'prompt'; password?: string }
export async function addSavedPassword(methods: LoginMethod[], host: string): Promise<void> {
  const storedPassword = await AsyncStorage.getItem(`ssh-password:${host}`);
  if (!storedPassword) return;
  // ok: auth-client-side-check
  const known = methods.some((method) => method.kind === 'saved-password' && method.password === storedPassword);
  if (!known) methods.unshift({ kind: 'saved-password', password: storedPassword });
}
