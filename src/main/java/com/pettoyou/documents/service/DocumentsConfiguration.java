package com.pettoyou.documents.service;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.pettoyou.documents.inspection.UploadInspector;

/** Binds the document settings and provides the upload inspector built from them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentProperties.class)
class DocumentsConfiguration {

	@Bean
	UploadInspector uploadInspector(DocumentProperties properties) {
		return new UploadInspector(properties.maxImagePixels());
	}

}
