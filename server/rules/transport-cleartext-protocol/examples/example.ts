import * as grpc from '@grpc/grpc-js';
import { ChannelCredentials, credentials } from '@grpc/grpc-js';
import { createChannel } from 'nice-grpc';
import * as mqtt from 'mqtt';
import nodemailer from 'nodemailer';
import { Linking } from 'react-native';
import { InventoryClient } from './generated/inventory_grpc_pb';

const INVENTORY_TARGET = 'inventory.shopfront.io:443';
const SIDECAR_TARGET = 'localhost:50051';
const BROKER_URL = 'mqtt://broker.shopfront.io';
const LOCAL_BROKER_URL = 'mqtt://127.0.0.1:1883';

export function inventoryClient(): InventoryClient {
  // ruleid: transport-cleartext-protocol [variant: grpc-plaintext]
  return new InventoryClient(INVENTORY_TARGET, grpc.credentials.createInsecure());
}

export function pricingChannel(target: string) {
  const creds = ChannelCredentials.createInsecure();
  // ruleid: transport-cleartext-protocol [variant: grpc-plaintext]
  return createChannel(target, creds);
}

export function sidecarClient(): InventoryClient {
  // ok: transport-cleartext-protocol
  return new InventoryClient(SIDECAR_TARGET, credentials.createInsecure());
}

export function secureClient(): InventoryClient {
  // ok: transport-cleartext-protocol
  return new InventoryClient(INVENTORY_TARGET, credentials.createSsl());
}

export function channelFor(target: string, useTls: boolean) {
  // ok: transport-cleartext-protocol
  const creds = useTls ? credentials.createSsl() : credentials.createInsecure();
  return new InventoryClient(target, creds);
}

export function startServer(server: grpc.Server) {
  // ok: transport-cleartext-protocol
  server.bindAsync('0.0.0.0:50051', grpc.ServerCredentials.createInsecure(), () => server.start());
}

export const relay = nodemailer.createTransport({
  host: 'smtp.shopfront.io',
  port: 587,
  // ruleid: transport-cleartext-protocol [variant: mail-tls-off]
  ignoreTLS: true,
  auth: { user: 'orders', pass: process.env.SMTP_PASSWORD },
});

export const localRelay = nodemailer.createTransport({
  host: 'localhost',
  port: 25,
  // ok: transport-cleartext-protocol
  ignoreTLS: true,
});

export const secureRelay = nodemailer.createTransport({
  host: 'smtp.shopfront.io',
  port: 587,
  // ok: transport-cleartext-protocol
  ignoreTLS: false,
  requireTLS: true,
});

export function telemetry() {
  // ruleid: transport-cleartext-protocol
  return mqtt.connect(BROKER_URL, { clientId: 'pos-1' });
}

export function telemetryOverTcp(host: string) {
  // ruleid: transport-cleartext-protocol
  return mqtt.connect(`tcp://${host}:1883`);
}

export function localTelemetry() {
  // ok: transport-cleartext-protocol
  return mqtt.connect(LOCAL_BROKER_URL);
}

export function secureTelemetry() {
  // ok: transport-cleartext-protocol
  return mqtt.connect('mqtts://broker.shopfront.io:8883');
}

export function isFtp(url: string): boolean {
  // ok: transport-cleartext-protocol
  return url.startsWith('ftp://');
}

export async function downloadInvoice(id: string) {
  // ruleid: transport-cleartext-protocol
  return fetchFile(`ftp://files.shopfront.io/invoices/${id}.pdf`);
}

export function openInvoices() {
  // ruleid: transport-cleartext-protocol [variant: external-app]
  return Linking.openURL('ftp://files.shopfront.io/invoices/');
}

declare function fetchFile(url: string): Promise<Uint8Array>;

export class ReflectionClient {
  // ok: transport-cleartext-protocol
  connect(host: string, creds = credentials.createInsecure()) {
    return new InventoryClient(host, creds);
  }
}
