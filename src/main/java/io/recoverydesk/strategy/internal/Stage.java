package io.recoverydesk.strategy.internal;

/**
 * The stages of a case (DOMAIN.md): intake → info organising → initial collection →
 * focused follow-up → final notice → legal → summary.
 */
public enum Stage {

    INTAKE, INFO_ORGANISING, INITIAL_COLLECTION, FOCUSED_FOLLOW_UP, FINAL_NOTICE, LEGAL, SUMMARY

}
