package org.barometer.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose answer, for a reader who is not signed in and asks without parameters, depends only on what is
 * published, the path and the language: {@link ReaderAnswers} keeps it as first given until something is published.
 * A handler whose answer depends on anything else (the host asked, a parameter, a session) must not carry it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SameForEveryReader {
}
