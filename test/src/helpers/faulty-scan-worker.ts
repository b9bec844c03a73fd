import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';

/**
 * A scan worker that crashes on a file named `crash-*` and stops answering on `hang-*`, and is
 * the real worker (server/out/node/scan-worker.js) for every other file: how tests make a
 * worker fail, through ScanPool's `workerFile` or SECURECOMM_SCAN_WORKER, with no test branch
 * in the product. This listener runs before the real worker's, so it acts first. Outside a
 * worker thread (the test runner loads every file under test/) it does nothing.
 */
if (parentPort) {
  parentPort.on('message', (request: { file: string }) => {
    const name = path.basename(request.file);
    if (name.startsWith('crash-')) throw new Error(`crashed on purpose on ${name}`);
    if (name.startsWith('hang-')) for (;;) { /* never answers */ }
  });
  require('../../../server/out/node/scan-worker');
}
