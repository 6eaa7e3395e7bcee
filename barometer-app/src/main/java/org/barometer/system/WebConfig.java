package org.barometer.system;

import java.util.Locale;

import org.barometer.json.Json;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import tools.jackson.databind.json.JsonMapper;

/** English and Russian: ?lang=ru switches and a cookie remembers; English when nothing is chosen. */
@Configuration
class WebConfig implements WebMvcConfigurer {

    /** The cookie that remembers the reader's language. */
    static final String LANGUAGE_COOKIE = "barometer-lang";

    /** The web's answers are written by Barometer's one JSON mapper. */
    @Bean
    JsonMapper jsonMapper() {
        return Json.MAPPER;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(new LayoutAdvice());
        registry.addInterceptor(new FormInput());
    }
}
