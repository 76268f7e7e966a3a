package org.parley.pipeline;

import java.util.List;
import org.parley.model.Layer;
import org.parley.model.Problem;

/** What a component returns: the layers it adds and the problems it met on this document. */
public record Output(List<Layer> layers, List<Problem> problems) {

    public Output {
        layers = List.copyOf(layers);
        problems = List.copyOf(problems);
    }

    public static Output of(Layer... layers) {
        return new Output(List.of(layers), List.of());
    }
}
