package org.barometer;

import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The Spring application behind every command: storage always, the web only for `serve`. */
@SpringBootApplication
public class BarometerApplication {

    /** Starts the application with the given settings, which take precedence over application.properties. */
    public static ConfigurableApplicationContext start(Map<String, Object> properties, boolean web) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("barometer-command-line", properties));
        return new SpringApplicationBuilder(BarometerApplication.class)
                .environment(environment)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(web)
                .run();
    }
}
