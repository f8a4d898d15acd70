package com.pettoyou.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.pettoyou.local.TestServices;

/**
 * Runs the whole application on a random port against real PostgreSQL and Redis
 * (embedded, or external when {@code PETTOYOU_TEST_POSTGRES_URL} and
 * {@code PETTOYOU_TEST_REDIS_URL} name them), with the local profile's development clock
 * and mail outbox.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("integration")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestServices.class)
@ActiveProfiles({ "local", "test" })
public @interface IntegrationTest {

}
