/**
 * Custom requests of this server (client/src/protocol.ts names the same strings; the client's
 * manifest test checks them against these).
 */
/** Client → server, no params: analyse every file of the workspace folders (audit mode). */
export const SCAN_WORKSPACE_REQUEST = 'securecomm/scanWorkspace';
/** Client → server, `{ format: 'html' | 'markdown' | 'sarif' }`: the workspace's findings as the CLI's report. */
export const EXPORT_FINDINGS_REQUEST = 'securecomm/exportFindings';
/** Client → server, no params: every finding the editor knows, for the findings view (FindingsResult). */
export const FINDINGS_REQUEST = 'securecomm/findings';
/** Server → client, no params: the findings list changed; ask FINDINGS_REQUEST again. */
export const FINDINGS_CHANGED_NOTIFICATION = 'securecomm/findingsChanged';
