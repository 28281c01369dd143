package fr.hautsdeseine.catalog.generate;

import java.io.IOException;

/** Writes descriptions one after the other to a stream, never holding more than one in memory. */
public interface DescriptionWriter {

    void write(Description description) throws IOException;

    /** Flushes what is buffered; the caller closes the stream. */
    void finish() throws IOException;
}
