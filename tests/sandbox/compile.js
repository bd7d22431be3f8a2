// Compiles core/ledger/ConsentRegistry.sol with the pinned solc (npm) for the pinned EVM version.
// Usage: node compile.js OUT.json   -> {"abi": [...], "bytecode": "0x…", "methodIdentifiers": {...},
//                                       "evmVersion": "...", "solcVersion": "..."}
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const EVM_VERSION = require('./chain.json').hardfork; // one source of truth with anvil's --hardfork
const source = path.join(__dirname, '..', '..', 'core', 'ledger', 'ConsentRegistry.sol');
const input = {
  language: 'Solidity',
  sources: { 'ConsentRegistry.sol': { content: fs.readFileSync(source, 'utf8') } },
  settings: {
    evmVersion: EVM_VERSION,
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.methodIdentifiers'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
for (const e of output.errors || []) process.stderr.write(e.formattedMessage + '\n');
if (errors.length) process.exit(1);
const c = output.contracts['ConsentRegistry.sol'].ConsentRegistry;
const artifact = {
  contractName: 'ConsentRegistry',
  solcVersion: solc.version(),
  evmVersion: EVM_VERSION,
  abi: c.abi,
  bytecode: '0x' + c.evm.bytecode.object,
  methodIdentifiers: c.evm.methodIdentifiers,
};
const out = process.argv[2];
if (!out) { process.stdout.write(JSON.stringify(artifact, null, 2)); } else { fs.writeFileSync(out, JSON.stringify(artifact, null, 2)); }
