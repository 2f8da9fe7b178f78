package org.dossier.pkg.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One event as {@code dossier timeline} shows it: its EDTF {@code date} with the earliest and
 * latest day it can mean, who acted on whom, the CAMEO code and its Goldstein weight, the place,
 * the page and anchor in the report, and {@code claimedBy} when the report gives it only as
 * someone's claim.
 */
public record TimelineEvent(
    String id,
    String date,
    String earliest,
    String latest,
    List<String> actors,
    List<String> targets,
    String action,
    String cameo,
    Double goldstein,
    String place,
    Integer page,
    AnchorView anchor,
    @JsonInclude(JsonInclude.Include.NON_NULL) String claimedBy,
    List<String> provisions,
    List<String> sources) {}
