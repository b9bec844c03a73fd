import crypto from 'node:crypto';
import otpGenerator from 'otp-generator';
import speakeasy from 'speakeasy';
import { authenticator } from 'otplib';
import { sms } from './sms';

export function sendLoginCode(phone: string): string {
  // ruleid: auth-otp-low-entropy
  const otp = Math.floor(1000 + Math.random() * 9000).toString();
  sms.send(phone, otp);
  return otp;
}

export function generatePin(): string {
  // ruleid: auth-otp-low-entropy
  return crypto.randomInt(0, 10000).toString().padStart(4, '0');
}

export function textCode(phone: string): void {
  const n = crypto.randomInt(100000);
  // ruleid: auth-otp-low-entropy
  sms.send(phone, `Your Shopfront verification code is ${n}`);
}

export function resetCode(): string {
  // ruleid: auth-otp-low-entropy
  return otpGenerator.generate(4, { upperCaseAlphabets: false, lowerCaseAlphabets: false, specialChars: false });
}

export function totp(secret: string): string {
  // ruleid: auth-otp-low-entropy
  return speakeasy.totp({ secret, encoding: 'base32', digits: 4 });
}

export function createRandomOTP(): number {
  // ruleid: auth-otp-low-entropy
  return Math.floor(Math.random() * (9999 - 1000 + 1)) + 1000;
}

// ruleid: auth-otp-low-entropy
export const generateOTP = (): string => Math.floor(1000 + Math.random() * 9000).toString();

// ok: auth-otp-low-entropy
export const generateOTP6Digit = (): string => Math.floor(100000 + Math.random() * 900000).toString();

export function strongCode(phone: string): string {
  // ok: auth-otp-low-entropy
  const otp = crypto.randomInt(100000, 1000000).toString();
  sms.send(phone, otp);
  return otp;
}

export function standardAuthenticator(): void {
  // ok: auth-otp-low-entropy
  authenticator.options = { digits: 6 };
}

export function jitter(): number {
  // ok: auth-otp-low-entropy
  const delay = Math.floor(Math.random() * 1000);
  return delay;
}
