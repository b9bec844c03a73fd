// Entry point loaded by VS Code's extension host (the extensionTestsPath contract of
// @vscode/test-electron): runs the mocha files of one pass and resolves when they pass.
//   en.js -> the English pass (*.test.js), ja.js -> the Japanese pass (*.ja-test.js).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const { log } = require('./tag');

/** @param {RegExp} pattern */
function runPass(pattern) {
  const Mocha = require('mocha');
  Mocha.reporters.Base.consoleLog = log; // what the spec reporter prints, tagged for run.js
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).filter((n) => pattern.test(n)).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
        // The plain closing line CI reads (mocha's own "N passing" is not one).
        log(`${passes} passed, ${failed} failed, ${pending} skipped`);
        // run.js adds up the passes from this file (runTests itself only reports an exit code).
        if (process.env.SECURECOMM_E2E_RESULTS) {
          fs.writeFileSync(process.env.SECURECOMM_E2E_RESULTS, JSON.stringify({ passed: passes, failed, skipped: pending }));
        }
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else if (passes === 0) reject(new Error('no test ran'));
        else resolve();
      });
    } catch (e) {
      log(e);
      reject(e);
    }
  });
}

module.exports = { runPass };
