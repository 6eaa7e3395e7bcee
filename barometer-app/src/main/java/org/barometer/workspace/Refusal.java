package org.barometer.workspace;

/** A change refused for what was asked or for what the issue holds now, with the problem to show; nothing was changed. */
public class Refusal extends RuntimeException {

    private final FormProblem problem;

    public Refusal(FormProblem problem) {
        super(problem.key());
        this.problem = problem;
    }

    public FormProblem problem() {
        return problem;
    }
}
