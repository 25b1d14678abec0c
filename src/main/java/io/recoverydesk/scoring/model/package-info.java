/**
 * The propensity-to-pay core in plain Java: the feature pipeline that encodes rows the
 * same way for training and scoring, the trainers, the models with their reason codes,
 * the held-out metrics and cross-validation. No Spring and no database here.
 */
@NullMarked
package io.recoverydesk.scoring.model;

import org.jspecify.annotations.NullMarked;
