package org.parley.link;

/** Disjoint sets over 0..n-1 with path halving: which articles stand for one source. */
final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    void union(int a, int b) {
        parent[find(a)] = find(b);
    }

    /** Each element's set as its root: equal numbers, one set. */
    int[] roots() {
        int[] out = new int[parent.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = find(i);
        }
        return out;
    }
}
