package org.parley.cli;

import org.parley.nlp.CoreNlp;
import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest (Maven writes Implementation-Version), plus the CoreNLP version it runs on. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"parley " + (v == null ? "(development build)" : v), CoreNlp.version()};
    }
}
