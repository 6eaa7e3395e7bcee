package org.barometer.system;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page's frame needs: the current path (for the language switch) and language. Added only to answers
 * that render a page, so a JSON answer or a download pays nothing for it.
 */
class LayoutAdvice implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || !page.hasView() || page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
            return;
        }
        // On an error page, the address the reader asked for, so that switching the language stays on it.
        Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = asked instanceof String original ? original : request.getRequestURI();
        page.getModel().putIfAbsent("currentPath", uri.substring(request.getContextPath().length()));
        page.getModel().putIfAbsent("lang", language());
    }

    static String language() {
        Locale locale = LocaleContextHolder.getLocale();
        return "ru".equals(locale.getLanguage()) ? "ru" : "en";
    }
}
