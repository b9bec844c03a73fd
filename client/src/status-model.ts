import type { StatusParams } from './protocol';

/** What the language status item shows for the active editor. */
export type StatusView =
  | { kind: 'starting' }
  | { kind: 'ready' }
  | { kind: 'analysing' }
  | { kind: 'findings'; count: number; message?: string }
  | { kind: 'error'; message?: string };

interface Entry {
  state: 'starting' | StatusParams['state'];
  message?: string;
}

interface DocumentEntry extends Entry {
  findings?: number;
}

/**
 * The server's `securecomm/status` notifications, folded into one view per editor.
 *
 * A notification without `uri` sets the state of the server as a whole; one with `uri` sets
 * that document's state (and its findings count when given). A server-wide error (the server
 * reports any failed request that way) lasts until the server next reports "ready", for any
 * document: it is working again, and the error stays in the output. For the active editor
 * an error wins over everything (the user must see it), then "analysing", then the
 * document's findings count (with the server's note, e.g. why the file was skipped), then
 * "ready". Kept free of `vscode` so it can be unit-tested.
 */
export class StatusModel {
  private server: Entry = { state: 'starting' };
  private readonly documents = new Map<string, DocumentEntry>();

  update(params: StatusParams): void {
    const entry: Entry = { state: params.state };
    if (params.message !== undefined) entry.message = params.message;
    if (params.uri === undefined) {
      this.server = entry;
      return;
    }
    if (params.state === 'ready' && this.server.state === 'error') this.server = { state: 'ready' };
    const previous = this.documents.get(params.uri);
    const findings = params.findings ?? previous?.findings;
    this.documents.set(params.uri, findings === undefined ? entry : { ...entry, findings });
  }

  /** The client is (re)starting the server: what the old process said no longer holds. */
  starting(): void {
    this.server = { state: 'starting' };
    this.documents.clear();
  }

  /** The connection is up; the server's own notifications take over from here. */
  running(): void {
    if (this.server.state === 'starting') this.server = { state: 'ready' };
  }

  /** The server process stopped without being asked to (crash, failed start). */
  stopped(message: string): void {
    this.server = { state: 'error', message };
  }

  /** A closed document's state is not needed any more. */
  forget(uri: string): void {
    this.documents.delete(uri);
  }

  view(activeUri: string | undefined): StatusView {
    const doc = activeUri === undefined ? undefined : this.documents.get(activeUri);
    for (const entry of [doc, this.server]) {
      if (entry?.state === 'error') return errorView(entry.message);
    }
    if (doc?.state === 'analysing') return { kind: 'analysing' };
    if (this.server.state === 'starting') return { kind: 'starting' };
    if (this.server.state === 'analysing') return { kind: 'analysing' };
    if (doc?.findings !== undefined) {
      const view: StatusView = { kind: 'findings', count: doc.findings };
      return doc.message === undefined ? view : { ...view, message: doc.message };
    }
    return { kind: 'ready' };
  }
}

function errorView(message: string | undefined): StatusView {
  return message === undefined ? { kind: 'error' } : { kind: 'error', message };
}
