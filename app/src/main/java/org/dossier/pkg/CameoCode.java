package org.dossier.pkg;

/** One row of a CAMEO table: the code, its root category, its label and its Goldstein weight. */
public record CameoCode(String code, String root, String name, double goldstein) {}
