// Processes of a code-server run, from Linux's /proc: the language server and the extension host
// are found by their command line within code-server's process group, their memory read from
// /proc/<pid>/status (VmHWM: the peak resident size; worker threads count, they share the process).
'use strict';
const fs = require('node:fs');

/** { pid, cmdline } of every process of the process group `pgid`. */
function processGroup(pgid) {
  const found = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …: comm may hold spaces and parentheses, so count from its last ')'.
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp === pgid) found.push({ pid: Number(entry), cmdline: fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ') });
    } catch { /* it ended meanwhile */ }
  }
  return found;
}

/** The pid of the process of group `pgid` whose command line passes `test`, once it exists (60 s at most). */
async function findProcess(pgid, test, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = processGroup(pgid).filter((p) => test(p.cmdline));
    if (match.length === 1) return match[0].pid;
    if (match.length > 1) throw new Error(`${match.length} processes look like ${what}: ${match.map((p) => `${p.pid} ${p.cmdline}`).join('; ')}`);
    if (Date.now() > deadline) throw new Error(`no process of group ${pgid} looks like ${what} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The process's peak and current resident size, in KiB. */
function readMemory(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field) => {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
    if (!m) throw new Error(`no ${field} in /proc/${pid}/status`);
    return Number(m[1]);
  };
  return { hwmKiB: kib('VmHWM'), rssKiB: kib('VmRSS') };
}

module.exports = { findProcess, readMemory };
