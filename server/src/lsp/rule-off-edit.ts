import type { TextEdit } from 'vscode-languageserver/node';

/**
 * The edit that turns a rule off in a `.securecomm.yml`, kept small and in the file's own
 * layout: an existing entry for the rule gets `off`, an existing block `rules:` gets a new line,
 * a file without `rules:` gets the key at its end, and a missing file gets both (`text`
 * undefined). Flow-style `rules: {…}` is left to a person: undefined.
 */
export function ruleOffEdit(text: string | undefined, ruleId: string): TextEdit | undefined {
  if (text === undefined) return insertAt(0, 0, `rules:\n  ${ruleId}: off\n`);
  const lines = text.split('\n');
  const rulesLine = lines.findIndex((l) => /^rules:\s*(#.*)?$/.test(l));
  if (rulesLine < 0) {
    if (lines.some((l) => /^rules:/.test(l))) return undefined; // rules: {…} or [] on one line
    const last = lines.length - 1;
    const prefix = text.length === 0 || text.endsWith('\n') ? '' : '\n';
    return insertAt(last, lines[last]!.length, `${prefix}rules:\n  ${ruleId}: off\n`);
  }
  let indent = '  ';
  for (let i = rulesLine + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const entry = /^(\s+)([\w-]+)\s*:\s*(.*?)\s*(#.*)?$/.exec(line);
    if (!entry) break; // the next top-level key: the block ended
    indent = entry[1]!;
    if (entry[2] === ruleId) {
      const start = line.indexOf(':', entry[1]!.length + ruleId.length) + 1;
      const valueStart = start + (line.slice(start).length - line.slice(start).trimStart().length);
      return { range: { start: { line: i, character: valueStart }, end: { line: i, character: valueStart + entry[3]!.length } }, newText: 'off' };
    }
  }
  return insertAt(rulesLine + 1, 0, `${indent}${ruleId}: off\n`);
}

function insertAt(line: number, character: number, newText: string): TextEdit {
  return { range: { start: { line, character }, end: { line, character } }, newText };
}
