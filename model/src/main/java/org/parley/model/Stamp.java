package org.parley.model;

import java.util.Objects;

/**
 * Which component, at which version, produced a step of a document's analysis. A stored document whose stamps
 * equal the pipeline's needs no new analysis; one whose stamps differ from some point on is analysed again from
 * that point only.
 */
public record Stamp(String component, String version) {
    public Stamp {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(version, "version");
        if (component.isBlank() || version.isBlank()) {
            throw new IllegalArgumentException("a stamp needs a component name and a version: " + component + "@"
                    + version);
        }
    }

    @Override
    public String toString() {
        return component + "@" + version;
    }
}
