import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StatusModel } from '../src/status-model';

const A = 'file:///work/app/Main.kt';
const B = 'file:///work/app/Other.swift';

describe('client status model', () => {
  it('shows starting until the connection is up, then ready', () => {
    const m = new StatusModel();
    assert.deepEqual(m.view(A), { kind: 'starting' });
    m.running();
    assert.deepEqual(m.view(A), { kind: 'ready' });
    assert.deepEqual(m.view(undefined), { kind: 'ready' });
  });

  it("shows the active document's findings, not another document's", () => {
    const m = new StatusModel();
    m.update({ state: 'ready' });
    m.update({ state: 'analysing', uri: A });
    assert.deepEqual(m.view(A), { kind: 'analysing' });
    assert.deepEqual(m.view(B), { kind: 'ready' });
    m.update({ state: 'ready', uri: A, findings: 3 });
    assert.deepEqual(m.view(A), { kind: 'findings', count: 3 });
    assert.deepEqual(m.view(B), { kind: 'ready' });
    m.update({ state: 'ready', uri: B, findings: 0 });
    assert.deepEqual(m.view(B), { kind: 'findings', count: 0 });
  });

  it('keeps the last count while a document is re-analysed', () => {
    const m = new StatusModel();
    m.update({ state: 'ready' });
    m.update({ state: 'ready', uri: A, findings: 2 });
    m.update({ state: 'analysing', uri: A });
    assert.deepEqual(m.view(A), { kind: 'analysing' });
    m.update({ state: 'ready', uri: A });
    assert.deepEqual(m.view(A), { kind: 'findings', count: 2 });
  });

  it('a server-wide analysis or error shows in every editor; an error wins', () => {
    const m = new StatusModel();
    m.update({ state: 'ready', uri: A, findings: 1 });
    m.update({ state: 'analysing' });
    assert.deepEqual(m.view(A), { kind: 'analysing' });
    m.update({ state: 'error', message: 'grammar kotlin failed to load' });
    assert.deepEqual(m.view(A), { kind: 'error', message: 'grammar kotlin failed to load' });
    assert.deepEqual(m.view(B), { kind: 'error', message: 'grammar kotlin failed to load' });
    m.update({ state: 'ready' });
    assert.deepEqual(m.view(A), { kind: 'findings', count: 1 });
  });

  it('a server-wide error lasts until the server reports ready again, for any document', () => {
    const m = new StatusModel();
    m.update({ state: 'ready' });
    m.update({ state: 'error', message: 'hover: boom' });
    m.update({ state: 'analysing', uri: A });
    assert.deepEqual(m.view(A), { kind: 'error', message: 'hover: boom' });
    m.update({ state: 'ready', uri: A, findings: 0 });
    assert.deepEqual(m.view(A), { kind: 'findings', count: 0 });
    assert.deepEqual(m.view(B), { kind: 'ready' });
  });

  it("passes on the server's note about a document, e.g. why it was skipped", () => {
    const m = new StatusModel();
    m.update({ state: 'ready' });
    m.update({ state: 'ready', uri: A, findings: 0, message: 'larger than 2 MB' });
    assert.deepEqual(m.view(A), { kind: 'findings', count: 0, message: 'larger than 2 MB' });
  });

  it("a document's error shows only in that document's editor", () => {
    const m = new StatusModel();
    m.update({ state: 'ready' });
    m.update({ state: 'error', uri: A });
    assert.deepEqual(m.view(A), { kind: 'error' });
    assert.deepEqual(m.view(B), { kind: 'ready' });
  });

  it('forgets closed documents and everything on restart; a crash is an error', () => {
    const m = new StatusModel();
    m.update({ state: 'ready' });
    m.update({ state: 'ready', uri: A, findings: 4 });
    m.forget(A);
    assert.deepEqual(m.view(A), { kind: 'ready' });
    m.update({ state: 'ready', uri: B, findings: 4 });
    m.stopped('The language server stopped');
    assert.deepEqual(m.view(B), { kind: 'error', message: 'The language server stopped' });
    m.starting();
    assert.deepEqual(m.view(B), { kind: 'starting' });
    m.running();
    assert.deepEqual(m.view(B), { kind: 'ready' });
  });

  it('does not let the connection coming up hide what the server already said', () => {
    const m = new StatusModel();
    m.update({ state: 'analysing' });
    m.running();
    assert.deepEqual(m.view(A), { kind: 'analysing' });
  });
});
