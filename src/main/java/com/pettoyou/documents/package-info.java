/**
 * Uploaded documents such as receipts and medical reports: type checks, encrypted
 * storage, listing and download by the uploader. {@link com.pettoyou.documents.Documents}
 * lets other modules check who uploaded a document.
 */

package com.pettoyou.documents;
