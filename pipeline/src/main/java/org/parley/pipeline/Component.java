package org.parley.pipeline;

import java.util.Set;
import org.parley.model.Document;
import org.parley.model.Layer;

/**
 * A named step of the pipeline. It declares the layers it reads and the layers it adds, and is a pure function
 * of the document: it returns new layers and never changes the input. Implementations must be thread-safe,
 * because one pipeline serves all worker threads.
 */
public interface Component {

    /** Short unique name, shown in {@code parley pipeline} and in problems. */
    String name();

    /**
     * The version of what this component produces. Change it whenever the same input would now give different
     * layers or problems (new rules, new model, a fix): stored documents are then analysed again from this
     * component on, and only from here.
     */
    String version();

    /** Layers this component reads; each must be added by an earlier component. */
    Set<Class<? extends Layer>> needs();

    /** Layers this component adds; exactly these must come back from {@link #apply}. */
    Set<Class<? extends Layer>> adds();

    /** Analyses one document. Expected trouble with the input goes into {@link Output#problems()}. */
    Output apply(Document document);
}
