package org.barometer.readiness;

import java.util.List;

/**
 * A part as a page shows it to one person: where it stands, its name (a relationship's; null for security and the
 * foreword, which the pages name in their language), who owns it, and whether this person may mark it or send it back.
 */
public record PartRow(PartState state, String name, List<String> owners, boolean mayMark, boolean maySendBack) {

    public PartRow {
        owners = List.copyOf(owners);
    }

    public String code() {
        return state.part();
    }

    public boolean any() {
        return mayMark || maySendBack;
    }
}
