package fr.hautsdeseine.catalog.publish;

/** A page number past the last page of the catalog (or of its filtered part). */
public class PageOutOfRangeException extends RuntimeException {
    public PageOutOfRangeException(int page, int lastPage) {
        super("page " + page + " is past the last page, " + lastPage);
    }
}
