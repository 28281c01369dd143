package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.config.HarvestConfig;
import java.net.URI;
import java.util.function.Consumer;

/** The pages of one run: counts them and their bytes against the run's limits, and reports progress. */
final class Pages {
    private final PageFetcher fetcher;
    private final HarvestConfig limits;
    private final Consumer<String> progress;
    private int count;
    private long bytes;

    Pages(PageFetcher fetcher, HarvestConfig limits, Consumer<String> progress) {
        this.fetcher = fetcher;
        this.limits = limits;
        this.progress = progress;
    }

    FetchedPage fetch(URI url, String accept) {
        if (count >= limits.maxPages()) {
            throw new HarvestFetchException("the source has more than " + limits.maxPages()
                    + " pages (CATALOG_HARVEST_MAX_PAGES); next page <" + url + "> not fetched");
        }
        long remaining = limits.maxRunBytes() - bytes;
        if (remaining <= 0) {
            throw new HarvestFetchException("the run reached its limit of " + limits.maxRunBytes() + " bytes");
        }
        FetchedPage page;
        try {
            page = fetcher.fetch(url, accept, Math.min(limits.maxPageBytes(), remaining));
        } catch (HarvestFetchException e) {
            boolean runLimit = remaining < limits.maxPageBytes() && e.getMessage().contains("is too large");
            throw runLimit ? new HarvestFetchException(e.getMessage() + " (the run's limit of "
                    + limits.maxRunBytes() + " bytes, CATALOG_HARVEST_MAX_RUN_BYTES)", e.status()) : e;
        }
        count++;
        bytes += page.body().length;
        progress.accept("page " + count + " <" + page.url() + ">: " + page.body().length + " bytes");
        return page;
    }

    int count() {
        return count;
    }

    long bytes() {
        return bytes;
    }
}
