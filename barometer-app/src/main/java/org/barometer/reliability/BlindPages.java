package org.barometer.reliability;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A page refused to a second coder scoring its part blind: a 403 in the site's frame saying why and when it opens. */
@ControllerAdvice
class BlindPages {

    @ExceptionHandler(ScoringBlind.class)
    ModelAndView refused(ScoringBlind refused) {
        ModelAndView page = new ModelAndView("reliability/blind", HttpStatus.FORBIDDEN);
        page.addObject("blind", refused.blind());
        return page;
    }
}
