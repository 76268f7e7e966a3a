package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * What one component did to one document: the layers it added and the problems it met, under its stamp. Keeping
 * them together lets a later run keep the steps whose component is unchanged and redo only the others.
 */
public record Step(Stamp stamp, List<Layer> layers, List<Problem> problems) {
    public Step {
        Objects.requireNonNull(stamp, "stamp");
        layers = List.copyOf(layers);
        problems = List.copyOf(problems);
    }
}
