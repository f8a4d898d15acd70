package com.pettoyou.documents;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.pettoyou.support.IntegrationTest;

/**
 * An {@link IntegrationTest} with the production upload limit of 10 uploads per 10
 * minutes per account, which the test profile raises for every other test, and a recorder
 * of security events. Every class with this annotation shares one application context;
 * each test uses fresh accounts, so tests never share an upload bucket.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@TestPropertySource(properties = { DocumentsIntegrationTest.UPLOAD_CAPACITY, DocumentsIntegrationTest.UPLOAD_PERIOD })
@Import(SecurityEventRecorder.class)
public @interface DocumentsIntegrationTest {

	int UPLOAD_LIMIT = 10;

	String UPLOAD_CAPACITY = "pettoyou.ratelimit.policies.document-upload.capacity=10";

	String UPLOAD_PERIOD = "pettoyou.ratelimit.policies.document-upload.period=10m";

}
