package org.barometer.catalogue;

import org.barometer.account.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The editor's "Restore" on the history: an event back as it was before a change, as a new change. */
@Controller
class RestoreController {

    private final EventRestore restore;

    RestoreController(EventRestore restore) {
        this.restore = restore;
    }

    @PostMapping("/workspace/issues/{number}/history/{change}/restore-event")
    String restore(@PathVariable int number, @PathVariable long change, @AuthenticationPrincipal SignedIn signedIn) {
        restore.restore(signedIn.actor(), number, change);
        return "redirect:/workspace/issues/" + number + "/history";
    }
}
