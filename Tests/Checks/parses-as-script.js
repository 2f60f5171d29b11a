// Prints each file, of those named, that parses as a classic script: what <script src> would run, were it
// served without nosniff. Compiles only (vm.Script never runs the code). Usage: node parses-as-script.js FILE...
'use strict';
const fs = require('fs');
const vm = require('vm');

for (const file of process.argv.slice(2)) {
  try {
    new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file });
    console.log(file);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
  }
}
