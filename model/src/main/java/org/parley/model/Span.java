package org.parley.model;

/**
 * A half-open range {@code [start, end)} of Java char (UTF-16) offsets into an article's clean text.
 * Every layer points into the text with spans; nothing copies substrings.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a valid range");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered characters of {@code text}; fails if the span does not fit. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " exceeds text length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
