package org.barometer.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose answer, for a reader who is not signed in and asks without parameters, depends only on what is
 * published, the path and the language: {@link ReaderAnswers} keeps it as first given until something is published.
 * A handler whose answer depends on anything else (the host asked, a session) must not carry it; one whose answer
 * depends on its parameters carries it with {@link #eachQuery()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SameForEveryReader {

    /**
     * Whether an answer to a query (the event search) is kept too, under its whole query string and the address it was
     * asked on (its links may repeat that address): only the first {@code barometer.reader-answers.max-queries} (1,000
     * unless set) different queries of an edition, so that a flood of different ones cannot fill the memory.
     */
    boolean eachQuery() default false;
}
