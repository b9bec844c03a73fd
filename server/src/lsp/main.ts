import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { useWasmFlags } from '../node/wasm-tiering';
import { SecureCommServer } from './server';

/**
 * Starts the language server on the transport named on the command line (`--stdio`,
 * `--node-ipc`, `--socket=N`), as vscode-languageserver reads it from process.argv.
 */
export function startServer(): void {
  useWasmFlags('server'); // before any WebAssembly is compiled
  const connection = createConnection(ProposedFeatures.all);
  new SecureCommServer(connection).listen();
}

if (require.main === module) startServer();
