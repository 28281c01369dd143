package fr.hautsdeseine.catalog.quality;

/** What the link checker last found for a URL, as the scores read it. */
@FunctionalInterface
public interface LinkStatuses {
    /** True when the last check of the URL answered a status 200-299; false when it failed or never ran. */
    boolean reachable(String url);

    LinkStatuses NONE_CHECKED = url -> false;
}
