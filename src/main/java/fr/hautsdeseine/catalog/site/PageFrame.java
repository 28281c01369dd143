package fr.hautsdeseine.catalog.site;

/**
 * What every page's layout needs: its language and words, the base of its links, its title, and the
 * link that shows the same page in the other language.
 */
public record PageFrame(Lang lang, Messages.Words t, String base, String title, String switchLanguageUrl, String searchText) {

    public PageFrame titled(String pageTitle) {
        return new PageFrame(lang, t, base, pageTitle, switchLanguageUrl, searchText);
    }

    public PageFrame searching(String text) {
        return new PageFrame(lang, t, base, title, switchLanguageUrl, text);
    }
}
