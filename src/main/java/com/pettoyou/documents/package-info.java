/**
 * Uploaded claim documents: validation, encrypted storage and download.
 */

package com.pettoyou.documents;
