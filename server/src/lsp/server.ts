/**
 * Entry point of the Claimcheck language server: `claimcheck-language-server --stdio` (or
 * --node-ipc, --socket=N, --pipe=NAME, as vscode-languageserver reads them from the command line).
 */
import { createConnection, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startSession } from './session';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(params => startSession(connection, documents, params));
documents.listen(connection);
connection.listen();
