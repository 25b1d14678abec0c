package io.recoverydesk.strategy.experiments;

/**
 * The two arms of an experiment: the segment's current path and the one it is tested
 * against.
 */
public enum Arm {

    CHAMPION, CHALLENGER

}
