package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.harvest.HarvestService;
import fr.hautsdeseine.catalog.partner.PartnerTokens;

/** What the admin API works with beside the store: harvests, partner tokens and the audit log. */
public record AdminServices(HarvestService harvest, PartnerTokens tokens, AuditLog audit) {
}
