package org.barometer.workflow;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A change the issue is not in the status for, asked of the lifecycle or the checklist: say so, change nothing. */
@ControllerAdvice(assignableTypes = {LifecycleController.class, PublishController.class})
class TransitionAdvice {

    @ExceptionHandler(TransitionRefused.class)
    ModelAndView refused(TransitionRefused refused) {
        ModelAndView page = new ModelAndView("workflow/refused", HttpStatus.CONFLICT);
        page.addObject("number", refused.number());
        page.addObject("actual", refused.actual());
        page.addObject("expected", refused.expected());
        return page;
    }
}
