package org.parley.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One narrative an article pushes, in the two-level SemEval-2025 Task 10 taxonomy.
 *
 * @param label    the label as the taxonomy spells it ("URW: Discrediting the West, Diplomacy"), or "Other"
 * @param parent   a sub-narrative's narrative; empty for a narrative
 * @param score    the classifier's probability for the label, 0..1
 * @param evidence the sentences that support the label most, in text order
 */
public record NarrativeLabel(String label, Optional<String> parent, double score, List<Span> evidence) {
    public NarrativeLabel {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(parent, "parent");
        evidence = List.copyOf(evidence);
    }
}
