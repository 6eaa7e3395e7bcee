package org.barometer.audit;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A restore asked for in a revision that is not a draft, of an event or a narrative text: a 403 page saying why. */
@ControllerAdvice
class RestoreRefusals {

    @ExceptionHandler(RestoreRefused.class)
    ModelAndView refused(RestoreRefused refused) {
        ModelAndView page = new ModelAndView("catalogue/restore-refused", HttpStatus.FORBIDDEN);
        page.addObject("number", refused.number());
        page.addObject("issueStatus", refused.status().key());
        return page;
    }
}
