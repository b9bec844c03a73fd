import jwt from 'jsonwebtoken';
import { SignJWT, EncryptJWT } from 'jose';
import { JwtService } from '@nestjs/jwt';

const SECRET = process.env.JWT_SECRET!;

interface Account {
  id: string;
  role: string;
  email: string;
  password: string;
  phone: string;
  cardNumber: string;
}

export function login(account: Account): string {
  const { id, password } = account;
  // ruleid: auth-jwt-sensitive-claims
  return jwt.sign({ sub: id, password }, SECRET, { expiresIn: '1h' });
}

export function checkoutToken(account: Account, cvv: string): string {
  const payload = {
    sub: account.id,
    payment: { cardNumber: account.cardNumber, cvv },
  };
  // ruleid: auth-jwt-sensitive-claims
  return jwt.sign(payload, SECRET, { expiresIn: '5m' });
}

export async function profileToken(account: Account, key: Uint8Array): Promise<string> {
  // ruleid: auth-jwt-sensitive-claims [variant: personal]
  return new SignJWT({ sub: account.id, email: account.email, phone_number: account.phone })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('15m')
    .sign(key);
}

export class AuthService {
  constructor(private readonly jwtService: JwtService) {}

  issue(account: Account): Promise<string> {
    // ruleid: auth-jwt-sensitive-claims
    return this.jwtService.signAsync({ sub: account.id, role: account.role, pin: '1234' });
  }

  // Look-alikes
  issueMinimal(account: Account): Promise<string> {
    // ok: auth-jwt-sensitive-claims
    return this.jwtService.signAsync({ sub: account.id, role: account.role });
  }
}

export function flags(account: Account): string {
  // ok: auth-jwt-sensitive-claims
  return jwt.sign({ sub: account.id, email_verified: true, has_password: true }, SECRET, { expiresIn: '1h' });
}

export async function encrypted(account: Account, key: Uint8Array): Promise<string> {
  // a JWE: the claims are encrypted
  // ok: auth-jwt-sensitive-claims
  return new EncryptJWT({ sub: account.id, email: account.email })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setExpirationTime('15m')
    .encrypt(key);
}

export function loginResponse(account: Account): { token: string; email: string } {
  // the e-mail travels next to the token, not inside it
  // ok: auth-jwt-sensitive-claims
  return { token: jwt.sign({ sub: account.id }, SECRET, { expiresIn: '1h' }), email: account.email };
}
