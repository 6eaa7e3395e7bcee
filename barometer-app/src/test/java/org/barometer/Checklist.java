package org.barometer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What publishing asks of the editor, for tests that need an issue published: the checklist's forms, in the order a person uses them. */
public final class Checklist {

    private Checklist() {
    }

    /** The keys of the findings the checklist offers to acknowledge. */
    public static List<String> open(MockMvc web, int number, RequestPostProcessor editor) throws Exception {
        String page = web.perform(get("/workspace/issues/" + number + "/publish").with(editor)).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(page).select("form[id^=ack-] input[name=key]").stream().map(Element::val).toList();
    }

    public static ResultActions acknowledge(MockMvc web, int number, RequestPostProcessor editor, String key, String reason) throws Exception {
        return web.perform(post("/workspace/issues/" + number + "/acknowledge").with(editor).with(csrf()).param("key", key).param("reason", reason));
    }

    public static ResultActions confirm(MockMvc web, int number, RequestPostProcessor editor, String typed) throws Exception {
        return web.perform(post("/workspace/issues/" + number + "/publish").with(editor).with(csrf()).param("number", typed));
    }

    /** Acknowledges every open finding of an issue in review, then confirms with its number: the issue is published. */
    public static ResultActions publish(MockMvc web, int number, RequestPostProcessor editor) throws Exception {
        for (String key : open(web, number, editor)) {
            acknowledge(web, number, editor, key, "Accepted as it stands.");
        }
        return confirm(web, number, editor, Integer.toString(number));
    }
}
