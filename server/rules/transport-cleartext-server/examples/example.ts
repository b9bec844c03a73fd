import express from 'express';
import Fastify from 'fastify';
import Hapi from '@hapi/hapi';
import http from 'node:http';
import Koa from 'koa';
import net from 'node:net';
import { WebSocketServer } from 'ws';

const PORT = Number(process.env.PORT ?? 3000);

const app = express();
app.get('/api/orders', (_req, res) => res.json([]));

// ruleid: transport-cleartext-server
app.listen(PORT, () => console.log(`orders API on ${PORT}`));

// ruleid: transport-cleartext-server
http.createServer(app).listen(8080, '0.0.0.0');

// ok: transport-cleartext-server
http.createServer(app).listen(9090, '127.0.0.1');

const metrics = http.createServer((_req, res) => res.end('ok'));
// ok: transport-cleartext-server
metrics.listen({ port: 9100, host: 'localhost' });

// ok: transport-cleartext-server
net.createServer((socket) => socket.end()).listen('/tmp/shopfront.sock');

const koa = new Koa();
// ruleid: transport-cleartext-server
koa.listen({ port: 4000 });

export async function startFastify() {
  const fastify = Fastify({ logger: true });
  // ruleid: transport-cleartext-server
  await fastify.listen({ port: 5000, host: '0.0.0.0' });
}

export async function startHapi() {
  // ruleid: transport-cleartext-server
  const server = Hapi.server({ port: 6000, host: '0.0.0.0' });
  await server.start();
}

export async function startLocalHapi() {
  // ok: transport-cleartext-server
  const server = Hapi.server({ port: 6001, host: 'localhost' });
  await server.start();
}

// ruleid: transport-cleartext-server
export const live = new WebSocketServer({ port: 7000 });

// ok: transport-cleartext-server
export const attached = new WebSocketServer({ noServer: true });

const mockServer = http.createServer((_req, res) => res.end('{}'));
// ok: transport-cleartext-server
mockServer.listen(3999);

if (process.env.NODE_ENV === 'development') {
  // ok: transport-cleartext-server
  http.createServer(app).listen(3001);
}
