package fr.hautsdeseine.catalog.backoffice;

import fr.hautsdeseine.catalog.accounts.Account;
import fr.hautsdeseine.catalog.site.Messages;
import fr.hautsdeseine.catalog.site.PageFrame;

/**
 * What every back-office page needs beside the site's frame: its own words, who is signed in (null on
 * the sign-in page) and the token its forms send back.
 */
public record BackOfficeFrame(PageFrame site, Messages.Words t, Account account, String csrf) {

    public String base() {
        return site.base();
    }

    public boolean signedIn() {
        return account != null;
    }

    public boolean isAdmin() {
        return account != null && account.isAdmin();
    }
}
