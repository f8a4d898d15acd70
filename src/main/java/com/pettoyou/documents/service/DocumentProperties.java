package com.pettoyou.documents.service;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code pettoyou.documents}.
 *
 * @param directory folder that contains the encrypted files, one per document, named by
 * the document id; production must set it, and it must not be served as static content
 * @param maxSize the largest upload accepted;
 * {@code spring.servlet.multipart.max-file-size} must be at least as large, or the
 * servlet container rejects the file first
 * @param maxImagePixels the largest width times height of an uploaded JPEG or PNG, which
 * bounds the memory that decoding takes: 3 bytes a pixel for a colour JPEG, up to 8 for a
 * 16-bit PNG with transparency
 */
@ConfigurationProperties("pettoyou.documents")
public record DocumentProperties(@DefaultValue(".pettoyou/documents") Path directory,
		@DefaultValue("10MB") DataSize maxSize, @DefaultValue("40000000") long maxImagePixels) {

	public DocumentProperties {
		if (directory == null || directory.toString().isBlank()) {
			throw new IllegalArgumentException("pettoyou.documents.directory must name a folder");
		}
		if (maxSize.toBytes() < 1) {
			throw new IllegalArgumentException("pettoyou.documents.max-size must be positive, got " + maxSize);
		}
		if (maxImagePixels < 1) {
			throw new IllegalArgumentException(
					"pettoyou.documents.max-image-pixels must be positive, got " + maxImagePixels);
		}
	}

}
