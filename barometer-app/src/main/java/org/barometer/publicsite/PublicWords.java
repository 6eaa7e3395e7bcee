package org.barometer.publicsite;

import java.util.Locale;

import org.barometer.report.ReaderWords;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every public page names relationships, periods and days as the publication does, in the page's language. */
@ControllerAdvice(basePackageClasses = PublicWords.class)
class PublicWords {

    private final MessageSource messages;

    PublicWords(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("words")
    ReaderWords words(Locale locale) {
        return ReaderWords.of(messages, locale);
    }
}
