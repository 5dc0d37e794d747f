package io.steward.app.ui;

import java.util.List;

/** An honest description of a page that does not work yet: which piece of work brings it and what it will do. */
public record PlannedFeature(String arrivesWith, List<String> willDo) {
    public PlannedFeature {
        willDo = List.copyOf(willDo);
    }
}
