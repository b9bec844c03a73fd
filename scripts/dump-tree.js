#!/usr/bin/env node
// Prints the syntax tree of a file as our grammars see it, with field names: the first
// thing to look at when writing or debugging a rule query.
// usage: node scripts/dump-tree.js FILE [--line N]   (build first: npx tsc -b)
const fs = require('node:fs');
const { Parser } = require('web-tree-sitter');
const { GrammarLoader } = require('../server/out/node/grammar-files');
const { detectLanguage } = require('../server/out/core/languages');

(async () => {
  const [file, flag, value] = process.argv.slice(2);
  const detected = file && detectLanguage(file);
  if (!detected) { console.error('usage: node scripts/dump-tree.js FILE [--line N]'); process.exit(2); }
  const onlyLine = flag === '--line' ? Number(value) - 1 : undefined;
  const language = await new GrammarLoader().load(detected.grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  const tree = parser.parse(fs.readFileSync(file, 'utf8'));
  const print = (node, depth, field) => {
    const inRange = onlyLine === undefined || (node.startPosition.row <= onlyLine && node.endPosition.row >= onlyLine);
    if (!inRange) return;
    const leaf = node.childCount === 0 ? ` ${JSON.stringify(node.text)}` : '';
    if (node.isNamed || node.childCount === 0 || node.isMissing) {
      console.log(`${'  '.repeat(depth)}${field ? field + ': ' : ''}${node.isMissing ? 'MISSING ' : ''}${node.type}${leaf}  [${node.startPosition.row + 1}:${node.startPosition.column + 1}]`);
    }
    for (let i = 0; i < node.childCount; i++) print(node.child(i), depth + 1, node.fieldNameForChild(i));
  };
  print(tree.rootNode, 0, null);
})();
