// Marks the lines the extension-host tests print, so that run.js can pick them out of the browser
// console, where the workbench logs too. (The extension host pins console.log & co. to its own
// forwarders and ignores assignments to them, so output goes through `log` instead.)
'use strict';
const util = require('node:util');

const TAG = '[securecomm-e2e]';
const print = console.log.bind(console);

/** console.log-alike whose every line carries the tag. */
function log(...args) {
  for (const line of util.format(...args).split('\n')) print(`${TAG} ${line}`);
}

module.exports = { TAG, log };
