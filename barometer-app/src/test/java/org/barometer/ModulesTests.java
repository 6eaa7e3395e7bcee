package org.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features as Spring Modulith sees them: each a module, with no cycles and no use of another's internals; and the
 * diagram of which uses which, which the README shows. Run with {@code -Dbarometer.readme.write=true} to write the
 * current diagram into the README (the test fails while the README shows another).
 */
class ModulesTests {

    static final ApplicationModules MODULES = ApplicationModules.of(BarometerApplication.class);
    static final Path README = Path.of("../README.md");
    static final String BEGIN = "<!-- module diagram: written by ModulesTests -->";
    static final String END = "<!-- end of module diagram -->";

    @Test
    void theModulesHaveNoCyclesAndUseOnlyEachOthersFaces() {
        MODULES.verify();
    }

    @Test
    void theReadmeShowsTheModulesAsTheyAre() throws IOException {
        new Documenter(MODULES).writeModulesAsPlantUml();
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String diagram = BEGIN + "\n" + mermaid() + END;
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("the README has a place for the module diagram").isNotNegative();
        if (Boolean.getBoolean("barometer.readme.write")) {
            Files.writeString(README, readme.substring(0, begin) + diagram + readme.substring(end + END.length()), StandardCharsets.UTF_8);
            return;
        }
        assertThat(readme.substring(begin, end + END.length()))
                .as("the module diagram in the README (run ModulesTests with -Dbarometer.readme.write=true to write it)")
                .isEqualTo(diagram);
    }

    /** Each module, and an arrow to each module it uses, in a Mermaid flowchart. */
    static String mermaid() {
        List<ApplicationModule> modules = MODULES.stream().sorted(Comparator.comparing(ApplicationModule::getName)).toList();
        StringBuilder chart = new StringBuilder("```mermaid\nflowchart LR\n");
        for (ApplicationModule module : modules) {
            String uses = module.getDirectDependencies(MODULES).stream()
                    .map(ApplicationModuleDependency::getTargetModule)
                    .map(ApplicationModule::getName)
                    .filter(target -> !target.equals(module.getName()))
                    .distinct().sorted()
                    .collect(Collectors.joining(" & "));
            chart.append("  ").append(module.getName()).append(uses.isEmpty() ? "" : " --> " + uses).append('\n');
        }
        return chart.append("```\n").toString();
    }
}
