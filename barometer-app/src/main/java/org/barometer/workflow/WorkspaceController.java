package org.barometer.workflow;

import org.barometer.issue.IssueStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workspace's start page: every issue with its status, and the way to create one. */
@Controller
class WorkspaceController {

    private final IssueStore issues;

    WorkspaceController(IssueStore issues) {
        this.issues = issues;
    }

    @GetMapping("/workspace")
    String index(Model model) {
        model.addAttribute("issues", issues.list());
        return "workspace/index";
    }
}
