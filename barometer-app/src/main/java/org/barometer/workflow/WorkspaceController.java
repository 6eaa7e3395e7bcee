package org.barometer.workflow;

import org.barometer.issue.Revisions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workspace's start page: every issue with its status, and the way to create one. */
@Controller
class WorkspaceController {

    private final Revisions revisions;

    WorkspaceController(Revisions revisions) {
        this.revisions = revisions;
    }

    @GetMapping("/workspace")
    String index(Model model) {
        model.addAttribute("issues", revisions.latest());
        return "workspace/index";
    }
}
