package org.barometer.account;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class LoginController {

    /** Where a sign-in is sent when the store cannot be reached. */
    static final String UNAVAILABLE = "/login/unavailable";

    @GetMapping("/login")
    String login() {
        return "account/login";
    }

    @RequestMapping(UNAVAILABLE)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable(Model model) {
        model.addAttribute("unavailable", true);
        return "account/login";
    }
}
