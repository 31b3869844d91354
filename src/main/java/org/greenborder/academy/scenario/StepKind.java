package org.greenborder.academy.scenario;

public enum StepKind {
    ACTION, FLAG, UNFLAG, DECISION
}
