package org.barometer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A test of the application served over real HTTP on a free port, for a browser or an HTTP client (MockMvc too, for
 * requests as a signed-in member of the team). Every such test class shares one server and its embedded store, which
 * is emptied before each test instance ({@link EmptyStore}). Published data is read again after 0.2 s instead of 1 s,
 * so that a test of a change made by another process waits less.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:server-tests;DB_CLOSE_DELAY=-1", "barometer.published.recheck=PT0.2S", "barometer.pdf.warm-up=false"})
@AutoConfigureMockMvc
@ExtendWith(EmptyStore.class)
public @interface ServerTest {
}
