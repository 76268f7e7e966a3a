package org.parley.spark;

import java.io.Serializable;

/** What every task needs to build the same pipeline: sent to the executors with the job. */
record Settings(int maxChars, long limitSeconds) implements Serializable {
}
