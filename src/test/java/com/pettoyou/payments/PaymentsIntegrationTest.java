package com.pettoyou.payments;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.pettoyou.support.IntegrationTest;

/**
 * An {@link IntegrationTest} that records published security events in a
 * {@link SecurityEvents} bean. Every class with this annotation shares one application
 * context, and with it the sandbox gateway's record of calls.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@TestPropertySource(properties = SecurityEvents.ENABLED + "=true")
@Import(SecurityEvents.class)
public @interface PaymentsIntegrationTest {

}
