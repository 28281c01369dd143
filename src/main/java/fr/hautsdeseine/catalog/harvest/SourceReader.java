package fr.hautsdeseine.catalog.harvest;

import java.util.function.Consumer;

/** Reads every page of a partner catalog as DCAT, or throws {@link HarvestFetchException}. */
interface SourceReader {
    void read(HarvestSource source, Pages pages, Consumer<ParsedPage> sink);
}
