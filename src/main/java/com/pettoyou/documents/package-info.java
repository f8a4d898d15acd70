/**
 * Uploaded documents such as receipts and medical reports: type checks, encrypted
 * storage, listing and download by the uploader. {@link com.pettoyou.documents.Documents}
 * lets other modules check who uploaded a document, and a
 * {@link com.pettoyou.documents.DocumentReviewAccess} lets them allow reviewers to
 * download one.
 */

package com.pettoyou.documents;
