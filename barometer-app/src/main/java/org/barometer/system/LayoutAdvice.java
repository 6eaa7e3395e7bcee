package org.barometer.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's frame needs: the current path (for the language switch) and language. */
@ControllerAdvice
class LayoutAdvice {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("lang")
    String language() {
        Locale locale = LocaleContextHolder.getLocale();
        return "ru".equals(locale.getLanguage()) ? "ru" : "en";
    }
}
