package org.barometer.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A form the input rules refuse answers a 400 page that names the field and the rule in the reader's language; nothing is changed. */
@ControllerAdvice
class FormRefusals {

    @ExceptionHandler(FormInput.Refused.class)
    ModelAndView refused(FormInput.Refused refused, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("field", FormInput.label(refused.field));
        page.addObject("reason", new DefaultMessageSourceResolvable(new String[] {refused.reason.key()}, refused.reason.arguments(),
                refused.reason.english()));
        page.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        page.addObject("lang", LayoutAdvice.language());
        return page;
    }
}
