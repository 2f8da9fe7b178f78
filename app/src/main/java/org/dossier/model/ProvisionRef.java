package org.dossier.model;

/** An event's use of a provision ({@code agreement-id#provision-id}): invoked, claimed breached, relied on. */
public record ProvisionRef(String provision, ProvisionUse use) {}
