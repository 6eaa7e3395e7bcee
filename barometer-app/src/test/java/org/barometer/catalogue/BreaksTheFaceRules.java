package org.barometer.catalogue;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;

/**
 * Breaks the rules on purpose, for ArchitectureRulesTests: a public controller, and a public class no other feature
 * uses. Its profile is never active, so that no test's application ever makes it.
 */
@Controller
@Profile("architecture-rule-fixture")
public class BreaksTheFaceRules {
}
